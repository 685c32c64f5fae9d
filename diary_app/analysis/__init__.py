"""The pattern engine: describes a period of the diary (laterality, distribution, treatment)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:
    from diary_app.analysis.adherence import RegimenAdherence
    from diary_app.analysis.adherence import adherence_for
    from diary_app.analysis.adherence import dose_matches_regimen
    from diary_app.analysis.adherence import next_due
    from diary_app.analysis.adherence import planned_dates
    from diary_app.analysis.adherence import tolerance_days
    from diary_app.analysis.distribution import Distribution
    from diary_app.analysis.features import Associated
    from diary_app.analysis.features import FeatureRow
    from diary_app.analysis.laterality import AFFECTED_MIN
    from diary_app.analysis.laterality import LATERALITY_KINDS
    from diary_app.analysis.laterality import SIMILAR_POINTS
    from diary_app.analysis.laterality import day_severity
    from diary_app.analysis.laterality import laterality_counts
    from diary_app.analysis.laterality import laterality_of_day
    from diary_app.analysis.laterality import stronger_side
    from diary_app.analysis.means import sensation_means
    from diary_app.analysis.onset import ONSET_KINDS
    from diary_app.analysis.onset import Onset
    from diary_app.analysis.pattern import MIN_DAYS_FOR_PATTERN
    from diary_app.analysis.pattern import PATTERN_SHARE
    from diary_app.analysis.pattern import PATTERNS
    from diary_app.analysis.pattern import pattern_of
    from diary_app.analysis.period import PeriodAnalysis
    from diary_app.analysis.period import analyze_period
    from diary_app.analysis.red_flags import RedFlagDay
    from diary_app.analysis.red_flags import red_flag_days
    from diary_app.analysis.treatment import TreatmentResponse
    from diary_app.analysis.treatment import TreatmentStart

# Each name is imported from its module when first used: the window starts with only the modules
# it needs (reminders and the dose log need adherence, not the whole pattern engine).
_MODULES = {
    "RegimenAdherence": "diary_app.analysis.adherence",
    "adherence_for": "diary_app.analysis.adherence",
    "dose_matches_regimen": "diary_app.analysis.adherence",
    "next_due": "diary_app.analysis.adherence",
    "planned_dates": "diary_app.analysis.adherence",
    "tolerance_days": "diary_app.analysis.adherence",
    "Distribution": "diary_app.analysis.distribution",
    "Associated": "diary_app.analysis.features",
    "FeatureRow": "diary_app.analysis.features",
    "AFFECTED_MIN": "diary_app.analysis.laterality",
    "LATERALITY_KINDS": "diary_app.analysis.laterality",
    "SIMILAR_POINTS": "diary_app.analysis.laterality",
    "day_severity": "diary_app.analysis.laterality",
    "laterality_counts": "diary_app.analysis.laterality",
    "laterality_of_day": "diary_app.analysis.laterality",
    "stronger_side": "diary_app.analysis.laterality",
    "sensation_means": "diary_app.analysis.means",
    "ONSET_KINDS": "diary_app.analysis.onset",
    "Onset": "diary_app.analysis.onset",
    "MIN_DAYS_FOR_PATTERN": "diary_app.analysis.pattern",
    "PATTERN_SHARE": "diary_app.analysis.pattern",
    "PATTERNS": "diary_app.analysis.pattern",
    "pattern_of": "diary_app.analysis.pattern",
    "PeriodAnalysis": "diary_app.analysis.period",
    "analyze_period": "diary_app.analysis.period",
    "RedFlagDay": "diary_app.analysis.red_flags",
    "red_flag_days": "diary_app.analysis.red_flags",
    "TreatmentResponse": "diary_app.analysis.treatment",
    "TreatmentStart": "diary_app.analysis.treatment",
}


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


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_MODULES[name]), name)
