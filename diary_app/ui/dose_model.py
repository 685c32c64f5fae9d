"""The doses of a period as a table, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from diary_app.domain import Dose
from diary_app.ui.dose_labels import COMPOUNDS
from diary_app.ui.dose_labels import FORMS
from diary_app.ui.dose_labels import SITES
from diary_app.ui.dose_labels import amount_text
from diary_app.ui.dose_labels import substance_label
from diary_app.ui.widgets.record_model import RecordRole
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_text import datetime_text
from diary_app.ui.widgets.record_text import label

WHEN, SUBSTANCE, FORM, COMPOUND, AMOUNT, SITE, NOTES = range(7)
COLUMN_COUNT = 7
DoseRole = RecordRole
TakenAtRole = Qt.ItemDataRole.UserRole + 2


class DoseTableModel(RecordTableModel):
    """Read-only rows of doses; `dose_at(row)` gives the record behind a row."""

    column_count = COLUMN_COUNT

    def set_doses(self, doses: list[Dose]) -> None:
        self.set_rows(sorted(doses, key=lambda dose: (dose.taken_at, dose.id or 0), reverse=True))

    def dose_at(self, row: int) -> Dose:
        return self.row_at(row)

    def cell(self, row: Dose, column: int, role: int) -> object:
        if role == TakenAtRole:
            return row.taken_at.isoformat()
        return super().cell(row, column, role)

    def text(self, row: Dose, column: int) -> str:
        dose = row
        texts = {
            WHEN: lambda: datetime_text(dose.taken_at),
            SUBSTANCE: lambda: substance_label(dose.substance),
            FORM: lambda: label(FORMS, dose.form),
            COMPOUND: lambda: label(COMPOUNDS, dose.compound) if dose.compound else "",
            AMOUNT: lambda: amount_text(dose.amount, dose.unit),
            SITE: lambda: label(SITES, dose.site) if dose.site else "",
            NOTES: lambda: dose.notes,
        }
        return texts[column]()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Date and time"),
            self.tr("Medicine"),
            self.tr("Form"),
            self.tr("Compound"),
            self.tr("Amount"),
            self.tr("Injection site"),
            self.tr("Notes"),
        )
