"""The PDF's text layer: `pdftotext` finds every heading and every note of a tricky diary.

Arabic copies as the letters written (never presentation forms), vowel marks stay in their word,
ligatures copy as their letters. poppler puts a line back into logical order by a simple rule of
its own (tests/reports/poppler_text.py), which cannot give back some lines that mix directions as
written, whatever a PDF contains; so each heading and note is looked for exactly as that rule copies
the line as drawn, and as written wherever the rule can give it back.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from datetime import timedelta
from itertools import permutations

import pypdf
import pytest

from diary_app.demo import demo_diary
from diary_app.domain import Profile
from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions
from diary_app.reports import appendix
from diary_app.reports import build_report
from diary_app.reports import summary
from diary_app.reports.bidi import base_level
from diary_app.reports.fonts import ReportFonts
from tests.reports.poppler_text import copies_as_written
from tests.reports.poppler_text import poppler_order
from tests.reports.poppler_text import visual_line

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


def extracted_lines(path) -> list[str]:
    """pdftotext's lines, NFC, without the direction marks it adds, white space collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text)).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]


def printed(note: str) -> str:
    """The note as the report prints it: emoji the font lacks become their names."""
    return ReportFonts.load().printable(note)


@pytest.fixture(scope="module", params=["en", "ar"])
def report_lines(request, tmp_path_factory):
    language = request.param
    translate = translate_function(language, arabic_digits=False)
    options = ReportOptions(language=language, translate=translate, made_on=END, appendix=True)
    path = tmp_path_factory.mktemp("searchable") / f"{language}.pdf"
    build_report(tricky_diary(), START, END, path, options)
    return translate, language == "ar", extracted_lines(path), path


@pytest.fixture(scope="module")
def report_text(report_lines):
    translate, _, lines, _ = report_lines
    return translate, " ".join(lines)


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


def headings_and_notes(translate, rtl: bool) -> list[tuple[str, int]]:
    """(text as printed, paragraph level) of every heading and note, each drawn on one line."""
    headings = [(translate("Report", heading), int(rtl)) for heading in HEADINGS]
    return headings + [(printed(note), base_level(note, int(rtl))) for note in NOTES]


def test_every_heading_and_note_is_found_as_poppler_copies_the_line_drawn(report_lines):
    """Every character, its place and its order in the text layer: poppler's rule applied to the
    line as the bidi algorithm draws it gives exactly one of pdftotext's lines."""
    translate, rtl, lines, _ = report_lines
    for text, level in headings_and_notes(translate, rtl):
        expected = " ".join(poppler_order(visual_line(text, level), rtl).split())
        assert expected in lines, (text, expected)


def test_every_heading_and_note_that_poppler_can_give_back_is_found_as_written(report_lines):
    translate, rtl, lines, _ = report_lines
    copyable = [
        text for text, level in headings_and_notes(translate, rtl) if copies_as_written(text, level, rtl)
    ]
    assert len(copyable) >= 3
    for text in copyable:
        assert text in lines, text


@pytest.mark.parametrize(
    ("text", "rtl_page"),
    [("ب: ب", True), ("ب، ب", True), ("B1 ب", True), ("ب (a)", True), ("ب a", False), ("ب (1)", False)],
)
def test_no_line_of_any_pdf_makes_poppler_copy_these_as_written(text, rtl_page):
    """Why some lines cannot copy as written: no order of their characters on a line does it."""
    assert all(poppler_order("".join(order), rtl_page) != text for order in permutations(text))


def test_a_content_order_extractor_copies_headings_and_a_mixed_line_as_written(report_lines):
    """pypdf reads the content stream, reversing each stretch of Arabic letters: runs are drawn in
    the order they were written and a ligature or a letter with its vowel mark copies letter by letter."""
    translate, rtl, _, path = report_lines
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    lines = [
        " ".join(line.split())
        for line in BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text)).split("\n")
    ]
    for heading in HEADINGS:
        assert translate("Report", heading) in lines
    if rtl:
        assert NOTES[0] in lines
