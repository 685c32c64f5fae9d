"""The pattern of a period, with hand-built diaries for each pattern and each edge of issue 4."""

from datetime import timedelta

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import offset
from analysis_builders import sentences

from diary_app.analysis import analyze_period

END = START + timedelta(days=29)


def analysed(entries, end=END, **records):
    return analyze_period(diary(entries, **records), START, end)


def test_no_entries():
    result = analysed([])
    assert (result.days_logged, result.pattern, result.onset) == (0, "insufficient_data", "unknown")
    assert sum(result.laterality.values()) == 0
    assert result.treatment_response is None and result.red_flags == [] and result.adherence == []
    text = sentences(result)
    assert "No days were logged" in text[len(result.glance_lines)]  # first after "at a glance"
    assert "does not diagnose" in text[-1]


def test_one_entry():
    result = analysed([day(3, 5, 5)])
    assert result.days_logged == 1
    assert result.laterality["symmetric"] == 1
    assert result.pattern == "insufficient_data"
    assert any("Only 1 of 30 days" in m for m in sentences(result))


def test_all_zeros_is_no_symptoms():
    result = analysed([day(i) for i in range(30)])
    assert result.pattern == "no_symptoms"
    assert result.laterality["no_symptoms"] == 30
    assert result.onset == "unknown"
    assert not any(
        result.distribution.to_json_dict()[k]
        for k in ("distal_start", "ascending", "radiating_from_back", "hands_involved")
    )


def test_symmetric_month_with_one_side_only_on_a_few_days():
    entries = [day(i, 5, 6) for i in range(30)]
    entries[4] = day(4, 5, 0)
    entries[11] = day(11, 0, 4)
    entries[20] = day(20, 3, 0)
    result = analysed(entries)
    assert result.laterality == {
        "symmetric": 27,
        "asymmetric": 0,
        "left_only": 2,
        "right_only": 1,
        "no_symptoms": 0,
    }
    assert result.pattern == "symmetric"


def test_unilateral_left_and_right():
    assert analysed([day(i, 6, 0) for i in range(10)]).pattern == "unilateral_left"
    assert analysed([day(i, 0, 6) for i in range(10)]).pattern == "unilateral_right"


def test_mixed_when_no_kind_reaches_three_quarters():
    entries = [day(i, 5, 5) for i in range(6)] + [day(i, 0, 7) for i in range(6, 10)]
    result = analysed(entries)
    assert result.pattern == "mixed"
    assert "mimic sciatica" in " ".join(sentences(result))


def test_mostly_asymmetric_days_are_mixed_and_say_which_leg_led():
    entries = [day(i, 8, 2) for i in range(10)]
    result = analysed(entries)
    assert result.pattern == "mixed"
    assert result.asymmetric_stronger == {"left": 10, "right": 0}
    assert any("the left leg was stronger on 10" in m for m in sentences(result))


def test_exactly_three_quarters_is_enough():
    entries = [day(i, 4, 4) for i in range(6)] + [day(i, 4, 0) for i in range(6, 8)]
    assert analysed(entries).pattern == "symmetric"  # 6 of 8 = 0.75


def test_few_symptom_days_among_many_logged_is_insufficient():
    entries = [day(i) for i in range(20)] + [day(i, 0, 5) for i in range(20, 24)]
    result = analysed(entries)
    assert result.pattern == "insufficient_data"
    assert any("Symptoms were recorded on 4 of 24 logged days" in m for m in sentences(result))


def test_six_logged_days_are_too_few_seven_are_enough():
    assert analysed([day(i, 3, 3) for i in range(6)]).pattern == "insufficient_data"
    assert analysed([day(i, 3, 3) for i in range(7)]).pattern == "symmetric"


def test_gap_of_weeks():
    entries = [day(i, 4, 4) for i in range(5)] + [day(i, 4, 4) for i in range(50, 55)]
    result = analysed(entries, end=offset(59))
    assert (result.days_in_period, result.days_logged, result.pattern) == (60, 10, "symmetric")
    weeks = [w for w, _ in result.distribution.weekly_top]
    assert weeks == []  # no regions were marked; nothing invented for the gap


def test_entries_outside_the_period_are_ignored():
    entries = [day(-5, 0, 9), day(40, 0, 9)] + [day(i, 2, 2) for i in range(10)]
    result = analysed(entries)
    assert result.days_logged == 10 and result.pattern == "symmetric"


def test_red_flags_are_listed_whatever_the_pattern():
    entries = [day(i, 4, 4) for i in range(10)]
    entries[3] = day(3, 4, 4, red_flags=frozenset({"foot_drop", "saddle_numbness"}))
    result = analysed(entries)
    assert [r.to_json_dict() for r in result.red_flags] == [
        {"date": offset(3).isoformat(), "flags": ["saddle_numbness", "foot_drop"]}
    ]
    first = sentences(result)[0]
    assert "urgent medical attention" in first and "1 of 10 logged days" in first


def test_period_ending_before_it_starts_is_refused():
    import pytest

    with pytest.raises(ValueError):
        analyze_period(diary([]), offset(5), offset(1))
