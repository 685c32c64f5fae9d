"""A write the disk refuses (full disk): a clear message, what was typed stays, the diary is intact."""

import contextlib
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from diary_app.storage.sqlite_file import check_rows
from diary_app.storage.sqlite_file import content_fingerprint
from diary_app.storage.sqlite_file import open_readonly
from diary_app.ui.dose_dialog import DoseDialog
from diary_app.ui.dose_panel import DosePanel
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NOTE = "Burning at night, worse after the long walk. " * 200  # needs new pages in the file
DISK_FULL = "The disk is full, so this change was not saved."


def fingerprint(path) -> str:
    conn = open_readonly(path)
    try:
        assert check_rows(conn, "integrity_check") == ["ok"]
        return content_fingerprint(conn)
    finally:
        conn.close()


@contextlib.contextmanager
def full_disk(store):
    """The diary's file may not grow by a single page (a write that needs one fails with
    SQLITE_FULL) until the block ends; the room is always given back, even when a test fails."""
    store.db.execute("VACUUM")  # no free pages left behind (a migration that rebuilt a table leaves some)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        store.db.execute("PRAGMA max_page_count = 1073741823")


def answer_next_message_box(seen: list, button=QMessageBox.StandardButton.Ok) -> None:
    """When the next modal message box is up, note its texts and press `button` (by mouse)."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def reactivate(window, qtbot) -> None:
    """What a window system does when a message box closes (offscreen does not): the window under it
    is active again, so its shortcuts work."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_s_on_a_full_disk_says_so_and_keeps_the_form(main_window, qtbot, store, profile, db_path):
    page = main_window.entry_page()
    field = page.form.first_field()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_6)  # tingling, left leg
    page.form.notes.setPlainText(LONG_NOTE)
    qtbot.keyClick(page.form.notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.form.notes, " Typed last.")
    typed = page.form.entry(TODAY)
    with full_disk(store):
        before = fingerprint(db_path)
        seen = []
        answer_next_message_box(seen)
        qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)
        assert seen, "no message was shown"
        title, text, detail = seen[0]
        assert title == "Not saved" and text.startswith(DISK_FULL) and "%" not in text
        assert detail == "What you typed is still in the form."
        assert page.form.entry(TODAY) == typed and page.has_unsaved_changes()
        assert page.form.notes.toPlainText().endswith("Typed last.")
        assert page.form.first_field().value() == 6
        assert page.write_error.kind == "disk_full"
        assert main_window.statusBar().currentMessage().startswith(DISK_FULL)
        assert store.entry(profile.id, TODAY) is None
        assert fingerprint(db_path) == before  # the diary is exactly as it was
    reactivate(main_window, qtbot)
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)  # space freed: the same Ctrl+S saves what was typed
    assert store.entry(profile.id, TODAY) == typed and not page.has_unsaved_changes()


def test_switching_page_on_a_full_disk_stays_on_the_entry(main_window, qtbot, store, profile):
    page = main_window.entry_page()
    page.form.notes.setPlainText(LONG_NOTE)
    seen = []
    with full_disk(store):
        answer_next_message_box(seen)
        qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    assert [text[: len(DISK_FULL)] for _, text, _ in seen] == [DISK_FULL]
    assert main_window.current_page_name() == "entry" and page.form.notes.toPlainText() == LONG_NOTE
    assert store.entry(profile.id, TODAY) is None


def test_closing_on_a_full_disk_asks_once_with_the_reason(main_window, qtbot, store, profile):
    page = main_window.entry_page()
    page.form.notes.setPlainText(LONG_NOTE)
    seen = []
    with full_disk(store):
        answer_next_message_box(seen, QMessageBox.StandardButton.Cancel)
        assert not main_window.close()
    assert len(seen) == 1 and DISK_FULL in seen[0][2]  # one question, which says why
    assert main_window.isVisible() and page.form.notes.toPlainText() == LONG_NOTE


def refuse_writes(store, refuse: bool = True) -> None:
    """The file takes no more writes, as on a read-only disk (SQLite answers SQLITE_READONLY)."""
    store.db.execute(f"PRAGMA query_only = {'ON' if refuse else 'OFF'}")


READ_ONLY = "The diary's file or folder is read-only, so this change was not saved."


@pytest.fixture
def history(main_window, store, profile, monkeypatch):
    """The history page with yesterday logged and selected; deleting is confirmed with Yes."""
    store.save_entry(profile.id, day_entry(TODAY - timedelta(days=1), 3, 2, notes="yesterday"))
    main_window.session.notify_changed()
    assert main_window.show_page("history")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page = main_window.page("history")
    page.table.setFocus()
    return page


def test_a_delete_the_disk_refuses_keeps_the_day(main_window, history, qtbot, store, profile, db_path):
    before = fingerprint(db_path)
    refuse_writes(store)
    seen = []
    answer_next_message_box(seen)
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)
    assert [(title, text[: len(READ_ONLY)]) for title, text, _ in seen] == [("Not saved", READ_ONLY)]
    assert main_window.session.undo_stack.count() == 0  # nothing to undo: nothing happened
    assert history.model.rowCount() == 1 and "Deleted" not in main_window.statusBar().currentMessage()
    refuse_writes(store, False)
    assert fingerprint(db_path) == before


def test_an_undo_the_disk_refuses_stays_undoable(main_window, history, qtbot, store, profile):
    yesterday = TODAY - timedelta(days=1)
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)
    stack = main_window.session.undo_stack
    assert store.entry(profile.id, yesterday) is None and (stack.count(), stack.index()) == (1, 1)
    refuse_writes(store)
    seen = []
    answer_next_message_box(seen)
    with qtbot.waitSignal(stack.writeFailed):
        qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert seen and seen[0][1].startswith(READ_ONLY)
    assert stack.index() == 1 and stack.canUndo()  # the step is where it was: undo can be tried again
    assert store.entry(profile.id, yesterday) is None and history.model.rowCount() == 0
    refuse_writes(store, False)
    reactivate(main_window, qtbot)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert store.entry(profile.id, yesterday).notes == "yesterday" and stack.index() == 0
    assert history.model.rowCount() == 1
    refuse_writes(store)
    answer_next_message_box(seen)
    with qtbot.waitSignal(stack.writeFailed):
        qtbot.keyClick(main_window, Qt.Key.Key_Y, CTRL)  # redo the delete: refused too
    assert stack.index() == 0 and store.entry(profile.id, yesterday) is not None
    refuse_writes(store, False)
    reactivate(main_window, qtbot)
    qtbot.keyClick(main_window, Qt.Key.Key_Y, CTRL)
    assert stack.index() == 1 and store.entry(profile.id, yesterday) is None


def when_modal(kind, action) -> None:
    """Run `action(widget)` once a modal widget of class `kind` is up (it runs inside its exec)."""

    def check():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or widget.focusWidget() is None:
            QTimer.singleShot(10, check)
            return
        action(widget)

    QTimer.singleShot(0, check)


def test_a_dose_the_disk_refuses_reopens_its_dialog_as_filled_in(session, qtbot, store, profile):
    panel = DosePanel(session)
    qtbot.addWidget(panel)
    seen = []

    def fill_and_accept(dialog):
        qtbot.keyClicks(dialog.notes, "left thigh, after lunch")
        refuse_writes(store)
        when_modal(QMessageBox, read_and_close)
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    def read_and_close(box):
        seen.append(box.text())
        when_modal(DoseDialog, accept_again)
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def accept_again(dialog):
        seen.append(dialog.notes.text())
        refuse_writes(store, False)
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    when_modal(DoseDialog, fill_and_accept)
    logged = panel.log_dose()
    assert seen[0].startswith(READ_ONLY)
    assert seen[1] == "left thigh, after lunch"  # the dialog came back as it was filled in
    assert logged is not None and [d.notes for d in store.doses(profile.id)] == ["left thigh, after lunch"]
