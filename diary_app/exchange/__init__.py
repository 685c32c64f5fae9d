"""Import and export of whole diaries: JSON "diary v1" and CSV for spreadsheets (written atomically)."""

from diary_app.atomic_files import atomic_write_bytes
from diary_app.atomic_files import atomic_write_text
from diary_app.exchange.csv_format import companion_paths
from diary_app.exchange.csv_format import read_csv
from diary_app.exchange.csv_format import write_csv
from diary_app.exchange.errors import ImportFormatError
from diary_app.exchange.files import detect_format
from diary_app.exchange.files import read_diary_file
from diary_app.exchange.json_format import diaries_from_json
from diary_app.exchange.json_format import diaries_to_json

__all__ = [
    "ImportFormatError",
    "atomic_write_bytes",
    "atomic_write_text",
    "companion_paths",
    "detect_format",
    "diaries_from_json",
    "diaries_to_json",
    "read_csv",
    "read_diary_file",
    "write_csv",
]
