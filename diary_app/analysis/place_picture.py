"""Where on the legs: all round both feet (a stocking), with the hands (glove and stocking), or a
band down one leg along a nerve root's route (docs/patterns.md, "Stocking or band")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from diary_app.domain import DayEntry
from diary_app.domain.places import COVERS
from diary_app.domain.places import FOOT
from diary_app.domain.places import FOOT_BACK
from diary_app.domain.places import LOWER_LEG
from diary_app.domain.places import areas

STOCKING = "stocking"
GLOVE_AND_STOCKING = "glove_and_stocking"
BAND = "band"
MIXED = "mixed"
# The skin each lumbosacral root supplies, as places of the map (NICE CKS sciatica: "pain below the
# knee in a dermatomal distribution"; the usual dermatome charts, e.g. Lee et al. 2008, Clin Anat
# 21:363). "toes" belongs to L5 (big toe) and S1 (little toe) alike.
ROOT_PLACES = {
    "L4": frozenset({"thigh_front", "knee", "shin_inner"}),
    "L5": frozenset({"thigh_outer", "shin_outer", "foot_top_big_toe_side", "toes"}),
    "S1": frozenset({"thigh_back", "calf", "heel", "sole", "foot_top_little_toe_side", "toes"}),
}
BELOW_KNEE = frozenset(FOOT + LOWER_LEG)
# Places above the leg or off it: the back, buttock and saddle a band starts from, and the hands.
NOT_LEG = frozenset({"lower_back", "buttock", "buttock_hip", "saddle", "fingers", "hands"})
# A band needs two of its own places (not only the toes), one of them below the knee.
MIN_BAND_PLACES = 2
# Three days at least (a sign recurring, distribution.MIN_REPEATED_DAYS), and at least half of the
# days with places marked for the picture to be named as the period's.
MIN_DAYS = 3
MAIN_SHARE = 0.5


@dataclass(frozen=True)
class PlacePicture:
    """How the marked places lay on the days with symptoms: counts per picture and the main one."""

    days: int  # days with symptoms and a place on a leg marked
    stocking_days: int
    glove_days: int  # of the stocking days, those with both hands marked too
    bands: tuple[tuple[str, str, int], ...]  # (side, root, days), most days first
    kind: str | None  # STOCKING, GLOVE_AND_STOCKING, BAND, MIXED or None
    rising: bool  # a stocking whose highest place rose over the weeks (distribution.ascending)

    @property
    def band(self) -> tuple[str, str, int] | None:
        return self.bands[0] if self.bands else None

    def to_json_dict(self) -> dict[str, Any]:
        band = self.band
        return {
            "picture": self.kind,
            "days_with_places": self.days,
            "stocking_days": self.stocking_days,
            "glove_and_stocking_days": self.glove_days,
            "rising": self.rising,
            "band": None if band is None else {"side": band[0], "root": band[1], "days": band[2]},
            "bands": [{"side": s, "root": r, "days": n} for s, r, n in self.bands],
        }


def all_round_foot(places: frozenset[str]) -> bool:
    """The foot marked on top on the big-toe side and underneath (sole or heel), or the whole foot
    of an old entry: more than one root's skin, unlike the little-toe side with the sole (S1)."""
    return "feet" in places or bool("foot_top_big_toe_side" in places and places & FOOT_BACK)


@lru_cache(maxsize=4096)  # a diary repeats a few sets of places day after day
def band_root(places: frozenset[str]) -> str | None:
    """The root whose route the leg's places follow, when all of them lie on it."""
    leg = places - NOT_LEG
    if not leg or leg & COVERS.keys() or all_round_foot(leg) or not leg & BELOW_KNEE:
        return None
    found = [
        root for root, route in ROOT_PLACES.items() if leg <= route and len(leg - {"toes"}) >= MIN_BAND_PLACES
    ]
    return found[0] if len(found) == 1 else None


def day_band(entry: DayEntry) -> tuple[str, str] | None:
    """(side, root) when one leg alone is marked, in a band along one root's route."""
    return _band(entry.regions_left, entry.regions_right)


@lru_cache(maxsize=4096)  # a diary repeats a few pairs of marked places day after day
def _band(left: frozenset[str], right: frozenset[str]) -> tuple[str, str] | None:
    legs = {"left": left, "right": right}
    marked = [side for side, places in legs.items() if places - NOT_LEG]
    if len(marked) != 1:
        return None
    root = band_root(legs[marked[0]])
    return None if root is None else (marked[0], root)


def stocking_day(entry: DayEntry) -> bool:
    return all_round_foot(entry.regions_left) and all_round_foot(entry.regions_right)


def picture_of(entries: Iterable[DayEntry], ascending: bool) -> PlacePicture:
    """The picture of the days with symptoms given (`ascending`: the highest place of the stocking
    days rose over the weeks, distribution.py's rule)."""
    days = stocking = glove = 0
    bands: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        if not (entry.regions_left | entry.regions_right) - NOT_LEG:
            continue
        days += 1
        if stocking_day(entry):
            stocking += 1
            glove += all("hands" in areas(entry.regions(side)) for side in ("left", "right"))
        band = day_band(entry)
        if band is not None:
            bands[band] += 1
    ranked = tuple((side, root, n) for (side, root), n in bands.most_common())
    kind = _kind(days, stocking, glove, ranked[0][2] if ranked else 0)
    rising = kind in (STOCKING, GLOVE_AND_STOCKING) and ascending
    return PlacePicture(days, stocking, glove, ranked, kind, rising)


def _kind(days: int, stocking: int, glove: int, band: int) -> str | None:
    has_stocking, has_band = stocking >= MIN_DAYS, band >= MIN_DAYS
    if has_stocking and has_band:
        return MIXED
    if has_stocking and stocking >= MAIN_SHARE * days:
        return GLOVE_AND_STOCKING if glove >= MIN_DAYS and glove >= MAIN_SHARE * stocking else STOCKING
    if has_band and band >= MAIN_SHARE * days:
        return BAND
    return None
