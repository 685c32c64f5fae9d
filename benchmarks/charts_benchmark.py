"""Ten years of daily data: each chart built and drawn, against a bare matplotlib plot of the same points.

Run: python benchmarks/charts_benchmark.py  (prints seconds; target: trend ≤ 1.5 × bare).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from datetime import timedelta

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from diary_app.charts import ChartStyle
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts import register_fonts
from diary_app.charts import trend_figure
from diary_app.demo import demo_diary

DAYS = 3650
END = date(2026, 6, 30)
START = END - timedelta(days=DAYS - 1)
REPEATS = 5


def drawn(build) -> float:
    """Median seconds to build a figure and render it to pixels at 100 dpi."""
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        FigureCanvasAgg(build()).draw()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def bare_trend(x: np.ndarray, series: list[np.ndarray]) -> Figure:
    """The same points as the trend figure, with matplotlib's defaults and nothing else."""
    fig = Figure(figsize=(6.5, 9.15))
    axes = fig.subplots(5, 1, sharex=True)
    for index, ax in enumerate(axes):
        for values in series[index * 4 : (index + 1) * 4]:
            ax.plot(x, values)
    return fig


def main() -> None:
    register_fonts()
    diary = demo_diary(DAYS, "symmetric", seed=3, end=END)
    style = ChartStyle()
    rng = np.random.default_rng(0)
    x = np.arange(DAYS, dtype=float)
    series = [rng.integers(0, 11, DAYS).astype(float) for _ in range(20)]
    bare = drawn(lambda: bare_trend(x, series))
    trend = drawn(lambda: trend_figure(diary.entries, diary.doses, diary.regimens, START, END, "all", style))
    print(f"bare matplotlib, 20 × {DAYS} points: {bare:.3f} s")
    print(f"trend figure (all five):          {trend:.3f} s  ({trend / bare:.2f} × bare)")
    others = {
        "laterality": lambda: laterality_figure(diary.entries, START, END, style),
        "regions": lambda: regions_figure(diary.entries, START, END, style),
        "gait": lambda: gait_figure(diary.entries, START, END, style),
        "labs": lambda: labs_figure(diary.labs, START, END, style),
    }
    for name, build in others.items():
        print(f"{name + ' figure:':34}{drawn(build):.3f} s")


if __name__ == "__main__":
    main()
