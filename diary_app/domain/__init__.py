"""The diary's data model and its validation; imports nothing else of ours."""

from diary_app.domain.models import (
    DayEntry,
    Dose,
    LabResult,
    Profile,
    ProfileDiary,
    Regimen,
    SideScores,
    no_symptoms,
)
from diary_app.domain.validation import (
    DiaryValidationError,
    FieldError,
    dose_errors,
    entry_errors,
    lab_errors,
    profile_errors,
    regimen_errors,
    require_valid,
)

__all__ = [
    "DayEntry",
    "DiaryValidationError",
    "Dose",
    "FieldError",
    "LabResult",
    "Profile",
    "ProfileDiary",
    "Regimen",
    "SideScores",
    "dose_errors",
    "entry_errors",
    "lab_errors",
    "no_symptoms",
    "profile_errors",
    "regimen_errors",
    "require_valid",
]
