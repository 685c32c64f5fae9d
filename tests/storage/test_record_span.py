"""The first and last day of a profile's records (the Charts page's "All days"), read without loading them."""

from datetime import UTC
from datetime import date
from datetime import datetime

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile


def test_the_span_covers_entries_doses_and_labs_of_that_profile_only(store):
    ann = store.add_profile(Profile(name="Ann"))
    bob = store.add_profile(Profile(name="Bob"))
    assert store.record_span(ann.id) is None
    store.save_entry(ann.id, DayEntry(date(2026, 3, 10)), today=date(2026, 3, 10))
    assert store.record_span(ann.id) == (date(2026, 3, 10), date(2026, 3, 10))
    moment = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)
    store.add_dose(
        ann.id, Dose(taken_at=moment, substance="vitamin_b12", form="oral", amount=1000.0, unit="µg")
    )
    store.add_lab(ann.id, LabResult(day=date(2026, 4, 2), test="b12", value=300.0, unit="pg/mL"))
    store.save_entry(bob.id, DayEntry(date(2025, 1, 1)), today=date(2025, 1, 1))
    assert store.record_span(ann.id) == (date(2026, 2, 1), date(2026, 4, 2))
    assert store.record_span(bob.id) == (date(2025, 1, 1), date(2025, 1, 1))
    whole = store.load_diary(ann.id)
    days = [r.day for r in (*whole.entries, *whole.doses, *whole.labs)]
    assert store.record_span(ann.id) == (min(days), max(days))
