"""The Unicode bidirectional algorithm (UAX #9) for plain paragraphs, enough for the report's text.

Handles strong, weak and neutral types (rules W1–W7, N1–N2, I1–I2), isolates (FSI/LRI/RLI … PDI,
which the program puts around inserted values) and line reordering (L2). Embeddings and overrides
(LRE, RLE, LRO, RLO, PDF) never reach it: `text.clean_user_text` removes them from the patient's
text, so a note cannot reorder the page.
"""

from __future__ import annotations

from unicodedata import bidirectional

ISOLATE_OPENERS = {"\u2066": 0, "\u2067": 1, "\u2068": None}  # LRI, RLI, FSI (None: first strong)
PDI = "\u2069"
NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})
INVISIBLE = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")


def base_level(text: str, default: int = 0) -> int:
    """1 when the first strong character (outside isolates) is right-to-left, 0 when left-to-right."""
    depth = 0
    for char in text:
        if char in ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = bidirectional(char)
            if kind == "L":
                return 0
            if kind in ("R", "AL"):
                return 1
    return default


def resolve_levels(text: str, paragraph_level: int) -> list[int]:
    """The embedding level of every character of one paragraph (no line breaks inside)."""
    levels = [paragraph_level] * len(text)
    _resolve(text, list(range(len(text))), paragraph_level, levels)
    return levels


def _resolve(text: str, indices: list[int], level: int, levels: list[int]) -> None:
    outer, inner_spans = _split_isolates(text, indices)
    types = [bidirectional(text[i]) or "L" for i in outer]
    types = [("ON" if t in ("LRI", "RLI", "FSI", "PDI") else t) for t in types]
    sos = "R" if level % 2 else "L"
    _weak_types(types, sos)
    _neutral_types(types, sos)
    for position, index in enumerate(outer):
        levels[index] = _implicit_level(level, types[position])
    for opener, span in inner_spans:
        direction = ISOLATE_OPENERS[text[opener]]
        if direction is None:
            direction = base_level("".join(text[i] for i in span), level % 2)
        inner = level + 1 if (level + 1) % 2 == direction else level + 2
        for index in span:
            levels[index] = inner
        _resolve(text, span, inner, levels)


def _split_isolates(text: str, indices: list[int]) -> tuple[list[int], list[tuple[int, list[int]]]]:
    """Indices outside matched isolates (initiators and PDIs included) and each isolate's content."""
    outer: list[int] = []
    spans: list[tuple[int, list[int]]] = []
    position = 0
    while position < len(indices):
        index = indices[position]
        outer.append(index)
        if text[index] in ISOLATE_OPENERS:
            close = _matching_pdi(text, indices, position)
            if close is not None:
                spans.append((index, indices[position + 1:close]))
                outer.append(indices[close])
                position = close
        position += 1
    return outer, spans


def _matching_pdi(text: str, indices: list[int], start: int) -> int | None:
    depth = 0
    for position in range(start, len(indices)):
        char = text[indices[position]]
        if char in ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth -= 1
            if depth == 0:
                return position
    return None


def _weak_types(types: list[str], sos: str) -> None:
    previous, last_strong = sos, sos
    for i, kind in enumerate(types):
        if kind == "NSM":  # W1
            kind = previous
        if kind == "EN" and last_strong == "AL":  # W2
            kind = "AN"
        if kind in ("L", "R", "AL"):
            last_strong = kind
        types[i] = "R" if kind == "AL" else kind  # W3
        previous = types[i]
    for i in range(1, len(types) - 1):  # W4
        before, after = types[i - 1], types[i + 1]
        if types[i] in ("ES", "CS") and before == after == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and before == after == "AN":
            types[i] = "AN"
    _european_terminators(types)  # W5
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):  # W6
            types[i] = kind = "ON"
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":  # W7
            types[i] = "L"


def _european_terminators(types: list[str]) -> None:
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        touches_number = (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN")
        if touches_number:
            types[i:end] = ["EN"] * (end - i)
        i = end


def _neutral_types(types: list[str], sos: str) -> None:
    i = 0
    while i < len(types):
        if types[i] not in NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in NEUTRAL:
            end += 1
        before = _strong_direction(types[i - 1]) if i > 0 else sos
        after = _strong_direction(types[end]) if end < len(types) else sos
        types[i:end] = [before if before == after else sos] * (end - i)  # N1, N2
        i = end


def _strong_direction(kind: str) -> str:
    return "L" if kind == "L" else "R"


def _implicit_level(level: int, kind: str) -> int:
    if level % 2 == 0:
        return level + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)  # I1
    return level + (1 if kind in ("L", "EN", "AN") else 0)  # I2


def visual_runs(text: str, levels: list[int], start: int, end: int) -> list[tuple[str, int]]:
    """The line text[start:end] as (run text in logical order, level) pairs in visual order, left first.

    Odd-level runs are drawn right to left (the shaper reverses them); invisible controls are dropped.
    """
    runs: list[list] = []
    for index in range(start, end):
        char = text[index]
        if char in INVISIBLE:
            continue
        if runs and runs[-1][1] == levels[index]:
            runs[-1][0] += char
        else:
            runs.append([char, levels[index]])
    if not runs:
        return []
    highest = max(level for _, level in runs)
    odd_levels = [level for _, level in runs if level % 2]
    lowest_odd = min(odd_levels) if odd_levels else highest + 1
    for threshold in range(highest, lowest_odd - 1, -1):  # L2
        runs = _reverse_at_or_above(runs, threshold)
    return [(run_text, level) for run_text, level in runs]


def _reverse_at_or_above(runs: list[list], threshold: int) -> list[list]:
    result: list[list] = []
    stretch: list[list] = []
    for run in runs:
        if run[1] >= threshold:
            stretch.append(run)
            continue
        result.extend(reversed(stretch))
        stretch = []
        result.append(run)
    result.extend(reversed(stretch))
    return result
