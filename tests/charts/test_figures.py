"""Laterality, body map, gait and labs: the numbers drawn are the numbers in the diary."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

import numpy as np
import pytest
from matplotlib.colors import to_hex

from diary_app.analysis import LATERALITY_KINDS
from diary_app.analysis import laterality_of_day
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts.bars import period_buckets
from diary_app.charts.labs import lab_groups
from diary_app.charts.palette import LEFT
from diary_app.charts.palette import RIGHT_INK
from diary_app.charts.regions import region_shares
from diary_app.domain import LabResult
from tests.charts.conftest import entry
from tests.charts.conftest import gappy
from tests.charts.conftest import ten_years


def bar_heights(collection) -> np.ndarray:
    paths = collection.get_paths()
    return np.array([p.vertices[:, 1].max() - p.vertices[:, 1].min() for p in paths])


def test_weekly_bars_count_each_kind_of_day():
    data = gappy()
    fig = laterality_figure(data.entries, data.start, data.end)
    layers = {c.get_gid(): bar_heights(c) for c in fig.axes[0].collections}
    assert set(layers) == set(LATERALITY_KINDS)
    logged = [e for e in data.entries if data.start <= e.day <= data.end]
    for kind in LATERALITY_KINDS:
        assert layers[kind].sum() == sum(laterality_of_day(e) == kind for e in logged)
    assert max(sum(layers.values())) <= 7


def test_long_periods_count_per_month():
    data = ten_years()
    unit, _, lefts, _ = period_buckets(data.start, data.end)
    assert unit == "month" and 119 <= len(lefts) <= 121
    fig = laterality_figure(data.entries, data.start, data.end)
    assert fig.axes[0].get_ylabel() == "Days in each month"
    assert sum(bar_heights(c).sum() for c in fig.axes[0].collections) == len(data.entries)


def test_body_map_shades_each_region_by_its_share_and_keeps_the_left_leg_on_the_left():
    day = date(2026, 3, 2)
    entries = [
        entry(
            day + timedelta(days=i),
            regions_left=frozenset({"feet"}),
            regions_right=frozenset({"feet"}) if i == 0 else frozenset(),
        )
        for i in range(4)
    ]
    assert region_shares(entries)["left"]["sole"] == 1.0  # the old whole foot: each of its places
    assert region_shares(entries)["right"]["toes"] == 0.25
    fig = regions_figure(entries, day, day + timedelta(days=3))
    patches = {p.get_gid(): p for p in fig.axes[0].patches if p.get_gid()}
    assert to_hex(patches["left-heel"].get_facecolor()) == LEFT.lower()
    assert to_hex(patches["right-hands"].get_facecolor()) == "#ffffff"
    assert to_hex(patches["right-sole"].get_edgecolor()) == RIGHT_INK.lower()  # a line on white: the ink
    for place in ("knee", "calf", "toes", "sole"):
        left_x = patches[f"left-{place}"].get_path().vertices[:, 0].mean()
        right_x = patches[f"right-{place}"].get_path().vertices[:, 0].mean()
        assert left_x < right_x
    assert (
        patches["right-knee"].get_path().vertices[:, 0].max()
        < patches["left-calf"].get_path().vertices[:, 0].min()
    )
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert {"Left", "Right", "Front", "Back", "0%", "100%"} <= set(texts)
    spoken = {t.get_text() for t in fig.axes[0].texts if not t.get_visible()}
    assert {"Left, sole: 100%", "Right, toes: 25%"} <= spoken


def test_gait_shows_walk_times_on_a_second_axis_only_when_recorded():
    data = gappy()
    with_walks = gait_figure(data.entries, data.start, data.end)
    assert len(with_walks.axes) == 3
    no_walks = [e.with_changes(walk_10m_seconds=None) for e in data.entries]
    assert len(gait_figure(no_walks, data.start, data.end).axes) == 2


def test_falls_are_summed_per_bar():
    data = gappy()
    falls_ax = gait_figure(data.entries, data.start, data.end).axes[1]
    falls = bar_heights(next(c for c in falls_ax.collections if c.get_gid() == "falls"))
    assert falls.sum() == sum(e.falls for e in data.entries)


@pytest.mark.parametrize("unit, expected", [("pg/mL", 150.0), ("pmol/L", 110.7)])
def test_b12_is_drawn_in_the_chosen_unit_with_its_reference_band(unit, expected):
    data = gappy()
    fig = labs_figure(data.labs, data.start, data.end, b12_unit=unit)
    b12 = fig.axes[0]
    line = next(line for line in b12.get_lines() if line.get_gid() == "lab-b12")
    assert line.get_ydata()[0] == pytest.approx(expected)
    assert b12.get_title(loc="left") == f"Vitamin B12 ({unit})"
    assert any(c.get_gid() == "reference-range" for c in b12.collections)
    folate = next(ax for ax in fig.axes if ax.get_title(loc="left").startswith("Folate"))
    assert not folate.collections  # no reference range was given


def test_results_outside_their_range_are_marked_and_other_units_get_their_own_panel():
    labs = [
        LabResult(date(2026, 1, 5), "b12", 150, "pg/mL", 200, 900),
        LabResult(date(2026, 2, 5), "b12", 400, "pmol/L", 148, 664),
        LabResult(date(2026, 2, 5), "folate", 4, "ng/mL", 3, 17),
        LabResult(date(2026, 3, 5), "folate", 20, "nmol/L", 7, 45),
    ]
    groups = lab_groups(labs, "pmol/L")
    assert list(groups) == [("b12", "pmol/L"), ("folate", "ng/mL"), ("folate", "nmol/L")]
    fig = labs_figure(labs, date(2026, 1, 1), date(2026, 3, 31), b12_unit="pmol/L")
    outside = next(line for line in fig.axes[0].get_lines() if line.get_gid() == "lab-b12-outside")
    assert list(outside.get_ydata()) == [pytest.approx(110.7)]
    with pytest.raises(ValueError):
        labs_figure(labs, date(2026, 1, 1), date(2026, 3, 31), b12_unit="mg")
