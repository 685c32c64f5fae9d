"""Every day with a red flag, listed whatever the pattern."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from diary_app.domain import DayEntry
from diary_app.domain.places import with_marked_flags
from diary_app.domain.vocab import RED_FLAGS


@dataclass(frozen=True)
class RedFlagDay:
    day: date
    flags: tuple[str, ...]  # codes from RED_FLAGS, in that order

    def to_json_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "flags": list(self.flags)}


def red_flag_days(entries: Iterable[DayEntry]) -> list[RedFlagDay]:
    """The days with any red flag ticked (or the saddle area marked on the map), oldest first."""
    found = []
    for e in entries:
        flags = with_marked_flags(e.red_flags, e.regions_left, e.regions_right)
        if flags:
            found.append(RedFlagDay(e.day, _ordered(flags)))
    return sorted(found, key=lambda r: r.day)


def _ordered(flags: frozenset[str]) -> tuple[str, ...]:
    """Known flags in RED_FLAGS order, then any unknown code (never dropped) alphabetically."""
    return tuple(f for f in RED_FLAGS if f in flags) + tuple(sorted(flags - set(RED_FLAGS)))
