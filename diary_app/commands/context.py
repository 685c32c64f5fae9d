"""What every command needs: the diary file, the chosen profile, user errors in one place."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from diary_app.commands.guard import checked_diary
from diary_app.domain import DiaryValidationError
from diary_app.domain import Profile
from diary_app.errors import UserError
from diary_app.storage import DatabaseOpenError
from diary_app.storage import DiaryStore
from diary_app.storage import DuplicateError
from diary_app.storage import StorageWriteError
from diary_app.storage import UnknownProfileError
from diary_app.storage import open_store
from diary_app.storage.backup import BackupError
from diary_app.storage.write_errors import RecordRefusedError


def diary_path(args) -> Path:
    """The diary file of `--db` (or the default); a folder or a device there is refused."""
    if args.db is not None:
        path = args.db
    else:
        from diary_app.paths import default_diary_path

        path = default_diary_path()
    if path.exists() and not path.is_file():
        raise UserError(f"{path} is a folder or a device, not a diary file; give a file name with --db")
    return path


@contextlib.contextmanager
def opened_store(args, write: bool = True):
    """The diary of `--db` (or the default), with storage errors turned into user errors.

    `write`: hold the diary's lock, refused while the window has the diary open. A command that
    only reads never creates a diary: a missing file is a user error instead."""
    path = diary_path(args)
    if not write and not path.exists():
        raise UserError(
            f"there is no diary at {path} yet; start the program or fill one with "
            "'symptom-diary demo --days 90'"
        )
    with (
        checked_diary(path, write),
        _store_errors_as_user_errors(path, read_only=not write) as store,
    ):
        yield store


@contextlib.contextmanager
def _store_errors_as_user_errors(path: Path, read_only: bool = False):
    try:
        store = open_store(path, read_only=read_only)
    except DatabaseOpenError as error:
        raise UserError(str(error)) from error
    try:
        yield store
    except (DiaryValidationError, DuplicateError, RecordRefusedError, UnknownProfileError) as error:
        raise UserError(str(error.args[0]) if error.args else str(error)) from error
    except (StorageWriteError, BackupError) as error:
        raise UserError(str(error)) from error
    except sqlite3.IntegrityError as error:
        raise UserError(f"the diary refused the change ({error}); nothing was saved") from error
    finally:
        store.close()


def chosen_profile(args, store: DiaryStore, create: bool = False) -> Profile:
    """The `--profile` profile (created if `create`), else the first one, else a new 'Me'."""
    if args.profile is not None:
        if create:
            return store.ensure_profile(args.profile)
        return store.profile_named(args.profile)
    existing = store.profiles()
    if existing:
        return existing[0]
    if create:
        return store.add_profile(Profile(name="Me"))
    raise UserError("the diary has no profile yet; add one with: symptom-diary profiles add NAME")


DATE_METAVAR = "YYYY-MM-DD"


def add_period_options(parser, first_default: str) -> None:
    """--from and --to, the period of a command that reads one (each may be left out)."""
    parser.add_argument(
        "--from",
        dest="start",
        type=parse_day,
        metavar=DATE_METAVAR,
        help=f"first day (default: {first_default})",
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=parse_day,
        metavar=DATE_METAVAR,
        help="last day (default: the last day entry)",
    )


def checked_period(start: date, end: date) -> tuple[date, date]:
    """The period, refused when it ends before it starts."""
    if end < start:
        raise UserError(f"the period ends ({end}) before it starts ({start})")
    return start, end


def parse_day(text: str) -> date:
    """An ISO date from the command line (argparse `type=`)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None
