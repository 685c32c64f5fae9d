"""The report's one font family (Symptom Diary Sans: Latin + Arabic), registered shapable with reportlab.

Characters the font lacks (emoji, scripts it does not cover) are never drawn as an empty box:
`ReportFonts.printable` replaces each with its Unicode name in brackets, e.g. "[grinning face]",
or "[U+1F9EC]" when the name is long or unknown; invisible format characters are dropped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from diary_app.resource_paths import resource

REGULAR, BOLD = "SymptomDiarySans", "SymptomDiarySans-Bold"
FILES = {REGULAR: "SymptomDiarySans-Regular.ttf", BOLD: "SymptomDiarySans-Bold.ttf"}
MAX_NAME_SUBSTITUTE = 28
# Variation selectors and emoji modifiers carry no meaning once the emoji itself is named.
_SILENT = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0x1F3FB, 0x1F400)) | {0x200D, 0xFEFF}


def register_fonts() -> None:
    """Register both faces once per process with harfbuzz shaping (idempotent)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name)), shapable=True))
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
        return ord(char) in pdfmetrics.getFont(self.regular).face.charToGlyph

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
