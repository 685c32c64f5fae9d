"""Numbered schema migrations, each applied inside one exclusive transaction.

The schema is STRICT with CHECK constraints for every range and vocabulary, so a bad row is refused
even when the repositories are bypassed. Bit positions in the *_mask columns follow the tuples in
`diary_app.domain.vocab`.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from diary_app.domain import vocab

log = logging.getLogger(__name__)  # INFO only: see write_errors.py


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _mask_limit(values: tuple[str, ...]) -> int:
    return (1 << len(values)) - 1


def _score_columns() -> str:
    return "\n".join(
        f"    {name}_{side} INTEGER NOT NULL DEFAULT 0 CHECK ({name}_{side} BETWEEN 0 AND 10),"
        for name in vocab.SENSATIONS
        for side in vocab.SIDES
    )


def _iso_date(column: str) -> str:
    # The '+0 days' modifier makes SQLite normalise impossible days (2026-02-30 -> 2026-03-02).
    return f"{column} IS date({column}, '+0 days')"


# Version 1 knew four warning signs (bits 0-3); later ones are appended (vocab.RED_FLAGS).
V1_RED_FLAG_LIMIT = 0b1111
# Versions 1-3 knew six places (bits 0-5); version 4 appends the body map's finer places.
V1_REGION_LIMIT = 0b111111


def _entries_table(name: str, red_flag_limit: int, region_limit: int) -> str:
    return f"""
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK ({_iso_date("day")}),
{_score_columns()}
    regions_left_mask INTEGER NOT NULL DEFAULT 0
        CHECK (regions_left_mask BETWEEN 0 AND {region_limit}),
    regions_right_mask INTEGER NOT NULL DEFAULT 0
        CHECK (regions_right_mask BETWEEN 0 AND {region_limit}),
    back_pain INTEGER NOT NULL DEFAULT 0 CHECK (back_pain BETWEEN 0 AND 10),
    radiates_from_back INTEGER NOT NULL DEFAULT 0 CHECK (radiates_from_back IN (0, 1)),
    worse_with_cough INTEGER NOT NULL DEFAULT 0 CHECK (worse_with_cough IN (0, 1)),
    worse_with_sitting INTEGER NOT NULL DEFAULT 0 CHECK (worse_with_sitting IN (0, 1)),
    gait INTEGER NOT NULL DEFAULT 0 CHECK (gait BETWEEN {vocab.GAIT_MIN} AND {vocab.GAIT_MAX}),
    falls INTEGER NOT NULL DEFAULT 0 CHECK (falls BETWEEN 0 AND {vocab.MAX_FALLS_PER_DAY}),
    walk_10m_seconds REAL CHECK (walk_10m_seconds IS NULL
                                 OR walk_10m_seconds BETWEEN 1 AND {vocab.MAX_WALK_SECONDS}),
    other_symptoms_mask INTEGER NOT NULL DEFAULT 0
        CHECK (other_symptoms_mask BETWEEN 0 AND {_mask_limit(vocab.OTHER_SYMPTOMS)}),
    red_flags_mask INTEGER NOT NULL DEFAULT 0
        CHECK (red_flags_mask BETWEEN 0 AND {red_flag_limit}),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= {vocab.MAX_NOTES_LENGTH}),
    ask_doctor INTEGER NOT NULL DEFAULT 0 CHECK (ask_doctor IN (0, 1)),
    UNIQUE (profile_id, day)
) STRICT;
"""


# The medicine a dose and a plan (regimen) both name, in the same columns.
_MEDICINE_COLUMNS = f"""    substance TEXT NOT NULL CHECK (length(trim(substance)) > 0
                                   AND length(substance) <= {vocab.MAX_TEXT_FIELD}),
    form TEXT NOT NULL CHECK (form IN {_in(vocab.DOSE_FORMS)}),
    compound TEXT NOT NULL DEFAULT '' CHECK (compound IN {_in(vocab.COMPOUNDS)}),
    amount REAL NOT NULL CHECK (amount > 0 AND amount <= {vocab.MAX_AMOUNT}),
    unit TEXT NOT NULL CHECK (unit IN {_in(vocab.DOSE_UNITS)}),"""


SCHEMA_V1 = f"""
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) <= {vocab.MAX_NAME_LENGTH}),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN {vocab.MIN_BIRTH_YEAR}
                                                                   AND {vocab.MAX_BIRTH_YEAR}),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= {vocab.MAX_NOTES_LENGTH})
) STRICT;

{_entries_table("entries", V1_RED_FLAG_LIMIT, V1_REGION_LIMIT)}
CREATE TABLE doses (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL CHECK (datetime(taken_at) IS NOT NULL AND length(taken_at) >= 25),
    day TEXT NOT NULL CHECK ({_iso_date("day")} AND day = substr(taken_at, 1, 10)),
{_MEDICINE_COLUMNS}
    site TEXT NOT NULL DEFAULT '' CHECK (site IN {_in(vocab.INJECTION_SITES)}),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= {vocab.MAX_NOTES_LENGTH})
) STRICT;
CREATE INDEX doses_by_profile_day ON doses (profile_id, day);

CREATE TABLE regimens (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
{_MEDICINE_COLUMNS}
    every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND {vocab.MAX_EVERY_DAYS}),
    start TEXT NOT NULL CHECK ({_iso_date("start")}),
    "end" TEXT CHECK ("end" IS NULL OR ({_iso_date('"end"')} AND "end" >= start)),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= {vocab.MAX_NOTES_LENGTH})
) STRICT;

CREATE TABLE labs (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK ({_iso_date("day")}),
    test TEXT NOT NULL CHECK (length(trim(test)) > 0 AND length(test) <= {vocab.MAX_TEXT_FIELD}),
    value REAL NOT NULL CHECK (value >= 0 AND value <= {vocab.MAX_AMOUNT}),
    unit TEXT NOT NULL CHECK (length(unit) <= {vocab.MAX_TEXT_FIELD}),
    ref_low REAL CHECK (ref_low IS NULL OR ref_low >= 0),
    ref_high REAL CHECK (ref_high IS NULL OR ref_high >= 0),
    CHECK (ref_low IS NULL OR ref_high IS NULL OR ref_low <= ref_high)
) STRICT;
CREATE INDEX labs_by_profile_day ON labs (profile_id, day);
"""

# Version 2: a fifth warning sign, "changed sensation in the genitals or sexual function" (NICE CKS
# cauda equina). SQLite cannot widen a CHECK, so the table is rebuilt and every row copied as it was.
SCHEMA_V2 = f"""
{_entries_table("entries_v2", _mask_limit(vocab.RED_FLAGS[:5]), V1_REGION_LIMIT)}
INSERT INTO entries_v2 SELECT * FROM entries;
DROP TABLE entries;
ALTER TABLE entries_v2 RENAME TO entries;
"""

# Version 3: the diary's identity, copied into every backup, so a backup is known to belong to its
# diary. IF NOT EXISTS / OR IGNORE: a restore may already have given an older image this diary's id.
SCHEMA_V3_IDENTITY = """
CREATE TABLE IF NOT EXISTS diary_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT OR IGNORE INTO diary_meta (key, value) VALUES ('diary_id', lower(hex(randomblob(16))));
"""

# Version 4: the body map's finer places (toes, sole, heel, shin inner and outer ... fingers),
# appended to the region bits. Old rows keep their coarse places as they were: "feet" stays the
# whole foot, nothing is guessed. The table is rebuilt to widen the CHECK, every row copied as is.
SCHEMA_V4_PLACES = f"""
{_entries_table("entries_v4", _mask_limit(vocab.RED_FLAGS[:5]), _mask_limit(vocab.REGIONS[:21]))}
INSERT INTO entries_v4 SELECT * FROM entries;
DROP TABLE entries;
ALTER TABLE entries_v4 RENAME TO entries;
"""

MIGRATIONS: tuple[str, ...] = (SCHEMA_V1, SCHEMA_V2, SCHEMA_V3_IDENTITY, SCHEMA_V4_PLACES)
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer version of the program; it is left untouched."""

    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        super().__init__(
            f"this diary was written by a newer version of Symptom Diary (schema {found}; "
            f"this version reads up to {supported}); it was not changed"
        )


class SchemaMismatchError(RuntimeError):
    """The file is an SQLite database but not a (whole) Symptom Diary; it is left untouched.

    `foreign`: another program's file; otherwise tables the diary needs are missing (damage)."""

    def __init__(self, text: str, foreign: bool):
        self.foreign = foreign
        super().__init__(text)


_TABLE_CHANGES = re.compile(
    r"CREATE TABLE (?:IF NOT EXISTS )?\"?(?P<made>\w+)|DROP TABLE (?:IF EXISTS )?\"?(?P<dropped>\w+)"
    r"|ALTER TABLE \"?(?P<old>\w+)\"? RENAME TO \"?(?P<new>\w+)",
    re.IGNORECASE,
)


def expected_tables(version: int) -> set[str]:
    """The tables a diary of schema `version` has (tables made, dropped and renamed in order)."""
    tables: set[str] = set()
    for change in _TABLE_CHANGES.finditer("\n".join(MIGRATIONS[:version])):
        if change["made"]:
            tables.add(change["made"])
        elif change["dropped"]:
            tables.discard(change["dropped"])
        else:
            tables.discard(change["old"])
            tables.add(change["new"])
    return tables


def verify_schema(conn: sqlite3.Connection) -> None:
    """Refuse, before anything is written, a file this program cannot work with: a schema from a
    newer version, another program's database, or a diary with tables missing. Only reads."""
    version = schema_version(conn)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(version, LATEST_VERSION)
    found = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if version == 0:
        if found:
            raise SchemaMismatchError(
                "it is an SQLite database of another program, not a diary "
                f"(tables: {', '.join(sorted(found)[:5])})",
                foreign=True,
            )
        return
    missing = expected_tables(version) - found
    if missing:
        raise SchemaMismatchError(
            f"tables the diary needs are missing ({', '.join(sorted(missing))})", foreign=False
        )


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def pending_migrations(conn: sqlite3.Connection) -> int:
    """How many migrations the file still needs; raises SchemaTooNewError for a newer file."""
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise SchemaTooNewError(found, LATEST_VERSION)
    return LATEST_VERSION - found


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration, each in one exclusive transaction; returns how many ran."""
    applied = 0
    while pending_migrations(conn):
        version = schema_version(conn)
        conn.execute("BEGIN EXCLUSIVE")
        try:
            if schema_version(conn) == version:
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException as error:
            conn.execute("ROLLBACK")
            log.info("the upgrade from schema %d failed and was rolled back: %s", version, error)
            raise
        log.info("upgraded the diary from schema %d to %d", version, version + 1)
        applied += 1
    return applied


def _statements(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]
