"""Adherence to a dose regimen: planned dates, doses matched within a tolerance, next due date.

Rules (docs/patterns.md, "Adherence"): planned dates run from the regimen's start every
`every_days` days to its end. A dose counts for a planned date when it is the same substance
and form and its local calendar day (Dose.day) lies within tolerance_days(regimen) of the plan;
each planned date takes at most one dose and each dose serves at most one planned date, of one
regimen only (a loading injection is not also the first maintenance dose).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from diary_app.domain import Dose
from diary_app.domain import Regimen


@dataclass(frozen=True)
class RegimenAdherence:
    """Planned and taken doses of one regimen in a period; percent is None when none was planned."""

    regimen: Regimen
    planned: int
    taken: int
    percent: float | None
    missed: list[date]


def tolerance_days(regimen: Regimen) -> int:
    """Half the interval, rounded down: 0 (same local day) for daily, 3 for weekly, 15 for 30 days.

    Rounding down keeps the windows of neighbouring planned dates from overlapping (except by one
    day for even intervals), so one dose cannot plausibly belong to two plans.
    """
    return regimen.every_days // 2


def earliest_matchable_day(regimens: Iterable[Regimen]) -> date | None:
    """The first day a dose can count for any of these regimens (a start less its tolerance): no
    plan's window reaches further back, so earlier doses change nothing the matching decides.
    None without regimens."""
    return min((r.start - timedelta(days=tolerance_days(r)) for r in regimens), default=None)


def dose_matches_regimen(dose: Dose, regimen: Regimen) -> bool:
    """Same substance and the same form (an oral tablet does not stand in for an injection)."""
    return dose.substance == regimen.substance and dose.form == regimen.form


def planned_dates(regimen: Regimen, start: date, end: date) -> list[date]:
    """The regimen's planned dates inside [start, end] (and inside its own start..end)."""
    last = end if regimen.end is None else min(end, regimen.end)
    if last < regimen.start or last < start:
        return []
    step = regimen.every_days
    skipped = max(0, -(-(start - regimen.start).days // step))
    first = regimen.start + timedelta(days=skipped * step)
    count = 0 if first > last else (last - first).days // step + 1
    return [first + timedelta(days=i * step) for i in range(count)]


def matched_plans(
    regimen: Regimen, doses: Iterable[Dose], until: date, others: Iterable[Regimen] = ()
) -> set[date]:
    """Planned dates from the regimen's start up to `until` that a dose was matched to.

    Each dose counts once, for one plan of one regimen: the plans of `regimen` and of the `others`
    that the same doses match (same substance and form: a loading phase beside its maintenance)
    are served together in date order, narrower windows first on the same date, each taking the
    earliest unused dose inside its window. With windows of equal width this matches as many plans
    as any assignment can.
    """
    sharing = [regimen] + [r for r in others if r is not regimen and _same_doses(r, regimen)]
    days = sorted(d.day for d in doses if dose_matches_regimen(d, regimen))
    plans = sorted(
        (plan, tolerance_days(r), index)
        for index, r in enumerate(sharing)
        for plan in planned_dates(r, r.start, until)
    )
    used = [False] * len(days)
    matched: set[date] = set()
    for plan, tolerance, index in plans:
        reach = timedelta(days=tolerance)
        slot = _earliest_unused(days, used, plan - reach, plan + reach)
        if slot is not None:
            used[slot] = True
            if index == 0:
                matched.add(plan)
    return matched


def _same_doses(a: Regimen, b: Regimen) -> bool:
    return a.substance == b.substance and a.form == b.form


def _earliest_unused(days: list[date], used: list[bool], first: date, last: date) -> int | None:
    index = bisect_left(days, first)
    while index < len(days) and days[index] <= last:
        if not used[index]:
            return index
        index += 1
    return None


def adherence_for(
    regimen: Regimen, doses: Iterable[Dose], start: date, end: date, others: Iterable[Regimen] = ()
) -> RegimenAdherence:
    """Doses planned in [start, end], how many were taken (a dose may come after `end` if the
    caller passes it, e.g. a late dose), the percentage and the missed dates. `others`: the
    profile's other regimens, so that no dose counts for two of them."""
    plans = planned_dates(regimen, start, end)
    matched = matched_plans(regimen, doses, end, others) if plans else set()
    missed = [plan for plan in plans if plan not in matched]
    taken = len(plans) - len(missed)
    percent = round(100.0 * taken / len(plans), 1) if plans else None
    return RegimenAdherence(regimen, len(plans), taken, percent, missed)


def next_due(
    regimen: Regimen, doses: Iterable[Dose], today: date, others: Iterable[Regimen] = ()
) -> date | None:
    """The next planned date still waiting for a dose: the earliest untaken plan whose tolerance
    window has not closed by `today` (so it may lie a few days back: overdue), or None when the
    regimen has ended."""
    tolerance = timedelta(days=tolerance_days(regimen))
    horizon = max(today, regimen.start) + timedelta(days=regimen.every_days) + tolerance
    matched = matched_plans(regimen, doses, horizon, others)
    for plan in planned_dates(regimen, today - tolerance, horizon):
        if plan not in matched and plan + tolerance >= today:
            return plan
    return None
