"""UAX #9 paragraph level (P2, P3), explicit levels (X1–X8) and isolating run sequences (X9, X10)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

MAX_DEPTH = 125
ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
EMBEDDINGS = {"LRE": (False, None), "RLE": (True, None), "LRO": (False, "L"), "RLO": (True, "R")}
REMOVED_BY_X9 = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN"})


@dataclass(frozen=True)
class RunSequence:
    """One isolating run sequence: its characters' indices, level, and start/end-of-sequence types."""

    indices: list[int]
    level: int
    sos: str
    eos: str


def matching_pdis(classes: list[str]) -> dict[int, int]:
    """BD9: the index of the PDI that closes each isolate initiator (unmatched ones are left out)."""
    matches: dict[int, int] = {}
    open_initiators: list[int] = []
    for index, kind in enumerate(classes):
        if kind in ISOLATE_INITIATORS:
            open_initiators.append(index)
        elif kind == "PDI" and open_initiators:
            matches[open_initiators.pop()] = index
    return matches


def first_strong(classes: list[str], start: int, end: int, matches: dict[int, int]) -> int | None:
    """P2: 1 for R/AL, 0 for L, None when no strong character is met (isolates skipped)."""
    index = start
    while index < end:
        kind = classes[index]
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
        if kind in ISOLATE_INITIATORS:
            if index not in matches:
                return None
            index = matches[index]
        index += 1
    return None


def explicit_levels(
    classes: list[str], paragraph_level: int, matches: dict[int, int]
) -> tuple[list[int], list[str]]:
    """X1–X8: every character's explicit level, and its type after directional overrides."""
    stack = _DirectionalStatus(paragraph_level)
    levels, types = [paragraph_level] * len(classes), list(classes)
    for index, kind in enumerate(classes):
        if kind in EMBEDDINGS:
            levels[index] = stack.level
            stack.push_embedding(*EMBEDDINGS[kind])
        elif kind in ISOLATE_INITIATORS:
            levels[index], types[index] = stack.level, stack.override or kind
            end = matches.get(index, len(classes))
            stack.push_isolate(
                kind == "RLI" or (kind == "FSI" and first_strong(classes, index + 1, end, matches) == 1)
            )
        elif kind == "PDI":
            stack.pop_isolate()
            levels[index], types[index] = stack.level, stack.override or kind
        elif kind == "PDF":
            levels[index] = stack.level
            stack.pop_embedding()
        elif kind in ("B", "BN"):
            levels[index] = paragraph_level if kind == "B" else stack.level
        else:
            levels[index], types[index] = stack.level, stack.override or kind
    return levels, types


class _DirectionalStatus:
    """The directional status stack of X1 with its overflow counters."""

    def __init__(self, paragraph_level: int):
        # (level, override, isolate)
        self.entries: list[tuple[int, str | None, bool]] = [(paragraph_level, None, False)]
        self.overflow_isolates = self.overflow_embeddings = self.valid_isolates = 0

    @property
    def level(self) -> int:
        return self.entries[-1][0]

    @property
    def override(self) -> str | None:
        return self.entries[-1][1]

    def _next_level(self, rtl: bool) -> int | None:
        level = self.level + 1
        level += (level % 2 == 0) == rtl
        valid = level <= MAX_DEPTH and self.overflow_isolates == self.overflow_embeddings == 0
        return level if valid else None

    def push_embedding(self, rtl: bool, override: str | None) -> None:
        level = self._next_level(rtl)
        if level is not None:
            self.entries.append((level, override, False))
        elif self.overflow_isolates == 0:
            self.overflow_embeddings += 1

    def push_isolate(self, rtl: bool) -> None:
        level = self._next_level(rtl)
        if level is None:
            self.overflow_isolates += 1
            return
        self.valid_isolates += 1
        self.entries.append((level, None, True))

    def pop_isolate(self) -> None:
        if self.overflow_isolates:
            self.overflow_isolates -= 1
        elif self.valid_isolates:
            self.overflow_embeddings = 0
            while not self.entries[-1][2]:
                self.entries.pop()
            self.entries.pop()
            self.valid_isolates -= 1

    def pop_embedding(self) -> None:
        if self.overflow_isolates:
            return
        if self.overflow_embeddings:
            self.overflow_embeddings -= 1
        elif not self.entries[-1][2] and len(self.entries) >= 2:
            self.entries.pop()


def run_sequences(
    classes: list[str], levels: list[int], paragraph_level: int, matches: dict[int, int]
) -> list[RunSequence]:
    """X9, X10: the isolating run sequences of the characters X9 keeps, in order of their start."""
    kept = [index for index, kind in enumerate(classes) if kind not in REMOVED_BY_X9]
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    run_at = {run[0]: run for run in runs}
    continued: set[int] = set()
    sequences = []
    for run in runs:
        if run[0] in continued:
            continue
        indices = list(run)
        while indices[-1] in matches and matches[indices[-1]] in run_at:
            continued.add(matches[indices[-1]])
            indices.extend(run_at[matches[indices[-1]]])
        sequences.append(_with_edges(indices, classes, levels, paragraph_level, kept))
    return sequences


def _with_edges(
    indices: list[int], classes: list[str], levels: list[int], paragraph_level: int, kept: list[int]
) -> RunSequence:
    level = levels[indices[0]]
    position = bisect_left(kept, indices[0])
    before = levels[kept[position - 1]] if position > 0 else paragraph_level
    position = bisect_left(kept, indices[-1])
    after = paragraph_level
    if classes[indices[-1]] not in ISOLATE_INITIATORS and position + 1 < len(kept):
        after = levels[kept[position + 1]]
    return RunSequence(
        indices, level, "R" if max(level, before) % 2 else "L", "R" if max(level, after) % 2 else "L"
    )
