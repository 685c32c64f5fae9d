"""Garbage collection is off while worker threads run and comes back on from the GUI thread."""

from __future__ import annotations

import gc
import sys
import threading
import types

from diary_app.ui.worker_gc import collection_paused
from diary_app.ui.worker_gc import loading_paused


def test_collection_is_off_while_any_worker_runs_and_the_gui_thread_switches_it_back_on(qapp, qtbot):
    qtbot.waitUntil(gc.isenabled)  # an earlier test's chart may still be drawing
    inside, after = [], []
    started, release = threading.Event(), threading.Event()

    def worker():
        with collection_paused():
            inside.append(gc.isenabled())
            started.set()
            release.wait(5)
        after.append(gc.isenabled())

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(5)
    with collection_paused():  # another worker, overlapping and ending first
        pass
    qapp.processEvents()
    assert not gc.isenabled()  # the first one still runs
    release.set()
    thread.join(5)
    assert inside == [False] and after == [False]  # a worker never switches it on itself
    qapp.processEvents()
    assert gc.isenabled()


def test_a_worker_starting_before_the_gui_thread_switched_it_back_on_keeps_it_on_afterwards(qapp, qtbot):
    qtbot.waitUntil(gc.isenabled)
    with collection_paused():
        pass
    with collection_paused():  # the switch back on is still on its way
        pass
    qapp.processEvents()
    assert gc.isenabled()


def _load_module(name: str) -> None:
    """A module made and entered in sys.modules as an import would, with a cycle among its objects."""
    module = types.ModuleType(name)
    module.table = {"self": module}
    sys.modules[name] = module


def test_modules_load_with_collection_paused_and_what_they_loaded_is_then_frozen(qapp, qtbot):
    qtbot.waitUntil(gc.isenabled)
    frozen = gc.get_freeze_count()
    try:
        with loading_paused():
            assert not gc.isenabled()
            _load_module("diary_test_heavy_module")
            made = sys.modules["diary_test_heavy_module"]
        assert gc.get_freeze_count() > frozen
        assert gc.is_tracked(made) and made not in gc.get_objects()  # out of the collector's sight
        qapp.processEvents()
        assert gc.isenabled()
    finally:
        sys.modules.pop("diary_test_heavy_module", None)
        gc.unfreeze()


def test_nothing_is_frozen_when_nothing_was_loaded(qapp, qtbot):
    qtbot.waitUntil(gc.isenabled)
    frozen = gc.get_freeze_count()
    with loading_paused():
        [object() for _ in range(10)]
    assert gc.get_freeze_count() == frozen
    qapp.processEvents()
    assert gc.isenabled()


def test_a_heavy_page_opened_before_its_preparation_imports_with_collection_paused(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    from diary_app.ui.main_pages import PageSlot
    from diary_app.ui.page_registry import PageSpec

    qtbot.waitUntil(gc.isenabled)
    seen = []

    class Page(QWidget):
        def __init__(self, _session):
            super().__init__()

    def page_class():
        seen.append(gc.isenabled())
        _load_module("diary_test_heavy_page")
        return Page

    frozen = gc.get_freeze_count()
    try:
        for heavy in (True, False):
            slot = PageSlot(PageSpec("heavy" if heavy else "light", page_class, "Page", heavy=heavy), None)
            qtbot.addWidget(slot)
            assert isinstance(slot.load(), Page)
            sys.modules.pop("diary_test_heavy_page")
            qapp.processEvents()  # collection back on
        assert seen == [False, True]  # the light page's class comes as it is
        assert gc.get_freeze_count() > frozen
    finally:
        sys.modules.pop("diary_test_heavy_page", None)
        gc.unfreeze()
    qapp.processEvents()
    assert gc.isenabled()
