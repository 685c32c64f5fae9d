"""Hand-built diaries of the cases a clinician found hard, each a line or two (issue 16)."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import SideScores
from diary_app.domain.vocab import B12

END = date(2026, 11, 20)
FEET = frozenset({"feet"})
SCIATIC_LEFT = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})


def on(n: int, days: int) -> date:
    """Day n of a diary of `days` days ending on END."""
    return END - timedelta(days=days - 1 - n)


def made(name: str, entries, doses=(), labs=()) -> ProfileDiary:
    return ProfileDiary(Profile(name=name, id=1), tuple(entries), tuple(doses), labs=tuple(labs))


def alternating(days: int = 60) -> ProfileDiary:
    """Three days on the left, three on the right, over and over."""
    entries = [
        DayEntry(day=on(n, days), symptoms={"pain": SideScores(*((5, 0) if (n // 3) % 2 else (0, 5)))})
        for n in range(days)
    ]
    return made("Alternating", entries)


def sciatica_with_a_stray_point(days: int = 60) -> ProfileDiary:
    """7/10 left sciatica from the back; the right leg scores a 1 of tingling on every third day."""
    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={"pain": SideScores(7, 0), "tingling": SideScores(2, int(n % 3 == 0))},
            regions_left=SCIATIC_LEFT,
            radiates_from_back=True,
            back_pain=6,
        )
        for n in range(days)
    ]
    return made("Stray point", entries)


def foot_only_one_sided(days: int = 60) -> ProfileDiary:
    """Burning in the right foot only, no back pain, nothing from the back."""
    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={"burning": SideScores(0, 5), "tingling": SideScores(0, 3)},
            regions_right=FEET,
        )
        for n in range(days)
    ]
    return made("Foot only", entries)


def ascending_over_months(days: int = 180) -> ProfileDiary:
    """Both feet, rising a point a month and climbing from the feet to the knees."""

    def regions(n: int) -> frozenset[str]:
        return FEET | ({"lower_leg"} if n >= 60 else set()) | ({"knee_thigh"} if n >= 120 else set())

    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={
                "tingling": SideScores(1 + n // 30, 1 + n // 30),
                "numbness": SideScores(1 + n // 45, 1 + n // 45),
            },
            regions_left=regions(n),
            regions_right=regions(n),
        )
        for n in range(days)
    ]
    return made("Ascending", entries)


def symptom_free_lately(days: int = 90) -> ProfileDiary:
    """Symptoms for six weeks, then six weeks without."""

    def felt(n: int) -> frozenset[str]:
        return FEET if n < 48 else frozenset()

    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={"tingling": SideScores(*((4, 4) if n < 48 else (0, 0)))},
            regions_left=felt(n),
            regions_right=felt(n),
        )
        for n in range(days)
    ]
    return made("Symptom free", entries)


def glove_and_stocking_high_hba1c(days: int = 60) -> ProfileDiary:
    """Both feet and both hands, burning and tingling, with an HbA1c above its range."""
    both = FEET | {"hands"}
    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={"burning": SideScores(5, 5), "tingling": SideScores(4, 4)},
            regions_left=both,
            regions_right=both,
            other_symptoms=frozenset({"vision"}),
        )
        for n in range(days)
    ]
    labs = [LabResult(on(10, days), "hba1c", 8.4, "%", 4.0, 6.0)]
    return made("Glove and stocking", entries, labs=labs)


def feet_only_low_b12(days: int = 60) -> ProfileDiary:
    """Both feet, numbness and tingling, fatigue; serum B12 low and MCV high."""
    entries = [
        DayEntry(
            day=on(n, days),
            symptoms={"numbness": SideScores(4, 4), "tingling": SideScores(3, 3)},
            regions_left=FEET,
            regions_right=FEET,
            other_symptoms=frozenset({"fatigue"}),
        )
        for n in range(days)
    ]
    labs = [
        LabResult(on(5, days), "b12", 150, "pg/mL", 200, 900),
        LabResult(on(5, days), "mcv", 104, "fL", 80, 100),
    ]
    return made("Low B12", entries, labs=labs)


def too_few_days() -> ProfileDiary:
    entries = [
        DayEntry(day=on(n, 4), symptoms={"tingling": SideScores(3, 3)}, regions_left=FEET, regions_right=FEET)
        for n in range(4)
    ]
    return made("Few days", entries)


def b12_dose(day: date) -> Dose:
    return Dose(
        taken_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
        substance=B12,
        form="injection",
        amount=1000,
        unit="µg",
    )


CASES = {
    "alternating": alternating,
    "stray_point": sciatica_with_a_stray_point,
    "foot_only": foot_only_one_sided,
    "ascending": ascending_over_months,
    "symptom_free": symptom_free_lately,
    "glove_stocking": glove_and_stocking_high_hba1c,
    "low_b12": feet_only_low_b12,
    "too_few": too_few_days,
}
