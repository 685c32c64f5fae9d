"""The date field every page uses: a calendar pop-up and dates with the month as a word ("7 Dec 2026").

Every date and time edit is laid out left to right, in Arabic too: Qt lays out a right-to-left
QDateTimeEdit with its sections reversed, so 20:00 would read 00:20 and a date back to front."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QWidget

from diary_app.domain.dates import DATE_PATTERN
from diary_app.domain.messages import NumberFormat
from diary_app.ui.widgets.dates import qdate_of

Edit = TypeVar("Edit", bound=QDateTimeEdit)
DATE_FORMAT = DATE_PATTERN  # the month as a word in the locale's language: 12/7/26 reads two ways
LANGUAGES = {"en": QLocale.Language.English, "ar": QLocale.Language.Arabic}


def day_words(day: date | QDate, locale: QLocale | None = None) -> str:
    """`day` as "7 Dec 2026" in the locale's month names and digits."""
    qdate = day if isinstance(day, QDate) else qdate_of(day)
    return (locale or QLocale()).toString(qdate, DATE_FORMAT)


def moment_words(moment: QDateTime, locale: QLocale | None = None) -> str:
    """A date and time as "7 Dec 2026 08:30" (the locale's time format)."""
    locale = locale or QLocale()
    return locale.toString(moment, f"{DATE_FORMAT} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def window_numbers(language: str, arabic_digits: bool, locale: QLocale | None = None) -> NumberFormat:
    """The core's digits and dates for text in `language` (a report, a chart, a message): the
    window locale's month names when the window speaks that language, so a day reads the same in
    both, else the shared table's."""
    locale = locale or QLocale()
    if LANGUAGES.get(language) != locale.language():
        return NumberFormat.of(language, arabic_digits)
    months = tuple(locale.monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13))
    return NumberFormat(arabic_digits, months)


def left_to_right(edit: Edit) -> Edit:
    """`edit` with its sections in their written order (hours before minutes) in any layout."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class TypedDateEdit(QDateEdit):
    """A date edit that reads a date typed over its whole selected text section by section from the
    first (Qt would put the first keys into whichever section held the cursor)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        line = self.lineEdit()
        everything = line.selectedText() == line.text() != ""
        if everything and event.text().strip():
            self.setSelectedSection(self.sectionAt(0))
        elif event.text() == " " and self._at_section_start():
            return  # the section before filled up and Qt moved on already: the space is typed, not a jump
        super().keyPressEvent(event)

    def _at_section_start(self) -> bool:
        line = self.lineEdit()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return start > 0 and line.text()[start - 1] == " "


def calendar_date_edit(
    day: date | None = None, accessible_name: str = "", parent: QWidget | None = None
) -> QDateEdit:
    """A QDateEdit showing `day` (or Qt's default) with a calendar pop-up, in the locale's format."""
    edit = left_to_right(TypedDateEdit(parent))
    if day is not None:
        edit.setDate(qdate_of(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit
