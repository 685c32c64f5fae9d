"""WCAG 2.1 contrast of every leg colour, digit, outline and selection, in normal and high-contrast mode,
and left and right kept apart for colour-blind readers and in grey print."""

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert
from colorspacious import deltaE
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QPalette

from diary_app.charts import palette
from diary_app.charts.palette import contrast_ratio
from diary_app.domain.vocab import SIDES
from diary_app.ui.history_model import COLUMN_LEFT
from diary_app.ui.history_model import COLUMN_RIGHT
from diary_app.ui.history_model import HistoryModel
from diary_app.ui.main_appearance import Appearance
from diary_app.ui.main_appearance import high_contrast_palette
from diary_app.ui.score_input import _readable_on
from diary_app.ui.score_input import _tint
from diary_app.ui.score_input import outline_colour
from diary_app.ui.score_input import side_colour
from diary_app.ui.score_input import side_ink
from tests.charts.test_palette import lightness

TEXT, MARK = 4.5, 3.0
CHART_BACKGROUND = "#ffffff"  # figures are drawn and saved on white (charts/style.py)
DEFICIENCIES = ("deuteranomaly", "protanomaly", "tritanomaly")
APART = 20  # CAM02-UCS colour difference: 20 is far apart (about 2 is just noticeable)


@pytest.fixture(params=["normal", "high contrast"])
def colours(request, qapp) -> QPalette:
    """The window's palette as Appearance applies it."""
    if request.param == "high contrast":
        return high_contrast_palette()
    return Appearance(qapp, "en", []).base_palette


def backgrounds(colours: QPalette) -> list[str]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)
    return [colours.color(role).name() for role in roles]


def test_leg_words_and_lines_read_on_every_background(colours):
    for side, background in itertools.product(SIDES, [*backgrounds(colours), CHART_BACKGROUND]):
        assert contrast_ratio(side_ink(side).name(), background) >= TEXT, (side, background)


def test_history_leg_headers_read(store, colours):
    model = HistoryModel(store, profile_id=1)
    for key in (COLUMN_LEFT, COLUMN_RIGHT):
        colour = model.headerData(
            model.columns.index(key), Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole
        )
        for background in backgrounds(colours):
            assert contrast_ratio(colour.name(), background) >= TEXT, (key, background)


@pytest.mark.parametrize("side", SIDES)
def test_the_digit_on_a_chosen_or_passed_cell_reads(side):
    for fill in (side_colour(side), _tint(side_colour(side))):
        assert contrast_ratio(_readable_on(fill).name(), fill.name()) >= TEXT, (side, fill.name())


def test_unmarked_outlines_stand_out(colours):
    base = colours.color(QPalette.ColorRole.Base).name()
    assert contrast_ratio(outline_colour(colours).name(), base) >= MARK


def test_the_selected_row_reads(colours):
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = colours.color(group, QPalette.ColorRole.HighlightedText).name()
        assert contrast_ratio(text, colours.color(group, QPalette.ColorRole.Highlight).name()) >= TEXT


def test_chart_marks_stand_out_from_the_white_page():
    marks = [
        *palette.SIDE_INKS.values(),
        palette.BAR_EDGE,
        palette.INK,
        palette.DOSE_COLOUR,
        palette.OTHER_DOSE_COLOUR,
        palette.GAIT,
    ]
    for mark in marks:
        assert contrast_ratio(mark, CHART_BACKGROUND) >= MARK, mark


@pytest.mark.parametrize("days", [28, 90, 365, 3000])
def test_daily_points_stay_visible_however_faint(days):
    from diary_app.charts.trend import point_look

    _size, opacity = point_look(days)
    for ink in palette.SIDE_INKS.values():
        channels = [int(ink[index : index + 2], 16) for index in (1, 3, 5)]
        seen = "#" + "".join(f"{round(opacity * c + (1 - opacity) * 255):02x}" for c in channels)
        assert contrast_ratio(seen, CHART_BACKGROUND) >= MARK, (days, ink, seen)


def test_the_style_blue_selection_is_darkened_until_it_reads(qapp):
    from diary_app.ui.main_appearance import readable_selection

    style_blue = QPalette(qapp.palette())
    style_blue.setColor(QPalette.ColorRole.Highlight, QColor("#308CC6"))
    style_blue.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    assert contrast_ratio("#308CC6", "#FFFFFF") < TEXT
    fixed = readable_selection(style_blue).color(QPalette.ColorRole.Highlight).name()
    assert contrast_ratio(fixed, "#FFFFFF") >= TEXT


def seen_with(colour: str, deficiency: str) -> np.ndarray:
    rgb = np.array([int(colour[index : index + 2], 16) for index in (1, 3, 5)]) / 255
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(rgb, space, "sRGB1"), 0, 1)


@pytest.mark.parametrize("pair", [(palette.LEFT_INK, palette.RIGHT_INK), (palette.LEFT, palette.RIGHT)])
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_left_and_right_stay_apart_for_colour_blind_readers(pair, deficiency):
    left, right = (seen_with(colour, deficiency) for colour in pair)
    assert deltaE(left, right, input_space="sRGB1") >= APART


def test_left_and_right_inks_differ_in_grey_print():
    assert abs(lightness(palette.LEFT_INK) - lightness(palette.RIGHT_INK)) >= 10


def test_the_window_uses_the_shared_palette():
    assert [side_colour(side).name() for side in SIDES] == [palette.LEFT.lower(), palette.RIGHT.lower()]
    assert [side_ink(side).name() for side in SIDES] == [palette.LEFT_INK.lower(), palette.RIGHT_INK.lower()]
