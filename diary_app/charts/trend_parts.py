"""A trend figure kept for its next change: what its artists depend on, and a redraw that keeps its layout.

The Charts page updates the figure it drew last (trend_figure's `reuse`) instead of building a new
one; draw_trend then leaves out what such an update cannot have changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from typing import Protocol
from weakref import WeakKeyDictionary

import numpy as np
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from diary_app.charts.style import ChartStyle
from diary_app.domain import DayEntry


@dataclass(frozen=True)
class Layout:
    """What a trend figure's artists depend on besides the points: equal layouts can share a figure."""

    panels: int
    style: ChartStyle
    short: bool  # a year under the dates


@dataclass
class Parts:
    layout: Layout
    series: list[list[Line2D]]  # per panel: days and mean of the left leg, then of the right
    doses: list[list[Line2D]]  # per panel, in the order of dose_kinds
    period: tuple[date, date] | None = None
    dose_kinds: tuple[tuple[str, str], ...] | None = None  # (medicine, form) of each dose row
    marks: tuple[object, ...] | None = None  # the treatment plans' starts, names, "some unnamed"
    mark_artists: list[Artist] = field(default_factory=list)  # their lines, names and key
    scores: tuple[Sequence[DayEntry], np.ndarray] | None = None  # the last entries and their matrix
    drawn_with: tuple[object, ...] | None = None  # what the last layout was made for (draw_trend)
    legend: object = None  # the legend's pixels at the last drawing (draw_trend)


class AggCanvas(Protocol):
    """What draw_trend needs of matplotlib's Agg canvas."""

    def draw(self) -> None: ...
    def copy_from_bbox(self, bbox: Bbox) -> object: ...
    def restore_region(self, region: object) -> None: ...


PARTS: WeakKeyDictionary[Figure, Parts] = WeakKeyDictionary()


def draw_trend(fig: Figure, canvas: AggCanvas) -> None:
    """Draws the figure on its Agg canvas. A trend figure updated in place keeps the layout of its last
    drawing when nothing the layout depends on changed (the dates, the plans' names, the doses' kinds,
    the size, the height of the panels' titles; a title's width never counts in a constrained layout),
    and then its legend, which changes only with the doses' kinds, is copied from that drawing."""
    parts = PARTS.get(fig)
    if parts is None:  # not a trend figure: nothing is kept between its drawings
        canvas.draw()
        return
    last = parts.drawn_with if parts.legend is not None else None
    inputs = None if last is None else _layout_inputs(fig, parts)
    engine, legend = fig.get_layout_engine(), fig.legends[0] if fig.legends else None
    if inputs is None or inputs != last or engine is None or legend is None:
        canvas.draw()
    else:
        fig.set_layout_engine(None)  # the axes keep the positions the engine gave them last time
        legend.set_visible(False)
        try:
            canvas.draw()
            canvas.restore_region(parts.legend)
        finally:
            legend.set_visible(True)
            fig.set_layout_engine(engine)
    # a first drawing's inputs are measured after it, its texts laid out by then
    parts.drawn_with = _layout_inputs(fig, parts) if inputs is None else inputs
    parts.legend = None if legend is None else canvas.copy_from_bbox(legend.get_window_extent().padded(2))


def _layout_inputs(fig: Figure, parts: Parts) -> tuple[object, ...]:
    titles = [ax.get_title(loc) for ax in fig.axes for loc in ("left", "right", "center")]
    heights = [
        round(text.get_window_extent().height, 3)
        for ax in fig.axes
        for text in ax.get_children()
        if type(text) is Text and text.get_text() in titles  # titles, not the regimens' names
    ]
    return (
        parts.period,
        parts.marks,
        parts.dose_kinds,
        tuple(fig.get_size_inches()),
        fig.dpi,
        tuple(heights),
    )
