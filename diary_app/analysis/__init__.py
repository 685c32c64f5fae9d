"""The pattern engine: describes a period of the diary (laterality, distribution, treatment)."""

from diary_app.analysis.adherence import (
    RegimenAdherence, adherence_for, dose_matches_regimen, next_due, planned_dates, tolerance_days,
)
from diary_app.analysis.laterality import (
    AFFECTED_MIN, LATERALITY_KINDS, SIMILAR_POINTS, day_severity, laterality_counts,
    laterality_of_day, stronger_side,
)
from diary_app.analysis.means import sensation_means

__all__ = [
    "AFFECTED_MIN", "LATERALITY_KINDS", "RegimenAdherence", "SIMILAR_POINTS", "adherence_for",
    "day_severity", "dose_matches_regimen", "laterality_counts", "laterality_of_day", "next_due",
    "planned_dates", "sensation_means", "stronger_side", "tolerance_days",
]
