"""Fitting words into a narrow figure: text widths measured before layout, and lines wrapped to a width.

Wrapping here (rather than matplotlib's Text.set_wrap) happens before constrained layout measures
the figure, so the layout leaves room for exactly the lines drawn.
"""

from __future__ import annotations

import functools

from matplotlib.font_manager import FontProperties
from matplotlib.font_manager import findfont
from matplotlib.font_manager import get_font
from matplotlib.textpath import TextToPath

from diary_app.domain.messages import FSI
from diary_app.domain.messages import PDI

POINTS_PER_INCH = 72.0
_MEASURE = TextToPath()


@functools.lru_cache(maxsize=4096)  # the panels of a figure and its redraws measure the same words
def text_width(text: str, font: FontProperties) -> float:
    """Width in inches of one line of `text` in `font` (shaped as matplotlib shapes it)."""
    width, _height, _descent = _MEASURE.get_text_width_height_descent(text, font, ismath=False)
    return width / POINTS_PER_INCH


@functools.lru_cache(maxsize=1024)
def descent(text: str, font: FontProperties) -> float:
    """Points the box matplotlib puts around `text` (line spacing "normal") reaches below the baseline
    of its last line: the font's own descent, or the letters' when they reach further."""
    font_file = get_font(findfont(font))
    head = font_file.get_sfnt_table("head")
    os2, hhea = font_file.get_sfnt_table("OS/2"), font_file.get_sfnt_table("hhea")
    per_point = font.get_size_in_points() / head["unitsPerEm"] if head else 0.0
    lowest, gap = 0.0, 0.0  # matplotlib's order: the OS/2 table's typographic metrics, else hhea's
    if os2:
        lowest, gap = -os2["sTypoDescender"] * per_point, os2["sTypoLineGap"] * per_point
    elif hhea:
        lowest, gap = -hhea["descent"] * per_point, hhea["lineGap"] * per_point
    last_line = text.rsplit("\n", 1)[-1]
    letters = _MEASURE.get_text_width_height_descent(last_line, font, ismath=False)[2] if last_line else 0.0
    return max(letters, lowest) + (gap / 2 if "\n" in text else 0.0)


def wrapped(text: str, font: FontProperties, width: float) -> str:
    """`text` broken at spaces into lines no wider than `width` inches (a longer word keeps its own line).

    A right-to-left text's first-strong isolate is put around each line, not around the whole.
    """
    isolated = text.startswith(FSI) and text.endswith(PDI)
    words = (text[1:-1] if isolated else text).split(" ")
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(f"{FSI}{line}{PDI}" if isolated else line for line in lines)
