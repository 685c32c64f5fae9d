"""Where a symptom is felt: the fine places of the body map and the coarse places of older entries."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

FOOT = ("toes", "foot_top_big_toe_side", "foot_top_little_toe_side", "sole", "heel")
LOWER_LEG = ("shin_inner", "shin_outer", "calf")
KNEE_THIGH = ("knee", "thigh_front", "thigh_outer", "thigh_back")
HAND = ("fingers", "hands")
# The places the body map offers, per side ("hands" is the whole hand; "lower_back" and "saddle"
# are marked per half).
MAP_PLACES = (*FOOT, *LOWER_LEG, *KNEE_THIGH, "buttock", "lower_back", "saddle", *HAND)
# Older entries (schema 3, format 1) knew only these; each means the whole area, never one part.
COARSE_PLACES = ("feet", "lower_leg", "knee_thigh", "buttock_hip", "lower_back", "hands")
COVERS = {
    "feet": FOOT,
    "lower_leg": LOWER_LEG,
    "knee_thigh": KNEE_THIGH,
    "buttock_hip": ("buttock",),
}
# The coarse area each place belongs to: the older rules (levels up the leg, back to below) read
# these, so old and new entries are described alike.
AREA_OF: dict[str, str] = {
    **{place: area for area, places in COVERS.items() for place in places},
    **{code: code for code in COARSE_PLACES},
    "fingers": "hands",
    "saddle": "saddle",
}
# Front and back of each level: a mark "all round" has both (the stocking of neuropathy).
FOOT_FRONT = frozenset({"toes", "foot_top_big_toe_side", "foot_top_little_toe_side"})
FOOT_BACK = frozenset({"sole", "heel"})
SHIN = frozenset({"shin_inner", "shin_outer"})


def areas(places: Iterable[str]) -> frozenset[str]:
    """The coarse areas of `places` (old codes are their own area)."""
    return _areas(places if isinstance(places, frozenset) else frozenset(places))


@lru_cache(maxsize=4096)  # a diary repeats a few sets of places day after day, for years
def _areas(places: frozenset[str]) -> frozenset[str]:
    return frozenset(AREA_OF.get(place, place) for place in places)


def shown_as(places: Iterable[str]) -> frozenset[str]:
    """The map places a set of codes lights up: an old coarse code lights every place it covers."""
    found: set[str] = set()
    for place in places:
        found.update(COVERS.get(place, (place,)))
    return frozenset(found)


SADDLE = "saddle"
SADDLE_FLAG = "saddle_numbness"  # vocab.RED_FLAGS: the saddle area marked on the map raises it


def with_marked_flags(red_flags: frozenset[str], left: Iterable[str], right: Iterable[str]) -> frozenset[str]:
    """The ticked warning signs, plus the saddle sign when the saddle area is marked on either side."""
    marked = SADDLE in frozenset(left) | frozenset(right)
    return red_flags | {SADDLE_FLAG} if marked else red_flags
