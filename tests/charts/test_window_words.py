"""The window's charts (any width the window gives, 100 and 150 % text, English and Arabic) keep
every word apart and inside the figure: walking with its second axis, legs, places, labs."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.demo import demo_diary
from tests.charts.test_narrow import END
from tests.charts.test_narrow import drawn_words
from tests.charts.test_narrow import narrow_style
from tests.charts.test_narrow import overlapping
from tests.charts.test_trend_words import outside

START = END - timedelta(days=364)
BUILDERS = {
    "walking": lambda d, style: gait_figure(d.entries, START, END, style),
    "legs": lambda d, style: laterality_figure(d.entries, START, END, style),
    "places": lambda d, style: regions_figure(d.entries, START, END, style),
    "labs": lambda d, style: labs_figure(d.labs, START, END, style),
}


@pytest.fixture(scope="module")
def year():
    return demo_diary(365, "mixed", end=END)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("width, scale", [(6.5, 1.5), (11.0, 1.0)])  # small at large text; wide
@pytest.mark.parametrize("chart", list(BUILDERS))
def test_window_charts_keep_their_words_apart_and_inside(year, language, width, scale, chart):
    style = dataclasses.replace(narrow_style(language, width), legend_columns=0, scale=scale)
    fig = BUILDERS[chart](year, style)
    words = drawn_words(fig)
    assert len(words) > 5
    assert overlapping(words) == []
    assert outside(fig, words) == []
