"""Average scores per sensation and leg over the logged days of a period."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from diary_app.domain import DayEntry
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES


def sensation_means(
    entries: Iterable[DayEntry], start: date, end: date
) -> dict[str, dict[str, float | None]]:
    """sensation -> side -> mean score over the logged days in [start, end] (None: no days)."""
    totals = {name: [0, 0] for name in SENSATIONS}
    days = 0
    for entry in entries:
        if start <= entry.day <= end:
            days += 1
            for name in SENSATIONS:
                scores = entry.symptoms[name]
                totals[name][0] += scores.left
                totals[name][1] += scores.right
    return {
        name: {side: (totals[name][i] / days if days else None) for i, side in enumerate(SIDES)}
        for name in SENSATIONS
    }


def mean_or_none(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
