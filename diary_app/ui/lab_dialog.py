"""The dialog to record a lab result; serum B12 converts between pg/mL and pmol/L as you type."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from diary_app.domain import LabResult
from diary_app.domain import lab_errors
from diary_app.domain import vocab
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.units import B12_UNITS
from diary_app.domain.units import convert_b12
from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.lab_defaults import LAB_TESTS
from diary_app.ui.lab_defaults import TYPICAL
from diary_app.ui.lab_defaults import typical_for
from diary_app.ui.record_dialog import Field
from diary_app.ui.record_dialog import FormRow
from diary_app.ui.record_dialog import RecordDialog
from diary_app.ui.session import DiarySession
from diary_app.ui.widgets.combos import editable_combo
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.widgets.record_text import label
from diary_app.ui.widgets.record_text import number_text


class LabDialog(RecordDialog):
    """Fill in a lab result; `lab()` returns it once accepted."""

    rules = staticmethod(lab_errors)

    def __init__(self, session: DiarySession, lab: LabResult | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._id = lab.id if lab else None
        self._unit_shown = ""
        self._test_shown = ""
        self.setWindowTitle(self.tr("Edit lab result") if lab else self.tr("New lab result"))
        self._build()
        self._fill(lab or self._typical_lab("b12"))
        self.test.editTextChanged.connect(self._test_chosen)
        self.unit.currentTextChanged.connect(self._unit_changed)
        self.value.valueChanged.connect(self._show_other_unit)

    def _build(self) -> None:
        self.test = editable_combo(self.tr("Test"), self)
        for code in vocab.LAB_TESTS:
            self.test.addItem(label(LAB_TESTS, code), code)
        self.day = calendar_date_edit(parent=self)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0.0, vocab.MAX_AMOUNT)
        self.value.setDecimals(3)
        self.unit = editable_combo(self.tr("Unit"), self)
        self.other_unit = QLabel(self)
        self.ref_low, self.ref_high = self._range_edit(), self._range_edit()
        self.range_note = QLabel(
            self.tr(
                "The range filled in is a typical one. Use the range printed on your lab report: "
                "the laboratory's own range is the one that counts."
            ),
            self,
        )
        self.range_note.setWordWrap(True)
        self._lay_out()

    def _range_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        validator = QDoubleValidator(0.0, vocab.MAX_AMOUNT, 3, edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        edit.setValidator(validator)
        edit.setPlaceholderText(self.tr("none"))
        return edit

    def _lay_out(self) -> None:
        rows: list[FormRow] = [
            (self.tr("&Test:"), self.test),
            (self.tr("&Date:"), self.day),
            (self.tr("&Value:"), self.value),
            (self.tr("&Unit:"), self.unit),
            ("", self.other_unit),
            (self.tr("Reference range, &lowest:"), self.ref_low),
            (self.tr("Reference range, &highest:"), self.ref_high),
        ]
        self.lay_out(rows, self.range_note)

    def _typical_lab(self, test: str) -> LabResult:
        typical = TYPICAL[test]
        return LabResult(
            day=self.session.today(),
            test=test,
            value=0.0,
            unit=typical.unit,
            ref_low=typical.ref_low,
            ref_high=typical.ref_high,
        )

    def _fill(self, lab: LabResult) -> None:
        index = self.test.findData(lab.test)
        self.test.setCurrentIndex(index) if index >= 0 else self.test.setEditText(lab.test)
        self._test_shown = lab.test
        self.day.setDate(qdate_of(lab.day))
        self._offer_units(lab.test, lab.unit)
        self.value.setValue(lab.value)
        self._set_range(lab.ref_low, lab.ref_high)
        self._show_other_unit()

    def _offer_units(self, test: str, unit: str) -> None:
        typical = typical_for(test)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(list(typical.units) if typical else [])
        self.unit.setEditText(unit)
        self.unit.blockSignals(False)
        self._unit_shown = unit

    def _set_range(self, low: float | None, high: float | None) -> None:
        self.ref_low.setText("" if low is None else number_text(low))
        self.ref_high.setText("" if high is None else number_text(high))

    def _range_value(self, edit: QLineEdit) -> float | None:
        number, ok = QLocale().toDouble(edit.text().strip())
        return number if ok else None

    def _test_code(self) -> str:
        text = self.test.currentText().strip()
        index = self.test.findText(text)
        return self.test.itemData(index) if index >= 0 else text

    def _test_chosen(self) -> None:
        """A known test brings its typical unit and range (editable); another test starts blank."""
        code = self._test_code()
        if code == self._test_shown:
            return
        self._test_shown = code
        typical = typical_for(code)
        self._offer_units(code, typical.unit if typical else "")
        self._set_range(*((typical.ref_low, typical.ref_high) if typical else (None, None)))
        self._show_other_unit()

    def _unit_changed(self, unit: str) -> None:
        """Switching serum B12 between pg/mL and pmol/L converts the value and the range."""
        previous, self._unit_shown = self._unit_shown, unit
        if self._test_code() != "b12" or previous not in B12_UNITS or unit not in B12_UNITS:
            return
        low, high = self._range_value(self.ref_low), self._range_value(self.ref_high)
        self.value.setValue(round(convert_b12(self.value.value(), previous, unit), 1))
        converted = (None if v is None else round(convert_b12(v, previous, unit), 1) for v in (low, high))
        self._set_range(*converted)
        self._show_other_unit()

    def _show_other_unit(self) -> None:
        unit = self.unit.currentText()
        if self._test_code() != "b12" or unit not in B12_UNITS:
            self.other_unit.setVisible(False)
            return
        other = B12_UNITS[1 - B12_UNITS.index(unit)]
        converted = number_text(round(convert_b12(self.value.value(), unit, other), 1))
        self.other_unit.setText(fill_placeholders(self.tr("= %1 %2"), [converted, other], isolate=False))
        self.other_unit.setVisible(True)

    def entered(self) -> LabResult:
        return LabResult(
            day=day_of(self.day.date()),
            test=self._test_code(),
            value=self.value.value(),
            unit=self.unit.currentText().strip(),
            ref_low=self._range_value(self.ref_low),
            ref_high=self._range_value(self.ref_high),
            id=self._id,
        )

    def fields(self) -> dict[str, Field]:
        return {
            "test": (self.test, self.tr("Test")),
            "value": (self.value, self.tr("Value")),
            "unit": (self.unit, self.tr("Unit")),
            "ref_low": (self.ref_low, self.tr("Lowest value of the range")),
        }

    def lab(self) -> LabResult | None:
        lab: LabResult | None = self._result
        return lab
