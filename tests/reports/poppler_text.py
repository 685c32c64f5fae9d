"""A model of how poppler's `pdftotext` puts a line of right-to-left text back into logical order.

poppler (TextOutputDev.cc, `reorderText`, inherited from xpdf; checked against pdftotext 22.12 on
each heading and note of the reports, tests/reports/test_searchable_text.py) does no UAX #9. It
takes a line's characters left to right by position and:

- on a page with more right-to-left than left-to-right letters, reads from the right: a stretch of
  characters that are neither left-to-right letters nor "numbers" is copied as read, then the
  stretch of characters that are not right-to-left letters, up to the next one, is copied left to
  right, and so on;
- on any other page, reads from the left: the stretch of characters that are not right-to-left
  letters is copied as read, then the stretch that are neither left-to-right letters nor
  "numbers" is copied reversed, and so on.

"Numbers" are digits and the separators and terminators around them (bidi classes EN, AN, ES, ET,
CS: ``: , . - / + % # $ ،``). A space, a bracket or a vowel mark is neutral: it goes with whichever
stretch is being read. So poppler can never copy a left-to-right stretch of an Arabic line that is
followed by a space and Arabic ("B12 في"), nor ": " or "، " between Arabic words: in its output a
left-to-right stretch always ends with a letter or a number right before the next Arabic letter.
"""

from __future__ import annotations

import unicodedata

from diary_app.reports.bidi import resolve_levels
from diary_app.reports.bidi import visual_runs

NUMBER_CLASSES = frozenset({"EN", "AN", "ES", "ET", "CS"})


def kind(char: str) -> str:
    """'L', 'R', 'N' (number) or '' (neutral), as poppler's type table sorts characters."""
    bidi_class = unicodedata.bidirectional(char)
    if bidi_class == "L":
        return "L"
    if bidi_class in ("R", "AL"):
        return "R"
    return "N" if bidi_class in NUMBER_CLASSES else ""


def poppler_order(visual: str, rtl_page: bool) -> str:
    """What pdftotext makes of one line whose characters are `visual`, left to right."""
    kinds = [kind(char) for char in visual]
    out: list[str] = []
    if rtl_page:
        index = len(visual) - 1
        while index >= 0:
            stop = index
            while stop >= 0 and kinds[stop] not in ("L", "N"):
                stop -= 1
            out.append(visual[stop + 1 : index + 1][::-1])
            index = stop
            while stop >= 0 and kinds[stop] != "R":
                stop -= 1
            out.append(visual[stop + 1 : index + 1])
            index = stop
        return "".join(out)
    index = 0
    while index < len(visual):
        stop = index
        while stop < len(visual) and kinds[stop] != "R":
            stop += 1
        out.append(visual[index:stop])
        index = stop
        while stop < len(visual) and kinds[stop] not in ("L", "N"):
            stop += 1
        out.append(visual[index:stop][::-1])
        index = stop
    return "".join(out)


def visual_line(text: str, paragraph_level: int) -> str:
    """The characters of a one-line paragraph as drawn, left to right (brackets not mirrored: the
    text layer copies a mirrored bracket as the character written)."""
    runs = visual_runs(text, resolve_levels(text, paragraph_level), 0, len(text), paragraph_level)
    return "".join(run[::-1] if level % 2 else run for run, level in runs)


def copies_as_written(text: str, paragraph_level: int, rtl_page: bool) -> bool:
    """Whether pdftotext can give back the one-line `text` as written."""
    return poppler_order(visual_line(text, paragraph_level), rtl_page) == text
