"""Trend figure: one artist per series, gaps as gaps, doses by form, regimen starts, hover ids."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from diary_app.charts import trend_figure
from diary_app.charts.palette import DOSE_MARKERS
from diary_app.charts.palette import LEFT_INK
from diary_app.charts.palette import RIGHT_INK
from diary_app.charts.trend_parts import draw_trend
from diary_app.domain.vocab import SENSATIONS
from tests.charts.conftest import gappy
from tests.charts.conftest import ten_years


def lines_by_gid(ax) -> dict:
    return {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}


def test_all_sensations_are_small_multiples_with_their_ids():
    data = gappy()
    fig = trend_figure(data.entries, data.doses, data.regimens, data.start, data.end)
    assert [ax.get_gid() for ax in fig.axes] == list(SENSATIONS)


def test_one_sensation_gets_one_panel():
    data = gappy()
    fig = trend_figure(data.entries, data.doses, data.regimens, data.start, data.end, "burning")
    assert [ax.get_gid() for ax in fig.axes] == ["burning"]
    with pytest.raises(ValueError):
        trend_figure(data.entries, data.doses, data.regimens, data.start, data.end, "itching")


def test_left_and_right_differ_by_colour_marker_and_dash():
    data = gappy()
    lines = lines_by_gid(trend_figure(data.entries, (), (), data.start, data.end, "pain").axes[0])
    assert (lines["days-left"].get_color(), lines["days-right"].get_color()) == (LEFT_INK, RIGHT_INK)
    assert lines["days-left"].get_marker() != lines["days-right"].get_marker()
    assert lines["mean-left"].get_linestyle() != lines["mean-right"].get_linestyle()


def test_a_long_gap_breaks_the_mean_line_and_leaves_no_points():
    data = gappy()
    lines = lines_by_gid(trend_figure(data.entries, (), (), data.start, data.end, "tingling").axes[0])
    in_gap = slice(53, 70)  # days 50–69 were not logged; from day 53 fewer than 4 of 7 days are left
    assert np.isnan(lines["days-left"].get_ydata()[in_gap]).all()
    assert np.isnan(lines["mean-left"].get_ydata()[in_gap]).all()
    assert not np.isnan(lines["mean-left"].get_ydata()[40:50]).any()


def test_doses_are_marked_by_form_and_regimens_by_a_labelled_line():
    data = gappy()
    fig = trend_figure(data.entries, data.doses, data.regimens, data.start, data.end, "pain")
    lines = lines_by_gid(fig.axes[0])
    assert lines["dose-injection"].get_marker() == DOSE_MARKERS["injection"]
    assert len(lines["dose-injection"].get_xdata()) == 2
    assert {"dose-oral", "dose-sublingual"} <= set(lines)
    assert any(t.get_text() == "Start: B12, Injection" for t in fig.axes[0].texts)
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"B12, Injection", "B12, Tablet or capsule", "B12, Under the tongue"} <= set(legend_texts)


def test_other_medicines_are_named_apart_from_b12():
    data = gappy()
    folic = dataclasses.replace(data.doses[0], substance="Folic acid $5 mg$", form="oral")
    fig = trend_figure(data.entries, (*data.doses, folic), data.regimens, data.start, data.end, "pain")
    lines = lines_by_gid(fig.axes[0])
    assert lines["dose-other-oral"].get_color() != lines["dose-injection"].get_color()
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "Folic acid \\$5 mg\\$, Tablet or capsule" in legend_texts  # a name, never mathematics
    folic_label = "Folic acid \\$5 mg\\$, Tablet or capsule"
    assert legend_texts.index("B12, Injection") < legend_texts.index(folic_label)


def test_ten_years_draw_one_line_per_series_never_one_artist_per_day():
    data = ten_years()
    fig = trend_figure(data.entries, data.doses, data.regimens, data.start, data.end)
    for ax in fig.axes:
        series = 4 + len({d.form for d in data.doses}) + len(data.regimens)
        assert len(ax.get_lines()) == series
        assert not ax.collections and len(ax.patches) <= 1
    assert len(fig.findobj()) < len(data.entries) / 5


def test_entries_outside_the_period_are_left_out():
    data = gappy()
    start = data.start + timedelta(days=30)
    lines = lines_by_gid(trend_figure(data.entries, (), (), start, data.end, "pain").axes[0])
    assert len(lines["days-left"].get_xdata()) == (data.end - start).days + 1


def _pixels(fig) -> np.ndarray:
    """Drawn as the Charts page draws: an updated figure keeps its layout when the layout's inputs stayed."""
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    draw_trend(fig, canvas)
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize(("first", "then"), [("pain", "burning"), ("all", "all")])
def test_a_figure_updated_in_place_draws_what_a_new_one_draws(first, then):
    data = ten_years()
    start = data.end - timedelta(days=364)
    old = trend_figure(data.entries, data.doses, data.regimens, data.start, data.end, first)
    _pixels(old)
    new_start = data.start if first != then else start
    updated = trend_figure(data.entries, data.doses, data.regimens, new_start, data.end, then, reuse=old)
    fresh = trend_figure(data.entries, data.doses, data.regimens, new_start, data.end, then)
    assert updated is old  # the same kinds of doses: the legend stays
    assert [ax.get_gid() for ax in updated.axes] == [ax.get_gid() for ax in fresh.axes]
    # the same picture, but for anti-aliasing rounding on a few pixels of a line drawn again
    difference = np.abs(_pixels(updated).astype(int) - _pixels(fresh).astype(int))
    assert difference.max() <= 8
    assert np.count_nonzero(difference.sum(axis=2)) <= 40


def test_a_figure_of_another_layout_is_left_alone():
    data = gappy()
    one = trend_figure(data.entries, (), (), data.start, data.end, "pain")
    five = trend_figure(data.entries, (), (), data.start, data.end, "all", reuse=one)
    assert five is not one
    assert [ax.get_gid() for ax in one.axes] == ["pain"]
    assert len(five.axes) == len(SENSATIONS)
