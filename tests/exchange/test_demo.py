"""Demo diaries: valid, deterministic, and shaped like the pattern they are named after."""

from datetime import date
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app.demo import PATTERNS
from diary_app.demo import demo_diary
from diary_app.domain import dose_errors
from diary_app.domain import entry_errors
from diary_app.domain import lab_errors
from diary_app.domain import profile_errors
from diary_app.domain import regimen_errors
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import LEG_REGIONS_BOTTOM_UP
from diary_app.domain.vocab import SENSATIONS

END = date(2026, 11, 25)


def _all_errors(diary):
    checks = (
        (entry_errors, diary.entries),
        (dose_errors, diary.doses),
        (regimen_errors, diary.regimens),
        (lab_errors, diary.labs),
    )
    return profile_errors(diary.profile) + [e for check, rs in checks for r in rs for e in check(r)]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 400), st.sampled_from(PATTERNS), st.integers(0, 10**6))
def test_every_demo_is_valid_within_its_period_and_repeatable(days, pattern, seed):
    diary = demo_diary(days, pattern, seed=seed, end=END)
    assert _all_errors(diary) == []
    start = END - timedelta(days=days - 1)
    assert all(start <= e.day <= END for e in diary.entries)
    assert all(start <= d.day <= END for d in diary.doses)
    assert all(start <= lab.day <= END for lab in diary.labs)
    assert diary.entries[-1].day == END
    assert demo_diary(days, pattern, seed=seed, end=END) == diary


def test_seeds_give_different_diaries_and_bad_arguments_are_refused():
    assert demo_diary(60, seed=1, end=END) != demo_diary(60, seed=2, end=END)
    with pytest.raises(ValueError, match="unknown demo pattern"):
        demo_diary(10, "sideways")
    with pytest.raises(ValueError, match="between 1 and"):
        demo_diary(0)


def test_the_end_defaults_to_today():
    assert demo_diary(5).entries[-1].day == date.today()


def _highest_region(regions) -> int:
    return max(LEG_REGIONS_BOTTOM_UP.index(r) for r in regions if r in LEG_REGIONS_BOTTOM_UP)


def test_symmetric_both_legs_alike_starting_in_the_feet_and_spreading_up():
    diary = demo_diary(120, "symmetric", seed=4, end=END)
    entries = diary.entries
    assert 100 <= len(entries) < 120  # some days are missed
    for entry in entries:
        assert all(abs(entry.score(s, "left") - entry.score(s, "right")) <= 2 for s in SENSATIONS)
        assert "feet" in entry.regions_left and "feet" in entry.regions_right
    first_weeks = [_highest_region(e.regions_left) for e in entries[:10]]
    before_treatment = [_highest_region(e.regions_left) for e in entries[30:40]]
    assert max(first_weeks) == 0 and min(before_treatment) >= 1
    assert sum("fatigue" in e.other_symptoms for e in entries) > len(entries) / 2
    notes = [e.notes for e in entries if e.notes]
    assert any("\u0600" <= ch <= "\u06ff" for n in notes for ch in n)
    assert any(n.isascii() for n in notes)


def test_symmetric_has_b12_treatment_labs_and_improvement():
    diary = demo_diary(150, "symmetric", seed=4, end=END)
    first_dose = min(d.day for d in diary.doses if d.substance == B12)
    assert {r.every_days for r in diary.regimens} == {2, 30}
    assert all(r.compound == "hydroxocobalamin" and r.amount == 1000 for r in diary.regimens)
    loading = next(r for r in diary.regimens if r.every_days == 2)
    assert loading.start == first_dose or first_dose - loading.start <= timedelta(days=1)
    assert 40 <= (first_dose - (END - timedelta(days=149))).days <= 60
    b12 = sorted((lab.day, lab.value) for lab in diary.labs if lab.test == "b12")
    assert b12[0][0] < first_dose and b12[0][1] < 200 and b12[-1][1] > 400
    assert {lab.test for lab in diary.labs} >= {"b12", "mma", "homocysteine"}

    def mean_tingling(first, last):
        chosen = [e for e in diary.entries if first <= e.day <= last]
        return sum(e.score("tingling", "left") for e in chosen) / len(chosen)

    peak = mean_tingling(first_dose, first_dose + timedelta(days=20))
    assert mean_tingling(END - timedelta(days=20), END) < peak - 1.5


@pytest.mark.parametrize(
    "pattern, side, other", [("unilateral-left", "left", "right"), ("unilateral-right", "right", "left")]
)
def test_unilateral_one_leg_from_the_back(pattern, side, other):
    diary = demo_diary(90, pattern, seed=2, end=END)
    symptomatic = [e for e in diary.entries if any(e.side_scores(side))]
    assert len(symptomatic) > 60
    for entry in diary.entries:
        assert entry.side_scores(other) == (0, 0, 0, 0, 0) and entry.regions(other) == frozenset()
    for entry in symptomatic:
        assert {"lower_back", "buttock_hip"} <= entry.regions(side)
        assert entry.back_pain >= 2
    assert sum(e.radiates_from_back for e in symptomatic) > 0.8 * len(symptomatic)
    assert sum(e.worse_with_cough for e in symptomatic) > 0.3 * len(symptomatic)
    assert sum(e.worse_with_sitting for e in symptomatic) > 0.4 * len(symptomatic)
    assert diary.regimens == () and all(d.substance != B12 for d in diary.doses)


def test_mixed_has_both_kinds_of_day():
    diary = demo_diary(120, "mixed", seed=3, end=END)
    both_legs = [e for e in diary.entries if any(e.side_scores("left")) and any(e.side_scores("right"))]
    one_leg_radiating = [e for e in diary.entries if e.radiates_from_back]
    assert len(both_legs) > 20 and len(one_leg_radiating) > 10
    assert diary.regimens and any(d.substance == B12 for d in diary.doses)
