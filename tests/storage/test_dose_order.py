"""Doses are ordered by the instant they were taken, not by the text of their time."""

from datetime import datetime
from datetime import timedelta
from datetime import timezone

from diary_app.domain import Dose
from diary_app.domain import Profile

EDT, EST = timezone(timedelta(hours=-4)), timezone(timedelta(hours=-5))


def test_two_doses_in_the_repeated_autumn_hour_come_back_in_the_order_taken(store):
    ann = store.add_profile(Profile(name="Ann"))
    first = datetime(2026, 11, 1, 1, 30, tzinfo=EDT)  # 05:30 UTC
    second = datetime(2026, 11, 1, 1, 10, tzinfo=EST)  # 06:10 UTC, an hour after the clocks went back
    assert first.isoformat() > second.isoformat() and first < second
    for moment in (second, first):  # stored in the wrong order on purpose
        store.add_dose(
            ann.id, Dose(taken_at=moment, substance="vitamin_b12", form="oral", amount=1000.0, unit="µg")
        )
    assert [d.taken_at for d in store.doses(ann.id)] == [first, second]
    assert [d.taken_at for d in store.load_diary(ann.id).doses] == [first, second]
    assert store.doses(ann.id)[0].taken_at.utcoffset() == timedelta(hours=-4)
