"""Charts as matplotlib Figures (no pyplot, no Qt), shared by the window and the PDF report.

The figure builders are imported on first use (PEP 562), so the window can take its colours from
`diary_app.charts.palette` without loading matplotlib at start-up.
"""

from importlib import import_module

_MODULE_OF = {
    "ChartStyle": "style", "figure_png_bytes": "style", "gait_figure": "gait", "labs_figure": "labs",
    "laterality_figure": "laterality", "regions_figure": "regions", "register_fonts": "style",
    "save_figure": "style", "trend_figure": "trend",
}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    if name in _MODULE_OF:
        return getattr(import_module(f"diary_app.charts.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module 'diary_app.charts' has no attribute {name!r}")
