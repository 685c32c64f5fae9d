"""The Unicode bidirectional algorithm (UAX #9, Unicode 15) for the report's paragraphs and lines.

Conformant to BidiCharacterTest.txt and BidiTest.txt (tests/reports/test_bidi_conformance.py),
explicit embeddings and overrides included; docs/bidi.md says why it is ours rather than a library.
The patient's text reaches it without embeddings, overrides or isolates (`text.clean_user_text`);
the program's own sentences carry first-strong isolates around inserted values.
"""

from __future__ import annotations

from typing import Any

from diary_app.reports.bidi_classes import bidi_classes
from diary_app.reports.bidi_explicit import ISOLATE_INITIATORS
from diary_app.reports.bidi_explicit import REMOVED_BY_X9
from diary_app.reports.bidi_explicit import explicit_levels
from diary_app.reports.bidi_explicit import first_strong
from diary_app.reports.bidi_explicit import matching_pdis
from diary_app.reports.bidi_explicit import run_sequences
from diary_app.reports.bidi_implicit import resolve_sequence

INVISIBLE = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")
_RESET_AT_LINE_END = ISOLATE_INITIATORS | REMOVED_BY_X9 | {"WS", "PDI"}


def base_level(text: str, default: int = 0) -> int:
    """P2, P3: 1 when the first strong character (outside isolates) is right-to-left, 0 when
    left-to-right, `default` when there is none."""
    classes = bidi_classes(text)
    found = first_strong(classes, 0, len(classes), matching_pdis(classes))
    return default if found is None else found


def resolve_levels(text: str, paragraph_level: int) -> list[int]:
    """The resolved level of every character of one paragraph, before the line rule L1."""
    return levels_of_classes(bidi_classes(text), paragraph_level, text)


def levels_of_classes(classes: list[str], paragraph_level: int, text: str | None = None) -> list[int]:
    """Levels from bidi classes; `text` supplies the brackets of rule N0 (without it, none pair).

    Characters removed by X9 take the level of the character before them, so that a joiner inside
    a right-to-left word never splits its run."""
    matches = matching_pdis(classes)
    levels, types = explicit_levels(classes, paragraph_level, matches)
    for sequence in run_sequences(classes, levels, paragraph_level, matches):
        resolve_sequence(sequence, types, classes, text, levels)
    previous = paragraph_level
    for index, kind in enumerate(classes):
        if kind in REMOVED_BY_X9:
            levels[index] = previous
        previous = levels[index]
    return levels


def line_levels(
    classes: list[str], levels: list[int], paragraph_level: int, start: int, end: int
) -> list[int]:
    """L1: the levels of the line [start, end), with separators and trailing white space reset."""
    line = levels[start:end]
    trailing = True
    for index in range(end - 1, start - 1, -1):
        kind = classes[index]
        if kind in ("S", "B"):
            line[index - start], trailing = paragraph_level, True
        elif trailing and kind in _RESET_AT_LINE_END:
            line[index - start] = paragraph_level
        else:
            trailing = False
    return line


def visual_order(line: list[int]) -> list[int]:
    """L2: positions of the line's characters from left to right."""
    order = list(range(len(line)))
    if not line:
        return order
    highest, lowest = max(line), min(line)
    for level in range(highest, lowest + (lowest % 2 == 0) - 1, -1):
        position = 0
        while position < len(order):
            if line[order[position]] < level:
                position += 1
                continue
            end = position
            while end < len(order) and line[order[end]] >= level:
                end += 1
            order[position:end] = order[position:end][::-1]
            position = end
    return order


def visual_runs(
    text: str, levels: list[int], start: int, end: int, paragraph_level: int, classes: list[str] | None = None
) -> list[tuple[str, int]]:
    """The line text[start:end] as (run text in logical order, level) pairs in visual order, left first.

    Odd-level runs are drawn right to left (the shaper reverses them); invisible controls are dropped
    after the line is ordered. `classes`: the paragraph's bidi classes, when already known."""
    return [(run, level) for run, level, _ in placed_runs(text, levels, start, end, paragraph_level, classes)]


def placed_runs(
    text: str, levels: list[int], start: int, end: int, paragraph_level: int, classes: list[str] | None = None
) -> list[tuple[str, int, int]]:
    """`visual_runs` with the index of each run's first character in logical order."""
    classes = classes if classes is not None else bidi_classes(text)
    line = line_levels(classes, levels, paragraph_level, start, end)
    runs: list[list[Any]] = []  # [characters in visual order, level, last index, first index]
    for position in visual_order(line):
        index, level = start + position, line[position]
        if text[index] in INVISIBLE:
            continue
        if runs and runs[-1][1] == level and (index > runs[-1][2]) == (level % 2 == 0):
            runs[-1][0].append(text[index])
            runs[-1][2] = index
            runs[-1][3] = min(runs[-1][3], index)
        else:
            runs.append([[text[index]], level, index, index])
    return [("".join(chars[::-1] if level % 2 else chars), level, first) for chars, level, _, first in runs]
