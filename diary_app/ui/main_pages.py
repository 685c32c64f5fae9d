"""The window's tab contents: a slot per registered page that builds its page on first show."""

from __future__ import annotations

import logging
from contextlib import nullcontext

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.ui.foreground import WAITED_FOR
from diary_app.ui.foreground import Foreground
from diary_app.ui.page_registry import PAGES
from diary_app.ui.page_registry import PageSpec
from diary_app.ui.worker_gc import loading_paused

__all__ = ["PAGES", "PageSlot", "PageSpec", "title_text"]

log = logging.getLogger(__name__)


def title_text(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


class PageSlot(QWidget):
    """A tab's content: empty until `load` asks the registry for the page class and builds it inside."""

    def __init__(
        self,
        spec: PageSpec,
        session,
        log_path: str = "",
        parent: QWidget | None = None,
        foreground: Foreground = WAITED_FOR,
    ):
        super().__init__(parent)
        self.spec, self.foreground = spec, foreground
        self.session = session
        self.log_path = log_path
        self.page: QWidget | None = None
        self.failed = False
        self.setObjectName(f"{spec.name}_slot")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def load(self) -> QWidget | None:
        """The page, built on the first call; None when building it failed (the reason is shown)."""
        if self.page is not None or self.failed:
            return self.page
        with self.foreground.working() if self.spec.heavy else nullcontext():  # to its first picture's job
            return self._build()

    def _build(self) -> QWidget | None:
        try:
            self.page = self._page_class()(self.session)
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

    def _page_class(self) -> type:
        """The page's class; a heavy page's module imported as PagePreparer imports it, the collector
        paused and what it loaded then frozen (worker_gc.loading_paused): collections scanning its new
        objects again and again while they load took about a tenth of a cold first opening of Charts."""
        if not self.spec.heavy:
            return self.spec.page_class()
        with loading_paused():
            return self.spec.page_class()

    def prepare(self) -> None:
        """Builds a page that asks for it (`build_early`) while its tab is hidden, laid out at the size
        of the shown tab, and lets it prepare what it will show (PagePreparer, once its module is in)."""
        if self.page is not None or self.failed or not getattr(self.spec.page_class(), "build_early", False):
            return
        stack = self.parentWidget()
        if stack is not None:
            self.resize(stack.size())  # a hidden tab keeps its first size until shown
        page = self.load()
        if page is not None and not self.isVisible():
            self._layout.activate()
            page.prepare()  # type: ignore[attr-defined]  # the pages with build_early have it

    def _failure_label(self) -> QLabel:
        text = QCoreApplication.translate(
            "MainWindow",
            "This page could not be opened because of an error in the program. "
            "The details were written to the log file: %1",
        )
        label = QLabel(fill_placeholders(text, [self.log_path or "—"]))
        label.setWordWrap(True)
        return label
