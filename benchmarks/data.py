"""Benchmark data: demo diaries with an entry on every day, written to diary files and JSON exports."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from diary_app.demo import demo_diary
from diary_app.domain import ProfileDiary
from diary_app.exchange import atomic_write_text
from diary_app.exchange import diaries_to_json
from diary_app.storage import open_store

EXPORTED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def daily_diary(
    days: int, end: date, pattern: str = "mixed", seed: int = 7, name: str = "Benchmark"
) -> ProfileDiary:
    """A demo diary (doses, regimens, labs) whose missed days are filled with the day before, re-dated."""
    demo = demo_diary(days, pattern, seed=seed, end=end, name=name)
    by_day = {entry.day: entry for entry in demo.entries}
    start = end - timedelta(days=days - 1)
    entries, previous = [], demo.entries[0]
    for offset in range(days):
        day = start + timedelta(days=offset)
        previous = by_day.get(day) or previous.with_changes(day=day)
        entries.append(previous)
    return ProfileDiary(demo.profile, tuple(entries), demo.doses, demo.regimens, demo.labs)


def write_diary_file(path: Path, diary: ProfileDiary) -> int:
    """A new diary file at `path` holding `diary`; returns the profile's id."""
    store = open_store(path)
    try:
        store.import_diaries([diary])
        return store.profile_named(diary.profile.name).id
    finally:
        store.close()


def write_json_export(path: Path, diary: ProfileDiary) -> Path:
    """The diary as the program's JSON export (what `symptom-diary import` reads)."""
    atomic_write_text(path, diaries_to_json([diary], EXPORTED_AT))
    return path
