"""Imports change the diary completely or not at all; dates are not overwritten without --replace."""

import json
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from diary_app.demo import demo_diary
from diary_app.exchange import ImportFormatError
from diary_app.exchange import diaries_from_json
from diary_app.exchange import diaries_to_json
from diary_app.storage import DuplicateError

EXPORTED_AT = datetime(2026, 11, 25, tzinfo=UTC)


def content(store) -> str:
    """Everything the diary holds, as SQL text."""
    return "\n".join(store.db.conn.iterdump())


def demo_json(*names: str, days: int = 30) -> dict:
    diaries = [
        demo_diary(days, "mixed", seed=i, end=date(2026, 11, 25), name=name) for i, name in enumerate(names)
    ]
    return json.loads(diaries_to_json(diaries, EXPORTED_AT))


@pytest.fixture
def filled(store):
    store.import_diaries(diaries_from_json(json.dumps(demo_json("Amal", "Sami"))))
    return store


def test_a_bad_record_in_the_middle_leaves_the_diary_unchanged(filled):
    before = content(filled)
    document = demo_json("Amal", "Nadia", "Omar", days=60)
    middle = document["profiles"][1]["entries"]
    middle[len(middle) // 2]["symptoms"]["pain"]["left"] = 12
    with pytest.raises(ImportFormatError, match=r"profile 'Nadia', entry .*, field 'symptoms.pain.left'"):
        filled.import_diaries(diaries_from_json(json.dumps(document)), replace_days=True)
    assert content(filled) == before


def test_a_clash_in_the_last_profile_rolls_back_the_earlier_ones(filled):
    before = content(filled)
    diaries = [
        demo_diary(40, "symmetric", seed=9, end=date(2026, 9, 1), name="New person"),
        demo_diary(5, "symmetric", seed=9, end=date(2026, 11, 25), name="Sami"),
    ]
    with pytest.raises(DuplicateError, match="profile 'Sami' already has an entry for 2026-11-21"):
        filled.import_diaries(diaries)
    assert content(filled) == before
    assert [p.name for p in filled.profiles()] == ["Amal", "Sami"]


def test_replace_overwrites_the_days_and_keeps_the_others(filled):
    sami = filled.profile_named("Sami")
    kept = filled.entry(sami.id, date(2026, 11, 1))
    newer = demo_diary(3, "unilateral-left", seed=1, end=date(2026, 11, 25), name="Sami")
    counts = filled.import_diaries([newer], replace_days=True)
    assert counts["entries"] == 3 and counts["profiles_created"] == 0
    assert filled.entry(sami.id, date(2026, 11, 25)) == newer.entries[-1]
    assert filled.entry(sami.id, date(2026, 11, 1)) == kept


def test_importing_the_same_export_twice_adds_no_doses_regimens_or_labs(filled):
    again = diaries_from_json(json.dumps(demo_json("Amal", "Sami")))
    before = {table: filled.db[table].count for table in ("doses", "regimens", "labs")}
    counts = filled.import_diaries(again, replace_days=True)
    assert (counts["doses"], counts["regimens"], counts["labs"]) == (0, 0, 0)
    assert {table: filled.db[table].count for table in before} == before


def test_new_profile_names_create_profiles_and_records_land(store):
    counts = store.import_diaries(diaries_from_json(json.dumps(demo_json("Amal", days=60))))
    (amal,) = store.profiles()
    diary = store.load_diary(amal.id)
    assert counts == {
        "profiles_created": 1,
        "entries": len(diary.entries),
        "doses": len(diary.doses),
        "regimens": len(diary.regimens),
        "labs": len(diary.labs),
    }
