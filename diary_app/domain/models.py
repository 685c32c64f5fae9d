"""The diary's records as immutable dataclasses: profiles, day entries, doses, regimens, labs."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from types import MappingProxyType
from typing import Any
from typing import Literal

from diary_app.domain.vocab import SENSATIONS


@dataclass(frozen=True)
class SideScores:
    """One sensation's 0–10 intensity in the left and the right leg."""

    left: int = 0
    right: int = 0

    def of(self, side: str) -> int:
        return self.left if side == "left" else self.right

    def swapped(self) -> SideScores:
        return SideScores(left=self.right, right=self.left)


def no_symptoms() -> Mapping[str, SideScores]:
    """All five sensations at zero on both sides."""
    return MappingProxyType({name: SideScores() for name in SENSATIONS})


@dataclass(frozen=True)
class Profile:
    """The person a diary is about; one file may hold several (a caregiver's diary)."""

    name: str
    birth_year: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class DayEntry:
    """Everything logged for one profile on one date."""

    day: date
    symptoms: Mapping[str, SideScores] = field(default_factory=no_symptoms)
    regions_left: frozenset[str] = frozenset()
    regions_right: frozenset[str] = frozenset()
    back_pain: int = 0
    radiates_from_back: bool = False
    worse_with_cough: bool = False
    worse_with_sitting: bool = False
    gait: int = 0
    falls: int = 0
    walk_10m_seconds: float | None = None
    other_symptoms: frozenset[str] = frozenset()
    red_flags: frozenset[str] = frozenset()
    notes: str = ""
    ask_doctor: bool = False

    def __post_init__(self) -> None:
        full = {name: self.symptoms.get(name, SideScores()) for name in SENSATIONS}
        extra = {k: v for k, v in self.symptoms.items() if k not in full}
        object.__setattr__(self, "symptoms", MappingProxyType({**full, **extra}))
        for name in ("regions_left", "regions_right", "other_symptoms", "red_flags"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))

    def score(self, sensation: str, side: str) -> int:
        return self.symptoms[sensation].of(side)

    def regions(self, side: str) -> frozenset[str]:
        return self.regions_left if side == "left" else self.regions_right

    def side_scores(self, side: str) -> tuple[int, ...]:
        """The five sensation scores of one side, in SENSATIONS order."""
        return tuple(self.symptoms[name].of(side) for name in SENSATIONS)

    def has_red_flag(self) -> bool:
        return bool(self.red_flags)

    def swapped_sides(self) -> DayEntry:
        """The same day with the left and right legs exchanged (for symmetry checks)."""
        return dataclasses.replace(
            self,
            symptoms={name: scores.swapped() for name, scores in self.symptoms.items()},
            regions_left=self.regions_right,
            regions_right=self.regions_left,
        )

    def with_changes(self, **changes: Any) -> DayEntry:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Dose:
    """One dose taken: B12 or another medicine or supplement."""

    taken_at: datetime
    substance: str
    form: str
    amount: float
    unit: str
    compound: str = ""
    site: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def day(self) -> date:
        """The patient's local calendar day of the dose."""
        return self.taken_at.date()

    @classmethod
    def like(cls, medicine: Dose | Regimen, taken_at: datetime, site: str = "") -> Dose:
        """A dose of the same medicine and amount as `medicine` (a dose or a plan), without notes."""
        return cls(
            taken_at=taken_at,
            substance=medicine.substance,
            form=medicine.form,
            amount=medicine.amount,
            unit=medicine.unit,
            compound=medicine.compound,
            site=site,
        )


@dataclass(frozen=True)
class Regimen:
    """A plan of doses: `amount` `unit` of `substance` by `form` every `every_days` days."""

    substance: str
    form: str
    amount: float
    unit: str
    every_days: int
    start: date
    end: date | None = None
    compound: str = ""
    notes: str = ""
    id: int | None = None

    def is_active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class LabResult:
    """One laboratory value with its unit and, optionally, the laboratory's reference range."""

    day: date
    test: str
    value: float
    unit: str
    ref_low: float | None = None
    ref_high: float | None = None
    id: int | None = None

    def range_status(self) -> Literal["low", "high", ""]:
        """Where the value lies: "low" below the reference range, "high" above it, else "" (also no range)."""
        if self.ref_low is not None and self.value < self.ref_low:
            return "low"
        if self.ref_high is not None and self.value > self.ref_high:
            return "high"
        return ""

    def outside_range(self) -> bool:
        return self.range_status() != ""


@dataclass(frozen=True)
class ProfileDiary:
    """A profile with all its records: the unit of export, import and analysis."""

    profile: Profile
    entries: tuple[DayEntry, ...] = ()
    doses: tuple[Dose, ...] = ()
    regimens: tuple[Regimen, ...] = ()
    labs: tuple[LabResult, ...] = ()
