"""Language choice and translators: ours (translations/diary_app_<lang>.qm) and Qt's qtbase."""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from diary_app.domain.messages import Translate, english
from diary_app.resource_paths import translations_dir

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


def load_app_translator(language: str) -> QTranslator | None:
    """Our own translator for `language`, or None for English (the source language)."""
    if language == "en":
        return None
    translator = QTranslator()
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


def translate_function(language: str) -> Translate:
    """A Translate callable for the Qt-free core (reports, analysis sentences, CLI)."""
    translator = load_app_translator(language)
    if translator is None:
        return english

    def translate(context: str, source: str, n: int = -1) -> str:
        return translator.translate(context, source, None, n) or source

    translate.translator = translator  # keeps the QTranslator alive as long as the function
    return translate
