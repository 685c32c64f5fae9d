"""Every figure builder on empty, one-day, gappy and ten-year diaries: it draws, and it says what it shows."""

from __future__ import annotations

import io

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from diary_app.charts import ChartStyle
from diary_app.charts import figure_png_bytes
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts import trend_figure
from tests.charts.conftest import pixel_spread

BUILDERS = {
    "trend-all": lambda d, s: trend_figure(d.entries, d.doses, d.regimens, d.start, d.end, "all", s),
    "trend-pain": lambda d, s: trend_figure(d.entries, d.doses, d.regimens, d.start, d.end, "pain", s),
    "laterality": lambda d, s: laterality_figure(d.entries, d.start, d.end, s),
    "regions": lambda d, s: regions_figure(d.entries, d.start, d.end, s),
    "gait": lambda d, s: gait_figure(d.entries, d.start, d.end, s),
    "labs": lambda d, s: labs_figure(d.labs, d.start, d.end, s),
}


def all_texts(fig: Figure) -> list[str]:
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


@pytest.mark.parametrize("builder", list(BUILDERS))
def test_builder_draws_a_non_blank_picture(chart_data, builder):
    fig = BUILDERS[builder](chart_data, ChartStyle())
    assert isinstance(fig, Figure)
    png = figure_png_bytes(fig, dpi=60)
    assert png.startswith(b"\x89PNG")
    assert pixel_spread(io.BytesIO(png)) > 5


@pytest.mark.parametrize("builder", list(BUILDERS))
def test_empty_period_says_so(chart_data, builder):
    fig = BUILDERS[builder](chart_data, ChartStyle())
    texts = all_texts(fig)
    expected = "No laboratory results in this period" if builder == "labs" else "No entries in this period"
    has_records = bool(chart_data.labs if builder == "labs" else chart_data.entries_in_period)
    assert (expected in texts) == (not has_records)
    assert not fig.axes or has_records


def test_figures_fit_a_printed_page_with_text_of_at_least_9_points(chart_data):
    for build in BUILDERS.values():
        fig = build(chart_data, ChartStyle())
        assert fig.get_figwidth() <= 6.7
        sizes = [
            t.get_fontsize()
            for t in fig.findobj(lambda a: hasattr(a, "get_fontsize"))
            if t.get_text() and t.get_visible()
        ]
        assert sizes and min(sizes) >= 9


def test_text_scale_enlarges_the_text(chart_data):
    normal = BUILDERS["laterality"](chart_data, ChartStyle())
    large = BUILDERS["laterality"](chart_data, ChartStyle(scale=1.5))
    assert large._suptitle.get_fontsize() == pytest.approx(1.5 * normal._suptitle.get_fontsize())
