"""Stacked bars drawn as one PolyCollection per layer, so hundreds of weeks cost a handful of artists."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection

from diary_app.charts import palette
from diary_app.charts.style import day_number

MAX_WEEKLY_BARS = 104  # beyond two years weekly bars get thinner than a line: count per month instead


def period_buckets(start: date, end: date) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """("week"|"month", bucket of each day, left edge and right edge of each bucket as date numbers)."""
    days = (end - start).days + 1
    offsets = np.arange(days)
    weeks = (offsets + start.weekday()) // 7
    if weeks[-1] + 1 <= MAX_WEEKLY_BARS:
        monday = day_number(start) - start.weekday()
        lefts = monday + 7.0 * np.arange(weeks[-1] + 1)
        return "week", weeks, lefts, lefts + 7.0
    day_numbers = day_number(start) + offsets
    months = (day_numbers.astype("datetime64[D]").astype("datetime64[M]")).astype(np.int64)
    months -= months[0]
    firsts = np.datetime64(date(start.year, start.month, 1), "M") + np.arange(months[-1] + 2)
    edges = firsts.astype("datetime64[D]").astype(float)
    return "month", months, edges[:-1], edges[1:]


def stacked_layer(
    ax: Axes,
    lefts: np.ndarray,
    rights: np.ndarray,
    bottoms: np.ndarray,
    heights: np.ndarray,
    colour: str,
    hatch: str,
    gid: str,
) -> None:
    """One layer of stacked bars, gaps of 12 % between bars."""
    gap = (rights - lefts) * 0.12
    x0, x1 = lefts + gap, rights - gap
    tops = bottoms + heights
    vertices = np.stack(
        [np.column_stack(pair) for pair in ((x0, bottoms), (x0, tops), (x1, tops), (x1, bottoms))], axis=1
    )
    # The stubs say a sequence of polygons; matplotlib documents (and fast-paths) an (N, 4, 2) array.
    layer = PolyCollection(
        vertices,  # type: ignore[arg-type]
        facecolors=colour,
        edgecolors=palette.BAR_EDGE,
        linewidths=0.5,
        hatch=hatch or None,
        hatchcolor="white",
        gid=gid,
    )
    ax.add_collection(layer)
