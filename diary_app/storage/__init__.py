"""The SQLite diary file: opening, migrations, and the repository of domain records."""

from pathlib import Path

from diary_app.storage.database import DatabaseOpenError
from diary_app.storage.database import connect
from diary_app.storage.database import open_connection
from diary_app.storage.database import open_database
from diary_app.storage.diary_store import DiaryStore
from diary_app.storage.diary_store import DuplicateError
from diary_app.storage.diary_store import UnknownProfileError
from diary_app.storage.migrations import LATEST_VERSION
from diary_app.storage.migrations import SchemaTooNewError
from diary_app.storage.sqlite_library import load_sqlite_utils
from diary_app.storage.write_errors import StorageWriteError


def open_store(path: Path | str, read_only: bool = False) -> DiaryStore:
    """Open the diary at `path` (created and migrated as needed) as a repository; `read_only`:
    only to read it (see open_database)."""
    return DiaryStore(open_connection(path, read_only=read_only))


__all__ = [
    "LATEST_VERSION",
    "DatabaseOpenError",
    "DiaryStore",
    "DuplicateError",
    "SchemaTooNewError",
    "StorageWriteError",
    "UnknownProfileError",
    "connect",
    "load_sqlite_utils",
    "open_database",
    "open_store",
]
