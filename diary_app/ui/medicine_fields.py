"""What is taken and how much (medicine, form, compound, amount, unit), as dose and plan dialogs ask it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QWidget

from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.domain import vocab
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.ui.dose_labels import COMPOUNDS
from diary_app.ui.dose_labels import FORMS
from diary_app.ui.dose_labels import UNITS
from diary_app.ui.dose_labels import substance_label
from diary_app.ui.record_dialog import FormRow
from diary_app.ui.widgets.combos import combo_of
from diary_app.ui.widgets.combos import editable_combo
from diary_app.ui.widgets.combos import select_code

COMMON_OTHER_SUBSTANCES = (
    QT_TRANSLATE_NOOP("DoseDialog", "Folic acid"),
    QT_TRANSLATE_NOOP("DoseDialog", "Pain medicine"),
    QT_TRANSLATE_NOOP("DoseDialog", "Vitamin D"),
    QT_TRANSLATE_NOOP("DoseDialog", "Iron"),
)


def substance_combo(parent: QWidget) -> QComboBox:
    """Vitamin B12 first, then common other medicines; any other name can be typed."""
    combo = editable_combo(QCoreApplication.translate("DoseDialog", "Medicine"), parent)
    combo.addItem(substance_label(vocab.B12), vocab.B12)
    for source in COMMON_OTHER_SUBSTANCES:
        name = QCoreApplication.translate("DoseDialog", source)
        combo.addItem(name, name)
    return combo


def substance_code(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    index = combo.findText(text)
    return combo.itemData(index) if index >= 0 else text


def set_substance(combo: QComboBox, substance: str) -> None:
    index = combo.findData(substance)
    combo.setCurrentIndex(index) if index >= 0 else combo.setEditText(substance)


class MedicineFields:
    """The five fields, made in `parent`; `rows` lays them out, `fill` shows a dose's or plan's values."""

    def __init__(self, parent: QWidget):
        self.substance = substance_combo(parent)
        self.form = combo_of(vocab.DOSE_FORMS, FORMS, parent)
        self.compound = combo_of(vocab.COMPOUNDS, COMPOUNDS, parent)
        self.amount = QDoubleSpinBox(parent)
        self.amount.setRange(0.0, vocab.MAX_AMOUNT)
        self.amount.setDecimals(2)
        self.unit = combo_of(vocab.DOSE_UNITS, UNITS, parent)

    def rows(self) -> list[FormRow]:
        translate = QCoreApplication.translate
        return [
            (translate("MedicineFields", "&Medicine:"), self.substance),
            (translate("MedicineFields", "&Form:"), self.form),
            (translate("MedicineFields", "&Compound:"), self.compound),
            (translate("MedicineFields", "&Amount:"), self.amount),
            (translate("MedicineFields", "&Unit:"), self.unit),
        ]

    def fill(self, item: Dose | Regimen) -> None:
        set_substance(self.substance, item.substance)
        select_code(self.form, item.form)
        select_code(self.compound, item.compound)
        self.amount.setValue(item.amount)
        select_code(self.unit, item.unit)

    def values(self) -> dict[str, Any]:
        """The dose's or plan's medicine, form, amount, unit and compound, as entered."""
        return {
            "substance": substance_code(self.substance),
            "form": self.form.currentData(),
            "amount": round(self.amount.value(), 3),
            "unit": self.unit.currentData(),
            "compound": self.compound.currentData(),
        }

    def error_fields(self) -> dict[str, tuple[QWidget, str]]:
        """The fields the domain's rules may find a problem in, with their names, by the rules' names."""
        return {
            "substance": (self.substance, QCoreApplication.translate("MedicineFields", "Medicine")),
            "amount": (self.amount, QCoreApplication.translate("MedicineFields", "Amount")),
        }
