"""The PDF's text layer: `pdftotext` finds every heading and every word of tricky notes.

Arabic copies as the letters written (never presentation forms), vowel marks stay in their word,
ligatures copy as their letters. Lines that mix directions are put back into logical order by
poppler's own simple reordering, which moves punctuation at the boundaries, may glue a word to
the next stretch and may swap the stretches of a mixed line; so every word is looked for as
written, and word order only in notes written in the report's own direction.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest

from diary_app.demo import demo_diary
from diary_app.domain import Profile
from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions, appendix, build_report, summary
from diary_app.reports.bidi import base_level
from diary_app.reports.fonts import ReportFonts

END = date(2026, 11, 20)
START = END - timedelta(days=29)
NAME = "أمل (Amal) 2"
NOTES = (
    "أخذت حقنة B12 (1000 µg) في الذراع الأيسر",
    "الوخز أسوأ [في الليل] بعد المشي 2 كم، انظر https://example.org/b12?dose=1000&x=1",
    "Stiff after 5 km (see lab: 350 pg/mL) — the fifth office visit, fine 😀",
    "ألم 7/10 في القدم اليسرى مع الخدر 😀 ثم تحسن",
    "سألت الطبيب: هل أكمّل الجرعة؟ (نعم أم لا)",
    "Tingling at night, better after the walk",
)
HEADINGS = (summary.TITLE, summary.KEY_FIGURES, summary.PATTERN, appendix.TITLE, appendix.NOTES_TITLE)
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
WORD = re.compile(r"[\w\u064b-\u065f\u0670]+")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def tricky_diary():
    diary = demo_diary(30, "symmetric", end=END)
    days = list(diary.entries)
    for index, note in enumerate(NOTES):
        days[2 + 4 * index] = days[2 + 4 * index].with_changes(notes=note, ask_doctor=index % 2 == 0)
    return dataclasses.replace(diary, profile=Profile(name=NAME, birth_year=1960, id=1), entries=tuple(days))


def extracted(path) -> str:
    """pdftotext's text, NFC, without the direction marks it adds, white space collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text)).split())


def printed(note: str) -> str:
    """The note as the report prints it: emoji the font lacks become their names."""
    return ReportFonts.load().printable(note)


@pytest.fixture(scope="module", params=["en", "ar"])
def report_text(request, tmp_path_factory):
    language = request.param
    translate = translate_function(language, arabic_digits=False)
    options = ReportOptions(language=language, translate=translate, made_on=END, appendix=True)
    path = tmp_path_factory.mktemp("searchable") / f"{language}.pdf"
    build_report(tricky_diary(), START, END, path, options)
    return translate, extracted(path)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def in_order(wanted: list[str], found: list[str]) -> bool:
    """`wanted` occurs as consecutive words of `found`."""
    return any(found[start : start + len(wanted)] == wanted for start in range(len(found)))


def one_direction(text: str) -> bool:
    letters = [unicodedata.bidirectional(char) for char in text if char.isalpha()]
    return len(set(kind if kind == "L" else "R" for kind in letters)) == 1 and not any(
        char.isdigit() for char in text
    )


def test_every_heading_is_found_word_for_word(report_text):
    translate, text = report_text
    for heading in HEADINGS:
        assert in_order(words(translate("Report", heading)), words(text)), heading


def test_every_word_of_every_note_is_found_as_written(report_text):
    _, text = report_text
    for note in NOTES:
        missing = [word for word in words(printed(note)) if word not in text]
        assert missing == [], (note, missing)


def test_notes_in_the_reports_direction_are_found_word_for_word_in_order(report_text):
    translate, text = report_text
    rtl = translate("Report", "Key figures") != "Key figures"
    plain = [note for note in NOTES if one_direction(note) and (base_level(note) == 1) == rtl]
    assert plain
    for note in plain:
        assert in_order(words(note), words(text)), note


def test_the_profile_name_is_found_as_written(report_text):
    _, text = report_text
    assert all(word in text for word in words(NAME))
    assert "\ufe8d" not in text and not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_english_ligatures_copy_as_two_letters(report_text):
    translate, text = report_text
    if translate("Report", "Key figures") == "Key figures":
        assert "fifth office" in text and "\ufb01" not in text and "\ufb00" not in text


def test_dose_units_are_in_the_reports_language(report_text):
    translate, text = report_text
    arabic = translate("Report", "Key figures") != "Key figures"
    assert ("مكغ" in text) == arabic  # the regimen's 1000 µg, as the window writes it in Arabic
