"""The date field every page uses: a calendar pop-up and the locale's short date format.

Every date and time edit is laid out left to right, in Arabic too: Qt lays out a right-to-left
QDateTimeEdit with its sections reversed, so 20:00 would read 00:20 and a date back to front."""

from __future__ import annotations

from datetime import date

from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

Edit = TypeVar("Edit", bound=QDateTimeEdit)


def left_to_right(edit: Edit) -> Edit:
    """`edit` with its sections in their written order (hours before minutes) in any layout."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def calendar_date_edit(day: date | None = None, accessible_name: str = "",
                       parent: QWidget | None = None) -> QDateEdit:
    """A QDateEdit showing `day` (or Qt's default) with a calendar pop-up, in the locale's format."""
    edit = left_to_right(QDateEdit(parent))
    if day is not None:
        edit.setDate(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit
