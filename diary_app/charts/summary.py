"""The numbers behind a drawn figure, series by series: the text alternative to the picture."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from diary_app.charts.style import EPOCH_ORDINAL


@dataclass(frozen=True)
class SeriesSummary:
    """One drawn series: a line's points or a layer of bars (`bars`: values are bar heights)."""

    panel: str  # the panel's title, "" when it has none
    series: str  # the artist's id: "days-left", "mean-right", "gait", "falls", "left_only", "lab-b12" …
    bars: bool
    values: tuple[float, ...]
    first_day: date | None
    last_day: date | None

    @property
    def total(self) -> float:
        return sum(self.values)


def figure_summary(fig: Figure) -> list[SeriesSummary]:
    """Every named line and bar layer of `fig` with its finite values, in drawing order."""
    found = []
    for ax in fig.axes:
        panel = next(
            (title for title in (ax.get_title("left"), ax.get_title(), ax.get_title("right")) if title), ""
        )
        for line in ax.lines:
            gid = line.get_gid()
            if gid:
                xs, ys = np.asarray(line.get_xdata()), np.asarray(line.get_ydata())
                found += _series(panel, gid, False, xs, ys)
        for layer in ax.collections:
            gid = layer.get_gid()
            if gid and isinstance(layer, PolyCollection):
                boxes = [path.get_extents() for path in layer.get_paths()]
                found += _series(
                    panel, gid, True, [box.x0 for box in boxes], [box.y1 - box.y0 for box in boxes]
                )
    return found


def panel_texts(fig: Figure) -> list[str]:
    """The words written on the figure and inside its panels (the body map's "Feet 40 %" labels, a
    "nothing to draw" message)."""
    texts = [*fig.texts, *(text for ax in fig.axes for text in ax.texts)]
    return [text.get_text() for text in texts if any(c.isalnum() for c in text.get_text())]


def _series(panel: str, gid: str, bars: bool, xs: Iterable[Any], ys: Iterable[Any]) -> list[SeriesSummary]:
    points = [(float(x), float(y)) for x, y in zip(xs, ys, strict=True) if _finite(x) and _finite(y)]
    if not points:
        return []
    days = [_day(x) for x, _y in points]
    return [SeriesSummary(panel, gid, bars, tuple(y for _x, y in points), min(days), max(days))]


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _day(number: float) -> date:
    return date.fromordinal(round(number) + EPOCH_ORDINAL)
