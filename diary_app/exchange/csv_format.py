"""CSV export for spreadsheets (one row per day entry, companion files beside it) and its import."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from diary_app.atomic_files import atomic_write_set
from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain import dose_errors
from diary_app.domain import lab_errors
from diary_app.domain import regimen_errors
from diary_app.domain import vocab
from diary_app.exchange.csv_cells import CellReader
from diary_app.exchange.csv_cells import codes_cell
from diary_app.exchange.csv_cells import day_cell
from diary_app.exchange.csv_cells import flag_cell
from diary_app.exchange.csv_cells import neutralise
from diary_app.exchange.csv_cells import number_cell
from diary_app.exchange.errors import ImportFormatError
from diary_app.exchange.records import Where
from diary_app.exchange.records import checked
from diary_app.exchange.records import checked_profile
from diary_app.exchange.records import decode_text
from diary_app.exchange.records import entry_rules
from diary_app.exchange.records import read_import_file
from diary_app.exchange.records import refuse_repeated_days

ENCODING = "utf-8-sig"  # the byte-order mark lets spreadsheet programs recognise UTF-8 (Arabic)
SCORE_COLUMNS = tuple(f"{name}_{side}" for name in vocab.SENSATIONS for side in vocab.SIDES)
ENTRY_FLAGS = ("radiates_from_back", "worse_with_cough", "worse_with_sitting")
ENTRY_COLUMNS = (
    "profile",
    "date",
    *SCORE_COLUMNS,
    "regions_left",
    "regions_right",
    "back_pain",
    *ENTRY_FLAGS,
    "gait",
    "falls",
    "walk_10m_seconds",
    "other_symptoms",
    "red_flags",
    "ask_doctor",
    "notes",
    "format_version",
)
# Version 2 added the body map's finer places and this column; a file without it is version 1
# (six coarse places) and reads as it is.
FORMAT_VERSION = 2
PROFILE_COLUMNS = ("profile", "birth_year", "notes")
DOSE_COLUMNS = ("profile", "taken_at", "substance", "form", "compound", "amount", "unit", "site", "notes")
REGIMEN_COLUMNS = (
    "profile",
    "substance",
    "form",
    "compound",
    "amount",
    "unit",
    "every_days",
    "start",
    "end",
    "notes",
)
LAB_COLUMNS = ("profile", "date", "test", "value", "unit", "ref_low", "ref_high")
TABLES = {
    "entries": ENTRY_COLUMNS,
    "profiles": PROFILE_COLUMNS,
    "doses": DOSE_COLUMNS,
    "regimens": REGIMEN_COLUMNS,
    "labs": LAB_COLUMNS,
}
REQUIRED = {
    "entries": ("profile", "date"),
    "profiles": ("profile",),
    "doses": ("profile", "taken_at", "substance", "form", "amount", "unit"),
    "regimens": ("profile", "substance", "form", "amount", "unit", "every_days", "start"),
    "labs": ("profile", "date", "test", "value", "unit"),
}
COMPANIONS = ("profiles", "doses", "regimens", "labs")
FIELD_NAMES = {
    **{f"{name}.{side}": f"{name}_{side}" for name in vocab.SENSATIONS for side in vocab.SIDES},
    "regions.left": "regions_left",
    "regions.right": "regions_right",
    "name": "profile",
}


def companion_paths(path: Path | str) -> dict[str, Path]:
    """The main file and its companions: diary.csv -> diary_doses.csv and so on."""
    path = Path(path)
    stem = path.stem if path.suffix.lower() == ".csv" else path.name
    return {"entries": path, **{name: path.with_name(f"{stem}_{name}.csv") for name in COMPANIONS}}


# Writing


def _entry_row(name: str, entry: DayEntry) -> list[str]:
    scores = [str(entry.score(n, side)) for n in vocab.SENSATIONS for side in vocab.SIDES]
    return [
        neutralise(name),
        day_cell(entry.day),
        *scores,
        codes_cell(entry.regions_left, vocab.REGIONS),
        codes_cell(entry.regions_right, vocab.REGIONS),
        str(entry.back_pain),
        *(flag_cell(getattr(entry, f)) for f in ENTRY_FLAGS),
        str(entry.gait),
        str(entry.falls),
        number_cell(entry.walk_10m_seconds),
        codes_cell(entry.other_symptoms, vocab.OTHER_SYMPTOMS),
        codes_cell(entry.red_flags, vocab.RED_FLAGS),
        flag_cell(entry.ask_doctor),
        neutralise(entry.notes),
        str(FORMAT_VERSION),
    ]


# A companion file's column names its record's field, but for these.
_FIELDS = {"date": "day"}


def _cell(value: object) -> str:
    """A companion cell, written by the value's type (None is an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    assert isinstance(value, int | float)
    return number_cell(value)


def _record_row(name: str, record: object, columns: tuple[str, ...]) -> list[str]:
    """A companion row: the profile's name, then one cell per column after "profile"."""
    return [neutralise(name), *(_cell(getattr(record, _FIELDS.get(c, c))) for c in columns[1:])]


def _table_rows(table: str, diaries: list[ProfileDiary]) -> list[list[str]]:
    columns = TABLES[table]
    if table == "profiles":
        return [_record_row(d.profile.name, d.profile, columns) for d in diaries]
    if table == "entries":
        return [_entry_row(d.profile.name, e) for d in diaries for e in d.entries]
    return [_record_row(d.profile.name, r, columns) for d in diaries for r in getattr(d, table)]


def _csv_bytes(header: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(ENCODING)


def write_csv(diaries: list[ProfileDiary], out_path: Path | str) -> list[Path]:
    """Write the main file and its four companions, all or none; returns their paths."""
    paths = companion_paths(out_path)
    return atomic_write_set(
        {paths[table]: _csv_bytes(TABLES[table], _table_rows(table, diaries)) for table in TABLES}
    )


# Reading


def _header(row: list[str], table: str, source: str) -> list[str]:
    header = [column.strip() for column in row]
    known = TABLES[table]
    for other, columns in TABLES.items():
        if other != table and set(header) == set(columns):
            raise ImportFormatError(
                f"this looks like the {other} file of a CSV export, not the "
                f"{table} file; import the main file",
                source=source,
            )
    for index, column in enumerate(header):
        if column not in known:
            raise ImportFormatError(f"unknown column {column!r} (allowed: {', '.join(known)})", source=source)
        if column in header[:index]:
            raise ImportFormatError(f"the column {column!r} appears twice", source=source)
    missing = [c for c in REQUIRED[table] if c not in header]
    if missing:
        raise ImportFormatError(f"the required column {missing[0]!r} is missing", source=source)
    return header


def _rows(path: Path, table: str) -> list[tuple[CellReader, str]]:
    """(cells, profile name) for each non-blank row of one file."""
    try:
        text = decode_text(read_import_file(path), path.name)
    except OSError as error:
        raise ImportFormatError(f"cannot read the file ({error.strerror})", source=str(path)) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    found, header = [], None
    try:
        for cells in reader:
            line = f"{path.name} line {reader.line_num}"
            if header is None:
                header = _header(cells, table, line)
            elif cells and any(cells):
                found.append(_row(header, cells, line))
    except csv.Error as error:
        raise ImportFormatError(
            f"not valid CSV ({error})", source=f"{path.name} line {reader.line_num}"
        ) from None
    if header is None:
        raise ImportFormatError("the file is empty (no header row)", source=path.name)
    return found


def _row(header: list[str], cells: list[str], line: str) -> tuple[CellReader, str]:
    if len(cells) != len(header):
        raise ImportFormatError(
            f"the row has {len(cells)} cells but the header has {len(header)}", source=line
        )
    row = dict(zip(header, cells, strict=True))
    reader = CellReader(row, Where(source=line, field_names=FIELD_NAMES))
    name = reader.text("profile")
    reader.where = reader.where.at(profile=name)
    return reader, name


def _entry(cells: CellReader) -> DayEntry:
    version = cells.whole("format_version", default=1)
    if not 1 <= version <= FORMAT_VERSION:
        raise ImportFormatError(
            f"the row is format version {version}; this program reads versions 1 to {FORMAT_VERSION} "
            "(a newer program may have written it)",
            source=cells.where.source,
        )
    day = cells.day("date")
    cells.where = cells.where.at(record=f"entry {day.isoformat()}")
    symptoms = {
        name: SideScores(cells.whole(f"{name}_left"), cells.whole(f"{name}_right"))
        for name in vocab.SENSATIONS
    }
    entry = DayEntry(
        day,
        symptoms,
        regions_left=cells.codes("regions_left"),
        regions_right=cells.codes("regions_right"),
        back_pain=cells.whole("back_pain"),
        gait=cells.whole("gait"),
        falls=cells.whole("falls"),
        walk_10m_seconds=cells.number("walk_10m_seconds", optional=True),
        other_symptoms=cells.codes("other_symptoms"),
        red_flags=cells.codes("red_flags"),
        ask_doctor=cells.flag("ask_doctor"),
        notes=cells.text("notes"),
        **{name: cells.flag(name) for name in ENTRY_FLAGS},
    )
    return checked(entry, entry_rules(version), cells.where)


def _medicine(cells: CellReader) -> dict[str, Any]:
    """The fields a dose and a plan share: which medicine, and how much of it."""
    return {
        "substance": cells.text("substance"),
        "form": cells.text("form"),
        "amount": cells.number("amount"),
        "unit": cells.text("unit"),
        "compound": cells.text("compound"),
    }


def _dose(cells: CellReader) -> Dose:
    cells.where = cells.where.at(record="dose")
    dose = Dose(
        taken_at=cells.moment("taken_at"),
        **_medicine(cells),
        site=cells.text("site"),
        notes=cells.text("notes"),
    )
    return checked(dose, dose_errors, cells.where)


def _regimen(cells: CellReader) -> Regimen:
    cells.where = cells.where.at(record="regimen")
    regimen = Regimen(
        **_medicine(cells),
        every_days=cells.whole("every_days", required=True),
        start=cells.day("start"),
        end=cells.day("end", optional=True),
        notes=cells.text("notes"),
    )
    return checked(regimen, regimen_errors, cells.where)


def _lab(cells: CellReader) -> LabResult:
    cells.where = cells.where.at(record="lab")
    lab = LabResult(
        cells.day("date"),
        cells.text("test"),
        cells.number("value"),
        cells.text("unit"),
        ref_low=cells.number("ref_low", optional=True),
        ref_high=cells.number("ref_high", optional=True),
    )
    return checked(lab, lab_errors, cells.where)


def _profile(cells: CellReader, name: str) -> Profile:
    cells.where = cells.where.at(record="profile")
    profile = Profile(name, cells.whole("birth_year", default=None), cells.text("notes"))
    return checked_profile(profile, cells.where)


class _Collected:
    """Records gathered per profile name, in the order profiles first appear."""

    def __init__(self) -> None:
        self.profiles: dict[str, Profile] = {}
        self.records: dict[str, dict[str, list[tuple[Any, Where]]]] = {}

    def add_profile(self, profile: Profile, where: Where) -> None:
        if profile.name in self.profiles:
            raise where.error("profile", "the profile appears twice in the profiles file")
        self.profiles[profile.name] = profile
        self._lists(profile.name, where)

    def add(self, table: str, name: str, record: object, where: Where) -> None:
        self._lists(name, where)[table].append((record, where))

    def _lists(self, name: str, where: Where) -> dict[str, list[tuple[Any, Where]]]:
        if name not in self.records:
            self.profiles.setdefault(name, checked_profile(Profile(name), where))
            self.records[name] = {table: [] for table in ("entries", "doses", "regimens", "labs")}
        return self.records[name]

    def diaries(self) -> list[ProfileDiary]:
        result = []
        for name, lists in self.records.items():
            refuse_repeated_days(lists["entries"])
            records = {table: tuple(r for r, _ in pairs) for table, pairs in lists.items()}
            result.append(ProfileDiary(self.profiles[name], **records))
        return result


READERS = {"entries": _entry, "doses": _dose, "regimens": _regimen, "labs": _lab}


def read_csv(path: Path | str) -> list[ProfileDiary]:
    """The diaries in a CSV export: the main file plus whichever companion files exist."""
    paths = companion_paths(path)
    collected = _Collected()
    if paths["profiles"].exists():
        for cells, name in _rows(paths["profiles"], "profiles"):
            collected.add_profile(_profile(cells, name), cells.where)
    for table, read_record in READERS.items():
        if table == "entries" or paths[table].exists():
            for cells, name in _rows(paths[table], table):
                collected.add(table, name, read_record(cells), cells.where)
    return collected.diaries()
