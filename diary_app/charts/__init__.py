"""Charts as matplotlib Figures (no pyplot, no Qt), shared by the window and the PDF report."""

from diary_app.charts.gait import gait_figure
from diary_app.charts.labs import labs_figure
from diary_app.charts.laterality import laterality_figure
from diary_app.charts.regions import regions_figure
from diary_app.charts.style import ChartStyle, figure_png_bytes, register_fonts, save_figure
from diary_app.charts.trend import trend_figure

__all__ = [
    "ChartStyle", "figure_png_bytes", "gait_figure", "labs_figure", "laterality_figure", "regions_figure",
    "register_fonts", "save_figure", "trend_figure",
]
