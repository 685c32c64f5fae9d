"""Opening the diary file: private permissions, durable pragmas, migrations, clear refusals."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from diary_app.atomic_files import create_private_file
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import backup_before_change
from diary_app.storage.migrations import SchemaMismatchError
from diary_app.storage.migrations import SchemaTooNewError
from diary_app.storage.migrations import migrate
from diary_app.storage.migrations import pending_migrations
from diary_app.storage.migrations import verify_schema
from diary_app.storage.sqlite_file import open_for_reading
from diary_app.storage.sqlite_library import load_sqlite_utils
from diary_app.storage.write_errors import open_failure_kind

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)  # INFO only: see write_errors.py

BUSY_TIMEOUT_MS = 5000


class DatabaseOpenError(RuntimeError):
    """The diary file cannot be used; the message says why in plain words."""


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise DatabaseOpenError(f"the diary file could not switch to WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")


OPEN_FAILURES: dict[str | None, str] = {  # by open_failure_kind; None: no known kind
    "disk_full": "the disk is full, so SQLite cannot open it; free some space and try again",
    "read_only": "the file or its folder is read-only (or on a read-only disk), so it cannot be "
    "opened for changes",
    "locked": "another program holds it locked; close that program and try again",
}


def connect(path: Path | str) -> sqlite3.Connection:
    """A raw connection with the diary's pragmas, in autocommit mode (we issue BEGIN ourselves).
    The schema is verified first, so a file that is refused is never switched to WAL."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        verify_schema(conn)
        _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrated(conn: sqlite3.Connection, migrate_schema: bool) -> sqlite3.Connection:
    """`conn` at the current schema (when `migrate_schema`); closed when that fails."""
    try:
        if pending_migrations(conn) and migrate_schema:
            backup_before_change(conn, "before-migration")
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(
    path: Path | str, *, migrate_schema: bool = True, read_only: bool = False
) -> sqlite_utils.Database:
    """Open (creating if needed) the diary at `path`, migrated to the current schema.

    `read_only`: open an existing diary only to read it: nothing is created, switched or
    migrated, and a diary on a read-only disk can still be read."""
    return sqlite_utils_database(open_connection(path, migrate_schema=migrate_schema, read_only=read_only))


def open_connection(
    path: Path | str, *, migrate_schema: bool = True, read_only: bool = False
) -> sqlite3.Connection:
    """The sqlite3 connection of open_database, without sqlite_utils (see sqlite_library)."""
    path = Path(path)
    try:
        if read_only:
            return _reading_connection(path)
        create_private_file(path)
        return _migrated(connect(path), migrate_schema)
    except (SchemaTooNewError, BackupError) as error:
        raise DatabaseOpenError(str(error)) from error
    except SchemaMismatchError as error:
        raise DatabaseOpenError(f"{path} cannot be opened as a diary: {error}; it was not changed") from error
    except sqlite3.DatabaseError as error:
        log.info("%s could not be opened: %s", path, error)
        reason = OPEN_FAILURES.get(open_failure_kind(path, error), f"{error}")
        raise DatabaseOpenError(
            f"{path} cannot be opened as a diary ({reason}); it was not changed"
        ) from error


def sqlite_utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite_utils over an opened diary connection (imported on first use)."""
    load_sqlite_utils()
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)  # no third-party plugins on the diary


def _reading_connection(path: Path) -> sqlite3.Connection:
    conn = open_for_reading(path)
    try:
        verify_schema(conn)
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn
