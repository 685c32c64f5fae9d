"""File > Backups… in the window: the entry is saved first; a restore shows the restored diary."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.restore import backup_contents
from diary_app.ui.backups_dialog import BackupsDialog
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry

LEFT = Qt.MouseButton.LeftButton


def in_backups_dialog(actions) -> list:
    """Run `actions(dialog)` once the Backups dialog is up, then close it; returns [dialog]."""
    done = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupsDialog):
            QTimer.singleShot(10, act)
            return
        try:
            actions(dialog)
            done.append(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, act)
    return done


def open_backups_from_the_file_menu(window) -> None:
    action = window.actions_by_name["backups"]
    assert action in window.menuBar().actions()[0].menu().actions()  # File > Backups…
    action.trigger()


def test_backups_saves_the_entry_first_so_a_backup_holds_it(main_window, qtbot, store, profile, db_path):
    field = main_window.entry_page().form.first_field()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_7)
    opened = in_backups_dialog(lambda dialog: QTest.mouseClick(dialog.backup_button, LEFT))
    open_backups_from_the_file_menu(main_window)
    assert opened and opened[0].parent() is main_window
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 7
    [backup] = list_backups(db_path)
    assert backup.reason == "manual" and backup_contents(backup.path).entries == 1


def test_an_invalid_entry_keeps_the_backups_closed(main_window, qtbot, monkeypatch):
    main_window.entry_page().form.notes.setPlainText("x")
    monkeypatch.setattr(main_window.entry_page(), "save", lambda tell=True: False)
    opened = in_backups_dialog(lambda dialog: None)
    open_backups_from_the_file_menu(main_window)
    assert not opened and "not saved" in main_window.statusBar().currentMessage()
    assert main_window.current_page_name() == "entry"
    monkeypatch.undo()


def test_restoring_shows_the_restored_diary_and_forgets_older_undo_steps(
    main_window, qtbot, store, profile, db_path, monkeypatch
):
    yesterday = TODAY - timedelta(days=1)
    store.save_entry(profile.id, day_entry(TODAY, 2, 2))
    make_backup(db_path, "manual")
    store.save_entry(profile.id, day_entry(yesterday, 5, 1))
    store.save_entry(profile.id, day_entry(TODAY, 9, 9))
    main_window.session.notify_changed()
    assert main_window.entry_page().form.first_field().value() == 9
    assert main_window.show_page("history")
    history = main_window.page("history")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)  # deletes today's entry (the newest row)
    assert main_window.session.undo_stack.count() == 1

    def restore(dialog):
        dialog.table.selectRow(0)
        QTest.mouseClick(dialog.restore_button, LEFT)

    restored = in_backups_dialog(restore)
    open_backups_from_the_file_menu(main_window)
    assert restored and restored[0].restored
    assert [e.day for e in store.entries(profile.id)] == [TODAY]
    assert store.entry(profile.id, TODAY).score("tingling", "left") == 2
    assert main_window.session.undo_stack.count() == 0  # its steps were about the replaced diary
    assert history.model.rowCount() == 1
    assert main_window.show_page("entry")
    assert main_window.entry_page().form.first_field().value() == 2
