"""Hand-built diaries for the analysis tests: days, doses and regimens in a line each."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import SENSATIONS

START = date(2026, 9, 1)


def day(
    when: date | int, left: int = 0, right: int = 0, sensations=("tingling", "numbness"), **fields
) -> DayEntry:
    """An entry with `left`/`right` scores on the given sensations (when: a date or an offset)."""
    when = START + timedelta(days=when) if isinstance(when, int) else when
    symptoms = {name: SideScores(left, right) if name in sensations else SideScores() for name in SENSATIONS}
    return DayEntry(day=when, symptoms=symptoms, **fields)


def scores(when: date | int, **by_sensation: tuple[int, int]) -> DayEntry:
    """An entry with explicit (left, right) scores per sensation."""
    when = START + timedelta(days=when) if isinstance(when, int) else when
    return DayEntry(day=when, symptoms={k: SideScores(*v) for k, v in by_sensation.items()})


def dose(when: date | datetime, form: str = "injection", substance: str = B12) -> Dose:
    taken = (
        when if isinstance(when, datetime) else datetime(when.year, when.month, when.day, 9, 0, tzinfo=UTC)
    )
    return Dose(taken_at=taken, substance=substance, form=form, amount=1000, unit="µg")


def regimen(
    start: date, every_days: int, form: str = "injection", end: date | None = None, substance: str = B12
) -> Regimen:
    return Regimen(
        substance=substance, form=form, amount=1000, unit="µg", every_days=every_days, start=start, end=end
    )


def diary(entries=(), doses=(), regimens=(), labs=(), name: str = "Test") -> ProfileDiary:
    return ProfileDiary(Profile(name=name), tuple(entries), tuple(doses), tuple(regimens), tuple(labs))


def offset(n: int) -> date:
    return START + timedelta(days=n)


def sentences(analysis) -> list[str]:
    """The annotation in English, without the direction isolates around inserted values."""
    from diary_app.domain.messages import strip_isolates

    return [strip_isolates(m.render()) for m in analysis.annotations]
