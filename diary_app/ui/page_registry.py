"""The window's pages, in tab order: each page class registered with a factory that imports it lazily."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from diary_app.domain.messages import QT_TRANSLATE_NOOP


def _entry() -> type:
    from diary_app.ui.entry_page import EntryPage

    return EntryPage


def _history() -> type:
    from diary_app.ui.history_page import HistoryPage

    return HistoryPage


def _charts() -> type:
    from diary_app.ui.charts_page import ChartsPage

    return ChartsPage


def _treatment() -> type:
    from diary_app.ui.treatment_page import TreatmentPage

    return TreatmentPage


def _report() -> type:
    from diary_app.ui.report_page import ReportPage

    return ReportPage


@dataclass(frozen=True)
class PageSpec:
    """A page: its settings name, the factory returning its class, its tab title (untranslated).

    `lazy` pages are built when first shown. `heavy` ones (matplotlib, reportlab) have their modules
    imported on a worker thread after the window's first paint; one restored at start-up shows its
    tab at once and is built when its module is ready.
    """

    name: str
    page_class: Callable[[], Any]
    title: str
    lazy: bool = True
    heavy: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec("entry", _entry, QT_TRANSLATE_NOOP("MainWindow", "Day entry"), lazy=False),
    PageSpec("history", _history, QT_TRANSLATE_NOOP("MainWindow", "History")),
    PageSpec("charts", _charts, QT_TRANSLATE_NOOP("MainWindow", "Charts"), heavy=True),
    PageSpec("treatment", _treatment, QT_TRANSLATE_NOOP("MainWindow", "Treatment")),
    PageSpec("report", _report, QT_TRANSLATE_NOOP("MainWindow", "Report"), heavy=True),
)
PAGE_NAMES: tuple[str, ...] = tuple(spec.name for spec in PAGES)
