"""The mouse wheel scrolls the page and never changes an input that does not have the keyboard focus."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QScrollBar
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QWidget

from diary_app.ui.input_guard import is_value_input
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry


def wheel(widget: QWidget, notches: int) -> None:
    """A wheel turn over the middle of `widget`, delivered to it as the window system would."""
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def input_state(page: QWidget) -> dict:
    """Every input's value, by its place in the page."""
    state = {}
    for index, widget in enumerate(page.findChildren(QWidget)):
        if isinstance(widget, QAbstractSpinBox):
            state[index] = widget.text()
        elif isinstance(widget, QComboBox):
            state[index] = widget.currentIndex()
        elif isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar):
            state[index] = widget.value()
        elif isinstance(widget, QCheckBox):
            state[index] = widget.isChecked()
    return state


def wheel_over_everything(page: QWidget) -> int:
    """Turn the wheel each way over every visible widget but the tab bars, checking that no input
    changed after each turn; returns how many inputs were under the wheel."""
    focus = QApplication.focusWidget()
    before = input_state(page)
    inputs = 0
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, (QTabBar, QScrollBar)) or widget is focus:
            continue
        inputs += is_value_input(widget)
        for notches in (-1, 1, 1):
            wheel(widget, notches)
            assert input_state(page) == before, widget
    return inputs


@pytest.mark.parametrize("name", ["entry", "history", "charts", "treatment", "report"])
def test_the_wheel_changes_no_input_on_any_page(main_window, qtbot, store, profile, name, language):
    store.save_entry(profile.id, day_entry(TODAY, left=3, right=1, falls=1, gait=2))
    main_window.session.notify_changed()
    main_window.resize(900, 500)  # small enough that the entry page scrolls
    assert main_window.show_page(name)
    page = main_window.page(name)
    QApplication.processEvents()
    main_window.tabs.setFocus()  # no input of the page has the focus
    assert wheel_over_everything(page) >= 1
    if name == "entry":
        assert not main_window.entry_page().has_unsaved_changes()


def test_the_wheel_over_an_input_scrolls_the_entry_page(main_window, qtbot):
    main_window.resize(900, 500)
    page = main_window.entry_page()
    page.scroll_area.verticalScrollBar().setValue(0)
    falls = page.form.walking.falls
    wheel(falls, -2)
    assert page.scroll_area.verticalScrollBar().value() > 0
    assert falls.value() == 0


def test_the_focused_input_still_takes_the_wheel(main_window, qtbot):
    falls = main_window.entry_page().form.walking.falls
    falls.setFocus()
    qtbot.waitUntil(falls.hasFocus)
    wheel(falls, 1)
    assert falls.value() == 1


def test_the_wheel_never_gives_an_input_the_focus(main_window):
    for widget in main_window.findChildren(QWidget):
        if is_value_input(widget):
            assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget


def test_inputs_in_a_dialog_ignore_the_wheel_too(main_window, qtbot):
    from diary_app.ui.regimen_dialog import RegimenDialog

    dialog = RegimenDialog(main_window.session, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preset.setFocus()
    assert wheel_over_everything(dialog) >= 4


def test_an_input_added_to_a_shown_page_ignores_the_wheel_too(main_window, qtbot):
    from PySide6.QtWidgets import QSpinBox

    page = main_window.entry_page()
    later = QSpinBox(page.form)
    later.show()  # polished now: its parent, already guarded, is told
    QApplication.processEvents()
    main_window.tabs.setFocus()
    assert later.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(later, 1)
    assert later.value() == 0
