"""The pattern of a period, from the laterality counts of its logged days."""

from __future__ import annotations

from diary_app.analysis.laterality import LEFT_ONLY, NO_SYMPTOMS, RIGHT_ONLY, SYMMETRIC

PATTERNS = ("symmetric", "unilateral_left", "unilateral_right", "mixed", "no_symptoms",
            "insufficient_data")
# One week of daily entries: the least that shows a pattern rather than a passing day or two,
# and the unit the weekly spread is measured in.
MIN_DAYS_FOR_PATTERN = 7
# With fewer than five days with symptoms one atypical day swings the share by 25 points or more;
# at five, one day may disagree and the 3-in-4 share still holds.
MIN_SYMPTOM_DAYS_FOR_PATTERN = 5
# "Mostly": at least three of every four days with symptoms agree (PRODUCT.md's examples: both
# legs on 24 of 27 days, right leg only on 9 of 11).
PATTERN_SHARE = 0.75
SWAPPED_PATTERN = {"unilateral_left": "unilateral_right", "unilateral_right": "unilateral_left"}


def symptom_days(counts: dict[str, int]) -> int:
    return sum(n for kind, n in counts.items() if kind != NO_SYMPTOMS)


def pattern_of(counts: dict[str, int]) -> str:
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
    for kind, pattern in ((SYMMETRIC, "symmetric"), (LEFT_ONLY, "unilateral_left"),
                          (RIGHT_ONLY, "unilateral_right")):
        if counts[kind] >= PATTERN_SHARE * with_symptoms:
            return pattern
    return "mixed"
