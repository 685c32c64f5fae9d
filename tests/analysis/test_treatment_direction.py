"""After B12 starts, the sentences follow the data: worse first and plainly, the NG239 review when
nothing improved, careful words for an improvement; folic acid first; doses counted once."""

from datetime import timedelta

from analysis_builders import day
from analysis_builders import diary
from analysis_builders import dose
from analysis_builders import offset
from analysis_builders import regimen
from analysis_builders import sentences

from diary_app.analysis import analyze_period
from diary_app.analysis.adherence import adherence_for
from diary_app.domain import DayEntry
from diary_app.domain import SideScores
from diary_app.domain.messages import NumberFormat
from diary_app.ui.regimen_presets import preset_named

DAY = NumberFormat().day  # a day as every sentence writes it: "1 Sep 2026"

REASSURANCE = "can take weeks to months"


def worsening_diary():
    """Tingling 3.8 -> 7.2 and walking 1 -> 3 with falls and a slower walk after B12 (day 30)."""
    entries = []
    for n in range(30):
        entries.append(
            DayEntry(
                day=offset(n),
                symptoms={"tingling": SideScores(4 if n % 5 else 3, 4)},
                gait=1,
                walk_10m_seconds=9.0,
            )
        )
    for n in range(30, 60):
        entries.append(
            DayEntry(
                day=offset(n),
                symptoms={"tingling": SideScores(7 if n % 5 else 8, 7)},
                gait=3,
                falls=1 if n % 10 == 0 else 0,
                walk_10m_seconds=12.5,
            )
        )
    return diary(entries, doses=[dose(offset(30))], regimens=[regimen(offset(30), 30)])


def test_worse_since_treatment_is_said_first_and_without_reassurance():
    analysis = analyze_period(worsening_diary(), offset(0), offset(59))
    said = sentences(analysis)
    treatment = [s for s in said if s.startswith(("Worse since", "Vitamin B12 treatment started"))]
    first = treatment[0]
    assert first.startswith(
        f"Worse since vitamin B12 treatment started on {DAY(offset(30))}: "
        "tingling in the left leg from 3.8 to 7.2"
    )
    assert "walking from 1.0 to 3.0" in first and "falls from 0 in 30 logged days to 2 in 28" in first
    assert "the timed 10-metre walk from 9.0 to 12.5 seconds" in first
    assert "worth telling the clinician soon" in first
    assert not any(REASSURANCE in s for s in said)
    direction = analysis.to_json_dict()["treatment_direction"]
    assert direction["direction"] == "worse"
    assert {"measure": "gait", "side": None, "before": 1.0, "after": 3.0} in direction["worse"]


def steady_diary(after_scores, weeks_after: int):
    entries = [day(n, 5, 5) for n in range(28)]
    entries += [day(n, *after_scores(n - 28)) for n in range(28, 28 + 7 * weeks_after)]
    return diary(entries, doses=[dose(offset(28))])


def test_steady_improvement_keeps_its_careful_wording():
    improving = steady_diary(lambda k: (max(1, 5 - k // 14), max(1, 5 - k // 14)), 10)
    said = sentences(analyze_period(improving, offset(0), offset(97)))
    assert any(
        s == "The diary shows improvement since treatment started; a change in the diary does not show "
        "that the treatment caused it."
        for s in said
    )
    assert not any(s.startswith("Worse since") for s in said)


def test_no_change_after_fourteen_weeks_points_to_the_ng239_review():
    flat = steady_diary(lambda k: (5, 5), 14)
    analysis = analyze_period(flat, offset(0), offset(28 + 98 - 1))
    said = sentences(analysis)
    assert analysis.treatment_response.weeks_since_start == 13
    assert any(
        s.startswith(
            "13 weeks after vitamin B12 treatment started, the diary shows no clear "
            "improvement. "
            "The guidance this program follows (NICE NG239) suggests"
        )
        for s in said
    )
    assert not any(REASSURANCE in s for s in said)


def test_the_after_window_ends_at_the_last_logged_day():
    entries = [day(n, 5, 5) for n in range(40)]
    whole = diary(entries, doses=[dose(offset(20))])
    analysis = analyze_period(whole, offset(0), offset(39 + 30))  # the period runs 30 days past the diary
    response = analysis.treatment_response
    assert response is not None and response.after_to == offset(39)
    assert response.days_after == 20 and response.days_since_start == 19


def test_folic_acid_before_b12_is_noted_for_the_clinician():
    entries = [day(n, 3, 3) for n in range(20)]
    folic = dose(offset(2), form="oral", substance="Folic acid 5 mg")
    whole = diary(entries, doses=[folic, dose(offset(10))])
    analysis = analyze_period(whole, offset(0), offset(19))
    assert analysis.to_json_dict()["folic_acid_before_b12"] == {
        "folic_acid_from": offset(2).isoformat(),
        "first_b12": offset(10).isoformat(),
    }
    assert any(
        s.startswith(
            f"Folic acid is logged from {DAY(offset(2))}, before the first vitamin B12 on "
            f"{DAY(offset(10))}. "
            "NICE NG239 advises starting B12 before folic acid"
        )
        for s in sentences(analysis)
    )


def test_folic_acid_after_b12_says_nothing():
    whole = diary(
        [day(n, 3, 3) for n in range(20)],
        doses=[dose(offset(2)), dose(offset(10), form="oral", substance="folate")],
    )
    assert analyze_period(whole, offset(0), offset(19)).folic_first is None


def test_loading_then_maintenance_with_every_dose_taken_is_complete_not_double_counted():
    loading, maintenance = preset_named("loading_then_maintenance").regimens(offset(0))
    assert maintenance.start == loading.end + timedelta(days=1)
    taken = [dose(offset(n)) for n in range(0, 14, 2)] + [
        dose(maintenance.start + timedelta(days=60 * k)) for k in range(3)
    ]
    end = maintenance.start + timedelta(days=130)
    regimens = [loading, maintenance]
    results = [adherence_for(r, taken, offset(0), end, regimens) for r in regimens]
    assert [(a.planned, a.taken, a.percent) for a in results] == [(7, 7, 100.0), (3, 3, 100.0)]
    assert sum(a.taken for a in results) == len(taken)


def test_a_loading_dose_does_not_stand_in_for_a_missed_maintenance_dose():
    loading, maintenance = preset_named("loading_then_maintenance").regimens(offset(0))
    taken = [dose(offset(n)) for n in range(0, 14, 2)]  # the maintenance dose was never taken
    regimens = [loading, maintenance]
    result = adherence_for(maintenance, taken, offset(0), maintenance.start + timedelta(days=20), regimens)
    assert (result.planned, result.taken, result.missed) == (1, 0, [maintenance.start])
    alone = adherence_for(maintenance, taken, offset(0), maintenance.start + timedelta(days=20))
    assert alone.taken == 1  # without the other regimen the loading dose would have been counted
