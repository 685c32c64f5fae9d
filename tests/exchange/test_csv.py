"""CSV export and import: round trips, formula-injection neutralisation, clear errors."""

import csv
import tempfile
from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app.demo import PATTERNS
from diary_app.demo import demo_diary
from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.exchange import ImportFormatError
from diary_app.exchange import companion_paths
from diary_app.exchange import read_csv
from diary_app.exchange import read_diary_file
from diary_app.exchange import write_csv
from diary_app.exchange.csv_cells import FORMULA_STARTS
from diary_app.exchange.csv_cells import neutralise
from diary_app.exchange.csv_cells import restore
from tests.strategies import diary_lists
from tests.strategies import offsets
from tests.strategies import texts

INJECTIONS = (
    "=SUM(A1)",
    "+1",
    "-2",
    "@x",
    "\tstarts with a tab",
    "\rstarts with CR",
    "\nstarts with LF",
    "'already quoted",
    "''",
    "=cmd|' /C calc'!A0",
    "-",
    "+",
    "@",
    "=",
)
AWKWARD = (
    "تنميل في القدمين، وألم في الساق",
    'he said "stop"',
    "a,b,c",
    "line one\nline two",
    "cr\rinside",
    "crlf\r\nend",
    "trailing space ",
    "",
    "'",
    "ends with '",
    "🦶 feet",
)
PLACE = timezone(timedelta(hours=3))


def round_trip(diaries, folder: Path, name: str = "export.csv"):
    out = folder / name
    write_csv(diaries, out)
    return read_csv(out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diary_lists())
def test_any_valid_diary_round_trips_through_csv(diaries):
    with tempfile.TemporaryDirectory() as folder:
        back = round_trip(diaries, Path(folder))
    assert back == diaries
    assert offsets(back) == offsets(diaries)


@settings(deadline=None)
@given(texts(60))
def test_neutralise_is_undone_exactly_and_never_leaves_a_formula_start(text):
    cell = neutralise(text)
    assert restore(cell) == text
    assert not cell.startswith(FORMULA_STARTS)


def _tricky_diary(text: str) -> ProfileDiary:
    day = date(2026, 10, 1)
    return ProfileDiary(
        Profile(name=text.strip() or "x" + text, notes=text),
        entries=(DayEntry(day, notes=text),),
        doses=(
            Dose(
                datetime(2026, 10, 1, 9, tzinfo=PLACE),
                "folic acid" if not text.strip() else text,
                "oral",
                5,
                "mg",
                notes=text,
            ),
        ),
        regimens=(Regimen(text if text.strip() else "b12", "oral", 1000, "µg", 1, day, notes=text),),
        labs=(LabResult(day, text if text.strip() else "mcv", 99.5, text if len(text) < 200 else "fL"),),
    )


@pytest.mark.parametrize("text", INJECTIONS + AWKWARD)
def test_injection_and_awkward_text_round_trips(tmp_path, text):
    diary = _tricky_diary(text)
    assert round_trip([diary], tmp_path) == [diary]


@pytest.mark.parametrize("text", INJECTIONS)
def test_no_written_text_cell_starts_like_a_formula(tmp_path, text):
    write_csv([_tricky_diary(text)], tmp_path / "export.csv")
    for path in companion_paths(tmp_path / "export.csv").values():
        with path.open(encoding="utf-8-sig", newline="") as stream:
            for row in list(csv.reader(stream))[1:]:
                assert [cell for cell in row if cell.startswith(FORMULA_STARTS)] == []


def test_numbers_are_written_as_numbers_not_neutralised(tmp_path):
    diary = ProfileDiary(
        Profile("Numbers"),
        labs=(
            LabResult(date(2026, 10, 1), "mma", 0.00001, "µmol/L", ref_low=0, ref_high=0.4),
            LabResult(date(2026, 10, 1), "hba1c", 123456.789, "%"),
        ),
        doses=(
            Dose(datetime(2026, 10, 1, 9, tzinfo=timezone(timedelta(hours=-5))), "x", "oral", 2.5, "tablet"),
        ),
    )
    write_csv([diary], tmp_path / "n.csv")
    labs = (tmp_path / "n_labs.csv").read_text(encoding="utf-8-sig").splitlines()
    assert labs[1] == "Numbers,2026-10-01,mma,1e-05,µmol/L,0,0.4"
    assert labs[2] == "Numbers,2026-10-01,hba1c,123456.789,%,,"
    doses = (tmp_path / "n_doses.csv").read_text(encoding="utf-8-sig").splitlines()
    assert doses[1] == "Numbers,2026-10-01T09:00:00-05:00,x,oral,,2.5,tablet,,"
    assert read_csv(tmp_path / "n.csv") == [diary]


def test_a_negative_number_typed_into_a_numeric_column_is_a_range_error(tmp_path):
    write_csv([ProfileDiary(Profile("P"), entries=(DayEntry(date(2026, 10, 1)),))], tmp_path / "e.csv")
    path = tmp_path / "e.csv"
    text = path.read_text(encoding="utf-8-sig").replace("P,2026-10-01,0,", "P,2026-10-01,-2,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        read_csv(path)
    assert str(caught.value) == (
        "e.csv line 2: profile 'P', entry 2026-10-01, field 'tingling_left': "
        "value -2 breaks rule 'out_of_range' (0–10)"
    )


@pytest.mark.parametrize("pattern", PATTERNS)
def test_demo_data_round_trips_through_csv(tmp_path, pattern):
    diary = demo_diary(150, pattern, seed=5, end=date(2026, 11, 25))
    assert round_trip([diary], tmp_path) == [diary]


def test_files_are_utf8_with_bom_and_crlf_and_read_back_without_them(tmp_path):
    diary = _tricky_diary("تنميل")
    write_csv([diary], tmp_path / "x.csv")
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    plain = raw.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    (tmp_path / "x.csv").write_bytes(plain)
    assert read_csv(tmp_path / "x.csv") == [diary]


def test_companion_files_are_named_after_the_main_file(tmp_path):
    paths = companion_paths(tmp_path / "diary 2026.csv")
    assert [p.name for p in paths.values()] == [
        "diary 2026.csv",
        "diary 2026_profiles.csv",
        "diary 2026_doses.csv",
        "diary 2026_regimens.csv",
        "diary 2026_labs.csv",
    ]
    written = write_csv([_tricky_diary("x")], tmp_path / "diary 2026.csv")
    assert written == list(paths.values()) and all(p.stat().st_mode & 0o777 == 0o600 for p in written)


def test_missing_companion_files_mean_no_such_records(tmp_path):
    write_csv([_tricky_diary("x")], tmp_path / "x.csv")
    for name in ("profiles", "doses", "regimens", "labs"):
        (tmp_path / f"x_{name}.csv").unlink()
    (diary,) = read_csv(tmp_path / "x.csv")
    assert diary.profile == Profile("x") and len(diary.entries) == 1 and diary.doses == ()


def test_profiles_without_records_survive(tmp_path):
    diaries = [ProfileDiary(Profile("Empty", birth_year=1950, notes="=note")), _tricky_diary("y")]
    assert round_trip(diaries, tmp_path) == diaries


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


ENTRY_HEADER = "profile,date,tingling_left,tingling_right,notes\r\n"


@pytest.mark.parametrize(
    "body, words",
    [
        ("P,2026-02-30,1,1,\r\n", "line 2: profile 'P', field 'date': '2026-02-30' is not a real date"),
        (
            "P,2026-10-01,1,1,\r\nP,2026-10-01,2,2,\r\n",
            "line 3: profile 'P', entry 2026-10-01, field 'date': 2026-10-01 appears twice",
        ),
        ("P,2026-10-01,one,1,\r\n", "field 'tingling_left': 'one' is not a whole number"),
        ("P,2026-10-01,1.5,1,\r\n", "field 'tingling_left': '1.5' is not a whole number"),
        ("P,2026-10-01,1,\r\n", "line 2: the row has 4 cells but the header has 5"),
        (",2026-10-01,1,1,\r\n", "field 'profile': a profile needs a name"),
        ('P,2026-10-01,1,1,"unclosed\r\n', "line 2: not valid CSV (unexpected end of data)"),
    ],
)
def test_bad_rows_are_refused_with_line_and_field(tmp_path, body, words):
    with pytest.raises(ImportFormatError) as caught:
        read_csv(_write(tmp_path / "e.csv", ENTRY_HEADER + body))
    assert words in str(caught.value)
    assert str(caught.value).startswith("e.csv line")


@pytest.mark.parametrize(
    "header, words",
    [
        ("profile,date,colour\r\n", "unknown column 'colour'"),
        ("profile,date,date\r\n", "the column 'date' appears twice"),
        ("profile,tingling_left\r\n", "the required column 'date' is missing"),
        ("profile,taken_at,substance,form,compound,amount,unit,site,notes\r\n", "the doses file"),
    ],
)
def test_bad_headers_are_refused(tmp_path, header, words):
    with pytest.raises(ImportFormatError, match=words):
        read_csv(_write(tmp_path / "e.csv", header))


def test_empty_file_and_invalid_utf8(tmp_path):
    with pytest.raises(ImportFormatError, match="empty"):
        read_csv(_write(tmp_path / "e.csv", ""))
    (tmp_path / "e.csv").write_bytes(ENTRY_HEADER.encode() + b"P,2026-10-01,1,1,caf\xe9\r\n")
    with pytest.raises(ImportFormatError, match=r"e.csv: the file is not UTF-8 text \(byte 0xe9"):
        read_csv(tmp_path / "e.csv")


def test_boolean_and_number_cells_are_strict(tmp_path):
    header = "profile,date,ask_doctor,walk_10m_seconds\r\n"
    with pytest.raises(ImportFormatError, match="'yes' must be 0 \\(no\\) or 1 \\(yes\\)"):
        read_csv(_write(tmp_path / "e.csv", header + "P,2026-10-01,yes,\r\n"))
    with pytest.raises(ImportFormatError, match="'12,5' is not a number"):
        read_csv(_write(tmp_path / "e.csv", header + 'P,2026-10-01,1,"12,5"\r\n'))
    with pytest.raises(ImportFormatError, match="'1e999' is too large"):
        read_csv(_write(tmp_path / "e.csv", header + "P,2026-10-01,1,1e999\r\n"))
    (diary,) = read_csv(_write(tmp_path / "e.csv", header + "P,2026-10-01,1,12.5\r\n"))
    assert diary.entries[0].walk_10m_seconds == 12.5 and diary.entries[0].ask_doctor


def test_hand_made_csv_with_few_columns_and_blank_lines(tmp_path):
    text = (
        "date,profile,pain_left,regions_left,other_symptoms\r\n"
        "\r\n2026-10-01,Amal,3,feet; lower_leg,fatigue\r\n"
    )
    (diary,) = read_diary_file(_write(tmp_path / "mine.csv", text))
    (entry,) = diary.entries
    assert entry.score("pain", "left") == 3 and entry.regions_left == {"feet", "lower_leg"}
    assert entry.other_symptoms == {"fatigue"} and entry.score("pain", "right") == 0


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(INJECTIONS + AWKWARD), st.sampled_from(INJECTIONS + AWKWARD))
def test_two_tricky_texts_joined_still_round_trip(first, second):
    text = first + second
    with tempfile.TemporaryDirectory() as folder:
        assert round_trip([_tricky_diary(text)], Path(folder)) == [_tricky_diary(text)]


def test_validation_errors_use_the_column_names(tmp_path):
    text = "profile,date,regions_left\r\nP,2026-10-01,feet;toes\r\n"
    with pytest.raises(ImportFormatError) as caught:
        read_csv(_write(tmp_path / "e.csv", text))
    assert str(caught.value).startswith(
        "e.csv line 2: profile 'P', entry 2026-10-01, field 'regions_left': "
        "value 'toes' breaks rule 'not_allowed'"
    )


@pytest.mark.parametrize(
    "text", [" =1+1", "  +SUM(A1)", "\u00a0-2+3", "\uff1d1+1", "\u3000\uff0b1", "\uff20SUM(A1)", "\uff0d1"]
)
def test_formulas_behind_spaces_or_in_fullwidth_are_neutralised(tmp_path, text):
    assert neutralise(text) == "'" + text and restore(neutralise(text)) == text
    diary = _tricky_diary(text)
    assert round_trip([diary], tmp_path) == [diary]


def test_arabic_indic_and_fullwidth_digits_in_number_cells_are_read_on_purpose(tmp_path):
    header = "profile,date,pain_left,walk_10m_seconds\r\n"
    (diary,) = read_csv(_write(tmp_path / "e.csv", header + "P,2026-10-01,\u0667,\uff11\uff12.5\r\n"))
    assert diary.entries[0].score("pain", "left") == 7 and diary.entries[0].walk_10m_seconds == 12.5
