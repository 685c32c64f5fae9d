"""The axis settings that spare matplotlib work change nothing in the picture."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from diary_app.charts import ChartStyle
from diary_app.charts import trend
from diary_app.charts import trend_figure
from diary_app.charts.lean_axes import InsideLocator
from diary_app.charts.lean_axes import unnamed_axes
from diary_app.demo import demo_diary
from diary_app.domain.messages import NumberFormat
from diary_app.translator import translate_function
from tests.charts.conftest import END


def pixels(fig: Figure) -> np.ndarray:
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def styles() -> list[ChartStyle]:
    arabic = ChartStyle(
        translate=translate_function("ar"), numbers=NumberFormat(arabic_digits=True), rtl=True, scale=1.25
    )
    return [ChartStyle(), ChartStyle(scale=1.5), ChartStyle(width=4.4), arabic]


@pytest.mark.parametrize("days", [28, 400])
@pytest.mark.parametrize("sensation", ["all", "pain"])
def test_the_trend_figure_draws_as_with_matplotlibs_own_ticks_and_label_placement(
    monkeypatch, days, sensation
):
    diary = demo_diary(days, "symmetric", seed=3, end=END)
    start = END - timedelta(days=days - 1)
    for style in styles():
        lean = pixels(trend_figure(diary.entries, diary.doses, diary.regimens, start, END, sensation, style))
        with monkeypatch.context() as patched:
            patched.setattr(trend, "InsideLocator", MaxNLocator)
            patched.setattr(trend, "unnamed_axes", lambda *axes: None)
            full = trend_figure(diary.entries, diary.doses, diary.regimens, start, END, sensation, style)
            assert not any(isinstance(ax.yaxis.get_major_locator(), InsideLocator) for ax in full.axes)
            plain = pixels(full)
        assert lean.shape == plain.shape
        assert np.array_equal(lean, plain), (style.scale, style.rtl, style.width)


def drawn_ticks(ax) -> list[float]:
    """Where matplotlib draws the value axis's ticks (the locations inside the view)."""
    return [tick.get_loc() for tick in ax.yaxis._update_ticks()]


@settings(max_examples=40, deadline=None)
@given(
    low=st.floats(-50, 50),
    length=st.floats(0.5, 500),
    height=st.floats(0.6, 8.0),
)
def test_inside_locator_keeps_exactly_the_ticks_matplotlib_would_draw(low, length, height):
    fig = Figure(figsize=(3, height))
    ours, theirs = fig.subplots(1, 2)
    for ax, locator in ((ours, InsideLocator), (theirs, MaxNLocator)):
        ax.set_ylim(low, low + length)
        ax.yaxis.set_major_locator(locator(nbins="auto", steps=[1, 2, 5, 10], min_n_ticks=2))
    FigureCanvasAgg(fig).draw()
    drawn, kept = drawn_ticks(theirs), drawn_ticks(ours)
    assert kept == drawn
    assert list(ours.yaxis.get_major_locator()()) == drawn
    ours.set_ylim(low - length, low + 2 * length)  # a new view: asked again, not the kept answer
    theirs.set_ylim(low - length, low + 2 * length)
    FigureCanvasAgg(fig).draw()
    assert [t.get_loc() for t in ours.yaxis._update_ticks()] == [
        t.get_loc() for t in theirs.yaxis._update_ticks()
    ]


def test_an_unnamed_axis_keeps_its_empty_name_unplaced():
    fig = Figure()
    ax = fig.add_subplot()
    unnamed_axes(ax.xaxis, ax.yaxis)
    FigureCanvasAgg(fig).draw()
    assert ax.xaxis.label.get_position() == (0.0, 0.0)
    assert ax.yaxis.label.get_position() == (0.0, 0.0)
    assert ax.xaxis.label.get_text() == ax.yaxis.label.get_text() == ""
