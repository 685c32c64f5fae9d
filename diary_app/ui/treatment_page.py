"""The treatment page: doses, regimens with adherence, lab results and reminder choices, in tabs."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.dose_panel import DosePanel
from diary_app.ui.focus_order import chain_in_reading_order
from diary_app.ui.lab_panel import LabPanel
from diary_app.ui.regimen_panel import RegimenPanel
from diary_app.ui.reminder_banner import reminder_preferences
from diary_app.ui.reminder_options import ReminderOptions
from diary_app.ui.session import DiarySession
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.widgets.labelled_row import LabelledRow

DEFAULT_PERIOD_DAYS = 90


class TreatmentPage(QWidget):
    """Built by the main window on first show; stays current through the session's signals."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        today = session.today()
        self.start_edit = calendar_date_edit(today - timedelta(days=DEFAULT_PERIOD_DAYS - 1), parent=self)
        self.end_edit = calendar_date_edit(today, parent=self)
        self.tabs = QTabWidget(self)  # before its pages, so Tab reaches the tab bar before them
        self.tabs.setObjectName("treatmentTabs")
        self.tabs.setAccessibleName(self.tr("Treatment"))
        self.doses = DosePanel(session, self)
        self.regimens = RegimenPanel(session, self)
        self.labs = LabPanel(session, self)
        self.options = ReminderOptions(reminder_preferences(session), parent=self)
        for panel in (self.doses, self.regimens, self.labs):
            chain_in_reading_order(panel)  # the buttons drawn above the table come before it
        self.tabs.addTab(self.doses, self.tr("&Doses"))
        self.tabs.addTab(self.regimens, self.tr("&Plans and adherence"))
        self.tabs.addTab(self.labs, self.tr("Lab &results"))
        self.tabs.addTab(self.options, self.tr("Re&minders"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_row())
        layout.addWidget(self.tabs)
        self.start_edit.dateChanged.connect(self._period_changed)
        self.end_edit.dateChanged.connect(self._period_changed)
        session.diaryChanged.connect(self.reload)
        session.profileChanged.connect(self.reload)
        self._period_changed()

    def _period_row(self) -> QHBoxLayout:
        return LabelledRow(
            self, ((self.tr("Period &from:"), self.start_edit), (self.tr("&to:"), self.end_edit))
        )

    def period(self) -> tuple[date, date]:
        start, end = day_of(self.start_edit.date()), day_of(self.end_edit.date())
        return (start, end) if start <= end else (end, start)

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(qdate_of(start))
        self.end_edit.setDate(qdate_of(end))

    def _period_changed(self) -> None:
        start, end = self.period()
        self.doses.set_period(start, end)
        self.regimens.set_period(start, end)
        self.labs.set_period(start, end)

    def reload(self) -> None:
        self.doses.reload()
        self.regimens.reload()
        self.labs.reload()
