"""Verified backups with the SQLite backup API, kept in daily, weekly and monthly generations.

A backup is copied from a consistent snapshot into a hidden temporary file, checked (it opens,
`integrity_check` says ok, every table has the source's row count) and only then renamed into place;
old generations are pruned after that. A source that fails `quick_check` is never copied, so a
damaged diary cannot push good backups out of the rotation.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from diary_app.atomic_files import PRIVATE_DIR_MODE
from diary_app.atomic_files import PRIVATE_FILE_MODE
from diary_app.paths import backup_dir
from diary_app.storage.sqlite_file import BACKUP_MARK
from diary_app.storage.sqlite_file import check_rows
from diary_app.storage.sqlite_file import content_fingerprint
from diary_app.storage.sqlite_file import diary_file_of
from diary_app.storage.sqlite_file import identity_of_file
from diary_app.storage.sqlite_file import open_readonly
from diary_app.storage.sqlite_file import row_counts
from diary_app.storage.sqlite_file import user_tables

log = logging.getLogger(__name__)  # INFO only: see write_errors.py

TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_EVENTS = 7, 5, 12, 5
STALE_TEMP_AGE = timedelta(minutes=10)
REASONS = ("daily", "manual", "before-migration", "before-import", "before-restore", "before-repair")
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<time>\d{8}T\d{12}Z)\.(?P<reason>[a-z-]+)\.sqlite3$")


class BackupError(RuntimeError):
    """A backup could not be made or read; nothing already kept was touched."""


class SourceDamagedError(BackupError):
    """The diary failed its quick check, so it was not copied over good backups."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    stem: str = ""  # the diary file's name without its suffix, as written in the backup's name


def utc_now() -> datetime:
    return datetime.now(UTC)


def backup_name(diary_path: Path, taken_at: datetime, reason: str) -> str:
    stamp = taken_at.astimezone(UTC).strftime(TIME_FORMAT)
    return f"{Path(diary_path).stem}.{stamp}.{reason}.sqlite3"


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match or match["reason"] not in REASONS:
        return None
    return BackupInfo(path, stamp_time(match["time"]), match["reason"], match["stem"])


def stamp_time(stamp: str) -> datetime:
    """The UTC time of a TIME_FORMAT stamp whose digits _NAME matched (20261207T093015123456Z), as
    strptime reads it; without strptime, whose first call imports and sets up its locale tables
    (~3 ms when the window closes and looks for the day's backup)."""
    year, month, day = int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])
    hour, minute, second, micro = int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]), int(stamp[15:21])
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


def list_backups(diary_path: Path) -> list[BackupInfo]:
    """This diary's own backups in its backup folder, newest first (temporary files are not
    listed). A backup is the diary's when its name has exactly the diary's stem and, when both
    carry a diary id, the ids are equal. Backups made before ids existed, and every backup while
    the diary's own id cannot be read (a new, old or damaged diary), match by the name alone."""
    folder = backup_dir(Path(diary_path))
    if not folder.is_dir():
        return []
    identity = identity_of_file(Path(diary_path))
    stem = Path(diary_path).stem
    found = [parse_backup_name(p) for p in folder.iterdir() if p.is_file()]
    own = [i for i in found if i is not None and _belongs(i, stem, identity)]
    return sorted(own, key=lambda i: i.taken_at, reverse=True)


def _belongs(info: BackupInfo, stem: str, identity: str | None) -> bool:
    if info.stem != stem:
        return False
    backup_identity = identity_of_file(info.path) if identity is not None else None
    return backup_identity is None or backup_identity == identity


def newest_verified_backup(diary_path: Path) -> BackupInfo | None:
    """The newest backup that still passes its integrity check."""
    for info in list_backups(diary_path):
        try:
            verify_backup(info.path)
        except BackupError as error:
            log.info("passed over backup %s: %s", info.path, error)
            continue
        return info
    return None


def verify_backup(path: Path, expected_counts: dict[str, int] | None = None) -> dict[str, int]:
    """The row counts of a sound backup; raises BackupError when it is damaged or differs."""
    try:
        conn = open_readonly(path)
        try:
            problems = check_rows(conn, "integrity_check")
            counts = row_counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} cannot be read as a diary ({error})") from error
    if problems != ["ok"]:
        raise BackupError(f"{path} is damaged: {'; '.join(problems[:3])}")
    if "entries" not in counts:
        raise BackupError(f"{path} is not a Symptom Diary file")
    if expected_counts is not None and counts != expected_counts:
        raise BackupError(f"{path} does not hold every row of the diary ({counts} != {expected_counts})")
    return counts


def make_backup(
    diary_path: Path, reason: str = "manual", out: Path | None = None, now: datetime | None = None
) -> Path:
    """Copy the diary to `out` or into its backup folder (rotated), verified before it is kept."""
    diary_path = Path(diary_path)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = now or utc_now()
    if out is None:
        folder = _private_folder(backup_dir(diary_path))
        target = _free_name(folder, diary_path, now, reason)
    else:
        target = Path(out)
        if target.exists() and target.resolve() == diary_path.resolve():
            raise BackupError("a backup cannot be written over the diary itself")
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise BackupError(
                f"{target} exists and is not a regular file (a link, device, pipe or "
                "folder), so it was not replaced; choose another name"
            )
        folder = target.parent
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    temporary = folder / f".{target.name}.{os.getpid()}.incomplete"
    try:
        _copy_verified(diary_path, temporary)
        os.replace(temporary, target)
        _sync_folder(folder)
    except (BackupError, OSError) as error:
        log.info("the %s backup of %s was not made: %s", reason, diary_path, error)
        raise
    finally:
        temporary.unlink(missing_ok=True)
    if out is None:
        prune(diary_path, now)
    return target


def _copy_verified(diary_path: Path, temporary: Path) -> None:
    if not diary_path.is_file():
        raise BackupError(f"there is no diary at {diary_path}")
    try:
        source = open_readonly(diary_path)
    except sqlite3.DatabaseError as error:
        raise SourceDamagedError(f"{diary_path} cannot be opened ({error}); it was not backed up") from error
    try:
        counts = _snapshot_into(source, diary_path, temporary)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"the backup could not be written ({error})") from error
    finally:
        source.close()
    verify_backup(temporary, counts)


def _snapshot_into(source: sqlite3.Connection, diary_path: Path, temporary: Path) -> dict[str, int]:
    """Copy one consistent snapshot of `source`; returns its row counts, read in the same snapshot."""
    source.execute("BEGIN")
    try:
        counts = _checked_counts(source, diary_path)
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.execute(f"PRAGMA application_id = {BACKUP_MARK}")
        finally:
            target.close()
    finally:
        with contextlib.suppress(sqlite3.DatabaseError):  # ends a read; a damaged file may refuse
            source.execute("ROLLBACK")
    _sync_file(temporary)
    return counts


def _checked_counts(source: sqlite3.Connection, diary_path: Path) -> dict[str, int]:
    try:
        problems = check_rows(source, "quick_check")
        counts = row_counts(source)
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems != ["ok"]:
        raise SourceDamagedError(
            f"{diary_path} failed its check ({'; '.join(problems[:3])}); it was not backed up"
        )
    return counts


def _free_name(folder: Path, diary_path: Path, now: datetime, reason: str) -> Path:
    while (folder / backup_name(diary_path, now, reason)).exists():
        now += timedelta(milliseconds=1)
    return folder / backup_name(diary_path, now, reason)


def _private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def generations_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Newest per day (7), ISO week (5) and month (12), plus the last few manual or event backups."""
    newest_first = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    keep: set[Path] = set()
    periods = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    for period_of, limit in periods:
        seen: list[object] = []
        for info in newest_first:
            period = period_of(info.taken_at)
            if period not in seen and len(seen) < limit:
                seen.append(period)
                keep.add(info.path)
    asked_for = [info for info in newest_first if info.reason != "daily"]
    keep.update(info.path for info in asked_for[:KEEP_EVENTS])
    return keep


def prune(diary_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete generations beyond the rotation and temporary files left by an interrupted backup."""
    backups = list_backups(diary_path)
    keep = generations_to_keep(backups)
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        log.info("removed backup %s (beyond the rotation)", path)
        path.unlink(missing_ok=True)
    removed += _remove_stale_temporaries(backup_dir(Path(diary_path)), now or utc_now())
    return removed


def _remove_stale_temporaries(folder: Path, now: datetime) -> list[Path]:
    removed = []
    leftovers = [*folder.glob(".*.incomplete"), *folder.glob(".*.incomplete-journal")]
    for path in leftovers:
        changed = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if now - changed > STALE_TEMP_AGE:
            log.info("removed %s, left by an interrupted backup", path)
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def auto_backup(diary_path: Path, now: datetime | None = None) -> Path | None:
    """The daily backup: at most one a day, and only when the diary changed since the last one."""
    now = now or utc_now()
    backups = list_backups(diary_path)
    today = now.astimezone().date()
    if any(b.reason == "daily" and b.taken_at.astimezone().date() == today for b in backups):
        return None
    if backups and _same_content(diary_path, backups[0].path):
        return None
    return make_backup(diary_path, "daily", now=now)


def _same_content(diary_path: Path, backup_path: Path) -> bool:
    fingerprints = []
    for path in (diary_path, backup_path):
        try:
            conn = open_readonly(path)
            try:
                fingerprints.append(content_fingerprint(conn))
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False
    return fingerprints[0] == fingerprints[1]


def has_user_tables(diary_path: Path) -> bool:
    try:
        conn = open_readonly(diary_path)
        try:
            return bool(user_tables(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def backup_before_change(conn: sqlite3.Connection, reason: str) -> Path | None:
    """The safety backup before an import with --replace, a migration or a repair (None: nothing
    to keep, e.g. an in-memory or brand-new diary). Raises BackupError when it cannot be made."""
    path = diary_file_of(conn)
    if path is None or not has_user_tables(path):
        return None
    return make_backup(path, reason)
