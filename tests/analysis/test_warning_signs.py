"""Warning signs from the whole diary: ticked before the period, and the rules the diary shows itself."""

import json
from datetime import timedelta

from analysis_builders import diary
from analysis_builders import offset
from analysis_builders import scores
from analysis_builders import sentences

from diary_app.analysis import analyze_period
from diary_app.analysis.derived_warnings import BILATERAL_RADIATING
from diary_app.analysis.derived_warnings import SECOND_LEG_JOINED
from diary_app.analysis.derived_warnings import WALKING_WORSENING
from diary_app.analysis.derived_warnings import WEAKNESS_WORSENING
from diary_app.analysis.derived_warnings import derived_warnings
from diary_app.cli import main
from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.domain.messages import NumberFormat

DAY = NumberFormat().day  # a day as every sentence writes it: "1 Sep 2026"

BACK_DOWN = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})


def sciatica(n: int, left: int, right: int, **fields) -> DayEntry:
    """Pain from the back: each affected leg has the band from the lower back down marked."""
    return DayEntry(
        day=offset(n),
        symptoms={"pain": SideScores(left, right)},
        regions_left=BACK_DOWN if left else frozenset(),
        regions_right=BACK_DOWN if right else frozenset(),
        radiates_from_back=True,
        **fields,
    )


def quiet(n: int, **fields) -> DayEntry:
    return DayEntry(day=offset(n), symptoms={"tingling": SideScores(2, 2)}, **fields)


def codes(entries) -> dict[str, tuple]:
    return {w.code: w.days for w in derived_warnings(entries)}


# Ticked signs before the period ---------------------------------------------------------------


def period_with_an_earlier_flag(days_before: int):
    flagged = quiet(0, red_flags=frozenset({"saddle_numbness", "bladder_bowel_change"}))
    later = [quiet(n) for n in range(days_before, days_before + 30)]
    return diary([flagged, *later]), offset(days_before), offset(days_before + 29)


def test_a_sign_one_day_before_the_period_is_listed_as_before_it():
    whole, start, end = period_with_an_earlier_flag(1)
    analysis = analyze_period(whole, start, end)
    assert analysis.red_flags == []  # none ticked inside
    before = analysis.warnings.to_json_dict()["before_period"]
    assert before == [
        {
            "date": offset(0).isoformat(),
            "where": "before",
            "ticked": ["saddle_numbness", "bladder_bowel_change"],
            "derived": [],
        }
    ]
    said = sentences(analysis)
    assert said[0].startswith(f"Also recorded before this period, ticked by the patient: {DAY(offset(0))} (")
    assert "numbness around the back passage or genitals" in said[0]


def test_a_sign_two_hundred_days_before_the_period_is_still_there():
    whole, start, end = period_with_an_earlier_flag(200)
    data = analyze_period(whole, start, end).to_json_dict()
    assert data["warning_signs"]["total_days"] == 1
    assert data["warning_signs"]["before_period"][0]["date"] == offset(0).isoformat()
    assert data["diary"] == {
        "first_entry": offset(0).isoformat(),
        "last_entry": offset(229).isoformat(),
        "first_day_with_symptoms": offset(0).isoformat(),
        "days_logged": 31,
    }


def test_a_sign_after_the_period_is_listed_as_after_it():
    entries = [quiet(n) for n in range(40)] + [quiet(40, red_flags=frozenset({"foot_drop"}))]
    analysis = analyze_period(diary(entries), offset(0), offset(29))
    assert [d.day for d in analysis.warnings.placed("after")] == [offset(40)]
    said = sentences(analysis)
    assert any(s.startswith("Also recorded after this period, ticked by the patient") for s in said)


def test_the_new_sign_genital_sensation_is_a_red_flag():
    entries = [quiet(n) for n in range(10)] + [quiet(10, red_flags=frozenset({"genital_sensation"}))]
    analysis = analyze_period(diary(entries), offset(0), offset(10))
    assert analysis.red_flags[0].flags == ("genital_sensation",)
    assert "changed sensation in the genitals or in sexual function" in sentences(analysis)[0]


# Both legs from the back ----------------------------------------------------------------------


def test_both_legs_radiating_from_day_one_is_a_warning_not_neuropathy():
    entries = [sciatica(n, 6, 5) for n in range(21)]
    analysis = analyze_period(diary(entries), offset(0), offset(20))
    assert codes(entries)[BILATERAL_RADIATING] == tuple(offset(n) for n in range(21))
    assert SECOND_LEG_JOINED not in codes(entries)  # both from the start: no one-sided phase
    said = " ".join(sentences(analysis))
    assert "spreading from the lower back into both legs on 21 days from" in said
    assert "describe symmetric leg symptoms in nerve damage" not in said
    assert "can mimic sciatica" not in said
    assert "it is a warning sign" in said


def test_radiates_ticked_with_both_legs_scored_counts_without_marked_places():
    entries = [DayEntry(day=offset(0), symptoms={"pain": SideScores(5, 4)}, radiates_from_back=True)]
    assert BILATERAL_RADIATING in codes(entries)


def test_feet_only_in_both_legs_with_back_pain_ticked_is_not_both_legs_from_the_back():
    feet = frozenset({"feet"})
    entries = [
        DayEntry(
            day=offset(n),
            symptoms={"tingling": SideScores(5, 5)},
            regions_left=feet,
            regions_right=feet,
            radiates_from_back=True,
        )
        for n in range(10)
    ]
    assert codes(entries) == {}


def test_a_second_leg_joining_in_the_last_two_weeks():
    entries = [sciatica(n, 7, 0) for n in range(40)] + [sciatica(n, 7, 5) for n in range(40, 52)]
    found = {w.code: w for w in derived_warnings(entries)}
    joined = found[SECOND_LEG_JOINED]
    assert joined.first == offset(40) and joined.detail == {"first_leg": "left", "new_leg": "right"}
    said = " ".join(sentences(analyze_period(diary(entries), offset(0), offset(51))))
    assert "The diary shows the right leg newly affected, after symptoms in the left leg only" in said


def test_a_stray_point_on_the_other_leg_is_not_a_second_leg():
    entries = [sciatica(n, 7, 0) for n in range(20)]
    entries += [
        e.with_changes(symptoms={"pain": SideScores(7, 0), "tingling": SideScores(0, 1)})
        for e in [sciatica(n, 7, 0) for n in range(20, 30)]
    ]
    assert codes(entries) == {}


def test_swapping_legs_swaps_the_joining_leg():
    entries = [sciatica(n, 0, 7) for n in range(10)] + [sciatica(n, 5, 7) for n in range(10, 14)]
    joined = next(w for w in derived_warnings(entries) if w.code == SECOND_LEG_JOINED)
    assert joined.detail == {"first_leg": "right", "new_leg": "left"}


# Walking and weakness getting quickly worse --------------------------------------------------


def test_walking_one_to_four_in_ten_days():
    levels = [1] * 20 + [1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    entries = [quiet(n, gait=g) for n, g in enumerate(levels)]
    found = {w.code: w for w in derived_warnings(entries)}
    walking = found[WALKING_WORSENING]
    assert walking.first == offset(25)  # level 3 held on two days against a usual 1
    assert walking.detail["from_level"] == 1 and walking.detail["to_level"] == 3
    said = " ".join(sentences(analyze_period(diary(entries), offset(0), offset(29))))
    assert "The diary shows walking getting quickly worse: from level 1" in said


def test_one_bad_walking_day_is_not_a_worsening():
    levels = [1] * 20 + [3] + [1] * 9
    assert WALKING_WORSENING not in codes([quiet(n, gait=g) for n, g in enumerate(levels)])


def test_a_slow_walking_decline_over_months_is_not_quick():
    levels = [min(4, n // 30) for n in range(120)]  # one level a month
    assert WALKING_WORSENING not in codes([quiet(n, gait=g) for n, g in enumerate(levels)])


def test_weakness_rising_in_both_legs_over_ten_days():
    entries = [scores(n, weakness=(1, 1), tingling=(3, 3)) for n in range(14)]
    entries += [scores(14 + n, weakness=(1 + n // 2, 1 + n // 2), tingling=(3, 3)) for n in range(10)]
    weak = next(w for w in derived_warnings(entries) if w.code == WEAKNESS_WORSENING)
    assert weak.detail["sides"] == ["left", "right"]
    said = " ".join(sentences(analyze_period(diary(entries), offset(0), offset(23))))
    assert "weakness getting quickly worse in both legs" in said


def test_weakness_rising_in_one_leg_names_that_leg():
    entries = [scores(n, weakness=(0, 1), pain=(5, 0)) for n in range(14)]
    entries += [scores(14 + n, weakness=(0, 5), pain=(5, 0)) for n in range(3)]
    weak = next(w for w in derived_warnings(entries) if w.code == WEAKNESS_WORSENING)
    assert weak.detail["sides"] == ["right"] and weak.first == offset(15)


# Through the command line ---------------------------------------------------------------------


def test_analyze_json_carries_the_derived_warnings_under_stable_keys(store, db_path, capsys):
    profile = store.add_profile(Profile(name="Both"))
    for n in range(10):
        store.save_entry(profile.id, sciatica(n, 6, 6), today=offset(30))
    store.close()
    assert main(["--db", str(db_path), "analyze", "--json", "--from", offset(5).isoformat()]) == 0
    data = json.loads(capsys.readouterr().out)
    derived = data["warning_signs"]["derived"]
    assert [w["code"] for w in derived] == [BILATERAL_RADIATING]
    assert derived[0]["days"] == 10 and derived[0]["first"] == offset(0).isoformat()
    assert [d["date"] for d in data["warning_signs"]["before_period"]] == [
        (offset(0) + timedelta(days=n)).isoformat() for n in range(5)
    ]
    assert data["annotations"][0].startswith("The diary shows leg symptoms spreading from the lower back")


def test_a_second_leg_at_two_points_joins_but_a_stray_one_does_not():
    def day_with(n: int, right: int) -> DayEntry:
        return DayEntry(
            day=offset(n),
            symptoms={"pain": SideScores(7, right)},
            regions_left=BACK_DOWN,
            radiates_from_back=True,
        )

    base = [day_with(n, 0) for n in range(10)]
    assert SECOND_LEG_JOINED in codes([*base, day_with(10, 2)])
    assert codes([*base, day_with(10, 1)]) == {}
