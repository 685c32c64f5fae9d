"""Page 1's warning box holds every warning sign of the whole diary, read back with pdftotext."""

import re
import shutil
import subprocess
import unicodedata
from datetime import UTC
from datetime import date
from datetime import timedelta

import pytest

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import SideScores
from diary_app.domain.dates import MONTHS
from diary_app.domain.messages import NumberFormat
from diary_app.domain.vocab import B12
from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions
from diary_app.reports import build_report

END = date(2026, 11, 20)
START = END - timedelta(days=89)
BACK_DOWN = frozenset({"lower_back", "buttock_hip", "knee_thigh", "lower_leg"})

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


DAY = NumberFormat().day  # a day as the English report writes it: "1 Sep 2026"


def page_text(path, page: int = 1) -> str:
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # ligatures, Arabic forms


def tingling(day: date, **fields) -> DayEntry:
    return DayEntry(day=day, symptoms={"tingling": SideScores(3, 3)}, **fields)


def make(tmp_path, entries, doses=(), language="en") -> str:
    diary = ProfileDiary(Profile(name="Warn", id=1), tuple(entries), tuple(doses))
    if language == "ar":
        options = ReportOptions(
            language="ar", translate=translate_function("ar", arabic_digits=False), made_on=END
        )
    else:
        options = ReportOptions(made_on=END)
    result = build_report(diary, START, END, tmp_path / f"r-{language}.pdf", options)
    return result.path


@pytest.mark.parametrize("days_before", [1, 200])
def test_a_sign_before_the_period_is_on_page_one(tmp_path, days_before):
    flagged = START - timedelta(days=days_before)
    entries = [tingling(flagged, red_flags=frozenset({"saddle_numbness", "bladder_bowel_change"}))]
    entries += [tingling(START + timedelta(days=n)) for n in range(90)]
    first = page_text(make(tmp_path, entries))
    assert "RED FLAG" in first
    assert f"Also recorded before this period, ticked by the patient: {DAY(flagged)}" in first
    assert "saddle area" not in first or "numbness around the back passage or genitals" in first
    assert (
        f"Symptoms recorded since {DAY(flagged)}; the diary runs from {DAY(flagged)} to {DAY(END)}" in first
    )
    assert first.index("Also recorded before") < first.index("Key figures")


def test_both_legs_from_the_back_and_a_worsening_on_b12_are_on_page_one(tmp_path):
    entries = [
        DayEntry(
            day=START + timedelta(days=n),
            symptoms={"pain": SideScores(6, 0 if n < 60 else 6)},
            regions_left=BACK_DOWN,
            regions_right=BACK_DOWN if n >= 60 else frozenset(),
            radiates_from_back=True,
        )
        for n in range(90)
    ]
    first = page_text(make(tmp_path, entries))
    assert "The diary shows leg symptoms spreading from the lower back into both legs on 30 days" in first
    assert "The diary shows the right leg newly affected" in first
    assert first.index("newly affected") < first.index("Key figures")


def test_worse_since_b12_reaches_the_pdf(tmp_path):
    entries = [
        DayEntry(
            day=START + timedelta(days=n),
            symptoms={"tingling": SideScores(*((3, 3) if n < 45 else (7, 7)))},
            gait=1 if n < 45 else 3,
        )
        for n in range(90)
    ]
    taken = Dose(
        taken_at=datetime_at(START + timedelta(days=45)),
        substance=B12,
        form="injection",
        amount=1000,
        unit="µg",
    )
    text = " ".join(page_text(make(tmp_path, entries, [taken]), page) for page in (1, 2))
    assert "Worse since vitamin B12 treatment started on" in text
    assert "can take weeks to months" not in text


def test_the_arabic_box_has_the_earlier_sign_too(tmp_path):
    flagged = START - timedelta(days=30)
    entries = [tingling(flagged, red_flags=frozenset({"foot_drop"}))]
    entries += [tingling(START + timedelta(days=n)) for n in range(90)]
    first = page_text(make(tmp_path, entries, language="ar"))
    # pdftotext copies "24 يوليو 2026" of a right-to-left line as "24يوليو 2026" (docs/bidi.md)
    unmarked = re.sub("[\u202a-\u202e]", "", first)
    assert f"{flagged.day}{MONTHS['ar'][flagged.month - 1]} {flagged.year}" in unmarked


def datetime_at(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
