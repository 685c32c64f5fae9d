"""The main window: pages, saving before leaving, closing, profiles, menus, restored state."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox

from diary_app.domain import Profile
from diary_app.ui import dialogs
from diary_app.ui.main_window import MainWindow
from diary_app.ui.page_registry import PAGES
from diary_app.ui.page_registry import PageSpec
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry

CTRL = Qt.KeyboardModifier.ControlModifier


def type_score(window, qtbot, key=Qt.Key.Key_5):
    """Type a digit into the entry page's first score (tingling, left leg)."""
    field = window.entry_page().form.first_field()
    field.setFocus()
    qtbot.keyClick(field, key)


def test_start_shows_the_entry_page_for_today(main_window):
    assert main_window.current_page_name() == "entry"
    assert main_window.tabs.currentWidget() is main_window.slots["entry"]
    assert main_window.entry_page().current_date() == TODAY
    assert "Ana" in main_window.windowTitle()


def test_switching_page_saves_the_entry(main_window, qtbot, store, profile):
    type_score(main_window, qtbot)
    assert store.entry(profile.id, TODAY) is None
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    assert main_window.current_page_name() == "history"
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 5
    assert main_window.page("history").model.rowCount() == 1


def test_an_entry_that_cannot_be_saved_keeps_the_entry_page(main_window, qtbot, store, profile, monkeypatch):
    type_score(main_window, qtbot)
    monkeypatch.setattr(main_window.entry_page(), "save", lambda tell=True: False)
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    assert main_window.current_page_name() == "entry"
    assert main_window.tabs.currentWidget() is main_window.slots["entry"]
    assert "not saved" in main_window.statusBar().currentMessage()
    monkeypatch.undo()  # saving works again, so closing the window at the end does not ask


def test_ctrl_s_saves(main_window, qtbot, store, profile):
    type_score(main_window, qtbot, Qt.Key.Key_7)
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 7
    assert not main_window.entry_page().has_unsaved_changes()


def test_closing_with_unsaved_edits_saves_them(main_window, qtbot, store, profile, app_settings):
    type_score(main_window, qtbot, Qt.Key.Key_4)
    assert main_window.close()
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 4
    assert app_settings.last_profile == "Ana"


def test_closing_when_saving_fails_asks_and_cancel_keeps_the_window(main_window, qtbot, monkeypatch):
    type_score(main_window, qtbot)
    monkeypatch.setattr(main_window.entry_page(), "save", lambda tell=True: False)
    asked = []

    def answer(parent, refused=None):
        asked.append(parent)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(dialogs, "ask_unsaved_entry", answer)
    assert not main_window.close()
    assert main_window.isVisible() and main_window.current_page_name() == "entry"
    assert main_window.close()
    assert len(asked) == 2


def test_history_opens_a_day_on_the_entry_page(main_window, qtbot, store, profile):
    yesterday = TODAY - timedelta(days=1)
    store.save_entry(profile.id, day_entry(yesterday, 3, 2, notes="yesterday"))
    main_window.session.notify_changed()
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    table = main_window.page("history").table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert main_window.current_page_name() == "entry"
    assert main_window.entry_page().current_date() == yesterday
    assert main_window.entry_page().form.entry(yesterday).notes == "yesterday"


def test_lazy_pages_are_built_when_first_shown(qtbot, session, app_settings):
    lazy_history = PageSpec("report", PAGES[1].page_class, "Report")
    window = MainWindow(session, app_settings, pages=(PAGES[0], lazy_history))
    qtbot.addWidget(window)
    assert window.slots["report"].page is None
    window.show_page("report")
    assert type(window.slots["report"].page).__name__ == "HistoryPage"
    window.close()


def test_only_registered_pages_have_a_tab(qtbot, session, app_settings):
    window = MainWindow(session, app_settings, pages=(PAGES[0],))
    qtbot.addWidget(window)
    assert window.page_names() == ["entry"]
    assert window.tabs.count() == 1
    assert not window.show_page("charts")
    window.close()


def test_a_broken_page_says_so_instead_of_pretending(qtbot, session, app_settings, caplog):
    def missing_class():
        from diary_app.ui.history_page import NoSuchClass  # type: ignore[attr-defined]

        return NoSuchClass

    broken = PageSpec("charts", missing_class, "Charts")
    window = MainWindow(session, app_settings, log_path="/tmp/log.txt", pages=(PAGES[0], broken))
    qtbot.addWidget(window)
    window.show_page("charts")
    assert window.page("charts") is None
    texts = [label.text() for label in window.slots["charts"].findChildren(QLabel)]
    assert any("/tmp/log.txt" in text for text in texts)
    assert "could not be built" in caplog.text
    window.close()


def test_profile_switcher_appears_with_a_second_profile_and_switching_saves(
    main_window, qtbot, store, profile
):
    assert main_window.switcher.isHidden()
    other = store.add_profile(Profile(name="Omar"))
    main_window.refresh_profiles()
    assert not main_window.switcher.isHidden()
    type_score(main_window, qtbot, Qt.Key.Key_6)
    combo = main_window.switcher.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert main_window.session.profile_id == other.id
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 6
    assert store.entry(other.id, TODAY) is None
    assert not main_window.entry_page().has_unsaved_changes()
    assert "Omar" in main_window.windowTitle()


def _answer_modal(qtbot, handle):
    """Run `handle(dialog)` on the modal dialog as soon as it is open."""
    tries = []

    def look():
        dialog = QApplication.activeModalWidget()
        tries.append(dialog)
        if dialog is not None:
            handle(dialog)
        elif len(tries) < 100:
            QTimer.singleShot(0, look)

    QTimer.singleShot(0, look)


def test_new_profile_by_keyboard(main_window, qtbot, store):
    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Layla")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    _answer_modal(qtbot, fill)
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [p.name for p in store.profiles()] == ["Ana", "Layla"]
    assert main_window.session.profile_id == store.profile_named("Layla").id
    assert not main_window.switcher.isHidden()


def test_first_start_without_a_name_creates_me(qtbot):
    def skip(dialog):
        buttons = [b for b in dialog.buttons.buttons() if b.text() == "Continue without a name"]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    _answer_modal(qtbot, skip)
    assert dialogs.ask_first_profile_name() == "Me"


def test_shift_f1_shows_the_statement_and_version(main_window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    qtbot.keyClick(main_window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert "never diagnoses" in shown[0]
    from diary_app import __version__

    assert __version__ in shown[0]


def test_geometry_and_last_page_are_restored(qtbot, session, app_settings):
    first = MainWindow(session, app_settings)
    qtbot.addWidget(first)
    first.resize(760, 560)  # inside the offscreen screen (800 x 600)
    first.show()
    first.show_page("history")
    first.close()
    second = MainWindow(session, app_settings)
    qtbot.addWidget(second)
    second.restore_state()
    qtbot.waitUntil(lambda: second.current_page_name() == "history")  # lazy pages open after first paint
    assert (second.width(), second.height()) == (760, 560)
    second.close()


def test_a_restored_heavy_page_shows_its_tab_at_once_and_is_built_after_the_first_paint(
    qtbot, session, app_settings
):
    app_settings.last_page = "charts"
    window = MainWindow(session, app_settings)
    qtbot.addWidget(window)
    window.restore_state()
    assert window.current_page_name() == "charts"
    assert window.tabs.currentWidget() is window.slots["charts"]
    assert window.slots["charts"].page is None  # nothing of matplotlib before the window is painted
    window.show()
    qtbot.waitUntil(lambda: window.slots["charts"].page is not None)
    assert window.preparer.done >= {"charts"}
    window.page("charts").wait_until_drawn()
    window.close()


def test_status_messages_reach_the_status_bar(main_window):
    main_window.session.statusMessage.emit("Saved your entry")
    assert main_window.statusBar().currentMessage() == "Saved your entry"


def test_settings_dialog_applies_text_size(main_window, qtbot, app_settings, monkeypatch):
    applied = []

    class Recorder:
        def apply(self, scale, contrast):
            applied.append((scale, contrast))

    main_window.appearance = Recorder()

    def choose(dialog):
        dialog.text_size.setFocus()
        qtbot.keyClick(dialog.text_size, Qt.Key.Key_End)
        dialog.high_contrast.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_modal(qtbot, choose)
    main_window.actions_by_name["settings"].trigger()
    assert applied == [(150, True)]
    assert app_settings.text_scale == 150 and app_settings.high_contrast


@pytest.mark.parametrize("name", ["new_profile", "settings", "quit", "undo", "redo", "save", "about"])
def test_actions_have_shortcuts(main_window, name):
    assert not main_window.actions_by_name[name].shortcut().isEmpty()


def test_profile_dialog_needs_a_name(qtbot):
    dialog = dialogs.ProfileNameDialog()
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  ")
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Sam")
    assert dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.name() == "Sam"


def test_ctrl_p_opens_the_report_page(qtbot, session, app_settings):
    light_report = PageSpec("report", PAGES[1].page_class, "Report")
    window = MainWindow(session, app_settings, pages=(PAGES[0], PAGES[1], light_report))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    assert window.current_page_name() == "report"
    window.close()


def test_language_change_offers_a_restart(main_window, qtbot, app_settings, monkeypatch):
    monkeypatch.setattr(main_window, "_ask_restart", lambda: True)

    def choose_arabic(dialog):
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_End)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_modal(qtbot, choose_arabic)
    with qtbot.waitSignal(main_window.restartRequested):
        main_window.actions_by_name["settings"].trigger()
    assert app_settings.language == "ar"
    assert not main_window.isVisible()


def test_due_reminders_show_above_the_pages(main_window, app_settings, qtbot):
    from diary_app.reminders import ReminderSettings

    app_settings.reminders = ReminderSettings(diary_enabled=True)  # due at 20:00; the clock says 20:30
    assert main_window.reminder_banner.isHidden()
    main_window.start_reminders()
    assert not main_window.reminder_banner.isHidden()
    assert [r.kind for r in main_window.reminder_banner.reminders()] == ["diary"]


def test_right_to_left_window_keeps_the_profile_chooser_before_the_tabs(qtbot, session, app_settings, store):
    store.add_profile(Profile(name="Omar"))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(session, app_settings)
        qtbot.addWidget(window)
        window.resize(760, 560)
        window.show()
        qtbot.waitExposed(window)
        assert window.isRightToLeft()
        switcher_x = window.switcher.mapTo(window, window.switcher.rect().topLeft()).x()
        first_tab_x = window.tabs.tabBar().mapTo(window, window.tabs.tabBar().tabRect(0).topLeft()).x()
        assert switcher_x < window.width() / 2 < first_tab_x  # mirrored: tabs start at the right
        window.close()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("first_start", [False, True])
def test_profile_dialog_is_wide_enough_for_its_title_and_a_name(qtbot, first_start):
    dialog = dialogs.ProfileNameDialog(first_start=first_start)
    qtbot.addWidget(dialog)
    dialog.show()
    metrics = dialog.fontMetrics()
    needed = metrics.horizontalAdvance(dialog.windowTitle()) + 10 * metrics.averageCharWidth()
    assert dialog.minimumWidth() >= needed and dialog.width() >= needed  # a window manager cannot shrink it
    assert dialog.name_edit.width() >= 30 * metrics.averageCharWidth()


def _charts_drawn_early(qtbot, window):
    """The Charts page the preparer built in its hidden tab, once its early picture is there."""
    slot = window.slots["charts"]
    qtbot.waitUntil(lambda: slot.page is not None and not slot.page.is_busy())
    assert not slot.isVisible()
    return slot.page


def test_after_the_preparation_the_charts_page_is_drawn_in_its_hidden_tab_and_shown_as_drawn(
    qtbot, main_window, session
):
    session.store.save_entry(session.profile_id, day_entry(TODAY, 6, 2), today=TODAY)
    page = _charts_drawn_early(qtbot, main_window)
    assert page.view.figure.axes[0].get_gid() == "tingling"
    drawn = page.serial
    main_window.show_page("charts")
    page.wait_until_drawn()
    assert page.isVisible() and page.view.figure is not None
    assert page.serial == drawn  # drawn at the size it is shown at: nothing drawn again
    assert page.request.width_px == page.picture_width()


def test_a_day_saved_after_the_early_drawing_shows_when_charts_is_opened(qtbot, main_window, session):
    page = _charts_drawn_early(qtbot, main_window)
    assert page.view.figure.axes == []  # "No entries in this period"
    session.store.save_entry(session.profile_id, day_entry(TODAY, 6, 2), today=TODAY)
    session.notify_changed()
    main_window.show_page("charts")
    qtbot.waitUntil(lambda: not page.is_busy())
    page.wait_until_drawn()
    assert len(page.view.figure.axes) == 5
    assert page.hover_text == "" and "left leg 6, right leg 2" in page.day_summary("tingling", TODAY)


def test_a_text_size_chosen_after_the_early_drawing_shows_when_charts_is_opened(
    qtbot, main_window, app_settings
):
    page = _charts_drawn_early(qtbot, main_window)
    drawn = page.serial
    assert page.request.style.scale == 1.0
    app_settings.text_scale = 150
    main_window.show_page("charts")
    page.wait_until_drawn()
    assert page.serial == drawn + 1 and page.request.style.scale == 1.5
