"""The default period of the doctor's summary, shared by the command line and the Report page."""

from __future__ import annotations

from datetime import date, timedelta

from diary_app.domain import ProfileDiary

DEFAULT_DAYS = 90


def report_period(diary: ProfileDiary, start: date | None, end: date | None,
                  today: date) -> tuple[date, date]:
    """Missing ends come from the last entry (today when there is none) and a 90-day span."""
    if end is None:
        days = [e.day for e in diary.entries]
        last = max(days) if days else today
        end = last if start is None else max(last, start)
    if start is None:
        start = end - timedelta(days=DEFAULT_DAYS - 1)
    return start, end
