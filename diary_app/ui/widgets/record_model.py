"""The base of the record tables' models: read-only rows, each cell's text and the column titles."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

RecordRole = Qt.ItemDataRole.UserRole + 1  # the domain record behind a row
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column's title (marked with QT_TRANSLATE_NOOP in its model's class name) and a row's text in it."""

    title: str
    text: Callable[[Any], str]


class RecordTableModel(QAbstractTableModel):
    """Rows of records, shown as text (also as the tooltip, for a cell cut short). A subclass lists
    its columns and may say which record a row stands for."""

    columns: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def record_at(self, row: int) -> Any:
        return self.record_of(self._rows[row])

    def titles(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate(type(self).__name__, column.title) for column in self.columns)

    def text(self, row: Any, column: int) -> str:
        return self.columns[column].text(row)

    def record_of(self, row: Any) -> Any:
        return row

    def cell(self, row: Any, column: int, role: int) -> object:
        """What `data` answers for a role; a subclass adds its own roles and calls this for the rest."""
        if role == RecordRole:
            return self.record_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section] if 0 <= section < len(self.columns) else None
