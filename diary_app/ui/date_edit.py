"""The date field every page uses: a calendar pop-up and the locale's short date format."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget


def calendar_date_edit(day: date | None = None, accessible_name: str = "",
                       parent: QWidget | None = None) -> QDateEdit:
    """A QDateEdit showing `day` (or Qt's default) with a calendar pop-up, in the locale's format."""
    edit = QDateEdit(parent)
    if day is not None:
        edit.setDate(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit
