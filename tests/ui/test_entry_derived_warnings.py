"""The window's warning box shows a warning the diary itself shows, when the day completing it is saved."""

from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.domain.messages import strip_isolates
from diary_app.ui.entry_page import EntryPage
from diary_app.ui.session import DiarySession

NOW = datetime(2026, 3, 10, 20, 15, tzinfo=timezone(timedelta(hours=1)))
TODAY = NOW.date()
SCIATICA_LEFT = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})


@pytest.fixture
def page(qtbot, qapp, store):
    profile_id = store.add_profile(Profile(name="Samir")).id
    for back in range(5, 0, -1):  # five days of left-sided pain from the back
        store.save_entry(
            profile_id,
            DayEntry(
                day=TODAY - timedelta(days=back),
                symptoms={"pain": SideScores(7, 0)},
                regions_left=SCIATICA_LEFT,
                radiates_from_back=True,
            ),
            today=TODAY,
        )
    session = DiarySession(store, profile_id, clock=lambda: NOW)
    shown = EntryPage(session)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    yield shown, store, profile_id
    session.undo_stack.clear()
    shown.close()


def test_a_second_leg_joining_a_sciatica_shows_the_warning_when_the_day_is_saved(page, qtbot):
    shown, store, profile_id = page
    box = shown.form.red_flags
    assert not box.message_frame.isVisible()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)  # yesterday: left leg, from the back
    right_pain = shown.form.symptoms.inputs[("pain", "right")]
    right_pain.setFocus()
    qtbot.keyClick(right_pain, Qt.Key.Key_6)
    assert not box.message_frame.isVisible()  # nothing derived before the day is saved
    qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    assert store.entry(profile_id, TODAY).score("pain", "right") == 6
    assert box.message_frame.isVisible()
    frame = box.message_frame  # brought into view, whichever save button was used
    top = frame.mapTo(shown.scroll_area.widget(), frame.rect().topLeft()).y()
    viewport = shown.scroll_area.viewport().height()
    scrolled = shown.scroll_area.verticalScrollBar().value()
    assert scrolled <= top and top + min(frame.height(), viewport) <= scrolled + viewport
    text = strip_isolates(box.message_text())
    assert "The diary shows leg symptoms spreading from the lower back into both legs" in text
    assert "the right leg newly affected" in text
    assert "urgent medical attention" in text


def test_an_ordinary_day_shows_no_derived_warning(page, qtbot):
    shown, store, profile_id = page
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    assert store.entry(profile_id, TODAY).score("pain", "left") == 7
    assert not shown.form.red_flags.message_frame.isVisible()
    assert shown.form.red_flags.derived() == []
