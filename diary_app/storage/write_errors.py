"""Why a change could not be saved (disk full, read-only, busy, damaged), in plain words."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message
from diary_app.domain.validation import shown

if TYPE_CHECKING:
    from sqlite_utils import Database

# INFO, not WARNING: the user is told in the window or on stderr; this is for the log file, and a
# command line without logging set up must not print it a second time.
log = logging.getLogger(__name__)

CONTEXT = "StorageWriteError"
KIND_TEXT = {
    "disk_full": QT_TRANSLATE_NOOP(
        "StorageWriteError",
        "The disk is full, so this change was not saved. Free some space and save again; "
        "the diary itself is unchanged.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "StorageWriteError",
        "The diary's file or folder is read-only, so this change was not saved. "
        "The diary itself is unchanged.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "StorageWriteError",
        "Another program is using the diary, so this change was not saved. Close it, or wait "
        "a moment, and save again; the diary itself is unchanged.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "StorageWriteError",
        "The diary file is damaged, so this change was not saved. Restart the program to "
        "check the diary and restore a backup.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "StorageWriteError",
        "The disk reported an error, so this change was not saved. Check the disk and save "
        "again; the diary itself is unchanged.",
    ),
}
ERROR_KINDS = {
    "SQLITE_FULL": "disk_full",
    "SQLITE_READONLY": "read_only",
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_CORRUPT": "damaged",
    "SQLITE_NOTADB": "damaged",
    "SQLITE_CANTOPEN": "read_only",
    "SQLITE_PERM": "read_only",
}


class StorageWriteError(RuntimeError):
    """A write was refused by the disk or SQLite; the transaction was rolled back, nothing saved.

    `kind` is one of disk_full, read_only, locked, damaged, io; `message` is translatable."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind, self.detail = kind, detail
        self.message = Message(CONTEXT, KIND_TEXT[kind])
        super().__init__(self.message.render(isolate=False))


def error_kind(error: sqlite3.Error) -> str | None:
    """The kind of a storage failure, or None for errors that are the caller's (constraints, SQL)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    base = name.split("_", 2)[:2]
    kind = ERROR_KINDS.get("_".join(base)) if len(base) == 2 else None
    if kind:
        return kind
    return "io" if isinstance(error, sqlite3.OperationalError) else None


LOW_SPACE_BYTES = 1 << 20


def open_failure_kind(path: Path, error: sqlite3.Error) -> str | None:
    """Why SQLite could not open or check the diary at `path`: disk_full, read_only, locked,
    damaged or io; a full disk or a read-only place is told by looking at them, as SQLite reports
    both as a failed open or a disk I/O error on its shared-memory file."""
    kind = error_kind(error)
    if kind in ("damaged", "locked"):
        return kind
    folder = Path(path).parent
    writable = os.access(folder, os.W_OK) and (not Path(path).exists() or os.access(path, os.W_OK))
    if not writable:
        return "read_only"
    try:
        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return "disk_full"
    except OSError:
        pass
    return kind or "io"


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """`db.atomic()` that turns disk, permission and lock failures into StorageWriteError."""
    try:
        with db.atomic():
            yield db
    except sqlite3.DatabaseError as error:
        kind = error_kind(error)
        if kind is None:
            log.info("a write failed: %s", error)
            raise
        log.info("a write was refused (%s): %s; the transaction was rolled back", kind, error)
        raise StorageWriteError(kind, str(error)) from error


class RecordRefusedError(ValueError):
    """The schema refused an imported record (a CHECK constraint); names profile and record."""


RECORD_NAMES = {"entries": "entry", "doses": "dose", "regimens": "plan", "labs": "lab result"}


@contextlib.contextmanager
def named_on_refusal(profile_name: str, table: str, row: Mapping[str, object]) -> Iterator[None]:
    """Turn a constraint failure while writing `row` into a RecordRefusedError that names it."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        when = row.get("taken_at") or row.get("day") or row.get("start") or ""
        log.info("an imported %s was refused: %s", RECORD_NAMES[table], error)
        raise RecordRefusedError(
            f"profile {shown(profile_name)}, {RECORD_NAMES[table]} {when}: the "
            f"diary refused it ({error}); nothing was imported"
        ) from error
