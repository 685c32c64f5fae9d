"""Reading an import file of either format: the format comes from the extension or the content."""

from __future__ import annotations

from pathlib import Path

from diary_app.domain import ProfileDiary
from diary_app.exchange.csv_format import read_csv
from diary_app.exchange.errors import ImportFormatError
from diary_app.exchange.json_format import diaries_from_json
from diary_app.exchange.records import decode_text
from diary_app.exchange.records import read_import_file

FORMATS = ("json", "csv")


def detect_format(path: Path, head: bytes) -> str:
    """'json' or 'csv': by the extension, else by whether the text starts with '{'."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    return "json" if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{") else "csv"


def read_diary_file(path: Path | str) -> list[ProfileDiary]:
    """Every diary in a JSON or CSV export; raises ImportFormatError (nothing is changed)."""
    path = Path(path)
    data = read_import_file(path)
    if detect_format(path, data[:64]) == "csv":
        return read_csv(path)
    try:
        return diaries_from_json(decode_text(data, path.name))
    except ImportFormatError as error:
        if error.source:
            raise
        raise ImportFormatError(
            error.problem, source=path.name, profile=error.profile, record=error.record, field=error.field
        ) from None
