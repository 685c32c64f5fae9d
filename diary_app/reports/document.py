"""The page frame: A4 margins, a running header, and a footer with "Page X of Y" on every page."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Flowable
from reportlab.platypus import Frame
from reportlab.platypus import PageTemplate

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.reports.context import ReportContext
from diary_app.reports.flowables import DraftCanvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
TOP_MARGIN = 17 * mm
BOTTOM_MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page %1 of %2")
FOOTER_NOTE = QT_TRANSLATE_NOOP("Report", "Self-reported diary, not a diagnosis")

# Streams (pages, fonts, chart images) stay binary, as PDF allows: reportlab's default ASCII85 text
# encoding runs in pure Python here (no rl_accel) and took a tenth of a 90-day report's time.
rl_config.useA85 = 0


class PageDecorator:
    """Draws the header line and the footer (with the total page count, known only at the end)."""

    def __init__(self, ctx: ReportContext, header: str):
        self.ctx, self.header = ctx, header

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        ctx = self.ctx
        canvas.saveState()
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.5)
        rule_y = PAGE_HEIGHT - TOP_MARGIN + 3 * mm
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        self._text(canvas, self.header, PAGE_HEIGHT - TOP_MARGIN + 4.5 * mm, "start")
        footer_y = BOTTOM_MARGIN - 8 * mm
        self._text(canvas, ctx.text(FOOTER_NOTE), footer_y, "start")
        self._text(canvas, ctx.text(PAGE_OF, page, total), footer_y, "end")
        canvas.restoreState()

    def _text(self, canvas: Canvas, text: str, y: float, align: str) -> None:
        style = replace(self.ctx.styles.small, align=align)
        paragraph = self.ctx.para(text, style)
        paragraph.wrap(CONTENT_WIDTH, 30)
        paragraph.drawOn(canvas, MARGIN, y)


class PageMark(Flowable):
    """Invisible; remembers the page it was laid out on (where the appendix starts)."""

    def __init__(self) -> None:
        super().__init__()
        self.page: int | None = None

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


def numbered_canvas_class(decorator: PageDecorator) -> type[Canvas]:
    """A Canvas that keeps each page until the end, then draws the decorations with the page total."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorator.draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(
    story: list[Flowable], ctx: ReportContext, header: str, title: str, author: str
) -> tuple[bytes, int]:
    """The finished PDF bytes and its page count (a draft: no bytes, the page count only)."""
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        subject=title,
        creator="Symptom Diary",
        lang="ar" if ctx.rtl else "en",
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def begin_page(_canvas: object, _document: object) -> None:
        ctx.check_cancelled()

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=begin_page)])
    canvas_class = DraftCanvas if ctx.draft else numbered_canvas_class(PageDecorator(ctx, header))
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue(), document.page
