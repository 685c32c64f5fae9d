"""The window's pages in tab order (settings.PAGE_NAMES), each class registered with a lazy factory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.settings import PAGE_NAMES


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


# What each page is; which pages exist and their order is settings.PAGE_NAMES (the settings validate
# the restored page against it, and they sit below the window, so the names live there).
_REGISTERED: dict[str, tuple[Callable[[], Any], str, bool, bool]] = {  # class, title, lazy, heavy
    "entry": (_entry, QT_TRANSLATE_NOOP("MainWindow", "Day entry"), False, False),
    "history": (_history, QT_TRANSLATE_NOOP("MainWindow", "History"), True, False),
    "charts": (_charts, QT_TRANSLATE_NOOP("MainWindow", "Charts"), True, True),
    "treatment": (_treatment, QT_TRANSLATE_NOOP("MainWindow", "Treatment"), True, False),
    "report": (_report, QT_TRANSLATE_NOOP("MainWindow", "Report"), True, True),
}
PAGES: tuple[PageSpec, ...] = tuple(PageSpec(name, *_REGISTERED[name]) for name in PAGE_NAMES)
