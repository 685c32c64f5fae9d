"""Bidi classes (with the defaults of unassigned code points) and the paired brackets of UAX #9."""

from __future__ import annotations

from bisect import bisect_right
from unicodedata import bidirectional

# DerivedBidiClass.txt @missing lines: unassigned code points of right-to-left blocks and currency.
_DEFAULT_RANGES = (
    (0x0590, 0x05FF, "R"),
    (0x0600, 0x07BF, "AL"),
    (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"),
    (0x20A0, 0x20CF, "ET"),
    (0xFB1D, 0xFB4F, "R"),
    (0xFB50, 0xFDCF, "AL"),
    (0xFDD0, 0xFDEF, "BN"),
    (0xFDF0, 0xFDFF, "AL"),
    (0xFE70, 0xFEFF, "AL"),
    (0xFFF0, 0xFFF8, "BN"),
    (0x10800, 0x10CFF, "R"),
    (0x10D00, 0x10D3F, "AL"),
    (0x10D40, 0x10EBF, "R"),
    (0x10EC0, 0x10EFF, "AL"),
    (0x10F00, 0x10F2F, "R"),
    (0x10F30, 0x10F6F, "AL"),
    (0x10F70, 0x10FFF, "R"),
    (0x1E800, 0x1EC6F, "R"),
    (0x1EC70, 0x1ECBF, "AL"),
    (0x1ECC0, 0x1ECFF, "R"),
    (0x1ED00, 0x1ED4F, "AL"),
    (0x1ED50, 0x1EDFF, "R"),
    (0x1EE00, 0x1EEFF, "AL"),
    (0x1EF00, 0x1EFFF, "R"),
    (0xE0000, 0xE0FFF, "BN"),
)
_STARTS = [start for start, _, _ in _DEFAULT_RANGES]

# BidiBrackets.txt (Unicode 15.0): each opening bracket followed by its closing bracket.
BRACKET_PAIRS = (
    "\u0028\u0029"
    "\u005b\u005d"
    "\u007b\u007d"
    "\u0f3a\u0f3b"
    "\u0f3c\u0f3d"
    "\u169b\u169c"
    "\u2045\u2046"
    "\u207d\u207e"
    "\u208d\u208e"
    "\u2308\u2309"
    "\u230a\u230b"
    "\u2329\u232a"
    "\u2768\u2769"
    "\u276a\u276b"
    "\u276c\u276d"
    "\u276e\u276f"
    "\u2770\u2771"
    "\u2772\u2773"
    "\u2774\u2775"
    "\u27c5\u27c6"
    "\u27e6\u27e7"
    "\u27e8\u27e9"
    "\u27ea\u27eb"
    "\u27ec\u27ed"
    "\u27ee\u27ef"
    "\u2983\u2984"
    "\u2985\u2986"
    "\u2987\u2988"
    "\u2989\u298a"
    "\u298b\u298c"
    "\u298d\u2990"
    "\u298f\u298e"
    "\u2991\u2992"
    "\u2993\u2994"
    "\u2995\u2996"
    "\u2997\u2998"
    "\u29d8\u29d9"
    "\u29da\u29db"
    "\u29fc\u29fd"
    "\u2e22\u2e23"
    "\u2e24\u2e25"
    "\u2e26\u2e27"
    "\u2e28\u2e29"
    "\u2e55\u2e56"
    "\u2e57\u2e58"
    "\u2e59\u2e5a"
    "\u2e5b\u2e5c"
    "\u3008\u3009"
    "\u300a\u300b"
    "\u300c\u300d"
    "\u300e\u300f"
    "\u3010\u3011"
    "\u3014\u3015"
    "\u3016\u3017"
    "\u3018\u3019"
    "\u301a\u301b"
    "\ufe59\ufe5a"
    "\ufe5b\ufe5c"
    "\ufe5d\ufe5e"
    "\uff08\uff09"
    "\uff3b\uff3d"
    "\uff5b\uff5d"
    "\uff5f\uff60"
    "\uff62\uff63"
)
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}  # canonically equivalent angle brackets
# Each bracket maps to the (canonical) closing bracket of its pair: a pair matches when both map alike.
OPENING_BRACKETS = {
    o: _CANONICAL.get(c, c) for o, c in zip(BRACKET_PAIRS[::2], BRACKET_PAIRS[1::2], strict=True)
}
CLOSING_BRACKETS = {c: _CANONICAL.get(c, c) for c in BRACKET_PAIRS[1::2]}


def bidi_class(char: str) -> str:
    """The Bidi_Class of `char`, with the standard's defaults where Python's tables have none."""
    kind = bidirectional(char)
    if kind:
        return kind
    code = ord(char)
    if code & 0xFFFE == 0xFFFE:  # noncharacters
        return "BN"
    position = bisect_right(_STARTS, code) - 1
    if position >= 0 and code <= _DEFAULT_RANGES[position][1]:
        return _DEFAULT_RANGES[position][2]
    return "L"


def bidi_classes(text: str) -> list[str]:
    return [bidi_class(char) for char in text]
