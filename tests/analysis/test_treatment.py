"""Before and after the start of B12 treatment, and the sentences about it."""

from datetime import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import dose
from analysis_builders import offset
from analysis_builders import regimen
from analysis_builders import sentences

from diary_app.analysis import analyze_period
from diary_app.domain.messages import NumberFormat

DAY = NumberFormat().day  # a day as every sentence writes it: "1 Sep 2026"

END = START + timedelta(days=59)


def analysed(entries, doses=(), regimens=(), end=END):
    return analyze_period(diary(entries, doses=doses, regimens=regimens), START, end)


def month_of_improvement():
    """Tingling 6/6 for 30 days, then 2/4 for 30 days."""
    return [day(i, 6, 6, sensations=("tingling",), gait=2) for i in range(30)] + [
        day(i, 2, 4, sensations=("tingling",), gait=1) for i in range(30, 60)
    ]


def test_comparison_around_a_regimen_start():
    result = analysed(month_of_improvement(), regimens=[regimen(offset(30), 30)])
    r = result.treatment_response
    assert (r.started, r.source, r.days_before, r.days_after) == (offset(30), "regimen", 30, 28)
    assert (r.before_from, r.before_to, r.after_from, r.after_to) == (START, offset(29), offset(32), END)
    assert r.before["tingling"] == {"left": 6.0, "right": 6.0}
    assert r.after["tingling"] == {"left": 2.0, "right": 4.0}
    assert r.before["pain"] == {"left": 0.0, "right": 0.0}
    assert (r.gait_before, r.gait_after, r.weeks_since_start) == (2.0, 1.0, 4)
    text = " ".join(sentences(result))
    assert "Average tingling changed from 6.0 to 2.0 in the left leg and from 6.0 to 4.0" in text
    assert "(30 days before, 28 days after)" in text
    assert "does not show that the treatment caused it" in text
    assert "Average pain" not in text


def test_first_b12_dose_starts_treatment_when_there_is_no_regimen():
    doses = [dose(offset(30)), dose(offset(45), substance="ibuprofen")]
    r = analysed(month_of_improvement(), doses=doses).treatment_response
    assert (r.started, r.source) == (offset(30), "dose")


def test_first_dose_before_the_period_means_treatment_did_not_start_in_it():
    doses = [dose(START - timedelta(days=3)), dose(offset(30))]
    result = analysed(month_of_improvement(), doses=doses)
    assert result.treatment_started is None and result.treatment_response is None


def test_regimen_starting_on_the_first_day_has_nothing_before():
    result = analysed(month_of_improvement(), regimens=[regimen(START, 1, form="oral")])
    assert result.treatment_started.day == START
    assert result.treatment_response is None
    assert any("0 logged days before it and 60 from it on" in s for s in sentences(result))


def test_regimen_starting_on_the_last_day_has_one_day_after():
    result = analysed(month_of_improvement(), regimens=[regimen(END, 30)])
    assert result.treatment_response is None
    assert any("59 logged days before it and 1 from it on" in s for s in sentences(result))
    adherence = result.adherence[0]
    assert (adherence.planned, adherence.taken, adherence.missed) == (1, 0, [END])


def test_only_the_last_four_weeks_count_as_after():
    result = analysed(month_of_improvement(), regimens=[regimen(offset(10), 30)])
    r = result.treatment_response
    assert (r.before_from, r.before_to, r.days_before) == (START, offset(9), 10)
    assert (r.after_from, r.days_after) == (offset(32), 28)


def test_late_and_missed_doses_in_the_sentences():
    plan = regimen(offset(30), 7)
    doses = [dose(offset(30)), dose(offset(39))]  # on time, then 2 days late
    result = analysed(month_of_improvement(), doses=doses, regimens=[plan])
    a = result.adherence[0]
    assert (a.planned, a.taken, a.percent) == (5, 2, 40.0)
    assert a.missed == [offset(44), offset(51), offset(58)]
    text = " ".join(sentences(result))
    assert "2 of 5 planned doses taken (40.0%)" in text
    assert "up to 3 days before or after" in text
    assert f"Not found: {DAY(offset(44))}, {DAY(offset(51))}, {DAY(offset(58))}." in text


def test_doses_across_a_daylight_saving_change_use_the_local_day():
    zone = ZoneInfo("America/New_York")  # clocks fall back on 1 November 2026
    start = datetime(2026, 10, 29).date()
    plan = regimen(start, 1, form="sublingual")
    doses = [dose(datetime(2026, 10, d, 0, 30, tzinfo=zone), form="sublingual") for d in (29, 30, 31)]
    doses += [dose(datetime(2026, 11, d, 0, 30, tzinfo=zone), form="sublingual") for d in (1, 2)]
    entries = [day(start + timedelta(days=i), 3, 3) for i in range(5)]
    result = analyze_period(diary(entries, doses=doses, regimens=[plan]), start, start + timedelta(days=4))
    a = result.adherence[0]
    assert (a.planned, a.taken, a.missed) == (5, 5, [])
    assert result.treatment_started.day == start
