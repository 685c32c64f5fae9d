"""Each day's laterality: which legs were affected, and whether at similar strength.

The rule, used everywhere in the analysis (docs/patterns.md, "Laterality of a day"):
- a leg is *affected* on a day when any of the five sensations (tingling, numbness, burning,
  pain, weakness) scores at least AFFECTED_MIN on that leg, unless all its scores are at most
  MINOR_SCORE while the other leg scores MINOR_AGAINST or more (a stray point);
- both legs are at *similar* strength when, for every one of the five sensations, the left and
  right scores differ by at most SIMILAR_POINTS.
"""

from __future__ import annotations

from collections.abc import Iterable

from diary_app.domain import DayEntry
from diary_app.domain import SideScores
from diary_app.domain.vocab import SENSATIONS

# Any score above zero is a symptom the person chose to record; a higher floor would hide the
# first, faint days of a neuropathy that "develops gradually" (003_b1dc9190a6b45721.txt).
AFFECTED_MIN = 1
# Self-rated 0-10 scores of the same feeling vary by a point or two from day to day; a gap of
# 3 or more on one sensation is a difference the person meant (PRODUCT: "within 2 points").
SIMILAR_POINTS = 2

# A stray point cannot make a second leg: a leg whose every score is at most MINOR_SCORE beside a
# leg scoring MINOR_AGAINST or more (three points more than the stray one, beyond the two-point
# wobble) is not counted as affected that day (a 1 beside a 7/10 sciatica is still one-sided).
MINOR_SCORE = 1
MINOR_AGAINST = 4

SYMMETRIC, ASYMMETRIC = "symmetric", "asymmetric"
LEFT_ONLY, RIGHT_ONLY, NO_SYMPTOMS = "left_only", "right_only", "no_symptoms"
LATERALITY_KINDS = (SYMMETRIC, ASYMMETRIC, LEFT_ONLY, RIGHT_ONLY, NO_SYMPTOMS)
BOTH_LEGS = (SYMMETRIC, ASYMMETRIC)
SWAPPED_KIND = {LEFT_ONLY: RIGHT_ONLY, RIGHT_ONLY: LEFT_ONLY}


def _scores(entry: DayEntry) -> list[SideScores]:
    symptoms = entry.symptoms
    return [symptoms[name] for name in SENSATIONS]


def laterality_of_day(entry: DayEntry) -> str:
    """One of LATERALITY_KINDS for the day (see the module docstring for the rule)."""
    scores = _scores(entry)
    widest_gap = max(abs(s.left - s.right) for s in scores)
    return kind_of(max(s.left for s in scores), max(s.right for s in scores), widest_gap)


def kind_of(left_top: int, right_top: int, widest_gap: int) -> str:
    """The laterality from each leg's top score and the widest left-right gap of one sensation."""
    left, right = left_top >= AFFECTED_MIN, right_top >= AFFECTED_MIN
    if left and right and right_top <= MINOR_SCORE and left_top >= MINOR_AGAINST:
        right = False
    if left and right and left_top <= MINOR_SCORE and right_top >= MINOR_AGAINST:
        left = False
    if not (left or right):
        return NO_SYMPTOMS
    if not right:
        return LEFT_ONLY
    if not left:
        return RIGHT_ONLY
    return SYMMETRIC if widest_gap <= SIMILAR_POINTS else ASYMMETRIC


def stronger_side(entry: DayEntry) -> str | None:
    """'left' or 'right': the leg with the higher top score (then the higher total), else None."""
    scores = _scores(entry)
    left = (max(s.left for s in scores), sum(s.left for s in scores))
    right = (max(s.right for s in scores), sum(s.right for s in scores))
    if left == right:
        return None
    return "left" if left > right else "right"


def day_severity(entry: DayEntry) -> int:
    """The highest of the day's ten scores (five sensations, two legs)."""
    return max(max(s.left, s.right) for s in _scores(entry))


def laterality_counts(entries: Iterable[DayEntry]) -> dict[str, int]:
    """How many of the entries fall in each laterality kind (every kind present, maybe 0)."""
    counts = dict.fromkeys(LATERALITY_KINDS, 0)
    for entry in entries:
        counts[laterality_of_day(entry)] += 1
    return counts
