"""Regimens with their adherence over a chosen period: planned, taken, percentage, missed dates, next due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from diary_app.analysis import RegimenAdherence, adherence_for, next_due
from diary_app.domain import Dose, Regimen
from diary_app.ui.dose_labels import every_text, plan_text
from diary_app.ui.widgets.record_text import date_text

PLAN, EVERY, START, END, PLANNED, TAKEN, PERCENT, MISSED, NEXT_DUE = range(9)
COLUMN_COUNT = 9
RegimenRole = Qt.ItemDataRole.UserRole + 1
AdherenceRole = Qt.ItemDataRole.UserRole + 2
MISSED_SHOWN = 8


class RegimenAdherenceModel(QAbstractTableModel):
    """One row per regimen; the figures come from diary_app.analysis (the same as the JSON analysis)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[RegimenAdherence, date | None]] = []

    def set_data(
        self, regimens: list[Regimen], doses: list[Dose], start: date, end: date, today: date
    ) -> None:
        self.beginResetModel()
        self._rows = [
            (adherence_for(regimen, doses, start, end, regimens), next_due(regimen, doses, today, regimens))
            for regimen in regimens
        ]
        self.endResetModel()

    def regimen_at(self, row: int) -> Regimen:
        return self._rows[row][0].regimen

    def adherence_at(self, row: int) -> RegimenAdherence:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        adherence, due = self._rows[index.row()]
        if role == RegimenRole:
            return adherence.regimen
        if role == AdherenceRole:
            return adherence
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(adherence, due, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MISSED:
            return ", ".join(date_text(day) for day in adherence.missed)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(adherence, due, index.column())
        return None

    def _text(self, adherence: RegimenAdherence, due: date | None, column: int) -> str:
        regimen = adherence.regimen
        texts = {
            PLAN: lambda: plan_text(regimen),
            EVERY: lambda: every_text(regimen.every_days),
            START: lambda: date_text(regimen.start),
            END: lambda: date_text(regimen.end) if regimen.end else self.tr("ongoing"),
            PLANNED: lambda: QLocale().toString(adherence.planned),
            TAKEN: lambda: QLocale().toString(adherence.taken),
            PERCENT: lambda: self._percent_text(adherence.percent),
            MISSED: lambda: self._missed_text(adherence.missed),
            NEXT_DUE: lambda: date_text(due) if due else self.tr("ended"),
        }
        return texts[column]()

    def _percent_text(self, percent: float | None) -> str:
        if percent is None:
            return self.tr("none planned")
        return self.tr("%1 %").replace("%1", QLocale().toString(percent, "f", 0))

    def _missed_text(self, missed: list[date]) -> str:
        if not missed:
            return self.tr("none")
        shown = ", ".join(date_text(day) for day in missed[:MISSED_SHOWN])
        if len(missed) <= MISSED_SHOWN:
            return shown
        return self.tr("%1 and %n more", "", len(missed) - MISSED_SHOWN).replace("%1", shown)

    def headerData(  # noqa: N802 (Qt API)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Plan"),
            self.tr("How often"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Planned"),
            self.tr("Taken"),
            self.tr("Taken (%)"),
            self.tr("Missed dates"),
            self.tr("Next dose due"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None
