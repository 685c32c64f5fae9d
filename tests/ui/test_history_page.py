"""The history page: open a day, delete with confirmation and undo, filter by period — by keyboard."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from diary_app.ui.history_model import DAY_ROLE
from diary_app.ui.history_page import HistoryPage
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry

CTRL = Qt.KeyboardModifier.ControlModifier


def days_shown(page):
    model = page.model
    return [model.index(row, 0).data(DAY_ROLE) for row in range(model.rowCount())]


def answer_question(qtbot, button):
    """Press `button` of the confirmation box as soon as it is open."""
    tries = []

    def look():
        box = QApplication.activeModalWidget()
        tries.append(box)
        if isinstance(box, QMessageBox):
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        elif len(tries) < 100:
            QTimer.singleShot(0, look)

    QTimer.singleShot(0, look)


def back_to_window(qtbot, window):
    """The offscreen platform has no window manager to give the window back its focus after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def history_with(main_window, qtbot, store, profile, count):
    for back in range(count):
        store.save_entry(profile.id, day_entry(TODAY - timedelta(days=back), back, back))
    main_window.session.notify_changed()
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    page = main_window.page("history")
    page.table.setFocus()
    return page


def test_delete_with_confirmation_and_undo_by_keyboard(main_window, qtbot, store, profile):
    page = history_with(main_window, qtbot, store, profile, 3)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    doomed = TODAY - timedelta(days=1)
    assert page.table.currentIndex().data(DAY_ROLE) == doomed
    answer_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.entry(profile.id, doomed) is None
    assert doomed not in days_shown(page)
    back_to_window(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert store.entry(profile.id, doomed) == day_entry(doomed, 1, 1)
    assert days_shown(page) == [TODAY, doomed, TODAY - timedelta(days=2)]
    qtbot.keyClick(main_window, Qt.Key.Key_Y, CTRL)
    assert store.entry(profile.id, doomed) is None


def test_saying_no_keeps_the_entry(main_window, qtbot, store, profile):
    page = history_with(main_window, qtbot, store, profile, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    answer_question(qtbot, QMessageBox.StandardButton.No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(days_shown(page)) == 2
    assert main_window.session.undo_stack.count() == 0


def test_enter_asks_to_open_the_day(qtbot, session, store, profile):
    store.save_entry(profile.id, day_entry(TODAY - timedelta(days=3), 2, 2))
    page = HistoryPage(session)
    qtbot.addWidget(page)
    page.show()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.entryRequested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [TODAY - timedelta(days=3)]


def test_period_filter_by_keyboard(qtbot, session, store, profile):
    for back in (0, 5, 20, 100, 400):
        store.save_entry(profile.id, day_entry(TODAY - timedelta(days=back), 1, 1))
    page = HistoryPage(session)
    qtbot.addWidget(page)
    page.show()
    assert len(days_shown(page)) == 5
    page.period.setFocus()
    qtbot.keyClick(page.period, Qt.Key.Key_Down)  # last 7 days
    assert days_shown(page) == [TODAY, TODAY - timedelta(days=5)]
    qtbot.keyClick(page.period, Qt.Key.Key_Down)  # last 30 days
    assert len(days_shown(page)) == 3
    qtbot.keyClick(page.period, Qt.Key.Key_End)  # chosen dates
    assert page.start_edit.isVisible()
    page.start_edit.setDate(page.start_edit.date().addDays(-100))
    assert len(days_shown(page)) == 4
    assert "4" in page.summary.text()


def test_changes_made_while_hidden_show_up_when_shown(qtbot, session, store, profile):
    page = HistoryPage(session)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    store.save_entry(profile.id, day_entry(TODAY, 4, 4))
    session.notify_changed()
    assert days_shown(page) == []
    page.show()
    assert days_shown(page) == [TODAY]


def test_profile_change_shows_that_profile(qtbot, session, store, profile):
    from diary_app.domain import Profile

    other = store.add_profile(Profile(name="Omar"))
    store.save_entry(other.id, day_entry(TODAY - timedelta(days=1), 3, 0))
    page = HistoryPage(session)
    qtbot.addWidget(page)
    page.show()
    assert days_shown(page) == []
    session.set_profile(other.id)
    assert days_shown(page) == [TODAY - timedelta(days=1)]


def test_every_walking_word_fits_its_column_whole(main_window, qtbot, store, profile):
    from diary_app.i18n import translate
    from diary_app.ui.history_model import COLUMN_GAIT
    from diary_app.ui.history_model import GAIT_WORDS

    page = history_with(main_window, qtbot, store, profile, 2)  # both days walk normally
    column = page.model.column(COLUMN_GAIT)
    width = page.table.horizontalHeader().sectionSize(column)
    metrics = page.table.fontMetrics()
    for word in GAIT_WORDS.values():
        assert metrics.horizontalAdvance(translate("HistoryModel", word)) + 8 <= width, word
