"""How the program looks and reads: language, locale, direction, bundled font, text size, contrast."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QStyleFactory

from diary_app.charts import palette
from diary_app.i18n import RIGHT_TO_LEFT
from diary_app.i18n import load_app_translator
from diary_app.i18n import load_qt_translator
from diary_app.resource_paths import resource

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

log = logging.getLogger(__name__)

BUNDLED_FAMILY = "Symptom Diary Sans"
TEXT_CONTRAST = 4.5  # WCAG 2.1 AA for text
HIGH_CONTRAST_COLOURS = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eeeeee",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#000000",
    QPalette.ColorRole.Highlight: "#00007a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffe0",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#3a3a3a",
    QPalette.ColorRole.Link: "#00007a",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#ffffff",
}


def ui_locale(language: str, arabic_digits: bool) -> QLocale:
    """The locale for dates and numbers: the system's when it fits the language and digit choice."""
    system = QLocale.system()
    if language == "ar":
        native = system.language() == QLocale.Language.Arabic
        system_indic = system.zeroDigit() != "0"
        if native and system_indic == arabic_digits:
            return system
        # Egypt writes ٠١٢٣ and the United Arab Emirates 0123, with the same month names.
        country = QLocale.Country.Egypt if arabic_digits else QLocale.Country.UnitedArabEmirates
        return QLocale(QLocale.Language.Arabic, country)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(app: QApplication, language: str, arabic_digits: bool) -> list[QTranslator]:
    """Translators, default locale and layout direction; returns the translators to keep alive."""
    installed = []
    try:
        ours = load_app_translator(language, arabic_digits)
    except FileNotFoundError as error:
        log.warning("continuing in English: %s", error)
        ours = None
    for translator in (ours, load_qt_translator(language)):
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(ui_locale(language, arabic_digits))
    rtl = language in RIGHT_TO_LEFT
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    QGuiApplication.setLayoutDirection(direction)
    # Window systems append this name to every window title: in the window's own language.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Symptom Diary"))
    return installed


def register_bundled_fonts() -> list[str]:
    """Add resources/fonts/SymptomDiarySans-*.ttf to Qt; returns the families found."""
    families: list[str] = []
    try:
        fonts = sorted(resource("fonts").glob("SymptomDiarySans-*.ttf"))
    except FileNotFoundError as error:
        log.warning("bundled fonts not found: %s", error)
        return families
    for path in fonts:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


class Appearance:
    """Applies font, text size and contrast; remembers the system font and palette to scale from."""

    def __init__(self, app: QApplication, language: str, bundled_families: list[str]):
        self.app = app
        self.language = language
        self.bundled_families = bundled_families
        self.base_font = QFont(app.font())
        self.base_palette = readable_selection(app.palette())
        self._base_style: str | None = None
        self._restyled = False
        self.style: QStyle | None = None  # the style set by apply(); None while it is the system's own

    @property
    def base_style(self) -> str:
        """The system's style (read when first needed: a start at 100 % without high contrast
        keeps it and makes no Python object of it, which would make PySide6 create QStyle's and
        its subclasses' Python classes and enums)."""
        if self._base_style is None:
            self._base_style = self.app.style().name()
        return self._base_style

    def _restyle(self, text_scale: int, high_contrast: bool) -> None:
        base = "Fusion" if high_contrast else self.base_style
        # At 100 % the indicators need no scaling, and a Python pixelMetric() would be called
        # (with each QStyleOption converted) ~1,400 times before the first paint: the base style.
        if text_scale == 100:
            self.style = QStyleFactory.create(base)
        else:
            from diary_app.ui.scaled_style import ScaledIndicators

            self.style = ScaledIndicators(base, text_scale)
        self.app.setStyle(self.style)
        self._restyled = True

    def font_for(self, text_scale: int) -> QFont:
        font = QFont(self.base_font)
        font.setPointSizeF(self.base_font.pointSizeF() * text_scale / 100)
        families = [self.base_font.family()]
        if BUNDLED_FAMILY in self.bundled_families:
            # Arabic reads best in the bundled face; elsewhere it only fills in missing letters.
            families = [BUNDLED_FAMILY, *families] if self.language == "ar" else [*families, BUNDLED_FAMILY]
        font.setFamilies(families)
        return font

    def apply(self, text_scale: int, high_contrast: bool) -> None:
        self.app.setFont(self.font_for(text_scale))
        if text_scale != 100 or high_contrast or self._restyled:
            self._restyle(text_scale, high_contrast)
        self.app.setPalette(high_contrast_palette() if high_contrast else self.base_palette)


def readable_selection(colours: QPalette) -> QPalette:
    """`colours` with a selection dark enough for its text (4.5:1); many styles' blue gives 3.7:1."""
    adjusted = QPalette(colours)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = adjusted.color(group, QPalette.ColorRole.HighlightedText).name()
        selection = adjusted.color(group, QPalette.ColorRole.Highlight)
        for _ in range(20):  # each step is 10 % darker; black passes against any light text
            if palette.contrast_ratio(selection.name(), text) >= TEXT_CONTRAST:
                break
            selection = selection.darker(110)
        adjusted.setColor(group, QPalette.ColorRole.Highlight, selection)
    return adjusted


def high_contrast_palette() -> QPalette:
    """Black on white with a dark-blue selection; disabled text stays readable grey."""
    palette = QPalette()
    for role, colour in HIGH_CONTRAST_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#555555"))
    return palette
