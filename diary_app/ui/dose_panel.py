"""The doses tab: the period's doses, newest first, with log, edit and delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary_app.domain import Dose
from diary_app.ui.dialogs import attempt_write
from diary_app.ui.dose_dialog import DoseDialog
from diary_app.ui.dose_model import DoseTableModel
from diary_app.ui.empty_note import empty_note, show_if_empty
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import (
    AddRecordCommand,
    DeleteRecordCommand,
    EditRecordCommand,
    push_command,
    undo_stack_for,
)

SITE_HISTORY_DAYS = 120


class RecordKeys(QObject):
    """Delete removes the selected record, Enter opens it for editing."""

    def __init__(self, on_delete: Callable[[], None], on_edit: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Delete: on_delete,
            Qt.Key.Key_Return: on_edit,
            Qt.Key.Key_Enter: on_edit,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
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


class DosePanel(QWidget):
    """Lists the doses of the chosen period; logging, editing and deleting go through the undo stack."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stack = undo_stack_for(session, self)
        today = session.today()
        self.start, self.end = today - timedelta(days=89), today
        self.model = DoseTableModel(self)
        self.table = record_table(self.model, self, "doseTable", self.delete_selected, self.edit_selected)
        self.table.setAccessibleName(self.tr("Doses"))
        self.add_button = QPushButton(self.tr("&Log a dose…"))
        self.add_button.setObjectName("logDoseButton")
        self.edit_button = QPushButton(self.tr("&Edit dose…"))
        self.delete_button = QPushButton(self.tr("De&lete dose"))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self, self.add_button, self.edit_button, self.delete_button))
        layout.addWidget(self.table)
        self.empty = empty_note(self, "doses", self.add_button)
        layout.addWidget(self.empty)
        self.add_button.clicked.connect(self.log_dose)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.reload()

    def set_period(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        self.model.set_doses(self.session.store.doses(self.session.profile_id, self.start, self.end))
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        show_if_empty(self.empty, not has_rows)

    def _recent_doses(self) -> list[Dose]:
        today = self.session.today()
        return self.session.store.doses(self.session.profile_id, today - timedelta(days=SITE_HISTORY_DAYS))

    def log_dose(self) -> Dose | None:
        dialog = DoseDialog(self.session, self._recent_doses(), parent=self)
        while dialog.exec() == DoseDialog.DialogCode.Accepted:  # again, as filled in, if the disk refused
            command = AddRecordCommand(self.session, "doses", dialog.dose(), self.tr("Log dose"))
            if attempt_write(self, lambda: push_command(self.stack, command)):
                self.session.statusMessage.emit(self.tr("Dose saved."))
                return command.record
        return None

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        old = self.model.dose_at(row)
        dialog = DoseDialog(self.session, self._recent_doses(), dose=old, parent=self)
        while dialog.exec() == DoseDialog.DialogCode.Accepted:
            command = EditRecordCommand(self.session, "doses", old, dialog.dose(), self.tr("Edit dose"))
            if attempt_write(self, lambda: push_command(self.stack, command)):
                self.session.statusMessage.emit(self.tr("Dose changed."))
                return

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        command = DeleteRecordCommand(self.session, "doses", self.model.dose_at(row), self.tr("Delete dose"))
        if attempt_write(self, lambda: push_command(self.stack, command)):
            self.session.statusMessage.emit(self.tr("Dose deleted. Undo brings it back (Ctrl+Z)."))
