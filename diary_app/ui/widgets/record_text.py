"""How every record table and dialog writes a coded word, a number, a date and a moment."""

from __future__ import annotations

from datetime import date
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale

from diary_app.ui.date_edit import day_words
from diary_app.ui.date_edit import moment_words
from diary_app.ui.widgets.dates import qdatetime_of

CONTEXT = "TreatmentLabels"  # the vocabularies' words (dose_labels.py, lab_defaults.py) are in it


def label(table: dict[str, str], code: str) -> str:
    """The translated word for a code; unknown codes (free names) are shown as typed."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else code


def number_text(value: float, locale: QLocale | None = None) -> str:
    """At most three decimals, no trailing zeros, in the locale's digits (150, 221.4, 0.25)."""
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return (locale or QLocale()).toString(round(float(value), 3), "f", shortest)


def date_text(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return day_words(day, locale)


def datetime_text(moment: datetime, locale: QLocale | None = None) -> str:
    return moment_words(qdatetime_of(moment.replace(second=0)), locale)
