"""The report's charts drawn to pixels: at once in this process, or each in a forked child process
that draws it while this one goes on laying out the report, on another core."""

from __future__ import annotations

import os
import signal
import struct
import sys
import threading
from collections.abc import Callable
from typing import NoReturn
from typing import Protocol

import PIL.Image
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

DPI = 200
Pixels = Callable[[], PIL.Image.Image]  # a chart's pixels, waited for when first asked for
SIZE = struct.Struct("=II")  # width and height in pixels, ahead of the RGB bytes a child sends


class ChartPainter(Protocol):
    def paint(self, figure: Callable[[], Figure]) -> Pixels:
        """Starts drawing `figure()`; the returned function gives its pixels."""

    def close(self) -> None:
        """Ends whatever drawing is still going on (once the report is written or has failed)."""


def drawn_pixels(fig: Figure) -> PIL.Image.Image:
    """The figure drawn once at DPI on white. Its pixels go to the PDF as they are: the same as
    through a PNG, without encoding and decoding one, or savefig's second pass over the figure."""
    fig.set_dpi(DPI)
    fig.set_facecolor("white")
    canvas = FigureCanvasAgg(fig)  # backend_agg has no type stubs
    canvas.draw()  # type: ignore[no-untyped-call]
    rgba = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    return PIL.Image.frombuffer("RGBA", canvas.get_width_height(), rgba).convert("RGB")


class InProcessPainter:
    """Draws each chart when it is asked for, in this process."""

    def paint(self, figure: Callable[[], Figure]) -> Pixels:
        pixels = drawn_pixels(figure())
        return lambda: pixels

    def close(self) -> None:
        """Nothing to end."""


class ForkingPainter:
    """Draws each chart in a child process forked when the chart is asked for; its pixels come back
    through a pipe when the page that shows it is drawn. A child that fails is drawn again here, so
    the report is the same either way. close() ends the children nobody asked for (a build that
    failed or was cancelled)."""

    def __init__(self) -> None:
        self._children: dict[int, int] = {}  # process id -> the read end of its pipe
        self._warm = False

    @staticmethod
    def available() -> bool:
        """Whether forking is safe here: Linux, one thread, and no Qt (whose threads the child
        would not have): the `report` command, not the window."""
        one_thread = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
        return sys.platform.startswith("linux") and hasattr(os, "fork") and one_thread

    def paint(self, figure: Callable[[], Figure]) -> Pixels:
        if not self._warm:  # the first chart here: the children inherit its loaded fonts and glyphs
            self._warm = True
            return InProcessPainter().paint(figure)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            for sibling in self._children.values():
                os.close(sibling)  # a sibling's pipe must close when this process reads it no more
            _draw_and_send(figure, write_end)
        os.close(write_end)
        self._children[pid] = read_end
        got: list[PIL.Image.Image] = []

        def pixels() -> PIL.Image.Image:
            if not got:
                got.append(self._received(pid) or drawn_pixels(figure()))
            return got[0]

        return pixels

    def _received(self, pid: int) -> PIL.Image.Image | None:
        """The child's pixels, or None when it failed."""
        with os.fdopen(self._children.pop(pid), "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or len(data) < SIZE.size:
            return None
        width, height = SIZE.unpack_from(data)
        if len(data) != SIZE.size + width * height * 3:
            return None
        return PIL.Image.frombytes("RGB", (width, height), data[SIZE.size :])

    def close(self) -> None:
        for pid, read_end in list(self._children.items()):
            os.close(read_end)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        self._children.clear()


def _draw_and_send(figure: Callable[[], Figure], write_end: int) -> NoReturn:
    """In the child: draw, send, and end at once (no atexit, no flushing the parent's buffers)."""
    status = 1
    try:
        image = drawn_pixels(figure())
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(SIZE.pack(*image.size))
            pipe.write(image.tobytes())
        status = 0
    finally:
        os._exit(status)
