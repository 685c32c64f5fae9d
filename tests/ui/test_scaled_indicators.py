"""Check boxes grow with the text size (Qt sizes their boxes in pixels, not in text)."""

import pytest
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QStyle

from diary_app.ui.main_appearance import Appearance
from diary_app.ui.scaled_style import ScaledIndicators


@pytest.fixture
def appearance(qapp):
    saved = (qapp.font(), qapp.palette(), qapp.style().name())
    yield Appearance(qapp, "en", [])
    font, palette, style = saved
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_check_boxes_grow_at_150_percent(qtbot, qapp, appearance, high_contrast):
    sizes = {}
    for scale in (100, 150):
        appearance.apply(scale, high_contrast)
        box = QCheckBox("Add the daily log")
        qtbot.addWidget(box)
        sizes[scale] = qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
        assert box.sizeHint().height() >= sizes[scale]
    assert sizes[150] >= round(1.5 * sizes[100]) > sizes[100]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_at_100_percent_the_base_style_answers_without_a_python_override(qapp, appearance, high_contrast):
    """Qt asks the style ~1,400 pixel metrics before the first paint; at 100 % none is scaled."""
    appearance.apply(100, high_contrast)
    assert not isinstance(qapp.style(), ScaledIndicators)
    expected = "fusion" if high_contrast else appearance.base_style.lower()
    assert qapp.style().name().lower() == expected
    appearance.apply(125, high_contrast)
    assert isinstance(qapp.style(), ScaledIndicators) and qapp.style().name().lower() == expected
