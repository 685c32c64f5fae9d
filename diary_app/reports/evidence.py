"""Page 2: the lab table (units, reference ranges, outside-range in words) and the ask-the-doctor notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Table

from diary_app.domain import DayEntry
from diary_app.domain import LabResult
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.tables import Cell
from diary_app.reports.tables import cell
from diary_app.reports.tables import grid_table
from diary_app.reports.tables import user_cell
from diary_app.reports.text import shortened

MAX_LAB_ROWS = {0: 8, 1: 4, 2: 3, 3: 2}  # by ReportContext.compact
MAX_QUESTIONS = {0: 4, 1: 2, 2: 2, 3: 1}
MAX_QUESTION_CHARS = {0: 200, 1: 140, 2: 100, 3: 100}
LAB_WIDTHS = [24.7 * mm, 47.3 * mm, 18 * mm, 18 * mm, 32 * mm, 38 * mm]  # a date keeps to one line
LABS = QT_TRANSLATE_NOOP("Report", "Laboratory results")
NO_LABS = QT_TRANSLATE_NOOP("Report", "No laboratory result was entered for this period.")
DATE = QT_TRANSLATE_NOOP("Report", "Date")
TEST = QT_TRANSLATE_NOOP("Report", "Test")
RESULT = QT_TRANSLATE_NOOP("Report", "Result")
UNIT = QT_TRANSLATE_NOOP("Report", "Unit")
RANGE = QT_TRANSLATE_NOOP("Report", "Reference range")
FLAG = QT_TRANSLATE_NOOP("Report", "Outside range?")
LOW = QT_TRANSLATE_NOOP("Report", "LOW, below range")
HIGH = QT_TRANSLATE_NOOP("Report", "HIGH, above range")
IN_RANGE = QT_TRANSLATE_NOOP("Report", "within range")
NO_RANGE = QT_TRANSLATE_NOOP("Report", "no range given")
RANGE_BOTH = QT_TRANSLATE_NOOP("Report", "%1 to %2")
RANGE_LOW = QT_TRANSLATE_NOOP("Report", "at least %1")
RANGE_HIGH = QT_TRANSLATE_NOOP("Report", "at most %1")
OLDER_LABS = QT_TRANSLATE_NOOP("Report", "%n older results not shown here.")
OLDER_LABS_APPENDIX = QT_TRANSLATE_NOOP("Report", "%n older results: see the appendix.")
QUESTIONS = QT_TRANSLATE_NOOP("Report", 'Notes the patient marked "ask my doctor"')
NO_QUESTIONS = QT_TRANSLATE_NOOP("Report", 'No note was marked "ask my doctor" in this period.')
MORE_QUESTIONS = QT_TRANSLATE_NOOP("Report", "%n older marked notes not shown here.")
MORE_QUESTIONS_APPENDIX = QT_TRANSLATE_NOOP("Report", "%n older marked notes: see the appendix.")
CUT = QT_TRANSLATE_NOOP("Report", "(shortened)")
CUT_APPENDIX = QT_TRANSLATE_NOOP("Report", "(shortened; the appendix has the full note)")


def lab_table(ctx: ReportContext, labs: list[LabResult]) -> Table:
    """Date, test, result, unit, reference range and, in words, whether it is outside the range."""
    titles = (DATE, TEST, RESULT, UNIT, RANGE, FLAG)
    header: list[Cell] = [cell(ctx, ctx.text(text), bold=True) for text in titles]
    rows = [header] + [_lab_row(ctx, lab) for lab in labs]
    return grid_table(ctx, rows, LAB_WIDTHS)


def lab_section(ctx: ReportContext, labs: list[LabResult]) -> list[Flowable]:
    """The newest results (the appendix lists them all)."""
    title = ctx.para(ctx.text(LABS), ctx.styles.heading)
    if not labs:
        return [title, ctx.para(ctx.text(NO_LABS))]
    ordered = sorted(labs, key=lambda lab: (lab.day, lab.test))
    shown = ordered[-MAX_LAB_ROWS[ctx.compact] :]
    together: list[Flowable] = [title, lab_table(ctx, shown)]
    if len(ordered) > len(shown):
        older = OLDER_LABS_APPENDIX if ctx.options.appendix else OLDER_LABS
        together.append(ctx.para(ctx.text(older, count=len(ordered) - len(shown)), ctx.styles.small))
    return [KeepTogether(together)]  # at most 8 rows and the line saying what is left out: never split


def _lab_row(ctx: ReportContext, lab: LabResult) -> list[Cell]:
    name = words.LAB_TESTS.get(lab.test)
    flag = _range_flag(lab)
    return [
        cell(ctx, ctx.day(lab.day), align="center"),
        cell(ctx, ctx.text(name) if name else lab.test),
        _value(ctx, lab.value),
        user_cell(ctx, lab.unit),
        cell(ctx, _range_text(ctx, lab), align="center"),
        cell(ctx, ctx.text(flag), bold=flag in (LOW, HIGH)),
    ]


def _value(ctx: ReportContext, value: float) -> str:
    return ctx.number(value, 0 if value == int(value) else 2 if abs(value) < 10 else 1)


def _range_flag(lab: LabResult) -> str:
    if lab.ref_low is None and lab.ref_high is None:
        return NO_RANGE
    return {"low": LOW, "high": HIGH, "": IN_RANGE}[lab.range_status()]


def _range_text(ctx: ReportContext, lab: LabResult) -> str:
    low = None if lab.ref_low is None else _value(ctx, lab.ref_low)
    high = None if lab.ref_high is None else _value(ctx, lab.ref_high)
    if low and high:
        return ctx.text(RANGE_BOTH, low, high)
    if low:
        return ctx.text(RANGE_LOW, low)
    if high:
        return ctx.text(RANGE_HIGH, high)
    return "\u2014"


def questions_section(ctx: ReportContext, entries: list[DayEntry], in_cell: bool = False) -> list[Flowable]:
    """The newest notes marked ask_doctor, each shortened so page 2 keeps its length.

    `in_cell`: plain flowables for a table cell (which never splits), not KeepTogether groups.
    """
    title = ctx.para(ctx.text(QUESTIONS), ctx.styles.heading)
    marked = [e for e in entries if e.ask_doctor and e.notes.strip()]
    if not marked:
        return [title, ctx.para(ctx.text(NO_QUESTIONS))]
    shown = marked[-MAX_QUESTIONS[ctx.compact] :]
    limit = MAX_QUESTION_CHARS[ctx.compact]
    story: list[Flowable] = [title]
    for entry in shown:
        text = shortened(entry.notes, limit)
        lines: list[Flowable] = [ctx.para(ctx.day(entry.day), ctx.styles.cell_bold), ctx.user_para(text)]
        if len(entry.notes.strip()) > limit:
            lines.append(ctx.para(ctx.text(CUT_APPENDIX if ctx.options.appendix else CUT), ctx.styles.small))
        story += lines if in_cell else [KeepTogether(lines)]
    if len(marked) > len(shown):
        more = MORE_QUESTIONS_APPENDIX if ctx.options.appendix else MORE_QUESTIONS
        story.append(ctx.para(ctx.text(more, count=len(marked) - len(shown)), ctx.styles.small))
    return story
