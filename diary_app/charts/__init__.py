"""Charts as matplotlib Figures (no pyplot, no Qt), shared by the window and the PDF report.

The figure builders are imported on first use (PEP 562), so the window can take its colours from
`diary_app.charts.palette` without loading matplotlib at start-up.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what __getattr__ hands out, for the type checker ("as": re-exported)
    from diary_app.charts.gait import gait_figure as gait_figure
    from diary_app.charts.labs import labs_figure as labs_figure
    from diary_app.charts.laterality import laterality_figure as laterality_figure
    from diary_app.charts.regions import regions_figure as regions_figure
    from diary_app.charts.style import ChartStyle as ChartStyle
    from diary_app.charts.style import figure_png_bytes as figure_png_bytes
    from diary_app.charts.style import register_fonts as register_fonts
    from diary_app.charts.style import save_figure as save_figure
    from diary_app.charts.trend import trend_figure as trend_figure

_MODULE_OF = {
    "ChartStyle": "style",
    "figure_png_bytes": "style",
    "gait_figure": "gait",
    "labs_figure": "labs",
    "laterality_figure": "laterality",
    "regions_figure": "regions",
    "register_fonts": "style",
    "save_figure": "style",
    "trend_figure": "trend",
}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    if name in _MODULE_OF:
        return getattr(import_module(f"diary_app.charts.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module 'diary_app.charts' has no attribute {name!r}")
