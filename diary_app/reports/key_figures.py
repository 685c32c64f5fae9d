"""Page 1 key figures: days logged, each sensation's mean by leg early and late in the period, gait, falls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from diary_app.analysis import sensation_means
from diary_app.domain import DayEntry
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import SENSATIONS
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.tables import cell, grid_table

WINDOW_DAYS = 14
LRI, PDI = "\u2066", "\u2069"
NO_VALUE = "\u2014"
DAYS_LOGGED = QT_TRANSLATE_NOOP("Report", "Days logged: %1 of the %n days in the period.")
MEANS_CAPTION = QT_TRANSLATE_NOOP(
    "Report", "Average score (0 none to 10 worst) on the logged days of the first and the last %n days.")
TREATMENT_CAPTION = QT_TRANSLATE_NOOP(
    "Report", "Before B12: %1 to %2 (%3 logged days); since B12, latest weeks: %4 to %5 (%n logged days).")
BEFORE_B12 = QT_TRANSLATE_NOOP("Report", "Before B12")
SINCE_B12 = QT_TRANSLATE_NOOP("Report", "Since B12")
FIRST = QT_TRANSLATE_NOOP("Report", "First %n days")
LAST = QT_TRANSLATE_NOOP("Report", "Last %n days")
CHANGE = QT_TRANSLATE_NOOP("Report", "Change")
SENSATION = QT_TRANSLATE_NOOP("Report", "Sensation")
GAIT = QT_TRANSLATE_NOOP(
    "Report", "Walking (0 normal, 4 cannot walk unaided): average %1 in the first %n days, %2 in the last.")
NO_GAIT = QT_TRANSLATE_NOOP("Report", "Walking: no day was logged.")
FALLS = QT_TRANSLATE_NOOP("Report", "Falls: %1 in the period, on %n days.")


@dataclass(frozen=True)
class Windows:
    """The early and the late stretch of the period compared on page 1 (equal length, may overlap)."""

    days: int
    first: tuple[date, date]
    last: tuple[date, date]

    @staticmethod
    def of(start: date, end: date) -> Windows:
        total = (end - start).days + 1
        days = WINDOW_DAYS if total >= 2 * WINDOW_DAYS else max(1, total // 2)
        span = timedelta(days=days - 1)
        return Windows(days, (start, start + span), (end - span, end))


def key_figures(ctx: ReportContext, entries: list[DayEntry], start: date, end: date,
                days_logged: int, days_in_period: int, response=None) -> list[Flowable]:
    """`response` is the analysis's TreatmentResponse (its before/after means join the table)."""
    windows = Windows.of(start, end)
    story: list[Flowable] = [ctx.para(ctx.text(DAYS_LOGGED, days_logged, count=days_in_period))]
    captions = [ctx.para(ctx.text(MEANS_CAPTION, count=windows.days), ctx.styles.small)]
    if response is not None:
        captions.append(ctx.para(ctx.text(
            TREATMENT_CAPTION, ctx.day(response.before_from), ctx.day(response.before_to),
            response.days_before, ctx.day(response.after_from), ctx.day(response.after_to),
            count=response.days_after), ctx.styles.small))
    story.append(KeepTogether(captions + [means_table(ctx, entries, windows, response)]))
    story += [ctx.para(_gait_sentence(ctx, entries, windows)), ctx.para(_falls_sentence(ctx, entries))]
    return story


def means_table(ctx: ReportContext, entries: list[DayEntry], windows: Windows, response=None):
    """Per sensation and leg: first and last weeks with the change, and before/since B12 when known."""
    first = sensation_means(entries, *windows.first)
    last = sensation_means(entries, *windows.last)
    per_side = 3 if response is None else 5
    header_sides = [cell(ctx, ctx.text(SENSATION), bold=True)]
    for side in words.page_sides(ctx.rtl):
        header_sides += [cell(ctx, ctx.text(words.SIDES[side]), bold=True, align="center")]
        header_sides += [""] * (per_side - 1)
    periods = [ctx.text(FIRST, count=windows.days), ctx.text(LAST, count=windows.days), ctx.text(CHANGE)]
    if response is not None:
        periods += [ctx.text(BEFORE_B12), ctx.text(SINCE_B12)]
    header_windows = [""] + [cell(ctx, text, align="center") for text in periods] * 2
    rows = [header_sides, header_windows]
    for name in SENSATIONS:
        row = [cell(ctx, ctx.text(words.SENSATIONS[name]))]
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
    change = round(after - before, 1)
    sign = "+" if change > 0 else ("-" if change < 0 else "")
    return sign + ctx.number(abs(change), 1)


def _window_mean(entries: list[DayEntry], window: tuple[date, date], value) -> float | None:
    values = [value(e) for e in entries if window[0] <= e.day <= window[1]]
    return sum(values) / len(values) if values else None


def _gait_sentence(ctx: ReportContext, entries: list[DayEntry], windows: Windows) -> str:
    before = _window_mean(entries, windows.first, lambda e: e.gait)
    after = _window_mean(entries, windows.last, lambda e: e.gait)
    if before is None and after is None:
        return ctx.text(NO_GAIT)
    return ctx.text(GAIT, _mean(ctx, before), _mean(ctx, after), count=windows.days)


def _falls_sentence(ctx: ReportContext, entries: list[DayEntry]) -> str:
    falls = sum(e.falls for e in entries)
    days = sum(1 for e in entries if e.falls)
    return ctx.text(FALLS, falls, count=days)
