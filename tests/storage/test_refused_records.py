"""A record the schema refuses on import is named: profile, kind of record and its time."""

from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest

from diary_app.domain import Dose
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.storage.write_errors import RecordRefusedError

EST = timezone(timedelta(hours=-5))


def test_a_record_the_schema_refuses_on_import_is_named(store):
    """Past the domain's rules (the store trusts its caller), a CHECK constraint still names the
    profile and the record instead of a bare 'CHECK constraint failed'."""
    bad = Dose(
        taken_at=datetime(2026, 11, 1, 9, 0, tzinfo=EST),
        substance="vitamin_b12",
        form="oral",
        amount=-5.0,
        unit="µg",
    )
    with pytest.raises(
        RecordRefusedError,
        match=r"profile 'Ann', dose 2026-11-01T09:00:00-05:00: the diary refused it .*CHECK constraint",
    ):
        store.import_diaries([ProfileDiary(Profile(name="Ann"), doses=(bad,))])
    assert store.profiles() == []  # nothing was imported
