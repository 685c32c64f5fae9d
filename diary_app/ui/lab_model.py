"""Lab results as a table, newest first; serum B12 in the chosen unit; out-of-range values in words, bold."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from diary_app.domain import LabResult
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.units import B12_UNITS
from diary_app.domain.units import convert_b12
from diary_app.i18n import translate
from diary_app.ui.lab_defaults import LAB_TESTS
from diary_app.ui.widgets.record_model import Column
from diary_app.ui.widgets.record_model import RecordRole
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_text import date_text
from diary_app.ui.widgets.record_text import label
from diary_app.ui.widgets.record_text import number_text

DATE, TEST, VALUE, UNIT, RANGE, STATUS = range(6)
LabRole = RecordRole
ShownValueRole = Qt.ItemDataRole.UserRole + 2
LOW, HIGH, IN_RANGE = "low", "high", ""


def shown_in(lab: LabResult, b12_unit: str) -> LabResult:
    """The lab with B12 values (value and range) converted into `b12_unit`; other tests unchanged."""
    if lab.test != "b12" or lab.unit == b12_unit or lab.unit not in B12_UNITS:
        return lab

    def convert(value: float | None) -> float | None:
        return None if value is None else convert_b12(value, lab.unit, b12_unit)

    return LabResult(
        day=lab.day,
        test=lab.test,
        value=convert_b12(lab.value, lab.unit, b12_unit),
        unit=b12_unit,
        ref_low=convert(lab.ref_low),
        ref_high=convert(lab.ref_high),
        id=lab.id,
    )


def range_text(lab: LabResult) -> str:
    low, high = lab.ref_low, lab.ref_high
    if low is not None and high is not None:
        return fill_placeholders(
            translate("LabTableModel", "%1–%2"), [number_text(low), number_text(high)], isolate=False
        )
    if low is not None:
        return fill_placeholders(translate("LabTableModel", "at least %1"), [number_text(low)], isolate=False)
    if high is not None:
        return fill_placeholders(translate("LabTableModel", "at most %1"), [number_text(high)], isolate=False)
    return ""


def status_text(lab: LabResult) -> str:
    return {LOW: translate("LabTableModel", "low"), HIGH: translate("LabTableModel", "high"), IN_RANGE: ""}[
        lab.range_status()
    ]


class LabTableModel(RecordTableModel):
    """Read-only rows of lab results, optionally of one test only."""

    columns = (
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Date"), lambda lab: date_text(lab.day)),
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Test"), lambda lab: label(LAB_TESTS, lab.test)),
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Value"), lambda lab: number_text(lab.value)),
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Unit"), lambda lab: lab.unit),
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Reference range"), range_text),
        Column(QT_TRANSLATE_NOOP("LabTableModel", "Outside range"), status_text),
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.b12_unit = "pg/mL"

    def set_labs(self, labs: list[LabResult]) -> None:
        self.set_rows(sorted(labs, key=lambda lab: (lab.day, lab.id or 0), reverse=True))

    def set_b12_unit(self, unit: str) -> None:
        self.b12_unit = unit
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def lab_at(self, row: int) -> LabResult:
        return self.row_at(row)

    def cell(self, row: LabResult, column: int, role: int) -> object:
        shown = shown_in(row, self.b12_unit)
        if role == ShownValueRole:
            return shown.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(shown, column)
        if role == Qt.ItemDataRole.FontRole and column in (VALUE, STATUS) and row.range_status():
            font = QFont()
            font.setBold(True)
            return font
        return super().cell(row, column, role)
