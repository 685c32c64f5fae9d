"""A diary that cannot be opened leaves no connection behind for the garbage collector (Python 3.13
warns about each one, and strict tests turn the warning into an error in whatever test runs next)."""

import sqlite3

import pytest

from diary_app.storage import LATEST_VERSION
from diary_app.storage import DatabaseOpenError
from diary_app.storage import connect
from diary_app.storage import database
from diary_app.storage import open_store
from diary_app.storage import sqlite_file


@pytest.fixture
def opened(monkeypatch):
    """Every connection the storage code opens, to check it was closed."""
    made = []
    real_connect = sqlite3.connect

    def recording_connect(*args, **kwargs):
        made.append(real_connect(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(database.sqlite3, "connect", recording_connect)
    monkeypatch.setattr(sqlite_file.sqlite3, "connect", recording_connect)
    return made


def is_closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_diary_from_a_newer_version_is_refused_with_its_connection_closed(db_path, opened):
    open_store(db_path).close()
    conn = connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    opened.clear()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_store(db_path)
    assert opened and all(is_closed(conn) for conn in opened)


def test_a_file_that_is_no_diary_is_refused_with_its_connection_closed(db_path, opened):
    db_path.write_text("this is not a database\n" * 100)
    with pytest.raises(DatabaseOpenError):
        open_store(db_path)
    assert opened and all(is_closed(conn) for conn in opened)
