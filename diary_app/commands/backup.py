"""`backup`, `restore` and `check`: verified copies of the diary, putting one back, a health report."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from diary_app.commands.context import diary_path
from diary_app.commands.guard import diary_in_use
from diary_app.commands.guard import refuse_damaged
from diary_app.console import say
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import strip_isolates
from diary_app.errors import UserError
from diary_app.exchange.summary import counted
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.health import examine
from diary_app.storage.location import storage_location_warning
from diary_app.storage.migrations import LATEST_VERSION
from diary_app.storage.sqlite_file import open_for_reading

if TYPE_CHECKING:
    from diary_app.storage.restore import BackupContents


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="make a verified copy of the diary",
        description="Copy the diary into its backup folder (kept in daily, weekly and monthly "
        "generations), or to --out FILE, e.g. on a USB stick. The copy is checked before "
        "it is kept.",
    )
    backup.add_argument("--out", type=Path, help="write the backup to this file instead")
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help="replace the diary with a backup",
        description="Show what a backup holds and, once confirmed, replace the diary with it. "
        "The current diary is backed up first (or, if damaged, kept aside).",
    )
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")
    restore.set_defaults(run=run_restore)
    check = subparsers.add_parser(
        "check",
        help="check the diary for damage",
        description="Full integrity and foreign-key checks, the schema version and the last "
        "backup. The exit status is 1 when the diary has a problem.",
    )
    check.set_defaults(run=run_check)


def run_backup(args) -> int:
    from diary_app.storage.restore import backup_contents  # here: the window's start registers this command

    path = diary_path(args)
    if not path.is_file():
        raise UserError(f"there is no diary at {path}")
    refuse_damaged(path)
    try:
        written = make_backup(path, "manual", out=args.out)
    except BackupError as error:
        raise UserError(f"{error}; no backup was made") from error
    say(f"backed up {_summary(backup_contents(written))} to {written}")
    return 0


def _summary(contents: BackupContents) -> str:
    profiles = len(contents.profiles)
    text = (
        f"{counted(profiles, 'profile', 'profiles')}, {counted(contents.entries, 'day entry', 'day entries')}"
    )
    span = _span(contents.first_day, contents.last_day)
    return f"{text} from {span}" if span else text


def _entries(count: int) -> str:
    return counted(count, "day entry", "day entries")


def _span(first: date | None, last: date | None) -> str:
    """ "1 Jan 2026 to 31 Mar 2026"; "" when there are no days."""
    return f"{NumberFormat().day(first)} to {NumberFormat().day(last)}" if first and last else ""


def run_restore(args) -> int:
    from diary_app.storage.restore import backup_contents  # here: the window's start registers this command

    path = diary_path(args)
    try:
        contents = backup_contents(args.file)
    except BackupError as error:
        raise UserError(f"{error}; nothing was restored") from error
    say(f"{args.file} holds {_summary(contents)}:")
    for profile in contents.profiles:
        span = _span(profile.first_day, profile.last_day)
        period = f", {span}" if span else ""
        say(f"  {profile.name}: {_entries(profile.entries)}{period}")
    if not args.yes and not _confirmed(
        f"Replace the diary at {path} with this backup? The current diary is backed up first. [y/N] "
    ):
        say("nothing was changed")
        return 1
    return _restore_locked(args.file, path)


def _confirmed(question: str) -> bool:
    say(question)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def _restore_locked(backup_file: Path, path: Path) -> int:
    from diary_app.single_instance import DiaryInUseError
    from diary_app.single_instance import held_diary_lock
    from diary_app.storage.restore import restore_backup  # here: the window's start registers this command

    try:
        with held_diary_lock(path):
            result = restore_backup(backup_file, path)
    except DiaryInUseError as error:
        raise UserError(f"{error}; nothing was restored") from error
    except BackupError as error:
        raise UserError(f"{error}; the restore did not finish") from error
    if result.safety_backup:
        say(f"the diary as it was is kept in {result.safety_backup}")
    for kept in result.kept_damaged:
        say(f"the damaged file was kept as {kept}")
    say(f"restored {_summary(result.contents)} into {path}")
    return 0


def run_check(args) -> int:
    path = diary_path(args)
    if not path.is_file():
        raise UserError(f"there is no diary at {path}")
    report = examine(path, unclean=True, in_use=diary_in_use(path))
    problem = report.problem()  # None when the diary is usable
    if problem is None:
        say("integrity: ok")
        say("foreign keys: ok")
        _say_contents(path)
    else:
        say(f"problem: {strip_isolates(problem.render())}")
        say(f"details: {report.detail}" if report.detail else "details: none")
        say(
            "the diary was not changed"
            + ("; `symptom-diary restore FILE` puts back a backup" if report.damaged else "")
        )
    _say_backups(path)
    warning = storage_location_warning(path)
    if warning:
        say(f"warning: {strip_isolates(warning.render())}")
    return 0 if report.usable else 1


def _say_contents(path: Path) -> None:
    conn = open_for_reading(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0] if version else 0
        profiles = conn.execute("SELECT count(*) FROM profiles").fetchone()[0] if version else 0
    finally:
        conn.close()
    upgrade = "" if version == LATEST_VERSION else " (it will be upgraded when next opened)"
    say(f"schema version: {version} (this program: {LATEST_VERSION}){upgrade}")
    say(f"contents: {counted(profiles, 'profile', 'profiles')}, {_entries(entries)}")


def _say_backups(path: Path) -> None:
    backups = list_backups(path)
    if not backups:
        say("last backup: none yet (make one with: symptom-diary backup)")
        return
    newest = backups[0]
    moment = newest.taken_at.astimezone()
    taken = f"{NumberFormat().day(moment.date())} {moment:%H:%M}"
    kept = counted(len(backups), "backup", "backups")
    say(f"last backup: {taken} ({newest.reason}), {newest.path}; {kept} kept")
