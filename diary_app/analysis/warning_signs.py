"""Every warning sign of a profile's whole diary, ticked or shown by the entries, placed against a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from diary_app.analysis.derived_warnings import DerivedWarning
from diary_app.analysis.derived_warnings import derived_warnings
from diary_app.analysis.red_flags import red_flag_days
from diary_app.domain import DayEntry

BEFORE, IN, AFTER = "before", "in", "after"


@dataclass(frozen=True)
class WarningDay:
    """A date with a warning sign: the boxes ticked and the rules the diary shows that day."""

    day: date
    ticked: tuple[str, ...]
    derived: tuple[str, ...]
    where: str  # BEFORE, IN or AFTER the period

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "where": self.where,
            "ticked": list(self.ticked),
            "derived": list(self.derived),
        }


@dataclass(frozen=True)
class WarningSigns:
    days: tuple[WarningDay, ...]  # the whole diary, oldest first
    derived: tuple[DerivedWarning, ...]  # each rule that held, with all its days

    def placed(self, where: str) -> list[WarningDay]:
        return [d for d in self.days if d.where == where]

    def outside(self) -> list[WarningDay]:
        return [d for d in self.days if d.where != IN]

    def derived_on(self, day: date) -> list[DerivedWarning]:
        return [w for w in self.derived if day in w.days]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "total_days": len(self.days),
            "in_period": [d.to_json_dict() for d in self.placed(IN)],
            "before_period": [d.to_json_dict() for d in self.placed(BEFORE)],
            "after_period": [d.to_json_dict() for d in self.placed(AFTER)],
            "derived": [w.to_json_dict() for w in self.derived],
        }


def warning_signs(entries: tuple[DayEntry, ...] | list[DayEntry], start: date, end: date) -> WarningSigns:
    """All warning days of `entries` (the whole diary), each marked before, in or after [start, end]."""
    derived = derived_warnings(entries)
    ticked = {r.day: r.flags for r in red_flag_days(entries)}
    by_day: dict[date, list[str]] = {}
    for warning in derived:
        for day in warning.days:
            by_day.setdefault(day, []).append(warning.code)
    days = sorted(set(ticked) | set(by_day))
    placed = tuple(
        WarningDay(d, ticked.get(d, ()), tuple(by_day.get(d, ())), _where(d, start, end)) for d in days
    )
    return WarningSigns(placed, tuple(derived))


def _where(day: date, start: date, end: date) -> str:
    if day < start:
        return BEFORE
    return AFTER if day > end else IN
