"""One pass over the entries: the facts each later rule needs about a logged day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from diary_app.analysis.laterality import NO_SYMPTOMS
from diary_app.analysis.laterality import kind_of
from diary_app.domain import DayEntry
from diary_app.domain.places import areas
from diary_app.domain.vocab import LEG_REGIONS_BOTTOM_UP
from diary_app.domain.vocab import SCORE_MIN
from diary_app.domain.vocab import SENSATIONS

REGION_LEVEL = {region: level for level, region in enumerate(LEG_REGIONS_BOTTOM_UP)}


@dataclass(frozen=True, slots=True)
class DayFacts:
    """A logged day as the rules see it: laterality, strength, which leg leads, highest region."""

    entry: DayEntry
    kind: str
    severity: int
    stronger: str | None
    top_level: int | None  # index in LEG_REGIONS_BOTTOM_UP of the highest leg region marked
    day: date  # the entry's, kept as a field: the rules read it tens of thousands of times

    @property
    def has_symptoms(self) -> bool:
        return self.kind != NO_SYMPTOMS


def facts_of(entry: DayEntry) -> DayFacts:
    """The same rule as laterality_of_day, computed together with the other facts in one pass."""
    symptoms = entry.symptoms
    left_top = right_top = widest_gap = SCORE_MIN
    left_sum = right_sum = 0
    for name in SENSATIONS:  # one loop, no lists: this runs for every day of every analysis
        scores = symptoms[name]
        left, right = scores.left, scores.right
        left_sum += left
        right_sum += right
        left_top = left if left > left_top else left_top
        right_top = right if right > right_top else right_top
        gap = left - right if left > right else right - left
        widest_gap = gap if gap > widest_gap else widest_gap
    kind = kind_of(left_top, right_top, widest_gap)
    lead = (left_top, left_sum), (right_top, right_sum)
    stronger = None if lead[0] == lead[1] else ("left" if lead[0] > lead[1] else "right")
    return DayFacts(entry, kind, max(left_top, right_top), stronger, _top_level(entry), entry.day)


def _top_level(entry: DayEntry) -> int | None:
    return _highest_level(entry.regions_left | entry.regions_right)


@lru_cache(maxsize=4096)
def _highest_level(places: frozenset[str]) -> int | None:
    marked = areas(places)  # a finer place counts as its area
    levels = [REGION_LEVEL[r] for r in marked if r in REGION_LEVEL]
    return max(levels) if levels else None


def facts_in_period(entries: Iterable[DayEntry], start: date, end: date) -> list[DayFacts]:
    """Facts of the entries in [start, end], oldest first (one entry per date assumed)."""
    chosen = [e for e in entries if start <= e.day <= end]
    chosen.sort(key=lambda e: e.day)
    return [facts_of(e) for e in chosen]
