"""The window's start: a damaged diary is kept aside and the backup restored on the user's word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from reliability_helpers import entry_for

from diary_app.single_instance import diary_in_use
from diary_app.storage import open_store
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.ui.startup_checks import prepare_diary

# The offscreen platform cannot pass a dialog's size hints to a window system and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def click_in_next_message_box(button_text: str, seen: list) -> None:
    """When the next modal message box shows, record its text and click the named button."""

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def damage(path) -> None:
    path.write_text("overwritten by mistake\n" * 40)


def test_damaged_diary_restored_from_the_offered_backup(diary, qtbot):
    make_backup(diary, "daily")
    damage(diary)
    seen = []
    click_in_next_message_box("Restore the backup", seen)
    outcome = prepare_diary(diary)
    try:
        assert outcome.proceed and outcome.guard is not None
        assert "not a Symptom Diary database" in seen[0] and "kept unchanged" in seen[0]
        store = open_store(diary)
        assert store.entry(1, entry_for(29).day) == entry_for(29)
        store.close()
        kept = [p for p in diary.parent.iterdir() if ".damaged-" in p.name]
        assert [p.read_text()[:22] for p in kept] == ["overwritten by mistake"]
    finally:
        outcome.guard.release()


def test_quitting_at_the_damage_notice_leaves_everything_kept(diary, qtbot):
    make_backup(diary, "daily")
    damage(diary)
    seen = []
    click_in_next_message_box("Quit", seen)
    outcome = prepare_diary(diary)
    assert not outcome.proceed and not diary_in_use(diary)
    assert not diary.exists() and len(list_backups(diary)) == 1


def test_healthy_start_makes_the_daily_backup_and_a_second_start_only_activates(diary, qtbot):
    first = prepare_diary(diary)
    try:
        assert first.proceed and [i.reason for i in list_backups(diary)] == ["daily"]
        with qtbot.waitSignal(first.guard.activateRequested):
            second = prepare_diary(diary)
        assert not second.proceed and second.guard is None
    finally:
        first.guard.release()
