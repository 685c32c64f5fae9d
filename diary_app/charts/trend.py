"""Trend figure: left and right scores per day with a 7-day mean, doses on the time axis, regimen starts.

One sensation, or all five as small multiples sharing the time axis. Each series is one Line2D
(markers only for the days, a line for the mean), so ten years draw about as fast as a bare plot.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.lean_axes import InsideLocator
from diary_app.charts.lean_axes import unnamed_axes
from diary_app.charts.series import WEEK
from diary_app.charts.series import rolling_mean
from diary_app.charts.series import score_matrix
from diary_app.charts.starts import Placed
from diary_app.charts.starts import draw_lines
from diary_app.charts.starts import draw_names
from diary_app.charts.starts import line_key
from diary_app.charts.starts import place_names
from diary_app.charts.starts import title_pad
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import day_number
from diary_app.charts.style import empty_figure
from diary_app.charts.style import figure_legend
from diary_app.charts.style import new_figure
from diary_app.charts.style import set_title
from diary_app.charts.style import style_axes
from diary_app.charts.style import time_axis
from diary_app.charts.trend_parts import PARTS
from diary_app.charts.trend_parts import Layout
from diary_app.charts.trend_parts import Parts
from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.domain import names
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import SCORE_MAX
from diary_app.domain.vocab import SCORE_MIN
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES

DOSE_ROW = -1.2  # doses are marked below the 0 line of the 0–10 scale
OTHER_DOSE_ROW = -2.2  # other medicines one row lower, in grey: B12 stands apart
MAX_OTHER_MEDICINES = 3
OTHER_MEDICINE = "\x00other"  # never a typed name (names hold no control characters)
MAX_NAME = 24
Y_LIMITS = (-2.9, 10.6)  # room below 0 for the rows of dose marks
SIDE_NUDGE = {"left": -0.2, "right": 0.2}  # days: equal left and right scores stay visible side by side
SHORT_SPAN_DAYS = 60  # up to this the year is written under the dates (style.time_axis)
LONG_SPAN_DAYS = 400  # beyond this the daily points and mean lines get thinner so the trend stays visible


def trend_figure(
    entries: Sequence[DayEntry],
    doses: Sequence[Dose],
    regimens: Sequence[Regimen],
    start: date,
    end: date,
    sensation: str = "all",
    style: ChartStyle = ChartStyle(),
    reuse: Figure | None = None,
) -> Figure:
    """Scores by side over [start, end] for one sensation or "all" of them. `reuse`: a figure this
    function made before, updated in place (points, titles, dates) when its layout fits, so a change
    of sensation or period redraws like a bare plot instead of building a new figure."""
    chosen = list(SENSATIONS) if sensation == "all" else [sensation]
    if sensation != "all" and sensation not in SENSATIONS:
        raise ValueError(f"unknown sensation {sensation!r}")
    if not any(start <= e.day <= end for e in entries):
        return empty_figure(style, labels.TREND_TITLE)
    dose_days = _doses_by_form(doses, start, end)
    starts = [r for r in regimens if start <= r.start <= end]
    names, unnamed = place_names(starts, start, end, style)
    layout = Layout(len(chosen), style, _short(start, end))
    parts = PARTS.get(reuse) if reuse is not None else None
    if reuse is None or parts is None or parts.layout != layout:
        reuse, parts = _new_figure(layout)
        PARTS[reuse] = parts
    if _mark_doses(reuse, parts, dose_days):
        parts.marks = None  # the plans' lines go back over the new dose marks, as in a new figure
    _mark_starts(reuse, parts, starts, names, unnamed)
    same_period, parts.period = parts.period == (start, end), (start, end)
    matrix = _scores(parts, entries, start, end, same_period)
    x = np.arange(matrix.shape[0]) + day_number(start)
    pad = title_pad(names, style)
    for row, (ax, name) in enumerate(zip(reuse.axes[: len(chosen)], chosen, strict=True)):
        scores = matrix[:, SENSATIONS.index(name), :]
        _fill_panel(ax, parts.series[row], x, scores, name, style, pad if row == 0 else 6.0)
        _fill_doses(parts.doses[row], dose_days)
        if not same_period:  # the dates' ticks are measured text: kept while the period stays
            time_axis(ax, start, end, style, labelled=row == len(chosen) - 1)
    return reuse


def _scores(
    parts: Parts, entries: Sequence[DayEntry], start: date, end: date, same_period: bool
) -> np.ndarray:
    """The score matrix, kept for the next sensation of the same entries (a tuple never changes)."""
    if same_period and parts.scores is not None and parts.scores[0] is entries:
        return parts.scores[1]
    matrix = score_matrix(entries, start, end)
    parts.scores = (entries, matrix)
    return matrix


def _short(start: date, end: date) -> bool:
    return (end - start).days <= SHORT_SPAN_DAYS


def _mark_starts(
    fig: Figure, parts: Parts, starts: list[Regimen], names: list[Placed], unnamed: bool
) -> None:
    """The treatment plans' dotted lines and names, drawn again only when they changed."""
    marks = (tuple(r.start for r in starts), tuple(names), unnamed)
    if marks == parts.marks:
        return
    for artist in parts.mark_artists:
        artist.remove()
    axes = fig.axes
    before = [(list(ax.lines), list(ax.texts)) for ax in axes]
    for ax in axes:
        draw_lines(ax, starts)
    style = parts.layout.style
    draw_names(axes[0], names, style)
    if unnamed:
        line_key(axes[0], names, style)
    parts.mark_artists = [
        artist
        for ax, (lines, texts) in zip(axes, before, strict=True)
        for artist in [
            *ax.lines[len(lines) :],
            *ax.texts[len(texts) :],
            *([ax.get_legend()] if unnamed else []),
        ]
        if artist is not None
    ]
    parts.marks = marks


def _mark_doses(fig: Figure, parts: Parts, dose_days: dict[tuple[str, str], np.ndarray]) -> bool:
    """The rows of dose marks and the legend naming them, made again when the kinds of doses changed
    (and then True)."""
    kinds = tuple(dose_days)
    if kinds == parts.dose_kinds:
        return False
    for artist in [*(line for lines in parts.doses for line in lines), *fig.legends]:
        artist.remove()
    parts.doses = [_draw_doses(ax, dose_days) for ax in fig.axes[: parts.layout.panels]]
    _legend(fig, dose_days, parts.layout.style)
    parts.dose_kinds = kinds
    return True


def _new_figure(layout: Layout) -> tuple[Figure, Parts]:
    """The figure's axes and everything that stays while the points change; the point lines empty."""
    style, many = layout.style, layout.panels > 1
    fig = new_figure(style, 1.9 + 1.45 * layout.panels if many else 3.6)
    axes = fig.subplots(layout.panels, 1, sharex=True, squeeze=False)[:, 0]
    parts = Parts(layout, [], [])
    for ax in axes:
        parts.series.append(_draw_panel(ax, style, many))
        ax.set_ylim(*Y_LIMITS)
    unnamed_axes(*(ax.xaxis for ax in axes[:-1]), *(ax.yaxis for ax in axes if many))
    if many:
        fig.suptitle(style.text(labels.TREND_TITLE), fontproperties=style.font("title", bold=True))
        fig.supylabel(style.text(labels.SCORE_AXIS, SCORE_MIN, SCORE_MAX), fontproperties=style.font("label"))
    return fig, parts


def _draw_panel(ax: Axes, style: ChartStyle, many: bool) -> list[Line2D]:
    style_axes(ax, style)
    lines = []
    for side in SIDES:
        colour = palette.SIDE_INKS[side]
        marker = palette.SIDE_MARKERS[side]
        lines += ax.plot(
            [], [], linestyle="none", marker=marker, color=colour, markeredgewidth=0, gid=f"days-{side}"
        )
        lines += ax.plot([], [], linestyle=palette.SIDE_DASHES[side], color=colour, gid=f"mean-{side}")
    # 0, 5 and 10 where the panel is tall enough for three numbers, else 0 and 10
    ax.yaxis.set_major_locator(InsideLocator(nbins="auto", steps=[5, 10], integer=True, min_n_ticks=2))
    ax.yaxis.set_major_formatter(lambda value, _pos: style.number(value))
    if not many:
        ax.set_ylabel(style.text(labels.SCORE_AXIS, SCORE_MIN, SCORE_MAX), fontproperties=style.font("label"))
    return lines


def _fill_panel(
    ax: Axes,
    lines: list[Line2D],
    x: np.ndarray,
    scores: np.ndarray,
    sensation: str,
    style: ChartStyle,
    pad: float,
) -> None:
    ax.set_gid(sensation)  # lets the window find which sensation a hovered panel shows
    size, alpha = point_look(len(x))
    width = 1.0 if len(x) > LONG_SPAN_DAYS else 2.0
    for index, side in enumerate(SIDES):
        days, mean = lines[2 * index : 2 * index + 2]
        days.set_data(x + SIDE_NUDGE[side], scores[:, index])
        days.set_markersize(size)
        days.set_alpha(alpha)
        mean.set_data(x, rolling_mean(scores[:, index]))
        mean.set_linewidth(width)
    title = style.render(names.sensation(sensation))
    set_title(ax, title, style.font("panel", bold=True), pad, loc="right" if style.rtl else "left")


def point_look(days: int) -> tuple[float, float]:
    """Marker size and opacity of the daily points: bold for a few weeks, small and lighter for years
    (never so light that a point falls below 3:1 against the page: tests/ui/test_contrast.py)."""
    if days <= 62:
        return 5.0, 0.8
    return (3.0, 0.7) if days <= LONG_SPAN_DAYS else (1.6, 0.7)


def _doses_by_form(doses: Iterable[Dose], start: date, end: date) -> dict[tuple[str, str], np.ndarray]:
    """Dose days by (medicine, form): B12 under B12's code, at most MAX_OTHER_MEDICINES others by
    name, the rest together as OTHER_MEDICINE."""
    found: dict[tuple[str, str], list[float]] = {}
    others: list[str] = []
    for dose in sorted(doses, key=lambda d: d.taken_at):
        if not start <= dose.day <= end:
            continue
        medicine = dose.substance
        if medicine != B12 and medicine not in others:
            if len(others) < MAX_OTHER_MEDICINES:
                others.append(medicine)
            else:
                medicine = OTHER_MEDICINE
        found.setdefault((medicine, dose.form), []).append(day_number(dose.day))
    return {key: np.array(days) for key, days in found.items()}


def _draw_doses(ax: Axes, dose_days: dict[tuple[str, str], np.ndarray]) -> list[Line2D]:
    lines = []
    for medicine, form in dose_days:
        b12 = medicine == B12
        lines += ax.plot(
            [],
            [],
            linestyle="none",
            color=palette.DOSE_COLOUR if b12 else palette.OTHER_DOSE_COLOUR,
            marker=palette.DOSE_MARKERS.get(form, "X"),
            markersize=4.5,
            markeredgewidth=0,
            gid=f"dose-{form}" if b12 else f"dose-other-{form}",
        )
    return lines


def _fill_doses(lines: list[Line2D], dose_days: dict[tuple[str, str], np.ndarray]) -> None:
    for line, ((medicine, _form), days) in zip(lines, dose_days.items(), strict=True):
        line.set_data(days, np.full(len(days), DOSE_ROW if medicine == B12 else OTHER_DOSE_ROW))


def _legend(fig: Figure, dose_days: dict[tuple[str, str], np.ndarray], style: ChartStyle) -> None:
    handles: list[Artist] = []
    texts: list[str] = []
    for side in reversed(SIDES) if style.rtl else SIDES:  # an Arabic legend reads from the right
        colour = palette.SIDE_INKS[side]
        handles.append(Line2D([], [], linestyle="none", marker=palette.SIDE_MARKERS[side], color=colour))
        texts.append(style.render(names.leg(side)))
        handles.append(Line2D([], [], linestyle=palette.SIDE_DASHES[side], linewidth=2, color=colour))
        texts.append(style.text(labels.MEAN_NAMES[side], WEEK))
    for medicine, form in sorted(dose_days, key=_dose_order):
        colour = palette.DOSE_COLOUR if medicine == B12 else palette.OTHER_DOSE_COLOUR
        marker = palette.DOSE_MARKERS.get(form, "X")
        handles.append(Line2D([], [], linestyle="none", color=colour, marker=marker))
        form_name = style.text(labels.DOSE_FORM_NAMES.get(form, labels.DOSE_FORM_NAMES["other"]))
        texts.append(style.text(labels.DOSE_LABEL, _medicine_name(medicine, style), form_name))
    figure_legend(fig, handles, texts, style, ncols=(len(handles) + 1) // 2)


def _dose_order(key: tuple[str, str]) -> tuple[bool, bool, str, int]:
    medicine, form = key
    forms = tuple(palette.DOSE_MARKERS)
    return (medicine != B12, medicine == OTHER_MEDICINE, medicine, forms.index(form) if form in forms else 99)


def _medicine_name(medicine: str, style: ChartStyle) -> str:
    """B12 and "other medicine" in the chart's language; a name the patient typed as plain text
    (shortened; "$" escaped so matplotlib never reads it as mathematics)."""
    if medicine == B12:
        return style.text(labels.B12_NAME)
    if medicine == OTHER_MEDICINE:
        return style.text(labels.OTHER_MEDICINE)
    name = medicine if len(medicine) <= MAX_NAME else medicine[: MAX_NAME - 1] + "\u2026"
    return name.replace("$", r"\$")
