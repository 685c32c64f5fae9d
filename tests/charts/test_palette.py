"""Colours: Okabe-Ito left/right, laterality colours apart in grey print, red kept for red flags."""

from __future__ import annotations

import colorsys
import itertools

from matplotlib.colors import to_rgb

from diary_app.analysis import LATERALITY_KINDS
from diary_app.charts import palette


def lightness(colour: str) -> float:
    """CIE L* (0 black … 100 white) of an sRGB colour: what is left in grey print."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
    y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 116 * y ** (1 / 3) - 16 if y > 0.008856 else 903.3 * y


def is_reddish(colour: str) -> bool:
    hue, saturation, _value = colorsys.rgb_to_hsv(*to_rgb(colour))
    return saturation > 0.4 and (hue < 0.03 or hue > 0.95)


def test_left_and_right_are_the_agreed_colours_and_differ_in_grey():
    assert (palette.LEFT, palette.RIGHT) == ("#0072B2", "#E69F00")
    assert abs(lightness(palette.LEFT) - lightness(palette.RIGHT)) > 20
    assert palette.SIDE_MARKERS["left"] != palette.SIDE_MARKERS["right"]
    assert palette.SIDE_DASHES["left"] != palette.SIDE_DASHES["right"]


def test_every_laterality_kind_has_its_own_colour_apart_in_lightness_and_none_is_red():
    colours = [palette.LATERALITY_COLOURS[kind] for kind in LATERALITY_KINDS]
    assert len(set(colours)) == len(LATERALITY_KINDS)
    for first, second in itertools.combinations(colours, 2):
        assert abs(lightness(first) - lightness(second)) >= 10, (first, second)
    assert not any(is_reddish(c) or c == palette.RED_FLAG for c in colours)
    assert palette.RED_FLAG not in (palette.LEFT, palette.RIGHT)
