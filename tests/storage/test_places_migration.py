"""Migration 4 widens the places: old rows keep their coarse places, new rows take the finer ones."""

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import vocab
from diary_app.storage import migrations
from diary_app.storage import open_store
from diary_app.storage.rows import to_mask


def schema_3_diary(path) -> None:
    """A diary file as version 3 of the program left it, with one entry marking the feet."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for version, script in enumerate(migrations.MIGRATIONS[:3]):
            for statement in migrations._statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("INSERT INTO profiles (name) VALUES ('Ann')")
        old = to_mask({"feet", "lower_back"}, vocab.REGIONS)
        conn.execute(
            "INSERT INTO entries (profile_id, day, pain_left, regions_left_mask, regions_right_mask)"
            " VALUES (1, '2026-03-01', 4, ?, ?)",
            [old, to_mask({"hands"}, vocab.REGIONS)],
        )
        with pytest.raises(sqlite3.IntegrityError):  # version 3 refuses a finer place
            conn.execute(
                "INSERT INTO entries (profile_id, day, regions_left_mask) VALUES (1, '2026-03-02', ?)",
                [to_mask({"sole"}, vocab.REGIONS)],
            )


def test_old_places_are_kept_as_they_were_and_finer_ones_are_accepted(tmp_path):
    path = tmp_path / "diary.sqlite3"
    schema_3_diary(path)
    store = open_store(path)
    try:
        assert migrations.schema_version(store.db.conn) == 4
        (old,) = store.entries(1)
        assert old.regions_left == {"feet", "lower_back"}  # the whole foot, nothing guessed
        assert old.regions_right == {"hands"}
        fine = DayEntry(date(2026, 3, 2), regions_left=frozenset({"sole", "heel", "saddle", "fingers"}))
        store.save_entry(1, fine)
        assert store.entries(1)[1] == fine
    finally:
        store.close()


def test_version_4_has_every_place_and_nothing_more(tmp_path):
    store = open_store(tmp_path / "diary.sqlite3")
    try:
        store.add_profile(Profile(name="Ann"))
        every = to_mask(vocab.REGIONS, vocab.REGIONS)
        store.db.execute(
            "INSERT INTO entries (profile_id, day, regions_left_mask) VALUES (1, '2026-01-01', ?)", [every]
        )
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(
                "INSERT INTO entries (profile_id, day, regions_left_mask) VALUES (1, '2026-01-02', ?)",
                [every + 1],
            )
    finally:
        store.close()
