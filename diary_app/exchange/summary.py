"""A one-line English summary of what an import or export contained."""

from __future__ import annotations

from collections.abc import Mapping

from diary_app.domain import ProfileDiary

KINDS = (
    ("entries", "day entry", "day entries"),
    ("doses", "dose", "doses"),
    ("regimens", "regimen", "regimens"),
    ("labs", "lab result", "lab results"),
)


def counted(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def import_summary(counts: Mapping[str, int]) -> str:
    """'added 3 day entries, 1 dose, 0 regimens and 2 lab results' from import_diaries' counts."""
    parts = [counted(counts.get(key, 0), one, many) for key, one, many in KINDS]
    text = "added " + ", ".join(parts[:-1]) + " and " + parts[-1]
    created = counts.get("profiles_created", 0)
    return text + (f"; {counted(created, 'new profile', 'new profiles')}" if created else "")


def diaries_summary(diaries: list[ProfileDiary]) -> str:
    """'2 profiles: 90 day entries, 8 doses, 2 regimens and 9 lab results'."""
    totals = {key: sum(len(getattr(d, key)) for d in diaries) for key, _, _ in KINDS}
    parts = [counted(totals[key], one, many) for key, one, many in KINDS]
    return counted(len(diaries), "profile", "profiles") + ": " + ", ".join(parts[:-1]) + " and " + parts[-1]
