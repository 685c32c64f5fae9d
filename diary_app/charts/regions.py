"""Where it is felt: the body map seen from behind, each region shaded by the share of days it was affected.

The picture is the same in every language: the patient's left leg is on the left (we look at their
back), and the sides are also named in words above the labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Ellipse, Polygon

from diary_app.charts import body_shapes, labels, palette
from diary_app.charts.fitting import wrapped
from diary_app.charts.series import in_period
from diary_app.charts.style import ChartStyle, empty_figure, new_figure
from diary_app.domain import DayEntry
from diary_app.domain.places import COARSE_PLACES as REGIONS
from diary_app.domain.places import areas
from diary_app.domain.vocab import SIDES

OUTLINE = "#8C8C8C"
SILHOUETTE_FILL, SILHOUETTE_LINE = "#F4F4F4", 0.8
SUBTITLE_MARGINS = 0.3  # inches of the figure's width left beside the subtitle
LABEL_X = {"left": 1.6, "right": 8.4}


def regions_figure(
    entries: Iterable[DayEntry], start: date, end: date, style: ChartStyle = ChartStyle()
) -> Figure:
    """Body map with the share of logged days on which each region of each leg had symptoms."""
    chosen = in_period(entries, start, end)
    if not chosen:
        return empty_figure(style, labels.REGIONS_TITLE)
    shares = region_shares(chosen)
    fig = new_figure(style, 5.6)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_xlim(-6.0, 16.0)
    ax.set_ylim(-0.4, 21.0)
    ax.set_aspect("equal")
    _draw_silhouette(ax)
    for side in SIDES:
        _draw_side(ax, side, shares[side], style)
    fig.suptitle(style.text(labels.REGIONS_TITLE), fontproperties=style.font("title", bold=True))
    subtitle_font = style.font("note")
    subtitle = wrapped(
        style.text(labels.REGIONS_SUBTITLE, count=len(chosen)), subtitle_font, style.width - SUBTITLE_MARGINS
    )
    ax.set_title(subtitle, fontproperties=subtitle_font, color=palette.MUTED, linespacing=0.8)
    return fig


def region_shares(entries: Sequence[DayEntry]) -> dict[str, dict[str, float]]:
    """side → region → share (0–1) of the given days with that region affected on that side."""
    total = len(entries)
    return {
        side: {region: sum(region in areas(e.regions(side)) for e in entries) / total for region in REGIONS}
        for side in SIDES
    }


def shade(colour: str, share: float) -> tuple[float, float, float]:
    """The side's colour mixed with white: white at 0 %, the full colour at 100 %."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return tuple(1 - share * (1 - rgb))


def _draw_silhouette(ax: Axes) -> None:
    ax.add_patch(
        Ellipse(
            body_shapes.HEAD_CENTRE,
            *body_shapes.HEAD_SIZE,
            facecolor=SILHOUETTE_FILL,
            edgecolor=OUTLINE,
            linewidth=SILHOUETTE_LINE,
        )
    )
    for shape in (body_shapes.TORSO, body_shapes.NECK):
        ax.add_patch(_silhouette_part(shape))
    for outline in body_shapes.LEFT_OUTLINE.values():
        ax.add_patch(_silhouette_part(outline))
        ax.add_patch(_silhouette_part(body_shapes.mirrored(outline)))


def _silhouette_part(shape: body_shapes.Points) -> Polygon:
    return Polygon(shape, facecolor=SILHOUETTE_FILL, edgecolor=OUTLINE, linewidth=SILHOUETTE_LINE)


def _draw_side(ax: Axes, side: str, shares: dict[str, float], style: ChartStyle) -> None:
    colour, ink = palette.SIDE_COLOURS[side], palette.SIDE_INKS[side]
    align = "right" if side == "left" else "left"
    ax.text(
        LABEL_X[side],
        14.3,
        style.text(labels.SIDE_WORDS[side]),
        ha=align,
        va="bottom",
        color=ink,
        fontproperties=style.font("panel", bold=True),
    )
    for region in REGIONS:
        polygon = body_shapes.region_polygon(region, side)
        ax.add_patch(
            Polygon(
                polygon,
                facecolor=shade(colour, shares[region]),
                edgecolor=ink,
                linewidth=1.2,
                gid=f"{side}-{region}",
            )
        )
        _label_region(ax, side, region, polygon, shares[region], style)


def _label_region(
    ax: Axes, side: str, region: str, polygon: body_shapes.Points, share: float, style: ChartStyle
) -> None:
    x, y = body_shapes.centre(polygon)
    label_y = LABEL_Y[region]
    percent = style.text(labels.PERCENT, style.numbers.number(100 * share))
    text = style.text(labels.REGION_SHARE, style.text(labels.REGION_NAMES[region]), percent)
    ax.text(
        LABEL_X[side],
        label_y,
        text,
        ha="right" if side == "left" else "left",
        va="center",
        color=palette.INK,
        fontproperties=style.font("label", bold=share > 0),
    )
    ax.plot(
        [LABEL_X[side] + (0.15 if side == "left" else -0.15), x], [label_y, y], color=OUTLINE, linewidth=0.6
    )


LABEL_Y = {
    "lower_back": 13.0,
    "buttock_hip": 11.0,
    "hands": 9.0,
    "knee_thigh": 7.0,
    "lower_leg": 3.8,
    "feet": 1.2,
}  # two units apart at least: one line of the label font in the report's narrow map
