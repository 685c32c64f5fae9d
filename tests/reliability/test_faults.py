"""Faults during a save: disk full, read-only, locked. A clear error, nothing half-written."""

from __future__ import annotations

import os
import sqlite3

import pytest
import sqlite_utils
from reliability_helpers import entry_for

from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.storage import DiaryStore
from diary_app.storage import StorageWriteError
from diary_app.storage import open_store
from diary_app.storage.sqlite_file import check_rows
from diary_app.storage.sqlite_file import content_fingerprint
from diary_app.storage.sqlite_file import open_readonly


def _fingerprint(path) -> str:
    conn = open_readonly(path)
    try:
        assert check_rows(conn, "integrity_check") == ["ok"]
        return content_fingerprint(conn)
    finally:
        conn.close()


def _fill_disk(store: DiaryStore) -> None:
    store.db.execute("VACUUM")  # no free pages left behind (a migration that rebuilt a table leaves some)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_save_is_refused_in_plain_words_and_the_diary_is_intact(diary):
    store = open_store(diary)
    _fill_disk(store)
    before = _fingerprint(diary)
    big = entry_for(200).with_changes(notes="x" * 9000)
    with pytest.raises(StorageWriteError) as raised:
        store.save_entry(1, big)
    assert raised.value.kind == "disk_full"
    assert str(raised.value).startswith("The disk is full, so this change was not saved.")
    assert "%" not in raised.value.message.render()
    assert store.entry(1, big.day) is None
    store.db.execute("PRAGMA max_page_count = 1000000")  # space freed: the same save now works
    store.save_entry(1, big)
    assert store.entry(1, big.day) == big
    store.close()
    assert before != _fingerprint(diary)


def test_disk_full_import_is_all_or_nothing(diary):
    store = open_store(diary)
    before = _fingerprint(diary)
    _fill_disk(store)
    batch = ProfileDiary(
        Profile(name="Bea"),
        entries=tuple(entry_for(n).with_changes(notes="y" * 3000) for n in range(300, 340)),
    )
    with pytest.raises(StorageWriteError, match="disk is full"):
        store.import_diaries([batch])
    store.close()
    assert _fingerprint(diary) == before


def test_read_only_diary_refuses_a_save_clearly(diary):
    before = _fingerprint(diary)
    conn = sqlite3.connect(diary.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    store = DiaryStore(sqlite_utils.Database(conn))
    with pytest.raises(StorageWriteError) as raised:
        store.save_entry(1, entry_for(201))
    assert raised.value.kind == "read_only"
    store.close()
    assert _fingerprint(diary) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not bind root")
def test_read_only_file_on_disk(diary):
    diary.chmod(0o400)
    try:
        store = open_store(diary)
        with pytest.raises(StorageWriteError, match="read-only"):
            store.save_entry(1, entry_for(202))
        store.close()
    finally:
        diary.chmod(0o600)


def test_locked_diary_refuses_a_save_clearly(diary):
    store = open_store(diary)
    store.db.execute("PRAGMA busy_timeout = 10")
    other = sqlite3.connect(diary, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageWriteError) as raised:
            store.save_entry(1, entry_for(203))
        assert raised.value.kind == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.entry(1, entry_for(203).day) is None
    store.save_entry(1, entry_for(203))  # once the other program lets go, saving works
    assert store.entry(1, entry_for(203).day) == entry_for(203)
    store.close()


def test_constraint_errors_stay_what_they_are(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.save_entry(99, entry_for(1))  # no such profile: the caller's mistake, not the disk's
