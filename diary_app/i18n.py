"""Language choice and translators: ours (translations/diary_app_<lang>.qm) and Qt's qtbase."""

from __future__ import annotations

import locale
import math
import os
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from diary_app.domain.messages import Translate
from diary_app.domain.messages import english
from diary_app.resource_paths import translations_dir

SUPPORTED_LANGUAGES = ("en", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
PSEUDO_VARIABLE = "SYMPTOM_DIARY_PSEUDO"
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# Kept as they are in pseudo-translations: placeholders, markup, entities, file filters, line breaks.
_KEPT = re.compile(r"%L?\d+|%n|%%|\{[A-Za-z_]\w*\}|<[^>]*>|&[A-Za-z]+;|&#\d+;|\(\*[^)]*\)|;;|\n")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîõüÿÅÉÎÕÜŸçñšž")


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate by a name pyside6-lupdate reads; `context` must be a string literal."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def system_language() -> str:
    """'ar' when the system locale is Arabic, else 'en'."""
    name = QLocale.system().name() or os.environ.get("LANG", "") or (locale.getlocale()[0] or "")
    return "ar" if name.lower().startswith("ar") else "en"


def resolve_language(choice: str | None) -> str:
    """A supported language from a setting or option ('system' or None follows the system)."""
    if choice in SUPPORTED_LANGUAGES:
        return choice
    return system_language()


class DigitsTranslator(QTranslator):
    """Our .qm with digits that follow the user's choice: the Arabic-Indic digits written in the
    translations become Western ones when asked, and %n becomes %Ln so that Qt writes the count
    in the default QLocale's digits (Qt's plain %n is always 0123)."""

    def __init__(self, arabic_digits: bool = True):
        super().__init__()
        self.arabic_digits = arabic_digits

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt's virtual
        text = super().translate(context, source_text, disambiguation, n)
        if not text:
            return None  # a null string: Qt goes on to the next translator, then to the source text
        text = text if self.arabic_digits else text.translate(WESTERN_DIGITS)
        return text.replace("%n", "%Ln") if n is not None and n >= 0 else text


def pseudo_text(source: str) -> str:
    """A reversed, accented, 40 % longer, bracketed copy of `source` with its placeholders intact:
    clipped or overlapping text and strings that skip translation stand out in screenshots."""
    pieces, position = [], 0
    for kept in _KEPT.finditer(source):
        pieces += [_pseudo_words(source[position : kept.start()]), kept.group()]
        position = kept.end()
    pieces.append(_pseudo_words(source[position:]))
    letters = sum(len(piece) for piece in pieces[::2])
    return "[" + "".join(pieces) + "·" * math.ceil(letters * 0.4) + "]"


def _pseudo_words(text: str) -> str:
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")  # mnemonics would be reversed away
    return text[::-1].translate(_ACCENTED)


class PseudoTranslator(QTranslator):
    """Answers every lookup (ours and Qt's) with pseudo_text(source) — for layout checks only."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's virtual)
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def pseudo_requested(environ=os.environ) -> bool:
    """True when SYMPTOM_DIARY_PSEUDO asks for pseudo-translation (1, yes, true or on)."""
    return environ.get(PSEUDO_VARIABLE, "").strip().lower() in ("1", "yes", "true", "on")


def load_app_translator(language: str, arabic_digits: bool = True) -> QTranslator | None:
    """Our own translator for `language` (for English, the source language, only its plural forms:
    "1 day", "2 days").

    With SYMPTOM_DIARY_PSEUDO=1 a PseudoTranslator is returned for every language."""
    if pseudo_requested():
        return PseudoTranslator()
    translator = DigitsTranslator(arabic_digits)
    if not translator.load(f"diary_app_{language}", str(translations_dir())):
        raise FileNotFoundError(f"translation diary_app_{language}.qm is missing")
    return translator


def load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own qtbase translator (standard buttons and dialogs), when Qt ships one."""
    if language == "en":
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    bundled = translations_dir()
    return translator if translator.load(f"qtbase_{language}", str(bundled)) else None


def translate_function(language: str, arabic_digits: bool = True) -> Translate:
    """A Translate callable for the Qt-free core (reports, analysis sentences, CLI)."""
    translator = load_app_translator(language, arabic_digits)
    if translator is None:
        return english

    def translate(context: str, source: str, n: int = -1) -> str:
        # The core fills %n itself, with its NumberFormat.
        # Using `translator` here keeps the QTranslator alive as long as the function.
        return (translator.translate(context, source, None, n) or source).replace("%Ln", "%n")

    return translate
