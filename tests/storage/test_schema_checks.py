"""verify_schema knows the tables each schema version has, also after a table is rebuilt."""

import sqlite3
from contextlib import closing

import pytest

from diary_app.storage import migrations
from diary_app.storage.migrations import LATEST_VERSION
from diary_app.storage.migrations import SchemaMismatchError
from diary_app.storage.migrations import SchemaTooNewError
from diary_app.storage.migrations import expected_tables
from diary_app.storage.migrations import verify_schema

REBUILD = """
CREATE TABLE entries_new (id INTEGER PRIMARY KEY);
INSERT INTO entries_new (id) SELECT id FROM entries;
DROP TABLE entries;
ALTER TABLE entries_new RENAME TO entries;
"""


def test_the_tables_of_each_version():
    assert expected_tables(1) == {"profiles", "entries", "doses", "regimens", "labs"}
    assert expected_tables(LATEST_VERSION) >= expected_tables(1) | {"diary_meta"}


def test_a_table_rebuilt_by_a_migration_is_still_expected_under_its_own_name(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, REBUILD))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    assert expected_tables(migrations.LATEST_VERSION) == expected_tables(LATEST_VERSION)
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        migrations.migrate(conn)
        verify_schema(conn)  # a sound migrated diary passes


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        (f"PRAGMA user_version = {LATEST_VERSION + 1}", SchemaTooNewError),
        ("PRAGMA user_version = 0", SchemaMismatchError),
        ("DROP TABLE doses", SchemaMismatchError),
    ],
)
def test_what_verify_schema_refuses(sql, error):
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        migrations.migrate(conn)
        verify_schema(conn)
        conn.execute(sql)
        with pytest.raises(error):
            verify_schema(conn)
