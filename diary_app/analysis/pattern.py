"""The pattern of a period, from the laterality counts of its logged days."""

from __future__ import annotations

import itertools

from diary_app.analysis.laterality import LEFT_ONLY
from diary_app.analysis.laterality import NO_SYMPTOMS
from diary_app.analysis.laterality import RIGHT_ONLY
from diary_app.analysis.laterality import SYMMETRIC

PATTERNS = (
    "symmetric",
    "unilateral_left",
    "unilateral_right",
    "alternating",
    "mixed",
    "no_symptoms",
    "insufficient_data",
)
# One week of daily entries: the least that shows a pattern rather than a passing day or two,
# and the unit the weekly spread is measured in.
MIN_DAYS_FOR_PATTERN = 7
# With fewer than five days with symptoms one atypical day swings the share by 25 points or more;
# at five, one day may disagree and the 3-in-4 share still holds.
MIN_SYMPTOM_DAYS_FOR_PATTERN = 5
# "Mostly": at least three of every four days with symptoms agree (PRODUCT.md's examples: both
# legs on 24 of 27 days, right leg only on 9 of 11).
PATTERN_SHARE = 0.75
# Legs that take turns: each leg alone on at least a quarter of the days with symptoms, one leg
# alone on three in four, and the side changing at least ALTERNATING_SWITCHES times between
# one-sided days (one change is a sciatica moving over, four is a back-and-forth).
ALTERNATING_SHARE = 0.25
ALTERNATING_SWITCHES = 4
SWAPPED_PATTERN = {"unilateral_left": "unilateral_right", "unilateral_right": "unilateral_left"}


def symptom_days(counts: dict[str, int]) -> int:
    return sum(n for kind, n in counts.items() if kind != NO_SYMPTOMS)


def side_switches(kinds: list[str]) -> int:
    """How often the leg changes between consecutive one-sided days (other days are skipped)."""
    sides = [k for k in kinds if k in (LEFT_ONLY, RIGHT_ONLY)]
    return sum(1 for a, b in itertools.pairwise(sides) if a != b)


def pattern_of(counts: dict[str, int], switches: int = 0) -> str:
    """One of PATTERNS. Shares are taken over days *with symptoms*, so symptom-free days never
    change which pattern the symptomatic days show (they only lift a period out of
    insufficient_data)."""
    logged = sum(counts.values())
    with_symptoms = symptom_days(counts)
    if logged < MIN_DAYS_FOR_PATTERN:
        return "insufficient_data"
    if with_symptoms == 0:
        return "no_symptoms"
    if with_symptoms < MIN_SYMPTOM_DAYS_FOR_PATTERN:
        return "insufficient_data"
    for kind, pattern in (
        (SYMMETRIC, "symmetric"),
        (LEFT_ONLY, "unilateral_left"),
        (RIGHT_ONLY, "unilateral_right"),
    ):
        if counts[kind] >= PATTERN_SHARE * with_symptoms:
            return pattern
    if _alternating(counts, with_symptoms, switches):
        return "alternating"
    return "mixed"


def _alternating(counts: dict[str, int], with_symptoms: int, switches: int) -> bool:
    left, right = counts[LEFT_ONLY], counts[RIGHT_ONLY]
    return (
        min(left, right) >= ALTERNATING_SHARE * with_symptoms
        and left + right >= PATTERN_SHARE * with_symptoms
        and switches >= ALTERNATING_SWITCHES
    )
