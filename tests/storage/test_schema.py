"""The schema refuses bad rows on its own, even when the repository is bypassed."""

import sqlite3
from datetime import date

import pytest

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.domain.vocab import REGIONS
from diary_app.storage import LATEST_VERSION
from diary_app.storage import DatabaseOpenError
from diary_app.storage import connect
from diary_app.storage import open_store
from diary_app.storage.migrations import schema_version


def test_migrates_an_empty_file(db_path):
    db_path.touch()
    store = open_store(db_path)
    assert schema_version(store.db.conn) == LATEST_VERSION
    assert {"profiles", "entries", "doses", "regimens", "labs"} <= set(store.db.table_names())
    for table in ("profiles", "entries", "doses", "regimens", "labs"):
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert sql.rstrip().endswith("STRICT")
    store.close()


def test_file_and_folder_are_private(tmp_path):
    path = tmp_path / "new" / "diary.sqlite3"
    open_store(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_pragmas(store):
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


BAD_ENTRY_SQL = [
    "INSERT INTO entries (profile_id, day, tingling_left) VALUES (1, '2026-01-01', 11)",
    "INSERT INTO entries (profile_id, day, pain_right) VALUES (1, '2026-01-01', -1)",
    "INSERT INTO entries (profile_id, day) VALUES (1, '2026-02-30')",
    "INSERT INTO entries (profile_id, day) VALUES (1, 'yesterday')",
    "INSERT INTO entries (profile_id, day, gait) VALUES (1, '2026-01-01', 5)",
    f"INSERT INTO entries (profile_id, day, regions_left_mask) VALUES (1, '2026-01-01', {1 << len(REGIONS)})",
    "INSERT INTO entries (profile_id, day, tingling_left) VALUES (1, '2026-01-01', 'high')",
    "INSERT INTO entries (profile_id, day) VALUES (99, '2026-01-01')",
    "INSERT INTO doses (profile_id, taken_at, day, substance, form, amount, unit)"
    " VALUES (1, '2026-01-01T09:00:00+00:00', '2026-01-01', 'vitamin_b12', 'pill', 1, 'µg')",
    "INSERT INTO doses (profile_id, taken_at, day, substance, form, amount, unit)"
    " VALUES (1, '2026-01-01T09:00:00+00:00', '2026-01-01', 'vitamin_b12', 'oral', 0, 'µg')",
    'INSERT INTO regimens (profile_id, substance, form, amount, unit, every_days, start, "end")'
    " VALUES (1, 'vitamin_b12', 'oral', 1, 'µg', 1, '2026-02-01', '2026-01-01')",
    "INSERT INTO labs (profile_id, day, test, value, unit, ref_low, ref_high)"
    " VALUES (1, '2026-01-01', 'b12', 150, 'pg/mL', 400, 200)",
]


@pytest.mark.parametrize("sql", BAD_ENTRY_SQL)
def test_check_constraints_refuse_bad_rows(store, sql):
    store.add_profile(Profile(name="Ann"))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(sql)
    assert store.entry_count(1) == 0


def test_newer_schema_is_refused_and_left_untouched(db_path):
    open_store(db_path).close()
    conn = connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_non_sqlite_file_is_refused(db_path):
    db_path.write_text("this is not a database\n" * 100)
    with pytest.raises(DatabaseOpenError, match="cannot be opened"):
        open_store(db_path)


def test_entry_round_trip_and_upsert(store):
    ann = store.add_profile(Profile(name="Ann"))
    entry = DayEntry(
        date(2026, 10, 1),
        symptoms={"pain": SideScores(2, 7)},
        regions_right=frozenset({"feet", "lower_back"}),
        notes="<b>x</b>",
    )
    store.save_entry(ann.id, entry)
    changed = entry.with_changes(gait=2)
    store.save_entry(ann.id, changed)
    assert store.entries(ann.id) == [changed]
    assert store.delete_entry(ann.id, entry.day) == changed
    assert store.entries(ann.id) == []
