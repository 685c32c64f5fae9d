"""The new-plan dialog keeps up with its dates: the end follows the start, errors go once put right,
dates typed over a selection land in the month typed."""

from datetime import date
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import Qt

from diary_app.ui.regimen_dialog import RegimenDialog
from tests.ui.conftest import TODAY


@pytest.fixture
def dialog(qtbot, session):
    made = RegimenDialog(session)
    qtbot.addWidget(made)
    made.show()
    return made


def typed_over(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_moving_the_start_moves_the_presets_end_with_it(qtbot, dialog):
    assert dialog.has_end.isChecked()  # the loading preset: two weeks
    length = dialog.end.date().toPython() - dialog.start.date().toPython()
    dialog.start.setFocus()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Up)  # the day section: one day later
    assert dialog.start.date().toPython() == TODAY + timedelta(days=1)
    assert dialog.end.date().toPython() - dialog.start.date().toPython() == length


def test_the_end_before_start_error_goes_once_the_dates_are_put_right(qtbot, dialog):
    dialog.end.setDate(QDate(dialog.start.date().addDays(-3)))
    dialog.end.setFocus()
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    assert dialog.isVisible() and "must not be before the start date" in dialog.errors.text()
    dialog.end.setFocus()
    for _ in range(5):
        qtbot.keyClick(dialog.end, Qt.Key.Key_Up)
    assert dialog.errors.isHidden()


@pytest.mark.parametrize("typed, day", [("15 Mar 2027", date(2027, 3, 15)), ("7 Jan 2027", date(2027, 1, 7))])
def test_a_date_typed_over_the_selection_gets_the_month_typed(qtbot, dialog, typed, day):
    typed_over(qtbot, dialog.start, typed)
    assert dialog.start.date().toPython() == day
    assert dialog.start.text() == typed  # the month as a word: never 3/15/27 or 15/3/27
