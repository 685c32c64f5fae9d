"""Adherence: planned dates, the tolerance, late doses, daylight-saving days, next due date."""

from dataclasses import replace
from datetime import date
from datetime import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

from analysis_builders import dose
from analysis_builders import regimen
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app.analysis import adherence_for
from diary_app.analysis import dose_matches_regimen
from diary_app.analysis import next_due
from diary_app.analysis import tolerance_days
from diary_app.analysis.adherence import earliest_matchable_day
from tests.strategies import doses
from tests.strategies import regimens

BERLIN = ZoneInfo("Europe/Berlin")


def test_tolerance_is_half_the_interval_rounded_down():
    assert [tolerance_days(regimen(date(2026, 1, 1), n)) for n in (1, 2, 7, 30)] == [0, 1, 3, 15]


def test_weekly_regimen_with_a_late_dose_and_a_missed_one():
    plan = regimen(date(2026, 1, 1), 7)
    doses = [dose(date(2026, 1, 1)), dose(date(2026, 1, 11)), dose(date(2026, 1, 22))]
    result = adherence_for(plan, doses, date(2026, 1, 1), date(2026, 1, 31))
    assert (result.planned, result.taken, result.percent) == (5, 3, 60.0)
    assert result.missed == [date(2026, 1, 15), date(2026, 1, 29)]


def test_a_dose_four_days_late_on_a_weekly_plan_does_not_count():
    plan = regimen(date(2026, 1, 1), 7)
    result = adherence_for(plan, [dose(date(2026, 1, 12))], date(2026, 1, 8), date(2026, 1, 8))
    assert (result.planned, result.taken, result.missed) == (1, 0, [date(2026, 1, 8)])


def test_one_dose_serves_one_plan_only():
    plan = regimen(date(2026, 1, 1), 2)  # windows of +-1 day overlap on the odd days
    result = adherence_for(plan, [dose(date(2026, 1, 2))], date(2026, 1, 1), date(2026, 1, 3))
    assert (result.planned, result.taken) == (2, 1)


def test_daily_regimen_needs_the_same_local_day_across_a_dst_change():
    plan = regimen(date(2026, 3, 27), 1, form="oral")
    # Europe/Berlin moves to summer time in the night to 29 March 2026.
    times = [datetime(2026, 3, d, 23, 30, tzinfo=BERLIN) for d in (27, 28, 29, 30)]
    doses = [dose(t, form="oral") for t in times]
    result = adherence_for(plan, doses, date(2026, 3, 27), date(2026, 3, 30))
    assert (result.planned, result.taken, result.missed) == (4, 4, [])
    # 23:30 local on the 29th is 21:30 UTC: still the 29th, never shifted to another day.
    assert doses[2].day == date(2026, 3, 29)


def test_wrong_form_or_substance_does_not_match():
    plan = regimen(date(2026, 1, 1), 1, form="oral")
    assert not dose_matches_regimen(dose(date(2026, 1, 1), form="injection"), plan)
    assert not dose_matches_regimen(dose(date(2026, 1, 1), form="oral", substance="iron"), plan)
    assert dose_matches_regimen(dose(date(2026, 1, 1), form="oral"), plan)


def test_regimen_starting_on_the_last_day_of_the_period():
    plan = regimen(date(2026, 1, 31), 30)
    result = adherence_for(plan, [], date(2026, 1, 1), date(2026, 1, 31))
    assert (result.planned, result.taken, result.missed) == (1, 0, [date(2026, 1, 31)])


def test_regimen_outside_the_period_plans_nothing():
    plan = regimen(date(2026, 3, 1), 7, end=date(2026, 3, 31))
    result = adherence_for(plan, [], date(2026, 1, 1), date(2026, 1, 31))
    assert (result.planned, result.percent, result.missed) == (0, None, [])
    ended = adherence_for(plan, [], date(2026, 4, 1), date(2026, 4, 30))
    assert ended.planned == 0


def test_dose_before_the_period_can_serve_its_first_plan():
    plan = regimen(date(2025, 12, 1), 30)  # plans 1 Dec, 31 Dec, 30 Jan
    result = adherence_for(plan, [dose(date(2025, 12, 29))], date(2025, 12, 31), date(2026, 1, 5))
    assert (result.planned, result.taken) == (1, 1)


def test_next_due():
    plan = regimen(date(2026, 1, 1), 7, end=date(2026, 1, 31))
    assert next_due(plan, [], date(2025, 12, 1)) == date(2026, 1, 1)
    taken = [dose(date(2026, 1, 1)), dose(date(2026, 1, 8))]
    assert next_due(plan, taken, date(2026, 1, 9)) == date(2026, 1, 15)
    # Overdue but still inside the tolerance: the plan two days back is still due.
    assert next_due(plan, taken, date(2026, 1, 17)) == date(2026, 1, 15)
    # Its window closed: the next plan.
    assert next_due(plan, taken, date(2026, 1, 19)) == date(2026, 1, 22)
    assert next_due(plan, taken, date(2026, 2, 5)) is None


def test_next_due_daily_taken_today_is_tomorrow():
    plan = regimen(date(2026, 1, 1), 1, form="oral")
    today = date(2026, 1, 10)
    assert next_due(plan, [dose(today, form="oral")], today) == today + timedelta(days=1)
    assert next_due(plan, [], today) == today


@settings(max_examples=150, deadline=None)
@given(
    plans=st.lists(regimens(date(2026, 1, 1), date(2026, 6, 30)), min_size=1, max_size=3),
    taken=st.lists(doses(date(2025, 10, 1), date(2026, 7, 31)), max_size=25),
    today=st.dates(date(2026, 1, 1), date(2026, 8, 31)),
)
def test_doses_before_the_earliest_matchable_day_change_nothing(plans, taken, today):
    """The reminder check reads only the doses from earliest_matchable_day on: the same answers."""
    same_medicine = [replace(d, substance=plans[0].substance, form=plans[0].form) for d in taken[::2]]
    every = sorted(taken[1::2] + same_medicine, key=lambda d: d.taken_at)
    first = earliest_matchable_day(plans)
    assert first is not None
    counted = [d for d in every if d.day >= first]
    for plan in plans:
        assert next_due(plan, counted, today, plans) == next_due(plan, every, today, plans)
        start, end = today - timedelta(days=40), today
        assert adherence_for(plan, counted, start, end, plans) == adherence_for(
            plan, every, start, end, plans
        )


def test_without_regimens_no_dose_can_count():
    assert earliest_matchable_day([]) is None
    weekly = regimen(date(2026, 3, 10), 7)
    assert earliest_matchable_day([weekly]) == date(2026, 3, 7)
