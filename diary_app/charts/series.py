"""Diary records turned into day-indexed numpy arrays: NaN where nothing was logged, never interpolated."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date
from typing import Protocol
from typing import TypeVar

import numpy as np

from diary_app.domain import DayEntry
from diary_app.domain.vocab import SENSATIONS


class HasDay(Protocol):
    @property
    def day(self) -> date: ...


Dated = TypeVar("Dated", bound=HasDay)  # an entry, a dose day, a lab result

WEEK = 7
MIN_DAYS_FOR_MEAN = 4  # a 7-day mean is shown only when most of those 7 days were logged


def in_period(records: Iterable[Dated], start: date, end: date) -> list[Dated]:
    """Records (anything with .day) between start and end inclusive, in date order."""
    return sorted((r for r in records if start <= r.day <= end), key=lambda r: r.day)


def day_index(records: Sequence[HasDay], start: date) -> np.ndarray:
    return np.fromiter(((r.day - start).days for r in records), dtype=np.int64, count=len(records))


def score_matrix(entries: Iterable[DayEntry], start: date, end: date) -> np.ndarray:
    """Shape (days, sensations, 2): left/right scores per day, NaN on days without an entry."""
    days = (end - start).days + 1
    matrix = np.full((days, len(SENSATIONS), 2), np.nan)
    chosen = in_period(entries, start, end)
    if chosen:
        flat = [  # one flat list: numpy converts it ten times quicker than nested lists
            score
            for e in chosen
            for scores in map(e.symptoms.__getitem__, SENSATIONS)
            for score in (scores.left, scores.right)
        ]
        values = np.array(flat, dtype=float).reshape(len(chosen), len(SENSATIONS), 2)
        matrix[day_index(chosen, start)] = values
    return matrix


def daily_values(
    records: Iterable[Dated], start: date, end: date, value: Callable[[Dated], float | None]
) -> np.ndarray:
    """One float per day from `value(record)` (None → NaN), NaN on days without a record."""
    days = (end - start).days + 1
    series = np.full(days, np.nan)
    chosen = in_period(records, start, end)
    if chosen:
        picked = np.array([np.nan if value(r) is None else value(r) for r in chosen], dtype=float)
        series[day_index(chosen, start)] = picked
    return series


def rolling_mean(values: np.ndarray, window: int = WEEK, min_count: int = MIN_DAYS_FOR_MEAN) -> np.ndarray:
    """Trailing mean over the last `window` days of the logged values; NaN where too few were logged."""
    logged = ~np.isnan(values)
    sums = np.concatenate(([0.0], np.cumsum(np.where(logged, values, 0.0))))
    counts = np.concatenate(([0], np.cumsum(logged)))
    upper = np.arange(1, len(values) + 1)
    lower = np.maximum(upper - window, 0)
    n = counts[upper] - counts[lower]
    with np.errstate(invalid="ignore", divide="ignore"):
        means = (sums[upper] - sums[lower]) / n
    return np.where(n >= min_count, means, np.nan)


def bucket_sums(values: np.ndarray, bucket_of_day: np.ndarray, buckets: int) -> np.ndarray:
    """Sum of the logged values of each bucket (week or month) — NaN days count as nothing."""
    return np.bincount(bucket_of_day, weights=np.nan_to_num(values), minlength=buckets)
