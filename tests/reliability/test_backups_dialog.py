"""The Backups dialog, driven by clicks: back up now, back up to a file, restore, damaged rows."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from reliability_helpers import entry_for

from diary_app.storage import open_store
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.backup import verify_backup
from diary_app.ui.backups_dialog import BackupListModel
from diary_app.ui.backups_dialog import BackupsDialog
from diary_app.ui.session import DiarySession

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session(diary, qtbot):
    store = open_store(diary)
    yield DiarySession(store, 1)
    store.close()


def _cell(dialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column))


def _open(session, qtbot) -> BackupsDialog:
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def test_back_up_now_lists_the_new_generation_with_its_contents(session, qtbot):
    dialog = _open(session, qtbot)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(session.statusMessage):
        qtbot.mouseClick(dialog.backup_button, LEFT)
    assert dialog.model.rowCount() == 1
    assert [
        _cell(dialog, 0, c)
        for c in (BackupListModel.REASON, BackupListModel.PROFILES, BackupListModel.ENTRIES)
    ] == ["Made by you", "Ann", "30"]
    assert dialog.restore_button.isEnabled()


def test_back_up_to_a_chosen_file(session, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "usb stick" / "diary copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    dialog = _open(session, qtbot)
    qtbot.mouseClick(dialog.backup_to_button, LEFT)
    assert verify_backup(target)["entries"] == 30
    assert str(target) in shown[0]
    assert dialog.model.rowCount() == 0  # a copy elsewhere is not one of the kept generations


def test_restore_puts_the_backup_back_and_keeps_the_diary_as_it_was(session, qtbot, monkeypatch, diary):
    make_backup(diary, "daily", now=datetime.now(UTC) - timedelta(days=1))
    session.store.save_entry(1, entry_for(77))
    asked = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog = _open(session, qtbot)
    qtbot.mouseClick(
        dialog.table.viewport(), LEFT, pos=dialog.table.visualRect(dialog.model.index(0, 0)).center()
    )
    with qtbot.waitSignal(session.diaryChanged):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    assert "30 diary entries" in asked[0]
    assert session.store.entry(1, entry_for(77).day) is None  # the open store sees the backup
    assert session.store.entry(1, entry_for(29).day) == entry_for(29)
    assert [i.reason for i in list_backups(diary)] == ["before-restore", "daily"]
    assert dialog.model.rowCount() == 2


def test_declined_restore_changes_nothing(session, qtbot, monkeypatch, diary):
    make_backup(diary, "daily")
    session.store.save_entry(1, entry_for(78))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = _open(session, qtbot)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert session.store.entry(1, entry_for(78).day) == entry_for(78)
    assert len(list_backups(diary)) == 1


def test_a_damaged_backup_is_shown_and_cannot_be_restored(session, qtbot, diary):
    broken = make_backup(diary, "daily")
    broken.write_text("not a database any more\n" * 100)
    dialog = _open(session, qtbot)
    assert _cell(dialog, 0, BackupListModel.PROFILES) == "damaged: cannot be restored"
    assert not dialog.restore_button.isEnabled()
