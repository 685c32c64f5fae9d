"""The report's one font family (Symptom Diary Sans: Latin + Arabic), registered shapable with reportlab.

Characters the font lacks (emoji, scripts it does not cover) are never drawn as an empty box:
`ReportFonts.printable` replaces each with its Unicode name in brackets, e.g. "[grinning face]",
or "[U+1F9EC]" when the name is long or unknown; invisible format characters are dropped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN
from reportlab.pdfbase.ttfonts import TTFont

from diary_app.resource_paths import resource

if TYPE_CHECKING:
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.pdfdoc import PDFStream

REGULAR, BOLD = "SymptomDiarySans", "SymptomDiarySans-Bold"
FILES = {REGULAR: "SymptomDiarySans-Regular.ttf", BOLD: "SymptomDiarySans-Bold.ttf"}
MAX_NAME_SUBSTITUTE = 28
# Variation selectors and emoji modifiers carry no meaning once the emoji itself is named.
_SILENT = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0x1F3FB, 0x1F400)) | {0x200D, 0xFEFF}
FIRST_MAPPED_CODE = 0x100000  # plane 16 (private use): codes of shaped glyphs, never a character drawn


class MappedTTFont(TTFont):
    """A TrueType font whose shaped glyphs copy and search as the text they stand for.

    A joined Arabic letter form, a ligature or a letter carrying its vowel mark gets a code of its
    own whose ToUnicode entry is the characters the shaper drew it for (base letters, never
    presentation forms), so the PDF's text layer holds what was written.
    """

    def __init__(self, name: str, file_name: str):
        super().__init__(name, file_name, shapable=True)
        self.mapped_text: dict[int, str] = {}
        self._mapped_codes: dict[tuple[int, str, float], int] = {}

    def mapped_code(self, glyph: int, text: str, width: float) -> int:
        """The code that draws `glyph`, advances `width` and extracts as `text`."""
        key = (glyph, text, round(width, 1))
        code = self._mapped_codes.get(key)
        if code is None:
            code = self._mapped_codes[key] = FIRST_MAPPED_CODE + len(self._mapped_codes)
            self.mapped_text[code] = text
            self.face.charToGlyph[code] = glyph
            self.face.charWidths[code] = width
        return code

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 (reportlab's name)
        subsets = [list(subset) for subset in self.state[doc].subsets]
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            name = (SUBSETN(number) + b"+" + self.face.name + self.face.subfontNameX).decode("pdfdoc")
            cmap = cast("PDFStream", doc.idToObject["toUnicodeCMap:" + name])
            cmap.content = self._to_unicode(name, subset)

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        entries = [
            f"<{index:02X}> <{_utf16_hex(self.mapped_text.get(code, chr(code)))}>"
            for index, code in enumerate(subset)
        ]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                f"/CMapName /{name} def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                f"{len(entries)} beginbfchar",
                *entries,
                "endbfchar",
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def register_fonts() -> None:
    """Register both faces once per process with harfbuzz shaping (idempotent)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(MappedTTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@dataclass(frozen=True)
class ReportFonts:
    """The registered faces and what they can draw."""

    regular: str = REGULAR
    bold: str = BOLD

    @staticmethod
    def load() -> ReportFonts:
        register_fonts()
        return ReportFonts()

    def covers(self, char: str) -> bool:
        code = ord(char)
        return code < FIRST_MAPPED_CODE and code in registered(self.regular).face.charToGlyph

    def printable(self, text: str) -> str:
        """`text` with every character the font cannot draw replaced by a readable substitute."""
        if all(self.covers(char) for char in text):
            return text
        return "".join(char if self.covers(char) else substitute(char) for char in text)


def substitute(char: str) -> str:
    """A visible, readable stand-in for a character the font lacks ('' for invisible ones)."""
    code = ord(char)
    if code in _SILENT or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return ""
    name = unicodedata.name(char, "")
    if name and len(name) <= MAX_NAME_SUBSTITUTE:
        return f"[{name.lower()}]"
    return f"[U+{code:04X}]"


def registered(font_name: str) -> MappedTTFont:
    """A font register_fonts registered (each is a MappedTTFont)."""
    return cast(MappedTTFont, pdfmetrics.getFont(font_name))
