"""Settings: language, digits, text size and contrast; writes AppSettings when accepted."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.settings import TEXT_SCALES
from diary_app.settings import AppSettings


class SettingsDialog(QDialog):
    """Changes of text size and contrast apply at once; language and digits after a restart."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._initial = (settings.language, settings.arabic_digits)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, text in (("system", self.tr("As the system (%1)")), ("en", "English"), ("ar", "العربية")):
            self.language.addItem(fill_placeholders(text, [self._system_language_name()]), code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.language.setAccessibleName(self.tr("Language"))
        self.arabic_digits = QCheckBox(self.tr("Arabic-Indic digits (٠١٢٣) in Arabic"))
        self.arabic_digits.setChecked(settings.arabic_digits)
        self.arabic_digits.setToolTip(self.tr("Off: Western digits (0123) in Arabic too"))
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            label = fill_placeholders(self.tr("%1 %"), [QLocale().toString(scale)], isolate=False)
            self.text_size.addItem(label, scale)
        self.text_size.setCurrentIndex(self.text_size.findData(settings.text_scale))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.high_contrast = QCheckBox(self.tr("High contrast (black on white)"))
        self.high_contrast.setChecked(settings.high_contrast)
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.arabic_digits)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow("", self.high_contrast)
        note = QLabel(self.tr("A new language or digit style is used after the program restarts."))
        note.setWordWrap(True)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _system_language_name(self) -> str:
        from diary_app.i18n import system_language

        return "العربية" if system_language() == "ar" else "English"

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.arabic_digits = self.arabic_digits.isChecked()
        self.settings.text_scale = self.text_size.currentData()
        self.settings.high_contrast = self.high_contrast.isChecked()
        self.settings.sync()
        super().accept()

    def needs_restart(self) -> bool:
        return (self.settings.language, self.settings.arabic_digits) != self._initial
