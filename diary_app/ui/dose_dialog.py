"""The dialog to log or edit one dose: when, what, how much, and where it was injected."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from diary_app.domain import Dose
from diary_app.domain import dose_errors
from diary_app.domain import vocab
from diary_app.domain.messages import fill_placeholders
from diary_app.reminders import next_injection_site
from diary_app.ui.date_edit import DATE_FORMAT
from diary_app.ui.date_edit import left_to_right
from diary_app.ui.dose_labels import SITES
from diary_app.ui.medicine_fields import MedicineFields
from diary_app.ui.record_dialog import Field
from diary_app.ui.record_dialog import RecordDialog
from diary_app.ui.session import DiarySession
from diary_app.ui.widgets.combos import combo_of
from diary_app.ui.widgets.combos import select_code
from diary_app.ui.widgets.dates import moment_of
from diary_app.ui.widgets.dates import qdatetime_of
from diary_app.ui.widgets.record_text import label


class DoseDialog(RecordDialog):
    """Fill in a dose; `dose()` returns it once accepted (validated by the domain rules)."""

    rules = staticmethod(dose_errors)

    def __init__(
        self,
        session: DiarySession,
        previous_doses: list[Dose],
        dose: Dose | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._id = dose.id if dose else None
        self._original = dose.taken_at if dose else None
        self.setWindowTitle(self.tr("Edit dose") if dose else self.tr("Log a dose"))
        self._build(previous_doses)
        self._fill(dose or self._default_dose(previous_doses))
        self.when.setFocus()

    def _build(self, previous_doses: list[Dose]) -> None:
        self.when = left_to_right(QDateTimeEdit(self))
        self.when.setDisplayFormat(f"{DATE_FORMAT} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}")
        self.when.setCalendarPopup(True)
        self.medicine = MedicineFields(self)
        self.form, self.amount = self.medicine.form, self.medicine.amount  # the site row follows the form
        self.site = combo_of(vocab.INJECTION_SITES, SITES, self)
        self._no_site_yet = not any(d.site for d in previous_doses)
        self.last_site = QLabel(self._last_site_text(previous_doses), self)
        self.notes = QLineEdit(self)
        self._lay_out()
        self.form.currentIndexChanged.connect(self._show_site_for_form)
        self.site.currentIndexChanged.connect(self._show_site_for_form)

    def _lay_out(self) -> None:
        self._form = self.lay_out(
            [
                (self.tr("&Date and time:"), self.when),
                *self.medicine.rows(),
                (self.tr("Injection &site:"), self.site),
                ("", self.last_site),
                (self.tr("&Notes:"), self.notes),
            ]
        )

    def _last_site_text(self, previous_doses: list[Dose]) -> str:
        sites = [d for d in sorted(previous_doses, key=lambda d: d.taken_at) if d.site]
        if not sites:
            return self.tr("No injection site recorded yet.")
        return fill_placeholders(self.tr("Last site used: %1"), [label(SITES, sites[-1].site)], isolate=False)

    def _default_dose(self, previous_doses: list[Dose]) -> Dose:
        """Now, and otherwise like the last dose logged (the same plan is usually repeated)."""
        now = self.session.clock()
        if previous_doses:
            last = max(previous_doses, key=lambda d: d.taken_at)
            site = next_injection_site(previous_doses, vocab.INJECTION_SITES[1:]) if last.site else ""
            return Dose.like(last, now, site)
        return Dose(taken_at=now, substance=vocab.B12, form="injection", amount=1000.0, unit="µg")

    def _fill(self, dose: Dose) -> None:
        self.when.setDateTime(qdatetime_of(dose.taken_at))
        self.medicine.fill(dose)
        select_code(self.site, dose.site)
        self.notes.setText(dose.notes)
        self._show_site_for_form()

    def _show_site_for_form(self) -> None:
        injection = self.form.currentData() == "injection"
        self._form.setRowVisible(self.site, injection)
        hint_says_nothing = self._no_site_yet and bool(self.site.currentData())  # "none yet" under "left arm"
        self._form.setRowVisible(self.last_site, injection and not hint_says_nothing)

    def _entered_moment(self) -> datetime:
        """The time shown, in the UTC offset the dose was taken at (an edited dose keeps its own
        offset, and its seconds while the minute shown is unchanged); a new dose: the clock's."""
        moment = moment_of(self.when.dateTime()).replace(second=0)
        original = self._original
        if original is None:
            return moment.replace(tzinfo=self.session.clock().tzinfo)
        if moment == original.replace(second=0, microsecond=0, tzinfo=None):
            return original
        return moment.replace(tzinfo=original.tzinfo)

    def entered(self) -> Dose:
        injection = self.form.currentData() == "injection"
        return Dose(
            taken_at=self._entered_moment(),
            **self.medicine.values(),
            site=self.site.currentData() if injection else "",
            notes=self.notes.text().strip(),
            id=self._id,
        )

    def fields(self) -> dict[str, Field]:
        return {
            **self.medicine.error_fields(),
            "notes": (self.notes, self.tr("Notes")),
            "taken_at": (self.when, self.tr("Date and time")),
        }

    def dose(self) -> Dose | None:
        dose: Dose | None = self._result
        return dose
