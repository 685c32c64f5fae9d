"""Strict JSON import: every problem is refused with the profile, record and field named."""

import copy
import json
from pathlib import Path

import pytest

from diary_app.exchange import ImportFormatError
from diary_app.exchange import diaries_from_json
from diary_app.exchange import read_diary_file

GOOD = {
    "format": "symptom-diary",
    "version": 1,
    "exported_at": "2026-11-25T10:00:00+00:00",
    "profiles": [
        {
            "name": "Amal",
            "birth_year": 1958,
            "notes": "",
            "entries": [
                {
                    "date": "2026-10-01",
                    "symptoms": {"tingling": {"left": 4, "right": 5}},
                    "regions": {"left": ["feet"], "right": ["feet"]},
                    "notes": "تنميل",
                },
                {"date": "2026-10-02", "gait": 1},
            ],
            "doses": [
                {
                    "taken_at": "2026-10-01T09:00:00+03:00",
                    "substance": "vitamin_b12",
                    "form": "injection",
                    "amount": 1000,
                    "unit": "µg",
                }
            ],
            "regimens": [
                {
                    "substance": "vitamin_b12",
                    "form": "injection",
                    "amount": 1000,
                    "unit": "µg",
                    "every_days": 7,
                    "start": "2026-10-01",
                }
            ],
            "labs": [{"date": "2026-09-20", "test": "b12", "value": 150, "unit": "pg/mL"}],
        }
    ],
}


def changed(edit) -> str:
    document = copy.deepcopy(GOOD)
    edit(document)
    return json.dumps(document, ensure_ascii=False)


def profile(document):
    return document["profiles"][0]


def refused(text: str) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        diaries_from_json(text)
    assert "\n" not in str(caught.value)
    return caught.value


def test_the_good_document_reads():
    (diary,) = diaries_from_json(changed(lambda d: None))
    assert diary.profile.name == "Amal" and len(diary.entries) == 2


@pytest.mark.parametrize(
    "edit, record, field",
    [
        (lambda d: profile(d)["entries"][1].update(colour="red"), "entry 2026-10-02", "colour"),
        (
            lambda d: profile(d)["entries"][0]["symptoms"].update(itching={"left": 1}),
            "entry 2026-10-01",
            "symptoms.itching",
        ),
        (
            lambda d: profile(d)["entries"][0]["symptoms"]["tingling"].update(middle=1),
            "entry 2026-10-01",
            "symptoms.tingling.middle",
        ),
        (
            lambda d: profile(d)["entries"][0]["regions"].update(centre=[]),
            "entry 2026-10-01",
            "regions.centre",
        ),
        (lambda d: profile(d)["doses"][0].update(route="im"), "dose #1", "route"),
        (lambda d: profile(d)["regimens"][0].update(every="week"), "regimen #1", "every"),
        (lambda d: profile(d)["labs"][0].update(flag="low"), "lab #1", "flag"),
        (lambda d: profile(d).update(age=68), None, "age"),
    ],
)
def test_unknown_keys_are_errors_naming_the_record(edit, record, field):
    error = refused(changed(edit))
    assert (error.profile, error.record, error.field) == ("Amal", record, field)
    assert "unknown key" in str(error)


def test_unknown_top_level_key():
    error = refused(changed(lambda d: d.update(extra=1)))
    assert error.field == "extra"


@pytest.mark.parametrize(
    "edit, record, field, words",
    [
        (
            lambda d: profile(d)["entries"][0]["symptoms"]["tingling"].update(left="4"),
            "entry 2026-10-01",
            "symptoms.tingling.left",
            "wrong_type",
        ),
        (
            lambda d: profile(d)["entries"][0]["symptoms"]["tingling"].update(left=4.0),
            "entry 2026-10-01",
            "symptoms.tingling.left",
            "wrong_type",
        ),
        (
            lambda d: profile(d)["entries"][0]["symptoms"]["tingling"].update(left=11),
            "entry 2026-10-01",
            "symptoms.tingling.left",
            "out_of_range",
        ),
        (lambda d: profile(d)["entries"][1].update(gait=True), "entry 2026-10-02", "gait", "wrong_type"),
        (
            lambda d: profile(d)["entries"][1].update(radiates_from_back=1),
            "entry 2026-10-02",
            "radiates_from_back",
            "wrong_type",
        ),
        (lambda d: profile(d)["entries"][1].update(notes=None), "entry 2026-10-02", "notes", "wrong_type"),
        (
            lambda d: profile(d)["entries"][1].update(other_symptoms="fatigue"),
            "entry 2026-10-02",
            "other_symptoms",
            "list of codes",
        ),
        (
            lambda d: profile(d)["entries"][1].update(red_flags=["fever"]),
            "entry 2026-10-02",
            "red_flags",
            "not_allowed",
        ),
        (
            lambda d: profile(d)["entries"][1].update(regions={"left": ["toes"]}),
            "entry 2026-10-02",
            "regions.left",
            "not_allowed",
        ),
        (lambda d: profile(d)["doses"][0].update(amount=-2), "dose #1", "amount", "not_positive"),
        (lambda d: profile(d)["doses"][0].update(amount="1000"), "dose #1", "amount", "wrong_type"),
        (
            lambda d: profile(d)["doses"][0].update(taken_at="2026-10-01T09:00:00"),
            "dose #1",
            "taken_at",
            "no_utc_offset",
        ),
        (lambda d: profile(d)["doses"][0].update(taken_at="yesterday"), "dose #1", "taken_at", "date-time"),
        (
            lambda d: profile(d)["regimens"][0].update(every_days=0),
            "regimen #1",
            "every_days",
            "out_of_range",
        ),
        (
            lambda d: profile(d)["regimens"][0].update(end="2026-09-01"),
            "regimen #1",
            "end",
            "end_before_start",
        ),
        (lambda d: profile(d)["labs"][0].update(unit="ng"), "lab #1", "unit", "not_allowed"),
        (
            lambda d: profile(d)["labs"][0].update(ref_low=300, ref_high=200),
            "lab #1",
            "ref_low",
            "range_inverted",
        ),
        (lambda d: profile(d)["labs"][0].pop("value"), "lab #1", "value", "required key is missing"),
    ],
)
def test_wrong_values_name_profile_record_and_field(edit, record, field, words):
    error = refused(changed(edit))
    assert (error.profile, error.record, error.field) == ("Amal", record, field)
    assert words in str(error)
    assert str(error).startswith(f"profile 'Amal', {record}, field '{field}'")


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-13-01", "2026-1-5", "01/10/2026", "20261001", 20261001])
def test_impossible_or_non_iso_dates_are_refused(bad):
    error = refused(changed(lambda d: profile(d)["entries"][1].update(date=bad)))
    assert (error.profile, error.record, error.field) == ("Amal", "entry #2", "date")
    assert repr(bad) in str(error)


def test_impossible_date_message_is_clear():
    error = refused(changed(lambda d: profile(d)["labs"][0].update(date="2026-02-30")))
    assert str(error) == (
        "profile 'Amal', lab #1, field 'date': '2026-02-30' is not a real date "
        "(day is out of range for month)"
    )


def test_a_date_twice_in_one_profile_is_refused():
    error = refused(changed(lambda d: profile(d)["entries"][1].update(date="2026-10-01")))
    assert (error.record, error.field) == ("entry 2026-10-01", "date")
    assert "twice" in str(error)


def test_a_profile_twice_is_refused():
    error = refused(changed(lambda d: d["profiles"].append(copy.deepcopy(profile(d)))))
    assert error.profile == "Amal" and "twice" in str(error)


@pytest.mark.parametrize("name", ["", "   "])
def test_blank_profile_names_are_refused(name):
    error = refused(changed(lambda d: profile(d).update(name=name)))
    assert error.field == "name"


@pytest.mark.parametrize(
    "text, words",
    [
        ("", "not valid JSON (line 1, column 1"),
        ('{"format": "symptom-diary",', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"format": "symptom-diary", "version": 1, "profiles": [], "version": 1}', "appears twice"),
        (
            '{"format": "symptom-diary", "version": 1, "profiles": [{"name": "a", "birth_year": NaN}]}',
            "NaN is not a number",
        ),
        (
            '{"format": "symptom-diary", "version": 1, "profiles": [{"name": "a", "birth_year": 1e999}]}',
            "too large",
        ),
        (
            '{"format": "symptom-diary", "version": 1, "profiles": [{"name": "a", "birth_year": '
            "123456789012345678901234567890}]}",
            "too large",
        ),
        ('{"format": "other", "version": 1, "profiles": []}', "not a Symptom Diary file"),
        ('{"format": "symptom-diary", "version": 3, "profiles": []}', "format version 3"),
        ('{"format": "symptom-diary", "version": true, "profiles": []}', "format version True"),
        ('{"format": "symptom-diary", "version": 1}', "'profiles'"),
        ('{"format": "symptom-diary", "version": 1, "profiles": {}}', "must be a JSON list"),
        ('{"format": "symptom-diary", "version": 1, "profiles": [7]}', "must be a JSON object"),
    ],
)
def test_documents_that_are_not_diary_v1(text, words):
    assert words in str(refused(text))


def test_byte_order_mark_and_crlf_line_ends_are_accepted(tmp_path):
    path = tmp_path / "backup.json"
    text = json.dumps(GOOD, ensure_ascii=False, indent=2).replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (diary,) = read_diary_file(path)
    assert diary.entries[0].notes == "تنميل"


def test_invalid_utf8_is_refused_with_the_position(tmp_path):
    path = tmp_path / "backup.json"
    path.write_bytes(json.dumps(GOOD).encode("utf-8").replace(b'"Amal"', b'"Am\xffl"'))
    with pytest.raises(ImportFormatError) as caught:
        read_diary_file(path)
    assert str(caught.value).startswith("backup.json: the file is not UTF-8 text (byte 0xff at position")


def test_errors_from_a_file_name_the_file(tmp_path):
    path = tmp_path / "backup.json"
    path.write_text(changed(lambda d: profile(d)["labs"][0].update(value=-1)), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        read_diary_file(path)
    assert str(caught.value).startswith("backup.json: profile 'Amal', lab #1, field 'value'")


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ImportFormatError, match="cannot read the file"):
        read_diary_file(Path(tmp_path / "absent.json"))
