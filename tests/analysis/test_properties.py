"""Properties of the pattern engine (hypothesis): symmetry under swapping legs, stability, sums."""

import copy
import statistics
from datetime import date
from datetime import timedelta

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app.analysis import analyze_period
from diary_app.analysis import laterality_of_day
from diary_app.analysis.days import facts_of
from diary_app.analysis.derived_warnings import median_low
from diary_app.domain import DayEntry
from diary_app.domain import ProfileDiary
from diary_app.domain import SideScores
from diary_app.domain.vocab import SENSATIONS
from tests.strategies import day_entries
from tests.strategies import doses
from tests.strategies import profiles
from tests.strategies import regimens

START, DAYS = date(2026, 3, 1), 70  # spans the March daylight-saving changes of many zones
END = START + timedelta(days=DAYS - 1)
SWAP = {
    "left_only": "right_only",
    "right_only": "left_only",
    "unilateral_left": "unilateral_right",
    "unilateral_right": "unilateral_left",
    "left": "right",
    "right": "left",
}


@st.composite
def leg_scores(draw) -> dict[str, SideScores]:
    """Scores that are often symmetric or one-sided, as real diaries are, not uniformly random."""
    shape = draw(st.sampled_from(("similar", "left", "right", "none", "any")))
    found = {}
    for name in SENSATIONS:
        base = draw(st.integers(0, 10))
        if shape == "similar":
            other = min(10, max(0, base + draw(st.integers(-2, 2))))
            found[name] = SideScores(base, other)
        elif shape in ("left", "right"):
            found[name] = SideScores(base, 0) if shape == "left" else SideScores(0, base)
        elif shape == "none":
            found[name] = SideScores()
        else:
            found[name] = SideScores(base, draw(st.integers(0, 10)))
    return found


@st.composite
def period_diaries(draw) -> ProfileDiary:
    offsets = draw(st.lists(st.integers(0, DAYS - 1), unique=True, max_size=40))
    entries = []
    for offset in sorted(offsets):
        entry = draw(day_entries(st.just(START + timedelta(days=offset)), notes_size=0))
        entries.append(entry.with_changes(symptoms=draw(leg_scores())))
    first, last = START - timedelta(days=20), END + timedelta(days=5)
    taken = tuple(draw(st.lists(doses(first, last), max_size=6)))
    return ProfileDiary(
        draw(profiles()), tuple(entries), taken, tuple(draw(st.lists(regimens(first, last), max_size=3)))
    )


def swapped(diary: ProfileDiary) -> ProfileDiary:
    return ProfileDiary(
        diary.profile,
        tuple(e.swapped_sides() for e in diary.entries),
        diary.doses,
        diary.regimens,
        diary.labs,
    )


def mirror(data: dict) -> dict:
    """The analysis JSON with left and right exchanged where the legs appear: nowhere else."""
    data = copy.deepcopy(data)
    for counts, left, right in (
        (data["laterality"], "left_only", "right_only"),
        (data["asymmetric_stronger"], "left", "right"),
    ):
        counts[left], counts[right] = counts[right], counts[left]
    data["pattern"] = SWAP.get(data["pattern"], data["pattern"])
    for row in data["features"]:
        if "pattern" in row["evidence"]:
            row["evidence"]["pattern"] = SWAP.get(row["evidence"]["pattern"], row["evidence"]["pattern"])
    for change in _direction_changes(data):
        change["side"] = OTHER_SIDE.get(change["side"], change["side"])
    _sort_direction(data)
    for row in data["at_a_glance"]["sensations"]:
        for key in ("start", "now"):
            row[key]["left"], row[key]["right"] = row[key]["right"], row[key]["left"]
    for warning in data["warning_signs"]["derived"]:
        _mirror_warning_detail(warning["detail"])
    places = data["distribution"]["places"]
    for band in [places["band"], *places["bands"]]:
        if band is not None:
            band["side"] = OTHER_SIDE[band["side"]]
    response = data["treatment_response"]
    if response is not None:
        for means in (response["before"], response["after"]):
            for sides in means.values():
                sides["left"], sides["right"] = sides["right"], sides["left"]
    return data


OTHER_SIDE = {"left": "right", "right": "left"}


def _direction_changes(data: dict) -> list[dict]:
    direction = data["treatment_direction"]
    return [] if direction is None else direction["worse"] + direction["better"]


def _mirror_warning_detail(detail: dict) -> None:
    for key in ("first_leg", "new_leg"):
        if key in detail:
            detail[key] = OTHER_SIDE[detail[key]]
    if "sides" in detail:
        detail["sides"] = sorted(OTHER_SIDE[s] for s in detail["sides"])
        detail["first_rise"] = {OTHER_SIDE[s]: v for s, v in detail["first_rise"].items()}


def _sort_direction(data: dict) -> None:
    direction = data["treatment_direction"]
    if direction is not None:
        for key in ("worse", "better"):
            direction[key].sort(key=lambda c: (c["measure"], c["side"] or ""))


def comparable(analysis) -> dict:
    """The JSON without the sentences, which name the legs in words; lists whose order follows
    the legs are sorted."""
    data = analysis.to_json_dict()
    _sort_direction(data)
    data.pop("annotations")
    data["at_a_glance"].pop("sentences")
    for row in data["features"]:
        row.pop("observed")
    return data


@settings(max_examples=40, deadline=None)
@given(period_diaries())
def test_swapping_legs_swaps_sides_and_changes_nothing_else(diary):
    original = analyze_period(diary, START, END)
    mirrored = analyze_period(swapped(diary), START, END)
    assert comparable(mirrored) == mirror(comparable(original))
    assert len(mirrored.annotations) == len(original.annotations)


@settings(max_examples=40, deadline=None)
@given(period_diaries(), st.integers(0, DAYS - 1))
def test_adding_a_symptom_free_day_never_makes_symmetric_one_sided(diary, offset):
    before = analyze_period(diary, START, END).pattern
    new_day = START + timedelta(days=offset)
    if any(e.day == new_day for e in diary.entries):
        return
    quiet = ProfileDiary(diary.profile, (*diary.entries, DayEntry(day=new_day)), diary.doses, diary.regimens)
    after = analyze_period(quiet, START, END).pattern
    assert after not in ("unilateral_left", "unilateral_right") or before not in ("symmetric",)
    if before == "symmetric":
        assert after == "symmetric"


@settings(max_examples=40, deadline=None)
@given(period_diaries())
def test_laterality_counts_sum_to_days_logged(diary):
    result = analyze_period(diary, START, END)
    assert sum(result.laterality.values()) == result.days_logged == len(diary.entries)
    assert result.symptom_days == result.days_logged - result.laterality["no_symptoms"]


@settings(max_examples=200)
@given(day_entries(notes_size=0))
def test_one_pass_facts_follow_the_published_rule(entry):
    assert facts_of(entry).kind == laterality_of_day(entry)
    assert laterality_of_day(entry.swapped_sides()) == SWAP.get(
        laterality_of_day(entry), laterality_of_day(entry)
    )


@given(st.lists(st.integers(min_value=-5, max_value=10), min_size=1, max_size=30))
def test_the_warnings_median_is_statistics_median_low(values):
    before = list(values)
    assert median_low(values) == statistics.median_low(values)
    assert values == before  # the caller's list is not sorted in place
