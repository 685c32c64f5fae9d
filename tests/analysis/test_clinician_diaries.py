"""The diaries a clinician found hard, through `analyze --json` as a user runs it (issue 16)."""

import json

import pytest

from diary_app.cli import main
from diary_app.storage import open_store
from tests.clinician_diaries import CASES


@pytest.fixture
def analysed(db_path, capsys):
    """`analyze --json` of a case stored in a real diary file."""

    def run(case: str) -> dict:
        store = open_store(db_path)
        store.import_diaries([CASES[case]()])
        store.close()
        assert main(["--db", str(db_path), "analyze", "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    return run


def columns(data: dict, feature: str) -> tuple[bool, bool, bool]:
    row = next(r for r in data["features"] if r["feature"] == feature)
    return row["b12_neuropathy"], row["diabetic_neuropathy"], row["sciatica"]


def said(data: dict) -> str:
    return " ".join(data["annotations"])


def test_legs_taking_turns_are_alternating_not_mixed(analysed):
    data = analysed("alternating")
    assert data["pattern"] == "alternating"
    assert "The legs took turns" in said(data) and "worth checking with a clinician" in said(data)
    assert "can mimic sciatica" not in said(data)
    assert columns(data, "location") == (False, False, False)


def test_a_stray_point_on_the_other_leg_keeps_a_sciatica_one_sided(analysed):
    data = analysed("stray_point")
    assert data["pattern"] == "unilateral_left"
    assert data["laterality"]["asymmetric"] == 0
    assert columns(data, "location") == (False, False, True)


def test_one_sided_in_the_foot_without_the_back_is_not_the_sciatica_picture(analysed):
    data = analysed("foot_only")
    assert data["pattern"] == "unilateral_right"
    assert "one-sided, and not from the back" in said(data)
    assert "describe one-sided leg symptoms in sciatica" not in said(data)
    assert columns(data, "location")[2] is False


def test_a_rise_over_months_is_described_and_nothing_contradicts_it(analysed):
    data = analysed("ascending")
    assert data["onset"] == "gradual" and data["onset_detail"]["over_months"] is True
    assert "Over the first months the symptoms rose slowly" in said(data)
    assert "cannot say how the symptoms began" not in said(data)
    assert data["at_a_glance"]["direction"] == "worse"
    assert columns(data, "onset")[:2] == (True, True)


def test_symptom_free_for_six_weeks_is_said(analysed):
    data = analysed("symptom_free")
    assert data["at_a_glance"]["symptom_free_days"] == 42
    assert "No symptoms since" in data["at_a_glance"]["sentences"][4]


def test_glove_and_stocking_with_a_high_hba1c_agrees_with_diabetic_neuropathy(analysed):
    data = analysed("glove_stocking")
    assert data["associated"]["labs"]["hba1c_high"] is True
    assert columns(data, "location") == (True, True, False)
    assert columns(data, "associated")[1] is True


def test_feet_only_with_low_b12_and_high_mcv_agrees_with_both_neuropathies_and_b12_signs(analysed):
    data = analysed("low_b12")
    labs = data["associated"]["labs"]
    assert labs["b12_low"] is True and labs["mcv_high"] is True and labs["hba1c_high"] is False
    assert columns(data, "location") == (True, True, False)  # diabetic neuropathy starts in the feet too
    assert columns(data, "associated") == (True, False, False)


def test_too_few_days_agree_with_nothing_and_tell_no_direction(analysed):
    data = analysed("too_few")
    assert data["pattern"] == "insufficient_data"
    assert all(columns(data, row["feature"]) == (False, False, False) for row in data["features"])
    assert data["at_a_glance"]["direction"] == "unknown"
