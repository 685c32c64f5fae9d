"""Page 1 key figures: days logged, each sensation's mean by leg early and late in the period, gait, falls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Table

from diary_app.analysis import sensation_means
from diary_app.analysis.glance import windows_of
from diary_app.analysis.treatment import TreatmentResponse
from diary_app.domain import DayEntry
from diary_app.domain import names
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import SENSATIONS
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.tables import Cell
from diary_app.reports.tables import cell
from diary_app.reports.tables import grid_table

LRI, PDI = "\u2066", "\u2069"
NO_VALUE = "\u2014"
DAYS_LOGGED = QT_TRANSLATE_NOOP("Report", "Days logged: %1 of the %n days in the period.")
MEANS_CAPTION = QT_TRANSLATE_NOOP(
    "Report", "Average score (0 none to 10 worst) on the logged days of the first and the last %n days."
)
TREATMENT_CAPTION = QT_TRANSLATE_NOOP(
    "Report",
    "B12 started on %6, %7 weeks before the last logged day. Before B12: %1 to %2 (%3 logged "
    "days); since B12, latest weeks: %4 to %5 (%n logged days).",
)
BEFORE_B12 = QT_TRANSLATE_NOOP("Report", "Before B12")
SINCE_B12 = QT_TRANSLATE_NOOP("Report", "Since B12")
FIRST = QT_TRANSLATE_NOOP("Report", "First %n days")
LAST = QT_TRANSLATE_NOOP("Report", "Last %n days")
CHANGE = QT_TRANSLATE_NOOP("Report", "Change")
SENSATION = QT_TRANSLATE_NOOP("Report", "Sensation")


@dataclass(frozen=True)
class Windows:
    """The early and the late stretch of the period compared on page 1 (equal length, may overlap)."""

    days: int
    first: tuple[date, date]
    last: tuple[date, date]

    @staticmethod
    def of(start: date, end: date) -> Windows:
        """The same windows "At a glance" compares (analysis.glance.windows_of)."""
        first, last = windows_of(start, end)
        return Windows((first[1] - first[0]).days + 1, first, last)


def key_figures(
    ctx: ReportContext,
    entries: list[DayEntry],
    start: date,
    end: date,
    days_logged: int,
    days_in_period: int,
    response: TreatmentResponse | None = None,
) -> list[Flowable]:
    """`response` is the analysis's TreatmentResponse (its before/after means join the table)."""
    windows = Windows.of(start, end)
    story: list[Flowable] = [ctx.para(ctx.text(DAYS_LOGGED, days_logged, count=days_in_period))]
    captions = [ctx.para(ctx.text(MEANS_CAPTION, count=windows.days), ctx.styles.small)]
    if response is not None:
        captions.append(
            ctx.para(
                ctx.text(
                    TREATMENT_CAPTION,
                    ctx.day(response.before_from),
                    ctx.day(response.before_to),
                    response.days_before,
                    ctx.day(response.after_from),
                    ctx.day(response.after_to),
                    ctx.day(response.started),
                    response.weeks_since_start,
                    count=response.days_after,
                ),
                ctx.styles.small,
            )
        )
    story.append(KeepTogether([*captions, means_table(ctx, entries, windows, response)]))
    return story  # walking and falls: "At a glance" says them


def means_table(
    ctx: ReportContext, entries: list[DayEntry], windows: Windows, response: TreatmentResponse | None = None
) -> Table:
    """Per sensation and leg: first and last weeks with the change, and before/since B12 when known."""
    first = sensation_means(entries, *windows.first)
    last = sensation_means(entries, *windows.last)
    per_side = 3 if response is None else 5
    header_sides: list[Cell] = [cell(ctx, ctx.text(SENSATION), bold=True)]
    for side in words.page_sides(ctx.rtl):
        header_sides += [cell(ctx, ctx.render(names.leg(side)), bold=True, align="center")]
        header_sides += [""] * (per_side - 1)
    periods = [ctx.text(FIRST, count=windows.days), ctx.text(LAST, count=windows.days), ctx.text(CHANGE)]
    if response is not None:
        periods += [ctx.text(BEFORE_B12), ctx.text(SINCE_B12)]
    header_windows: list[Cell] = ["", *[cell(ctx, text, align="center") for text in periods] * 2]
    rows = [header_sides, header_windows]
    for name in SENSATIONS:
        row: list[Cell] = [cell(ctx, ctx.render(names.sensation(name)))]
        for side in words.page_sides(ctx.rtl):
            before, after = first[name][side], last[name][side]
            row += [_mean(ctx, before), _mean(ctx, after), _change(ctx, before, after)]
            if response is not None:
                row += [_mean(ctx, response.before[name][side]), _mean(ctx, response.after[name][side])]
        rows.append(row)
    name_width = 38 * mm if response is not None else 46 * mm
    widths = [name_width] + [(178 * mm - name_width) / (2 * per_side)] * (2 * per_side)
    spans = [(0, 0, 0, 1), (1, 0, per_side, 0), (per_side + 1, 0, 2 * per_side, 0)]
    return grid_table(ctx, rows, widths, header_rows=2, spans=spans)


def _mean(ctx: ReportContext, value: float | None) -> str:
    return NO_VALUE if value is None else ctx.number(value, 1)


def _change(ctx: ReportContext, before: float | None, after: float | None) -> str:
    """The signed change, e.g. "+1.5" or "-2.0" (drawn left to right in both languages)."""
    if before is None or after is None:
        return NO_VALUE
    exact = after - before
    decimals = 1 if round(exact, 1) or not round(exact, 2) else 2  # never "0.0" for a real change
    change = round(exact, decimals)
    sign = "+" if change > 0 else ("-" if change < 0 else "")
    if not change and exact:
        return ("+" if exact > 0 else "-") + "<" + ctx.number(0.01, 2)
    return sign + ctx.number(abs(change), decimals)
