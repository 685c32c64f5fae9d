"""The start-up check, made with the diary's lock held, reads the file alone (immutable) only when no
log is beside it, and leaves no files behind; a log's saved changes are always read with the file."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from diary_app.demo import demo_diary
from diary_app.storage import open_store
from diary_app.storage import sqlite_file
from diary_app.storage.health import check_at_start
from diary_app.storage.health import examine
from diary_app.storage.sqlite_file import companion


@pytest.fixture
def diary(db_path):
    store = open_store(db_path)
    store.import_diaries([demo_diary(60, end=date(2026, 11, 25), name="Ann")])
    store.close()
    return db_path


@pytest.fixture
def opened_uris(monkeypatch):
    seen: list[str] = []
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        seen.append(str(database))
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite_file.sqlite3, "connect", connect)
    return seen


def test_without_a_log_the_locked_check_reads_the_file_alone_and_leaves_nothing(diary, opened_uris):
    report = check_at_start(diary, mounts_text="").report
    assert report.usable and not report.damaged
    assert opened_uris and all("immutable=1" in uri for uri in opened_uris)
    assert not companion(diary, "-wal").exists() and not companion(diary, "-shm").exists()


def test_with_a_log_beside_it_the_check_reads_the_log_too(diary, opened_uris):
    writer = sqlite3.connect(diary)  # a connection in WAL mode keeps the log beside the file
    writer.execute("UPDATE entries SET notes = 'from the log' WHERE day = '2026-11-25'")
    writer.commit()
    try:
        assert companion(diary, "-wal").exists()
        assert check_at_start(diary, mounts_text="").report.usable
        assert opened_uris and not any("immutable=1" in uri for uri in opened_uris)
    finally:
        writer.close()


def test_without_the_lock_the_check_never_reads_the_file_alone(diary, opened_uris):
    assert examine(diary).usable
    assert opened_uris and not any("immutable=1" in uri for uri in opened_uris)


def test_the_file_read_alone_still_shows_damage(diary):
    conn = sqlite3.connect(diary)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(diary, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x0d\xff\xff\xff" * 4)  # a table page whose header points nowhere
    assert examine(diary, locked=True).damaged
