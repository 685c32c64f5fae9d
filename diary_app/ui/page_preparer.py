"""Heavy pages' modules and the diary's writer (sqlite_utils) imported on a worker after the first paint;
the Charts page then built hidden, drawing its first picture in the background."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from diary_app.storage import load_sqlite_utils
from diary_app.ui.foreground import WAITED_FOR
from diary_app.ui.foreground import Foreground
from diary_app.ui.main_pages import PageSlot
from diary_app.ui.page_registry import PageSpec
from diary_app.ui.worker_gc import loading_paused

log = logging.getLogger(__name__)
_WARMED: set[str] = set()
GIVE_WAY_AT_MOST_S = 30.0  # a step of the preparation waits at most this long for the person's work


class _Signals(QObject):
    prepared = Signal(str)  # a page's name: its class is imported, building it is quick now
    finished = Signal()  # every page and the diary's writer are loaded


class _Prepare(QRunnable):
    def __init__(self, specs: tuple[PageSpec, ...], signals: _Signals, foreground: Foreground):
        super().__init__()
        self.specs, self.signals, self.foreground = specs, signals, foreground

    def run(self) -> None:
        with loading_paused():
            for spec in self.specs:
                self._prepare(spec)
                self.signals.prepared.emit(spec.name)
            self._give_way()
            load_sqlite_utils()  # last: the diary's writer, before the first save needs it
        self.signals.finished.emit()

    def _prepare(self, spec: PageSpec) -> None:
        try:
            self._give_way()
            page_class = spec.page_class()
            if spec.name not in _WARMED:  # once a process: a second window finds it all loaded
                self._give_way()
                getattr(page_class, "warm_up", lambda: None)()
                _WARMED.add(spec.name)
        except Exception:  # the page says so itself when it is opened
            log.exception("the %s page could not be prepared", spec.name)

    def _give_way(self) -> None:
        """Waits while a page the person opened loads or draws (ui/foreground.py)."""
        if not self.foreground.wait_until_idle(GIVE_WAY_AT_MOST_S):
            log.info("still busy after %s s: preparing the pages meanwhile", GIVE_WAY_AT_MOST_S)


class PagePreparer(QObject):
    """Imports the heavy pages one after the other, the restored one first, without blocking the window;
    a page that asks for it is then built in its hidden tab and draws its picture in the background.

    Python switches threads every few milliseconds, so the window keeps answering while the worker
    imports (benchmarks/run.py measures the longest stall of the event loop meanwhile).
    """

    prepared = Signal(str)

    def __init__(
        self, specs: Iterable[PageSpec], parent: QObject | None = None, foreground: Foreground = WAITED_FOR
    ):
        super().__init__(parent)
        self.foreground = foreground
        self.specs = tuple(spec for spec in specs if spec.heavy)
        self.done: set[str] = set()
        self.started = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.prepared.connect(self._on_prepared)
        self.signals.finished.connect(self._on_finished)

    def start(self, first: str = "") -> None:
        if self.started:
            return
        self.started = True
        log.info("preparing the pages %s", [spec.name for spec in self.specs])
        ordered = sorted(self.specs, key=lambda spec: spec.name != first)
        self.pool.start(_Prepare(tuple(ordered), self.signals, self.foreground))

    def wait(self) -> None:
        self.pool.waitForDone()

    def _on_prepared(self, name: str) -> None:
        self.done.add(name)
        self.prepared.emit(name)

    def _on_finished(self) -> None:
        self._build_early()

    def _build_early(self) -> None:
        """The pages that ask for it built in their hidden tabs of the window this preparer belongs to,
        once all is loaded: a page drawing meanwhile would compete with the imports for Python's lock
        and stall the window (benchmarks/run.py --only stall)."""
        owner = self.parent()
        if not isinstance(owner, QWidget) or not owner.isVisible():  # no window, or closed meanwhile
            return
        for slot in owner.findChildren(PageSlot):
            if slot.spec.name in self.done:
                slot.prepare()
