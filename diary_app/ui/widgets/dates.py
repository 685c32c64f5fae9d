"""Python dates and times to Qt's and back: one place, typed (PySide6's stubs know only Qt's own)."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QTime


def qdate_of(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime_of(moment: datetime) -> QDateTime:
    """`moment`'s wall-clock date and time (to the second); its UTC offset is not carried over."""
    return QDateTime(qdate_of(moment), QTime(moment.hour, moment.minute, moment.second))


def day_of(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def moment_of(qdatetime: QDateTime) -> datetime:
    """The wall-clock date and time shown, with no UTC offset (to the second)."""
    clock = qdatetime.time()
    return datetime.combine(day_of(qdatetime.date()), time(clock.hour(), clock.minute(), clock.second()))


def time_of(qtime: QTime) -> time:
    return time(qtime.hour(), qtime.minute(), qtime.second())
