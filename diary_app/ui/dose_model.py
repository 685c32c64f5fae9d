"""The doses of a period as a table, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from diary_app.domain import Dose
from diary_app.ui.dose_labels import COMPOUNDS, FORMS, SITES, amount_text, substance_label
from diary_app.ui.widgets.record_text import datetime_text, label

WHEN, SUBSTANCE, FORM, COMPOUND, AMOUNT, SITE, NOTES = range(7)
COLUMN_COUNT = 7
DoseRole = Qt.ItemDataRole.UserRole + 1
TakenAtRole = Qt.ItemDataRole.UserRole + 2


class DoseTableModel(QAbstractTableModel):
    """Read-only rows of doses; `dose_at(row)` gives the record behind a row."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._doses: list[Dose] = []

    def set_doses(self, doses: list[Dose]) -> None:
        self.beginResetModel()
        self._doses = sorted(doses, key=lambda dose: (dose.taken_at, dose.id or 0), reverse=True)
        self.endResetModel()

    def dose_at(self, row: int) -> Dose:
        return self._doses[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._doses)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        dose = self._doses[index.row()]
        if role == DoseRole:
            return dose
        if role == TakenAtRole:
            return dose.taken_at.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(dose, index.column())
        return None

    def _text(self, dose: Dose, column: int) -> str:
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

    def headerData(  # noqa: N802 (Qt API)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date and time"),
            self.tr("Medicine"),
            self.tr("Form"),
            self.tr("Compound"),
            self.tr("Amount"),
            self.tr("Injection site"),
            self.tr("Notes"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None
