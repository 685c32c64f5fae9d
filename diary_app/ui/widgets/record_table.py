"""A read-only table of records (doses, plans, labs) with the keys and buttons that act on its rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget


class RecordKeys(QObject):
    """Delete removes the selected record, Enter opens it for editing."""

    def __init__(self, on_delete: Callable[[], None], on_edit: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Delete: on_delete,
            Qt.Key.Key_Return: on_edit,
            Qt.Key.Key_Enter: on_edit,
        }

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in self.actions
        ):
            self.actions[event.key()]()
            return True
        return False


def record_table(
    model: QAbstractItemModel,
    parent: QWidget,
    name: str,
    on_delete: Callable[[], None],
    on_edit: Callable[[], None],
) -> QTableView:
    """A read-only table of records, whole rows selected; Delete and Enter act on the selected row."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    view.installEventFilter(RecordKeys(on_delete, on_edit, view))
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else None


def button_row(parent: QWidget, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        button.setParent(parent)
        button.setMinimumHeight(32)
        row.addWidget(button)
    row.addStretch(1)
    return row
