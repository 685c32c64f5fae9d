"""Which way the diary moved after B12 started: worse, better or about the same, and in what.

Rules (docs/patterns.md, "Direction after treatment started"): each measure compares the means of
the before and after windows of TreatmentResponse. Any measure worse makes the direction "worse",
whatever improved beside it, because a worsening is what the clinician must hear first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diary_app.analysis.treatment import TreatmentResponse
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES

WORSE, BETTER, UNCHANGED = "worse", "better", "unchanged"
# A mean over three or more days damps the one- or two-point daily wobble to about half a point;
# one whole point of the 0-10 scale is a change the person would notice.
SCORE_CHANGE = 1.0
# Half a level of the 0-4 walking scale in the mean: one level on every other day.
GAIT_CHANGE = 0.5
# The timed 10 m walk: a tenth slower or faster (about 0.1 m/s at usual speeds, the smallest change
# in gait speed that is meaningful clinically).
WALK_SHARE = 0.10
# Falls per logged day at least half as many again as before (any fall when there were none).
FALLS_RATIO = 1.5


@dataclass(frozen=True)
class Change:
    """One measure that moved: what (a sensation code, "gait", "falls" or "walk_10m"), which leg
    for sensations, and the before and after values."""

    measure: str
    side: str | None
    before: float
    after: float

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "side": self.side,
            "before": round(self.before, 2),
            "after": round(self.after, 2),
        }


@dataclass(frozen=True)
class Direction:
    kind: str  # WORSE, BETTER or UNCHANGED
    worse: tuple[Change, ...]
    better: tuple[Change, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "direction": self.kind,
            "worse": [c.to_json_dict() for c in self.worse],
            "better": [c.to_json_dict() for c in self.better],
        }


def direction_of(r: TreatmentResponse) -> Direction:
    changes = _score_changes(r) + _gait_changes(r) + _falls_changes(r) + _walk_changes(r)
    worse = tuple(c for c, is_worse in changes if is_worse)
    better = tuple(c for c, is_worse in changes if not is_worse)
    kind = WORSE if worse else BETTER if better else UNCHANGED
    return Direction(kind, worse, better)


def _score_changes(r: TreatmentResponse) -> list[tuple[Change, bool]]:
    found = []
    for name in SENSATIONS:
        for side in SIDES:
            before, after = r.before[name][side], r.after[name][side]
            if before is not None and after is not None and abs(after - before) >= SCORE_CHANGE:
                found.append((Change(name, side, before, after), after > before))
    return found


def _gait_changes(r: TreatmentResponse) -> list[tuple[Change, bool]]:
    if r.gait_before is None or r.gait_after is None or abs(r.gait_after - r.gait_before) < GAIT_CHANGE:
        return []
    return [(Change("gait", None, r.gait_before, r.gait_after), r.gait_after > r.gait_before)]


def _falls_changes(r: TreatmentResponse) -> list[tuple[Change, bool]]:
    rate_before = r.falls_before / r.days_before
    rate_after = r.falls_after / r.days_after
    change = Change("falls", None, r.falls_before, r.falls_after)
    if r.falls_after and rate_after >= FALLS_RATIO * rate_before:
        return [(change, True)]
    if r.falls_before and rate_before >= FALLS_RATIO * rate_after:
        return [(change, False)]
    return []


def _walk_changes(r: TreatmentResponse) -> list[tuple[Change, bool]]:
    if r.walk_before is None or r.walk_after is None:
        return []
    ratio = r.walk_after / r.walk_before
    if abs(ratio - 1.0) < WALK_SHARE:
        return []
    return [(Change("walk_10m", None, r.walk_before, r.walk_after), ratio > 1.0)]
