"""The doctor's PDF read back with pypdf: pages, words, safety of the patient's text, atomic writing."""

import dataclasses
import unicodedata
from datetime import date
from datetime import timedelta

import pypdf
import pytest

from diary_app.demo import demo_diary
from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import SideScores
from diary_app.domain.messages import NumberFormat
from diary_app.reports import ReportOptions
from diary_app.reports import build as build_module
from diary_app.reports import build_report
from tests.reports.arabic_words import arabic

END = date(2026, 11, 20)
START = END - timedelta(days=89)
MADE = date(2026, 11, 21)


def english_options(**changes) -> ReportOptions:
    return ReportOptions(made_on=MADE, **changes)


def arabic_options(**changes) -> ReportOptions:
    return ReportOptions(language="ar", translate=arabic, made_on=MADE, **changes)


def read(path) -> tuple[pypdf.PdfReader, list[str]]:
    """The reader and each page's text (NFKC: Arabic presentation forms back to letters; one space
    for any run of white space, since table cells wrap)."""
    reader = pypdf.PdfReader(path)
    return reader, [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages
    ]


@pytest.fixture(scope="module")
def symmetric():
    return demo_diary(120, "symmetric", end=END)


@pytest.fixture(scope="module")
def symmetric_report(symmetric, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "symmetric.pdf"
    result = build_report(symmetric, START, END, path, english_options())
    return result, *read(path)


def test_ninety_day_summary_is_two_pages_with_the_answer_on_page_one(symmetric_report):
    result, reader, pages = symmetric_report
    assert result.pages == result.summary_pages == len(reader.pages)
    assert 1 <= len(pages) <= 2
    first = pages[0]
    for words in (
        "Leg symptom diary: summary for the doctor",
        "Patient: Demo, born",
        "Self-reported diary",
        "Key figures",
        "Days logged:",
        "Pins and needles",
        "What the diary shows",
        "23 Aug 2026",
        "20 Nov 2026",
        "Made on 21 Nov 2026",
        "Page 1 of 2",
    ):
        assert words in first, words
    assert "RED FLAG" not in first


def test_summary_has_the_feature_table_the_evidence_and_the_labs(symmetric_report):
    _, _, pages = symmetric_report
    text = "\n".join(pages)
    for words in (
        "B12 neuropathy",
        "Diabetic neuropathy",
        "Sciatica",
        "agrees",
        "Laboratory results",
        "Reference range",
        "pg/mL",
        "Page 2 of 2",
    ):
        assert words in text, words
    assert "HIGH, above range" in text or "LOW, below range" in text  # outside range said in words


def test_pdf_embeds_the_bundled_font_and_links_nothing(symmetric_report):
    _, reader, _ = symmetric_report
    fonts = set()
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page["/Resources"]["/Font"]
        fonts |= {str(resources[key].get_object()["/BaseFont"]) for key in resources}
    assert any(name.endswith("SymptomDiarySans-Regular") for name in fonts)


def test_unilateral_diary_reads_as_one_sided(tmp_path):
    diary = demo_diary(90, "unilateral-left", end=END)
    result = build_report(diary, START, END, tmp_path / "left.pdf", english_options())
    _, pages = read(result.path)
    text = " ".join(pages)
    assert result.pages <= 2
    assert "left leg only" in text.lower()


def entry(day: date, **changes) -> DayEntry:
    symptoms = {"tingling": SideScores(3, 4), "weakness": SideScores(6, 7)}
    return DayEntry(day=day, symptoms=symptoms, **changes)


def test_red_flag_days_come_first_on_page_one(tmp_path):
    days = [entry(START + timedelta(days=i)) for i in range(20)]
    days[5] = days[5].with_changes(red_flags=frozenset({"foot_drop", "saddle_numbness"}))
    diary = ProfileDiary(Profile(name="Flag", id=1), entries=tuple(days))
    result = build_report(diary, START, END, tmp_path / "flag.pdf", english_options())
    _, pages = read(result.path)
    first = pages[0]
    assert "RED FLAG: warning signs that need urgent medical attention (NICE)" in first
    assert "sudden foot drop" in first and "saddle area" in first
    assert first.index("RED FLAG") < first.index("Key figures")
    assert "Red flags were recorded" not in " ".join(pages)  # the box says it; the sentence would repeat it


def test_empty_period_still_makes_a_short_honest_report(tmp_path):
    diary = ProfileDiary(Profile(name="Nobody yet", id=1))
    result = build_report(diary, START, END, tmp_path / "empty.pdf", english_options(appendix=True))
    _, pages = read(result.path)
    text = " ".join(pages)
    assert "Days logged: 0 of the 90 days" in text
    assert "No day was logged in this period." in text
    assert result.summary_pages <= 2


def test_appendix_adds_pages_and_leaves_the_summary_alone(symmetric, symmetric_report, tmp_path):
    plain, _, _ = symmetric_report
    result = build_report(symmetric, START, END, tmp_path / "log.pdf", english_options(appendix=True))
    reader, pages = read(result.path)
    assert result.summary_pages == plain.pages
    assert result.pages > plain.pages == len(pages) - (result.pages - plain.pages)
    appendix = "\n".join(pages[result.summary_pages :])
    assert "Appendix: the daily log" in appendix
    assert "23 Aug 2026" in appendix and "20 Nov 2026" in appendix
    assert "All laboratory results in the period" in appendix
    flags = sum(appendix.count(word) for word in ("within range", "above range", "below range", "no range"))
    assert flags == len([lab for lab in symmetric.labs if START <= lab.day <= END])
    assert all(not page.images for page in reader.pages[result.summary_pages :])


def test_ten_year_summary_stays_at_two_pages(tmp_path):
    diary = demo_diary(3650, "mixed", end=END)
    result = build_report(diary, END - timedelta(days=3649), END, tmp_path / "ten.pdf", english_options())
    assert result.summary_pages == result.pages <= 2


def test_arabic_report_is_shaped_arabic_in_logical_order(symmetric, tmp_path):
    result = build_report(symmetric, START, END, tmp_path / "ar.pdf", arabic_options())
    _, pages = read(result.path)
    first = pages[0]
    assert "مذكرات أعراض الساقين" in first
    assert "الوخز" in first and "الخدر" in first and "التنميل" not in first
    assert "صفحة" in first
    assert result.pages <= 2


def test_arabic_report_with_arabic_indic_digits(symmetric, tmp_path):
    options = arabic_options(numbers=NumberFormat.of("ar", arabic_digits=True))
    result = build_report(symmetric, START, END, tmp_path / "ar.pdf", options)
    _, pages = read(result.path)
    assert "٢" in pages[0] and "2026" not in pages[0] and "أغسطس" in pages[0]


HOSTILE = (
    '<b>bold?</b> <font color=red>red</font> <img src="/etc/passwd"/> <a href="http://x">link</a> '
    "&amp; &lt; \u202eSTUFF reversed? 😀"
)
LONG_WORD = "W" * 500


def hostile_diary() -> ProfileDiary:
    days = [entry(START + timedelta(days=i)) for i in range(30)]
    days[2] = days[2].with_changes(notes=HOSTILE, ask_doctor=True)
    days[3] = days[3].with_changes(notes=f"start {LONG_WORD} end")
    days[4] = days[4].with_changes(notes=("twenty thousand " * 1250)[:20_000], ask_doctor=True)
    return ProfileDiary(Profile(name="<b>Eve</b> & \u202eco", id=1), entries=tuple(days))


def test_hostile_notes_appear_literally_and_embed_nothing(tmp_path):
    options = english_options(appendix=True)
    result = build_report(hostile_diary(), START, END, tmp_path / "hostile.pdf", options)
    reader, pages = read(result.path)
    text = "\n".join(pages)
    flat = "".join(text.split())
    for literal in (
        "<b>bold?</b>",
        "<font color=red>red</font>",
        '<img src="/etc/passwd"/>',
        '<a href="http://x">link</a>',
        "&amp;",
        "&lt;",
        "STUFF reversed?",
        "[grinning face]",
        "<b>Eve</b> & co",
    ):
        assert "".join(literal.split()) in flat, literal
    assert "\u202e" not in text
    assert f"start{LONG_WORD}end" in flat
    assert flat.count("twentythousand") >= 1240
    for page in reader.pages:
        assert "/Annots" not in page
    chart_pages = reader.pages[: result.summary_pages]
    assert sum(len(page.images) for page in chart_pages) >= 3
    assert all(not page.images for page in reader.pages[result.summary_pages :])
    assert result.summary_pages <= 2 < result.pages


def test_a_failed_build_leaves_no_file_and_keeps_the_old_one(symmetric, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        build_report(symmetric, START, END, target, english_options())
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old report")
    with pytest.raises(RuntimeError):
        build_report(symmetric, START, END, target, english_options())
    assert target.read_bytes() == b"old report"
    assert list(tmp_path.iterdir()) == [target]


def test_options_refuse_an_unknown_language():
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(english_options(), language="fr")


def test_a_crowded_summary_with_red_flags_still_fits_two_pages(tmp_path):
    """Mixed pattern, two regimens, labs, notes, red flags: every kind of sentence and box at once."""
    diary = demo_diary(90, "mixed", seed=3, end=END)
    days = list(diary.entries)
    for index in (40, 60, 61, 80):
        days[index] = days[index].with_changes(red_flags=frozenset({"saddle_numbness", "foot_drop"}))
    diary = dataclasses.replace(diary, entries=tuple(days))
    result = build_report(diary, START, END, tmp_path / "crowded.pdf", english_options())
    _, pages = read(result.path)
    assert result.summary_pages == result.pages == len(pages) <= 2
    assert "RED FLAG" in pages[0] and "Laboratory results" in pages[-1]
