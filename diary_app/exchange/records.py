"""Shared by the JSON and CSV readers: where a record is, ISO dates, and validation into errors."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import date
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from typing import TypeVar

from diary_app.domain import DayEntry
from diary_app.domain import FieldError
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import entry_errors
from diary_app.domain import profile_errors
from diary_app.domain.places import COARSE_PLACES
from diary_app.domain.validation import shown
from diary_app.exchange.errors import ImportFormatError

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Record = TypeVar("Record")
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?")


@dataclass(frozen=True)
class Where:
    """The place of a value in an imported file, for error messages."""

    source: str = ""
    profile: str | None = None
    record: str | None = None
    # How the file names a field that validation calls differently ('tingling.left' -> column).
    field_names: Mapping[str, str] = field(default_factory=dict)

    def at(self, **changes: Any) -> Where:
        return replace(self, **changes)

    def error(self, name: str | None, problem: str) -> ImportFormatError:
        return ImportFormatError(
            problem,
            source=self.source,
            profile=self.profile,
            record=self.record,
            field=self.field_names.get(name, name) if name is not None else None,
        )

    def check(self, errors: list[FieldError]) -> None:
        """Raise ImportFormatError for the first broken rule (and say how many more there are)."""
        if not errors:
            return
        first = errors[0]
        problem = f"value {shown(first.value)} breaks rule '{first.rule}'"
        problem += f" ({first.detail})" if first.detail else ""
        if len(errors) > 1:
            more = len(errors) - 1
            problem += f"; and {more} more problem{'s' if more != 1 else ''} in this record"
        raise self.error(first.field, problem)


def parse_day(value: object, where: Where, field: str) -> date:
    """An ISO calendar date written YYYY-MM-DD; impossible dates such as 2026-02-30 are refused."""
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        raise where.error(field, f"{shown(value)} is not a date written as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise where.error(field, f"{shown(value)} is not a real date ({error})") from None


def parse_optional_day(value: object, where: Where, field: str) -> date | None:
    return None if value is None else parse_day(value, where, field)


def parse_moment(value: object, where: Where, field: str) -> datetime:
    """An ISO local date-time with its UTC offset, e.g. 2026-10-01T09:00:00+03:00."""
    if not isinstance(value, str) or not ISO_MOMENT.fullmatch(value):
        raise where.error(field, f"{shown(value)} is not a date-time like 2026-10-01T09:00:00+03:00")
    try:
        return datetime.fromisoformat(value)
    except ValueError as error:
        raise where.error(field, f"{shown(value)} is not a real date-time ({error})") from None


def checked_profile(profile: Profile, where: Where) -> Profile:
    if isinstance(profile.name, str) and not profile.name.strip():
        raise where.error("name", "a profile needs a name")
    where.check(profile_errors(profile, record="profile"))
    return profile


def entry_rules(version: int) -> Callable[..., list[FieldError]]:
    """entry_errors for a file of format `version`: format 1 knew only the six coarse places."""
    return partial(entry_errors, places=COARSE_PLACES) if version == 1 else entry_errors


def checked(record: Record, errors_of: Callable[..., list[FieldError]], where: Where) -> Record:
    """`record` when `errors_of` finds nothing wrong with it; else the import error for `where`."""
    where.check(errors_of(record, record=where.record or ""))
    return record


def refuse_repeated_days(entries: Iterable[tuple[DayEntry, Where]]) -> None:
    """One entry per date and profile: a second one for the same date is an error."""
    seen: set[date] = set()
    for entry, where in entries:
        if entry.day in seen:
            raise where.error("date", f"{entry.day.isoformat()} appears twice for this profile")
        seen.add(entry.day)


def refuse_repeated_profiles(diaries: Iterable[ProfileDiary], source: str = "") -> None:
    seen: set[str] = set()
    for diary in diaries:
        if diary.profile.name in seen:
            raise ImportFormatError(
                "the profile appears twice in the file", source=source, profile=diary.profile.name
            )
        seen.add(diary.profile.name)


MAX_IMPORT_BYTES = 256 * 1024 * 1024  # far above any real diary (10 years of days is ~5 MB)


def read_import_file(path: Path) -> bytes:
    """The bytes of a regular file of sane size. A device (/dev/zero), a pipe, a folder or a
    file too large to be an export is refused before it is read; opening does not wait on a pipe."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ImportFormatError(f"cannot read the file ({error.strerror})", source=str(path)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFormatError("it is not a regular file (a device, pipe or folder)", source=str(path))
        if info.st_size > MAX_IMPORT_BYTES:
            raise ImportFormatError(
                f"the file is too large for a diary export ({info.st_size} bytes; "
                f"at most {MAX_IMPORT_BYTES})",
                source=str(path),
            )
        return _read_all(fd, path)
    finally:
        os.close(fd)


def _read_all(fd: int, path: Path) -> bytes:
    chunks = []
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except OSError as error:
        raise ImportFormatError(f"cannot read the file ({error.strerror})", source=str(path)) from None
    return b"".join(chunks)


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text with an optional byte-order mark removed; other encodings are refused."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise ImportFormatError(
            f"the file is not UTF-8 text (byte 0x{bad} at position {error.start}); "
            "save it as UTF-8 and try again",
            source=source,
        ) from None
