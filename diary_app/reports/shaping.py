"""Harfbuzz shaping of one directional run, in the direction the bidi algorithm decided.

reportlab's own `shapeStr` guesses the direction from the script, which would reverse Arabic-Indic
numbers ("١٠" drawn as "٠١"); here the caller says which way the run goes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import uharfbuzz
from reportlab.pdfbase.ttfonts import ShapeData
from reportlab.pdfbase.ttfonts import ShapedStr

from diary_app.reports.bidi import levels_of_classes
from diary_app.reports.bidi_classes import bidi_classes
from diary_app.reports.fonts import MappedTTFont
from diary_app.reports.fonts import ReportFonts
from diary_app.reports.fonts import registered

FEATURES = {"kern": True, "liga": True}
RTL_CLASSES = ("R", "AL")


class Shaper:
    """Shapes and measures runs of text for one report build (results cached per build)."""

    def __init__(self, fonts: ReportFonts):
        self.fonts = fonts
        self._hb_fonts: dict[str, uharfbuzz.Font] = {}
        # Shaped once for every size: the glyphs and their advances (in thousandths of the size)
        # do not depend on it (the drafts and the final layout use several sizes of each word).
        self._runs: dict[tuple[str, str, bool], tuple[str, float]] = {}
        self._paragraphs: dict[tuple[str, int], tuple[list[str], list[int]]] = {}

    def printable(self, text: str) -> str:
        return self.fonts.printable(text)

    def bidi(self, paragraph: str, direction: int) -> tuple[list[str], list[int]]:
        """The bidi classes and resolved levels of one paragraph (each draft layout has the same
        sentences); the lists are shared, not to be changed."""
        key = (paragraph, direction)
        found = self._paragraphs.get(key)
        if found is None:
            classes = bidi_classes(paragraph)
            found = self._paragraphs[key] = (classes, levels_of_classes(classes, direction, paragraph))
        return found

    def run(self, text: str, font_name: str, size: float, rtl: bool) -> tuple[str, float]:
        """(drawable string, width in points) of `text` in logical order, laid out rtl or ltr."""
        key = (text, font_name, rtl)
        found = self._runs.get(key)
        if found is None:
            found = self._runs[key] = self._shape(text, font_name, rtl)
        shaped, advance = found
        return shaped, advance * size / 1000

    def width(self, text: str, font_name: str, size: float) -> float:
        """The drawn width of a word: shaped right to left when it has right-to-left letters (Arabic
        letters take their joined forms only so, and those are often wider than the isolated ones)."""
        rtl = any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)
        return self.run(text, font_name, size, rtl)[1]

    def _hb_font(self, font_name: str) -> uharfbuzz.Font:
        if font_name not in self._hb_fonts:
            self._hb_fonts[font_name] = registered(font_name).hbFont(10)
        return self._hb_fonts[font_name]

    def _shape(self, text: str, font_name: str, rtl: bool) -> tuple[str, float]:
        """(drawable string, advance in thousandths of the font size)."""
        ttf = registered(font_name)
        hb_font = self._hb_font(font_name)
        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(text)
        buffer.direction = "rtl" if rtl else "ltr"
        buffer.guess_segment_properties()
        uharfbuzz.shape(hb_font, buffer, FEATURES)
        chars: list[str] = []
        data: list[ShapeData] = []
        sources = _cluster_sources(buffer.glyph_infos, text, rtl)
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            source = sources.pop(info.cluster, "")  # once per cluster
            nominal = ttf.pdfScale(hb_font.get_glyph_h_advance(info.codepoint))
            pieces = _glyph_pieces(ttf, info.codepoint, source)
            for index, (glyph, char) in enumerate(pieces):
                code = _code_for(ttf, glyph, char, nominal / len(pieces), len(pieces) > 1)
                chars.append(chr(code))
                data.append(_placement(ttf, info.cluster, position, len(pieces), index, code))
        advance = sum(item.x_advance for item in data)
        # The stubs say one ShapeData; reportlab reads a list of them, one per glyph.
        return ShapedStr("".join(chars), shapeData=data), advance  # type: ignore[arg-type]


def _cluster_sources(infos: Sequence[Any], text: str, rtl: bool) -> dict[int, str]:
    """The text each cluster of glyphs copies as: its characters, with the vowel marks that follow
    (a mark's own glyph copies as nothing: drawn raised, it would land on a line of its own), in
    drawing order (a right-to-left cluster reversed: extractors reverse right-to-left runs)."""
    starts = sorted({info.cluster for info in infos})
    sources = dict(
        zip(starts, (text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)), strict=True)
    )
    base = None
    for start in starts:
        if base is not None and all(unicodedata.category(char) == "Mn" for char in sources[start]):
            sources[base], sources[start] = sources[base] + sources[start], ""
        else:
            base = start
    return {start: source[::-1] if rtl else source for start, source in sources.items()}


def _placement(
    ttf: MappedTTFont, cluster: int, position: Any, shares: int, index: int, code: int
) -> ShapeData:
    """Where piece `index` of a glyph's `shares` pieces goes: the first carries the glyph's offsets,
    the blank ones follow it; together they advance as far as the glyph."""
    first = index == 0
    return ShapeData(
        cluster,
        ttf.pdfScale(position.x_advance) / shares,
        ttf.pdfScale(position.y_advance) if first else 0,
        ttf.pdfScale(position.x_offset) if first else 0,
        ttf.pdfScale(position.y_offset) if first else 0,
        ttf.face.charWidths[code],
    )


def _glyph_pieces(ttf: MappedTTFont, glyph: int, source: str) -> list[tuple[int, str]]:
    """(glyph, text) pairs that draw `glyph` once and copy as `source`, one character per code.

    A glyph drawn for several characters (lam-alef, "fi", a letter with its vowel mark) is followed
    by blank glyphs that share its advance, so that every character has a place of its own:
    extractors that keep a code's characters together (pypdf) would otherwise copy them reversed
    in right-to-left text, and those that spread them (poppler) need them in drawing order."""
    if len(source) <= 1 or source.isspace():
        return [(glyph, source)]
    blank = ttf.face.charToGlyph[32]
    return [(glyph, source[0]), *((blank, char) for char in source[1:])]


def _code_for(ttf: MappedTTFont, glyph: int, source: str, width: float, shared: bool) -> int:
    """The code that draws `glyph` `width` wide and copies as `source`, the character it was shaped from.

    A character drawn with its own glyph keeps its code; joined letter forms, ligatures, mirrored
    brackets, contextual forms and glyphs `shared` by several characters get a code that draws that
    glyph and extracts as `source` (see fonts.MappedTTFont)."""
    if source.isspace():
        return 32
    if not shared and len(source) == 1 and ttf.face.charToGlyph.get(ord(source)) == glyph:
        return ord(source)
    return ttf.mapped_code(glyph, source, width)
