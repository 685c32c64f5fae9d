"""Backups: verified before kept, private, rotated in generations, made before risky changes."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
from reliability_helpers import entry_for

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.storage import DatabaseOpenError
from diary_app.storage import backup as backup_module
from diary_app.storage import migrations
from diary_app.storage import open_store
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import BackupInfo
from diary_app.storage.backup import SourceDamagedError
from diary_app.storage.backup import auto_backup
from diary_app.storage.backup import generations_to_keep
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.backup import newest_verified_backup
from diary_app.storage.backup import prune
from diary_app.storage.backup import verify_backup
from diary_app.storage.restore import backup_contents
from diary_app.storage.restore import restore_backup
from diary_app.storage.sqlite_file import BACKUP_MARK

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _names(diary: Path) -> list[str]:
    return sorted(p.name for p in (diary.parent / "backups").iterdir())


def test_backup_is_verified_private_and_named_by_utc_time(diary):
    path = make_backup(diary, "manual", now=NOW)
    assert path.name == "diary.20261125T093000000000Z.manual.sqlite3"
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert verify_backup(path)["entries"] == 30
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == BACKUP_MARK
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    finally:
        conn.close()
    contents = backup_contents(path)
    assert [p.name for p in contents.profiles] == ["Ann"]
    assert (contents.entries, contents.first_day, contents.last_day) == (
        30,
        entry_for(0).day,
        entry_for(29).day,
    )
    assert sorted(os.listdir(diary.parent)) == ["backups", "diary.sqlite3"]  # no -wal/-shm left


def test_backup_to_a_chosen_file_is_not_rotated(diary, tmp_path):
    out = tmp_path / "usb" / "diary-copy.sqlite3"
    assert make_backup(diary, "manual", out=out) == out
    assert verify_backup(out)["entries"] == 30
    assert list_backups(diary) == []
    with pytest.raises(BackupError, match="over the diary"):
        make_backup(diary, out=diary)


def test_failed_verification_keeps_old_backups_and_leaves_no_file(diary, monkeypatch):
    good = make_backup(diary, "daily", now=NOW - timedelta(days=1))
    real_verify = backup_module.verify_backup

    def failing(path, expected=None):
        if expected is not None:
            raise BackupError("simulated mismatch")
        return real_verify(path, expected)

    monkeypatch.setattr(backup_module, "verify_backup", failing)
    with pytest.raises(BackupError, match="simulated"):
        make_backup(diary, "daily", now=NOW)
    assert _names(diary) == [good.name]


def test_damaged_diary_is_never_backed_up_over_good_backups(diary):
    good = [make_backup(diary, "daily", now=NOW - timedelta(days=d)) for d in range(3, 0, -1)]
    conn = sqlite3.connect(diary)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
    conn.close()
    with open(diary, "r+b") as file:
        file.seek((root - 1) * 4096)
        file.write(b"\xff" * 8)
    for day in range(8):
        with pytest.raises(SourceDamagedError):
            make_backup(diary, "daily", now=NOW + timedelta(days=day))
    assert _names(diary) == sorted(p.name for p in good)
    assert newest_verified_backup(diary).path == good[-1]


def _info(moment: datetime, reason: str = "daily") -> BackupInfo:
    return BackupInfo(Path(f"{moment.isoformat()}-{reason}"), moment, reason)


def test_rotation_keeps_daily_weekly_and_monthly_generations():
    hourly = [_info(NOW - timedelta(hours=h)) for h in range(0, 24 * 400, 6)]
    kept = generations_to_keep(hourly)
    kept_times = sorted((i.taken_at for i in hourly if i.path in kept), reverse=True)
    assert kept_times[0] == NOW
    days = {t.date() for t in kept_times}
    assert {(NOW - timedelta(days=d)).date() for d in range(7)} <= days
    months = {(t.year, t.month) for t in kept_times}
    assert len(months) == 12
    assert len(kept) <= 7 + 5 + 12


def test_rotation_keeps_the_last_manual_and_event_backups():
    events = [_info(NOW - timedelta(minutes=m), "before-import") for m in range(8)]
    kept = generations_to_keep(events)
    assert {i.path for i in events[:5]} <= kept


def test_prune_only_touches_our_files(diary):
    for day in range(12):
        make_backup(diary, "daily", now=NOW - timedelta(days=day))
    own = diary.parent / "backups" / "my notes.txt"
    own.write_text("mine")
    prune(diary, NOW)
    assert own.exists()
    assert len(list_backups(diary)) == 7 + 1  # seven days, plus the newest of an older week


def test_temporary_files_of_an_interrupted_backup_are_ignored_then_cleaned(diary):
    make_backup(diary, "daily", now=NOW)
    leftover = diary.parent / "backups" / ".diary.x.sqlite3.123.incomplete"
    journal = leftover.with_name(leftover.name + "-journal")  # SQLite's, for the temporary copy
    for path in (leftover, journal):
        path.write_bytes(b"half a backup")
    assert all(not i.path.name.endswith(("incomplete", "-journal")) for i in list_backups(diary))
    prune(diary, NOW)
    assert leftover.exists() and journal.exists()  # they may belong to a backup still running
    old = (NOW - timedelta(hours=1)).timestamp()
    for path in (leftover, journal):
        os.utime(path, (old, old))
    prune(diary, NOW)
    assert not leftover.exists() and not journal.exists()


def test_automatic_backup_once_a_day_and_only_after_a_change(diary):
    assert auto_backup(diary, NOW) is not None
    assert auto_backup(diary, NOW + timedelta(hours=1)) is None  # one a day
    assert auto_backup(diary, NOW + timedelta(days=1)) is None  # nothing changed
    store = open_store(diary)
    store.save_entry(1, entry_for(40))
    store.close()
    assert auto_backup(diary, NOW + timedelta(days=1)) is not None
    assert [i.reason for i in list_backups(diary)] == ["daily", "daily"]


def test_backup_before_a_schema_migration(diary, monkeypatch):
    step = "ALTER TABLE entries ADD COLUMN mood INTEGER NOT NULL DEFAULT 0;"
    before = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    store = open_store(diary)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == before + 1
    store.close()
    (made,) = list_backups(diary)
    assert made.reason == "before-migration"
    contents = backup_contents(made.path)
    assert (contents.schema_version, contents.entries) == (before, 30)


def test_migration_is_refused_when_no_backup_can_be_made(diary, monkeypatch):
    before = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, "CREATE TABLE x (a);"))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))

    def no_space(*args, **kwargs):
        raise BackupError("the disk is full")

    monkeypatch.setattr(backup_module, "make_backup", no_space)
    with pytest.raises(DatabaseOpenError, match="disk is full"):
        open_store(diary)
    conn = sqlite3.connect(diary)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    conn.close()


def test_backup_before_import_with_replace(diary):
    store = open_store(diary)
    added = ProfileDiary(Profile(name="Ann"), entries=(entry_for(60),))
    store.import_diaries([added])
    assert list_backups(diary) == []  # adding only: nothing can be overwritten
    replacement = ProfileDiary(Profile(name="Ann"), entries=(DayEntry(entry_for(3).day, notes="new"),))
    store.import_diaries([replacement], replace_days=True)
    store.close()
    (made,) = list_backups(diary)
    assert made.reason == "before-import"
    old = open_store(made.path)
    try:
        assert old.entry(1, entry_for(3).day) == entry_for(3)
    finally:
        old.close()


def test_restore_backs_up_the_current_diary_first(diary):
    backup = make_backup(diary, "manual", now=NOW - timedelta(days=1))
    store = open_store(diary)
    store.save_entry(1, entry_for(50))
    store.close()
    result = restore_backup(backup, diary, now=NOW)
    assert result.safety_backup is not None and result.kept_damaged == ()
    store = open_store(diary)
    try:
        assert store.entry(1, entry_for(50).day) is None
        assert store.entry_count(1) == 30
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        store.close()
    assert backup_contents(result.safety_backup).entries == 31
    assert backup.exists()  # the backup restored from is still there


def test_restore_refuses_a_file_that_is_not_a_backup(diary, tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(bogus)
    conn.execute("CREATE TABLE t (a)")
    conn.close()
    before = diary.read_bytes()
    with pytest.raises(BackupError, match="not a Symptom Diary"):
        restore_backup(bogus, diary)
    assert diary.read_bytes() == before and list_backups(diary) == []


@pytest.mark.parametrize(
    "stamp", ["20261207T093015123456Z", "19991231T235959999999Z", "20240229T000000000000Z"]
)
def test_a_backup_names_time_is_read_as_strptime_reads_it(stamp):
    expected = datetime.strptime(stamp, backup_module.TIME_FORMAT).replace(tzinfo=UTC)
    assert backup_module.stamp_time(stamp) == expected
    info = backup_module.parse_backup_name(Path(f"diary.{stamp}.daily.sqlite3"))
    assert info is not None and info.taken_at == expected and info.stem == "diary"


def test_a_backup_name_with_an_impossible_date_is_refused_as_before():
    for stamp in ("20261399T093015123456Z", "20260230T093015123456Z", "20261207T253015123456Z"):
        with pytest.raises(ValueError):
            datetime.strptime(stamp, backup_module.TIME_FORMAT)
        with pytest.raises(ValueError):
            backup_module.stamp_time(stamp)
