"""A row of fields, each after the label that names it, then a stretch."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget


class LabelledRow(QHBoxLayout):
    """Each label is its field's buddy (Alt and the label's letter move there; a screen reader names
    the field by it); `labels[field]` is a field's label. Widgets added later go after the stretch."""

    def __init__(self, parent: QWidget, pairs: Iterable[tuple[str, QWidget]]):
        super().__init__()
        self.labels: dict[QWidget, QLabel] = {}
        for text, field in pairs:
            label = QLabel(text, parent)
            label.setBuddy(field)
            self.labels[field] = label
            self.addWidget(label)
            self.addWidget(field)
        self.addStretch(1)
