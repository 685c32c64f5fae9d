"""Restoring a backup: what it holds, a safety copy of the current diary, one atomic copy back."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from pathlib import Path

from diary_app.atomic_files import create_private_file
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import SourceDamagedError
from diary_app.storage.backup import make_backup
from diary_app.storage.backup import verify_backup
from diary_app.storage.health import examine
from diary_app.storage.health import quarantine
from diary_app.storage.migrations import LATEST_VERSION
from diary_app.storage.sqlite_file import check_rows
from diary_app.storage.sqlite_file import identity_of_file
from diary_app.storage.sqlite_file import open_readonly
from diary_app.storage.sqlite_file import row_counts

log = logging.getLogger(__name__)  # INFO only: see write_errors.py


@dataclass(frozen=True)
class ProfileSummary:
    name: str
    entries: int
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, shown before it replaces the diary."""

    path: Path
    schema_version: int
    profiles: tuple[ProfileSummary, ...]
    row_counts: dict[str, int]

    @property
    def entries(self) -> int:
        return sum(p.entries for p in self.profiles)

    @property
    def first_day(self) -> date | None:
        return min((p.first_day for p in self.profiles if p.first_day), default=None)

    @property
    def last_day(self) -> date | None:
        return max((p.last_day for p in self.profiles if p.last_day), default=None)


def backup_contents(path: Path) -> BackupContents:
    """Verify a backup and summarise it; raises BackupError for a damaged or foreign file."""
    counts = verify_backup(Path(path))
    conn = open_readonly(Path(path))
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        found = conn.execute(
            "SELECT p.name, count(e.id), min(e.day), max(e.day) FROM profiles p "
            "LEFT JOIN entries e ON e.profile_id = p.id GROUP BY p.id ORDER BY p.id"
        ).fetchall()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a Symptom Diary backup ({error})") from error
    finally:
        conn.close()
    if version > LATEST_VERSION:
        raise BackupError(f"{path} was made by a newer version of Symptom Diary (schema {version})")
    profiles = tuple(
        ProfileSummary(name, count, _day(first), _day(last)) for name, count, first, last in found
    )
    return BackupContents(Path(path), version, profiles, counts)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class RestoreResult:
    contents: BackupContents
    safety_backup: Path | None  # the diary as it was, backed up first
    kept_damaged: tuple[Path, ...]  # or, when it was damaged, its files kept aside


def restore_backup(
    backup_file: Path, diary_path: Path, now: datetime | None = None, in_use: bool = False
) -> RestoreResult:
    """Replace the diary's content with the backup's, in one transaction, after keeping the
    current diary (a 'before-restore' backup, or its damaged files moved aside).

    `in_use`: this program has the diary open (the window). Its connection stays valid and sees the
    restored content; a damaged diary is then refused, as its files cannot be moved while open."""
    diary_path = Path(diary_path)
    try:
        return _restored(Path(backup_file), diary_path, now, in_use)
    except (BackupError, OSError, sqlite3.DatabaseError) as error:
        log.info("%s was not restored into %s: %s", backup_file, diary_path, error)
        raise


def _restored(backup_file: Path, diary_path: Path, now: datetime | None, in_use: bool) -> RestoreResult:
    contents = backup_contents(backup_file)
    image = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = open_readonly(backup_file)
        try:
            source.backup(image)
        finally:
            source.close()
        image.execute("PRAGMA application_id = 0")
        _keep_identity(image, identity_of_file(diary_path))
        safety, kept = _keep_current(diary_path, now, in_use)
        _copy_into_diary(image, diary_path, row_counts(image))
    finally:
        image.close()
    log.info("restored %s into %s (kept: %s)", backup_file, diary_path, safety or list(map(str, kept)))
    return RestoreResult(contents, safety, tuple(kept))


def _keep_identity(image: sqlite3.Connection, identity: str | None) -> None:
    """The restored diary keeps the id of the diary it replaces, so its backups stay its own."""
    if identity is None:
        return
    image.execute("CREATE TABLE IF NOT EXISTS diary_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")
    image.execute("INSERT OR REPLACE INTO diary_meta (key, value) VALUES ('diary_id', ?)", (identity,))


def _keep_current(diary_path: Path, now: datetime | None, in_use: bool) -> tuple[Path | None, list[Path]]:
    report = examine(diary_path, in_use=in_use)
    if report.condition.value == "new":
        return None, []
    if report.usable:
        try:
            return make_backup(diary_path, "before-restore", now=now), []
        except SourceDamagedError:
            pass
    if in_use:
        raise BackupError("the open diary is damaged; restart the program, which offers the restore")
    return None, quarantine(diary_path, now)


def _copy_into_diary(image: sqlite3.Connection, diary_path: Path, expected: dict[str, int]) -> None:
    create_private_file(diary_path)
    live = sqlite3.connect(diary_path, isolation_level=None)
    try:
        live.execute("PRAGMA busy_timeout = 5000")
        live.execute("PRAGMA journal_mode = WAL")
        live.execute("PRAGMA synchronous = FULL")
        image.backup(live)
        problems = check_rows(live, "quick_check")
        counts = row_counts(live)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"the backup could not be copied into {diary_path} ({error})") from error
    finally:
        live.close()
    if problems != ["ok"] or counts != expected:
        raise BackupError(f"the restored diary at {diary_path} does not match the backup")
