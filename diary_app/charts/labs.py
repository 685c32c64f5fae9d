"""Labs figure: each test over time, the laboratory's reference range as a band, B12 in the chosen unit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.series import in_period
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import day_number
from diary_app.charts.style import day_numbers
from diary_app.charts.style import empty_figure
from diary_app.charts.style import figure_legend
from diary_app.charts.style import new_figure
from diary_app.charts.style import number_axis
from diary_app.charts.style import set_title
from diary_app.charts.style import style_axes
from diary_app.charts.style import time_axis
from diary_app.domain.models import LabResult
from diary_app.domain.units import B12_UNITS
from diary_app.domain.units import convert_b12
from diary_app.domain.vocab import LAB_TESTS

B12_TEST = "b12"


def labs_figure(
    labs: Iterable[LabResult],
    start: date,
    end: date,
    style: ChartStyle = ChartStyle(),
    b12_unit: str = "pg/mL",
) -> Figure:
    """One panel per test (and unit) with its results in [start, end]."""
    if b12_unit not in B12_UNITS:
        raise ValueError(f"B12 unit must be one of {B12_UNITS}, not {b12_unit!r}")
    groups = lab_groups(in_period(labs, start, end), b12_unit)
    if not groups:
        return empty_figure(style, labels.LABS_TITLE, labels.NO_LABS)
    fig = new_figure(style, 1.2 + 1.7 * len(groups))
    axes = fig.subplots(len(groups), 1, sharex=True, squeeze=False)[:, 0]
    for row, (ax, ((test, unit), results)) in enumerate(zip(axes, groups.items(), strict=True)):
        _draw_test(ax, test, unit, results, end, style)
        time_axis(ax, start, end, style, labelled=row == len(groups) - 1)
    fig.suptitle(style.text(labels.LABS_TITLE), fontproperties=style.font("title", bold=True))
    handles = [
        Line2D([], [], color=palette.INK, marker="o"),
        Line2D([], [], color=palette.INK, marker="^", markerfacecolor="white", linestyle="none"),
        Patch(facecolor=palette.BAND),
    ]
    texts = [style.text(t) for t in (labels.WITHIN_RANGE, labels.OUTSIDE_RANGE, labels.REFERENCE_RANGE)]
    figure_legend(fig, handles, texts, style, ncols=3)
    return fig


def lab_groups(labs: Iterable[LabResult], b12_unit: str) -> dict[tuple[str, str], list[LabResult]]:
    """(test, unit) → results in date order, B12 converted to `b12_unit`; tests in vocabulary order."""
    groups: dict[tuple[str, str], list[LabResult]] = {}
    for lab in labs:
        if lab.test == B12_TEST and lab.unit in B12_UNITS:
            lab = _converted(lab, b12_unit)
        groups.setdefault((lab.test, lab.unit), []).append(lab)
    order = {test: index for index, test in enumerate(LAB_TESTS)}
    return dict(sorted(groups.items(), key=lambda item: (order.get(item[0][0], len(order)), item[0])))


def _converted(lab: LabResult, unit: str) -> LabResult:
    def convert(value: float | None) -> float | None:
        return None if value is None else convert_b12(value, lab.unit, unit)

    return LabResult(
        lab.day,
        lab.test,
        convert_b12(lab.value, lab.unit, unit),
        unit,
        convert(lab.ref_low),
        convert(lab.ref_high),
        lab.id,
    )


def _draw_test(
    ax: Axes, test: str, unit: str, results: list[LabResult], end: date, style: ChartStyle
) -> None:
    style_axes(ax, style)
    x = day_numbers(r.day for r in results)
    values = np.array([r.value for r in results])
    top = max([values.max(), *(r.ref_high or 0 for r in results)]) * 1.2 or 1.0
    _draw_band(ax, x, results, day_number(end), top)
    outside = np.array([r.outside_range() for r in results])
    ax.plot(x, values, color=palette.INK, linewidth=1.2, marker="o", markersize=4.5, gid=f"lab-{test}")
    ax.plot(
        x[outside],
        values[outside],
        linestyle="none",
        marker="^",
        markersize=8,
        color=palette.INK,
        markerfacecolor="white",
        gid=f"lab-{test}-outside",
    )
    ax.set_ylim(_bottom(values, results, top), top)
    number_axis(ax.yaxis, style)
    name = style.text(labels.LAB_NAMES.get(test, test)) if test in labels.LAB_NAMES else test
    title = style.text(labels.LAB_WITH_UNIT, name, unit)
    set_title(ax, title, style.font("panel", bold=True), loc="right" if style.rtl else "left")


def _bottom(values: np.ndarray, results: list[LabResult], top: float) -> float:
    """Zero, unless every value and range sits high on the scale (MCV 80–100): then just below them."""
    lowest = min([values.min(), *(r.ref_low for r in results if r.ref_low is not None)])
    return 0.0 if lowest < 0.5 * top else 0.85 * lowest


def _draw_band(ax: Axes, x: np.ndarray, results: list[LabResult], end_number: float, top: float) -> None:
    """Each result's reference range holds from its date until the next result (a step band)."""
    lows = np.array(
        [np.nan if r.ref_low is None and r.ref_high is None else (r.ref_low or 0.0) for r in results]
    )
    highs = np.array(
        [
            np.nan
            if r.ref_low is None and r.ref_high is None
            else (top if r.ref_high is None else r.ref_high)
            for r in results
        ]
    )
    if np.isnan(lows).all():
        return
    edges = np.append(x, max(end_number, x[-1]) + 0.5)
    ax.fill_between(
        edges,
        np.append(lows, lows[-1]),
        np.append(highs, highs[-1]),
        step="post",
        color=palette.BAND,
        linewidth=0,
        gid="reference-range",
    )
