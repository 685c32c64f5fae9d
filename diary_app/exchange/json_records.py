"""The shapes of diary v1 JSON records, as written and as read (keys checked, values validated)."""

from __future__ import annotations

from typing import Required
from typing import TypedDict


class SidesRecord(TypedDict, total=False):
    left: int
    right: int


class RegionsRecord(TypedDict, total=False):
    left: list[str]
    right: list[str]


class EntryRecord(TypedDict, total=False):
    date: Required[str]
    symptoms: dict[str, SidesRecord]
    regions: RegionsRecord
    back_pain: int
    radiates_from_back: bool
    worse_with_cough: bool
    worse_with_sitting: bool
    gait: int
    falls: int
    walk_10m_seconds: float | None
    other_symptoms: list[str]
    red_flags: list[str]
    notes: str
    ask_doctor: bool


class MedicineRecord(TypedDict, total=False):
    """What a dose and a plan (regimen) both hold: which medicine, and how much of it."""

    substance: Required[str]
    form: Required[str]
    compound: str
    amount: Required[float]
    unit: Required[str]


class DoseRecord(MedicineRecord, total=False):
    taken_at: Required[str]
    site: str
    notes: str


class RegimenRecord(MedicineRecord, total=False):
    every_days: Required[int]
    start: Required[str]
    end: str | None
    notes: str


class LabRecord(TypedDict, total=False):
    date: Required[str]
    test: Required[str]
    value: Required[float]
    unit: Required[str]
    ref_low: float | None
    ref_high: float | None


class ProfileRecord(TypedDict, total=False):
    name: Required[str]
    birth_year: int | None
    notes: str
    entries: list[EntryRecord]
    doses: list[DoseRecord]
    regimens: list[RegimenRecord]
    labs: list[LabRecord]


class DocumentRecord(TypedDict):
    format: str
    version: int
    exported_at: str
    profiles: list[ProfileRecord]
