"""The window's pages: which exist, and a slot per tab that builds its page on first show."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP, fill_placeholders

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    """A page of the window: its settings name, where its class lives, its tab title."""

    name: str
    module: str
    class_name: str
    title: str
    lazy: bool

    def title_text(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)

    def is_installed(self) -> bool:
        """True when the page's module exists (found without importing it)."""
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False


PAGES = (
    PageSpec(
        "entry", "diary_app.ui.entry_page", "EntryPage", QT_TRANSLATE_NOOP("MainWindow", "Day entry"), False
    ),
    PageSpec(
        "history",
        "diary_app.ui.history_page",
        "HistoryPage",
        QT_TRANSLATE_NOOP("MainWindow", "History"),
        True,
    ),
    PageSpec(
        "charts", "diary_app.ui.charts_page", "ChartsPage", QT_TRANSLATE_NOOP("MainWindow", "Charts"), True
    ),
    PageSpec(
        "treatment",
        "diary_app.ui.treatment_page",
        "TreatmentPage",
        QT_TRANSLATE_NOOP("MainWindow", "Treatment"),
        True,
    ),
    PageSpec(
        "report", "diary_app.ui.report_page", "ReportPage", QT_TRANSLATE_NOOP("MainWindow", "Report"), True
    ),
)


def installed_pages(specs=PAGES) -> tuple[PageSpec, ...]:
    return tuple(spec for spec in specs if spec.is_installed())


class PageSlot(QWidget):
    """A tab's content: empty until `load` imports the page module and builds the page inside."""

    def __init__(self, spec: PageSpec, session, log_path: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.session = session
        self.log_path = log_path
        self.page: QWidget | None = None
        self.failed = False
        self.setObjectName(f"{spec.name}_slot")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def load(self) -> QWidget | None:
        """The page, built on the first call; None when its module failed (the reason is shown)."""
        if self.page is not None or self.failed:
            return self.page
        try:
            page_class = getattr(importlib.import_module(self.spec.module), self.spec.class_name)
            self.page = page_class(self.session)
        except Exception:  # a broken page must not take the window down
            log.exception("the %s page could not be built", self.spec.name)
            self.failed = True
            self._layout.addWidget(self._failure_label())
            return None
        self.page.setObjectName(f"{self.spec.name}_page")
        self._layout.addWidget(self.page)
        if self.isVisible():
            self.page.show()  # now, not after a queued event: callers use the shown page at once
        self.setFocusProxy(self.page)
        return self.page

    def _failure_label(self) -> QLabel:
        text = QCoreApplication.translate(
            "MainWindow",
            "This page could not be opened because of an error in the program. "
            "The details were written to the log file: %1",
        )
        label = QLabel(fill_placeholders(text, [self.log_path or "—"]))
        label.setWordWrap(True)
        return label
