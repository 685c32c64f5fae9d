"""The optional appendix: the daily log as a compact table, then every day's notes in full."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import PageBreak
from reportlab.platypus import Table

from diary_app.domain import DayEntry
from diary_app.domain import LabResult
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import SENSATIONS
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.evidence import lab_table
from diary_app.reports.tables import Cell
from diary_app.reports.tables import cell
from diary_app.reports.tables import grid_table

TITLE = QT_TRANSLATE_NOOP("Report", "Appendix: the daily log")
ALL_LABS = QT_TRANSLATE_NOOP("Report", "All laboratory results in the period")
SCORES_EXPLAINED = QT_TRANSLATE_NOOP(
    "Report", "Scores from 0 (none) to 10 (worst) for the left (L) and the right (R) leg, as recorded."
)
GAIT_EXPLAINED = QT_TRANSLATE_NOOP("Report", "Gait: 0 normal, 4 cannot walk unaided.")
NO_DAYS = QT_TRANSLATE_NOOP("Report", "No day was logged in this period.")
DATE = QT_TRANSLATE_NOOP("Report", "Date")
BACK_PAIN = QT_TRANSLATE_NOOP("Report", "Back pain")
GAIT = QT_TRANSLATE_NOOP("Report", "Gait")
FALLS = QT_TRANSLATE_NOOP("Report", "Falls")
RED_FLAG = QT_TRANSLATE_NOOP("Report", "Red flag")
NOTES = QT_TRANSLATE_NOOP("Report", "Notes")
NOTES_TITLE = QT_TRANSLATE_NOOP("Report", "The patient's notes, in full")
SEE_BELOW = QT_TRANSLATE_NOOP("Report", "below")
ASK_DOCTOR = QT_TRANSLATE_NOOP("Report", "%1 (marked: ask the doctor)")
SHORT_NAMES = {
    "tingling": QT_TRANSLATE_NOOP("Report", "Tingling"),
    "numbness": QT_TRANSLATE_NOOP("Report", "Numbness"),
    "burning": QT_TRANSLATE_NOOP("Report", "Burning"),
    "pain": QT_TRANSLATE_NOOP("Report", "Pain"),
    "weakness": QT_TRANSLATE_NOOP("Report", "Weakness"),
}
# Wide enough that no header word (English or Arabic) is cut and a date ("28 سبتمبر 2026") keeps to
# one line: tests/reports/test_table_widths.py
WIDTHS = [24.7 * mm] + [9.1 * mm] * 10 + [10 * mm, 11.2 * mm, 15 * mm, 10 * mm, 16.1 * mm]


def appendix_story(
    ctx: ReportContext, entries: list[DayEntry], labs: list[LabResult], start_mark: Flowable
) -> list[Flowable]:
    """The appendix flowables, on a new page; `start_mark` is laid out on its first page."""
    story: list[Flowable] = [PageBreak(), start_mark, ctx.para(ctx.text(TITLE), ctx.styles.title)]
    story += _daily_log(ctx, entries)
    if labs:
        story += [
            CondPageBreak(30 * mm),
            ctx.para(ctx.text(ALL_LABS), ctx.styles.heading),
            lab_table(ctx, sorted(labs, key=lambda lab: (lab.day, lab.test))),
        ]
    return story


def _daily_log(ctx: ReportContext, entries: list[DayEntry]) -> list[Flowable]:
    if not entries:
        return [ctx.para(ctx.text(NO_DAYS))]
    explained = f"{ctx.text(SCORES_EXPLAINED)} {ctx.text(GAIT_EXPLAINED)}"
    story: list[Flowable] = [ctx.para(explained, ctx.styles.small), log_table(ctx, entries)]
    noted = [entry for entry in entries if entry.notes.strip()]
    if noted:
        story += [CondPageBreak(30 * mm), ctx.para(ctx.text(NOTES_TITLE), ctx.styles.heading)]
        for entry in noted:
            story += note_flowables(ctx, entry)
    return story


def log_table(ctx: ReportContext, entries: list[DayEntry]) -> Table:
    header_top: list[Cell] = [cell(ctx, ctx.text(DATE), bold=True)]
    for name in SENSATIONS:
        header_top += [cell(ctx, ctx.text(SHORT_NAMES[name]), bold=True, align="center"), ""]
    header_top += [
        cell(ctx, ctx.text(text), bold=True, align="center")
        for text in (BACK_PAIN, GAIT, FALLS, RED_FLAG, NOTES)
    ]
    side_letters = [
        cell(ctx, ctx.text(words.SHORT_SIDES[side]), align="center") for side in words.page_sides(ctx.rtl)
    ]
    header_sides: list[Cell] = ["", *side_letters * len(SENSATIONS), *[""] * 5]
    spans = [(1 + 2 * i, 0, 2 + 2 * i, 0) for i in range(len(SENSATIONS))]
    spans += [(0, 0, 0, 1)] + [(column, 0, column, 1) for column in range(11, 16)]
    rows = [header_top, header_sides] + [_log_row(ctx, entry) for entry in entries]
    return grid_table(ctx, rows, WIDTHS, header_rows=2, spans=spans)


def _log_row(ctx: ReportContext, entry: DayEntry) -> list[Cell]:
    number = ctx.number
    scores = [number(entry.score(name, side)) for name in SENSATIONS for side in words.page_sides(ctx.rtl)]
    flag = cell(ctx, ctx.text(words.YES), bold=True, align="center") if entry.red_flags else ""
    has_notes = entry.notes.strip()
    notes = cell(ctx, ctx.text(SEE_BELOW), align="center") if has_notes else ""
    return [
        cell(ctx, ctx.day(entry.day), align="center"),  # a month name: shaped and ordered, not a plain string
        *scores,
        number(entry.back_pain),
        number(entry.gait),
        number(entry.falls),
        flag,
        notes,
    ]


def note_flowables(ctx: ReportContext, entry: DayEntry) -> list[Flowable]:
    """The date (and the ask-the-doctor mark) kept with the first lines of the note."""
    title = ctx.day(entry.day)
    if entry.ask_doctor:
        title = ctx.text(ASK_DOCTOR, title)
    keep_with_lines = CondPageBreak(4 * ctx.styles.body.leading)
    return [keep_with_lines, ctx.para(title, ctx.styles.cell_bold), ctx.user_para(entry.notes)]
