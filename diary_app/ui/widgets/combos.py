"""A combo box the user may also type into: a list to choose from, and any other name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def editable_combo(accessible_name: str, parent: QWidget) -> QComboBox:
    """Editable; what is typed stays out of the list; the typing field carries `accessible_name`."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()  # made by setEditable
    if line is not None:
        line.setAccessibleName(accessible_name)
    return combo
