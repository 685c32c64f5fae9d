"""The lab results tab: one test or all over time, serum B12 shown in pg/mL or pmol/L."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import LabResult
from diary_app.domain import vocab
from diary_app.domain.units import B12_UNITS
from diary_app.ui.lab_defaults import LAB_TESTS
from diary_app.ui.lab_dialog import LabDialog
from diary_app.ui.lab_model import LabTableModel
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_panel import ChangeTexts
from diary_app.ui.treatment_panel import TreatmentPanel
from diary_app.ui.widgets.labelled_row import LabelledRow
from diary_app.ui.widgets.record_text import label

ALL_TESTS = ""


class LabPanel(TreatmentPanel):
    """Lab results, newest first; values outside their reference range say "low" or "high" in bold."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        self.model: LabTableModel
        super().__init__(session, "labs", LabTableModel(), parent)
        self.period: tuple[date, date] | None = None
        self.test_filter = QComboBox(self)
        self.test_filter.setObjectName("labTestFilter")
        self.b12_unit = QComboBox(self)
        self.b12_unit.setObjectName("b12DisplayUnit")
        self.b12_unit.addItems(list(B12_UNITS))
        self.add_button = self.button(self.tr("&New lab result…"), self.new_lab, "newLabButton")
        row_buttons = self.edit_and_delete(self.tr("&Edit lab result…"), self.tr("De&lete lab result"))
        self.lay_out((self.add_button, *row_buttons), self._choices())
        self.test_filter.currentIndexChanged.connect(self._show_rows)
        self.b12_unit.currentTextChanged.connect(self.model.set_b12_unit)
        self.reload()

    def _choices(self) -> QHBoxLayout:
        return LabelledRow(
            self, ((self.tr("&Show:"), self.test_filter), (self.tr("Vitamin B12 &in:"), self.b12_unit))
        )

    def reload(self) -> None:
        self._labs = self.session.store.labs(self.session.profile_id)
        chosen = self.test_filter.currentData() or ALL_TESTS
        self.test_filter.blockSignals(True)
        self.test_filter.clear()
        self.test_filter.addItem(self.tr("All tests"), ALL_TESTS)
        others = sorted({lab.test for lab in self._labs} - set(vocab.LAB_TESTS))
        for code in (*vocab.LAB_TESTS, *others):
            self.test_filter.addItem(label(LAB_TESTS, code), code)
        self.test_filter.setCurrentIndex(max(0, self.test_filter.findData(chosen)))
        self.test_filter.blockSignals(False)
        self._show_rows()

    def set_period(self, start: date, end: date) -> None:
        """Only the results of the period are listed, as for doses."""
        self.period = (start, end)
        self._show_rows()

    def _show_rows(self) -> None:
        chosen = self.test_filter.currentData() or ALL_TESTS
        start, end = self.period or (date.min, date.max)
        self.model.set_labs(
            [lab for lab in self._labs if chosen in (ALL_TESTS, lab.test) and start <= lab.day <= end]
        )
        self.show_has_rows(self.model.rowCount() > 0)

    def new_lab(self) -> LabResult | None:
        lab: LabResult | None = self.add_new()
        return lab

    def dialog_for(self, record: LabResult | None) -> tuple[LabDialog, Callable[[], LabResult | None]]:
        dialog = LabDialog(self.session, lab=record, parent=self)
        return dialog, dialog.lab

    def add_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("New lab result"))

    def edit_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Edit lab result"))

    def delete_texts(self) -> ChangeTexts:
        return ChangeTexts(
            self.tr("Delete lab result"), self.tr("Lab result deleted. Undo brings it back (Ctrl+Z).")
        )
