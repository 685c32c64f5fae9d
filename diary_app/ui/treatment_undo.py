"""Undoable adds, edits and deletes of doses, regimens and lab results (one QUndoCommand each)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from diary_app.ui.session import DiarySession

TABLES = ("doses", "regimens", "labs")
_ADDERS = {"doses": "add_dose", "regimens": "add_regimen", "labs": "add_lab"}
_UPDATERS = {"doses": "update_dose", "regimens": "update_regimen", "labs": "update_lab"}


def undo_stack_for(session: DiarySession, owner) -> QUndoStack:
    """The window's shared stack when the session has one, else a stack owned by `owner`."""
    shared = getattr(session, "undo_stack", None)
    return shared if isinstance(shared, QUndoStack) else QUndoStack(owner)


class _RecordCommand(QUndoCommand):
    """Common ground: the session, profile and table the record lives in."""

    def __init__(self, session: DiarySession, table: str, text: str):
        super().__init__(text)
        self.session = session
        self.table = table
        self.profile_id = session.profile_id

    def _add(self, record):
        added = getattr(self.session.store, _ADDERS[self.table])(self.profile_id, replace(record, id=None))
        self.session.notify_changed()
        return added

    def _update(self, record) -> None:
        getattr(self.session.store, _UPDATERS[self.table])(self.profile_id, record)
        self.session.notify_changed()

    def _delete(self, record) -> None:
        self.session.store.delete_record(self.table, self.profile_id, record.id)
        self.session.notify_changed()


class AddRecordCommand(_RecordCommand):
    """Adding a record; undo deletes it, redo adds it again (with a new id)."""

    def __init__(self, session: DiarySession, table: str, record, text: str):
        super().__init__(session, table, text)
        self.record = record

    def redo(self) -> None:
        self.record = self._add(self.record)

    def undo(self) -> None:
        self._delete(self.record)


class EditRecordCommand(_RecordCommand):
    def __init__(self, session: DiarySession, table: str, old, new, text: str):
        super().__init__(session, table, text)
        self.old, self.new = old, replace(new, id=old.id)

    def redo(self) -> None:
        self._update(self.new)

    def undo(self) -> None:
        self._update(self.old)


class DeleteRecordCommand(_RecordCommand):
    """Deleting a record; undo puts it back (with a new id, which a later redo deletes)."""

    def __init__(self, session: DiarySession, table: str, record, text: str):
        super().__init__(session, table, text)
        self.record = record

    def redo(self) -> None:
        self._delete(self.record)

    def undo(self) -> None:
        self.record = self._add(self.record)


class CommandGroup(QUndoCommand):
    """Several commands as one undo step (a loading phase and its maintenance, say)."""

    def __init__(self, commands: Sequence[QUndoCommand], text: str):
        super().__init__(text)
        self.commands = list(commands)

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo already ran, so a failing write never reaches the stack."""

    def __init__(self, command: QUndoCommand):
        super().__init__(command.text())
        self.command = command
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.command.redo()

    def undo(self) -> None:
        self.command.undo()


def push_command(stack: QUndoStack, command: QUndoCommand) -> QUndoCommand:
    """Run a command once (a refused write raises and nothing is pushed), then keep it for undo."""
    command.redo()
    stack.push(_AlreadyDone(command))
    return command
