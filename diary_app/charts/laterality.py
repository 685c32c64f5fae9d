"""Laterality figure: for each week (or month, over long periods) how many days were of each kind."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import cast

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from diary_app.analysis import LATERALITY_KINDS
from diary_app.analysis import laterality_of_day
from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.bars import period_buckets
from diary_app.charts.bars import stacked_layer
from diary_app.charts.series import in_period
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import empty_figure
from diary_app.charts.style import figure_legend
from diary_app.charts.style import new_figure
from diary_app.charts.style import number_axis
from diary_app.charts.style import style_axes
from diary_app.charts.style import time_axis
from diary_app.charts.style import value_label
from diary_app.domain import DayEntry


def laterality_figure(
    entries: Iterable[DayEntry], start: date, end: date, style: ChartStyle = ChartStyle()
) -> Figure:
    """Stacked bars of symmetric / asymmetric / left only / right only / symptom-free days."""
    chosen = in_period(entries, start, end)
    if not chosen:
        return empty_figure(style, labels.LATERALITY_TITLE)
    unit, bucket_of_day, lefts, rights = period_buckets(start, end)
    counts = laterality_counts(chosen, start, bucket_of_day, len(lefts))
    fig = new_figure(style, 3.6)
    ax = fig.subplots()
    style_axes(ax, style)
    bottoms = np.zeros(len(lefts))
    for kind in LATERALITY_KINDS:
        stacked_layer(
            ax,
            lefts,
            rights,
            bottoms,
            counts[kind],
            palette.LATERALITY_COLOURS[kind],
            palette.LATERALITY_HATCHES[kind],
            gid=kind,
        )
        bottoms = bottoms + counts[kind]
    ax.set_ylim(0, max(float(np.max(bottoms)), 1.0) * 1.05)
    number_axis(ax.yaxis, style)
    cast(MaxNLocator, ax.yaxis.get_major_locator()).set_params(integer=True)
    time_axis(ax, start, end, style)
    ax.set_xlim(min(lefts[0], ax.get_xlim()[0]), max(rights[-1], ax.get_xlim()[1]))
    value_label(ax, style.text(labels.DAYS_PER_WEEK if unit == "week" else labels.DAYS_PER_MONTH), style)
    fig.suptitle(style.text(labels.LATERALITY_TITLE), fontproperties=style.font("title", bold=True))
    handles = [
        Patch(
            facecolor=palette.LATERALITY_COLOURS[k],
            hatch=palette.LATERALITY_HATCHES[k] or None,
            edgecolor=palette.BAR_EDGE,
            hatchcolor="white",
        )
        for k in LATERALITY_KINDS
    ]
    texts = [style.text(labels.LATERALITY_NAMES[k]) for k in LATERALITY_KINDS]
    legs = (LATERALITY_KINDS.index("left_only"), LATERALITY_KINDS.index("right_only"))
    figure_legend(fig, handles, texts, style, ncols=3, legs=legs)
    return fig


def laterality_counts(
    entries: Iterable[DayEntry], start: date, bucket_of_day: np.ndarray, buckets: int
) -> dict[str, np.ndarray]:
    """Days of each laterality kind per bucket."""
    kinds = [laterality_of_day(e) for e in entries]
    buckets_of_entries = bucket_of_day[[(e.day - start).days for e in entries]]
    return {
        kind: np.bincount(buckets_of_entries[[k == kind for k in kinds]], minlength=buckets).astype(float)
        for kind in LATERALITY_KINDS
    }
