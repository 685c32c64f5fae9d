"""The shared strategies only produce records that pass domain validation."""

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings

from diary_app.domain import dose_errors
from diary_app.domain import entry_errors
from diary_app.domain import lab_errors
from diary_app.domain import profile_errors
from diary_app.domain import regimen_errors
from tests.strategies import diary_lists


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diary_lists())
def test_generated_diaries_are_valid(diaries):
    for diary in diaries:
        assert profile_errors(diary.profile) == []
        assert diary.profile.name.strip()
        assert len({e.day for e in diary.entries}) == len(diary.entries)
        for check, records in (
            (entry_errors, diary.entries),
            (dose_errors, diary.doses),
            (regimen_errors, diary.regimens),
            (lab_errors, diary.labs),
        ):
            for record in records:
                assert check(record) == []
