"""Before and after the start of B12 treatment: mean scores per sensation and leg, gait, falls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from typing import Any

from diary_app.analysis.days import DayFacts
from diary_app.analysis.means import mean_or_none
from diary_app.analysis.means import sensation_means
from diary_app.domain import DayEntry
from diary_app.domain import ProfileDiary
from diary_app.domain.vocab import B12

# "Before": up to twelve weeks before the start, enough for a stable baseline without reaching
# back into a different phase of the illness.
BEFORE_WINDOW_DAYS = 84
# "The most recent weeks after": the last four weeks of the period (one monthly injection cycle).
AFTER_WINDOW_DAYS = 28
# Fewer than three logged days on either side would compare one or two moods, not a period.
MIN_COMPARE_DAYS = 3
# NICE NG239 suggests reviewing neurological symptoms after about three months of treatment.
REVIEW_AFTER_WEEKS = 13


@dataclass(frozen=True)
class TreatmentStart:
    day: date
    source: str  # "regimen" or "dose"


@dataclass(frozen=True)
class TreatmentResponse:
    started: date
    source: str
    days_since_start: int  # from the start to the last logged day of the period
    before_from: date
    before_to: date
    after_from: date
    after_to: date
    days_before: int  # logged days in the before window
    days_after: int
    before: dict[str, dict[str, float | None]]
    after: dict[str, dict[str, float | None]]
    gait_before: float | None
    gait_after: float | None
    falls_before: int
    falls_after: int
    walk_before: float | None = None  # mean timed 10 m walk, seconds, over the days that have one
    walk_after: float | None = None

    @property
    def weeks_since_start(self) -> int:
        return self.days_since_start // 7

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "started": self.started.isoformat(),
            "source": self.source,
            "weeks_since_start": self.weeks_since_start,
            "days_since_start": self.days_since_start,
            "before_period": [self.before_from.isoformat(), self.before_to.isoformat()],
            "after_period": [self.after_from.isoformat(), self.after_to.isoformat()],
            "days_before": self.days_before,
            "days_after": self.days_after,
            "before": _rounded(self.before),
            "after": _rounded(self.after),
            "gait_before": _round(self.gait_before),
            "gait_after": _round(self.gait_after),
            "falls_before": self.falls_before,
            "falls_after": self.falls_after,
            "walk_10m_before": _round(self.walk_before),
            "walk_10m_after": _round(self.walk_after),
        }


def treatment_start(diary: ProfileDiary, start: date, end: date) -> TreatmentStart | None:
    """The diary's first B12 regimen start or B12 dose, whichever is earlier, when it falls inside
    [start, end]; None when it does not (treatment that began before the period did not start in
    it, even if a later regimen starts or the first logged dose falls inside the period)."""
    candidates = [TreatmentStart(r.start, "regimen") for r in diary.regimens if r.substance == B12]
    candidates += [TreatmentStart(d.day, "dose") for d in diary.doses if d.substance == B12]
    first = min(candidates, key=lambda c: (c.day, c.source != "regimen"), default=None)
    return first if first is not None and start <= first.day <= end else None


def compare_days(started: date, start: date, end: date) -> tuple[date, date, date, date]:
    """(before_from, before_to, after_from, after_to): the two windows compared; `end` is the last
    logged day of the period, so a period running past the diary still compares."""
    before_from = max(start, started - timedelta(days=BEFORE_WINDOW_DAYS))
    after_from = max(started, end - timedelta(days=AFTER_WINDOW_DAYS - 1))
    return before_from, started - timedelta(days=1), after_from, end


def treatment_response(
    facts: list[DayFacts], begun: TreatmentStart | None, start: date, end: date
) -> TreatmentResponse | None:
    """The comparison, or None when treatment did not start in the period or either side has
    fewer than MIN_COMPARE_DAYS logged days."""
    if begun is None:
        return None
    last_logged = max((f.day for f in facts if f.day <= end), default=end)
    end = max(last_logged, begun.day)
    before_from, before_to, after_from, after_to = compare_days(begun.day, start, end)
    before = [f.entry for f in facts if before_from <= f.day <= before_to]
    after = [f.entry for f in facts if after_from <= f.day <= after_to]
    if len(before) < MIN_COMPARE_DAYS or len(after) < MIN_COMPARE_DAYS:
        return None
    return TreatmentResponse(
        begun.day,
        begun.source,
        (end - begun.day).days,
        before_from,
        before_to,
        after_from,
        after_to,
        len(before),
        len(after),
        sensation_means(before, before_from, before_to),
        sensation_means(after, after_from, after_to),
        mean_or_none([e.gait for e in before]),
        mean_or_none([e.gait for e in after]),
        sum(e.falls for e in before),
        sum(e.falls for e in after),
        _walk_mean(before),
        _walk_mean(after),
    )


def _walk_mean(entries: list[DayEntry]) -> float | None:
    return mean_or_none([e.walk_10m_seconds for e in entries if e.walk_10m_seconds is not None])


def logged_days_between(facts: list[DayFacts], first: date, last: date) -> int:
    return sum(1 for f in facts if first <= f.day <= last)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _rounded(means: dict[str, dict[str, float | None]]) -> dict[str, Any]:
    return {name: {side: _round(v) for side, v in sides.items()} for name, sides in means.items()}
