"""What every part of the report needs: options, words, digits, direction, fonts and text styles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from pathlib import Path

from reportlab.lib import colors

from diary_app.domain.messages import Message
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import Translate
from diary_app.domain.messages import english
from diary_app.reports.chart_pixels import ChartPainter
from diary_app.reports.chart_pixels import InProcessPainter
from diary_app.reports.flowables import BidiParagraph
from diary_app.reports.flowables import TextStyle
from diary_app.reports.fonts import ReportFonts
from diary_app.reports.shaping import Shaper
from diary_app.reports.text import clean_user_text
from diary_app.reports.words import CONTEXT

LANGUAGES = ("en", "ar")
GREY = colors.Color(0.35, 0.35, 0.35)
RED_FLAG_RED = colors.HexColor("#B00020")
_LANGUAGE_NUMBERS = NumberFormat()  # the default: Western digits and the report language's months


@dataclass(frozen=True)
class ReportOptions:
    """How to make the report: its language, digits, whether to add the daily log, the date made.

    `numbers` left out: Western digits and the month names of `language` (domain.dates)."""

    language: str = "en"
    translate: Translate = english
    numbers: NumberFormat = _LANGUAGE_NUMBERS
    appendix: bool = False
    made_on: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            choices = ", ".join(LANGUAGES)
            raise ValueError(f"the report language must be one of {choices}, not {self.language!r}")
        if self.numbers is _LANGUAGE_NUMBERS:
            object.__setattr__(self, "numbers", NumberFormat.of(self.language))

    @property
    def rtl(self) -> bool:
        return self.language == "ar"


class ReportCancelled(Exception):  # noqa: N818 (a request, not an error)
    """The caller no longer wants the report (the preview's options changed): nothing was written."""


@dataclass(frozen=True)
class ReportResult:
    """The written file and its page counts (summary pages exclude the appendix)."""

    path: Path
    pages: int
    summary_pages: int


@dataclass(frozen=True)
class Styles:
    title: TextStyle
    heading: TextStyle
    body: TextStyle
    small: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    alert: TextStyle
    alert_body: TextStyle
    bullet: TextStyle


# size, leading, space after, by ReportContext.compact
BULLETS = {0: (9.5, 12, 1.5), 1: (8.5, 10.2, 0.6), 2: (8.5, 9.8, 0.3), 3: (8.2, 9.4, 0.2)}


def make_styles(fonts: ReportFonts, compact: int) -> Styles:
    body = TextStyle(fonts.regular, 9.5, 12.5)
    size, leading, space_after = BULLETS[compact]
    return Styles(
        bullet=TextStyle(fonts.regular, size, leading, space_after=space_after),
        title=TextStyle(fonts.bold, 15, 19, space_after=2),
        heading=TextStyle(fonts.bold, 11, 14, space_before=7, space_after=3),
        body=body,
        small=TextStyle(fonts.regular, 8.5, 11, color=GREY),
        cell=TextStyle(fonts.regular, 8.5, 10.2 if compact else 10.8, space_after=0),
        cell_bold=TextStyle(fonts.bold, 8.5, 10.2 if compact else 10.8, space_after=0),
        alert=TextStyle(fonts.bold, 11, 14, color=RED_FLAG_RED, space_after=2),
        alert_body=TextStyle(fonts.regular, 9.5, 12.5, space_after=1),
    )


class ReportContext:
    """Turns messages, numbers, dates and patient text into paragraphs for one report build.

    `compact` asks every section for a tighter layout: 0 normal, 1 compact, 2 tight (used when the
    summary would pass two pages at the level before);
    `draft` lays the pages out with empty boxes where the charts go (to count pages quickly);
    `cancelled` is asked before each page is laid out (see check_cancelled);
    `painter` draws the charts (chart_pixels: in this process unless told otherwise).
    """

    def __init__(
        self,
        options: ReportOptions,
        fonts: ReportFonts,
        compact: int = 0,
        shaper: Shaper | None = None,
        draft: bool = False,
        cancelled: Callable[[], bool] = lambda: False,
        painter: ChartPainter | None = None,
    ):
        self.options = options
        self.painter = painter or InProcessPainter()
        self.cancelled = cancelled
        self.fonts = fonts
        self.compact = compact
        self.draft = draft
        self.shaper = shaper or Shaper(fonts)
        self.styles = make_styles(fonts, compact)
        self.rtl = options.rtl

    def check_cancelled(self) -> None:
        """Raises ReportCancelled when the caller no longer wants the report."""
        if self.cancelled():
            raise ReportCancelled

    def text(self, source: str, *args: object, count: int | None = None) -> str:
        """A "Report" sentence translated with its %1… and %n filled (values isolated for bidi)."""
        message = Message(CONTEXT, source, tuple(args), count)
        return message.render(self.options.translate, self.options.numbers, direction=int(self.rtl))

    def render(self, message: Message) -> str:
        """A core message (any context) in the report's language and digits."""
        return message.render(self.options.translate, self.options.numbers)

    def word(self, source: str) -> Message:
        """A translatable word to pass as an argument of `text` (translated when rendered)."""
        return Message(CONTEXT, source)

    def number(self, value: float | int, decimals: int = 0) -> str:
        return self.options.numbers.number(value, decimals)

    def day(self, day: date) -> str:
        return self.options.numbers.day(day)

    def para(self, text: str, style: TextStyle | None = None) -> BidiParagraph:
        """A paragraph of report text (already translated) in the report's direction."""
        return BidiParagraph(text, style or self.styles.body, self.shaper, self.rtl)

    def user_para(self, text: str, style: TextStyle | None = None) -> BidiParagraph:
        """A paragraph of the patient's own text: cleaned, each paragraph in its own direction."""
        return BidiParagraph(
            clean_user_text(text), style or self.styles.body, self.shaper, self.rtl, auto_direction=True
        )
