"""Where it is felt: the body map's drawing (front and back), each place of each leg shaded by the
share of logged days it was marked.

The picture is the same in every language: the patient's left leg is on the left in both views, and
the sides are also named in words under the legs. The outlines are the window's (body_shapes.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.patches import Rectangle
from matplotlib.path import Path as MplPath

from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.body_shapes import Shape
from diary_app.charts.body_shapes import body_shapes
from diary_app.charts.fitting import wrapped
from diary_app.charts.series import in_period
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import empty_figure
from diary_app.charts.style import new_figure
from diary_app.domain import DayEntry
from diary_app.domain.places import MAP_PLACES
from diary_app.domain.places import shown_as
from diary_app.domain.vocab import SIDES

OUTLINE = "#8C8C8C"
SILHOUETTE_FILL, SILHOUETTE_LINE = "#F4F4F4", 0.8
SUBTITLE_MARGINS = 0.3  # inches of the figure's width left beside the subtitle
TOP_SPACE, BOTTOM_SPACE = 3.2, 6.4
KEY_SQUARE = 0.7  # picture units  # picture units above the drawing (view titles) and below (labels, key)
KEY_SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)
CODES = {"M": [MplPath.MOVETO], "L": [MplPath.LINETO], "C": [MplPath.CURVE4] * 3}


def regions_figure(
    entries: Iterable[DayEntry], start: date, end: date, style: ChartStyle = ChartStyle()
) -> Figure:
    """The body map with the share of logged days on which each place of each leg was marked."""
    chosen = in_period(entries, start, end)
    if not chosen:
        return empty_figure(style, labels.REGIONS_TITLE)
    shares = region_shares(chosen)
    shapes = body_shapes()
    fig = new_figure(style, 5.6)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_xlim(-0.3, shapes.width + 0.3)
    ax.set_ylim(shapes.height + BOTTOM_SPACE, -TOP_SPACE)
    ax.set_aspect("equal")
    # add_artist, not add_patch: the limits are fixed above, and add_patch would also walk every
    # curve of the 37 outlines in Python to widen the data limits (26 ms a figure).
    for part in shapes.silhouette:
        ax.add_artist(
            PathPatch(mpl_path(part), facecolor=SILHOUETTE_FILL, edgecolor=OUTLINE, lw=SILHOUETTE_LINE)
        )
    for shape in shapes.places:
        colour, ink = palette.SIDE_COLOURS[shape.side], palette.SIDE_INKS[shape.side]
        share = shares[shape.side][shape.place]
        patch = PathPatch(
            mpl_path(shape),
            facecolor=shade(colour, share),
            edgecolor=ink,
            lw=0.8,
            gid=f"{shape.side}-{shape.place}",
        )
        ax.add_artist(patch)
        if share > 0:  # read aloud with the chart (charts/summary.py panel_texts), never drawn
            ax.text(
                *shape.centre(),
                _share_words(style, shape, share),
                visible=False,
                gid=f"share-{patch.get_gid()}",
            )
    _label_views(ax, style)
    _shade_key(ax, style)
    fig.suptitle(style.text(labels.REGIONS_TITLE), fontproperties=style.font("title", bold=True))
    subtitle_font = style.font("note")
    subtitle = wrapped(
        style.text(labels.REGIONS_SUBTITLE, count=len(chosen)), subtitle_font, style.width - SUBTITLE_MARGINS
    )
    ax.set_title(subtitle, fontproperties=subtitle_font, color=palette.MUTED, linespacing=0.8)
    return fig


def region_shares(entries: Sequence[DayEntry]) -> dict[str, dict[str, float]]:
    """side → place → share (0–1) of the given days with that place marked on that side (an old
    entry's whole area counts for each of its places)."""
    total = len(entries)
    shown = [{side: shown_as(e.regions(side)) for side in SIDES} for e in entries]
    return {
        side: {place: sum(place in day[side] for day in shown) / total for place in MAP_PLACES}
        for side in SIDES
    }


def _share_words(style: ChartStyle, shape: Shape, share: float) -> str:
    side = style.text(labels.SIDE_WORDS[shape.side])
    percent = style.text(labels.PERCENT, style.numbers.number(100 * share))
    return style.text(labels.PLACE_SHARE, side, style.text(labels.PLACE_NAMES[shape.place]), percent)


def mpl_path(shape: Shape) -> MplPath:
    """The shape's outline as a matplotlib path (y down, as in the window; the axis is inverted)."""
    vertices: list[tuple[float, float]] = []
    codes: list[np.uint8] = []
    for op, args in shape.commands:
        if op == "Z":
            vertices.append(vertices[-1])
            codes.append(MplPath.CLOSEPOLY)
            continue
        vertices += [(args[i], args[i + 1]) for i in range(0, len(args), 2)]
        codes += CODES[op]
    return MplPath(vertices, codes)


def shade(colour: str, share: float) -> tuple[float, float, float]:
    """The side's colour mixed with white: white at 0 %, the full colour at 100 %."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return tuple(1 - share * (1 - rgb))


def _label_views(ax: Axes, style: ChartStyle) -> None:
    shapes = body_shapes()
    titles = {"front": labels.FRONT_VIEW, "back": labels.BACK_VIEW}
    for view, centre in shapes.views.items():
        ax.text(
            centre,
            -0.4,
            style.text(titles[view]),
            ha="center",
            va="bottom",
            color=palette.INK,
            fontproperties=style.font("label", bold=True),
        )
        for side, sign, align in (("left", -1, "right"), ("right", 1, "left")):
            ax.text(
                centre + sign * 0.6,
                shapes.height + 0.4,
                style.text(labels.SIDE_WORDS[side]),
                ha=align,
                va="top",
                color=palette.SIDE_INKS[side],
                fontproperties=style.font("label", bold=True),
            )


def _shade_key(ax: Axes, style: ChartStyle) -> None:
    """Squares from white to each side's full colour, 0 % to 100 % of the logged days."""
    shapes = body_shapes()
    top = shapes.height + 4.4
    for side, centre in (("left", shapes.width * 0.25), ("right", shapes.width * 0.75)):
        left = centre - KEY_SQUARE * len(KEY_SHARES) / 2
        for index, share in enumerate(KEY_SHARES):
            ax.add_patch(
                Rectangle(
                    (left + index * KEY_SQUARE, top),
                    KEY_SQUARE,
                    1,
                    facecolor=shade(palette.SIDE_COLOURS[side], share),
                    edgecolor=palette.SIDE_INKS[side],
                    lw=0.6,
                )
            )
        right = left + KEY_SQUARE * len(KEY_SHARES)
        for x, share, align in ((left - 0.3, 0, "right"), (right + 0.3, 100, "left")):
            text = style.text(labels.PERCENT, style.numbers.number(share))
            ax.text(
                x,
                top + 0.5,
                text,
                ha=align,
                va="center",
                color=palette.INK,
                fontproperties=style.font("note"),
            )
