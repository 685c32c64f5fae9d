"""Format 2 carries the finer places; files of format 1 (coarse places, no version column) still import."""

import json
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.exchange import ImportFormatError
from diary_app.exchange import diaries_from_json
from diary_app.exchange import diaries_to_json
from diary_app.exchange import read_csv
from diary_app.exchange import write_csv

EXPORTED_AT = datetime(2026, 11, 25, 10, tzinfo=UTC)
FINE = DayEntry(
    date(2026, 10, 1),
    regions_left=frozenset({"shin_outer", "foot_top_big_toe_side", "toes"}),
    regions_right=frozenset({"saddle", "fingers", "hands", "heel"}),
)
OLD_CSV_HEADER = "profile,date,pain_left,regions_left,regions_right,notes\r\n"


def diary_of(*entries: DayEntry) -> ProfileDiary:
    return ProfileDiary(Profile(name="Ann"), entries=list(entries))


def test_json_is_written_as_format_2_and_keeps_the_finer_places():
    text = diaries_to_json([diary_of(FINE)], EXPORTED_AT)
    document = json.loads(text)
    assert document["version"] == 2
    assert sorted(document["profiles"][0]["entries"][0]["regions"]["left"]) == [
        "foot_top_big_toe_side",
        "shin_outer",
        "toes",
    ]
    (back,) = diaries_from_json(text)
    assert list(back.entries) == [FINE]


def test_a_format_1_json_file_keeps_its_coarse_places():
    text = json.dumps(
        {
            "format": "symptom-diary",
            "version": 1,
            "profiles": [
                {
                    "name": "Ann",
                    "entries": [
                        {
                            "date": "2026-10-01",
                            "regions": {"left": ["feet", "knee_thigh"], "right": ["hands"]},
                        }
                    ],
                }
            ],
        }
    )
    (diary,) = diaries_from_json(text)
    (entry,) = diary.entries
    assert entry.regions_left == {"feet", "knee_thigh"}  # the whole foot: nothing invented
    assert entry.regions_right == {"hands"}


def test_a_newer_json_format_is_refused():
    text = json.dumps({"format": "symptom-diary", "version": 3, "profiles": []})
    with pytest.raises(ImportFormatError, match="versions 1 to 2"):
        diaries_from_json(text)


def test_csv_is_written_as_format_2_and_keeps_the_finer_places(tmp_path):
    path = tmp_path / "diary.csv"
    write_csv([diary_of(FINE)], path)
    rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(",format_version") and rows[1].endswith(",2")
    (back,) = read_csv(path)
    assert list(back.entries) == [FINE]


def test_a_format_1_csv_file_without_the_version_column_keeps_its_coarse_places(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        OLD_CSV_HEADER + "Ann,2026-10-01,3,feet;lower_leg,buttock_hip;lower_back,\r\n", encoding="utf-8"
    )
    (diary,) = read_csv(path)
    (entry,) = diary.entries
    assert entry.regions_left == {"feet", "lower_leg"}
    assert entry.regions_right == {"buttock_hip", "lower_back"}


def test_a_newer_csv_row_is_refused(tmp_path):
    path = tmp_path / "new.csv"
    path.write_text("profile,date,format_version\r\nAnn,2026-10-01,3\r\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="format version 3"):
        read_csv(path)
