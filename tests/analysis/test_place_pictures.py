"""Hand-built diaries: a stocking rising, an L5-like and an S1-like band, glove and stocking, and old
coarse places, each described right in `analyze --json` and in the doctor's PDF."""

import json
import re
import subprocess

import pytest
from analysis_builders import day

from diary_app.cli import main
from diary_app.domain import Profile

ROUND_FOOT = frozenset({"toes", "foot_top_big_toe_side", "foot_top_little_toe_side", "sole", "heel"})
LOWER_LEG = frozenset({"shin_inner", "shin_outer", "calf"})
L5_BAND = frozenset({"buttock", "thigh_outer", "shin_outer", "foot_top_big_toe_side", "toes"})
S1_BAND = frozenset({"thigh_back", "calf", "heel", "sole", "foot_top_little_toe_side"})
HANDS = frozenset({"fingers", "hands"})


def stocking_rising(i):
    places = ROUND_FOOT | (LOWER_LEG if i >= 14 else frozenset()) | ({"knee"} if i >= 28 else frozenset())
    return day(i, 4, 4, regions_left=places, regions_right=places)


def l5_left(i):
    return day(i, 6, 0, sensations=("pain", "numbness"), regions_left=L5_BAND | {"lower_back"})


def s1_right(i):
    return day(i, 0, 7, sensations=("pain",), regions_right=S1_BAND | {"buttock"})


def glove_and_stocking(i):
    return day(i, 3, 3, regions_left=ROUND_FOOT | HANDS, regions_right=ROUND_FOOT | {"fingers"})


def old_stocking(i):
    return day(i, 4, 4, regions_left=frozenset({"feet"}), regions_right=frozenset({"feet"}))


def old_sciatica(i):
    coarse = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})
    return day(i, 6, 0, sensations=("pain",), regions_left=coarse, radiates_from_back=True)


DIARIES = {
    "stocking_rising": (stocking_rising, 42),
    "l5_left": (l5_left, 30),
    "s1_right": (s1_right, 30),
    "glove_and_stocking": (glove_and_stocking, 30),
    "old_stocking": (old_stocking, 30),
    "old_sciatica": (old_sciatica, 30),
}
# picture, band (side, root) or None, rising, a sentence part the patient reads
EXPECTED = {
    "stocking_rising": (
        "stocking",
        None,
        True,
        "places marked on the legs, and over the weeks the marks rose up both legs",
    ),
    "l5_left": (
        "band",
        ("left", "L5"),
        False,
        "only the left leg was marked, in a band from the outer shin to the top of the foot and the big toe",
    ),
    "s1_right": (
        "band",
        ("right", "S1"),
        False,
        "only the right leg was marked, in a band from the back of the thigh and the calf to the sole and "
        "the little toe",
    ),
    "glove_and_stocking": (
        "glove_and_stocking",
        None,
        False,
        "Both hands were marked too on 30 of them (glove and stocking)",
    ),
    "old_stocking": (
        "stocking",
        None,
        False,
        "Both feet were marked all round (top and sole or heel), like a stocking, on 30 of 30 days",
    ),
    "old_sciatica": (None, None, False, "they reached from the lower back or buttock down one leg"),
}


def filled(store, name):
    make, days = DIARIES[name]
    profile = store.add_profile(Profile(name="Example"))
    for i in range(days):
        store.save_entry(profile.id, make(i))
    store.close()


@pytest.mark.parametrize("name", DIARIES)
def test_analyze_json_describes_the_places(store, db_path, capsys, name):
    filled(store, name)
    assert main(["--db", str(db_path), "analyze", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    places = data["distribution"]["places"]
    kind, band, rising, said = EXPECTED[name]
    assert places["picture"] == kind
    assert (None if places["band"] is None else (places["band"]["side"], places["band"]["root"])) == band
    assert places["rising"] is rising
    text = " ".join(data["annotations"])
    assert said in text
    assert not re.search(r"\b(L4|L5|S1)\b", text)  # the root is named for the doctor only
    if kind is None:
        assert "band" not in text and "stocking" not in text  # coarse places show neither


@pytest.mark.parametrize(
    "name", ["stocking_rising", "l5_left", "s1_right", "glove_and_stocking", "old_sciatica"]
)
def test_the_pdf_describes_the_places_and_names_the_root_for_the_doctor(store, db_path, tmp_path, name):
    filled(store, name)
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(db_path), "report", "--out", str(out)]) == 0
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    kind, band, _rising, said = EXPECTED[name]
    if band is not None:
        assert f"the route of the {band[1]} root (a description, not a diagnosis)" in text
        assert said.split(" in a band")[0] in text
    else:
        assert "the route of the" not in text
    if kind in ("stocking", "glove_and_stocking"):
        assert "like a stocking" in text
