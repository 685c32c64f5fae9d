"""Diaries for the chart tests: empty, one day, gappy (weeks missing) and ten years of daily entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone

import numpy as np
import pytest

from diary_app.demo import demo_diary
from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import SENSATIONS

END = date(2026, 6, 30)


@dataclass(frozen=True)
class ChartData:
    name: str
    entries: tuple
    doses: tuple
    regimens: tuple
    labs: tuple
    start: date
    end: date

    @property
    def entries_in_period(self) -> list:
        return [e for e in self.entries if self.start <= e.day <= self.end]


def entry(day: date, left: int = 3, right: int = 1, **changes) -> DayEntry:
    symptoms = {name: SideScores(left, right) for name in SENSATIONS}
    return DayEntry(day=day, symptoms=symptoms, **changes)


def gappy() -> ChartData:
    """Ninety days with two long gaps (10 and 20 days) and a few single missing days."""
    start = END - timedelta(days=89)
    missing = set(range(20, 30)) | set(range(50, 70)) | {5, 9, 77}
    entries = tuple(
        entry(
            start + timedelta(days=i),
            left=i % 11,
            right=(i * 3) % 11,
            gait=i % 5,
            falls=int(i % 17 == 0),
            walk_10m_seconds=12.5 if i % 10 == 0 else None,
            regions_left=frozenset({"feet"}),
            regions_right=frozenset({"feet", "lower_leg"}) if i % 2 else frozenset(),
        )
        for i in range(90)
        if i not in missing
    )
    tz = timezone(timedelta(hours=3))
    dose_days = ((3, "injection"), (10, "injection"), (40, "oral"), (41, "sublingual"))
    doses = tuple(
        Dose(datetime.combine(start + timedelta(days=d), time(8), tz), B12, form, 1000, "µg")
        for d, form in dose_days
    )
    regimens = (Regimen(B12, "injection", 1000, "µg", 7, start + timedelta(days=3)),)
    labs = (
        LabResult(start + timedelta(days=2), "b12", 150, "pg/mL", 200, 900),
        LabResult(start + timedelta(days=80), "b12", 520, "pg/mL", 200, 900),
        LabResult(start + timedelta(days=80), "mma", 0.3, "µmol/L", None, 0.4),
        LabResult(start + timedelta(days=80), "folate", 9.0, "ng/mL"),
    )
    return ChartData("gappy", entries, doses, regimens, labs, start, END)


def ten_years() -> ChartData:
    diary = demo_diary(3650, "mixed", seed=2, end=END)
    return ChartData(
        "ten-years", diary.entries, diary.doses, diary.regimens, diary.labs, END - timedelta(days=3649), END
    )


def one_day() -> ChartData:
    labs = (LabResult(END, "hemoglobin", 11.2, "g/dL", 12, 15.5),)
    return ChartData("one-day", (entry(END, 4, 4, walk_10m_seconds=9.0),), (), (), labs, END, END)


def empty() -> ChartData:
    # records outside the period must not leak in
    return ChartData("empty", (entry(END - timedelta(days=400)),), (), (), (), END - timedelta(days=27), END)


DATASETS = {"empty": empty, "one-day": one_day, "gappy": gappy, "ten-years": ten_years}


@pytest.fixture(scope="session", params=list(DATASETS))
def chart_data(request) -> ChartData:
    return DATASETS[request.param]()


def pixel_spread(png_or_path) -> float:
    """Standard deviation of the grey levels of an image: 0 for a blank picture."""
    from PIL import Image

    with Image.open(png_or_path) as image:
        return float(np.asarray(image.convert("L"), dtype=float).std())
