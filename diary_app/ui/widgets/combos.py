"""Combo boxes of coded choices (translated words, codes as item data), and ones the user may type into."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QWidget

from diary_app.ui.widgets.record_text import label


def editable_combo(accessible_name: str, parent: QWidget) -> QComboBox:
    """Editable; what is typed stays out of the list; the typing field carries `accessible_name`."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()  # made by setEditable
    if line is not None:
        line.setAccessibleName(accessible_name)
    return combo


def combo_of(codes: Iterable[str], table: dict[str, str], parent: QWidget) -> QComboBox:
    """A combo box showing translated words with the codes as item data."""
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(label(table, code), code)
    return combo


def select_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
