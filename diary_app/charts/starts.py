"""Treatment plan starts on the trend chart: a dotted line each, named in rows of a band above the plot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.fitting import text_width
from diary_app.charts.style import AXIS_MARGINS
from diary_app.charts.style import ChartStyle
from diary_app.charts.style import day_number
from diary_app.charts.style import edge_margin
from diary_app.domain import Regimen
from diary_app.domain.vocab import B12

Interval = tuple[float, float]

MAX_ROWS = 2  # more starts than fit in two rows keep their line; the legend explains it
ROWS_BY_HEIGHT = ((2.5, 0), (3.2, 1))  # a figure lower than this many inches gets this many rows at most
GAP = 0.1  # inches at least between two names in a row
ROW_STEP = 1.8  # font sizes from one row's baseline to the next
FIRST_BASELINE = 0.8  # font sizes from the plot's top to the first row's baseline


@dataclass(frozen=True)
class Placed:
    text: str
    day: float
    row: int
    align: str  # "left": the name starts at its line; "right": it ends there


def place_names(
    regimens: Iterable[Regimen], start: date, end: date, style: ChartStyle
) -> tuple[list[Placed], bool]:
    """Each start's name in the lowest row where it touches no other name and stays over the plot;
    and whether some start got no name (more than MAX_ROWS rows would be needed)."""
    room = style.width - AXIS_MARGINS
    margin = edge_margin(start, end, room)
    first, span = day_number(start) - margin, (end - start).days + 2 * margin
    taken: list[list[Interval]] = [[] for _ in range(name_rows(style))]
    placed: list[Placed] = []
    unnamed = False
    for regimen in sorted(regimens, key=lambda r: r.start):
        text = regimen_label(regimen, style)
        where = (day_number(regimen.start) - first) / span * room
        spot = _free_spot(where, text_width(text, style.font("note")), room, taken, style.rtl)
        if spot is None:
            unnamed = True
            continue
        row, align, interval = spot
        taken[row].append(interval)
        placed.append(Placed(text, day_number(regimen.start), row, align))
    return placed, unnamed


def name_rows(style: ChartStyle) -> int:
    """Rows of names a figure of the style's height can spare from its plot."""
    for below, rows in ROWS_BY_HEIGHT:
        if style.height and style.height / style.scale < below:
            return rows
    return MAX_ROWS


def _free_spot(
    where: float, width: float, room: float, taken: list[list[Interval]], rtl: bool
) -> tuple[int, str, Interval] | None:
    after, before = (where, where + width), (where - width, where)
    sides = [("right", before), ("left", after)] if rtl else [("left", after), ("right", before)]
    inside = [(align, span) for align, span in sides if span[0] >= -0.05 and span[1] <= room + 0.05]
    for row, spans in enumerate(taken):
        for align, (low, high) in inside or sides[:1]:
            if all(high + GAP <= other_low or low >= other_high + GAP for other_low, other_high in spans):
                return row, align, (low, high)
    return None


def draw_names(ax: Axes, placed: list[Placed], style: ChartStyle) -> None:
    """The names above the top of `ax` (outside the plot, so they never cover a point; the layout
    makes room for them)."""
    size = style.size("note")
    for name in placed:
        ax.annotate(
            name.text,
            xy=(name.day, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, (FIRST_BASELINE + ROW_STEP * name.row) * size),
            textcoords="offset points",
            ha=name.align,
            va="baseline",
            color=palette.INK,
            fontproperties=style.font("note"),
            annotation_clip=False,
            gid="regimen-start",
        )


def title_pad(placed: list[Placed], style: ChartStyle) -> float:
    """Points between the plot's top and its title's baseline: above the rows of names."""
    rows = max((name.row + 1 for name in placed), default=0)
    if not rows:
        return 6.0
    top_of_names = (FIRST_BASELINE + ROW_STEP * (rows - 1) + 1.1) * style.size("note")
    return 4.0 + top_of_names + 0.5 * style.size("panel")  # letters reach 1.1 em up, 0.5 em down


def line_key(ax: Axes, placed: list[Placed], style: ChartStyle) -> None:
    """What the dotted lines mean, in the title's row at the far end from the title (it takes no
    height from the plot)."""
    handle = Line2D([], [], color=palette.REGIMEN_LINE, linewidth=1.2, linestyle=":")
    above_names = ScaledTranslation(0, (title_pad(placed, style) - 6.0) / 72, ax.figure.dpi_scale_trans)
    ax.legend(
        [handle],
        [style.text(labels.PLAN_STARTS)],
        loc="lower left" if style.rtl else "lower right",
        bbox_to_anchor=(0, 1) if style.rtl else (1, 1),
        bbox_transform=ax.transAxes + above_names,
        frameon=False,
        borderaxespad=0.1,
        borderpad=0,
        prop=style.font("legend"),
        markerfirst=not style.rtl,
    )


def draw_lines(ax: Axes, regimens: Iterable[Regimen]) -> None:
    for regimen in regimens:
        ax.axvline(day_number(regimen.start), color=palette.REGIMEN_LINE, linewidth=1.2, linestyle=":")


def regimen_label(regimen: Regimen, style: ChartStyle) -> str:
    typed = regimen.substance.replace("$", r"\$")  # a name, never mathematics
    substance = style.text(labels.B12_NAME) if regimen.substance == B12 else typed
    form = style.text(labels.DOSE_FORM_NAMES.get(regimen.form, labels.DOSE_FORM_NAMES["other"]))
    return style.text(labels.REGIMEN_START, substance, form)
