"""A building block of the entry page: a list of check boxes for a vocabulary."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QWidget


class CheckList(QWidget):
    """Check boxes for a vocabulary, in `columns` columns; `codes()` gives the ticked ones."""

    changed = Signal()

    def __init__(
        self,
        codes: Iterable[str],
        label_of: Callable[[str], str],
        columns: int = 1,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        codes = tuple(codes)
        rows = (len(codes) + columns - 1) // columns
        for index, code in enumerate(codes):
            box = QCheckBox(label_of(code), self)
            box.setAccessibleName(label_of(code))
            box.toggled.connect(self.changed)
            layout.addWidget(box, index % rows, index // rows)
            self.boxes[code] = box

    def codes(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        chosen = frozenset(codes)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        """Column by column, the order a reader goes through them."""
        return list(self.boxes.values())
