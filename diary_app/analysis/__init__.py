"""The pattern engine: describes a period of the diary (laterality, distribution, treatment)."""

from diary_app.analysis.adherence import (
    RegimenAdherence,
    adherence_for,
    dose_matches_regimen,
    next_due,
    planned_dates,
    tolerance_days,
)
from diary_app.analysis.distribution import Distribution
from diary_app.analysis.features import Associated, FeatureRow
from diary_app.analysis.laterality import (
    AFFECTED_MIN,
    LATERALITY_KINDS,
    SIMILAR_POINTS,
    day_severity,
    laterality_counts,
    laterality_of_day,
    stronger_side,
)
from diary_app.analysis.means import sensation_means
from diary_app.analysis.onset import ONSET_KINDS, Onset
from diary_app.analysis.pattern import MIN_DAYS_FOR_PATTERN, PATTERN_SHARE, PATTERNS, pattern_of
from diary_app.analysis.period import PeriodAnalysis, analyze_period
from diary_app.analysis.red_flags import RedFlagDay, red_flag_days
from diary_app.analysis.treatment import TreatmentResponse, TreatmentStart

__all__ = [
    "AFFECTED_MIN",
    "LATERALITY_KINDS",
    "MIN_DAYS_FOR_PATTERN",
    "ONSET_KINDS",
    "PATTERNS",
    "PATTERN_SHARE",
    "SIMILAR_POINTS",
    "Associated",
    "Distribution",
    "FeatureRow",
    "Onset",
    "PeriodAnalysis",
    "RedFlagDay",
    "RegimenAdherence",
    "TreatmentResponse",
    "TreatmentStart",
    "adherence_for",
    "analyze_period",
    "day_severity",
    "dose_matches_regimen",
    "laterality_counts",
    "laterality_of_day",
    "next_due",
    "pattern_of",
    "planned_dates",
    "red_flag_days",
    "sensation_means",
    "stronger_side",
    "tolerance_days",
]
