"""Where the symptoms are felt: distal start, ascending spread, radiation from the back, hands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from diary_app.analysis.days import REGION_LEVEL
from diary_app.analysis.days import DayFacts
from diary_app.analysis.laterality import ASYMMETRIC
from diary_app.analysis.laterality import LEFT_ONLY
from diary_app.analysis.laterality import RIGHT_ONLY
from diary_app.analysis.place_picture import PlacePicture
from diary_app.analysis.place_picture import picture_of
from diary_app.analysis.place_picture import stocking_day
from diary_app.domain.places import areas
from diary_app.domain.vocab import LEG_REGIONS_BOTTOM_UP

# The first week's worth of days with symptoms and marked regions shows where it began
# ("legs and feet are often affected first", 002_beb4d002e087eae9.txt).
EARLY_REGION_DAYS = 7
# Fewer than three such days cannot show a start: one or two entries may be atypical.
MIN_EARLY_REGION_DAYS = 3
# Three quarters of the days must agree for a "mostly" statement (see patterns.md).
DISTAL_SHARE = 0.75
# Three days is the least that shows a sign recurring rather than a one-off slip of the finger.
MIN_REPEATED_DAYS = 3
# Sciatica "often" (not always) starts in the lower back (002): half of the days with symptoms.
RADIATING_SHARE = 0.5
# A spread needs a first week, a later week and a week to confirm it.
MIN_REGION_WEEKS = 3
# A higher region counts as reached when it is held for two weeks running, not a single week.
ASCENDING_HOLD_WEEKS = 2
DISTAL_TOP_LEVEL = REGION_LEVEL["lower_leg"]
FEET_LEVEL = REGION_LEVEL["feet"]
BACK_REGIONS = frozenset({"lower_back", "buttock_hip"})
BELOW_BACK_REGIONS = frozenset({"knee_thigh", "lower_leg", "feet"})
ONE_SIDED = (LEFT_ONLY, RIGHT_ONLY, ASYMMETRIC)


@dataclass(frozen=True)
class Distribution:
    distal_start: bool
    ascending: bool
    radiating_from_back: bool
    hands_involved: bool
    symptom_days: int
    region_days: int  # days with symptoms and at least one leg region marked
    early_days: int  # of those, the first ones examined for a distal start
    early_distal_days: int  # ... that had the feet and nothing above the lower legs
    weekly_top: tuple[tuple[int, str], ...]  # (week number from 1, highest leg region reached)
    spread_from: str | None  # first week's highest region
    spread_to: str | None  # the higher region held for ASCENDING_HOLD_WEEKS
    radiating_days: int
    hands_days: int
    places: PlacePicture  # stocking, glove and stocking, or a band down one leg

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "distal_start": self.distal_start,
            "ascending": self.ascending,
            "radiating_from_back": self.radiating_from_back,
            "hands_involved": self.hands_involved,
            "days_with_regions": self.region_days,
            "early_days": self.early_days,
            "early_distal_days": self.early_distal_days,
            "weekly_highest_region": [{"week": w, "region": r} for w, r in self.weekly_top],
            "spread_from": self.spread_from,
            "spread_to": self.spread_to,
            "radiating_days": self.radiating_days,
            "hands_days": self.hands_days,
            "places": self.places.to_json_dict(),
        }


def distribution_of(facts: list[DayFacts], start: date) -> Distribution:
    symptom_days = [f for f in facts if f.has_symptoms]
    with_regions = [f for f in symptom_days if f.top_level is not None]
    early = with_regions[:EARLY_REGION_DAYS]
    early_distal = sum(1 for f in early if _is_distal(f))
    weekly = _weekly_top_levels(with_regions, start)
    spread = _spread(weekly)
    radiating = sum(1 for f in symptom_days if _radiates_down_one_leg(f))
    hands = sum(1 for f in symptom_days if "hands" in areas(f.entry.regions_left | f.entry.regions_right))
    return Distribution(
        distal_start=len(early) >= MIN_EARLY_REGION_DAYS and early_distal >= DISTAL_SHARE * len(early),
        ascending=spread is not None,
        radiating_from_back=radiating >= MIN_REPEATED_DAYS
        and radiating >= RADIATING_SHARE * len(symptom_days),
        hands_involved=hands >= MIN_REPEATED_DAYS,
        symptom_days=len(symptom_days),
        region_days=len(with_regions),
        early_days=len(early),
        early_distal_days=early_distal,
        weekly_top=tuple((week, LEG_REGIONS_BOTTOM_UP[level]) for week, level in weekly),
        spread_from=LEG_REGIONS_BOTTOM_UP[weekly[0][1]] if spread else None,
        spread_to=LEG_REGIONS_BOTTOM_UP[spread] if spread is not None else None,
        radiating_days=radiating,
        hands_days=hands,
        places=picture_of((f.entry for f in symptom_days), _stocking_rose(with_regions, start)),
    )


def _is_distal(f: DayFacts) -> bool:
    regions = areas(f.entry.regions_left | f.entry.regions_right)
    return "feet" in regions and f.top_level is not None and f.top_level <= DISTAL_TOP_LEVEL


def _stocking_rose(with_regions: list[DayFacts], start: date) -> bool:
    """The ascending rule on the stocking days alone: a band's days never make a stocking rise."""
    stockings = [f for f in with_regions if stocking_day(f.entry)]
    return _spread(_weekly_top_levels(stockings, start)) is not None


def _weekly_top_levels(with_regions: list[DayFacts], start: date) -> list[tuple[int, int]]:
    """(week number, highest level that week) for the weeks with regions, weeks counted from 1."""
    weeks: dict[int, int] = {}
    for f in with_regions:
        if f.top_level is None:  # none has: they are the days with regions
            continue
        week = (f.day - start).days // 7 + 1
        weeks[week] = max(weeks.get(week, 0), f.top_level)
    return sorted(weeks.items())


def _spread(weekly: list[tuple[int, int]]) -> int | None:
    """The highest level above the first week's that was held for ASCENDING_HOLD_WEEKS weeks
    running (consecutive weeks with regions; weeks without regions are skipped), else None."""
    if len(weekly) < MIN_REGION_WEEKS:
        return None
    first = weekly[0][1]
    best = None
    levels = [level for _, level in weekly[1:]]
    for i in range(len(levels) - ASCENDING_HOLD_WEEKS + 1):
        held = min(levels[i : i + ASCENDING_HOLD_WEEKS])
        if held > first and (best is None or held > best):
            best = held
    return best


def _radiates_down_one_leg(f: DayFacts) -> bool:
    """A one-sided day (one leg only, or clearly stronger) with "radiates from the lower back"
    ticked, or with that leg's regions reaching from the back or buttock to below the hip."""
    if f.kind not in ONE_SIDED:
        return False
    side = {LEFT_ONLY: "left", RIGHT_ONLY: "right"}.get(f.kind, f.stronger)
    if side is None:
        return False
    if f.entry.radiates_from_back:
        return True
    regions = areas(f.entry.regions(side))
    return bool(regions & BACK_REGIONS) and bool(regions & BELOW_BACK_REGIONS)
