"""Axis settings that spare matplotlib work whose result is never drawn (each drawing and each pass of
the constrained layout repeats that work for every axis of every panel)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.axis import Axis
from matplotlib.ticker import MaxNLocator

INSIDE_TOLERANCE = 1e-9  # of the view's length: a tick on the view's edge is inside, as matplotlib has it


class InsideLocator(MaxNLocator):
    """MaxNLocator's ticks without the one it adds beyond each end of the view: matplotlib makes every
    location into a tick (its line, grid line and two labels) before leaving those outside undrawn.
    Its answer is kept for the view and the room for tick labels it was given: matplotlib asks again at
    each pass of the constrained layout and each drawing, for each axis and the spine beside it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._known: dict[tuple[float, float, int], tuple[float, ...]] = {}
        super().__init__(*args, **kwargs)

    def set_params(self, **kwargs: Any) -> None:
        self._known = {}
        super().set_params(**kwargs)

    def __call__(self) -> Sequence[float]:
        if self.axis is None:
            return tuple(super().__call__())
        low, high = sorted(self.axis.get_view_interval())
        key = (float(low), float(high), self.axis.get_tick_space())
        if key not in self._known:
            slack = (high - low) * INSIDE_TOLERANCE
            inside = tuple(value for value in super().__call__() if low - slack <= value <= high + slack)
            self._known = {key: inside}  # the newest only: a view changes for good
        return self._known[key]


def unnamed_axes(*axes: Axis) -> None:
    """Axes that never get a name (the panels' shared time axes but the lowest, their value axes under
    one name for the figure): their empty name is not placed. matplotlib otherwise places it beside the
    tick labels at every drawing and every pass of the constrained layout, measuring them again each
    time, a tenth of the first drawing of the five-panel trend figure."""
    for axis in axes:
        axis.set_label_coords(0.0, 0.0)
