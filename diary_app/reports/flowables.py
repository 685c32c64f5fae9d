"""BidiParagraph: wrapped, shaped, bidi-ordered plain text (no markup), splittable across pages."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from diary_app.reports.bidi import base_level
from diary_app.reports.bidi import placed_runs
from diary_app.reports.shaping import Shaper

_WORD = re.compile(r"\S+")


class DraftCanvas(Canvas):
    """The canvas of a draft layout, laid out only to count its pages: text is not drawn on it
    (page breaks depend on sizes only) and no PDF is written."""

    def save(self) -> None:
        pass


@dataclass(frozen=True)
class TextStyle:
    """Font, size and alignment; `align` is 'start' (left in English, right in Arabic), 'end' or 'center'."""

    font: str
    size: float = 9.5
    leading: float = 12.5
    color: colors.Color = colors.black
    align: str = "start"
    space_before: float = 0.0
    space_after: float = 2.0

    def sized(self, size: float) -> TextStyle:
        return replace(self, size=size, leading=round(size * 1.3, 1))


@dataclass(frozen=True)
class Line:
    """Characters [start, end) of paragraph `paragraph` of a BidiParagraph."""

    paragraph: int
    start: int
    end: int


class BidiParagraph(Flowable):
    """Plain text drawn line by line: every character literal, right-to-left text ordered by UAX #9.

    `rtl` is the page direction (alignment and the direction of report sentences); `auto_direction`
    lets each paragraph of patient text take its own direction from its first strong letter.
    """

    _own_lines = True  # False in a part made by split(): it keeps the lines it was given
    _wrapped_for: float | None = None

    def __init__(
        self,
        text: str,
        style: TextStyle,
        shaper: Shaper,
        rtl: bool,
        auto_direction: bool = False,
        lines: list[Line] | None = None,
    ):
        super().__init__()
        self.style, self.shaper, self.rtl = style, shaper, rtl
        default = 1 if rtl else 0
        # the direction comes from the text as written, before emoji are replaced by their names
        self.directions = [base_level(p, default) if auto_direction else default for p in text.split("\n")]
        self.paragraphs = shaper.printable(text).split("\n")
        analysed = [shaper.bidi(p, d) for p, d in zip(self.paragraphs, self.directions, strict=True)]
        self.classes = [classes for classes, _ in analysed]
        self.levels = [levels for _, levels in analysed]
        self.auto_direction = auto_direction
        self.lines = lines
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self.lines is None or self._wrapped_for != avail_width:
            if self._own_lines:
                self.lines = self._layout(avail_width)
            self._wrapped_for = avail_width
        self.height = len(self._laid_out()) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        lines = self._laid_out()
        room = avail_height - self.style.space_before - self.style.space_after - 0.01
        fitting = math.floor(room / self.style.leading)
        if fitting < 1 or fitting >= len(lines):
            return [] if fitting < 1 else [self]
        return [self._part(lines[:fitting], avail_width), self._part(lines[fitting:], avail_width)]

    def _laid_out(self) -> list[Line]:
        assert self.lines is not None, "wrap() lays the lines out"
        return self.lines

    def _part(self, lines: list[Line], width: float) -> BidiParagraph:
        part = BidiParagraph.__new__(BidiParagraph)
        Flowable.__init__(part)  # fresh layout state (reportlab marks postponed flowables)
        for name in (
            "style",
            "shaper",
            "rtl",
            "paragraphs",
            "directions",
            "classes",
            "levels",
            "auto_direction",
            "spaceBefore",
            "spaceAfter",
        ):
            setattr(part, name, getattr(self, name))
        part.lines, part._own_lines, part._wrapped_for = lines, False, width
        return part

    def _layout(self, width: float) -> list[Line]:
        lines: list[Line] = []
        for index, paragraph in enumerate(self.paragraphs):
            lines.extend(self._wrap_paragraph(index, paragraph, width))
        return lines

    def _wrap_paragraph(self, index: int, text: str, width: float) -> list[Line]:
        style = self.style
        space = self.shaper.width(" ", style.font, style.size)
        lines: list[Line] = []
        start = end = None
        used = 0.0
        for match in _WORD.finditer(text):
            for piece_start, piece_end, piece_width in self._pieces(text, match.start(), match.end(), width):
                if start is not None and used + space + piece_width <= width:
                    end, used = piece_end, used + space + piece_width
                    continue
                if start is not None:
                    lines.append(Line(index, start, end or 0))  # end is set with start
                start, end, used = piece_start, piece_end, piece_width
        lines.append(Line(index, start or 0, end or 0))
        return lines

    def _pieces(self, text: str, start: int, end: int, width: float) -> Iterator[tuple[int, int, float]]:
        """The word text[start:end], cut into pieces no wider than `width` when it is too long."""
        style = self.style
        whole = self.shaper.width(text[start:end], style.font, style.size)
        if whole <= width:
            yield start, end, whole
            return
        piece_start, used = start, 0.0
        for position in range(start, end):
            char_width = self.shaper.width(text[position], style.font, style.size)
            if used + char_width > width and position > piece_start:
                yield piece_start, position, used
                piece_start, used = position, 0.0
            used += char_width
        yield piece_start, end, used

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        if isinstance(canvas, DraftCanvas):
            return
        canvas.setFillColor(style.color)
        canvas.setFont(style.font, style.size)
        top = self.height - style.size
        for number, line in enumerate(self._laid_out()):
            placed = self._placed(line)
            runs = self._shape(placed)
            x = self._line_start(sum(width for _, width in runs))
            drawn: list[tuple[int, int, float, str]] = []
            for (text, width), (_, level, first) in zip(runs, placed, strict=True):
                drawn.append((first, level, x, text))
                x += width
            text_object = canvas.beginText()  # one text object per line: extractors keep the line whole
            for run_x, text in writing_order(drawn):
                # The font is set again for every run: reportlab fails (IndexError) on a run whose
                # first glyph is raised (an Arabic letter with its mark) when no font was written
                # into that run's operators, which it only writes when the font subset changes.
                text_object.setFont(style.font, style.size)
                text_object.setTextOrigin(run_x, top - number * style.leading)
                text_object.textOut(text)
            canvas.drawText(text_object)

    def _placed(self, line: Line) -> list[tuple[str, int, int]]:
        index = line.paragraph
        return placed_runs(
            self.paragraphs[index],
            self.levels[index],
            line.start,
            line.end,
            self.directions[index],
            self.classes[index],
        )

    def _shaped_runs(self, line: Line) -> list[tuple[str, float]]:
        return self._shape(self._placed(line))

    def _shape(self, placed: list[tuple[str, int, int]]) -> list[tuple[str, float]]:
        style = self.style
        return [self.shaper.run(run, style.font, style.size, level % 2 == 1) for run, level, _ in placed]

    def _line_start(self, line_width: float) -> float:
        align = self.style.align
        if align == "center":
            return (self.width - line_width) / 2
        at_right = (align == "start") == self.rtl
        return self.width - line_width if at_right else 0.0


def writing_order(placed: list[tuple[int, int, float, str]]) -> list[tuple[float, str]]:
    """(x, run) in the order the runs were written, from (first index, level, x, run) in visual order.

    Extractors that follow the content stream (pypdf) then read a mixed line in logical order: they
    reverse each stretch of right-to-left letters they meet, so right-to-left runs that follow each
    other are drawn left to right, as one stretch. Position-based extractors (poppler) are unaffected."""
    ordered: list[tuple[float, str]] = []
    stretch: list[tuple[float, str]] = []
    for _, level, x, text in sorted(placed, key=lambda run: run[0]):
        if level % 2 == 1:
            stretch.append((x, text))
            continue
        ordered += [*sorted(stretch), (x, text)]
        stretch = []
    return ordered + sorted(stretch)
