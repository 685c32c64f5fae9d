"""Page 1 of the clinician's hard diaries answers first: read back with pdftotext (issue 16)."""

import shutil
import subprocess
import unicodedata

import pytest

from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions
from diary_app.reports import build_report
from tests.clinician_diaries import CASES
from tests.clinician_diaries import END

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def first_page(path) -> str:
    done = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Page 1's text of a case, each PDF made once for the module."""
    made: dict[tuple[str, str], str] = {}

    def text(case: str, language: str = "en") -> str:
        if (case, language) not in made:
            made[case, language] = _build(tmp_path_factory.mktemp(case), case, language)
        return made[case, language]

    return text


def _build(tmp_path, case: str, language: str) -> str:
    diary = CASES[case]()
    days = [e.day for e in diary.entries]
    if language == "ar":
        options = ReportOptions(
            language="ar", translate=translate_function("ar", arabic_digits=False), made_on=END
        )
    else:
        options = ReportOptions(made_on=END)
    return first_page(build_report(diary, min(days), max(days), tmp_path / f"{case}.pdf", options).path)


@pytest.mark.parametrize("case", sorted(CASES))
def test_page_one_answers_before_the_first_chart(report, case):
    text = report(case)
    glance = text.index("At a glance")
    for words in ("Which legs:", "Symptoms recorded since", "Treatment:", "Warning signs: none"):
        assert glance < text.index(words) < text.index("Key figures"), words
    assert "Self-reported diary, not a diagnosis" in text
    assert "This diary describes what was recorded" not in text  # said once at the top and in the footer
    assert "day(s)" not in text[glance : text.index("Key figures")]


def test_page_one_says_what_each_hard_case_is(report):
    assert "taking turns" in report("alternating")
    assert "one-sided, and not from the back" in report("foot_only")
    assert "Over the first months the symptoms rose slowly" in report("ascending")
    assert "No symptoms since" in report("symptom_free")


@pytest.mark.parametrize("case", ["alternating", "low_b12", "symptom_free"])
def test_the_arabic_page_one_has_the_glance_too(report, case):
    text = report(case, "ar")
    assert "لمحة سريعة" in text and "أي الساقين" in text
    assert text.index("لمحة سريعة") < text.index("أرقام")
