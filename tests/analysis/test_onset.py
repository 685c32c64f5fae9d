"""Onset from the first four weeks: gradual, sudden, or unknown when the diary starts steady."""

from datetime import timedelta

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary

from diary_app.analysis import analyze_period


def onset(entries, days=60):
    return analyze_period(diary(entries), START, START + timedelta(days=days - 1)).onset_detail


def test_gradual_rise():
    entries = [day(i, 1 + i // 7, 1 + i // 7) for i in range(28)]  # 1,1,..2,..3,..4
    found = onset(entries)
    assert found.kind == "gradual"
    assert (found.first_week_mean, found.last_week_mean) == (1.0, 4.0)


def test_sudden_jump_that_holds():
    entries = [day(i, 0, 1) for i in range(10)] + [day(i, 0, 7) for i in range(10, 28)]
    found = onset(entries)
    assert found.kind == "sudden"
    assert found.jump == (START + timedelta(days=9), 1, START + timedelta(days=10), 7)


def test_a_single_bad_day_is_not_a_sudden_onset():
    entries = [day(i, 2, 2) for i in range(28)]
    entries[10] = day(10, 8, 8)
    assert onset(entries).kind == "unknown"


def test_jump_across_three_missed_days_is_still_sudden():
    entries = [day(i, 1, 1) for i in range(5)] + [day(i, 7, 7) for i in range(8, 28)]
    assert onset(entries).kind == "sudden"


def test_jump_across_a_longer_gap_is_unknown_not_a_guess():
    entries = [day(i, 1, 1) for i in range(5)] + [day(i, 7, 7) for i in range(9, 28)]
    found = onset(entries)
    assert found.jump is None and found.kind == "unknown"


def test_steady_from_the_start_is_unknown():
    assert onset([day(i, 6, 6) for i in range(28)]).kind == "unknown"


def test_too_short_for_a_first_and_last_week_is_unknown():
    entries = [day(i, 1 + i, 1 + i) for i in range(5)]
    assert onset(entries).kind == "unknown"


def test_window_is_four_weeks_from_the_first_logged_day():
    late_rise = [day(i, 2, 2) for i in range(28)] + [day(i, 9, 9) for i in range(28, 50)]
    found = onset(late_rise)
    assert found.kind == "unknown" and found.days == 28


def test_no_symptoms_no_onset():
    found = onset([day(i) for i in range(28)])
    assert (found.kind, found.days) == ("unknown", 0)


def test_symptom_free_weeks_before_a_sudden_start():
    entries = [day(i) for i in range(40)] + [day(i, 0, 8) for i in range(40, 60)]
    found = onset(entries)
    assert found.kind == "sudden" and found.window_start == START + timedelta(days=39)


def test_symptom_free_weeks_before_a_gradual_start():
    entries = [day(i) for i in range(30)] + [
        day(i, 1 + (i - 30) // 7, 1 + (i - 30) // 7) for i in range(30, 60)
    ]
    assert onset(entries).kind == "gradual"
