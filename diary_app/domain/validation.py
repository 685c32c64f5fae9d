"""Validation of diary records, returning structured errors instead of clamping or dropping."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import TypeGuard

from diary_app.domain import vocab
from diary_app.domain.models import DayEntry
from diary_app.domain.models import Dose
from diary_app.domain.models import LabResult
from diary_app.domain.models import Profile
from diary_app.domain.models import Regimen
from diary_app.domain.units import B12_UNITS

FUTURE_DAY = "future_date"
OUT_OF_RANGE = "out_of_range"
NOT_ALLOWED = "not_allowed"
REQUIRED = "required"
TOO_LONG = "too_long"
WRONG_TYPE = "wrong_type"
NOT_POSITIVE = "not_positive"
NO_TIMEZONE = "no_utc_offset"
END_BEFORE_START = "end_before_start"
RANGE_INVERTED = "range_inverted"


@dataclass(frozen=True)
class FieldError:
    """One rule broken by one field of one record."""

    record: str
    field: str
    value: object
    rule: str
    detail: str = ""

    def message(self) -> str:
        """A one-line English description, for logs and the command line."""
        text = f"{self.record}: field '{self.field}' value {shown(self.value)} breaks rule '{self.rule}'"
        return f"{text} ({self.detail})" if self.detail else text


class DiaryValidationError(ValueError):
    """Raised when records break rules; carries every FieldError found."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors = tuple(errors)
        super().__init__("; ".join(error.message() for error in self.errors))


SHOWN_LIMIT = 80


def shown(value: object, limit: int = SHOWN_LIMIT) -> str:
    """repr(value) cut to `limit` characters (a 50 MB value must not make a 50 MB message)."""
    text = repr(value) if not isinstance(value, str) or len(value) <= limit else repr(value[:limit])
    if isinstance(value, str) and len(value) > limit:
        return f"{text}… ({len(value)} characters)"
    return text


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[float]:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


class _Checker:
    """Collects errors for one record."""

    def __init__(self, record: str):
        self.record = record
        self.errors: list[FieldError] = []

    def fail(self, name: str, value: object, rule: str, detail: str = "") -> None:
        self.errors.append(FieldError(self.record, name, value, rule, detail))

    def integer(self, name: str, value: object, low: int, high: int) -> None:
        if not _is_int(value):
            self.fail(name, value, WRONG_TYPE, "a whole number")
        elif not low <= value <= high:
            self.fail(name, value, OUT_OF_RANGE, f"{low}–{high}")

    def number(self, name: str, value: object, low: float, high: float) -> None:
        if not _is_number(value):
            self.fail(name, value, WRONG_TYPE, "a number")
        elif not low <= value <= high:
            self.fail(name, value, OUT_OF_RANGE, f"{low}–{high}")

    def positive(self, name: str, value: object, high: float = vocab.MAX_AMOUNT) -> None:
        if not _is_number(value):
            self.fail(name, value, WRONG_TYPE, "a number")
        elif not 0 < value <= high:
            self.fail(name, value, NOT_POSITIVE, f"more than 0, at most {high:g}")

    def boolean(self, name: str, value: object) -> None:
        if not isinstance(value, bool):
            self.fail(name, value, WRONG_TYPE, "true or false")

    def choice(self, name: str, value: object, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        if value not in allowed:
            self.fail(name, value, NOT_ALLOWED, ", ".join(a or "''" for a in allowed))

    def subset(self, name: str, values: Iterable[object], allowed: Iterable[str]) -> None:
        allowed = frozenset(allowed)
        for value in sorted(map(str, values)):
            if value not in allowed:
                self.fail(name, value, NOT_ALLOWED, ", ".join(sorted(allowed)))

    def text(self, name: str, value: object, limit: int, required: bool = False) -> None:
        if not isinstance(value, str):
            self.fail(name, value, WRONG_TYPE, "text")
        elif required and not value.strip():
            self.fail(name, value, REQUIRED)
        elif len(value) > limit:
            self.fail(name, f"{len(value)} characters", TOO_LONG, f"at most {limit}")
        elif "\x00" in value:
            self.fail(name, value.replace("\x00", "\\0"), NOT_ALLOWED, "no NUL characters")
        elif not _encodable(value):
            self.fail(name, value, NOT_ALLOWED, "no broken characters (lone UTF-16 surrogates)")

    def a_date(self, name: str, value: object) -> bool:
        if not isinstance(value, date) or isinstance(value, datetime):
            self.fail(name, value, WRONG_TYPE, "a date")
            return False
        return self.in_calendar(name, value)

    def in_calendar(self, name: str, day: date) -> bool:
        if not vocab.FIRST_DAY_YEAR <= day.year <= vocab.LAST_DAY_YEAR:
            self.fail(
                name, day.isoformat(), OUT_OF_RANGE, f"years {vocab.FIRST_DAY_YEAR}–{vocab.LAST_DAY_YEAR}"
            )
            return False
        return True


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def entry_errors(
    entry: DayEntry, today: date | None = None, record: str = "", places: tuple[str, ...] = vocab.REGIONS
) -> list[FieldError]:
    """Every rule a day entry breaks; `today` given refuses dates after it; `places`: the places a
    file of an older format may name."""
    check = _Checker(record or f"entry {entry.day}")
    if check.a_date("date", entry.day) and today is not None and entry.day > today:
        check.fail("date", entry.day.isoformat(), FUTURE_DAY, f"after {today.isoformat()}")
    check.subset("symptoms", entry.symptoms.keys(), vocab.SENSATIONS)
    for name in vocab.SENSATIONS:
        for side in vocab.SIDES:
            check.integer(f"{name}.{side}", entry.score(name, side), vocab.SCORE_MIN, vocab.SCORE_MAX)
    check.subset("regions.left", entry.regions_left, places)
    check.subset("regions.right", entry.regions_right, places)
    check.integer("back_pain", entry.back_pain, vocab.SCORE_MIN, vocab.SCORE_MAX)
    for name in ("radiates_from_back", "worse_with_cough", "worse_with_sitting", "ask_doctor"):
        check.boolean(name, getattr(entry, name))
    check.integer("gait", entry.gait, vocab.GAIT_MIN, vocab.GAIT_MAX)
    check.integer("falls", entry.falls, 0, vocab.MAX_FALLS_PER_DAY)
    if entry.walk_10m_seconds is not None:
        check.number("walk_10m_seconds", entry.walk_10m_seconds, 1.0, vocab.MAX_WALK_SECONDS)
    check.subset("other_symptoms", entry.other_symptoms, vocab.OTHER_SYMPTOMS)
    check.subset("red_flags", entry.red_flags, vocab.RED_FLAGS)
    check.text("notes", entry.notes, vocab.MAX_NOTES_LENGTH)
    return check.errors


def profile_errors(profile: Profile, record: str = "") -> list[FieldError]:
    check = _Checker(record or f"profile {profile.name!r}")
    check.text("name", profile.name, vocab.MAX_NAME_LENGTH)
    if profile.birth_year is not None:
        check.integer("birth_year", profile.birth_year, vocab.MIN_BIRTH_YEAR, vocab.MAX_BIRTH_YEAR)
    check.text("notes", profile.notes, vocab.MAX_NOTES_LENGTH)
    return check.errors


def _medicine_errors(check: _Checker, medicine: Dose | Regimen) -> None:
    """The fields a dose and a plan share: which medicine, and how much of it."""
    check.text("substance", medicine.substance, vocab.MAX_TEXT_FIELD, required=True)
    check.choice("form", medicine.form, vocab.DOSE_FORMS)
    check.positive("amount", medicine.amount)
    check.choice("unit", medicine.unit, vocab.DOSE_UNITS)
    check.choice("compound", medicine.compound, vocab.COMPOUNDS)


def dose_errors(dose: Dose, record: str = "") -> list[FieldError]:
    check = _Checker(record or f"dose {dose.taken_at}")
    if not isinstance(dose.taken_at, datetime):
        check.fail("taken_at", dose.taken_at, WRONG_TYPE, "a date and time")
    elif dose.taken_at.utcoffset() is None:
        check.fail("taken_at", dose.taken_at.isoformat(), NO_TIMEZONE)
    else:
        check.in_calendar("taken_at", dose.taken_at.date())
    _medicine_errors(check, dose)
    check.choice("site", dose.site, vocab.INJECTION_SITES)
    check.text("notes", dose.notes, vocab.MAX_NOTES_LENGTH)
    return check.errors


def regimen_errors(regimen: Regimen, record: str = "") -> list[FieldError]:
    check = _Checker(record or f"regimen from {regimen.start}")
    _medicine_errors(check, regimen)
    check.integer("every_days", regimen.every_days, 1, vocab.MAX_EVERY_DAYS)
    starts = check.a_date("start", regimen.start)
    end = regimen.end
    if end is not None and check.a_date("end", end) and starts and end < regimen.start:
        check.fail("end", end.isoformat(), END_BEFORE_START, regimen.start.isoformat())
    check.text("notes", regimen.notes, vocab.MAX_NOTES_LENGTH)
    return check.errors


def lab_errors(lab: LabResult, record: str = "") -> list[FieldError]:
    check = _Checker(record or f"lab {lab.test} {lab.day}")
    check.a_date("date", lab.day)
    check.text("test", lab.test, vocab.MAX_TEXT_FIELD, required=True)
    check.number("value", lab.value, 0.0, vocab.MAX_AMOUNT)
    check.text("unit", lab.unit, vocab.MAX_TEXT_FIELD)
    if lab.test == "b12" and lab.unit not in B12_UNITS:
        check.choice("unit", lab.unit, B12_UNITS)
    for name in ("ref_low", "ref_high"):
        if getattr(lab, name) is not None:
            check.number(name, getattr(lab, name), 0.0, vocab.MAX_AMOUNT)
    low, high = lab.ref_low, lab.ref_high
    if not check.errors and low is not None and high is not None and low > high:
        check.fail("ref_low", lab.ref_low, RANGE_INVERTED, f"above ref_high {lab.ref_high}")
    return check.errors


def require_valid(errors: list[FieldError]) -> None:
    """Raise DiaryValidationError when the list is not empty."""
    if errors:
        raise DiaryValidationError(errors)
