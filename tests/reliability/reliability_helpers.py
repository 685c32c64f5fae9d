"""Shared pieces for the reliability tests: deterministic entries, a filled diary, a crash image."""

from __future__ import annotations

import shutil
from datetime import date
from datetime import timedelta
from pathlib import Path

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.storage import open_store

FIRST_DAY = date(2026, 1, 1)


def entry_for(number: int) -> DayEntry:
    """A distinct, deterministic entry for each number (its own day, scores and notes)."""
    return DayEntry(
        FIRST_DAY + timedelta(days=number),
        symptoms={
            "tingling": SideScores(number % 11, (number * 3) % 11),
            "pain": SideScores((number * 7) % 11, number % 5),
        },
        regions_left=frozenset({"feet"}) if number % 2 else frozenset(),
        notes=f"day {number}: <b>markup</b> =1+1 \u202e" + "x" * (number % 50),
    )


def fill(path: Path, entries: int = 30) -> int:
    """A diary with profile Ann and `entries` entries; returns Ann's id."""
    store = open_store(path)
    try:
        ann = store.add_profile(Profile(name="Ann"))
        for number in range(entries):
            store.save_entry(ann.id, entry_for(number))
        return ann.id
    finally:
        store.close()


def crash_image(path: Path, into: Path, writes: int = 5, first: int = 100) -> Path:
    """Save `writes` more entries with checkpoints off, then copy the diary and its -wal while the
    connection is still open: the files as a crash would leave them."""
    store = open_store(path)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(first, first + writes):
        store.save_entry(1, entry_for(number))
    into.mkdir(parents=True, exist_ok=True)
    target = into / path.name
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    store.close()
    return target
