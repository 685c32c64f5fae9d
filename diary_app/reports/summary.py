"""Page 1: who and when, the red-flag box, key figures, the pattern, the feature table, treatment."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from diary_app.analysis.care_sentences import RED_FLAG_SUMMARY, SENSATION_CHANGE
from diary_app.domain import Profile
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.document import CONTENT_WIDTH
from diary_app.reports.text import shortened

MAX_NAME = 120
MAX_RED_FLAG_DAYS = 5
TITLE = QT_TRANSLATE_NOOP("Report", "Leg symptom diary: summary for the doctor")
PATIENT = QT_TRANSLATE_NOOP("Report", "Patient: %1")
PATIENT_BORN = QT_TRANSLATE_NOOP("Report", "Patient: %1, born %2")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period: %1 to %2 (%n days)")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on %1")
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Report", "Self-reported diary, not a diagnosis: the patient recorded these symptoms at home.")
RED_FLAG_TITLE = QT_TRANSLATE_NOOP("Report", "RED FLAG: needs urgent medical attention")
RED_FLAG_LEAD = QT_TRANSLATE_NOOP(
    "Report", "On %n days in this period the patient ticked a warning sign that needs care the same day:")
RED_FLAG_DAY = QT_TRANSLATE_NOOP("Report", "%1: %2")
RED_FLAG_MORE = QT_TRANSLATE_NOOP("Report", "and %n more days (see the daily log).")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Report", "%1; %2")
KEY_FIGURES = QT_TRANSLATE_NOOP("Report", "Key figures")
PATTERN = QT_TRANSLATE_NOOP("Report", "What the diary shows")


def who_and_when(ctx: ReportContext, profile: Profile, start: date, end: date) -> list[Flowable]:
    name = shortened(profile.name, MAX_NAME)
    if profile.birth_year:
        patient = ctx.text(PATIENT_BORN, name, ctx.number(profile.birth_year))
    else:
        patient = ctx.text(PATIENT, name)
    days = (end - start).days + 1
    return [
        ctx.para(ctx.text(TITLE), ctx.styles.title),
        ctx.para(patient, ctx.styles.heading.sized(10.5)),
        ctx.para(f"{ctx.text(PERIOD, ctx.day(start), ctx.day(end), count=days)}   "
                 f"{ctx.text(MADE_ON, ctx.day(ctx.options.made_on))}"),
        ctx.para(ctx.text(NOT_A_DIAGNOSIS), ctx.styles.cell_bold),
    ]


def joined(ctx: ReportContext, parts: list[str]) -> str:
    """Items joined with the translated list separator (built left to right in reading order)."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = ctx.text(LIST_SEPARATOR, text, part)
    return text


def red_flag_box(ctx: ReportContext, red_flag_days) -> list[Flowable]:
    """A boxed, bold warning listing the days and what was ticked; empty when no day had one."""
    if not red_flag_days:
        return []
    lines = [ctx.para(ctx.text(RED_FLAG_TITLE), ctx.styles.alert),
             ctx.para(ctx.text(RED_FLAG_LEAD, count=len(red_flag_days)), ctx.styles.alert_body)]
    for flag_day in red_flag_days[:MAX_RED_FLAG_DAYS]:
        flags = [ctx.text(words.RED_FLAGS.get(code, code)) for code in flag_day.flags]
        lines.append(ctx.para("\u2022 " + ctx.text(RED_FLAG_DAY, ctx.day(flag_day.day), joined(ctx, flags)),
                              ctx.styles.alert_body))
    hidden = len(red_flag_days) - MAX_RED_FLAG_DAYS
    if hidden > 0:
        lines.append(ctx.para(ctx.text(RED_FLAG_MORE, count=hidden), ctx.styles.alert_body))
    box = Table([[lines]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [_gap(2.5), KeepTogether([box]), _gap(3)]


def without_tabled_sentences(messages, response) -> list:
    """The sentences minus those page 1 shows otherwise: the red-flag summary (the red-flag box) and,
    when the key-figures table has the before/after columns, the per-sensation changes."""
    tabled = {RED_FLAG_SUMMARY} if response is None else {RED_FLAG_SUMMARY, SENSATION_CHANGE}
    return [m for m in messages if m.source not in tabled]


def annotations(ctx: ReportContext, messages) -> list[Flowable]:
    """The pattern engine's sentences, one bullet each."""
    translate, numbers = ctx.options.translate, ctx.options.numbers
    style = ctx.styles.bullet
    return [ctx.para("\u2022 " + message.render(translate, numbers), style) for message in messages]


def heading(ctx: ReportContext, source: str) -> Flowable:
    return ctx.para(ctx.text(source), ctx.styles.heading)


def _gap(height_mm: float) -> Flowable:
    return Spacer(1, height_mm * mm)
