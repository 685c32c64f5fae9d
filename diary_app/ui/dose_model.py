"""The doses of a period as a table, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from diary_app.domain import Dose
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.ui.dose_labels import COMPOUNDS
from diary_app.ui.dose_labels import FORMS
from diary_app.ui.dose_labels import SITES
from diary_app.ui.dose_labels import amount_text
from diary_app.ui.dose_labels import substance_label
from diary_app.ui.widgets.record_model import Column
from diary_app.ui.widgets.record_model import RecordRole
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_text import datetime_text
from diary_app.ui.widgets.record_text import label

WHEN, SUBSTANCE, FORM, COMPOUND, AMOUNT, SITE, NOTES = range(7)
DoseRole = RecordRole
TakenAtRole = Qt.ItemDataRole.UserRole + 2


class DoseTableModel(RecordTableModel):
    """Read-only rows of doses; `dose_at(row)` gives the record behind a row."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("DoseTableModel", "Date and time"), lambda dose: datetime_text(dose.taken_at)
        ),
        Column(QT_TRANSLATE_NOOP("DoseTableModel", "Medicine"), lambda dose: substance_label(dose.substance)),
        Column(QT_TRANSLATE_NOOP("DoseTableModel", "Form"), lambda dose: label(FORMS, dose.form)),
        Column(
            QT_TRANSLATE_NOOP("DoseTableModel", "Compound"),
            lambda dose: label(COMPOUNDS, dose.compound) if dose.compound else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("DoseTableModel", "Amount"), lambda dose: amount_text(dose.amount, dose.unit)
        ),
        Column(
            QT_TRANSLATE_NOOP("DoseTableModel", "Injection site"),
            lambda dose: label(SITES, dose.site) if dose.site else "",
        ),
        Column(QT_TRANSLATE_NOOP("DoseTableModel", "Notes"), lambda dose: dose.notes),
    )

    def set_doses(self, doses: list[Dose]) -> None:
        self.set_rows(sorted(doses, key=lambda dose: (dose.taken_at, dose.id or 0), reverse=True))

    def dose_at(self, row: int) -> Dose:
        return self.row_at(row)

    def cell(self, row: Dose, column: int, role: int) -> object:
        if role == TakenAtRole:
            return row.taken_at.isoformat()
        return super().cell(row, column, role)
