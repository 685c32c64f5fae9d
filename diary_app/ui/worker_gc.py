"""Python's automatic garbage collection paused while a worker thread runs, so that it runs on the GUI thread;
and paused while modules load, what they loaded then kept out of its sight.

Garbage may hold Qt objects (a closed dialog, a page's timer) whose wrappers delete them when collected;
a Qt object must be deleted on the thread it lives in, and PySide6 crashes the process when a worker
thread collects one. A collection starts on whichever thread allocates when the counts are reached,
and a worker drawing a chart or importing matplotlib allocates the most. So while any worker runs,
collection is off, and it is switched back on from the GUI thread (a queued call) after the last one:
the next collection then starts there.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTimer

_LOCK = threading.Lock()
# the process's gc is one switch for all threads: how many workers run, what it was before the first,
# and whether switching it back on is on its way to the GUI thread
_STATE = {"workers": 0, "was_enabled": False, "resuming": False}


@contextmanager
def collection_paused() -> Iterator[None]:
    """Around the body of a worker thread's run(); overlapping workers are counted."""
    with _LOCK:
        if _STATE["workers"] == 0 and not _STATE["resuming"]:
            _STATE["was_enabled"] = gc.isenabled()
        _STATE["workers"] += 1
        gc.disable()
    try:
        yield
    finally:
        with _LOCK:
            _STATE["workers"] -= 1
            last = _STATE["workers"] == 0
            if last:
                _STATE["resuming"] = True
        if last:
            _resume_on_the_gui_thread()


def _resume_on_the_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is None:
        _resume()
    else:
        QTimer.singleShot(0, app, _resume)


def _resume() -> None:
    with _LOCK:
        _STATE["resuming"] = False
        if _STATE["workers"] == 0 and _STATE["was_enabled"]:
            gc.enable()


@contextmanager
def loading_paused() -> Iterator[None]:
    """Around imports of heavy modules (matplotlib, reportlab), on any thread: collection paused as
    above, and the objects alive at the end moved out of the collector's sight when modules were loaded
    (gc.freeze). Modules, classes and functions live as long as the program; otherwise the first
    collections after would scan them all, about 100,000 objects: 40-80 ms with Python's lock held, on
    the GUI thread a stall of the window. Cyclic garbage left by then (a warm-up's small figures) is
    kept with them."""
    with collection_paused():
        loaded = len(sys.modules)
        yield
        if len(sys.modules) > loaded:
            gc.freeze()
