"""At a glance: the facts a doctor asks first, computed once for page 1 and the top of `analyze`.

Which legs, since when, now against the start per leg, better or worse (the whole period and the
last two weeks), treatment in one line, walking and falls (docs/patterns.md, "At a glance").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from typing import Any

from diary_app.analysis.days import DayFacts
from diary_app.analysis.means import mean_or_none
from diary_app.analysis.means import sensation_means
from diary_app.domain import DayEntry
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES

Span = tuple[date, date]  # first and last day, both included

WINDOW_DAYS = 14
WORSE, BETTER, SAME, UNKNOWN = "worse", "better", "about_the_same", "unknown"
# One point of a mean over a fortnight: the same threshold as after treatment (SCORE_CHANGE).
CHANGE_POINTS = 1.0
# A sensation "matters" when a window's mean reaches one point on either leg.
MATTERS_MEAN = 1.0
# Each window needs three logged days to stand for its fortnight (as MIN_COMPARE_DAYS after B12).
MIN_WINDOW_DAYS = 3
# "No symptoms since": the last logged days hold none for at least a week of calendar days.
SYMPTOM_FREE_MIN_DAYS = 7


@dataclass(frozen=True)
class Window:
    first: date
    last: date
    days_logged: int

    def to_json_dict(self) -> dict[str, Any]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "days_logged": self.days_logged}


@dataclass(frozen=True)
class SensationNow:
    """One sensation's mean per leg in the first and the last window."""

    sensation: str
    start: dict[str, float | None]
    now: dict[str, float | None]

    def change(self, side: str) -> float | None:
        a, b = self.start[side], self.now[side]
        return None if a is None or b is None else b - a

    def to_json_dict(self) -> dict[str, Any]:
        return {"sensation": self.sensation, "start": _rounded(self.start), "now": _rounded(self.now)}


@dataclass(frozen=True)
class Glance:
    first_window: Window | None
    last_window: Window | None
    sensations: tuple[SensationNow, ...]  # those that matter, biggest change first
    direction: str  # the whole period: first window against the last
    recent_direction: str  # the last 14 days against the 14 before
    symptom_free_since: date | None  # the day after the last day with symptoms
    symptom_free_days: int
    gait_start: float | None
    gait_now: float | None
    walk_start: float | None
    walk_now: float | None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "first_window": _window_json(self.first_window),
            "last_window": _window_json(self.last_window),
            "sensations": [s.to_json_dict() for s in self.sensations],
            "direction": self.direction,
            "last_14_days": self.recent_direction,
            "symptom_free_since": _iso(self.symptom_free_since),
            "symptom_free_days": self.symptom_free_days,
            "walking": {"start": _round(self.gait_start), "now": _round(self.gait_now)},
            "walk_10m_seconds": {"start": _round(self.walk_start), "now": _round(self.walk_now)},
        }


def glance_of(facts: list[DayFacts]) -> Glance:
    entries = [f.entry for f in facts]
    if not entries:
        return Glance(None, None, (), UNKNOWN, UNKNOWN, None, 0, None, None, None, None)
    first, last = windows_of(entries[0].day, entries[-1].day)
    early, late = _in(entries, first), _in(entries, last)
    sensations = _sensations(early, late, first, last)
    free_since, free_days = _symptom_free(facts)
    return Glance(
        Window(*first, len(early)),
        Window(*last, len(late)),
        sensations,
        direction_between(early, late, first, last),
        _recent(entries, last),
        free_since,
        free_days,
        _mean(early, lambda e: e.gait),
        _mean(late, lambda e: e.gait),
        _walk(early),
        _walk(late),
    )


def windows_of(first_day: date, last_day: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """The first and the last WINDOW_DAYS of [first_day, last_day] (halves when shorter, may touch)."""
    total = (last_day - first_day).days + 1
    days = WINDOW_DAYS if total >= 2 * WINDOW_DAYS else max(1, total // 2)
    span = timedelta(days=days - 1)
    return (first_day, first_day + span), (last_day - span, last_day)


def direction_between(early: list[DayEntry], late: list[DayEntry], first: Span, last: Span) -> str:
    """Worse when any sensation's mean on either leg rose CHANGE_POINTS or more (a worsening is said
    whatever improved beside it); better when one fell as much; else about the same. Unknown with
    fewer than MIN_WINDOW_DAYS logged days in either window (a mood, not a period)."""
    if len(early) < MIN_WINDOW_DAYS or len(late) < MIN_WINDOW_DAYS:
        return UNKNOWN
    before, after = sensation_means(early, *first), sensation_means(late, *last)
    # Each window has logged days, so every mean is a number.
    changes = [(after[n][s] or 0.0) - (before[n][s] or 0.0) for n in SENSATIONS for s in SIDES]
    if max(changes) >= CHANGE_POINTS:
        return WORSE
    return BETTER if min(changes) <= -CHANGE_POINTS else SAME


def _recent(entries: list[DayEntry], last: tuple[date, date]) -> str:
    span = (last[1] - last[0]).days + 1
    if span < WINDOW_DAYS:
        return UNKNOWN
    before = (last[0] - timedelta(days=WINDOW_DAYS), last[0] - timedelta(days=1))
    earlier = _in(entries, before)
    if entries[0].day > before[0]:
        return UNKNOWN
    return direction_between(earlier, _in(entries, last), before, last)


def _sensations(
    early: list[DayEntry], late: list[DayEntry], first: Span, last: Span
) -> tuple[SensationNow, ...]:
    before, after = sensation_means(early, *first), sensation_means(late, *last)
    found = [
        SensationNow(n, before[n], after[n])
        for n in SENSATIONS
        if any((v or 0) >= MATTERS_MEAN for v in (*before[n].values(), *after[n].values()))
    ]
    return tuple(sorted(found, key=lambda s: -max(abs(s.change(side) or 0) for side in SIDES)))


def _symptom_free(facts: list[DayFacts]) -> tuple[date | None, int]:
    with_symptoms = [f.day for f in facts if f.has_symptoms]
    if not with_symptoms:
        return None, 0
    since = with_symptoms[-1] + timedelta(days=1)
    days = (facts[-1].day - with_symptoms[-1]).days
    return (since, days) if days >= SYMPTOM_FREE_MIN_DAYS else (None, 0)


def _in(entries: list[DayEntry], window: tuple[date, date]) -> list[DayEntry]:
    return [e for e in entries if window[0] <= e.day <= window[1]]


def _mean(entries: list[DayEntry], value: Callable[[DayEntry], float]) -> float | None:
    return mean_or_none([value(e) for e in entries])


def _walk(entries: list[DayEntry]) -> float | None:
    return mean_or_none([e.walk_10m_seconds for e in entries if e.walk_10m_seconds is not None])


def _window_json(window: Window | None) -> dict[str, Any] | None:
    return None if window is None else window.to_json_dict()


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _rounded(means: dict[str, float | None]) -> dict[str, Any]:
    return {side: _round(v) for side, v in means.items()}
