"""Distribution: distal start, ascending spread by week, radiation from the back, the hands."""

from datetime import timedelta

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import offset

from diary_app.analysis import analyze_period

FEET = frozenset({"feet"})
CALVES = frozenset({"feet", "lower_leg"})
THIGHS = frozenset({"feet", "lower_leg", "knee_thigh"})
SCIATIC = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})


def both(i, regions, left=4, right=4, **fields):
    return day(i, left, right, regions_left=regions, regions_right=regions, **fields)


def distribution(entries, days=42):
    return analyze_period(diary(entries), START, START + timedelta(days=days - 1)).distribution


def test_distal_start_and_ascending_spread():
    entries = (
        [both(i, FEET) for i in range(14)]
        + [both(i, CALVES) for i in range(14, 28)]
        + [both(i, THIGHS) for i in range(28, 42)]
    )
    d = distribution(entries)
    assert d.distal_start and d.ascending
    assert (d.early_days, d.early_distal_days) == (7, 7)
    assert [r for _, r in d.weekly_top] == [
        "feet",
        "feet",
        "lower_leg",
        "lower_leg",
        "knee_thigh",
        "knee_thigh",
    ]
    assert (d.spread_from, d.spread_to) == ("feet", "knee_thigh")


def test_a_single_higher_week_is_not_a_spread():
    entries = [both(i, FEET) for i in range(42)]
    entries[20] = both(20, THIGHS)
    d = distribution(entries)
    assert d.distal_start and not d.ascending


def test_spread_then_recovery_still_counts_as_a_spread():
    entries = (
        [both(i, FEET) for i in range(7)]
        + [both(i, THIGHS) for i in range(7, 21)]
        + [both(i, FEET) for i in range(21, 42)]
    )
    assert distribution(entries).ascending


def test_weeks_without_regions_are_skipped_not_counted_as_falls():
    entries = (
        [both(i, FEET) for i in range(7)]
        + [day(i, 4, 4) for i in range(7, 21)]
        + [both(i, CALVES) for i in range(21, 35)]
    )
    d = distribution(entries)
    assert [w for w, _ in d.weekly_top] == [1, 4, 5]
    assert d.ascending


def test_two_weeks_of_regions_cannot_show_a_spread():
    entries = [both(i, FEET) for i in range(7)] + [both(i, THIGHS) for i in range(7, 14)]
    assert not distribution(entries, days=14).ascending


def test_radiating_down_one_leg():
    entries = [day(i, 0, 6, regions_right=SCIATIC) for i in range(10)]
    d = distribution(entries, days=10)
    assert d.radiating_from_back and d.radiating_days == 10 and not d.distal_start


def test_radiates_ticked_counts_even_without_regions():
    entries = [day(i, 6, 0, radiates_from_back=True) for i in range(4)] + [day(i, 6, 0) for i in range(4, 8)]
    d = distribution(entries, days=8)
    assert d.radiating_days == 4 and d.radiating_from_back  # 4 of 8 = half


def test_radiation_on_both_legs_is_not_down_one_leg():
    entries = [both(i, SCIATIC, radiates_from_back=True) for i in range(10)]
    assert not distribution(entries, days=10).radiating_from_back


def test_asymmetric_day_uses_the_stronger_leg():
    entries = [day(i, 2, 8, regions_left=FEET, regions_right=SCIATIC) for i in range(10)]
    d = distribution(entries, days=10)
    assert d.radiating_from_back


def test_hands_need_three_days():
    with_hands = FEET | {"hands"}
    two = [both(i, with_hands if i < 2 else FEET) for i in range(10)]
    three = [both(i, with_hands if i < 3 else FEET) for i in range(10)]
    assert not distribution(two, days=10).hands_involved
    assert distribution(three, days=10).hands_involved


def test_regions_on_symptom_free_days_are_ignored():
    entries = [day(i, regions_left=SCIATIC) for i in range(5)] + [both(i, FEET) for i in range(5, 15)]
    d = distribution(entries, days=15)
    assert d.distal_start and d.region_days == 10 and d.early_days == 7
    assert offset(0) == START
