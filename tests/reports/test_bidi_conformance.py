"""The report's bidi algorithm against Unicode's own conformance files (pinned copies, Unicode 15.0).

BidiCharacterTest.txt: every line, required 100 %. BidiTest.txt: every case without explicit
embeddings or overrides (LRE RLE LRO RLO PDF), required 100 %; of the cases with them, every fifth
line (a fixed sample, to keep the suite fast: all of them pass too, in ~20 s more), also required.
Run with `-s` to see the pass rates.
"""

from __future__ import annotations

import hashlib
import lzma
from pathlib import Path

import pytest

from diary_app.reports.bidi import levels_of_classes
from diary_app.reports.bidi import line_levels
from diary_app.reports.bidi import visual_order
from diary_app.reports.bidi_classes import bidi_classes
from diary_app.reports.bidi_explicit import REMOVED_BY_X9
from diary_app.reports.bidi_explicit import first_strong
from diary_app.reports.bidi_explicit import matching_pdis

FILES = Path(__file__).parent / "unicode"
SHA256 = {  # of the uncompressed files in Debian's unicode-data 15.0.0-1 (/usr/share/unicode/)
    "BidiCharacterTest.txt": "3c423c301f7b8dc41b879062cbf01fd1b4ec2ea4826e20d276c44b52129a01b6",
    "BidiTest.txt": "72a7a509dba0e147322c17997fb5159431042ff4a49fa08c7c25ccc1e291bbfe",
}
EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF"})
EXPLICIT_SAMPLE = 5  # every 5th data line with explicit embeddings


def read_pinned(name: str) -> list[str]:
    data = lzma.decompress((FILES / f"{name}.xz").read_bytes())
    assert hashlib.sha256(data).hexdigest() == SHA256[name]
    return [line for line in data.decode("utf-8").splitlines() if line and not line.startswith("#")]


def resolve(classes: list[str], direction: int | None, text: str | None = None):
    """(paragraph level, levels with None for X9-removed characters, visual order of the others)."""
    level = direction
    if level is None:
        level = first_strong(classes, 0, len(classes), matching_pdis(classes)) or 0
    levels = line_levels(classes, levels_of_classes(classes, level, text), level, 0, len(classes))
    shown = [None if kind in REMOVED_BY_X9 else value for kind, value in zip(classes, levels, strict=True)]
    order = [position for position in visual_order(levels) if shown[position] is not None]
    return level, shown, order


def parse_levels(field: str) -> list[int | None]:
    return [None if value == "x" else int(value) for value in field.split()]


def character_test_results() -> tuple[int, list[str]]:
    failures = []
    lines = read_pinned("BidiCharacterTest.txt")
    for line in lines:
        codes, direction, paragraph, levels, order = line.split(";")
        text = "".join(chr(int(code, 16)) for code in codes.split())
        expected = (int(paragraph), parse_levels(levels), [int(v) for v in order.split()])
        got = resolve(bidi_classes(text), {"0": 0, "1": 1, "2": None}[direction], text)
        if got != expected:
            failures.append(line)
    return len(lines), failures


def bidi_test_results() -> dict[bool, list[int]]:
    """{has explicit embeddings: [cases, failures]}"""
    counts = {False: [0, 0], True: [0, 0]}
    levels: list[int | None] = []
    order: list[int] = []
    for number, line in enumerate(read_pinned("BidiTest.txt")):
        if line.startswith("@Levels:"):
            levels = parse_levels(line[8:])
        elif line.startswith("@Reorder:"):
            order = [int(value) for value in line[9:].split()]
        elif not line.startswith("@"):
            types, bitset = line.split(";")
            classes = types.split()
            explicit = bool(EXPLICIT.intersection(classes))
            if explicit and number % EXPLICIT_SAMPLE:
                continue
            tally = counts[explicit]
            for bit, direction in ((1, None), (2, 0), (4, 1)):
                if int(bitset) & bit:
                    tally[0] += 1
                    tally[1] += resolve(classes, direction)[1:] != (levels, order)
    return counts


@pytest.mark.slow
def test_every_line_of_bidi_character_test_passes():
    total, failures = character_test_results()
    print(
        f"\nBidiCharacterTest.txt: {total - len(failures)}/{total} "
        f"({100 * (total - len(failures)) / total:.2f} %)"
    )
    assert failures == []


@pytest.mark.slow
def test_every_case_of_bidi_test_passes():
    counts = bidi_test_results()
    for explicit, (total, failed) in counts.items():
        kind = "with" if explicit else "without"
        kind += f" explicit embeddings{f' (every {EXPLICIT_SAMPLE}th line)' if explicit else ''}"
        print(f"\nBidiTest.txt, {kind}: {total - failed}/{total} ({100 * (total - failed) / total:.2f} %)")
    assert counts[False][1] == counts[True][1] == 0
