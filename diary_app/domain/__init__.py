"""The diary's data model and its validation; imports nothing else of ours."""

from diary_app.domain.models import DayEntry
from diary_app.domain.models import Dose
from diary_app.domain.models import LabResult
from diary_app.domain.models import Profile
from diary_app.domain.models import ProfileDiary
from diary_app.domain.models import Regimen
from diary_app.domain.models import SideScores
from diary_app.domain.models import no_symptoms
from diary_app.domain.validation import DiaryValidationError
from diary_app.domain.validation import FieldError
from diary_app.domain.validation import dose_errors
from diary_app.domain.validation import entry_errors
from diary_app.domain.validation import lab_errors
from diary_app.domain.validation import profile_errors
from diary_app.domain.validation import regimen_errors
from diary_app.domain.validation import require_valid

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
