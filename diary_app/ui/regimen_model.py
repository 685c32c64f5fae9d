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
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.i18n import translate
from diary_app.ui.dose_labels import every_text
from diary_app.ui.dose_labels import plan_text
from diary_app.ui.widgets.record_model import Column
from diary_app.ui.widgets.record_model import RecordRole
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_text import date_text

PLAN, EVERY, START, END, PLANNED, TAKEN, PERCENT, MISSED, NEXT_DUE = range(9)
RegimenRole = RecordRole
AdherenceRole = Qt.ItemDataRole.UserRole + 2
MISSED_SHOWN = 8


Row = tuple[RegimenAdherence, date | None]  # a plan's adherence and its next dose due


def percent_text(row: Row) -> str:
    percent = row[0].percent
    if percent is None:
        return translate("RegimenAdherenceModel", "none planned")
    return fill_placeholders(
        translate("RegimenAdherenceModel", "%1 %"), [QLocale().toString(percent, "f", 0)], isolate=False
    )


def missed_text(row: Row) -> str:
    missed = row[0].missed
    if not missed:
        return translate("RegimenAdherenceModel", "none")
    shown = ", ".join(date_text(day) for day in missed[:MISSED_SHOWN])
    if len(missed) <= MISSED_SHOWN:
        return shown
    hidden = len(missed) - MISSED_SHOWN
    return fill_placeholders(
        translate("RegimenAdherenceModel", "%1 and %n more", None, hidden), [shown], isolate=False
    )


def end_text(row: Row) -> str:
    end = row[0].regimen.end
    return date_text(end) if end else translate("RegimenAdherenceModel", "ongoing")


def due_text(row: Row) -> str:
    return date_text(row[1]) if row[1] else translate("RegimenAdherenceModel", "ended")


class RegimenAdherenceModel(RecordTableModel):
    """One row per regimen; the figures come from diary_app.analysis (the same as the JSON analysis)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Plan"), lambda row: plan_text(row[0].regimen)),
        Column(
            QT_TRANSLATE_NOOP("RegimenAdherenceModel", "How often"),
            lambda row: every_text(row[0].regimen.every_days),
        ),
        Column(
            QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Start"), lambda row: date_text(row[0].regimen.start)
        ),
        Column(QT_TRANSLATE_NOOP("RegimenAdherenceModel", "End"), end_text),
        Column(
            QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Planned"),
            lambda row: QLocale().toString(row[0].planned),
        ),
        Column(
            QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Taken"), lambda row: QLocale().toString(row[0].taken)
        ),
        Column(QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Taken (%)"), percent_text),
        Column(QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Missed dates"), missed_text),
        Column(QT_TRANSLATE_NOOP("RegimenAdherenceModel", "Next dose due"), due_text),
    )

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
