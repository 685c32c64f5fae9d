"""Every paragraph of real Arabic and English reports, ordered by our bidi and by python-bidi 0.6
(Rust unicode-bidi), must look the same: same characters, same left-to-right order."""

from __future__ import annotations

import bidi
import pytest

from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions
from diary_app.reports import build_report
from diary_app.reports import flowables
from diary_app.reports.bidi import INVISIBLE
from diary_app.reports.bidi import visual_runs
from tests.reports.test_searchable_text import END
from tests.reports.test_searchable_text import START
from tests.reports.test_searchable_text import tricky_diary


def ours(paragraph: flowables.BidiParagraph, index: int) -> str:
    """The paragraph as one line, characters left to right (unmirrored, as python-bidi gives them)."""
    text, levels = paragraph.paragraphs[index], paragraph.levels[index]
    runs = visual_runs(text, levels, 0, len(text), paragraph.directions[index])
    return "".join(run[::-1] if level % 2 else run for run, level in runs)


def theirs(text: str, direction: int) -> str:
    shown = bidi.get_display(text, base_dir="R" if direction else "L")
    return "".join(char for char in shown if char not in INVISIBLE)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_report_paragraphs_look_as_python_bidi_orders_them(language, tmp_path, monkeypatch):
    made: list[flowables.BidiParagraph] = []
    original = flowables.BidiParagraph.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(flowables.BidiParagraph, "__init__", recording)
    options = ReportOptions(
        language=language,
        translate=translate_function(language, arabic_digits=False),
        made_on=END,
        appendix=True,
    )
    build_report(tricky_diary(), START, END, tmp_path / "report.pdf", options)
    compared = differing = 0
    for paragraph in made:
        for index, text in enumerate(paragraph.paragraphs):
            compared += 1
            mine, reference = ours(paragraph, index), theirs(text, paragraph.directions[index])
            if mine != reference:
                differing += 1
                print(f"{text!r}\n ours:   {mine}\n theirs: {reference}")
    print(f"\n{language}: {compared} paragraphs compared, {differing} differ")
    assert compared > 100 and differing == 0
