"""The comparison-table rows (002_beb4d002e087eae9.txt) and the associated features."""

from datetime import timedelta

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import scores

from diary_app.analysis import analyze_period
from diary_app.domain import LabResult
from diary_app.domain.messages import strip_isolates

FEET = frozenset({"feet"})
SCIATIC = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})


def rows(entries, labs=(), days=30):
    result = analyze_period(diary(entries, labs=labs), START, START + timedelta(days=days - 1))
    return {row.feature: row for row in result.features}, result


def columns(row):
    return row.b12_neuropathy, row.diabetic_neuropathy, row.sciatica


def test_symmetric_distal_gradual_diary_agrees_with_the_neuropathy_columns():
    entries = [
        day(
            i,
            1 + i // 7,
            1 + i // 7,
            regions_left=FEET,
            regions_right=FEET,
            other_symptoms=frozenset({"fatigue"}),
        )
        for i in range(28)
    ]
    table, _ = rows(entries)
    assert list(table) == ["onset", "sensation", "location", "associated"]
    assert columns(table["onset"]) == (True, True, True)
    assert columns(table["sensation"]) == (True, True, False)
    assert columns(table["location"]) == (True, True, False)  # diabetic neuropathy starts in the feet too
    assert columns(table["associated"]) == (True, False, False)
    assert "fatigue on 28 days" in strip_isolates(table["associated"].observed.render())


def test_hands_with_feet_agree_with_diabetic_location():
    regions = FEET | {"hands"}
    entries = [day(i, 4, 4, regions_left=regions, regions_right=regions) for i in range(14)]
    table, _ = rows(entries)
    assert columns(table["location"]) == (True, True, False)
    assert "hands involved (14 days)" in strip_isolates(table["location"].observed.render())


def test_one_sided_radiating_diary_agrees_with_sciatica():
    entries = [
        scores(i, pain=(0, 7), numbness=(0, 3)).with_changes(
            regions_right=SCIATIC, back_pain=6, worse_with_cough=True
        )
        for i in range(14)
    ]
    table, result = rows(entries)
    assert result.pattern == "unilateral_right"
    assert columns(table["sensation"]) == (True, True, True)
    assert columns(table["location"]) == (False, False, True)
    assert columns(table["associated"]) == (False, False, True)


def test_sudden_onset_agrees_with_sciatica_only():
    entries = [day(i) for i in range(5)] + [day(i, 0, 7) for i in range(5, 20)]
    table, _ = rows(entries)
    assert columns(table["onset"]) == (False, False, True)


def test_mild_back_ache_does_not_count_as_back_pain():
    entries = [day(i, 3, 3, back_pain=2) for i in range(14)]
    table, result = rows(entries)
    assert result.associated.days["back_pain"] == 0
    assert not table["associated"].sciatica


def test_lab_values_outside_range():
    labs = [
        LabResult(START, "hemoglobin", 10.5, "g/dL", 12, 15.5),
        LabResult(START, "hba1c", 7.9, "%", 4, 5.6),
    ]
    table, result = rows([day(i, 3, 3) for i in range(10)], labs=labs)
    assert result.associated.labs == {
        "anemia_lab": True,
        "b12_low": False,
        "mma_high": False,
        "homocysteine_high": False,
        "mcv_high": False,
        "hba1c_high": True,
    }
    assert columns(table["associated"]) == (True, True, False)


def test_gait_trend_and_falls():
    entries = [day(i, 3, 3, gait=0) for i in range(10)] + [
        day(i, 3, 3, gait=2, falls=1 if i == 15 else 0) for i in range(10, 20)
    ]
    _, result = rows(entries)
    assert result.associated.gait_trend == "worse"
    assert (result.associated.falls_total, result.associated.days["falls"]) == (1, 1)


def test_no_main_sensation_when_none_reaches_half_the_days():
    entries = [
        scores(i, **{name: (3, 3)})
        for i, name in enumerate(["tingling", "numbness", "burning", "pain", "weakness"] * 2)
    ]
    table, _ = rows(entries)
    assert columns(table["sensation"]) == (False, False, False)
    assert table["sensation"].evidence["main_sensations"] == []
