"""Mapping between domain records and database rows (bit masks, ISO text, 0/1 booleans)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from datetime import datetime
from typing import Any

from diary_app.domain import vocab
from diary_app.domain.models import DayEntry
from diary_app.domain.models import Dose
from diary_app.domain.models import LabResult
from diary_app.domain.models import Profile
from diary_app.domain.models import Regimen
from diary_app.domain.models import SideScores

Row = dict[str, Any]  # a table row as sqlite-utils reads and writes it

ENTRY_FLAGS = ("radiates_from_back", "worse_with_cough", "worse_with_sitting", "ask_doctor")
ENTRY_INTS = ("back_pain", "gait", "falls")


def to_mask(codes: Iterable[str], vocabulary: tuple[str, ...]) -> int:
    return sum(1 << vocabulary.index(code) for code in codes)


@functools.cache  # few distinct masks recur over thousands of rows; frozensets can be shared
def from_mask(mask: int, vocabulary: tuple[str, ...]) -> frozenset[str]:
    return frozenset(code for bit, code in enumerate(vocabulary) if mask & (1 << bit))


@functools.cache  # at most 11 × 11 pairs: loading ten years builds 121 objects, not 18,250
def _side_scores(left: int, right: int) -> SideScores:
    return SideScores(left=left, right=right)


_SCORE_COLUMNS = tuple((name, f"{name}_left", f"{name}_right") for name in vocab.SENSATIONS)


def entry_to_row(profile_id: int, entry: DayEntry) -> Row:
    row = {"profile_id": profile_id, "day": entry.day.isoformat()}
    for name in vocab.SENSATIONS:
        for side in vocab.SIDES:
            row[f"{name}_{side}"] = entry.score(name, side)
    row["regions_left_mask"] = to_mask(entry.regions_left, vocab.REGIONS)
    row["regions_right_mask"] = to_mask(entry.regions_right, vocab.REGIONS)
    row["other_symptoms_mask"] = to_mask(entry.other_symptoms, vocab.OTHER_SYMPTOMS)
    row["red_flags_mask"] = to_mask(entry.red_flags, vocab.RED_FLAGS)
    row.update({name: int(getattr(entry, name)) for name in ENTRY_FLAGS})
    row.update({name: getattr(entry, name) for name in ENTRY_INTS})
    row["walk_10m_seconds"] = entry.walk_10m_seconds
    row["notes"] = entry.notes
    return row


def entry_from_row(row: Row) -> DayEntry:
    symptoms = {name: _side_scores(row[left], row[right]) for name, left, right in _SCORE_COLUMNS}
    return DayEntry(
        day=date.fromisoformat(row["day"]),
        symptoms=symptoms,
        regions_left=from_mask(row["regions_left_mask"], vocab.REGIONS),
        regions_right=from_mask(row["regions_right_mask"], vocab.REGIONS),
        other_symptoms=from_mask(row["other_symptoms_mask"], vocab.OTHER_SYMPTOMS),
        red_flags=from_mask(row["red_flags_mask"], vocab.RED_FLAGS),
        walk_10m_seconds=row["walk_10m_seconds"],
        notes=row["notes"],
        **{name: bool(row[name]) for name in ENTRY_FLAGS},
        **{name: row[name] for name in ENTRY_INTS},
    )


def profile_to_row(profile: Profile) -> Row:
    return {"name": profile.name, "birth_year": profile.birth_year, "notes": profile.notes}


def profile_from_row(row: Row) -> Profile:
    return Profile(name=row["name"], birth_year=row["birth_year"], notes=row["notes"], id=row["id"])


def _medicine_to_row(medicine: Dose | Regimen) -> Row:
    """The columns a dose and a plan share: which medicine, and how much of it."""
    return {
        "substance": medicine.substance,
        "form": medicine.form,
        "compound": medicine.compound,
        "amount": float(medicine.amount),
        "unit": medicine.unit,
    }


def _medicine_from_row(row: Row) -> Row:
    """The fields of a dose or a plan that `_medicine_to_row` wrote."""
    return {
        "substance": row["substance"],
        "form": row["form"],
        "compound": row["compound"],
        "amount": _number(row["amount"]),
        "unit": row["unit"],
    }


def dose_to_row(profile_id: int, dose: Dose) -> Row:
    return {
        "profile_id": profile_id,
        "taken_at": dose.taken_at.isoformat(),
        "day": dose.day.isoformat(),
        **_medicine_to_row(dose),
        "site": dose.site,
        "notes": dose.notes,
    }


def dose_from_row(row: Row) -> Dose:
    return Dose(
        taken_at=datetime.fromisoformat(row["taken_at"]),
        **_medicine_from_row(row),
        site=row["site"],
        notes=row["notes"],
        id=row["id"],
    )


def regimen_to_row(profile_id: int, regimen: Regimen) -> Row:
    return {
        "profile_id": profile_id,
        **_medicine_to_row(regimen),
        "every_days": regimen.every_days,
        "start": regimen.start.isoformat(),
        "end": regimen.end.isoformat() if regimen.end else None,
        "notes": regimen.notes,
    }


def regimen_from_row(row: Row) -> Regimen:
    return Regimen(
        **_medicine_from_row(row),
        every_days=row["every_days"],
        start=date.fromisoformat(row["start"]),
        end=date.fromisoformat(row["end"]) if row["end"] else None,
        notes=row["notes"],
        id=row["id"],
    )


def lab_to_row(profile_id: int, lab: LabResult) -> Row:
    return {
        "profile_id": profile_id,
        "day": lab.day.isoformat(),
        "test": lab.test,
        "value": float(lab.value),
        "unit": lab.unit,
        "ref_low": None if lab.ref_low is None else float(lab.ref_low),
        "ref_high": None if lab.ref_high is None else float(lab.ref_high),
    }


def lab_from_row(row: Row) -> LabResult:
    return LabResult(
        day=date.fromisoformat(row["day"]),
        test=row["test"],
        value=_number(row["value"]),
        unit=row["unit"],
        ref_low=_optional_number(row["ref_low"]),
        ref_high=_optional_number(row["ref_high"]),
        id=row["id"],
    )


def _number(value: float) -> float | int:
    """Whole numbers come back as int so that 1000 round-trips as 1000, not 1000.0."""
    return int(value) if float(value).is_integer() else value


def _optional_number(value: float | None) -> float | int | None:
    return None if value is None else _number(value)
