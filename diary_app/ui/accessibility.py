"""What assistive technology hears of date and time fields: their text, and no number they do not have."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDateTimeEdit

INSTALLED_PROPERTY = "symptomDiaryAccessibleFactory"


class DateTimeEditAccessible(QAccessibleWidget):
    """A date or time field as a spin box whose value is its shown text.

    Qt's own interface offers a numeric value (the field's "value" property, which a date field
    lacks): screen readers heard 0, and every query logged a warning."""

    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit, QAccessible.Role.SpinBox)
        self.edit = edit

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self.edit.text()
        return super().text(kind)


def date_time_accessible(_key: str, target: QObject):
    if isinstance(target, QDateTimeEdit):
        return DateTimeEditAccessible(target)
    return None


def install_accessible_factory(app: QApplication) -> None:
    """Once per application (Qt keeps every factory installed; a second would never be asked)."""
    if not app.property(INSTALLED_PROPERTY):
        QAccessible.installFactory(date_time_accessible)
        app.setProperty(INSTALLED_PROPERTY, True)
