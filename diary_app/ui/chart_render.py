"""The Charts page's pictures: what to draw (ChartRequest), and drawing it on a worker thread into a
QImage (RenderJob, RenderResult), updating the worker's last trend figure in place when it can."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from datetime import timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage

from diary_app.charts import ChartStyle
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts import trend_figure
from diary_app.charts.trend_parts import draw_trend
from diary_app.domain import DayEntry
from diary_app.domain import ProfileDiary
from diary_app.domain import SideScores
from diary_app.domain.vocab import SENSATIONS
from diary_app.ui.foreground import WAITED_FOR
from diary_app.ui.foreground import Foreground
from diary_app.ui.worker_gc import collection_paused

log = logging.getLogger(__name__)

SCREEN_DPI = 96.0
PIXMAP_FORMAT = QImage.Format.Format_ARGB32_Premultiplied  # what QPixmap.fromImage keeps as it is
_drawn = threading.local()  # each worker thread's last figure, which the next change may update in place


@dataclass(frozen=True)
class ChartRequest:
    """What to draw and how large: everything the worker needs besides the diary."""

    figure: str
    sensation: str
    start: date
    end: date
    b12_unit: str
    style: ChartStyle
    width_px: int = 0  # 0: the figure's own (printed) width
    ratio: float = 1.0


def build_figure(diary: ProfileDiary, request: ChartRequest, reuse: Figure | None = None) -> Figure:
    """The request's figure; a trend figure drawn before may be given to be updated in place."""
    start, end, style = request.start, request.end, request.style
    if request.figure == "trend":
        entries, doses, regimens = diary.entries, diary.doses, diary.regimens
        return trend_figure(entries, doses, regimens, start, end, request.sensation, style, reuse)
    if request.figure == "laterality":
        return laterality_figure(diary.entries, start, end, style)
    if request.figure == "regions":
        return regions_figure(diary.entries, start, end, style)
    if request.figure == "gait":
        return gait_figure(diary.entries, start, end, style)
    return labs_figure(diary.labs, start, end, style, request.b12_unit)


def render(diary: ProfileDiary, request: ChartRequest) -> tuple[Figure, QImage]:
    """The figure laid out `width_px` wide at screen resolution, and its pixels (a narrow window gets the
    narrow layout the report's half-page charts use)."""
    width = max(request.width_px, 320) / SCREEN_DPI
    reuse, _drawn.figure = getattr(_drawn, "figure", None), None  # none half-updated after a failure
    fig = build_figure(diary, replace(request, style=replace(request.style, width=width)), reuse)
    _drawn.figure = fig
    fig.set_dpi(SCREEN_DPI * request.ratio)
    fig.set_size_inches(width, fig.get_figheight())
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    draw_trend(fig, canvas)
    pixels = canvas.buffer_rgba()
    height, width = pixels.shape[:2]
    # converted here, off the GUI thread, to the format a pixmap holds (one pass, owning its memory)
    image = QImage(pixels, width, height, QImage.Format.Format_RGBA8888).convertToFormat(PIXMAP_FORMAT)
    image.setDevicePixelRatio(request.ratio)
    return fig, image


def warm_up() -> None:
    """A small trend figure drawn once, off the GUI thread (PagePreparer): matplotlib's fonts, text
    layout and Agg are loaded before the page's first real picture."""
    end = date(2000, 1, 28)
    entries = tuple(
        DayEntry(end - timedelta(days=i), symptoms={name: SideScores(i % 3, 1) for name in SENSATIONS})
        for i in range(3)
    )
    figure = trend_figure(entries, (), (), end - timedelta(days=27), end, "all", ChartStyle())
    FigureCanvasAgg(figure).draw()


class RenderResult(QObject):
    """Carries a finished picture from the worker to the page (a queued signal)."""

    done = Signal(int, object, object)  # serial, Figure, QImage
    failed = Signal(int, str)


class RenderJob(QRunnable):
    """A picture someone waits for (ui/foreground.py), from being queued to being drawn or dropped."""

    def __init__(
        self,
        serial: int,
        diary: ProfileDiary,
        request: ChartRequest,
        latest,
        result: RenderResult,
        foreground: Foreground = WAITED_FOR,
    ):
        super().__init__()
        self.serial, self.diary, self.request = serial, diary, request
        self.latest, self.result, self.foreground = latest, result, foreground
        foreground.begin()

    def run(self) -> None:
        try:
            if self.serial == self.latest():  # else superseded while waiting
                self._draw()
        finally:
            self.foreground.end()

    def _draw(self) -> None:
        with collection_paused():
            try:
                fig, image = render(self.diary, self.request)
            except Exception as error:  # shown on the page; the window stays usable
                log.exception("a chart could not be drawn")
                self.result.failed.emit(self.serial, str(error))
            else:
                self.result.done.emit(self.serial, fig, image)
