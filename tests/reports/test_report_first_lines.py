"""Page 1's first lines: no "Patient: Me" when the name was skipped; an empty period said up front."""

import dataclasses
from datetime import timedelta

import pytest

from diary_app.demo import demo_diary
from diary_app.domain import Profile
from diary_app.reports import build_report
from tests.reports.test_build_report import END
from tests.reports.test_build_report import START
from tests.reports.test_build_report import english_options
from tests.reports.test_build_report import read


@pytest.fixture(scope="module")
def diary():
    return demo_diary(60, "symmetric", end=END)


@pytest.mark.parametrize("skipped", ["Me", "أنا"])
def test_a_skipped_name_is_left_out_of_the_report(diary, tmp_path, skipped):
    unnamed = dataclasses.replace(diary, profile=Profile(name=skipped, birth_year=1960))
    build_report(unnamed, START, END, tmp_path / "r.pdf", english_options())
    _reader, pages = read(tmp_path / "r.pdf")
    assert "Patient:" not in pages[0]
    assert f"of {skipped}" not in " ".join(pages) and f": {skipped}" not in " ".join(pages)
    assert "Symptom diary, 23 Aug 2026 to 20 Nov 2026" in pages[0]
    assert "Leg symptom diary: summary for the doctor" in pages[0]


def test_a_given_name_stays(diary, tmp_path):
    build_report(diary, START, END, tmp_path / "r.pdf", english_options())
    assert "Patient: Demo, born" in read(tmp_path / "r.pdf")[1][0]


def test_an_empty_period_says_so_before_anything_else(diary, tmp_path):
    words = "No day was logged in this period"
    start = START - timedelta(days=400)
    build_report(diary, start, start + timedelta(days=60), tmp_path / "r.pdf", english_options())
    first = read(tmp_path / "r.pdf")[1][0]
    assert words in first and first.index(words) < first.index("Key figures")
    build_report(diary, START, END, tmp_path / "full.pdf", english_options())
    assert words not in read(tmp_path / "full.pdf")[1][0]
