"""How the symptoms began, read from the first four weeks with symptoms: gradual, sudden, unknown."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from typing import Any

from diary_app.analysis.days import DayFacts
from diary_app.analysis.means import mean_or_none

GRADUAL, SUDDEN, UNKNOWN = "gradual", "sudden", "unknown"
ONSET_KINDS = (GRADUAL, SUDDEN, UNKNOWN)
# "The first weeks": four weeks, long enough for a gradual rise to show, short enough to be a start.
ONSET_WINDOW_DAYS = 28
# A jump of 4 points on the 0-10 scale between neighbouring logged days is far beyond the
# day-to-day wobble of self-ratings (SIMILAR_POINTS = 2), i.e. something arrived.
SUDDEN_RISE = 4
# Neighbouring logged days at most four calendar days apart: the documents' gradual onset takes
# months (002_beb4d002e087eae9.txt), so 4 points within 4 days is sudden by any reading, and a
# diary with a few missed days still shows it. Across a longer gap the diary cannot tell how the
# rise happened, and the onset is "unknown" rather than a guess.
SUDDEN_WITHIN_DAYS = 4
# The next logged day must still be 2 points above the level before the jump: a flare that
# vanishes the next day is a bad day, not an onset.
SUDDEN_HOLD = 2
# The last week of the window must average 1.5 points above the first week for a gradual rise.
# A week's mean damps the day-to-day wobble (about one point) to under half a point, so 1.5 is
# about three times the noise of the difference and still catches a slow climb of 2-3 points
# a month seen through the highest-of-ten-scores lens.
GRADUAL_RISE = 1.5
# A "first week" and a "last week" need at least two weeks between the first and last logged day.
MIN_ONSET_SPAN_DAYS = 14
WEEK = timedelta(days=6)
# A slow rise over months (the documents: B12 deficiency develops gradually, over months to years):
# when the first four weeks show no rise, four-week blocks over the first SLOW_WINDOW_DAYS are
# compared; a later block averaging GRADUAL_RISE above the first is a gradual onset over months.
SLOW_WINDOW_DAYS = 182
BLOCK_DAYS = 28
MIN_BLOCK_DAYS = 7  # a block's mean needs a week of logged days


@dataclass(frozen=True)
class Onset:
    kind: str
    days: int  # logged days examined (in the window)
    window_start: date | None
    window_end: date | None
    first_week_mean: float | None  # mean of the day severity (highest of the ten scores)
    last_week_mean: float | None
    jump: tuple[date, int, date, int] | None  # (day before, its severity, day of jump, severity)
    over_months: bool = False  # gradual, read from four-week blocks over months
    starts_with_symptoms: bool = False  # the period's first logged day already had symptoms

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "days": self.days,
            "window": [_iso(self.window_start), _iso(self.window_end)],
            "first_week_mean": _round(self.first_week_mean),
            "last_week_mean": _round(self.last_week_mean),
            "over_months": self.over_months,
            "starts_with_symptoms": self.starts_with_symptoms,
            "jump": None
            if self.jump is None
            else {
                "before": self.jump[0].isoformat(),
                "before_severity": self.jump[1],
                "after": self.jump[2].isoformat(),
                "after_severity": self.jump[3],
            },
        }


def onset_of(facts: list[DayFacts], treated_from: date | None = None) -> Onset:
    """`treated_from`: the first B12 day; a slow rise is read only before it (a change on treatment
    is the treatment comparison's, not how the symptoms began)."""
    if not any(f.has_symptoms for f in facts):
        return Onset(UNKNOWN, 0, None, None, None, None, None)
    begin = _window_start(facts)
    first = facts[begin].day
    limit = first + timedelta(days=ONSET_WINDOW_DAYS - 1)
    window = list(itertools.takewhile(lambda f: f.day <= limit, facts[begin:]))
    last = window[-1].day
    jump = _sudden_jump(window)
    first_mean = mean_or_none([f.severity for f in window if f.day <= first + WEEK])
    last_mean = mean_or_none([f.severity for f in window if f.day >= last - WEEK])
    if (last - first).days < MIN_ONSET_SPAN_DAYS - 1:
        first_mean = last_mean = None
    if jump is not None:
        kind = SUDDEN
    elif _rise_hidden_by_gap(window):
        kind = UNKNOWN
    elif first_mean is not None and last_mean is not None and last_mean - first_mean >= GRADUAL_RISE:
        kind = GRADUAL
    else:
        untreated = [f for f in facts[begin:] if treated_from is None or f.day < treated_from]
        slow = _slow_rise(untreated, first) if untreated else None
        if slow is not None:
            return slow
        kind = UNKNOWN
    return Onset(
        kind,
        len(window),
        first,
        last,
        first_mean,
        last_mean,
        jump,
        starts_with_symptoms=facts[0].has_symptoms,
    )


def _slow_rise(facts: list[DayFacts], first: date) -> Onset | None:
    """The first four-week block against the highest later one within SLOW_WINDOW_DAYS."""
    blocks: list[tuple[date, list[int]]] = []
    for f in facts:
        index = (f.day - first).days // BLOCK_DAYS
        if index * BLOCK_DAYS >= SLOW_WINDOW_DAYS:
            break
        while len(blocks) <= index:
            blocks.append((first + timedelta(days=len(blocks) * BLOCK_DAYS), []))
        blocks[index][1].append(f.severity)
    means = [(start, sum(v) / len(v), len(v)) for start, v in blocks if len(v) >= MIN_BLOCK_DAYS]
    if len(means) < 3 or means[0][0] != first:
        return None
    peak = max(means[1:], key=lambda m: m[1])
    if peak[1] - means[0][1] < GRADUAL_RISE:
        return None
    end = peak[0] + timedelta(days=BLOCK_DAYS - 1)
    days = sum(1 for f in facts if f.day <= end)
    return Onset(
        GRADUAL,
        days,
        first,
        end,
        means[0][1],
        peak[1],
        None,
        over_months=True,
        starts_with_symptoms=facts[0].has_symptoms,
    )


def _window_start(facts: list[DayFacts]) -> int:
    """Index of the last symptom-free logged day before the first day with symptoms (the quiet
    baseline), or 0 when the period starts with symptoms."""
    first_with = next(i for i, f in enumerate(facts) if f.has_symptoms)
    return max(0, first_with - 1)


def _sudden_jump(window: list[DayFacts]) -> tuple[date, int, date, int] | None:
    for i in range(1, len(window)):
        before, after = window[i - 1], window[i]
        if (after.day - before.day).days > SUDDEN_WITHIN_DAYS:
            continue
        if after.severity - before.severity < SUDDEN_RISE:
            continue
        following = window[i + 1] if i + 1 < len(window) else None
        if following is None or following.severity - before.severity >= SUDDEN_HOLD:
            return before.day, before.severity, after.day, after.severity
    return None


def _rise_hidden_by_gap(window: list[DayFacts]) -> bool:
    """A rise of SUDDEN_RISE or more across a gap too long to say whether it was sudden."""
    return any(
        (after.day - before.day).days > SUDDEN_WITHIN_DAYS and after.severity - before.severity >= SUDDEN_RISE
        for before, after in itertools.pairwise(window)
    )


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
