"""JSON diary v1 round trips: any valid diary, through the database, and the demo data exactly."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings

from diary_app.demo import PATTERNS
from diary_app.demo import demo_diary
from diary_app.exchange import diaries_from_json
from diary_app.exchange import diaries_to_json
from diary_app.storage import open_store
from tests.strategies import diary_lists
from tests.strategies import offsets
from tests.strategies import without_ids

EXPORTED_AT = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=3)))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diary_lists())
def test_any_valid_diary_round_trips_through_json(diaries):
    text = diaries_to_json(diaries, EXPORTED_AT)
    back = diaries_from_json(text)
    assert back == diaries
    assert offsets(back) == offsets(diaries)
    assert diaries_to_json(back, EXPORTED_AT) == text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(diaries=diary_lists(max_profiles=2))
def test_any_valid_diary_round_trips_through_the_database(tmp_path_factory, diaries):
    store = open_store(tmp_path_factory.mktemp("db") / "diary.sqlite3")
    try:
        store.import_diaries(diaries_from_json(diaries_to_json(diaries, EXPORTED_AT)))
        stored = [without_ids(store.load_diary(p.id)) for p in store.profiles()]
    finally:
        store.close()
    by_name = {d.profile.name: d for d in diaries}
    assert [d.profile.name for d in stored] == [d.profile.name for d in diaries]
    for diary in stored:
        original = by_name[diary.profile.name]
        assert diary.profile == original.profile
        assert diary.entries == original.entries
        assert_same_records(
            [(d, d.taken_at.isoformat()) for d in diary.doses],
            [(d, d.taken_at.isoformat()) for d in original.doses],
        )
        assert_same_records(diary.regimens, original.regimens)
        assert_same_records(diary.labs, original.labs)


def assert_same_records(found, expected) -> None:
    """The same records in any order (the database sorts doses by time, labs by date)."""
    remaining = list(expected)
    for record in found:
        remaining.remove(record)
    assert remaining == []


def _export(store) -> str:
    return diaries_to_json([store.load_diary(p.id) for p in store.profiles()], EXPORTED_AT)


def test_demo_data_round_trips_exactly(tmp_path):
    first = open_store(tmp_path / "first.sqlite3")
    first.import_diaries(
        demo_diary(120, pattern, seed=7, end=date(2026, 11, 25), name=pattern) for pattern in PATTERNS
    )
    exported = _export(first)
    first.close()
    second = open_store(tmp_path / "second.sqlite3")
    counts = second.import_diaries(diaries_from_json(exported))
    again = _export(second)
    second.close()
    assert again == exported
    assert counts["profiles_created"] == len(PATTERNS)
    assert counts["entries"] > 300 and counts["doses"] > 10 and counts["labs"] > 10


@pytest.mark.parametrize("pattern", PATTERNS)
def test_demo_diary_survives_json_unchanged(pattern):
    diary = demo_diary(200, pattern, seed=3, end=date(2026, 11, 25))
    (back,) = diaries_from_json(diaries_to_json([diary], EXPORTED_AT))
    assert back == diary
    assert offsets([back]) == offsets([diary])


def test_the_issue_example_reads_with_defaults_for_missing_optional_keys():
    text = """{"format": "symptom-diary", "version": 1, "exported_at": "2026-11-25T10:00:00+00:00",
     "profiles": [{"name": "Example", "birth_year": 1958, "notes": "",
       "entries": [{"date": "2026-10-01",
          "symptoms": {"tingling": {"left": 4, "right": 5}, "numbness": {"left": 3, "right": 3},
                       "burning": {"left": 0, "right": 0}, "pain": {"left": 2, "right": 2},
                       "weakness": {"left": 0, "right": 1}},
          "regions": {"left": ["feet", "lower_leg"], "right": ["feet"]},
          "back_pain": 0, "radiates_from_back": false, "worse_with_cough": false,
          "worse_with_sitting": false, "gait": 1, "falls": 0, "walk_10m_seconds": null,
          "other_symptoms": ["fatigue"], "red_flags": [], "notes": ""},
          {"date": "2026-10-02"}],
       "doses": [{"taken_at": "2026-10-01T09:00:00+03:00", "substance": "vitamin_b12",
          "form": "injection", "compound": "hydroxocobalamin", "amount": 1000, "unit": "µg",
          "notes": ""}],
       "regimens": [{"substance": "vitamin_b12", "form": "injection", "amount": 1000, "unit": "µg",
          "every_days": 7, "start": "2026-10-01", "end": null}],
       "labs": [{"date": "2026-09-20", "test": "b12", "value": 150, "unit": "pg/mL"}]}]}"""
    (diary,) = diaries_from_json(text)
    first, second = diary.entries
    assert first.score("tingling", "right") == 5 and first.regions_left == {"feet", "lower_leg"}
    assert first.ask_doctor is False and second.side_scores("left") == (0, 0, 0, 0, 0)
    assert second.notes == "" and second.walk_10m_seconds is None
    (dose,) = diary.doses
    assert dose.taken_at.isoformat() == "2026-10-01T09:00:00+03:00" and dose.site == ""
    (regimen,) = diary.regimens
    assert regimen.compound == "" and regimen.notes == "" and regimen.end is None
    (lab,) = diary.labs
    assert (lab.ref_low, lab.ref_high) == (None, None)
    assert diary.profile.birth_year == 1958
