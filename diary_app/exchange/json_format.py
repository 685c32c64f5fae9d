"""JSON "diary v1": the exchange and backup format, written and read back exactly (strictly)."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any
from typing import cast

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain import dose_errors
from diary_app.domain import lab_errors
from diary_app.domain import regimen_errors
from diary_app.domain import vocab
from diary_app.domain.validation import shown
from diary_app.exchange.errors import ImportFormatError
from diary_app.exchange.json_records import DocumentRecord
from diary_app.exchange.json_records import DoseRecord
from diary_app.exchange.json_records import EntryRecord
from diary_app.exchange.json_records import LabRecord
from diary_app.exchange.json_records import MedicineRecord
from diary_app.exchange.json_records import ProfileRecord
from diary_app.exchange.json_records import RegimenRecord
from diary_app.exchange.json_records import SidesRecord
from diary_app.exchange.records import Where
from diary_app.exchange.records import checked
from diary_app.exchange.records import checked_profile
from diary_app.exchange.records import entry_rules
from diary_app.exchange.records import parse_day
from diary_app.exchange.records import parse_moment
from diary_app.exchange.records import parse_optional_day
from diary_app.exchange.records import refuse_repeated_days
from diary_app.exchange.records import refuse_repeated_profiles

FORMAT_NAME = "symptom-diary"
# Version 2 added the body map's finer places; a version 1 file (six coarse places) reads as it is.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
ENTRY_FLAGS = ("radiates_from_back", "worse_with_cough", "worse_with_sitting")
ENTRY_KEYS = (
    "date",
    "symptoms",
    "regions",
    "back_pain",
    *ENTRY_FLAGS,
    "gait",
    "falls",
    "walk_10m_seconds",
    "other_symptoms",
    "red_flags",
    "notes",
    "ask_doctor",
)
DOSE_KEYS = ("taken_at", "substance", "form", "compound", "amount", "unit", "site", "notes")
REGIMEN_KEYS = ("substance", "form", "compound", "amount", "unit", "every_days", "start", "end", "notes")
LAB_KEYS = ("date", "test", "value", "unit", "ref_low", "ref_high")
PROFILE_KEYS = ("name", "birth_year", "notes", "entries", "doses", "regimens", "labs")
TOP_KEYS = ("format", "version", "exported_at", "profiles")
LARGEST_INTEGER = 10**15
FIELD_NAMES = {
    f"{name}.{side}": f"symptoms.{name}.{side}" for name in vocab.SENSATIONS for side in vocab.SIDES
}


# Writing


def _codes(codes: frozenset[str], vocabulary: tuple[str, ...]) -> list[str]:
    """A set of codes in vocabulary order, so the same diary always gives the same text."""
    return [code for code in vocabulary if code in codes]


def entry_to_dict(entry: DayEntry) -> EntryRecord:
    return {
        "date": entry.day.isoformat(),
        "symptoms": {
            name: {"left": entry.score(name, "left"), "right": entry.score(name, "right")}
            for name in vocab.SENSATIONS
        },
        "regions": {
            "left": _codes(entry.regions_left, vocab.REGIONS),
            "right": _codes(entry.regions_right, vocab.REGIONS),
        },
        "back_pain": entry.back_pain,
        "radiates_from_back": entry.radiates_from_back,
        "worse_with_cough": entry.worse_with_cough,
        "worse_with_sitting": entry.worse_with_sitting,
        "gait": entry.gait,
        "falls": entry.falls,
        "walk_10m_seconds": entry.walk_10m_seconds,
        "other_symptoms": _codes(entry.other_symptoms, vocab.OTHER_SYMPTOMS),
        "red_flags": _codes(entry.red_flags, vocab.RED_FLAGS),
        "notes": entry.notes,
        "ask_doctor": entry.ask_doctor,
    }


def _medicine_to_dict(medicine: Dose | Regimen) -> MedicineRecord:
    return {
        "substance": medicine.substance,
        "form": medicine.form,
        "compound": medicine.compound,
        "amount": medicine.amount,
        "unit": medicine.unit,
    }


def dose_to_dict(dose: Dose) -> DoseRecord:
    return {
        "taken_at": dose.taken_at.isoformat(),
        **_medicine_to_dict(dose),
        "site": dose.site,
        "notes": dose.notes,
    }


def regimen_to_dict(regimen: Regimen) -> RegimenRecord:
    return {
        **_medicine_to_dict(regimen),
        "every_days": regimen.every_days,
        "start": regimen.start.isoformat(),
        "end": regimen.end.isoformat() if regimen.end else None,
        "notes": regimen.notes,
    }


def lab_to_dict(lab: LabResult) -> LabRecord:
    return {
        "date": lab.day.isoformat(),
        "test": lab.test,
        "value": lab.value,
        "unit": lab.unit,
        "ref_low": lab.ref_low,
        "ref_high": lab.ref_high,
    }


def diary_to_dict(diary: ProfileDiary) -> ProfileRecord:
    profile = diary.profile
    return {
        "name": profile.name,
        "birth_year": profile.birth_year,
        "notes": profile.notes,
        "entries": [entry_to_dict(e) for e in diary.entries],
        "doses": [dose_to_dict(d) for d in diary.doses],
        "regimens": [regimen_to_dict(r) for r in diary.regimens],
        "labs": [lab_to_dict(lab) for lab in diary.labs],
    }


def diaries_to_json(diaries: list[ProfileDiary], exported_at: datetime) -> str:
    """The diary JSON text, format 2 (UTF-8 friendly: Arabic stays readable, not \\u-escaped)."""
    document: DocumentRecord = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "profiles": [diary_to_dict(d) for d in diaries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# Reading


class _Object:
    """A JSON object with its allowed and required keys checked; unknown keys are errors."""

    def __init__(
        self,
        value: object,
        allowed: tuple[str, ...],
        required: tuple[str, ...],
        where: Where,
        what: str,
        prefix: str = "",
    ):
        self.where, self.prefix = where, prefix
        if not isinstance(value, dict):
            raise where.error(
                prefix.rstrip(".") or None, f"{what} must be a JSON object {{...}}, not {_json_type(value)}"
            )
        unknown = [key for key in value if key not in allowed]
        if unknown:
            raise self.error(unknown[0], f"unknown key in {what} (allowed: {', '.join(allowed)})")
        for key in required:
            if key not in value:
                raise self.error(key, f"required key is missing from {what}")
        self.value: dict[str, object] = value

    def error(self, key: str, problem: str) -> ImportFormatError:
        return self.where.error(self.prefix + key, problem)

    def get(self, key: str, default: object = None) -> object:
        return self.value.get(key, default)

    def items(self, key: str) -> list[object]:
        found = self.value.get(key, [])
        if not isinstance(found, list):
            raise self.error(key, f"must be a JSON list [...], not {_json_type(found)}")
        return found

    def codes(self, key: str) -> frozenset[str]:
        found = self.value.get(key, [])
        if not isinstance(found, list) or not all(isinstance(code, str) for code in found):
            raise self.error(key, f'must be a list of codes such as ["feet"], not {shown(found)}')
        return frozenset(found)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _symptoms(reader: _Object) -> dict[str, SideScores]:
    table = _Object(reader.get("symptoms", {}), vocab.SENSATIONS, (), reader.where, "symptoms", "symptoms.")
    scores: dict[str, SideScores] = {}
    for name in vocab.SENSATIONS:
        sides = _Object(
            table.get(name, {}), vocab.SIDES, (), reader.where, f"symptoms.{name}", f"symptoms.{name}."
        )
        record = cast(SidesRecord, sides.value)  # values checked by entry_errors
        scores[name] = SideScores(left=record.get("left", 0), right=record.get("right", 0))
    return scores


def _entry_label(value: object, index: int) -> str:
    """'entry 2026-10-01' when the date can be read, else 'entry #3'."""
    text = value.get("date") if isinstance(value, dict) else None
    try:
        return f"entry {parse_day(text, Where(), 'date').isoformat()}"
    except ImportFormatError:
        return f"entry #{index}"


def _entry(value: object, index: int, where: Where, version: int) -> tuple[DayEntry, Where]:
    where = where.at(record=_entry_label(value, index))
    reader = _Object(value, ENTRY_KEYS, ("date",), where, "an entry")
    record = cast(EntryRecord, reader.value)  # keys checked; values checked by entry_errors below
    day = parse_day(record["date"], where, "date")
    regions = _Object(reader.get("regions", {}), vocab.SIDES, (), where, "regions", "regions.")
    entry = DayEntry(
        day,
        _symptoms(reader),
        regions_left=regions.codes("left"),
        regions_right=regions.codes("right"),
        back_pain=record.get("back_pain", 0),
        gait=record.get("gait", 0),
        falls=record.get("falls", 0),
        walk_10m_seconds=record.get("walk_10m_seconds"),
        other_symptoms=reader.codes("other_symptoms"),
        red_flags=reader.codes("red_flags"),
        notes=record.get("notes", ""),
        ask_doctor=record.get("ask_doctor", False),
        radiates_from_back=record.get("radiates_from_back", False),
        worse_with_cough=record.get("worse_with_cough", False),
        worse_with_sitting=record.get("worse_with_sitting", False),
    )
    return checked(entry, entry_rules(version), where), where


def _medicine(record: MedicineRecord) -> dict[str, Any]:
    """The fields a dose and a plan share: which medicine, and how much of it."""
    return {
        "substance": record["substance"],
        "form": record["form"],
        "amount": record["amount"],
        "unit": record["unit"],
        "compound": record.get("compound", ""),
    }


def _dose(value: object, index: int, where: Where) -> Dose:
    where = where.at(record=f"dose #{index}")
    reader = _Object(value, DOSE_KEYS, ("taken_at", "substance", "form", "amount", "unit"), where, "a dose")
    record = cast(DoseRecord, reader.value)  # keys checked; values checked by dose_errors below
    dose = Dose(
        taken_at=parse_moment(record["taken_at"], where, "taken_at"),
        **_medicine(record),
        site=record.get("site", ""),
        notes=record.get("notes", ""),
    )
    return checked(dose, dose_errors, where)


def _regimen(value: object, index: int, where: Where) -> Regimen:
    where = where.at(record=f"regimen #{index}")
    required = ("substance", "form", "amount", "unit", "every_days", "start")
    reader = _Object(value, REGIMEN_KEYS, required, where, "a regimen")
    record = cast(RegimenRecord, reader.value)  # keys checked; values checked by regimen_errors below
    regimen = Regimen(
        **_medicine(record),
        every_days=record["every_days"],
        start=parse_day(record["start"], where, "start"),
        end=parse_optional_day(record.get("end"), where, "end"),
        notes=record.get("notes", ""),
    )
    return checked(regimen, regimen_errors, where)


def _lab(value: object, index: int, where: Where) -> LabResult:
    where = where.at(record=f"lab #{index}")
    reader = _Object(value, LAB_KEYS, ("date", "test", "value", "unit"), where, "a lab result")
    record = cast(LabRecord, reader.value)  # keys checked; values checked by lab_errors below
    lab = LabResult(
        parse_day(record["date"], where, "date"),
        record["test"],
        record["value"],
        record["unit"],
        ref_low=record.get("ref_low"),
        ref_high=record.get("ref_high"),
    )
    return checked(lab, lab_errors, where)


def _diary(value: object, index: int, version: int) -> ProfileDiary:
    name = value.get("name") if isinstance(value, dict) else None
    where = Where(profile=name if isinstance(name, str) else f"#{index}", field_names=FIELD_NAMES)
    reader = _Object(value, PROFILE_KEYS, ("name",), where, "a profile")
    record = cast(ProfileRecord, reader.value)  # keys checked; values checked by checked_profile
    profile = checked_profile(
        Profile(record["name"], record.get("birth_year"), record.get("notes", "")), where
    )
    entries = [_entry(v, i, where, version) for i, v in enumerate(reader.items("entries"), 1)]
    refuse_repeated_days(entries)
    return ProfileDiary(
        profile,
        tuple(entry for entry, _ in entries),
        tuple(_dose(v, i, where) for i, v in enumerate(reader.items("doses"), 1)),
        tuple(_regimen(v, i, where) for i, v in enumerate(reader.items("regimens"), 1)),
        tuple(_lab(v, i, where) for i, v in enumerate(reader.items("labs"), 1)),
    )


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ImportFormatError(f"the key {shown(key)} appears twice in one JSON object")
        result[key] = value
    return result


def _integer(text: str) -> int:
    value = int(text) if len(text) <= 20 else LARGEST_INTEGER + 1
    if abs(value) > LARGEST_INTEGER:
        raise ImportFormatError(f"the number {text[:20]} is too large")
    return value


def _decimal(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ImportFormatError(f"the number {text[:20]} is too large")
    return value


def _constant(text: str) -> object:
    raise ImportFormatError(f"{text} is not a number this format allows")


def _parse_document(text: str) -> object:
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_int=_integer,
            parse_float=_decimal,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError("not valid JSON (nested too deeply)") from None


def diaries_from_json(text: str) -> list[ProfileDiary]:
    """Every profile of a diary document (format 1 or 2); raises ImportFormatError naming the bad value."""
    document = _Object(
        _parse_document(text.removeprefix("\ufeff")),
        TOP_KEYS,
        ("format", "version", "profiles"),
        Where(),
        "the file",
    )
    if document.get("format") != FORMAT_NAME:
        raise ImportFormatError(f"this is not a Symptom Diary file (its 'format' is not {FORMAT_NAME!r})")
    version = document.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise ImportFormatError(
            f"the file is format version {shown(version)}; this program reads "
            f"versions 1 to {FORMAT_VERSION} (a newer program may have written it)"
        )
    diaries = [_diary(value, i, version) for i, value in enumerate(document.items("profiles"), 1)]
    refuse_repeated_profiles(diaries)
    return diaries
