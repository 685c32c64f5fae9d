"""The charts in the report: the main trend on page 1 and a two-by-two grid of evidence on page 2.

Charts come from diary_app.charts at their own text sizes (9 pt and up) and are placed at 100 %, so
text stays at least 9 pt on paper. The page-2 charts are drawn narrower (ChartStyle.width, which
matplotlib's constrained layout re-flows) with fewer legend columns (ChartStyle.legend_columns) and
wrapped titles, so that nothing is clipped.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date

import matplotlib
from matplotlib.figure import Figure
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from diary_app.analysis import sensation_means
from diary_app.analysis.derived_warnings import WEAKNESS_WORSENING
from diary_app.analysis.period import PeriodAnalysis
from diary_app.charts import ChartStyle
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts import trend_figure
from diary_app.domain import LabResult
from diary_app.domain import ProfileDiary
from diary_app.domain.vocab import SENSATIONS
from diary_app.reports.chart_pixels import Pixels
from diary_app.reports.context import ReportContext

TREND_WIDTH = 6.5
TREND_HEIGHT = {0: 2.8, 1: 2.3, 2: 1.9, 3: 1.9}  # inches, by ReportContext.compact
LEFT_COLUMN, RIGHT_COLUMN = 3.3, 3.7  # inches; together the width of the text frame
EVIDENCE_HEIGHTS = {
    0: {"laterality": 2.9, "gait": 3.2, "regions": 3.4, "labs": 2.3},
    1: {"laterality": 2.6, "gait": 3.2, "regions": 3.4, "labs": 2.1},
    2: {"laterality": 2.6, "gait": 3.2, "regions": 3.4, "labs": 2.1},
    3: {"laterality": 2.6, "gait": 3.0, "regions": 3.2, "labs": 2.1},
}
PREFERRED_LAB = "b12"
MIN_RESULTS_CHARTED = 3  # fewer results of a test read better in the lab table alone


def text_unhinted() -> AbstractContextManager[None]:
    """For a process that draws only the report (the `report` command): matplotlib's text without
    its auto-hinter, which fits glyph outlines to a screen's pixel grid and costs about a tenth of
    the command's time at the report's 200 dpi, where it changes nothing a reader can see. A global
    setting while it lasts (matplotlib has no per-figure one), so the window, whose screen charts
    draw on worker threads while a report may be built, keeps matplotlib's default."""
    return matplotlib.rc_context({"text.hinting": "none"})


def chart_style(
    ctx: ReportContext, width: float = TREND_WIDTH, legend_columns: int = 0, height: float = 0.0
) -> ChartStyle:
    options = ctx.options
    return ChartStyle(
        translate=options.translate,
        numbers=options.numbers,
        rtl=options.rtl,
        width=width,
        legend_columns=legend_columns,
        height=height,
    )


class ChartImage(Flowable):
    """A chart's pixels placed at its size, centred in the frame (as reportlab's Image places one);
    the pixels are asked for only when the chart is drawn on its page."""

    def __init__(self, pixels: Pixels, width: float, height: float) -> None:
        super().__init__()
        self.pixels, self.width, self.height = pixels, width, height
        self.reader: ImageReader | None = None  # one per chart, as reportlab keeps one image per reader
        self.hAlign = "CENTER"

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if self.reader is None:
            self.reader = ImageReader(self.pixels())
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def main_sensation(diary: ProfileDiary, start: date, end: date) -> str:
    """The sensation with the highest average (either leg) over the period: the one the trend shows."""
    means = sensation_means(diary.entries, start, end)

    def strongest(name: str) -> float:
        return max((value or 0.0) for value in means[name].values())

    return max(SENSATIONS, key=lambda name: (strongest(name), -SENSATIONS.index(name)))


def chart(
    ctx: ReportContext,
    make_figure: Callable[[ChartStyle], Figure],
    width: float,
    height: float,
    legend_columns: int = 0,
) -> Flowable:
    """The chart `make_figure(style)` sized `width` x `height` inches with at most `legend_columns`
    legend columns; in a draft layout an empty box of that size (page breaks depend on sizes only,
    so drafts skip matplotlib)."""
    if ctx.draft:
        return Spacer(width * inch, height * inch)

    def figure() -> Figure:
        fig = make_figure(chart_style(ctx, width, legend_columns, height))
        fig.set_size_inches(width, height)
        if width < TREND_WIDTH:
            wrap_titles(fig)
        return fig

    return ChartImage(ctx.painter.paint(figure), width * inch, height * inch)


def page_one_sensation(
    diary: ProfileDiary, start: date, end: date, analysis: PeriodAnalysis | None = None
) -> str:
    """Weakness when a quick worsening of weakness is among the warning signs of the period; else
    the sensation that changed most between the start and now ("At a glance"); else the strongest."""
    if analysis is not None:
        if any(
            w.code == WEAKNESS_WORSENING and any(start <= d <= end for d in w.days)
            for w in analysis.warnings.derived
        ):
            return "weakness"
        if analysis.glance.sensations:
            return analysis.glance.sensations[0].sensation
    return main_sensation(diary, start, end)


def trend_chart(
    ctx: ReportContext, diary: ProfileDiary, start: date, end: date, analysis: PeriodAnalysis | None = None
) -> Flowable:
    sensation = page_one_sensation(diary, start, end, analysis)
    image = chart(
        ctx,
        lambda style: trend_figure(diary.entries, diary.doses, diary.regimens, start, end, sensation, style),
        TREND_WIDTH,
        TREND_HEIGHT[ctx.compact],
    )
    return KeepTogether([image])


def wrap_titles(fig: Figure) -> None:
    """Long titles of a narrow figure wrap instead of running off its edge. A text the chart broke
    into lines itself (charts.fitting.wrapped, to the figure's width less margins) is left as it is:
    matplotlib's wrapping would measure every start of every line again, each time the figure is
    laid out, to find the same breaks."""
    for text in [*fig.texts, *(ax.title for ax in fig.axes)]:
        text.set_wrap("\n" not in text.get_text())


def lab_results_charted(diary: ProfileDiary, start: date, end: date) -> list[LabResult]:
    """The results of one test for the chart: B12 when measured often enough, else the most measured
    test; none when no test has MIN_RESULTS_CHARTED results (the lab table then shows them all)."""
    inside = [lab for lab in diary.labs if start <= lab.day <= end]
    counts = {test: sum(1 for lab in inside if lab.test == test) for test in {lab.test for lab in inside}}
    often = {test: n for test, n in counts.items() if n >= MIN_RESULTS_CHARTED}
    if not often:
        return []
    chosen = PREFERRED_LAB if PREFERRED_LAB in often else max(sorted(often), key=lambda test: often[test])
    return [lab for lab in inside if lab.test == chosen]


def evidence_grid(
    ctx: ReportContext, diary: ProfileDiary, start: date, end: date, beside: list[Flowable]
) -> tuple[Flowable, bool]:
    """Which legs by week and walking (narrow column), where it is felt and labs (wide column).

    Without a lab chart the `beside` flowables fill the wide column under the body map; the second
    value says whether they were placed.
    """
    high, entries = EVIDENCE_HEIGHTS[ctx.compact], diary.entries
    left = [
        chart(
            ctx,
            lambda style: laterality_figure(entries, start, end, style),
            LEFT_COLUMN,
            high["laterality"],
            2,
        ),
        chart(ctx, lambda style: gait_figure(entries, start, end, style), LEFT_COLUMN, high["gait"], 2),
    ]
    right = [
        chart(ctx, lambda style: regions_figure(entries, start, end, style), RIGHT_COLUMN, high["regions"], 1)
    ]
    labs = [] if ctx.compact else lab_results_charted(diary, start, end)  # compact: the table only
    if labs:
        right.append(
            chart(ctx, lambda style: labs_figure(labs, start, end, style), RIGHT_COLUMN, high["labs"], 2)
        )
    columns = [left, right + ([] if labs else beside)]
    widths = [LEFT_COLUMN * inch, RIGHT_COLUMN * inch]
    if ctx.rtl:
        columns.reverse()
        widths.reverse()
    grid = Table([columns], colWidths=widths)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid, not labs
