"""The SQLite diary file: opening, migrations, and the repository of domain records."""

from diary_app.storage import sqlite_library  # noqa: F401  (first: sqlite_utils without numpy)
from diary_app.storage.database import DatabaseOpenError, connect, open_database
from diary_app.storage.diary_store import DiaryStore, DuplicateError, UnknownProfileError
from diary_app.storage.migrations import LATEST_VERSION, SchemaTooNewError
from diary_app.storage.write_errors import StorageWriteError


def open_store(path) -> DiaryStore:
    """Open the diary at `path` (created and migrated as needed) as a repository."""
    return DiaryStore(open_database(path))


__all__ = [
    "DatabaseOpenError", "DiaryStore", "DuplicateError", "LATEST_VERSION", "SchemaTooNewError",
    "StorageWriteError", "UnknownProfileError", "connect", "open_database", "open_store",
]
