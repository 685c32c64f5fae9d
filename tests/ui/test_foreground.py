"""Work a person waits for goes ahead of the preparation in the background."""

from __future__ import annotations

import gc
import threading
import time
from datetime import date

import pytest

from diary_app.ui.foreground import Foreground


def test_background_work_waits_until_no_waited_for_work_runs():
    foreground = Foreground()
    returned = []
    with foreground.working():
        waiter = threading.Thread(target=lambda: returned.append(foreground.wait_until_idle(5)))
        waiter.start()
        with foreground.working():  # overlapping work is counted
            pass
        time.sleep(0.1)
        assert returned == [] and foreground.busy()
    waiter.join(5)
    assert returned == [True] and not foreground.busy()


def test_a_wait_gives_up_after_its_time():
    foreground = Foreground()
    foreground.begin()
    began = time.perf_counter()
    assert not foreground.wait_until_idle(0.05)
    assert time.perf_counter() - began < 1
    foreground.end()
    assert foreground.wait_until_idle(0.05)


def test_the_preparation_gives_way_to_a_page_being_opened(qapp, qtbot):
    from diary_app.ui.page_preparer import PagePreparer
    from diary_app.ui.page_registry import PageSpec

    foreground, prepared = Foreground(), []

    def page(name):
        def page_class():
            prepared.append(name)
            return type(name, (), {})

        return PageSpec(name, page_class, name, heavy=True)

    preparer = PagePreparer([page("first"), page("second")], foreground=foreground)
    with foreground.working():  # a page the person opened is loading
        preparer.start()
        time.sleep(0.2)
        assert prepared == []
    preparer.wait()
    assert prepared == ["first", "second"]
    qtbot.waitUntil(lambda: preparer.done == {"first", "second"})


def test_a_chart_counts_from_being_asked_for_to_being_drawn_or_dropped(qapp):
    from diary_app.ui.chart_render import RenderJob
    from diary_app.ui.chart_render import RenderResult

    foreground = Foreground()
    job = RenderJob(1, None, None, lambda: 2, RenderResult(), foreground)  # superseded by request 2
    assert foreground.busy()
    job.run()
    assert not foreground.busy()


def test_a_report_is_made_with_collection_paused_and_counted_while_made(qapp, qtbot, monkeypatch, tmp_path):
    from diary_app.ui import report_page

    qtbot.waitUntil(gc.isenabled)
    foreground, seen = Foreground(), []

    def build_report(*_args):
        seen.append((gc.isenabled(), foreground.busy()))
        raise OSError("the disk is full")

    monkeypatch.setattr(report_page, "build_report", build_report)
    request = report_page.ReportRequest(None, date(2026, 1, 1), date(2026, 1, 31), None)
    signals = report_page.JobSignals()
    failures = []
    signals.failed.connect(lambda purpose, reason: failures.append((purpose, reason)))
    job = report_page.ReportJob(request, tmp_path / "r.pdf", "save", signals, foreground)
    job.run()
    assert seen == [(False, True)]
    assert not foreground.busy()
    qtbot.waitUntil(lambda: failures == [("save", "the disk is full")])
    qtbot.waitUntil(gc.isenabled)  # back on, from the GUI thread


@pytest.mark.parametrize("heavy", [True, False])
def test_a_heavy_page_counts_while_it_loads(qapp, qtbot, heavy):
    from PySide6.QtWidgets import QWidget

    from diary_app.ui.main_pages import PageSlot
    from diary_app.ui.page_registry import PageSpec

    foreground, seen = Foreground(), []

    class Page(QWidget):
        def __init__(self, _session):
            super().__init__()
            seen.append(foreground.busy())

    slot = PageSlot(PageSpec("page", lambda: Page, "Page", heavy=heavy), None, foreground=foreground)
    qtbot.addWidget(slot)
    slot.load()
    assert seen == [heavy] and not foreground.busy()
    qapp.processEvents()
