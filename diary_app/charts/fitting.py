"""Fitting words into a narrow figure: text widths measured before layout, and lines wrapped to a width.

Wrapping here (rather than matplotlib's Text.set_wrap) happens before constrained layout measures
the figure, so the layout leaves room for exactly the lines drawn.
"""

from __future__ import annotations

from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from diary_app.domain.messages import FSI
from diary_app.domain.messages import PDI

POINTS_PER_INCH = 72.0
_MEASURE = TextToPath()


def text_width(text: str, font: FontProperties) -> float:
    """Width in inches of one line of `text` in `font` (shaped as matplotlib shapes it)."""
    width, _height, _descent = _MEASURE.get_text_width_height_descent(text, font, ismath=False)
    return width / POINTS_PER_INCH


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
