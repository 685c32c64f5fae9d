"""The charts page: one figure at a time for a period, drawn off the GUI thread, hover for a day's values.

Drawing never blocks the window: a QRunnable on a one-thread pool builds the matplotlib Figure
(Agg only, no pyplot, no rcParams changes) and renders it to a QImage; the page shows a busy bar
meanwhile and then the picture. We chose this over FigureCanvasQTAgg because that canvas draws in
the GUI thread on every period change and every resize, which for ten years of five panels is a
visible stall. Results of superseded requests are dropped. Hovering reads the rendered figure's
axes transforms (the worker no longer touches that figure) to find the day under the mouse.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from datetime import timedelta
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QToolTip
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.charts import ChartStyle
from diary_app.charts import labels
from diary_app.charts import save_figure
from diary_app.charts.style import EPOCH_ORDINAL
from diary_app.charts.summary import figure_summary
from diary_app.domain import ProfileDiary
from diary_app.domain import names
from diary_app.domain.messages import Translate
from diary_app.domain.messages import english
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.messages import path_text
from diary_app.domain.units import B12_UNITS
from diary_app.domain.vocab import SENSATIONS
from diary_app.i18n import resolve_language
from diary_app.i18n import translate_function
from diary_app.ui import dialogs
from diary_app.ui.chart_render import ChartRequest
from diary_app.ui.chart_render import RenderJob
from diary_app.ui.chart_render import RenderResult
from diary_app.ui.chart_render import build_figure
from diary_app.ui.chart_render import warm_up
from diary_app.ui.chart_text import ChartNumbers
from diary_app.ui.chart_text import chart_description
from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.date_edit import day_words
from diary_app.ui.date_edit import window_numbers
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.widgets.labelled_row import LabelledRow

log = logging.getLogger(__name__)

PERIODS = (("4w", 28), ("3m", 91), ("1y", 365), ("all", None), ("custom", 0))
FIGURES = (
    ("trend", labels.TREND_TITLE),
    ("laterality", labels.LATERALITY_TITLE),
    ("regions", labels.REGIONS_TITLE),
    ("gait", labels.GAIT_TITLE),
    ("labs", labels.LABS_TITLE),
)


class ChartView(QLabel):
    """The rendered picture; tells the page which panel and day are under the mouse."""

    pointed = Signal(str, object, object)  # axes id, datetime.date, global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure: Figure | None = None
        self.setMouseTracking(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWordWrap(True)

    def show_picture(self, fig: Figure, image: QImage) -> None:
        self.figure = fig
        self.setPixmap(QPixmap.fromImage(image))

    def show_message(self, text: str) -> None:
        self.figure = None
        self.setPixmap(QPixmap())
        self.setText(text)

    def place_of(self, x: float, y: float) -> tuple[str, date] | None:
        """The axes id and the day at widget position (x, y), or None outside the panels."""
        if self.figure is None or self.pixmap().isNull():
            return None
        ratio = self.pixmap().devicePixelRatio()
        left = (self.width() - self.pixmap().width() / ratio) / 2
        px, py = (x - left) * ratio, self.pixmap().height() - y * ratio
        for ax in self.figure.axes:
            gid = ax.get_gid()
            if gid and ax.bbox.contains(px, py):
                number = ax.transData.inverted().transform((px, py))[0]
                return gid, date.fromordinal(round(number) + EPOCH_ORDINAL)
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        place = self.place_of(event.position().x(), event.position().y())
        if place is not None:
            self.pointed.emit(place[0], place[1], event.globalPosition().toPoint())
        super().mouseMoveEvent(event)


class ChartsPage(QWidget):
    """Period, figure and sensation choosers above the chosen figure; "Save image…" exports it."""

    warm_up = staticmethod(warm_up)  # PagePreparer calls it after importing the page
    build_early = True  # then builds it in its hidden tab and calls prepare()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.result = RenderResult(self)
        self.result.done.connect(self._on_rendered)
        self.result.failed.connect(self._on_failed)
        self.serial = 0
        self.request: ChartRequest | None = None
        self.hover_text = ""
        self._diary: tuple[date, date, ProfileDiary] | None = None  # the period read, its records
        self._stale = True
        self._translators: dict[tuple[str, bool], Translate] = {}
        self._build_controls()
        self._build_layout()
        self._connect()

    # Building

    def _build_controls(self) -> None:
        self.figure_box = self._combo(self.tr("Chart"), [(k, self._chart_text(t)) for k, t in FIGURES])
        periods = list(zip([key for key, _ in PERIODS], self._period_names(), strict=True))
        self.period_box = self._combo(self.tr("Period"), periods)
        self.sensation_box = self._combo(
            self.tr("Sensation"),
            [("all", self.tr("All five"))]
            + [(name, dialogs.message_text(names.sensation(name))) for name in SENSATIONS],
        )
        self.unit_box = self._combo(self.tr("B12 unit"), [(unit, unit) for unit in B12_UNITS])
        self.start_edit = calendar_date_edit(self.session.today(), self.tr("From"))
        self.end_edit = calendar_date_edit(self.session.today(), self.tr("To"))
        self.start_edit.setDate(qdate_of(self.session.today() - timedelta(days=27)))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Drawing the chart"))
        self.busy.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save image…"))
        self.save_button.setToolTip(self.tr("Save the chart as a PNG or SVG picture"))
        self.view = ChartView()
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Chart"))
        self.numbers = ChartNumbers()
        self.numbers.setVisible(False)
        self.numbers_button = QPushButton(self.tr("Show the &numbers"))
        self.numbers_button.setCheckable(True)
        self.numbers_button.setToolTip(self.tr("Show the chart's numbers as a table under it"))
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setWidgetResizable(True)
        self.resize_timer = QTimer(self, singleShot=True, interval=250)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for key, text in items:
            box.addItem(text, key)
        return box

    def _period_names(self) -> list[str]:
        return [
            self.tr("Last 4 weeks"),
            self.tr("Last 3 months"),
            self.tr("Last 12 months"),
            self.tr("All days"),
            self.tr("Chosen dates"),
        ]

    @staticmethod
    def _chart_text(source: str) -> str:
        return QCoreApplication.translate(labels.CONTEXT, source)

    def _build_layout(self) -> None:
        texts = (
            self.tr("C&hart:"),
            self.tr("&Period:"),
            self.tr("from"),
            self.tr("to"),
            self.tr("&Sensation:"),
            self.tr("B12 &unit:"),
        )
        buddies = (
            self.figure_box,
            self.period_box,
            self.start_edit,
            self.end_edit,
            self.sensation_box,
            self.unit_box,
        )
        bar = LabelledRow(self, zip(texts, buddies, strict=True))
        self.buddy_labels = bar.labels
        bar.addWidget(self.busy)
        bar.addWidget(self.numbers_button)
        bar.addWidget(self.save_button)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addLayout(bar)
        self.page_layout.addWidget(self.scroll_area, 3)
        self.page_layout.addWidget(self.numbers, 1)
        self._update_controls()

    def _connect(self) -> None:
        for box in (self.figure_box, self.period_box, self.sensation_box, self.unit_box):
            box.currentIndexChanged.connect(self._on_choice_changed)
        self.start_edit.dateChanged.connect(self.redraw)
        self.end_edit.dateChanged.connect(self.redraw)
        self.save_button.clicked.connect(self.ask_save_image)
        self.numbers_button.toggled.connect(self.numbers.setVisible)
        self.view.pointed.connect(self._on_pointed)
        self.resize_timer.timeout.connect(self.redraw)
        self.session.profileChanged.connect(lambda _id: self._on_diary_changed())
        self.session.diaryChanged.connect(self._on_diary_changed)

    def _update_controls(self) -> None:
        custom = self.period_box.currentData() == "custom"
        for edit in (self.start_edit, self.end_edit):
            edit.setVisible(custom)
            self.buddy_labels[edit].setVisible(custom)
        for box, figure in ((self.sensation_box, "trend"), (self.unit_box, "labs")):
            box.setVisible(self.figure_box.currentData() == figure)
            self.buddy_labels[box].setVisible(self.figure_box.currentData() == figure)

    # Choices and data

    def diary(self) -> ProfileDiary:
        """The diary's records in the chosen period."""
        return self._diary_between(*self.period())

    def _diary_between(self, start: date, end: date) -> ProfileDiary:
        """The records from start to end, read once (a longer period reads more)."""
        if self._diary is None or not (self._diary[0] <= start and end <= self._diary[1]):
            loaded = self.session.store.load_diary(self.session.profile_id, start, end)
            self._diary = (start, end, loaded)
        return self._diary[2]

    def period(self) -> tuple[date, date]:
        today, key = self.session.today(), self.period_box.currentData()
        if key == "custom":
            first, last = day_of(self.start_edit.date()), day_of(self.end_edit.date())
            return min(first, last), max(first, last)
        if key == "all":
            span = self.session.store.record_span(self.session.profile_id)
            return (span[0], max(today, span[1])) if span else (today - timedelta(days=27), today)
        length = dict(PERIODS)[key]
        if length is None:
            raise ValueError(f"the period {key!r} has no fixed length")
        return today - timedelta(days=length - 1), today

    def chart_style(self) -> ChartStyle:
        settings = self.session.settings
        language = resolve_language(settings.language) if settings is not None else "en"
        digits = settings is not None and settings.uses_arabic_digits(language)
        scale = settings.text_scale / 100 if settings is not None else 1.0
        return ChartStyle(
            translate=self._translate_for(language, digits),
            numbers=window_numbers(language, digits),
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            scale=scale,
        )

    def _translate_for(self, language: str, arabic_digits: bool) -> Translate:
        """The core's Translate for the language: it leaves %n to NumberFormat (Qt's own would not)."""
        key = (language, arabic_digits)
        if key not in self._translators:
            try:
                self._translators[key] = translate_function(language, arabic_digits)
            except FileNotFoundError:
                log.warning("no %s translation installed; charts are drawn in English", language)
                self._translators[key] = english
        return self._translators[key]

    def picture_width(self) -> int:
        """The picture's width: the scroll area's inside less a scroll bar, which a tall picture brings
        (from the area's own size, so it holds while the page is hidden too)."""
        extent = self.scroll_area.verticalScrollBar().sizeHint().width()  # the style's scroll bar extent
        return self.scroll_area.maximumViewportSize().width() - extent - 4

    def current_request(self) -> ChartRequest:
        start, end = self.period()
        return ChartRequest(
            self.figure_box.currentData(),
            self.sensation_box.currentData(),
            start,
            end,
            self.unit_box.currentData(),
            self.chart_style(),
            self.picture_width(),
            self.devicePixelRatioF(),
        )

    # Drawing

    def redraw(self) -> None:
        """Ask the worker for a new picture; the newest request wins."""
        self._stale = False
        self.serial += 1
        self.request = self.current_request()
        self.busy.setVisible(True)
        diary = self._diary_between(self.request.start, self.request.end)
        self.pool.start(RenderJob(self.serial, diary, self.request, lambda: self.serial, self.result))

    def is_busy(self) -> bool:
        return not self.busy.isHidden()  # also while the page itself is hidden (drawing early)

    def _on_rendered(self, serial: int, fig: Figure, image: QImage) -> None:
        if serial == self.serial:
            self.view.show_picture(fig, image)
            summary = figure_summary(fig)  # read once for the description and the table
            self.scroll_area.setAccessibleDescription(chart_description(fig, self.locale(), summary))
            self.numbers.show_figure(fig, self.locale(), summary)
            self.busy.setVisible(False)

    def _on_failed(self, serial: int, reason: str) -> None:
        if serial == self.serial:
            self.view.show_message(fill_placeholders(self.tr("The chart could not be drawn: %1"), [reason]))
            self.scroll_area.setAccessibleDescription(self.view.text())
            self.numbers.clear_rows()
            self.busy.setVisible(False)

    def _on_choice_changed(self) -> None:
        self._update_controls()
        self.redraw()

    def _on_diary_changed(self) -> None:
        self._diary = None
        if self.isVisible():
            self.redraw()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale or self.request != self.current_request():  # e.g. a new day, another text size
            self.redraw()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.request is not None and abs(self.picture_width() - self.request.width_px) > 8:
            self.resize_timer.start()

    def prepare(self) -> None:
        """Draws the chosen chart while the page is still hidden, at the size it will be shown at, so
        its first showing finds the picture ready. A change of the diary meanwhile makes it draw again
        when shown (_on_diary_changed)."""
        self.page_layout.activate()
        if self._stale and not self.isVisible():
            self.redraw()

    def wait_until_drawn(self) -> None:
        """Blocks until the newest picture is shown (for screenshots and scripts, not for the GUI)."""
        if self.resize_timer.isActive():
            self.resize_timer.stop()
            self.redraw()
        self.pool.waitForDone()
        QCoreApplication.processEvents()

    # Hover

    def _on_pointed(self, axes_id: str, day: date, where) -> None:
        self.hover_text = self.day_summary(axes_id, day)
        QToolTip.showText(where, self.hover_text, self.view)

    def day_summary(self, sensation: str, day: date) -> str:
        """ "12 Mar 2026 — Pain: left 4, right 2" for the trend panels; the day alone when not logged."""
        when = day_words(day)
        entry = self.session.store.entry(self.session.profile_id, day)
        if entry is None or sensation not in SENSATIONS:
            return fill_placeholders(self.tr("%1: nothing logged"), [when], isolate=False)
        scores = entry.symptoms[sensation]
        locale = QLocale()
        return fill_placeholders(
            self.tr("%1 — %2: left leg %3, right leg %4"),
            [
                when,
                dialogs.message_text(names.sensation(sensation)),
                locale.toString(scores.left),
                locale.toString(scores.right),
            ],
            isolate=False,
        )

    # Saving

    def save_image(self, path: Path | str) -> Path:
        """Writes the current figure at its printed size; the format follows the suffix (.png, .svg)."""
        request = replace(self.current_request(), width_px=0, ratio=1.0)
        fig = build_figure(self._diary_between(request.start, request.end), request)
        return save_figure(fig, path)

    def ask_save_image(self) -> None:
        png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), str(Path.home() / "chart.png"), f"{png};;{svg}"
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        try:
            saved = self.save_image(path)
        except OSError as error:
            reason = self.tr("The chart could not be saved to %1: %2. Choose another folder.")
            dialogs.warn(
                self,
                self.tr("Save the chart"),
                fill_placeholders(reason, [path, error.strerror or str(error)]),
            )
            return
        saved_text = fill_placeholders(self.tr("Saved the chart to %1"), [path_text(saved)], isolate=False)
        self.session.statusMessage.emit(saved_text)
