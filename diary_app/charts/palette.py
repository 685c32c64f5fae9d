"""Chart and window colours, markers, dashes: Okabe-Ito left/right, laterality colours, red for red flags.

Every colour pair that must be told apart also differs in lightness (CIE L*), so the charts still
read in grey print; left and right lines also differ by marker and dash so they read without colour.
Fills (LEFT, RIGHT) carry black or white text; text, lines and markers on a light background use
the inks, a darker shade of the same hue (WCAG 2.1: 4.5:1 for text, 3:1 for marks; tests/ui/test_contrast.py).
"""

from typing import Literal

LEFT = "#0072B2"  # blue, L* 46: a fill under white text (5.2:1)
RIGHT = "#E69F00"  # orange, L* 71: a fill under black text (9.3:1); never text or a line on white (2.2:1)
SIDE_COLOURS = {"left": LEFT, "right": RIGHT}
LEFT_INK = "#004E7C"  # dark blue, L* 32: 8.8:1 on white
RIGHT_INK = "#A05000"  # dark orange, L* 46: 5.8:1 on white, 5.0:1 on the window's light grey
SIDE_INKS = {"left": LEFT_INK, "right": RIGHT_INK}
SIDE_MARKERS = {"left": "o", "right": "s"}
SIDE_DASHES: dict[str, Literal["-", "--"]] = {"left": "-", "right": "--"}

RED_FLAG = "#D55E00"  # vermillion: only ever used for red flags

LATERALITY_COLOURS = {
    "asymmetric": "#5E3C99",  # dark purple, L* 34
    "left_only": LEFT,  # the left leg's own blue, L* 46
    "symmetric": "#009E73",  # bluish green, L* 58
    "right_only": RIGHT,  # the right leg's own orange, L* 71
    "no_symptoms": "#E6E6E6",  # light grey, L* 91
}
LATERALITY_HATCHES = {
    "symmetric": "",
    "asymmetric": "xx",
    "left_only": "//",
    "right_only": "\\\\",
    "no_symptoms": "",
}

INK = "#222222"
BAR_EDGE = "#595959"  # outlines every bar, whatever its fill (7.0:1 on white)
MUTED = "#6E6E6E"
GRID = "#D9D9D9"
BAND = "#D8E8D8"  # reference-range band on lab charts
GAIT = "#222222"
FALLS = "#7F7F7F"
WALK = "#009E73"
REGIMEN_LINE = "#444444"

DOSE_MARKERS = {"injection": "v", "oral": "o", "sublingual": "D", "nasal": "^", "other": "X"}
DOSE_COLOUR = "#333333"
OTHER_DOSE_COLOUR = "#767676"  # 4.5:1 on white, lighter than B12's marks


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of "#RRGGBB" (0 black … 1 white)."""
    channels = [int(colour.lstrip("#")[index : index + 2], 16) / 255 for index in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two "#RRGGBB" colours, 1 … 21."""
    darker, lighter = sorted((relative_luminance(first), relative_luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)
