"""The Report page: choose period, language and appendix, preview the PDF, then save, print or open it.

The preview is the PDF itself: built and drawn page by page (pypdfium2, see report_render) on a
worker thread (a one-thread QThreadPool, so PDFium is never called from two threads); the window
stays responsive and shows progress. Printing paints the same page pictures on a QPrinter.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.analysis.report_period import report_period
from diary_app.domain import ProfileDiary
from diary_app.domain.messages import english
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.messages import path_text
from diary_app.i18n import resolve_language
from diary_app.i18n import translate_function
from diary_app.reports import ReportCancelled
from diary_app.reports import ReportOptions
from diary_app.reports import build_report
from diary_app.ui import dialogs
from diary_app.ui import report_render
from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.date_edit import window_numbers
from diary_app.ui.foreground import WAITED_FOR
from diary_app.ui.foreground import Foreground
from diary_app.ui.report_preview import PreviewPane
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.worker_gc import collection_paused

log = logging.getLogger(__name__)
MAX_PREVIEW_PAGES = 30  # a ten-year appendix has hundreds; the PDF itself has them all
PREVIEW_WIDTH = (900, 1600)  # pixels a preview page is drawn at: at least (sharp when widened), at most
SETTLING_ROUNDS = 10
AskPrinter = Callable[[QPrinter, QWidget], bool]


def ask_with_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog chooses and sets up the printer; False when cancelled."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class ReportRequest:
    diary: ProfileDiary
    start: date
    end: date
    options: ReportOptions


class JobSignals(QObject):
    """Results travel from the worker to the page as queued signals."""

    built = Signal(str, str, int)  # purpose ("save", "print", "open"), path, pages
    previewed = Signal(int, object, int)  # preview number, list of QImage, pages in the PDF
    progressed = Signal(str, int, int)  # purpose ("preview", "print"), pages done, pages in all
    failed = Signal(str, str)  # purpose, reason


class ReportJob(QRunnable):
    """Builds the PDF at `path`, then does the purpose's further work with it (`finish`)."""

    def __init__(
        self,
        request: ReportRequest,
        path: Path,
        purpose: str,
        signals: JobSignals,
        foreground: Foreground = WAITED_FOR,
    ):
        super().__init__()
        self.request, self.path, self.purpose, self.signals = request, path, purpose, signals
        self.foreground = foreground
        foreground.begin()  # someone waits for it from now (ui/foreground.py)

    def run(self) -> None:
        try:
            with collection_paused():  # never a collection on this thread (ui/worker_gc.py)
                self._make()
        finally:
            self.foreground.end()

    def _make(self) -> None:
        r = self.request
        try:
            if not self.wanted():
                return
            result = build_report(r.diary, r.start, r.end, self.path, r.options, self.unwanted)
            self.finish(result)
        except ReportCancelled:
            log.info("a %s build was cancelled: its options changed", self.purpose)
        except Exception as error:  # reported in the window; nothing was written
            log.exception("the report could not be made (%s)", self.purpose)
            self.signals.failed.emit(self.purpose, str(error))

    def wanted(self) -> bool:
        return True

    def unwanted(self) -> bool:
        return not self.wanted()

    def finish(self, result) -> None:
        self.signals.built.emit(self.purpose, str(result.path), result.pages)

    def progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(self.purpose, done, total)


class PreviewJob(ReportJob):
    """Builds a throw-away PDF and draws its pages; skipped when a newer preview was asked for."""

    def __init__(
        self,
        request: ReportRequest,
        path: Path,
        signals: JobSignals,
        number: int,
        width: int,
        latest: Callable[[], int],
    ):
        super().__init__(request, path, "preview", signals)
        self.number, self.width, self.latest = number, width, latest

    def wanted(self) -> bool:
        return self.number == self.latest()

    def finish(self, result) -> None:
        """The first page as soon as it is drawn, then the others (unless a newer preview is wanted)."""
        try:
            images, pages = report_render.page_images(result.path, self.width, 1)
            self.signals.previewed.emit(self.number, images, pages)
            if min(pages, MAX_PREVIEW_PAGES) > 1 and self.wanted():
                images, pages = report_render.page_images(
                    result.path, self.width, MAX_PREVIEW_PAGES, self.progress
                )
                self.signals.previewed.emit(self.number, images, pages)
        finally:
            result.path.unlink(missing_ok=True)


class PrintJob(ReportJob):
    def __init__(self, request: ReportRequest, path: Path, signals: JobSignals, printer: QPrinter):
        super().__init__(request, path, "print", signals)
        self.printer = printer

    def finish(self, result) -> None:
        pages = report_render.print_pdf(result.path, self.printer, self.progress)
        self.signals.built.emit(self.purpose, str(result.path), pages)


def _release(pool: QThreadPool, folder: tempfile.TemporaryDirectory) -> None:
    """When the page goes: let running work end, then delete its temporary PDFs (at exit the pool
    may already be gone, and with it the work)."""
    if shiboken6.isValid(pool):
        pool.waitForDone()
    folder.cleanup()


class ReportPage(QWidget):
    """Period, language and appendix choices; the PDF previewed; Save PDF…, Print… and Open in viewer.

    `ask_printer` sets up the QPrinter (Qt's print dialog unless another is given, e.g. in tests).
    Temporary PDFs (preview, print, open) live in one folder removed with the page or at exit.
    """

    def __init__(
        self, session, parent: QWidget | None = None, ask_printer: AskPrinter = ask_with_print_dialog
    ):
        super().__init__(parent)
        self.session = session
        self.ask_printer = ask_printer
        self.pool = QThreadPool()  # no parent: it must outlive the page's children (see _release)
        self.pool.setMaxThreadCount(1)
        self.signals = JobSignals()
        self.files = tempfile.TemporaryDirectory(prefix="symptom-diary-report-")
        pool, files = self.pool, self.files
        self.destroyed.connect(lambda *_: _release(pool, files))
        self._names = count(1)
        self._preview_number = 0
        self._preview_stale = False  # the diary changed while the page was hidden
        self.progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None
        self._diary: ProfileDiary | None = None
        self._build()
        self._connect()
        self.reset_period()

    # Building

    def _build(self) -> None:
        self.start_edit = calendar_date_edit(accessible_name=self.tr("Report from"))
        self.end_edit = calendar_date_edit(accessible_name=self.tr("Report to"))
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._ui_language())))
        self.appendix_box = QCheckBox(self.tr("Add the daily log with every note in full (appendix)"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open in viewer"))
        self.open_button.setToolTip(self.tr("Make the PDF and open it in your PDF viewer"))
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_progress = QProgressBar()
        self.preview_progress.setTextVisible(False)
        self.preview_progress.setMaximumHeight(8)
        self.preview_progress.setAccessibleName(self.tr("Preparing the preview"))
        self.preview = PreviewPane()
        self.preview_timer = QTimer(self, singleShot=True, interval=300)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # no window-wide boxes
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.start_edit)
        form.addRow(from_label, period)
        form.addRow(self.tr("&Language of the report:"), self.language_box)
        form.addRow("", self.appendix_box)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Pre&view of the report:"))
        title.setBuddy(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(title)
        layout.addWidget(self.preview_progress)
        layout.addWidget(self.preview_status)
        layout.addWidget(self.preview, 1)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        self.open_button.clicked.connect(
            lambda: self.start_job(ReportJob(self.request(), self._temporary_pdf(), "open", self.signals))
        )
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._on_option_changed)
        self.language_box.currentIndexChanged.connect(self._on_option_changed)
        self.appendix_box.toggled.connect(self._on_option_changed)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.signals.built.connect(self._on_built)
        self.signals.previewed.connect(self._on_previewed)
        self.signals.progressed.connect(self._on_progressed)
        self.signals.failed.connect(self._on_failed)
        self.session.profileChanged.connect(lambda _id: self._on_diary_changed(reset=True))
        self.session.diaryChanged.connect(self._on_diary_changed)

    # Choices

    def _ui_language(self) -> str:
        settings = self.session.settings
        return resolve_language(settings.language) if settings is not None else "en"

    def diary(self) -> ProfileDiary:
        """The whole diary, not only the period: treatment that began before the period, and doses
        near its edges, decide what the report says about it."""
        if self._diary is None:
            self._diary = self.session.store.load_diary(self.session.profile_id)
        return self._diary

    def reset_period(self) -> None:
        """The last 90 days ending at the last entry (today when there is none), as on the command line."""
        start, end = report_period(self.diary(), None, None, self.session.today())
        self.end_edit.setDate(qdate_of(end))
        self.start_edit.setDate(qdate_of(start))
        self.schedule_preview()

    def period(self) -> tuple[date, date]:
        first, last = day_of(self.start_edit.date()), day_of(self.end_edit.date())
        return min(first, last), max(first, last)

    def options(self) -> ReportOptions:
        language = self.language_box.currentData()
        settings = self.session.settings
        digits = settings is not None and settings.uses_arabic_digits(language)
        return ReportOptions(
            language=language,
            translate=self._translate_for(language, digits),
            numbers=window_numbers(language, digits),
            appendix=self.appendix_box.isChecked(),
            made_on=self.session.today(),
        )

    def _translate_for(self, language: str, arabic_digits: bool = True):
        try:
            return translate_function(language, arabic_digits)
        except FileNotFoundError:
            log.warning("no %s translation installed; the report words stay in English", language)
            return english

    def request(self) -> ReportRequest:
        start, end = self.period()
        return ReportRequest(self.diary(), start, end, self.options())

    def _temporary_pdf(self) -> Path:
        """A new name in the page's temporary folder (a viewer may still have the last one open)."""
        return Path(self.files.name) / f"symptom-diary-report-{next(self._names)}.pdf"

    # Actions

    def _on_option_changed(self) -> None:
        """The preview being built is for the old options: it stops at its next step (the worker is
        free for the new one at once) and a new one starts when the choices settle."""
        self._preview_number += 1
        self.preview_timer.start()

    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        self._preview_number += 1
        self.preview_status.setText(self.tr("Making the report…"))
        self.preview_status.show()
        self.preview_progress.setRange(0, 0)
        self.preview_progress.show()
        width = min(max(self.preview.page_width(), PREVIEW_WIDTH[0]), PREVIEW_WIDTH[1])
        width = round(width * self.devicePixelRatioF())
        self.pool.start(
            PreviewJob(
                self.request(),
                self._temporary_pdf(),
                self.signals,
                self._preview_number,
                width,
                lambda: self._preview_number,
            )
        )

    def ask_save(self) -> None:
        start, end = self.period()
        suggested = Path.home() / f"symptom-diary-{start.isoformat()}-{end.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if path:
            target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
            self.start_job(ReportJob(self.request(), target, "save", self.signals))

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF pages carry their own margins
        printer.setDocName("symptom-diary-report")
        if self.ask_printer(printer, self):
            self.start_job(PrintJob(self.request(), self._temporary_pdf(), self.signals, printer))

    def start_job(self, job: ReportJob) -> None:
        self.progress = QProgressDialog(self.tr("Making the report…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)
        self.pool.start(job)

    def wait_until_done(self) -> None:
        """Blocks until queued work is finished and its results delivered (scripts and tests)."""
        from PySide6.QtCore import QCoreApplication

        if self.preview_timer.isActive():
            self.refresh_preview()
        self.pool.waitForDone()
        QCoreApplication.processEvents()  # delivers the results
        for _ in range(SETTLING_ROUNDS):  # lays the pages out, shows the scroll bar, fits them beside it
            QCoreApplication.processEvents()
            if self.preview.settled():
                break

    # Results

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(True)

    def _on_built(self, purpose: str, path: str, pages: int) -> None:
        self._finish()
        if purpose == "open":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif purpose == "print":
            self.session.statusMessage.emit(self.tr("The report was sent to the printer"))
        else:
            self._show_saved(path, pages)
            self.session.statusMessage.emit(
                fill_placeholders(self.tr("Report saved: %1"), [path_text(path)], isolate=False)
            )

    def _show_saved(self, path: str, pages: int) -> None:
        text = self.tr("The report (%n pages) was saved to:\n%1", "", pages)
        text = fill_placeholders(text, [path_text(path)], isolate=False)
        box = dialogs.message_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("Report saved"),
            text,
            QMessageBox.StandardButton.Close,
        )
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        self.last_message = box
        box.open()

    def _on_failed(self, purpose: str, reason: str) -> None:
        if purpose == "preview":
            self.preview_progress.hide()
            self.preview_status.setText(
                fill_placeholders(self.tr("The preview could not be drawn: %1"), [reason], isolate=False)
            )
            self.preview_status.show()
            return
        self._finish()
        text = self.tr("The report could not be made; no file was written.\n%1\nTry another folder or again.")
        box = dialogs.message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Report not made"),
            fill_placeholders(text, [reason], isolate=False),
            QMessageBox.StandardButton.Close,
        )
        self.last_message = box
        box.open()

    def _on_progressed(self, purpose: str, done: int, total: int) -> None:
        bar = self.preview_progress if purpose == "preview" else self.progress
        if bar is not None:
            bar.setRange(0, total)
            bar.setValue(done)

    def _on_previewed(self, number: int, images: list, pages: int) -> None:
        if number != self._preview_number:
            return  # a newer preview is on its way
        more = len(images) < min(pages, MAX_PREVIEW_PAGES)  # the first page, the others follow
        self.preview_progress.setVisible(more)
        self.preview.set_pages(images)
        if more:
            self.preview_status.hide()
            return
        shown = len(images)
        self.preview_status.setVisible(shown != pages)
        self.preview_status.setText(
            ""
            if shown == pages
            else fill_placeholders(
                self.tr(
                    "The preview shows the first %1 of the report's %n pages; the PDF has them all.",
                    "",
                    pages,
                ),
                [QLocale().toString(shown)],
                isolate=False,
            )
        )

    def _on_diary_changed(self, reset: bool = False) -> None:
        self._diary = None
        if reset:
            self.preview.set_pages([])  # never the previous person's report under the new name
            self.reset_period()
        else:
            self.schedule_preview()

    def schedule_preview(self) -> None:
        """A new preview soon, or when the page is next shown (no report builds while the patient
        types on another page)."""
        if self.isVisible():
            self.preview_timer.start()
        else:
            self._preview_stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._preview_stale:
            self._preview_stale = False
            self.preview_timer.start()
