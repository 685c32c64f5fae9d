"""Work a person is waiting for (a page opened, a chart drawn, a report made) ahead of the preparation
done in the background: one gate per process, as Python's lock is one per process.

Two threads running Python share one core's worth of time: the preparation importing the report's
libraries while a chart is drawn made the chart take up to twice as long. The preparation therefore
waits, between its steps, until no such work runs (it never waits inside an import, so a page's
import on the GUI thread that needs a module the preparation is loading always gets it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Foreground:
    """Counts the work being waited for; lets background work wait until there is none."""

    def __init__(self) -> None:
        self._running = 0
        self._changed = threading.Condition()

    def begin(self) -> None:
        """Work a person waits for was asked for (on any thread): a job queued counts from then."""
        with self._changed:
            self._running += 1

    def end(self) -> None:
        """That work ended, done or not (each begin has its end)."""
        with self._changed:
            self._running -= 1
            self._changed.notify_all()

    @contextmanager
    def working(self) -> Iterator[None]:
        """Around work a person waits for; overlapping work is counted."""
        self.begin()
        try:
            yield
        finally:
            self.end()

    def busy(self) -> bool:
        with self._changed:
            return self._running > 0

    def wait_until_idle(self, timeout: float) -> bool:
        """Blocks (without Python's lock) until no waited-for work runs; False when `timeout` seconds
        passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self._running == 0, timeout)


WAITED_FOR = Foreground()  # the process's gate: pages, their jobs and the preparer share it
