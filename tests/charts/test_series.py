"""Day arrays and the rolling mean: gaps stay gaps, the mean matches a plain loop."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

import numpy as np
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app.charts.series import MIN_DAYS_FOR_MEAN
from diary_app.charts.series import WEEK
from diary_app.charts.series import daily_values
from diary_app.charts.series import rolling_mean
from diary_app.charts.series import score_matrix
from tests.charts.conftest import entry

values = st.lists(st.one_of(st.none(), st.integers(0, 10)), min_size=1, max_size=60)


def slow_rolling_mean(series: list[int | None]) -> list[float | None]:
    means = []
    for index in range(len(series)):
        window = [v for v in series[max(0, index - WEEK + 1) : index + 1] if v is not None]
        means.append(sum(window) / len(window) if len(window) >= MIN_DAYS_FOR_MEAN else None)
    return means


@settings(max_examples=80, deadline=None)
@given(values)
def test_rolling_mean_equals_a_plain_loop_and_leaves_sparse_weeks_empty(series):
    array = np.array([np.nan if v is None else v for v in series], dtype=float)
    got = rolling_mean(array)
    for have, want in zip(got, slow_rolling_mean(series), strict=True):
        assert (np.isnan(have) and want is None) or have == want or abs(have - want) < 1e-9


def test_missing_days_are_nan_not_interpolated():
    start = date(2026, 1, 1)
    entries = [entry(start, 2, 4), entry(start + timedelta(days=3), 6, 8)]
    matrix = score_matrix(entries, start, start + timedelta(days=4))
    assert matrix.shape == (5, 5, 2)
    assert list(matrix[:, 0, 0][[0, 3]]) == [2, 6]
    assert np.isnan(matrix[[1, 2, 4], 0, :]).all()


def test_daily_values_turn_none_into_nan_and_ignore_days_outside_the_period():
    start = date(2026, 1, 1)
    entries = [
        entry(start, walk_10m_seconds=None),
        entry(start + timedelta(days=1), walk_10m_seconds=11.5),
        entry(start + timedelta(days=9), walk_10m_seconds=3.0),
    ]
    walks = daily_values(entries, start, start + timedelta(days=2), lambda e: e.walk_10m_seconds)
    assert np.isnan(walks[0]) and walks[1] == 11.5 and np.isnan(walks[2])
