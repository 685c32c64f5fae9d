"""Folic acid logged before any vitamin B12: a fact NICE NG239 asks the clinician to weigh.

NG239: when B12 and folate may both be low, start B12 before folic acid (folic acid alone can mask
the anaemia while the nerve damage goes on). Substances other than B12 are free text, so folic acid
is recognised by the words people write for it, in English, German and Arabic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from diary_app.domain import ProfileDiary
from diary_app.domain.vocab import B12

FOLIC_WORDS = ("folic", "folate", "folacin", "folsäure", "فوليك", "فولات", "الفولات")


@dataclass(frozen=True)
class FolicFirst:
    folic_from: date
    first_b12: date | None  # None: no B12 logged at all

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "folic_acid_from": self.folic_from.isoformat(),
            "first_b12": None if self.first_b12 is None else self.first_b12.isoformat(),
        }


def is_folic_acid(substance: str) -> bool:
    text = substance.casefold()
    return any(word in text for word in FOLIC_WORDS)


def folic_before_b12(diary: ProfileDiary) -> FolicFirst | None:
    """The first folic acid dose or plan, when it comes before any B12 dose or plan."""
    folic = _first_day(diary, is_folic_acid)
    if folic is None:
        return None
    b12 = _first_day(diary, lambda substance: substance == B12)
    return FolicFirst(folic, b12) if b12 is None or folic < b12 else None


def _first_day(diary: ProfileDiary, matches: Callable[[str], bool]) -> date | None:
    days = [d.day for d in diary.doses if matches(d.substance)]
    days += [r.start for r in diary.regimens if matches(r.substance)]
    return min(days, default=None)
