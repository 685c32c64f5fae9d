"""The diary's health at start: damage detection, keeping damaged files aside, unsafe folders.

`examine` never changes the diary: it reads the header and the write-ahead log, then runs
`quick_check` (or the full `integrity_check` after an unclean shutdown) on a read-only connection,
which neither checkpoints nor deletes the log. A zero-length file is a brand-new diary (SQLite and
`open_database` create one before the first write) unless backups of it exist or a log beside it
holds saved data: then it is an emptied diary and treated as damaged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message
from diary_app.storage.backup import BackupInfo
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import newest_verified_backup
from diary_app.storage.backup import utc_now
from diary_app.storage.location import storage_location_warning
from diary_app.storage.migrations import SchemaMismatchError
from diary_app.storage.migrations import SchemaTooNewError
from diary_app.storage.migrations import verify_schema
from diary_app.storage.sqlite_file import BACKUP_MARK
from diary_app.storage.sqlite_file import FileHeader
from diary_app.storage.sqlite_file import WalState
from diary_app.storage.sqlite_file import check_rows
from diary_app.storage.sqlite_file import companion
from diary_app.storage.sqlite_file import is_damage
from diary_app.storage.sqlite_file import open_for_reading
from diary_app.storage.sqlite_file import read_header
from diary_app.storage.sqlite_file import read_wal
from diary_app.storage.write_errors import open_failure_kind

log = logging.getLogger(__name__)  # INFO only: see write_errors.py

CONTEXT = "DiaryHealth"
COMPANIONS = ("", "-wal", "-shm")


class Condition(StrEnum):
    NEW = "new"
    OK = "ok"
    EMPTIED = "emptied"
    NOT_SQLITE = "not_sqlite"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    WAL_DAMAGED = "wal_damaged"
    STALE_WAL = "stale_wal"
    TOO_NEW = "too_new"  # sound, written by a newer version: kept as it is
    FOREIGN = "foreign"  # another program's SQLite database: kept as it is
    UNAVAILABLE = "unavailable"  # cannot be opened here (full disk, read-only, no permission)


NOT_DAMAGE = (Condition.NEW, Condition.OK, Condition.TOO_NEW, Condition.FOREIGN, Condition.UNAVAILABLE)


PROBLEM_TEXT = {
    Condition.EMPTIED: QT_TRANSLATE_NOOP(
        "DiaryHealth", "The diary file %1 is empty, although backups of it exist."
    ),
    Condition.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "DiaryHealth", "The diary file %1 is not a Symptom Diary database; another file may have replaced it."
    ),
    Condition.TRUNCATED: QT_TRANSLATE_NOOP(
        "DiaryHealth", "The diary file %1 is shorter than it should be: part of it is missing."
    ),
    Condition.DAMAGED: QT_TRANSLATE_NOOP("DiaryHealth", "The diary file %1 is damaged (%2)."),
    Condition.WAL_DAMAGED: QT_TRANSLATE_NOOP(
        "DiaryHealth", "The journal of the diary %1 is damaged: changes that were saved cannot be read back."
    ),
    Condition.STALE_WAL: QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "A backup was put in place of the diary %1 next to the old diary's journal; "
        "opening them together would mix two diaries.",
    ),
    Condition.TOO_NEW: QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "The diary %1 was written by a newer version of Symptom Diary; this version "
        "cannot open it. Install the newer version. The diary is not damaged and was not "
        "changed.",
    ),
    Condition.FOREIGN: QT_TRANSLATE_NOOP(
        "DiaryHealth", "The file %1 is a database of another program, not a diary. It was not changed."
    ),
}
UNAVAILABLE_TEXT = {
    "disk_full": QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "The disk holding the diary %1 is full, so it cannot be opened. The diary is not "
        "damaged and was not changed: free some space and try again.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "The diary %1 is on a read-only disk or in a folder without write permission. "
        "It is not damaged and was not changed; make it writable to change it.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "Another program holds the diary %1 locked. It was not changed; close that program and try again.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "DiaryHealth",
        "The diary %1 cannot be read here (%2). Nothing shows that it is damaged, and it "
        "was not changed; check the disk and the file's permissions.",
    ),
}


@dataclass(frozen=True)
class HealthReport:
    """What `examine` found; `detail` is SQLite's own words (English) for the log."""

    path: Path
    condition: Condition
    detail: str = ""
    full_check: bool = False
    interrupted_write: bool = False  # a leftover log held a write that never finished (discarded)

    @property
    def usable(self) -> bool:
        return self.condition in (Condition.NEW, Condition.OK)

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (only then is it set aside and a backup offered)."""
        return self.condition not in NOT_DAMAGE

    def problem(self) -> Message | None:
        if self.usable:
            return None
        if self.condition is Condition.UNAVAILABLE:
            kind, _, words = self.detail.partition(": ")
            return Message(
                CONTEXT, UNAVAILABLE_TEXT.get(kind, UNAVAILABLE_TEXT["io"]), (str(self.path), words)
            )
        return Message(CONTEXT, PROBLEM_TEXT[self.condition], (str(self.path), self.detail))


def examine(path: Path, unclean: bool = False, in_use: bool = False, locked: bool = False) -> HealthReport:
    """Check the diary at `path` without changing it. `unclean`: a stale lock was found;
    `in_use`: another program has it open now (its log is live, not left over); `locked`: the
    caller holds the diary's lock, so nothing writes it meanwhile."""
    report = _examined(Path(path), unclean, in_use, locked)
    if not report.usable:
        log.info("%s is not usable: %s (%s)", report.path, report.condition.value, report.detail)
    return report


def _examined(path: Path, unclean: bool, in_use: bool, locked: bool) -> HealthReport:
    if not path.exists():
        return HealthReport(path, Condition.NEW)
    wal = None if in_use else read_wal(path)
    if path.stat().st_size == 0:
        return _zero_length(path, wal)
    header = read_header(path)
    if header is None:
        return HealthReport(path, Condition.NOT_SQLITE)
    if not header.page_size:
        return HealthReport(path, Condition.DAMAGED, "the file header is damaged (page size)")
    found = _wal_problem(path, wal, header.application_id) or _size_problem(path, header, wal)
    if found:
        return found
    return _checked(path, full=unclean or wal is not None, wal=wal, locked=locked)


def _zero_length(path: Path, wal: WalState | None) -> HealthReport:
    if (wal is not None and wal.holds_data) or list_backups(path):
        return HealthReport(path, Condition.EMPTIED)
    return HealthReport(path, Condition.NEW)


def _wal_problem(path: Path, wal: WalState | None, application_id: int) -> HealthReport | None:
    if wal is None:
        return None
    if not wal.header_valid and wal.size > 32:
        return HealthReport(path, Condition.WAL_DAMAGED, "the journal header is invalid")
    if wal.committed_after_break:
        return HealthReport(path, Condition.WAL_DAMAGED, "a saved change in the journal is unreadable")
    written_to_this_copy = BACKUP_MARK in wal.page_one_application_ids
    if application_id == BACKUP_MARK and wal.holds_data and not written_to_this_copy:
        return HealthReport(path, Condition.STALE_WAL, "the journal belongs to another copy")
    return None


def _size_problem(path: Path, header: FileHeader, wal: WalState | None) -> HealthReport | None:
    size = path.stat().st_size
    if size % header.page_size:
        return HealthReport(path, Condition.TRUNCATED, f"{size} bytes is not a whole number of pages")
    log_may_extend = wal is not None and wal.holds_data
    if header.header_pages and size < header.header_pages * header.page_size and not log_may_extend:
        return HealthReport(
            path, Condition.TRUNCATED, f"{size // header.page_size} of {header.header_pages} pages"
        )
    return None


def _checked(path: Path, full: bool, wal: WalState | None, locked: bool = False) -> HealthReport:
    pragma = "integrity_check" if full else "quick_check"
    interrupted = wal is not None and wal.interrupted
    try:
        problems = _problems(path, pragma, locked)
    except SchemaTooNewError as error:
        return HealthReport(path, Condition.TOO_NEW, str(error))
    except SchemaMismatchError as error:
        condition = Condition.FOREIGN if error.foreign else Condition.DAMAGED
        return HealthReport(path, condition, str(error), full)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            kind = open_failure_kind(path, error) or "io"
            if kind != "damaged":
                return HealthReport(path, Condition.UNAVAILABLE, f"{kind}: {error}")
        problems = [str(error)]
    if not problems:
        return HealthReport(path, Condition.OK, full_check=full, interrupted_write=interrupted)
    return HealthReport(path, Condition.DAMAGED, "; ".join(problems[:3]), full, interrupted)


def _problems(path: Path, pragma: str, locked: bool = False) -> list[str]:
    """SQLite's check, the foreign keys and the schema; [] for a sound diary."""
    conn = open_for_reading(path, unchanging=locked)
    try:
        problems = check_rows(conn, pragma)
        if problems == ["ok"]:
            problems = [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        if not problems:
            verify_schema(conn)
        return problems
    finally:
        conn.close()


def quarantine(path: Path, now: datetime | None = None) -> list[Path]:
    """Rename the diary and its -wal/-shm to `<name>.damaged-<UTC time>`; never overwrites."""
    stamp = (now or utc_now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = []
    for suffix in COMPANIONS:
        source = companion(Path(path), suffix)
        if not source.exists():
            continue
        target = source.with_name(f"{source.name}.damaged-{stamp}")
        number = 1
        while target.exists():
            target = source.with_name(f"{source.name}.damaged-{stamp}-{number}")
            number += 1
        log.info("moved the damaged %s aside to %s", source, target)
        os.rename(source, target)
        kept.append(target)
    return kept


def last_changed(paths: list[Path]) -> datetime | None:
    times = [p.stat().st_mtime for p in paths if p.exists()]
    return datetime.fromtimestamp(max(times), UTC) if times else None


@dataclass(frozen=True)
class DamageNotice:
    """What happened to a damaged diary and what can be done: the files kept, the backup offered."""

    report: HealthReport
    kept: tuple[Path, ...]
    offered: BackupInfo | None
    damaged_changed_at: datetime | None  # the last change to the damaged files (UTC)

    def messages(self) -> list[Message]:
        problem = self.report.problem()
        assert problem is not None, "a damage notice is made for a damaged diary only"
        said = [
            problem,
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("DiaryHealth", "The original files were kept unchanged as: %1."),
                (", ".join(p.name for p in self.kept),),
            ),
        ]
        if self.offered is None:
            said.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "DiaryHealth",
                        "No sound backup of this diary was found; a new, empty diary can be started.",
                    ),
                )
            )
            return said
        changed = self.damaged_changed_at or self.offered.taken_at
        said.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "DiaryHealth",
                    "The newest sound backup was made on %1. Restoring it loses what was entered "
                    "between %1 and %2, when the damaged file was last changed.",
                ),
                (_minute(self.offered.taken_at), _minute(changed)),
            )
        )
        return said


def _minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def keep_damaged_aside(report: HealthReport, now: datetime | None = None) -> DamageNotice:
    """Move a damaged diary's files aside and find the newest sound backup to offer."""
    files = [companion(report.path, suffix) for suffix in COMPANIONS]
    changed = last_changed(files)
    kept = quarantine(report.path, now)
    return DamageNotice(report, tuple(kept), newest_verified_backup(report.path), changed)


@dataclass(frozen=True)
class StartupCheck:
    report: HealthReport
    notice: DamageNotice | None
    location_warning: Message | None


def check_at_start(
    path: Path, unclean: bool = False, now: datetime | None = None, mounts_text: str | None = None
) -> StartupCheck:
    """The window's start-up check, with the diary's lock held: examine, move a damaged diary aside,
    warn about the folder."""
    report = examine(path, unclean=unclean, locked=True)
    notice = keep_damaged_aside(report, now) if report.damaged else None
    return StartupCheck(report, notice, storage_location_warning(Path(path), mounts_text))
