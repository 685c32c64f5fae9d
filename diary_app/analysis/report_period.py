"""The default period of the doctor's summary, shared by the command line and the Report page."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

from diary_app.domain import ProfileDiary

DEFAULT_DAYS = 90


def report_period(
    diary: ProfileDiary, start: date | None, end: date | None, today: date
) -> tuple[date, date]:
    """Missing ends come from the last entry (today when there is none) and the last 90 days, or
    from the first entry when the diary is younger than that (a 57-day diary is not "57 of 90")."""
    days = [e.day for e in diary.entries]
    if end is None:
        last = max(days) if days else today
        end = last if start is None else max(last, start)
    if start is None:
        start = end - timedelta(days=DEFAULT_DAYS - 1)
        first = min(days, default=None)
        if first is not None and start < first <= end:
            start = first
    return start, end
