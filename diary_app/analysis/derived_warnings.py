"""Warning signs the diary itself shows, read from the entries (docs/patterns.md, "Warning signs").

Each rule looks at one day against the days before it, so the day that completes a rule is known
the moment it is saved; every day on which a rule holds is listed, never only the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from typing import Any

from diary_app.analysis.laterality import MINOR_SCORE
from diary_app.domain import DayEntry
from diary_app.domain.places import areas

BILATERAL_RADIATING = "bilateral_radiating"
SECOND_LEG_JOINED = "second_leg_joined"
WALKING_WORSENING = "walking_worsening"
WEAKNESS_WORSENING = "weakness_worsening"
DERIVED_CODES = (BILATERAL_RADIATING, SECOND_LEG_JOINED, WALKING_WORSENING, WEAKNESS_WORSENING)

BACK_REGIONS = frozenset({"lower_back", "buttock_hip"})
BELOW_BACK = frozenset({"knee_thigh", "lower_leg", "feet"})
ABOVE_FEET = frozenset({"lower_leg", "knee_thigh", "buttock_hip", "lower_back"})
# A leg "clearly" involved scores more than a stray point (MINOR_SCORE, laterality.py): a 1 beside
# a sciatica never makes a second leg, a 2 does.
CLEAR_SCORE = MINOR_SCORE + 1
# A one-sided picture is one only after three days (MIN_REPEATED_DAYS: a sign recurring).
ONE_SIDED_DAYS = 3
# NICE CKS (cauda equina) "severe or progressive weakness"; NICE NG127 "weakness progressing
# rapidly, over days to weeks". Two weeks is the window for both rules below.
WORSENING_WINDOW_DAYS = 14
# Two levels of the 0-4 walking scale (e.g. slightly unsteady -> needs a stick) is a change of
# function, not a bad day's wobble of one level.
WALKING_LEVELS_WORSE = 2
# Three points of weakness is more than the two-point wobble of the same feeling day to day.
WEAKNESS_POINTS_WORSE = 3
# The worse level must hold on two logged days at most a week apart, against a usual level read
# from at least three logged days.
MAX_HOLD_GAP_DAYS = 7
MIN_BASELINE_DAYS = 3


@dataclass(frozen=True)
class DerivedWarning:
    """One rule that held: on which days, and what the first of them showed (`detail`)."""

    code: str
    days: tuple[date, ...]
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def first(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "days": len(self.days),
            "dates": [d.isoformat() for d in self.days],
            "detail": dict(self.detail),
        }


def top_score(entry: DayEntry, side: str) -> int:
    return max(entry.side_scores(side))


def leg_radiates(entry: DayEntry, side: str, top: int | None = None) -> bool:
    """The leg is affected and the diary shows it fed from the back: its own marked regions run
    from the lower back or buttock to below, or "radiates from the lower back" is ticked and the
    leg scores clearly with its marks (if any) reaching above the feet. `top`: the leg's top score
    when the caller has it."""
    top = top_score(entry, side) if top is None else top
    if top < 1:
        return False
    regions = areas(entry.regions(side))
    if regions & BACK_REGIONS and regions & BELOW_BACK:
        return True
    reaches_up = not regions or bool(regions & ABOVE_FEET)
    return entry.radiates_from_back and top >= CLEAR_SCORE and reaches_up


def derived_warnings(entries: Iterable[DayEntry]) -> list[DerivedWarning]:
    """Every rule that held on at least one day of `entries` (any order), in DERIVED_CODES order."""
    days = sorted(entries, key=lambda e: e.day)
    legs = _Legs(days)
    found = [_bilateral(legs), _second_leg(legs), _walking(days), _weakness(days)]
    return [w for w in found if w is not None]


class _Legs:
    """Each day's top score and "radiates" per leg, worked out once for the rules that need them."""

    def __init__(self, days: list[DayEntry]):
        self.days = days
        tops = [_tops(e) for e in days]
        self.top = {"left": [t[0] for t in tops], "right": [t[1] for t in tops]}
        self.radiates = {
            side: [leg_radiates(e, side, top) for e, top in zip(days, self.top[side], strict=True)]
            for side in ("left", "right")
        }


def _tops(entry: DayEntry) -> tuple[int, int]:
    """Both legs' top scores in one pass over the five sensations."""
    left = right = 0
    for scores in entry.symptoms.values():  # plain comparisons: this runs for every day of the diary
        left = scores.left if scores.left > left else left
        right = scores.right if scores.right > right else right
    return left, right


def _bilateral(legs: _Legs) -> DerivedWarning | None:
    hits = [
        e.day
        for e, left, right in zip(legs.days, legs.radiates["left"], legs.radiates["right"], strict=True)
        if left and right
    ]
    return DerivedWarning(BILATERAL_RADIATING, tuple(hits)) if hits else None


def _second_leg(legs: _Legs) -> DerivedWarning | None:
    """After ONE_SIDED_DAYS days of one leg radiating with the other not clearly involved, a day on
    which the other leg scores clearly while the pain still spreads from the back."""
    one_sided = {"left": 0, "right": 0}
    hits, first_side = [], None
    for index, entry in enumerate(legs.days):
        for side, other in (("left", "right"), ("right", "left")):
            if legs.radiates[side][index] and legs.top[other][index] < CLEAR_SCORE:
                one_sided[side] += 1
        leg = _established_side(one_sided)
        if leg is None:
            continue
        other = "right" if leg == "left" else "left"
        from_back = legs.radiates[leg][index] or legs.radiates[other][index]
        if legs.top[other][index] >= CLEAR_SCORE and from_back:
            hits.append(entry.day)
            first_side = first_side or leg
    if not hits:
        return None
    joined = "right" if first_side == "left" else "left"
    return DerivedWarning(SECOND_LEG_JOINED, tuple(hits), {"first_leg": first_side, "new_leg": joined})


def _established_side(one_sided: dict[str, int]) -> str | None:
    """The leg of an established one-sided picture (the other leg never had one)."""
    left, right = one_sided["left"] >= ONE_SIDED_DAYS, one_sided["right"] >= ONE_SIDED_DAYS
    if left and not one_sided["right"]:
        return "left"
    if right and not one_sided["left"]:
        return "right"
    return None


def _walking(days: list[DayEntry]) -> DerivedWarning | None:
    hits: list[date] = []
    detail: dict[str, Any] = {}
    for entry, baseline, since in _rises(days, [e.gait for e in days], WALKING_LEVELS_WORSE):
        hits.append(entry.day)
        detail = detail or {
            "from_date": since.isoformat(),
            "from_level": baseline,
            "to_date": entry.day.isoformat(),
            "to_level": entry.gait,
        }
    return DerivedWarning(WALKING_WORSENING, tuple(hits), detail) if hits else None


def _weakness(days: list[DayEntry]) -> DerivedWarning | None:
    """Weakness up by WEAKNESS_POINTS_WORSE or more, in one or both legs; the detail keeps each
    leg's first such rise."""
    hits: set[date] = set()
    first_rise: dict[str, dict[str, Any]] = {}
    for side in ("left", "right"):
        weakness = [e.symptoms["weakness"].of(side) for e in days]
        for entry, baseline, since in _rises(days, weakness, WEAKNESS_POINTS_WORSE):
            hits.add(entry.day)
            first_rise.setdefault(
                side,
                {
                    "from_date": since.isoformat(),
                    "from_score": baseline,
                    "to_date": entry.day.isoformat(),
                    "to_score": entry.score("weakness", side),
                },
            )
    if not hits:
        return None
    return DerivedWarning(
        WEAKNESS_WORSENING, tuple(sorted(hits)), {"sides": sorted(first_rise), "first_rise": first_rise}
    )


def median_low(values: list[int]) -> int:
    """statistics.median_low, whose module (with fractions, decimal and random) costs the window's
    start 3-12 ms for this one line: the lower middle value of the sorted values."""
    return sorted(values)[(len(values) - 1) // 2]


def _rises(days: list[DayEntry], values: list[int], by: int) -> Iterator[tuple[DayEntry, int, date]]:
    """(day, usual level before, first day of that baseline) for each logged day on which its value
    has stood at least `by` above its usual level on this and the previous logged day.

    The usual level is the median of the logged days in the WORSENING_WINDOW_DAYS before the
    previous day (at least MIN_BASELINE_DAYS of them); the median and the two days held keep one
    odd day, low or high, from making or breaking the rule."""
    window = timedelta(days=WORSENING_WINDOW_DAYS)
    start = 0
    for index in range(1, len(days)):
        held = min(values[index], values[index - 1])
        if held < by:  # the usual level is never below 0
            continue
        entry, previous = days[index], days[index - 1]
        if (entry.day - previous.day).days > MAX_HOLD_GAP_DAYS:
            continue
        while days[start].day < previous.day - window:
            start += 1
        baseline = values[start : index - 1]
        if len(baseline) < MIN_BASELINE_DAYS or held - min(baseline) < by:  # the median is >= the least
            continue
        usual = median_low(baseline)
        if held - usual >= by:
            yield entry, usual, days[start].day
