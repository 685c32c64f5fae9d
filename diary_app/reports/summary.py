"""Page 1: who and when, the red-flag box, key figures, the pattern, the feature table, treatment."""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from diary_app.analysis import glance_sentences
from diary_app.analysis import warning_sentences
from diary_app.analysis.care_sentences import RED_FLAG_SUMMARY
from diary_app.analysis.care_sentences import SENSATION_CHANGE
from diary_app.analysis.care_sentences import TREATMENT_BASIS
from diary_app.analysis.period import PeriodAnalysis
from diary_app.analysis.place_sentences import TABLED as PLACE_PICTURES
from diary_app.analysis.red_flags import RedFlagDay
from diary_app.analysis.sentences import COVERAGE
from diary_app.analysis.sentences import DISCLAIMER
from diary_app.analysis.sentences import FALLS
from diary_app.analysis.sentences import GAIT_BETTER
from diary_app.analysis.sentences import GAIT_WORSE
from diary_app.analysis.sentences import OTHER_SIGNS
from diary_app.analysis.treatment import TreatmentResponse
from diary_app.analysis.warning_sentences import derived_sentence
from diary_app.analysis.warning_sentences import outside_sentences
from diary_app.analysis.warning_sentences import placed_derived
from diary_app.analysis.warning_signs import IN
from diary_app.domain import Profile
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message
from diary_app.reports import words
from diary_app.reports.context import ReportContext
from diary_app.reports.document import CONTENT_WIDTH
from diary_app.reports.text import shortened

MAX_NAME = 120
TITLE = QT_TRANSLATE_NOOP("Report", "Leg symptom diary: summary for the doctor")
PATIENT = QT_TRANSLATE_NOOP("Report", "Patient: %1")
PATIENT_BORN = QT_TRANSLATE_NOOP("Report", "Patient: %1, born %2")
UNNAMED = ("Me", "أنا")  # the name a profile gets when its person skipped theirs at first start
NOTHING_LOGGED = QT_TRANSLATE_NOOP(
    "Report", "No day was logged in this period: the figures and charts below are empty."
)
PERIOD = QT_TRANSLATE_NOOP("Report", "Period: %1 to %2 (%n days)")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on %1")
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Report", "Self-reported diary, not a diagnosis: the patient recorded these symptoms at home."
)
RED_FLAG_TITLE = QT_TRANSLATE_NOOP(
    "Report", "RED FLAG: warning signs that need urgent medical attention (NICE)"
)
RED_FLAG_LEAD = QT_TRANSLATE_NOOP(
    "Report", "On %n days in this period the patient ticked a warning sign that needs care the same day:"
)
RED_FLAG_DAY = QT_TRANSLATE_NOOP("Report", "%1: %2")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Report", "%1; %2")
KEY_FIGURES = QT_TRANSLATE_NOOP("Report", "Key figures")
AT_A_GLANCE = QT_TRANSLATE_NOOP("Report", "At a glance")
PATTERN = QT_TRANSLATE_NOOP("Report", "What the diary shows")


def who_and_when(
    ctx: ReportContext, profile: Profile, start: date, end: date, days_logged: int = 1
) -> list[Flowable]:
    """Title, patient (left out when the name was skipped at first start), period, and, first of all
    when nothing was logged in the period, that the diary is empty there."""
    days = (end - start).days + 1
    story: list[Flowable] = [ctx.para(ctx.text(TITLE), ctx.styles.title)]
    if profile.name.strip() not in UNNAMED:
        story.append(ctx.para(patient_line(ctx, profile), ctx.styles.heading.sized(10.5)))
    story.append(
        ctx.para(
            f"{ctx.text(PERIOD, ctx.day(start), ctx.day(end), count=days)}   "
            f"{ctx.text(MADE_ON, ctx.day(ctx.options.made_on))}"
        )
    )
    if not days_logged:
        story.append(ctx.para(ctx.text(NOTHING_LOGGED), ctx.styles.heading.sized(10.5)))
    story.append(ctx.para(ctx.text(NOT_A_DIAGNOSIS), ctx.styles.cell_bold))
    return story


def patient_line(ctx: ReportContext, profile: Profile) -> str:
    name = shortened(profile.name, MAX_NAME)
    if profile.birth_year:
        return ctx.text(PATIENT_BORN, name, ctx.number(profile.birth_year))
    return ctx.text(PATIENT, name)


def joined(ctx: ReportContext, parts: list[str]) -> str:
    """Items joined with the translated list separator (built left to right in reading order)."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = ctx.text(LIST_SEPARATOR, text, part)
    return text


def red_flag_box(ctx: ReportContext, analysis: PeriodAnalysis) -> list[Flowable]:
    """A boxed, bold warning with every warning sign of the whole diary: the days ticked in the
    period, the rules the diary shows, then what was recorded before or after the period. Empty
    only when the diary has none anywhere."""
    signs = analysis.warnings
    if not signs.days:
        return []
    lines: list[Flowable] = [ctx.para(ctx.text(RED_FLAG_TITLE), ctx.styles.alert)]
    lines += _ticked_lines(ctx, analysis.red_flags)
    inside = [
        derived_sentence(w, urgent=False) for w in placed_derived(signs, IN, analysis.start, analysis.end)
    ]
    for message in inside + outside_sentences(signs, analysis.start, analysis.end, urgent=False):
        lines.append(ctx.para("\u2022 " + ctx.render(message), ctx.styles.alert_body))
    box = Table([[lines]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2.2, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [_gap(2.5), KeepTogether([box]), _gap(3)]


def _ticked_lines(ctx: ReportContext, red_flag_days: Sequence[RedFlagDay]) -> list[Flowable]:
    """The days ticked in the period, days with the same signs on one line (none hidden)."""
    if not red_flag_days:
        return []
    lead = ctx.text(RED_FLAG_LEAD, count=len(red_flag_days))
    lines: list[Flowable] = [ctx.para(lead, ctx.styles.alert_body)]
    groups: dict[tuple[str, ...], list[str]] = {}
    for flag_day in red_flag_days:
        groups.setdefault(flag_day.flags, []).append(ctx.day(flag_day.day))
    for flags, days in groups.items():
        signs = joined(ctx, [ctx.text(words.RED_FLAGS.get(code, code)) for code in flags])
        line = ctx.text(RED_FLAG_DAY, joined(ctx, days), signs)
        lines.append(ctx.para("\u2022 " + line, ctx.styles.alert_body))
    return lines


def at_a_glance(ctx: ReportContext, analysis: PeriodAnalysis) -> list[Flowable]:
    """The answer in a few lines, right under the warning box: legs, since when, start and now,
    better or worse, treatment, walking (the same lines open `analyze`)."""
    shown = [m for m in analysis.glance_lines if m.source != glance_sentences.WARNINGS]  # the box
    if ctx.compact >= 2:  # the key figures table beside it has every sensation
        sensations = [m for m in shown if m.source == glance_sentences.NOW_AND_START]
        shown = [m for m in shown if m not in sensations[1:]]
    lines = [ctx.para("\u2022 " + ctx.render(m), ctx.styles.bullet) for m in shown]
    return [heading(ctx, AT_A_GLANCE), *lines]


def without_tabled_sentences(
    messages: Iterable[Message], response: TreatmentResponse | None, glance: Collection[Message] = ()
) -> list[Message]:
    """The sentences minus those page 1 shows otherwise: the warning signs (the red-flag box), the
    "at a glance" lines (with walking and falls), the coverage (key figures), the other signs and the
    stocking or glove pictures (the feature table and the drawing on page 2, with their days) and
    the disclaimer (said under the title and in every footer), and when the key-figures table has the
    before/after columns, the per-sensation changes."""
    tabled = {
        RED_FLAG_SUMMARY,
        COVERAGE,
        DISCLAIMER,
        FALLS,
        GAIT_WORSE,
        GAIT_BETTER,
        OTHER_SIGNS,
        *PLACE_PICTURES,
        *warning_sentences.SOURCES,
    }
    if response is not None:
        tabled |= {SENSATION_CHANGE, TREATMENT_BASIS}  # the key figures' columns and caption
    return [m for m in messages if m.source not in tabled and m not in glance]


def sentence_bullets(ctx: ReportContext, messages: Iterable[Message]) -> list[Flowable]:
    """The pattern engine's sentences, one bullet each."""
    translate, numbers = ctx.options.translate, ctx.options.numbers
    style = ctx.styles.bullet
    return [ctx.para("\u2022 " + message.render(translate, numbers), style) for message in messages]


def heading(ctx: ReportContext, source: str) -> Flowable:
    return ctx.para(ctx.text(source), ctx.styles.heading)


def _gap(height_mm: float) -> Flowable:
    return Spacer(1, height_mm * mm)
