"""Gait figure: daily gait level with its 7-day mean, falls as bars, the timed 10 m walk on a second axis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.bars import period_buckets
from diary_app.charts.bars import stacked_layer
from diary_app.charts.fitting import wrapped
from diary_app.charts.series import WEEK
from diary_app.charts.series import daily_values
from diary_app.charts.series import in_period
from diary_app.charts.series import rolling_mean
from diary_app.charts.style import AXIS_MARGINS
from diary_app.charts.style import NARROW_WIDTH
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import day_number
from diary_app.charts.style import empty_figure
from diary_app.charts.style import figure_legend
from diary_app.charts.style import new_figure
from diary_app.charts.style import number_axis
from diary_app.charts.style import style_axes
from diary_app.charts.style import time_axis
from diary_app.charts.style import value_label
from diary_app.charts.trend import LONG_SPAN_DAYS
from diary_app.charts.trend import point_look
from diary_app.domain import DayEntry
from diary_app.domain.vocab import GAIT_MAX

WALK_AXIS_WIDTH = 0.5  # inches taken by the 10 m walk axis on the right
KEY_MARGINS = 0.3  # inches of the figure's width left beside the gait key
DAILY_FALLS_UP_TO = 92  # days; longer periods count falls per week (or per month)
FALLS_AXIS = {"day": labels.FALLS_PER_DAY, "week": labels.FALLS_PER_WEEK, "month": labels.FALLS_PER_MONTH}


def gait_figure(
    entries: Sequence[DayEntry], start: date, end: date, style: ChartStyle = ChartStyle()
) -> Figure:
    """Gait level over time above the falls; the 10 m walk time when any was recorded."""
    chosen = in_period(entries, start, end)
    if not chosen:
        return empty_figure(style, labels.GAIT_TITLE)
    fig = new_figure(style, 5.0)
    gait_ax, falls_ax = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    x = np.arange((end - start).days + 1) + day_number(start)
    narrow = style.width < NARROW_WIDTH
    gait = daily_values(chosen, start, end, lambda e: e.gait)
    handles: list[Artist] = [_draw_gait(gait_ax, x, gait, style, narrow)]
    texts = [style.text(labels.GAIT_AXIS, WEEK)]
    falls = _draw_falls(falls_ax, chosen, start, end, style, narrow)
    if not narrow:  # a narrow figure keeps its legend to one row: the falls panel is named on its axis
        handles.append(falls)
        texts.append(style.text(labels.FALLS_AXIS))
    walks = daily_values(chosen, start, end, lambda e: e.walk_10m_seconds)
    if not np.isnan(walks).all():
        handles.append(_draw_walks(gait_ax, x, walks, style, narrow))
        texts.append(style.text(labels.WALK_AXIS, 10))
    room = style.width - AXIS_MARGINS - (WALK_AXIS_WIDTH if len(handles) > 2 or narrow else 0.0)
    time_axis(gait_ax, start, end, style, labelled=False, room=room)
    time_axis(falls_ax, start, end, style, room=room)
    fig.suptitle(style.text(labels.GAIT_TITLE), fontproperties=style.font("title", bold=True))
    key = _gait_key(style) if narrow else None
    figure_legend(fig, handles, texts, style, ncols=len(handles), title=key)
    return fig


def _gait_key(style: ChartStyle) -> str:
    key = style.text(labels.GAIT_KEY, *(style.numbers.number(level) for level in range(GAIT_MAX + 1)))
    return wrapped(key, style.font("legend"), style.width - KEY_MARGINS)


def _draw_gait(ax: Axes, x: np.ndarray, gait: np.ndarray, style: ChartStyle, narrow: bool) -> Line2D:
    style_axes(ax, style)
    thin = len(x) > LONG_SPAN_DAYS
    size, alpha = point_look(len(x))
    ax.plot(
        x,
        gait,
        color=palette.GAIT,
        linestyle="none",
        marker="o",
        markersize=size,
        alpha=alpha,
        markeredgewidth=0,
        gid="gait-days",
    )
    (line,) = ax.plot(x, rolling_mean(gait), color=palette.GAIT, linewidth=1.0 if thin else 1.8, gid="gait")
    ax.set_ylim(-0.3, GAIT_MAX + 0.3)
    if narrow:
        _gait_numbers(ax, style)
    else:
        ax.set_yticks(range(GAIT_MAX + 1), [style.text(name) for name in labels.GAIT_LEVEL_NAMES])
    ax.tick_params(axis="y", labelsize=style.size("tick"))
    return line


def _gait_numbers(ax: Axes, style: ChartStyle) -> None:
    """Levels as numbers 0–4 with their words in a key at the foot of the figure (the words would leave
    a narrow figure too little room to plot)."""
    ax.set_yticks(range(0, GAIT_MAX + 1, 2), [style.number(level) for level in range(0, GAIT_MAX + 1, 2)])
    ax.set_yticks(range(GAIT_MAX + 1), minor=True)
    ax.grid(True, which="minor", axis="y", color=palette.GRID, linewidth=0.6)
    value_label(ax, style.text(labels.GAIT_LEVEL), style)


def _draw_falls(
    ax: Axes, entries: Sequence[DayEntry], start: date, end: date, style: ChartStyle, narrow: bool
) -> Patch:
    style_axes(ax, style)
    falls = daily_values(entries, start, end, lambda e: e.falls)
    if len(falls) <= DAILY_FALLS_UP_TO:
        unit, lefts = "day", day_number(start) - 0.5 + np.arange(len(falls))
        rights, totals = lefts + 1.0, np.nan_to_num(falls)
    else:
        unit, bucket_of_day, lefts, rights = period_buckets(start, end)
        totals = np.bincount(bucket_of_day, weights=np.nan_to_num(falls), minlength=len(lefts))
    stacked_layer(ax, lefts, rights, np.zeros(len(lefts)), totals, palette.FALLS, "", gid="falls")
    ax.set_ylim(0, max(float(totals.max()), 1.0) * (1.8 if narrow else 1.15))
    cast(MaxNLocator, ax.yaxis.get_major_locator()).set_params(integer=True)
    number_axis(ax.yaxis, style)
    if narrow:  # named inside the short panel, above its bars: a long word beside it would hit the dates
        ax.text(
            0.98 if style.rtl else 0.02,
            0.96,
            style.text(FALLS_AXIS[unit]),
            transform=ax.transAxes,
            ha="right" if style.rtl else "left",
            va="top",
            fontproperties=style.font("label"),
            in_layout=False,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1},
        )
    else:
        ax.set_ylabel(style.text(FALLS_AXIS[unit]), fontproperties=style.font("label"))
    return Patch(facecolor=palette.FALLS)


def _draw_walks(gait_ax: Axes, x: np.ndarray, walks: np.ndarray, style: ChartStyle, narrow: bool) -> Line2D:
    ax = gait_ax.twinx()
    ax.tick_params(
        labelsize=style.size("tick"), labelfontfamily=style.font().get_family()[0], colors=palette.WALK
    )
    ax.spines["top"].set_visible(False)
    recorded = ~np.isnan(walks)
    (line,) = ax.plot(
        x[recorded],
        walks[recorded],
        color=palette.WALK,
        linestyle=":",
        linewidth=1.2,
        marker="D",
        markersize=2.5 if len(x) > LONG_SPAN_DAYS else 4,
        gid="walk",
    )
    ax.set_ylim(0, float(np.nanmax(walks)) * 1.2)
    number_axis(ax.yaxis, style)
    if not narrow:  # the legend names the walk in its colour; a long label beside a short panel won't fit
        ax.set_ylabel(
            style.text(labels.WALK_AXIS, 10), fontproperties=style.font("label"), color=palette.WALK
        )
    return line
