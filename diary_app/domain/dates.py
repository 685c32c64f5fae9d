"""One way to write a day in each language, "7 Dec 2026" and "7 ديسمبر 2026": the report, the command
line and the core's sentences write it as the window's date edits and tables do (Qt's "d MMM yyyy")."""

from __future__ import annotations

from datetime import date

DATE_PATTERN = "d MMM yyyy"  # the month as a word: 12/7/26 reads two ways
# Qt's short month names (QLocale.monthName(m, ShortFormat)) for the locales the window falls back
# to, en_US and ar_EG / ar_AE; a test keeps them equal.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}


def months_of(language: str) -> tuple[str, ...]:
    """The short month names of `language` (English for a language without a table)."""
    return MONTHS.get(language, MONTHS["en"])


def day_text(day: date, months: tuple[str, ...]) -> str:
    """`day` as DATE_PATTERN writes it, in Western digits."""
    return f"{day.day} {months[day.month - 1]} {day.year}"
