"""Panel titles are placed where matplotlib's own (automatic) title placement puts them, without it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from diary_app.charts import ChartStyle
from diary_app.charts import register_fonts
from diary_app.charts.style import TITLE_PAD
from diary_app.charts.style import set_title

TITLES = ["Numbness", "Pins and needles (tingling)", "الخدر", "الوخز والتنميل", "qypgj", "B12 (pg/mL)", "ـِـٍـُ"]


def title_boxes(text: str, pad: float, scale: float, dpi: float, ours: bool) -> tuple[float, float, float]:
    """(bottom of the title's box, top of the plot, title's y in axes units) after one drawing."""
    register_fonts()
    fig = Figure(figsize=(5, 3), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    font = ChartStyle(scale=scale).font("panel", bold=True)
    if ours:
        set_title(ax, text, font, pad, loc="left")
    else:
        ax.set_title(text, fontproperties=font, pad=pad, loc="left")
    FigureCanvasAgg(fig).draw()
    title = ax.get_title("left") and ax._left_title
    return title.get_window_extent().y0, ax.get_window_extent().y1, title.get_position()[1]


@pytest.mark.parametrize("text", TITLES)
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_a_title_sits_where_matplotlib_would_put_it(text, scale):
    for pad in (TITLE_PAD, 2.0, 20.0):
        ours = title_boxes(text, pad, scale, 100, ours=True)
        theirs = title_boxes(text, pad, scale, 100, ours=False)
        assert ours[0] == pytest.approx(theirs[0], abs=0.5), (text, pad)
        assert ours[0] >= ours[1] - 0.5  # never into the plot
        assert ours[2] == 1.0  # placed, not left to matplotlib


@settings(max_examples=15, deadline=None)
@given(
    text=st.sampled_from(TITLES),
    pad=st.floats(0.0, 30.0),
    scale=st.sampled_from([1.0, 1.25, 1.5]),
    dpi=st.sampled_from([72.0, 96.0, 150.0, 200.0]),
)
def test_the_title_box_clears_the_plot_at_any_pad_and_resolution(text, pad, scale, dpi):
    bottom, plot_top, _y = title_boxes(text, pad, scale, dpi, ours=True)
    theirs = title_boxes(text, pad, scale, dpi, ours=False)[0]
    assert bottom >= plot_top - 0.5
    assert bottom == pytest.approx(theirs, abs=0.5)
