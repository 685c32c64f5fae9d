"""Backups belong to their diary: an id stored inside the database and copied into each backup."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from reliability_helpers import fill

from diary_app.storage import open_store
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.backup import newest_verified_backup
from diary_app.storage.backup import prune
from diary_app.storage.health import check_at_start
from diary_app.storage.restore import restore_backup
from diary_app.storage.sqlite_file import identity_of_file

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _two_diaries(tmp_path):
    """`d.sqlite3` (Ann, 30 entries) and `d.old.sqlite3` (Ann, 3 entries) in one folder."""
    mine, other = tmp_path / "d.sqlite3", tmp_path / "d.old.sqlite3"
    fill(mine, 30)
    fill(other, 3)
    return mine, other


def test_each_diary_has_its_own_id_and_its_backups_carry_it(tmp_path):
    mine, other = _two_diaries(tmp_path)
    assert identity_of_file(mine) and identity_of_file(other)
    assert identity_of_file(mine) != identity_of_file(other)
    backup = make_backup(mine, "manual", now=NOW)
    assert identity_of_file(backup) == identity_of_file(mine)


def test_backups_of_a_diary_with_a_longer_name_are_not_this_diarys(tmp_path):
    mine, other = _two_diaries(tmp_path)
    own = make_backup(mine, "manual", now=NOW)
    foreign = make_backup(other, "manual", now=NOW + timedelta(hours=1))  # newer
    assert [b.path for b in list_backups(mine)] == [own]
    assert [b.path for b in list_backups(other)] == [foreign]
    assert newest_verified_backup(mine).path == own


def test_rotation_never_deletes_another_diarys_backups(tmp_path):
    mine, other = _two_diaries(tmp_path)
    foreign = [make_backup(other, "manual", now=NOW - timedelta(days=day)) for day in range(3)]
    for day in range(10):
        make_backup(mine, "manual", now=NOW - timedelta(days=10 - day))
    prune(mine, NOW)
    assert all(path.exists() for path in foreign)


def test_a_backup_with_the_same_name_but_another_id_is_not_offered(tmp_path):
    """Another diary copied over this one's name: its backups are not this diary's."""
    mine, other = _two_diaries(tmp_path)
    old_backup = make_backup(mine, "manual", now=NOW)
    shutil.copyfile(other, mine)  # now `d.sqlite3` is another diary (another id)
    assert list_backups(mine) == []
    assert [b.path for b in list_backups(tmp_path / "elsewhere" / "d.sqlite3")] == []
    assert old_backup.exists()


def test_a_damaged_diary_is_offered_only_its_own_backup(tmp_path):
    mine, other = _two_diaries(tmp_path)
    own = make_backup(mine, "manual", now=NOW)
    make_backup(other, "manual", now=NOW + timedelta(hours=1))
    with open(mine, "r+b") as file:
        file.write(b"garbage garbage!")
    startup = check_at_start(mine)
    assert startup.notice.offered.path == own


def test_old_backups_without_an_id_match_by_exact_name_only(tmp_path):
    mine, other = _two_diaries(tmp_path)
    legacy = make_backup(mine, "manual", now=NOW)
    legacy_other = make_backup(other, "manual", now=NOW + timedelta(hours=1))
    for path in (legacy, legacy_other):
        conn = sqlite3.connect(path)
        conn.execute("DROP TABLE diary_meta")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.close()
    assert [b.path for b in list_backups(mine)] == [legacy]


def test_restore_keeps_the_diarys_id(tmp_path):
    mine, other = _two_diaries(tmp_path)
    identity = identity_of_file(mine)
    foreign_copy = make_backup(other, "manual", out=tmp_path / "usb" / "other.sqlite3")
    result = restore_backup(foreign_copy, mine, now=NOW)
    assert identity_of_file(mine) == identity
    assert [b.path for b in list_backups(mine)] == [result.safety_backup]
    store = open_store(mine)
    try:
        assert store.entry_count(1) == 3
    finally:
        store.close()
