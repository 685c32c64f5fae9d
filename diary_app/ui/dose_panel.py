"""The doses tab: the period's doses, newest first, with log, edit and delete (undoable)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QPushButton,
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
from diary_app.ui.widgets.record_table import button_row, record_table, selected_row

SITE_HISTORY_DAYS = 120


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
