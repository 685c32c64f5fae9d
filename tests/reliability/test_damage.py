"""Damage injection: every kind of broken diary is detected, kept aside untouched, a backup offered."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC
from datetime import datetime

import pytest
from reliability_helpers import crash_image
from reliability_helpers import entry_for

from diary_app.domain.messages import strip_isolates
from diary_app.storage import open_store
from diary_app.storage.backup import make_backup
from diary_app.storage.health import Condition
from diary_app.storage.health import check_at_start
from diary_app.storage.health import examine
from diary_app.storage.restore import restore_backup
from diary_app.storage.sqlite_file import read_wal

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
PAGE = 4096


def _rootpage(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        conn.close()


def _overwrite(path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(data)


def flip_magic(path):
    _overwrite(path, 0, b"SQLite format 4\x00")


def flip_page_size(path):
    _overwrite(path, 16, b"\x03\x00")


def flip_btree_page(path):
    _overwrite(path, (_rootpage(path, "entries") - 1) * PAGE, b"\xff\xee\xdd\xcc\xbb\xaa")


def flip_cell_pointers(path):
    page = _rootpage(path, "profiles")
    _overwrite(path, (page - 1) * PAGE + 8, b"\xff\xff" * 4)


def truncate_half(path):
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])


def truncate_ragged(path):
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def make_text(path):
    path.write_text("Dear diary,\nthis file was overwritten by a text editor.\n" * 50)


def make_empty(path):
    path.write_bytes(b"")


DAMAGE = [
    (flip_magic, Condition.NOT_SQLITE),
    (flip_page_size, Condition.DAMAGED),
    (flip_btree_page, Condition.DAMAGED),
    (flip_cell_pointers, Condition.DAMAGED),
    (truncate_half, Condition.TRUNCATED),
    (truncate_ragged, Condition.TRUNCATED),
    (make_text, Condition.NOT_SQLITE),
    (make_empty, Condition.EMPTIED),
]


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def assert_kept_and_offered(diary, backup, before: dict, condition: Condition):
    """The damaged files are renamed, byte for byte; the backup is offered; restoring works."""
    startup = check_at_start(diary, now=NOW, mounts_text="")
    assert startup.report.condition is condition
    notice = startup.notice
    assert not diary.exists()
    kept = {p.name: p.read_bytes() for p in notice.kept}
    stamp = "damaged-20261125T093000Z"
    assert kept == {f"{name}.{stamp}": data for name, data in before.items()}
    assert notice.offered.path == backup
    said = " ".join(strip_isolates(m.render()) for m in notice.messages())
    assert str(diary) in said and "kept unchanged" in said and "newest sound backup" in said
    restore_backup(notice.offered.path, diary)
    store = open_store(diary)
    try:
        assert store.entry(1, entry_for(29).day) == entry_for(29)
        assert store.entry_count(1) == 30
    finally:
        store.close()
    assert set(before) <= {p.name.split(".damaged-")[0] for p in diary.parent.iterdir()}


@pytest.mark.parametrize("damage, condition", DAMAGE, ids=[d.__name__ for d, _ in DAMAGE])
def test_damaged_file_is_detected_kept_and_restore_offered(diary, damage, condition):
    backup = make_backup(diary, "daily")
    damage(diary)
    before = {diary.name: diary.read_bytes()}
    assert examine(diary).condition is condition
    assert_kept_and_offered(diary, backup, before, condition)


def test_zero_length_file_without_backups_is_a_new_diary(db_path):
    db_path.write_bytes(b"")
    assert examine(db_path).condition is Condition.NEW
    startup = check_at_start(db_path, mounts_text="")
    assert startup.notice is None and db_path.exists()


def test_damage_with_no_backup_keeps_the_file_and_says_so(diary):
    flip_btree_page(diary)
    notice = check_at_start(diary, now=NOW, mounts_text="").notice
    assert notice.offered is None and len(notice.kept) == 1
    assert "No sound backup" in notice.messages()[-1].render()


def test_torn_wal_tail_loses_only_the_unfinished_write(diary, tmp_path):
    image = crash_image(diary, tmp_path / "crash", writes=5)
    wal = image.with_name(image.name + "-wal")
    wal.write_bytes(wal.read_bytes()[:-1000])  # the last frame half written
    state = read_wal(image)
    assert state.torn_tail and not state.committed_after_break
    report = examine(image)
    assert report.condition is Condition.OK and report.full_check and report.interrupted_write
    store = open_store(image)
    try:
        saved = [store.entry(1, entry_for(n).day) for n in range(100, 105)]
    finally:
        store.close()
    assert saved[:4] == [entry_for(n) for n in range(100, 104)]
    assert saved[4] is None
    assert examine(image).condition is Condition.OK


def test_wal_damaged_before_saved_changes_is_detected(diary, tmp_path):
    backup = make_backup(diary, "daily")
    image = crash_image(diary, tmp_path / "crash", writes=5)
    shutil.copyfile(backup, tmp_path / "crash" / "backup.sqlite3")
    wal = image.with_name(image.name + "-wal")
    _overwrite(wal, 32 + 24 + 100, b"\x00garbage\x00")  # inside the first frame's page
    assert read_wal(image).committed_after_break
    before = _files(image.parent)
    before.pop("backup.sqlite3")
    startup = check_at_start(image, now=NOW, mounts_text="")
    assert startup.report.condition is Condition.WAL_DAMAGED
    kept = {p.name.split(".damaged-")[0]: p.read_bytes() for p in startup.notice.kept}
    assert kept == before


def test_backup_put_back_next_to_a_stale_wal_is_detected(diary, tmp_path):
    backup = make_backup(diary, "daily")
    image = crash_image(diary, tmp_path / "crash", writes=5)
    shutil.copyfile(backup, image)  # the user copies a backup over the diary by hand
    before = _files(image.parent)
    assert examine(image).condition is Condition.STALE_WAL
    startup = check_at_start(image, now=NOW, mounts_text="")
    assert startup.report.condition is Condition.STALE_WAL
    assert {p.name.split(".damaged-")[0]: p.read_bytes() for p in startup.notice.kept} == before


def test_leftover_wal_of_a_crash_is_checked_in_full_and_kept_whole(diary, tmp_path):
    image = crash_image(diary, tmp_path / "crash", writes=3)
    report = examine(image)
    assert report.condition is Condition.OK and report.full_check and not report.interrupted_write
    assert image.with_name(image.name + "-wal").stat().st_size > 0  # examining changed nothing
    store = open_store(image)
    try:
        assert [store.entry(1, entry_for(n).day) for n in (100, 101, 102)] == [
            entry_for(n) for n in (100, 101, 102)
        ]
    finally:
        store.close()


def test_quarantine_never_overwrites_earlier_damaged_files(diary):
    make_text(diary)
    first = check_at_start(diary, now=NOW, mounts_text="").notice.kept
    diary.write_text("second bad file\n" * 20)
    second = check_at_start(diary, now=NOW, mounts_text="").notice.kept
    assert first[0] != second[0] and first[0].exists() and second[0].exists()
    assert second[0].read_text().startswith("second")
