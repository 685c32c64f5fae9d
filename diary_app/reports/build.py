"""build_report: the doctor's PDF of one profile and period, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether

from diary_app.analysis.period import PeriodAnalysis
from diary_app.analysis.period import analyze_period
from diary_app.analysis.place_sentences import for_the_doctor
from diary_app.atomic_files import atomic_write_bytes
from diary_app.domain import DayEntry
from diary_app.domain import ProfileDiary
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.reports import evidence
from diary_app.reports import figures
from diary_app.reports import findings
from diary_app.reports import summary
from diary_app.reports.appendix import appendix_story
from diary_app.reports.chart_pixels import ChartPainter
from diary_app.reports.chart_pixels import InProcessPainter
from diary_app.reports.context import ReportCancelled
from diary_app.reports.context import ReportContext
from diary_app.reports.context import ReportOptions
from diary_app.reports.context import ReportResult
from diary_app.reports.document import PageMark
from diary_app.reports.document import render_pdf
from diary_app.reports.fonts import ReportFonts
from diary_app.reports.key_figures import key_figures
from diary_app.reports.shaping import Shaper
from diary_app.reports.text import shortened

MAX_SUMMARY_PAGES = 2
LAYOUT_LEVELS = (0, 1, 2, 3)  # ReportContext.compact: normal, compact, tight, tightest
MAX_HEADER_NAME = 60
HEADER = QT_TRANSLATE_NOOP("Report", "Symptom diary of %1, %2 to %3")
HEADER_UNNAMED = QT_TRANSLATE_NOOP("Report", "Symptom diary, %1 to %2")
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("Report", "Symptom diary summary")
EVIDENCE = QT_TRANSLATE_NOOP("Report", "The evidence: charts, laboratory results and questions")


def build_report(
    diary: ProfileDiary,
    start: date,
    end: date,
    out_path: Path | str,
    options: ReportOptions,
    cancelled: Callable[[], bool] = lambda: False,
    painter: ChartPainter | None = None,
) -> ReportResult:
    """Write the report of [start, end] to `out_path`; on any error the file there is untouched.

    Quick drafts (boxes instead of charts) show whether the normal layout keeps the summary to two
    pages; if not, the compact one (shorter charts, fewer and shorter quoted notes, fewer lab rows,
    smaller line spacing), else the tight one (shorter still). `cancelled` is asked between these
    steps and before each page is laid out: when it answers True, ReportCancelled is raised.
    `painter` draws the charts (reports.chart_pixels; by default in this process, at once).
    """
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    _check(cancelled)
    fonts = ReportFonts.load()
    shaper = Shaper(fonts)
    entries = sorted((e for e in diary.entries if start <= e.day <= end), key=lambda e: e.day)
    analysis = analyze_period(diary, start, end)
    summary_only = replace(options, appendix=False)
    compact = next(
        (
            level
            for level in LAYOUT_LEVELS[:-1]
            if _render(
                ReportContext(summary_only, fonts, level, shaper, draft=True, cancelled=cancelled),
                diary,
                analysis,
                entries,
            )[2]
            <= MAX_SUMMARY_PAGES
        ),
        LAYOUT_LEVELS[-1],
    )
    painter = painter or InProcessPainter()
    try:
        ctx = ReportContext(options, fonts, compact, shaper, cancelled=cancelled, painter=painter)
        data, pages, summary_pages = _render(ctx, diary, analysis, entries)
    finally:
        painter.close()
    _check(cancelled)
    path = atomic_write_bytes(Path(out_path), data)
    return ReportResult(path, pages, summary_pages)


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise ReportCancelled


def _render(
    ctx: ReportContext, diary: ProfileDiary, analysis: PeriodAnalysis, entries: list[DayEntry]
) -> tuple[bytes, int, int]:
    """(PDF bytes, pages, summary pages)."""
    story = summary_story(ctx, diary, analysis, entries)
    appendix_start = PageMark()
    if ctx.options.appendix:
        labs = [lab for lab in diary.labs if analysis.start <= lab.day <= analysis.end]
        story += appendix_story(ctx, entries, labs, appendix_start)
    name = shortened(diary.profile.name, MAX_HEADER_NAME)
    header = ctx.text(HEADER, name, ctx.day(analysis.start), ctx.day(analysis.end))
    if diary.profile.name.strip() in summary.UNNAMED:  # skipped at first start: no "diary of Me"
        name, header = "", ctx.text(HEADER_UNNAMED, ctx.day(analysis.start), ctx.day(analysis.end))
    data, pages = render_pdf(story, ctx, header, ctx.text(DOCUMENT_TITLE), name)
    summary_pages = pages if appendix_start.page is None else appendix_start.page - 1
    return data, pages, summary_pages


def summary_story(
    ctx: ReportContext, diary: ProfileDiary, analysis: PeriodAnalysis, entries: list[DayEntry]
) -> list[Flowable]:
    """Page 1 (the answer), flowing into page 2 (the evidence): no page break is forced, so the
    summary takes two pages whatever the length of the pattern sentences."""
    start, end = analysis.start, analysis.end
    story: list[Flowable] = summary.who_and_when(ctx, diary.profile, start, end, analysis.days_logged)
    story += summary.red_flag_box(ctx, analysis)
    story += summary.at_a_glance(ctx, analysis)
    story.append(summary.heading(ctx, summary.KEY_FIGURES))
    response = analysis.treatment_response
    story += key_figures(ctx, entries, start, end, analysis.days_logged, analysis.days_in_period, response)
    story.append(figures.trend_chart(ctx, diary, start, end, analysis))
    story.append(summary.heading(ctx, summary.PATTERN))
    shown = summary.without_tabled_sentences(analysis.annotations, response, analysis.glance_lines)
    story += summary.sentence_bullets(ctx, for_the_doctor(shown))
    story += findings.feature_table(ctx, analysis.features)
    beside = evidence.questions_section(ctx, entries, in_cell=True)
    grid, questions_placed = figures.evidence_grid(ctx, diary, start, end, beside)
    evidence_title = [] if ctx.compact else [ctx.para(ctx.text(EVIDENCE), ctx.styles.title.sized(12))]
    story.append(KeepTogether([*evidence_title, grid]))
    story += evidence.lab_section(ctx, [lab for lab in diary.labs if start <= lab.day <= end])
    if not questions_placed:
        story += evidence.questions_section(ctx, entries)
    return story
