"""The repository: every read returns domain records, every user action is one transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING
from typing import Any

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import dose_errors
from diary_app.domain import entry_errors
from diary_app.domain import lab_errors
from diary_app.domain import profile_errors
from diary_app.domain import regimen_errors
from diary_app.domain import require_valid
from diary_app.storage import rows
from diary_app.storage.backup import backup_before_change
from diary_app.storage.database import sqlite_utils_database
from diary_app.storage.write_errors import named_on_refusal
from diary_app.storage.write_errors import write_transaction

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)  # INFO only: see write_errors.py


class UnknownProfileError(LookupError):
    """No profile has that name or id."""


class DuplicateError(ValueError):
    """A record with that key exists already (a profile name, or a profile's date)."""


class DiaryStore:
    """Profiles, day entries, doses, regimens and labs in one SQLite diary."""

    def __init__(self, source: sqlite_utils.Database | sqlite3.Connection):
        """On an opened diary; reads use the connection, writes sqlite_utils (made at the first)."""
        if isinstance(source, sqlite3.Connection):
            self.conn, self._db = source, None
        else:
            self.conn, self._db = source.conn, source

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = sqlite_utils_database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def select_rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts by column name (sqlite_utils' execute_returning_dicts, without sqlite_utils)."""
        cursor = self.conn.execute(sql, params or [])
        keys = [column[0] for column in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

    # Profiles

    def profiles(self) -> list[Profile]:
        return [rows.profile_from_row(r) for r in self.select_rows("SELECT * FROM profiles ORDER BY id")]

    def profile_named(self, name: str) -> Profile:
        found = self.select_rows("SELECT * FROM profiles WHERE name = ?", [name])
        if not found:
            raise UnknownProfileError(f"no profile is named {name!r}")
        return rows.profile_from_row(found[0])

    def profile(self, profile_id: int) -> Profile:
        found = self.select_rows("SELECT * FROM profiles WHERE id = ?", [profile_id])
        if not found:
            raise UnknownProfileError(f"no profile has id {profile_id}")
        return rows.profile_from_row(found[0])

    def add_profile(self, profile: Profile) -> Profile:
        require_valid(profile_errors(profile))
        with write_transaction(self.db):
            return self._insert_profile(profile)

    def _insert_profile(self, profile: Profile) -> Profile:
        if self.db.execute("SELECT 1 FROM profiles WHERE name = ?", [profile.name]).fetchone():
            raise DuplicateError(f"a profile named {profile.name!r} exists already")
        new_id = self.db.table("profiles").insert(rows.profile_to_row(profile)).last_pk
        return replace(profile, id=new_id)

    def update_profile(self, profile: Profile) -> Profile:
        require_valid(profile_errors(profile))
        with write_transaction(self.db):
            clash = self.db.execute(
                "SELECT 1 FROM profiles WHERE name = ? AND id != ?", [profile.name, profile.id]
            ).fetchone()
            if clash:
                raise DuplicateError(f"a profile named {profile.name!r} exists already")
            profile_id = _stored_id(profile)
            self.profile(profile_id)
            self.db.table("profiles").update(profile_id, rows.profile_to_row(profile))
        return profile

    def ensure_profile(self, name: str) -> Profile:
        """The profile with that name, created when it does not exist."""
        try:
            return self.profile_named(name)
        except UnknownProfileError:
            return self.add_profile(Profile(name=name))

    # Day entries

    def save_entry(self, profile_id: int, entry: DayEntry, today: date | None = None) -> None:
        """Insert or replace the entry for its date, in one transaction."""
        require_valid(entry_errors(entry, today=today))
        with write_transaction(self.db):
            self._upsert_entry(profile_id, entry)

    def _upsert_entry(self, profile_id: int, entry: DayEntry) -> None:
        row = rows.entry_to_row(profile_id, entry)
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("profile_id", "day"))
        self.db.execute(
            f"INSERT INTO entries ({columns}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT (profile_id, day) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def entry(self, profile_id: int, day: date) -> DayEntry | None:
        found = self.select_rows(
            "SELECT * FROM entries WHERE profile_id = ? AND day = ?", [profile_id, day.isoformat()]
        )
        return rows.entry_from_row(found[0]) if found else None

    def delete_entry(self, profile_id: int, day: date) -> DayEntry | None:
        """Delete one day's entry and return it (for undo)."""
        with write_transaction(self.db):
            old = self.entry(profile_id, day)
            self.db.execute(
                "DELETE FROM entries WHERE profile_id = ? AND day = ?", [profile_id, day.isoformat()]
            )
        return old

    def entries(self, profile_id: int, start: date | None = None, end: date | None = None) -> list[DayEntry]:
        """The profile's entries between start and end (inclusive), oldest first."""
        where, params = _period_clause("day", profile_id, start, end)
        found = self.select_rows(f"SELECT * FROM entries WHERE {where} ORDER BY day", params)
        return [rows.entry_from_row(r) for r in found]

    def latest_entry_before(self, profile_id: int, day: date) -> DayEntry | None:
        found = self.select_rows(
            "SELECT * FROM entries WHERE profile_id = ? AND day < ? ORDER BY day DESC LIMIT 1",
            [profile_id, day.isoformat()],
        )
        return rows.entry_from_row(found[0]) if found else None

    def entry_count(self, profile_id: int) -> int:
        count: int = self.conn.execute(
            "SELECT count(*) FROM entries WHERE profile_id = ?", [profile_id]
        ).fetchone()[0]
        return count

    def record_span(self, profile_id: int) -> tuple[date, date] | None:
        """The first and last day of the profile's entries, doses and labs; None when it has none."""
        days = " UNION ALL ".join(
            f"SELECT min(day) AS first, max(day) AS last FROM {table} WHERE profile_id = ?"
            for table in ("entries", "doses", "labs")
        )
        first, last = self.conn.execute(
            f"SELECT min(first), max(last) FROM ({days})", [profile_id] * 3
        ).fetchone()
        return (date.fromisoformat(first), date.fromisoformat(last)) if first else None

    # Doses, regimens, labs

    def add_dose(self, profile_id: int, dose: Dose) -> Dose:
        require_valid(dose_errors(dose))
        with write_transaction(self.db):
            new_id = self.db.table("doses").insert(rows.dose_to_row(profile_id, dose)).last_pk
        return replace(dose, id=new_id)

    def update_dose(self, profile_id: int, dose: Dose) -> Dose:
        require_valid(dose_errors(dose))
        with write_transaction(self.db):
            self._update_owned("doses", profile_id, dose.id, rows.dose_to_row(profile_id, dose))
        return dose

    def doses(self, profile_id: int, start: date | None = None, end: date | None = None) -> list[Dose]:
        where, params = _period_clause("day", profile_id, start, end)
        found = self.select_rows(
            f"SELECT * FROM doses WHERE {where} ORDER BY julianday(taken_at), id", params
        )
        return [rows.dose_from_row(r) for r in found]

    def add_regimen(self, profile_id: int, regimen: Regimen) -> Regimen:
        require_valid(regimen_errors(regimen))
        with write_transaction(self.db):
            new_id = self.db.table("regimens").insert(rows.regimen_to_row(profile_id, regimen)).last_pk
        return replace(regimen, id=new_id)

    def update_regimen(self, profile_id: int, regimen: Regimen) -> Regimen:
        require_valid(regimen_errors(regimen))
        with write_transaction(self.db):
            row = rows.regimen_to_row(profile_id, regimen)
            self._update_owned("regimens", profile_id, regimen.id, row)
        return regimen

    def regimens(self, profile_id: int) -> list[Regimen]:
        found = self.select_rows(
            "SELECT * FROM regimens WHERE profile_id = ? ORDER BY start, id", [profile_id]
        )
        return [rows.regimen_from_row(r) for r in found]

    def add_lab(self, profile_id: int, lab: LabResult) -> LabResult:
        require_valid(lab_errors(lab))
        with write_transaction(self.db):
            new_id = self.db.table("labs").insert(rows.lab_to_row(profile_id, lab)).last_pk
        return replace(lab, id=new_id)

    def update_lab(self, profile_id: int, lab: LabResult) -> LabResult:
        require_valid(lab_errors(lab))
        with write_transaction(self.db):
            self._update_owned("labs", profile_id, lab.id, rows.lab_to_row(profile_id, lab))
        return lab

    def labs(self, profile_id: int, start: date | None = None, end: date | None = None) -> list[LabResult]:
        where, params = _period_clause("day", profile_id, start, end)
        found = self.select_rows(f"SELECT * FROM labs WHERE {where} ORDER BY day, id", params)
        return [rows.lab_from_row(r) for r in found]

    def delete_record(self, table: str, profile_id: int, record_id: int) -> None:
        """Delete one dose, regimen or lab of this profile."""
        if table not in ("doses", "regimens", "labs"):
            raise ValueError(f"not a record table: {table}")
        with write_transaction(self.db):
            self.db.execute(f"DELETE FROM {table} WHERE id = ? AND profile_id = ?", [record_id, profile_id])

    def _update_owned(self, table: str, profile_id: int, record_id: int | None, row: rows.Row) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in row)
        cursor = self.db.execute(
            f"UPDATE {table} SET {sets} WHERE id = ? AND profile_id = ?",
            [*row.values(), record_id, profile_id],
        )
        if cursor.rowcount != 1:
            log.info("no %s with id %s in profile %s to update", table[:-1], record_id, profile_id)
            raise LookupError(f"no {table[:-1]} with id {record_id} in this profile")

    # Whole diaries

    def load_diary(self, profile_id: int, start: date | None = None, end: date | None = None) -> ProfileDiary:
        """A profile with its records in the period (regimens: all of them)."""
        return ProfileDiary(
            profile=self.profile(profile_id),
            entries=tuple(self.entries(profile_id, start, end)),
            doses=tuple(self.doses(profile_id, start, end)),
            regimens=tuple(self.regimens(profile_id)),
            labs=tuple(self.labs(profile_id, start, end)),
        )

    def import_diaries(self, diaries: Iterable[ProfileDiary], replace_days: bool = False) -> dict[str, int]:
        """Add whole diaries in one transaction: every record lands, or none does.

        Profiles are matched by name. A date the profile already has is refused unless
        `replace_days`; doses, regimens and labs are added unless an identical one is there.
        """
        diaries = list(diaries)
        if replace_days:
            backup_before_change(self.conn, "before-import")
        counts = {"profiles_created": 0, "entries": 0, "doses": 0, "regimens": 0, "labs": 0}
        with write_transaction(self.db):
            for diary in diaries:
                self._import_one(diary, replace_days, counts)
        return counts

    def _import_one(self, diary: ProfileDiary, replace_days: bool, counts: dict[str, int]) -> None:
        try:
            profile = self.profile_named(diary.profile.name)
        except UnknownProfileError:
            profile = self._insert_profile(diary.profile)
            counts["profiles_created"] += 1
        profile_id = _stored_id(profile)
        existing = {e.day for e in self.entries(profile_id)}
        for entry in diary.entries:
            if entry.day in existing and not replace_days:
                raise DuplicateError(
                    f"profile {profile.name!r} already has an entry for {entry.day.isoformat()} "
                    "(use --replace to overwrite it)"
                )
            with named_on_refusal(profile.name, "entries", {"day": entry.day.isoformat()}):
                self._upsert_entry(profile_id, entry)
        inserts = (
            ("doses", [rows.dose_to_row(profile_id, d) for d in diary.doses]),
            ("regimens", [rows.regimen_to_row(profile_id, r) for r in diary.regimens]),
            ("labs", [rows.lab_to_row(profile_id, lab) for lab in diary.labs]),
        )
        for table, candidates in inserts:
            new_rows = self._rows_not_present(table, candidates)
            for row in new_rows:  # one by one, so a refused row can be named
                with named_on_refusal(profile.name, table, row):
                    self.db.table(table).insert(row)
            counts[table] += len(new_rows)
        counts["entries"] += len(diary.entries)

    def _rows_not_present(self, table: str, candidates: list[rows.Row]) -> list[rows.Row]:
        """Rows without an identical one in the table already (re-importing a backup adds nothing)."""
        if not candidates:
            return []
        columns = list(candidates[0])
        present = {
            tuple(row[c] for c in columns)
            for row in self.select_rows(
                f"SELECT * FROM {table} WHERE profile_id = ?", [candidates[0]["profile_id"]]
            )
        }
        return [row for row in candidates if tuple(row.values()) not in present]


def _period_clause(
    column: str, profile_id: int, start: date | None, end: date | None
) -> tuple[str, list[object]]:
    clauses = ["profile_id = ?"]
    params: list[object] = [profile_id]
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append(f"{column} <= ?")
        params.append(end.isoformat())
    return " AND ".join(clauses), params


def _stored_id(profile: Profile) -> int:
    """The id of a profile read from the diary (one never saved has none: no such profile)."""
    if profile.id is None:
        raise UnknownProfileError(f"no profile has id {profile.id}")
    return profile.id
