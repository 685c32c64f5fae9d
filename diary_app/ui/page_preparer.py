"""Heavy pages' modules and the diary's writer (sqlite_utils) imported on a worker after the first paint."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal

from diary_app.storage import load_sqlite_utils
from diary_app.ui.page_registry import PageSpec

log = logging.getLogger(__name__)
_WARMED: set[str] = set()


class _Signals(QObject):
    prepared = Signal(str)  # a page's name: its class is imported, building it is quick now


class _Prepare(QRunnable):
    def __init__(self, specs: tuple[PageSpec, ...], signals: _Signals):
        super().__init__()
        self.specs, self.signals = specs, signals

    def run(self) -> None:
        for spec in self.specs:
            try:
                page_class = spec.page_class()
                if spec.name not in _WARMED:  # once a process: a second window finds it all loaded
                    getattr(page_class, "warm_up", lambda: None)()
                    _WARMED.add(spec.name)
            except Exception:  # the page says so itself when it is opened
                log.exception("the %s page could not be prepared", spec.name)
            self.signals.prepared.emit(spec.name)
        load_sqlite_utils()  # last: the diary's writer, before the first save needs it


class PagePreparer(QObject):
    """Imports the heavy pages one after the other, the restored one first, without blocking the window.

    Python switches threads every few milliseconds, so the window keeps answering while the worker
    imports (benchmarks/run.py measures the longest stall of the event loop meanwhile).
    """

    prepared = Signal(str)

    def __init__(self, specs: Iterable[PageSpec], parent: QObject | None = None):
        super().__init__(parent)
        self.specs = tuple(spec for spec in specs if spec.heavy)
        self.done: set[str] = set()
        self.started = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.prepared.connect(self._on_prepared)

    def start(self, first: str = "") -> None:
        if self.started:
            return
        self.started = True
        log.info("preparing the pages %s", [spec.name for spec in self.specs])
        ordered = sorted(self.specs, key=lambda spec: spec.name != first)
        self.pool.start(_Prepare(tuple(ordered), self.signals))

    def wait(self) -> None:
        self.pool.waitForDone()

    def _on_prepared(self, name: str) -> None:
        self.done.add(name)
        self.prepared.emit(name)
