"""The trend chart's words (plan starts, legend, axes) never overlap, cover the data or leave the figure."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from diary_app.charts import trend_figure
from diary_app.demo import demo_diary
from diary_app.domain import Regimen
from diary_app.domain.vocab import B12
from tests.charts.test_narrow import END
from tests.charts.test_narrow import drawn_words
from tests.charts.test_narrow import narrow_style
from tests.charts.test_narrow import overlapping

SIZES = {
    "window": (6.5, None),
    "report": (6.5, 2.8),
    "compact report": (6.5, 1.9),
    "wide window": (11.0, None),
}


@pytest.fixture(scope="module")
def year():
    return demo_diary(365, "mixed", end=END)


def plans(*days_before_end: int, form: str = "injection") -> tuple:
    return tuple(Regimen(B12, form, 1000, "µg", 7, END - timedelta(days=d)) for d in days_before_end)


def drawn(diary, regimens, language: str, size: str, sensation: str = "pain", scale: float = 1.0):
    width, height = SIZES[size]
    style = dataclasses.replace(narrow_style(language, width), legend_columns=0, scale=scale)
    start = END - timedelta(days=364)
    style = dataclasses.replace(style, height=height or 0.0)
    fig = trend_figure(diary.entries, diary.doses, regimens, start, END, sensation, style)
    fig.set_size_inches(width, height or fig.get_figheight())
    return fig, drawn_words(fig)


def outside(fig, words) -> list[str]:
    page = fig.bbox
    return [
        text
        for text, box in words
        if box.x0 < page.x0 - 1 or box.x1 > page.x1 + 1 or box.y0 < page.y0 - 1 or box.y1 > page.y1 + 1
    ]


def names_over_the_plot(fig) -> list[str]:
    """Start names that reach down into a plot (where the points are)."""
    renderer = fig.canvas.get_renderer()
    found = []
    for ax in fig.axes:
        top = ax.get_window_extent(renderer).y1
        for text in ax.texts:
            if text.get_gid() == "regimen-start" and text.get_window_extent(renderer).y0 < top - 1:
                found.append(text.get_text())
    return found


CASES = {
    "close together": plans(200, 197, 190),
    "many": plans(*range(330, 0, -30), form="oral"),
    "at the ends": plans(364, 0),
}


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("case", list(CASES))
def test_plan_start_names_never_overlap_cover_points_or_leave_the_figure(year, language, size, case):
    fig, words = drawn(year, CASES[case], language, size)
    names = [t for ax in fig.axes for t in ax.texts if t.get_gid() == "regimen-start"]
    dotted_key = fig.axes[0].get_legend()
    assert (names != []) == (size != "compact report")  # a low figure keeps its height for the points
    assert (dotted_key is not None) == (len(names) < len(CASES[case]))
    assert overlapping(words) == []
    assert outside(fig, words) == []
    assert names_over_the_plot(fig) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_all_sensations_at_150_percent_keep_their_words_apart(year, language):
    fig, words = drawn(year, CASES["close together"], language, "window", sensation="all", scale=1.5)
    assert overlapping(words) == []
    assert outside(fig, words) == []
    assert names_over_the_plot(fig) == []


def test_starts_too_close_to_name_all_keep_their_lines_and_the_legend_explains_them(year):
    crowded = plans(*range(100, 80, -1))
    fig, words = drawn(year, crowded, "en", "report")
    names = [t for t in fig.axes[0].texts if t.get_gid() == "regimen-start"]
    assert 0 < len(names) < len(crowded)
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["Plan start"]
    assert sum(1 for line in fig.axes[0].get_lines() if line.get_linestyle() == ":") == len(crowded)
    assert overlapping(words) == []


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("days", [14, 90, 365])
def test_points_on_the_first_and_last_day_are_drawn_whole(year, language, days):
    style = narrow_style(language, 6.5)
    fig = trend_figure(year.entries, (), (), END - timedelta(days=days - 1), END, "pain", style)
    fig.canvas.draw()
    ax = fig.axes[0]
    plot = ax.get_window_extent()
    for line in ax.get_lines():
        if not line.get_gid().startswith("days-"):
            continue
        radius = line.get_markersize() / 2 * fig.dpi / 72
        xs = ax.transData.transform([(x, 0) for x in line.get_xdata()])[:, 0]
        assert xs.min() - radius >= plot.x0 and xs.max() + radius <= plot.x1
