"""UAX #9 rules for one isolating run sequence: weak types (W1–W7), brackets (N0), neutrals (N1, N2),
implicit levels (I1, I2)."""

from __future__ import annotations

from diary_app.reports.bidi_classes import CLOSING_BRACKETS
from diary_app.reports.bidi_classes import OPENING_BRACKETS
from diary_app.reports.bidi_explicit import RunSequence

ISOLATE_CONTROLS = frozenset({"LRI", "RLI", "FSI", "PDI"})
NEUTRAL_OR_ISOLATE = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
MAX_BRACKET_DEPTH = 63
_SEPARATORS_BETWEEN_NUMBERS = frozenset({("ES", "EN"), ("CS", "EN"), ("CS", "AN")})  # W4
_STRONG = {"L": "L", "R": "R", "EN": "R", "AN": "R"}  # how N0-N2 count numbers: as R


def resolve_sequence(
    sequence: RunSequence, types: list[str], classes: list[str], text: str | None, levels: list[int]
) -> None:
    """Resolve the types and then the levels of one isolating run sequence, in place."""
    kinds = [types[index] for index in sequence.indices]
    _weak_types(kinds, sequence.sos)
    if text is not None:
        _paired_brackets(kinds, sequence, classes, text)
    _neutral_types(kinds, sequence)
    for index, kind in zip(sequence.indices, kinds, strict=True):
        levels[index] = _implicit_level(sequence.level, kind)


def _weak_types(kinds: list[str], sos: str) -> None:
    previous, last_strong = sos, sos
    for position, kind in enumerate(kinds):
        if kind == "NSM":  # W1
            kind = "ON" if previous in ISOLATE_CONTROLS else previous
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":  # W2
            kind = "AN"
        previous = kind
        kinds[position] = "R" if kind == "AL" else kind  # W3
    for position in range(1, len(kinds) - 1):  # W4
        before, kind, after = kinds[position - 1 : position + 2]
        if before == after and (kind, before) in _SEPARATORS_BETWEEN_NUMBERS:
            kinds[position] = before
    _european_terminators(kinds)  # W5
    last_strong = sos
    for position, kind in enumerate(kinds):
        if kind in ("ES", "ET", "CS"):  # W6
            kinds[position] = "ON"
        elif kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":  # W7
            kinds[position] = "L"


def _european_terminators(kinds: list[str]) -> None:
    position = 0
    while position < len(kinds):
        if kinds[position] != "ET":
            position += 1
            continue
        end = position
        while end < len(kinds) and kinds[end] == "ET":
            end += 1
        if (position > 0 and kinds[position - 1] == "EN") or (end < len(kinds) and kinds[end] == "EN"):
            kinds[position:end] = ["EN"] * (end - position)
        position = end


def _bracket_pairs(kinds: list[str], indices: list[int], text: str) -> list[tuple[int, int]]:
    """BD16: positions of matched bracket pairs in the sequence, sorted by the opening bracket."""
    openers: list[tuple[str, int]] = []
    pairs = []
    for position, index in enumerate(indices):
        char = text[index]
        if kinds[position] != "ON":
            continue
        if char in OPENING_BRACKETS:
            if len(openers) == MAX_BRACKET_DEPTH:
                break
            openers.append((OPENING_BRACKETS[char], position))
        elif char in CLOSING_BRACKETS:
            for depth in range(len(openers) - 1, -1, -1):
                if openers[depth][0] == CLOSING_BRACKETS[char]:
                    pairs.append((openers[depth][1], position))
                    del openers[depth:]
                    break
    return sorted(pairs)


def _paired_brackets(kinds: list[str], sequence: RunSequence, classes: list[str], text: str) -> None:
    """N0: a bracket pair takes the direction of the strong text inside it (or around it)."""
    embedding = "R" if sequence.level % 2 else "L"
    for opening, closing in _bracket_pairs(kinds, sequence.indices, text):
        inside = {_STRONG.get(kind) for kind in kinds[opening + 1 : closing]}
        if embedding in inside:
            direction = embedding
        elif inside - {None}:
            direction = _strong_before(kinds, opening, sequence.sos)
        else:
            continue
        for bracket in (opening, closing):
            following = bracket + 1
            while following < len(kinds) and classes[sequence.indices[following]] == "NSM":
                following += 1
            kinds[bracket:following] = [direction] * (following - bracket)


def _strong_before(kinds: list[str], position: int, sos: str) -> str:
    for kind in reversed(kinds[:position]):
        if kind in _STRONG:
            return _STRONG[kind]
    return sos


def _neutral_types(kinds: list[str], sequence: RunSequence) -> None:
    embedding = "R" if sequence.level % 2 else "L"
    position = 0
    while position < len(kinds):
        if kinds[position] not in NEUTRAL_OR_ISOLATE:
            position += 1
            continue
        end = position
        while end < len(kinds) and kinds[end] in NEUTRAL_OR_ISOLATE:
            end += 1
        before = _STRONG.get(kinds[position - 1], "R") if position > 0 else sequence.sos
        after = _STRONG.get(kinds[end], "R") if end < len(kinds) else sequence.eos
        kinds[position:end] = [before if before == after else embedding] * (end - position)  # N1, N2
        position = end


def _implicit_level(level: int, kind: str) -> int:
    if level % 2 == 0:
        return level + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)  # I1
    return level + (1 if kind in ("L", "EN", "AN") else 0)  # I2
