"""Where a validation problem is written: under an entry page field, or at the foot of a record dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

ERROR_STYLE = "QLabel { font-weight: bold; border-left: 4px solid palette(text); padding-left: 6px; }"


class ErrorLabel(QLabel):
    """A field's validation problem in words, hidden while there is none (never red: red is for red flags)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def error_label(parent: QWidget) -> QLabel:
    """A record dialog's problems in bold, hidden until `show_errors` (dose_errors.py) fills it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("formErrors")
    label.setStyleSheet("font-weight: bold;")
    label.setVisible(False)
    return label
