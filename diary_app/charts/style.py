"""How every chart looks: the bundled font, text sizes, translation, digits and the time axis.

No rcParams are changed and no pyplot is used: figures may be built in a worker thread while
another figure draws, so every text gets its font from the ChartStyle explicitly.

Arabic: matplotlib (libraqm) shapes the words and orders each line by its first strong letter;
each text is also wrapped in a first-strong isolate so a label starting with digits keeps the
direction of its words. Legends put their markers on the right and panel titles align right, but
time still runs left to right
on the horizontal axis, as in printed Arabic lab reports and charts; the body map is drawn the same
way in both languages (the patient's legs never move).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from pathlib import Path
from typing import Literal

import numpy as np
from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator
from matplotlib.ticker import FuncFormatter

from diary_app.atomic_files import atomic_write_bytes
from diary_app.charts import labels
from diary_app.charts import palette
from diary_app.charts.fitting import POINTS_PER_INCH
from diary_app.charts.fitting import descent
from diary_app.charts.fitting import text_width
from diary_app.domain.messages import FSI
from diary_app.domain.messages import PDI
from diary_app.domain.messages import Message
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import Translate
from diary_app.domain.messages import english
from diary_app.resource_paths import resource

SAVE_FORMATS = ("png", "svg", "pdf")
FONT_FAMILY = "Symptom Diary Sans"
FONT_FILES = ("SymptomDiarySans-Regular.ttf", "SymptomDiarySans-Bold.ttf")
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()  # matplotlib's default date epoch
FIGURE_WIDTH = 6.5  # inches: fits A4 and US Letter with margins, so text keeps its size on paper
NARROW_WIDTH = 5.0  # inches: narrower figures (the report's half-page charts) re-arrange their words
AXIS_MARGINS = 1.0  # inches of a figure's width taken by the y axis labels and the margins
TICK_GAP = 0.12  # inches at least between two date labels
LEGEND_MARGINS = 0.1  # inches of the figure's width left beside its legend
Side = Literal["left", "center", "right"]
TITLE_PAD = 6.0  # points between a plot and its title (matplotlib's default)
EDGE_POINT = 0.06  # inches: half the largest day marker, with room to spare
EDGE_ROOM = 0.1  # inches a date label may reach beyond either end of its axis
POINT_SIZES = {"tick": 9.0, "label": 9.5, "legend": 9.0, "panel": 10.0, "title": 11.5, "note": 9.0}


@functools.cache
def register_fonts() -> str:
    """Adds the bundled font to matplotlib's font manager (once per process); returns its family."""
    for name in FONT_FILES:
        font_manager.fontManager.addfont(str(resource("fonts", name)))
    return FONT_FAMILY


@dataclass(frozen=True)
class ChartStyle:
    """Language, digits, direction of text and text scale (1.0, 1.25, 1.5) for one set of charts."""

    translate: Translate = english
    numbers: NumberFormat = field(default_factory=NumberFormat)
    rtl: bool = False
    scale: float = 1.0
    width: float = FIGURE_WIDTH  # inches; narrower figures re-flow (constrained layout)
    height: float = 0.0  # inches the figure will be given (0: its own height)
    legend_columns: int = 0  # at most this many legend columns (0: each chart's own choice)

    def text(self, source: str, *args: object, count: int | None = None) -> str:
        """A "Charts" string translated, its %1… and %n filled, ready to draw."""
        return self.render(Message(labels.CONTEXT, source, args, count))

    def render(self, message: Message) -> str:
        """A message of any context (domain.names included) translated, ready to draw."""
        return self.directed(message.render(self.translate, self.numbers, isolate=self.rtl))

    def directed(self, text: str) -> str:
        return f"{FSI}{text}{PDI}" if self.rtl else text

    def number(self, value: float, decimals: int = 0) -> str:
        return self.directed(self.numbers.number(value, decimals))

    def font(self, role: str = "label", bold: bool = False) -> FontProperties:
        return FontProperties(
            family=register_fonts(), size=POINT_SIZES[role] * self.scale, weight="bold" if bold else "normal"
        )

    def size(self, role: str) -> float:
        return POINT_SIZES[role] * self.scale


def new_figure(style: ChartStyle, height: float) -> Figure:
    """An empty figure of the standard width laid out by matplotlib's constrained layout."""
    register_fonts()
    return Figure(
        figsize=(style.width, height * min(style.scale, 1.5)), layout="constrained", facecolor="white"
    )


def style_axes(ax: Axes, style: ChartStyle) -> None:
    """Ticks in the bundled font, light grid, no top/right frame."""
    ax.tick_params(labelsize=style.size("tick"), labelfontfamily=FONT_FAMILY, colors=palette.INK)
    ax.grid(True, color=palette.GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def set_title(
    ax: Axes, text: str, font: FontProperties, pad: float = TITLE_PAD, loc: Side = "center"
) -> None:
    """`ax`'s title `pad` points above the plot, or higher if its letters reach further below their line.

    Where matplotlib would put it, but placed here: left to matplotlib, each drawing (and each pass of
    the constrained layout) measures every panel's axes again to place the titles, about a fifth of
    the first drawing of the five-panel trend figure.
    """
    ax.set_title(text, fontproperties=font, pad=max(pad, descent(text, font)), y=1.0, loc=loc)


def value_label(ax: Axes, text: str, style: ChartStyle) -> None:
    """The y axis's name: beside it, or above it at its start in a narrow figure (where the name, turned
    on its side, would run past a short panel into the dates)."""
    if style.width < NARROW_WIDTH:
        set_title(ax, text, style.font("label"), loc="right" if style.rtl else "left")
    else:
        ax.set_ylabel(text, fontproperties=style.font("label"))


def number_axis(axis: Axis, style: ChartStyle) -> None:
    """Tick numbers in the chosen digits with as few decimals as each tick needs (0, 0.5, 0.25)."""
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: style.number(value, needed_decimals(value))))


def needed_decimals(value: float) -> int:
    for decimals in (0, 1, 2):
        if abs(value - round(value, decimals)) < 1e-9:
            return decimals
    return 3


def empty_figure(style: ChartStyle, title: str, message: str = labels.NO_ENTRIES) -> Figure:
    """A figure that says plainly there is nothing to draw."""
    fig = new_figure(style, 2.2)
    fig.suptitle(style.text(title), fontproperties=style.font("title", bold=True))
    fig.text(
        0.5,
        0.45,
        style.text(message),
        ha="center",
        va="center",
        color=palette.MUTED,
        fontproperties=style.font("panel"),
    )
    return fig


def day_numbers(days: Iterable[date]) -> np.ndarray:
    """Dates as matplotlib date numbers (days since 1970-01-01)."""
    return np.fromiter((d.toordinal() for d in days), dtype=float) - EPOCH_ORDINAL


def day_number(day: date) -> float:
    return float(day.toordinal() - EPOCH_ORDINAL)


def time_axis(
    ax: Axes, start: date, end: date, style: ChartStyle, labelled: bool = True, room: float | None = None
) -> None:
    """Left-to-right time from `start` to `end` with translated month names and the chosen digits;
    `room` is about the axis length in inches (the figure width less the margins by default)."""
    room = style.width - AXIS_MARGINS if room is None else room
    ticks, texts = fitting_ticks(start, end, style, room)
    margin = edge_margin(start, end, room)
    ax.set_xlim(day_number(start) - margin, day_number(end) + margin)
    ax.xaxis.set_major_locator(FixedLocator([day_number(t) for t in ticks]))
    texts = texts if labelled else [""] * len(ticks)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda _v, pos: texts[pos] if pos < len(texts) else ""))
    if labelled and (end - start).days <= 60:
        years = [style.number(start.year), style.number(end.year)]
        year_text = years[0] if start.year == end.year else style.text(labels.YEAR_RANGE, *years)
        ax.set_xlabel(year_text, fontproperties=style.font("tick"))


def edge_margin(start: date, end: date, room: float) -> float:
    """Days left free beyond the first and last day, so a point drawn there (nudged aside by up to a
    fifth of a day, EDGE_POINT wide) stays whole inside the plot."""
    days_per_inch = ((end - start).days + 1.2) / max(room, 0.5)
    return 0.6 + EDGE_POINT * days_per_inch


def fitting_ticks(start: date, end: date, style: ChartStyle, room: float) -> tuple[list[date], list[str]]:
    """The readable tick dates, every second (third, …) one when their labels would touch on an axis
    `room` inches long, with their labels."""
    ticks = date_ticks(start, end)
    for step in range(1, len(ticks) + 1):
        chosen, texts, widths, places = _inside_axis(ticks[::step], start, end, style, room)
        if all(
            places[i + 1] - places[i] >= (widths[i] + widths[i + 1]) / 2 + TICK_GAP
            for i in range(len(chosen) - 1)
        ):
            break
    return chosen, texts


def _inside_axis(
    ticks: list[date], start: date, end: date, style: ChartStyle, room: float
) -> tuple[list[date], list[str], list[float], list[float]]:
    """The ticks without the first or last one when its label would reach past the axis's end into the
    numbers of the y axis; with their labels, label widths and places (inches along the axis)."""
    font, span = style.font("tick"), max((end - start).days, 1)
    while True:
        texts = tick_labels(ticks, end - start, style)
        widths = [text_width(t, font) for t in texts]
        places = [room * (t - start).days / span for t in ticks]
        if len(ticks) > 1 and places[0] - widths[0] / 2 < -EDGE_ROOM:
            ticks = ticks[1:]
        elif len(ticks) > 1 and places[-1] + widths[-1] / 2 > room + EDGE_ROOM:
            ticks = ticks[:-1]
        else:
            return ticks, texts, widths, places


def date_ticks(start: date, end: date) -> list[date]:
    """Readable tick dates: days, Mondays, months, quarters or years depending on the span."""
    span = (end - start).days
    if span <= 10:
        return [start + timedelta(days=i) for i in range(span + 1)]
    if span <= 60:
        step = 7 if span <= 35 else 14
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        return [first + timedelta(days=i) for i in range(0, span + 1 - (first - start).days, step)]
    if span <= 3 * 366:
        months = 1 if span <= 200 else (3 if span <= 730 else 6)
        return _month_starts(start, end, months)
    years = max(1, -(-span // (8 * 366)))  # at most about eight year ticks
    return [date(y, 1, 1) for y in range(start.year + 1, end.year + 1) if (y - start.year - 1) % years == 0]


def _month_starts(start: date, end: date, every: int) -> list[date]:
    index = start.year * 12 + start.month  # the month after start's month (0-based month + 1)
    found: list[date] = []
    while True:
        year, month = divmod(index, 12)
        tick = date(year, month + 1, 1)
        if tick > end:
            return found
        if month % every == 0:
            found.append(tick)
        index += 1


def tick_labels(ticks: list[date], span: timedelta, style: ChartStyle) -> list[str]:
    """Day and month for short spans (the year goes under the axis), month (with the year at the first
    tick and where the year changes), or the year alone for long spans."""
    texts = []
    for index, tick in enumerate(ticks):
        year = style.numbers.number(tick.year)
        new_year = index == 0 or tick.year != ticks[index - 1].year
        month = style.text(labels.MONTHS[tick.month - 1])
        if span.days > 3 * 366:
            texts.append(style.directed(year))
        elif span.days > 60:
            texts.append(style.text(labels.DATE_PAIR, month, year) if new_year else month)
        else:
            texts.append(style.text(labels.DATE_PAIR, style.numbers.number(tick.day), month))
    return texts


def figure_legend(
    fig: Figure,
    handles: Sequence[Artist],
    texts: list[str],
    style: ChartStyle,
    ncols: int,
    title: str | None = None,
    legs: tuple[int, int] | None = None,
) -> None:
    """A legend under the plot, with `title` above its entries; in Arabic its columns run right to left
    with markers on the right. `legs`: the indexes of a left-leg and a right-leg entry, whose left one
    is drawn left of (or above) the right one in both directions."""
    ncols = fitting_columns(texts, style, max(1, min(ncols, len(handles), style.legend_columns or ncols)))
    rows = -(-len(handles) // ncols)
    columns = [list(zip(handles, texts, strict=True))[i * rows : (i + 1) * rows] for i in range(ncols)]
    if style.rtl:
        blank = (Line2D([], [], alpha=0), "")
        columns = [column + [blank] * (rows - len(column)) for column in reversed(columns)]
    pairs = [pair for column in columns for pair in column]
    if legs is not None:
        _left_leg_left(pairs, rows, handles[legs[0]], handles[legs[1]])
    legend = fig.legend(
        [h for h, _ in pairs],
        [t for _, t in pairs],
        loc="outside lower center",
        ncols=ncols,
        prop=style.font("legend"),
        frameon=False,
        markerfirst=not style.rtl,
        title=title,
        title_fontproperties=style.font("legend"),
        alignment="right" if style.rtl else "left",
        **legend_spacing(style),
    )
    legend.get_title().set_linespacing(0.8)  # the bundled font's lines are tall (Arabic marks)


def _left_leg_left(pairs: list[tuple[Artist, str]], rows: int, left: Artist, right: Artist) -> None:
    """Swap the two legs' entries when the left leg's column is right of the right leg's."""
    at = {id(handle): index for index, (handle, _) in enumerate(pairs)}
    i, j = at[id(left)], at[id(right)]
    if i // rows > j // rows:
        pairs[i], pairs[j] = pairs[j], pairs[i]


def legend_spacing(style: ChartStyle) -> dict[str, float]:
    """Legend marker length and gaps in font sizes: matplotlib's, or closer in a narrow figure."""
    if style.width < NARROW_WIDTH:
        return {"handlelength": 1.5, "handletextpad": 0.5, "columnspacing": 1.0}
    return {"handlelength": 2.0, "handletextpad": 0.8, "columnspacing": 2.0}


def fitting_columns(texts: list[str], style: ChartStyle, ncols: int) -> int:
    """At most `ncols` legend columns (filled top to bottom), fewer when wider than the figure."""
    font, em = style.font("legend"), style.size("legend") / POINTS_PER_INCH
    beside = sum(legend_spacing(style).values()) * em  # marker, gap to the words, gap to the next column
    widths = [text_width(text, font) for text in texts]
    while ncols > 1:
        rows = -(-len(texts) // ncols)
        columns = [widths[i * rows : (i + 1) * rows] for i in range(ncols)]
        if sum(max(c) + beside for c in columns if c) <= style.width - LEGEND_MARGINS:
            break
        ncols -= 1
    return ncols


def figure_bytes(fig: Figure, fmt: str = "png", dpi: float = 150) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=dpi, facecolor="white")
    return buffer.getvalue()


def figure_png_bytes(fig: Figure, dpi: float = 150) -> bytes:
    """A PNG to embed (the PDF report re-compresses the pixels), so compressed lightly: 3× faster to write."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def save_figure(fig: Figure, path: Path | str, dpi: float = 150) -> Path:
    """Writes the figure as PNG, SVG or PDF (from the file suffix), all at once or not at all."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in SAVE_FORMATS:
        raise ValueError(f"cannot save a chart as {path.suffix!r}: choose .png, .svg or .pdf")
    return atomic_write_bytes(path, figure_bytes(fig, fmt, dpi))
