"""One button that records "took my usual B12 dose now" from the active regimen, and when the next is due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtCore import QTime
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from diary_app.analysis import dose_matches_regimen
from diary_app.analysis import next_due
from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.vocab import B12
from diary_app.reminders import dose_from_regimen
from diary_app.ui import dialogs
from diary_app.ui.date_edit import day_words
from diary_app.ui.dose_labels import plan_text
from diary_app.ui.score_input import MIN_TARGET
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import RecordChanges


def active_b12_regimen(regimens: list[Regimen], today: date) -> Regimen | None:
    """The B12 plan active today; when several are, the one that started last."""
    active = [r for r in regimens if r.substance == B12 and r.is_active_on(today)]
    return max(active, key=lambda r: (r.start, r.id or 0)) if active else None


class QuickDoseLog(QWidget):
    """Disabled, with a tooltip saying why, when there is no active B12 plan."""

    doseLogged = Signal(object)  # noqa: N815 (Qt signal naming) the Dose just recorded

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.changes = RecordChanges(session, "doses", self)
        self.undo_stack = self.changes.stack
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Took my usual B12 dose &now"), self)
        self.button.setMinimumHeight(MIN_TARGET)
        self.button.clicked.connect(self.log_dose)
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.due, 1)
        self.refresh()

    def regimen(self) -> Regimen | None:
        return active_b12_regimen(self.session.store.regimens(self.session.profile_id), self.session.today())

    def refresh(self) -> None:
        regimen = self.regimen()
        self.button.setEnabled(regimen is not None)
        if regimen is None:
            tip = self.tr(
                "There is no vitamin B12 plan active today. Add your plan on the Treatment "
                "page, then this button records a dose from it in one press."
            )
            self.button.setToolTip(tip)
            self.button.setAccessibleDescription(tip)
            self.due.setText(self.tr("No active B12 plan."))
            return
        tip = fill_placeholders(
            self.tr("Records %1 now, from your plan."), [plan_text(regimen)], isolate=False
        )
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)
        self.due.setText(self._due_text(regimen))

    def _taken_today(self, regimen: Regimen, doses: list[Dose]) -> list[Dose]:
        today = self.session.today()
        return [d for d in doses if d.day == today and dose_matches_regimen(d, regimen)]

    def _due_text(self, regimen: Regimen) -> str:
        today = self.session.today()
        doses = self.session.store.doses(self.session.profile_id, regimen.start, today)
        taken_today = self._taken_today(regimen, doses)
        due = next_due(regimen, doses, today)
        parts = []
        if taken_today:
            moment = taken_today[-1].taken_at
            parts.append(
                fill_placeholders(self.tr("Recorded today at %1."), [self._time_text(moment)], isolate=False)
            )
        if due is None:
            parts.append(self.tr("No more doses are planned."))
        elif due < today:
            parts.append(
                fill_placeholders(self.tr("A dose was due on %1."), [self._date_text(due)], isolate=False)
            )
        elif due == today:
            parts.append(self.tr("A dose is due today."))
        else:
            parts.append(
                fill_placeholders(self.tr("Next dose due on %1."), [self._date_text(due)], isolate=False)
            )
        return " ".join(parts)

    def _date_text(self, day: date) -> str:
        return day_words(day, self.locale())

    def _time_text(self, moment) -> str:
        return self.locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def log_dose(self) -> None:
        regimen = self.regimen()
        if regimen is None or not self._confirm_another(regimen):
            return
        dose = dose_from_regimen(regimen, self.session.clock())
        message = fill_placeholders(
            self.tr("Recorded %1 at %2."), [plan_text(dose), self._time_text(dose.taken_at)], isolate=False
        )
        if self.changes.add(dose, self.tr("Record B12 dose"), message) is None:
            return
        self.refresh()
        self.doseLogged.emit(dose)

    def _confirm_another(self, regimen: Regimen) -> bool:
        """True when no dose of the plan is recorded today yet, or the person says to record another."""
        today = self.session.today()
        taken = self._taken_today(regimen, self.session.store.doses(self.session.profile_id, today, today))
        if not taken:
            return True
        text = fill_placeholders(
            self.tr("%1 is already recorded today at %2. Record another dose now?"),
            [plan_text(taken[-1]), self._time_text(taken[-1].taken_at)],
        )
        return dialogs.ask(self, self.tr("Record another dose?"), text)
