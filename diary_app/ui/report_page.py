"""The Report page: choose period, language and appendix, preview, then save, print or open the PDF.

PySide6-Essentials has no QtPdf, so the preview is the report's own first-page content drawn by
Qt: the pattern sentences in the report's language and its main trend chart. PDFs are built on a
worker thread (a one-thread QThreadPool); the window stays responsive and shows progress.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QDate, QLocale, QObject, QProcess, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox,
    QProgressDialog, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from diary_app.analysis import analyze_period
from diary_app.charts import ChartStyle, figure_png_bytes, trend_figure
from diary_app.domain import ProfileDiary
from diary_app.domain.messages import NumberFormat, english
from diary_app.i18n import resolve_language, translate_function
from diary_app.reports import ReportOptions, build_report
from diary_app.reports.figures import main_sensation

log = logging.getLogger(__name__)
DEFAULT_DAYS = 90
PREVIEW_DPI = 96


@dataclass(frozen=True)
class ReportRequest:
    diary: ProfileDiary
    start: date
    end: date
    options: ReportOptions


class JobSignals(QObject):
    """Results travel from the worker to the page as queued signals."""

    built = Signal(str, str, int)  # purpose ("save", "print", "open"), path, pages
    previewed = Signal(str, object)  # text, QImage
    failed = Signal(str, str)  # purpose, reason


class BuildJob(QRunnable):
    def __init__(self, request: ReportRequest, path: Path, purpose: str, signals: JobSignals):
        super().__init__()
        self.request, self.path, self.purpose, self.signals = request, path, purpose, signals

    def run(self) -> None:
        r = self.request
        try:
            result = build_report(r.diary, r.start, r.end, self.path, r.options)
        except Exception as error:  # reported in the window; nothing was written
            log.exception("the report could not be made")
            self.signals.failed.emit(self.purpose, str(error))
        else:
            self.signals.built.emit(self.purpose, str(result.path), result.pages)


class PreviewJob(QRunnable):
    def __init__(self, request: ReportRequest, signals: JobSignals):
        super().__init__()
        self.request, self.signals = request, signals

    def run(self) -> None:
        try:
            text, image = preview_of(self.request)
        except Exception as error:
            log.exception("the preview could not be drawn")
            self.signals.failed.emit("preview", str(error))
        else:
            self.signals.previewed.emit(text, image)


def preview_of(request: ReportRequest) -> tuple[str, QImage]:
    """The pattern sentences and the main trend chart, as the report's first page has them."""
    r, options = request, request.options
    analysis = analyze_period(r.diary, r.start, r.end)
    lines = [m.render(options.translate, options.numbers) for m in analysis.annotations]
    style = ChartStyle(translate=options.translate, numbers=options.numbers, rtl=options.rtl)
    fig = trend_figure(r.diary.entries, r.diary.doses, r.diary.regimens, r.start, r.end,
                       main_sensation(r.diary, r.start, r.end), style)
    return "\n".join(f"\u2022 {line}" for line in lines), QImage.fromData(figure_png_bytes(fig, PREVIEW_DPI))


class ReportPage(QWidget):
    """Period, language and appendix choices; a preview; Save PDF…, Print… and Open in viewer."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = JobSignals(self)
        self.progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None
        self._diary: ProfileDiary | None = None
        self._build()
        self._connect()
        self.reset_period()

    # Building

    def _build(self) -> None:
        self.start_edit, self.end_edit = self._date_edit(), self._date_edit()
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._ui_language())))
        self.appendix_box = QCheckBox(self.tr("Add the daily log with every note in full (appendix)"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open in viewer"))
        self.open_button.setToolTip(self.tr("Make the PDF and open it in your PDF viewer"))
        self.preview_text = QLabel()
        self.preview_text.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_text.setWordWrap(True)
        self.preview_chart = QLabel()
        self.preview_chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_timer = QTimer(self, singleShot=True, interval=300)
        self._lay_out()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
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
        inner = QWidget()
        preview = QVBoxLayout(inner)
        preview.addWidget(self.preview_chart)
        preview.addWidget(self.preview_text)
        preview.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Preview of the first page:")))
        layout.addWidget(self.scroll, 1)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(lambda: self.start_build("print", self._temporary_path()))
        self.open_button.clicked.connect(lambda: self.start_build("open", self._temporary_path()))
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self.preview_timer.start)
        self.language_box.currentIndexChanged.connect(self.preview_timer.start)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.signals.built.connect(self._on_built)
        self.signals.previewed.connect(self._on_previewed)
        self.signals.failed.connect(self._on_failed)
        self.session.profileChanged.connect(lambda _id: self._on_diary_changed(reset=True))
        self.session.diaryChanged.connect(self._on_diary_changed)

    # Choices

    def _ui_language(self) -> str:
        settings = self.session.settings
        return resolve_language(settings.language) if settings is not None else "en"

    def diary(self) -> ProfileDiary:
        if self._diary is None:
            self._diary = self.session.store.load_diary(self.session.profile_id)
        return self._diary

    def reset_period(self) -> None:
        """The last 90 days ending at the last entry (today when there is none), as on the command line."""
        days = [e.day for e in self.diary().entries]
        end = max(days) if days else self.session.today()
        self.end_edit.setDate(QDate(end))
        self.start_edit.setDate(QDate(end - timedelta(days=DEFAULT_DAYS - 1)))
        self.preview_timer.start()

    def period(self) -> tuple[date, date]:
        first, last = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return min(first, last), max(first, last)

    def options(self) -> ReportOptions:
        language = self.language_box.currentData()
        settings = self.session.settings
        digits = settings is not None and settings.uses_arabic_digits(language)
        return ReportOptions(language=language, translate=self._translate_for(language, digits),
                             numbers=NumberFormat(arabic_digits=digits),
                             appendix=self.appendix_box.isChecked(), made_on=self.session.today())

    def _translate_for(self, language: str, arabic_digits: bool = True):
        try:
            return translate_function(language, arabic_digits)
        except FileNotFoundError:
            log.warning("no %s translation installed; the report words stay in English", language)
            return english

    def request(self) -> ReportRequest:
        start, end = self.period()
        return ReportRequest(self.diary(), start, end, self.options())

    # Actions

    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        request = self.request()
        direction = Qt.LayoutDirection.RightToLeft if request.options.rtl else Qt.LayoutDirection.LeftToRight
        self.preview_text.setLayoutDirection(direction)
        self.preview_text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.pool.start(PreviewJob(request, self.signals))

    def ask_save(self) -> None:
        start, end = self.period()
        suggested = Path.home() / f"symptom-diary-{start.isoformat()}-{end.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), str(suggested),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.start_build("save", Path(path if path.lower().endswith(".pdf") else f"{path}.pdf"))

    def start_build(self, purpose: str, path: Path) -> None:
        self.progress = QProgressDialog(self.tr("Making the report…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)
        self.pool.start(BuildJob(self.request(), path, purpose, self.signals))

    def _temporary_path(self) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="symptom-diary-report-"))
        return folder / "symptom-diary-report.pdf"

    def wait_until_done(self) -> None:
        """Blocks until queued work is finished and its results delivered (scripts and tests)."""
        from PySide6.QtCore import QCoreApplication

        if self.preview_timer.isActive():
            self.refresh_preview()
        self.pool.waitForDone()
        QCoreApplication.processEvents()  # delivers the results
        QCoreApplication.processEvents()  # lays the page out around them

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
            self.print_pdf(Path(path))
        else:
            self._show_saved(path, pages)
        self.session.statusMessage.emit(self.tr("Report saved: %1").replace("%1", path))

    def _show_saved(self, path: str, pages: int) -> None:
        text = self.tr("The report (%n page(s)) was saved to:\n%1", "", pages).replace("%1", path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report saved"), text,
                          QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        self.last_message = box
        box.open()

    def _on_failed(self, purpose: str, reason: str) -> None:
        if purpose == "preview":
            self.preview_text.setText(self.tr("The preview could not be drawn: %1").replace("%1", reason))
            return
        self._finish()
        text = self.tr("The report could not be made; no file was written.\n%1\nTry another folder or again.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Report not made"), text.replace("%1", reason),
                          QMessageBox.StandardButton.Close, self)
        self.last_message = box
        box.open()

    def _on_previewed(self, text: str, image: QImage) -> None:
        self.preview_text.setText(text)
        pixmap = QPixmap.fromImage(image)
        self.preview_chart.setPixmap(pixmap)
        self.preview_chart.setMinimumSize(pixmap.size())

    def _on_diary_changed(self, reset: bool = False) -> None:
        self._diary = None
        if reset:
            self.reset_period()
        else:
            self.refresh_preview()

    # Printing

    def print_pdf(self, path: Path) -> None:
        """Qt's print dialog picks the printer; the PDF goes to it through the system's `lp` (CUPS).

        Where there is no `lp` (Windows), the PDF opens in the viewer to be printed from there.
        """
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        lp = shutil.which("lp")
        if lp is None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.session.statusMessage.emit(self.tr("Print the report from the viewer that just opened"))
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        arguments = ["-d", printer.printerName(), "-n", str(printer.copyCount()), str(path)]
        if not printer.printerName():
            arguments = arguments[2:]
        QProcess.startDetached(lp, arguments)
        self.session.statusMessage.emit(self.tr("The report was sent to the printer"))
