"""Common vitamin B12 plans offered when creating a regimen; every figure stays editable.

The hydroxocobalamin plans are the BNF doses that NICE NG239 refers to: with nerve symptoms, 1 mg
on alternate days (here two weeks, to be extended while the symptoms improve), then 1 mg every two
months; the titles say so. Maintenance starts the day after the loading phase ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from diary_app.domain import Regimen
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import B12

CONTEXT = "Plans"


@dataclass(frozen=True)
class Phase:
    """One step of a plan; `days` None means it runs until ended."""

    form: str
    amount: float
    every_days: int
    days: int | None = None
    compound: str = ""
    unit: str = "µg"

    def regimen(self, start: date) -> Regimen:
        end = start + timedelta(days=self.days - 1) if self.days else None
        return Regimen(
            substance=B12,
            form=self.form,
            amount=self.amount,
            unit=self.unit,
            every_days=self.every_days,
            start=start,
            end=end,
            compound=self.compound,
        )


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    phases: tuple[Phase, ...]

    def regimens(self, start: date) -> list[Regimen]:
        """The phases in sequence: each starts the day after the previous one ends."""
        plans = []
        for phase in self.phases:
            plans.append(phase.regimen(start))
            if phase.days is not None:
                start = start + timedelta(days=phase.days)
        return plans


LOADING = Phase("injection", 1000.0, 2, days=14, compound="hydroxocobalamin")
EVERY_TWO_MONTHS = Phase("injection", 1000.0, 60, compound="hydroxocobalamin")

PRESETS = (
    Preset(
        "loading",
        QT_TRANSLATE_NOOP(
            "Plans", "Injection 1000 µg every other day for 2 weeks (loading, as NICE NG239 / BNF)"
        ),
        (LOADING,),
    ),
    Preset(
        "maintenance_hydroxo",
        QT_TRANSLATE_NOOP(
            "Plans", "Injection 1000 µg every 2 months (maintenance, hydroxocobalamin, as NICE NG239 / BNF)"
        ),
        (EVERY_TWO_MONTHS,),
    ),
    Preset(
        "loading_then_maintenance",
        QT_TRANSLATE_NOOP(
            "Plans",
            "Loading for 2 weeks, then 1000 µg every 2 months from the day after "
            "(two regimens, as NICE NG239 / BNF)",
        ),
        (LOADING, EVERY_TWO_MONTHS),
    ),
    Preset(
        "monthly_cyano",
        QT_TRANSLATE_NOOP("Plans", "Injection 1000 µg monthly (cyanocobalamin)"),
        (Phase("injection", 1000.0, 30, compound="cyanocobalamin"),),
    ),
    Preset(
        "daily_weekly_monthly",
        QT_TRANSLATE_NOOP("Plans", "Injection daily for 1 week, weekly for 4 weeks, then monthly"),
        (
            Phase("injection", 1000.0, 1, days=7, compound="cyanocobalamin"),
            Phase("injection", 1000.0, 7, days=28, compound="cyanocobalamin"),
            Phase("injection", 1000.0, 30, compound="cyanocobalamin"),
        ),
    ),
    Preset("tablet_daily", QT_TRANSLATE_NOOP("Plans", "Tablet 1000 µg daily"), (Phase("oral", 1000.0, 1),)),
    Preset(
        "sublingual_daily",
        QT_TRANSLATE_NOOP("Plans", "Sublingual 1000 µg daily"),
        (Phase("sublingual", 1000.0, 1),),
    ),
    Preset(
        "nasal_weekly", QT_TRANSLATE_NOOP("Plans", "Nasal spray 500 µg weekly"), (Phase("nasal", 500.0, 7),)
    ),
)


def preset_named(key: str) -> Preset:
    return next(preset for preset in PRESETS if preset.key == key)
