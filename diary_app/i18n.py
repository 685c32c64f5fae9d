"""Language choice and translators: ours (translations/diary_app_<lang>.qm) and Qt's qtbase."""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from diary_app.resource_paths import translations_dir
from diary_app.translator import PSEUDO_VARIABLE as PSEUDO_VARIABLE
from diary_app.translator import WESTERN_DIGITS
from diary_app.translator import pseudo_requested
from diary_app.translator import pseudo_text
from diary_app.translator import translate_function as translate_function

SUPPORTED_LANGUAGES = ("en", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})


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


class PseudoTranslator(QTranslator):
    """Answers every lookup (ours and Qt's) with pseudo_text(source) — for layout checks only."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's virtual)
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


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
