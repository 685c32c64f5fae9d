"""Garbage collection is off while worker threads run and comes back on from the GUI thread."""

from __future__ import annotations

import gc
import threading

from diary_app.ui.worker_gc import collection_paused


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
