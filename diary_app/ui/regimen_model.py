"""Regimens with their adherence over a chosen period: planned, taken, percentage, missed dates, next due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt

from diary_app.analysis import RegimenAdherence
from diary_app.analysis import adherence_for
from diary_app.analysis import next_due
from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.domain.messages import fill_placeholders
from diary_app.ui.dose_labels import every_text
from diary_app.ui.dose_labels import plan_text
from diary_app.ui.widgets.record_model import RecordRole
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_text import date_text

PLAN, EVERY, START, END, PLANNED, TAKEN, PERCENT, MISSED, NEXT_DUE = range(9)
COLUMN_COUNT = 9
RegimenRole = RecordRole
AdherenceRole = Qt.ItemDataRole.UserRole + 2
MISSED_SHOWN = 8


class RegimenAdherenceModel(RecordTableModel):
    """One row per regimen; the figures come from diary_app.analysis (the same as the JSON analysis)."""

    column_count = COLUMN_COUNT

    def set_data(
        self, regimens: list[Regimen], doses: list[Dose], start: date, end: date, today: date
    ) -> None:
        self.set_rows(
            [
                (
                    adherence_for(regimen, doses, start, end, regimens),
                    next_due(regimen, doses, today, regimens),
                )
                for regimen in regimens
            ]
        )

    def regimen_at(self, row: int) -> Regimen:
        return self.adherence_at(row).regimen

    def adherence_at(self, row: int) -> RegimenAdherence:
        adherence: RegimenAdherence = self.row_at(row)[0]
        return adherence

    def record_of(self, row: tuple[RegimenAdherence, date | None]) -> Regimen:
        return row[0].regimen

    def cell(self, row: tuple[RegimenAdherence, date | None], column: int, role: int) -> object:
        if role == AdherenceRole:
            return row[0]
        if role == Qt.ItemDataRole.ToolTipRole and column == MISSED:
            return ", ".join(date_text(day) for day in row[0].missed)
        return super().cell(row, column, role)

    def text(self, row: tuple[RegimenAdherence, date | None], column: int) -> str:
        adherence, due = row
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
        return fill_placeholders(self.tr("%1 %"), [QLocale().toString(percent, "f", 0)], isolate=False)

    def _missed_text(self, missed: list[date]) -> str:
        if not missed:
            return self.tr("none")
        shown = ", ".join(date_text(day) for day in missed[:MISSED_SHOWN])
        if len(missed) <= MISSED_SHOWN:
            return shown
        return fill_placeholders(
            self.tr("%1 and %n more", "", len(missed) - MISSED_SHOWN), [shown], isolate=False
        )

    def titles(self) -> tuple[str, ...]:
        return (
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
