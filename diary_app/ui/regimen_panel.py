"""The regimens tab: plans with their adherence over the chosen period; create, edit, end, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from diary_app.domain import Regimen
from diary_app.ui.dialogs import attempt_write
from diary_app.ui.empty_note import empty_note, show_if_empty
from diary_app.ui.regimen_dialog import RegimenDialog
from diary_app.ui.regimen_model import RegimenAdherenceModel
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import (
    AddRecordCommand,
    CommandGroup,
    DeleteRecordCommand,
    EditRecordCommand,
    push_command,
    undo_stack_for,
)
from diary_app.ui.widgets.record_table import button_row, record_table, selected_row


class RegimenPanel(QWidget):
    """Adherence figures come from diary_app.analysis, so they match the JSON analysis and the PDF."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stack = undo_stack_for(session, self)
        today = session.today()
        self.start, self.end = today - timedelta(days=89), today
        self.model = RegimenAdherenceModel(self)
        self.table = record_table(self.model, self, "regimenTable", self.delete_selected, self.edit_selected)
        self.table.setAccessibleName(self.tr("Plans and adherence"))
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New plan…"))
        self.new_button.setObjectName("newRegimenButton")
        self.edit_button = QPushButton(self.tr("&Edit plan…"))
        self.end_button = QPushButton(self.tr("E&nd plan today"))
        self.delete_button = QPushButton(self.tr("De&lete plan"))
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self, self.new_button, self.edit_button, self.end_button, self.delete_button)
        )
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)
        self.empty = empty_note(self, "regimens", self.new_button)
        layout.addWidget(self.empty)
        self.new_button.clicked.connect(self.new_regimen)
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.reload()

    def set_period(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        profile = self.session.profile_id
        regimens = self.session.store.regimens(profile)
        doses = self.session.store.doses(profile)
        self.model.set_data(regimens, doses, self.start, self.end, self.session.today())
        self.explanation.setText(
            self.tr(
                "Adherence counts the doses planned in the chosen period and the logged doses of the same "
                "medicine and form close to each planned date."
            )
        )
        for button in (self.edit_button, self.end_button, self.delete_button):
            button.setEnabled(bool(regimens))
        show_if_empty(self.empty, not regimens)

    def new_regimen(self) -> list[Regimen]:
        dialog = RegimenDialog(self.session, parent=self)
        while dialog.exec() == RegimenDialog.DialogCode.Accepted:  # again, as filled in, if the disk refused
            plans = dialog.regimens()
            commands = [AddRecordCommand(self.session, "regimens", plan, "") for plan in plans]
            group = CommandGroup(commands, self.tr("New plan"))
            if attempt_write(self, lambda: push_command(self.stack, group)):
                self.session.statusMessage.emit(self.tr("%n plans saved.", "", len(plans)))
                return [command.record for command in commands]
        return []

    def _selected(self) -> Regimen | None:
        row = selected_row(self.table)
        return None if row is None else self.model.regimen_at(row)

    def edit_selected(self) -> None:
        old = self._selected()
        if old is None:
            return
        dialog = RegimenDialog(self.session, regimen=old, parent=self)
        while dialog.exec() == RegimenDialog.DialogCode.Accepted:
            [new] = dialog.regimens()
            command = EditRecordCommand(self.session, "regimens", old, new, self.tr("Edit plan"))
            if attempt_write(self, lambda: push_command(self.stack, command)):
                return

    def end_selected(self) -> None:
        """The regimen ends today (or on its start day, if it has not started yet)."""
        old = self._selected()
        if old is None:
            return
        end = max(old.start, self.session.today())
        command = EditRecordCommand(self.session, "regimens", old, replace(old, end=end), self.tr("End plan"))
        if attempt_write(self, lambda: push_command(self.stack, command)):
            self.session.statusMessage.emit(self.tr("Plan ended. Undo restarts it (Ctrl+Z)."))

    def delete_selected(self) -> None:
        old = self._selected()
        if old is None:
            return
        command = DeleteRecordCommand(self.session, "regimens", old, self.tr("Delete plan"))
        if attempt_write(self, lambda: push_command(self.stack, command)):
            self.session.statusMessage.emit(self.tr("Plan deleted. Undo brings it back (Ctrl+Z)."))
