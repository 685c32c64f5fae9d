"""Undoable adds, edits and deletes of doses, regimens and lab results (one QUndoCommand each), and
`RecordChanges`, the one way the treatment pages make them: write, keep for undo, tell the user."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from diary_app.storage import DiaryStore
from diary_app.ui.dialogs import attempt_write
from diary_app.ui.session import DiarySession

TABLES = ("doses", "regimens", "labs")
Write = Callable[[int, Any], Any]  # (profile id, record) -> the record as stored


def _writers(store: DiaryStore, table: str) -> tuple[Write, Write]:
    """The store's add and update for a record table."""
    writers: dict[str, tuple[Write, Write]] = {
        "doses": (store.add_dose, store.update_dose),
        "regimens": (store.add_regimen, store.update_regimen),
        "labs": (store.add_lab, store.update_lab),
    }
    return writers[table]


def undo_stack_for(session: DiarySession, owner: QObject) -> QUndoStack:
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

    def _add(self, record: Any) -> Any:
        add, _ = _writers(self.session.store, self.table)
        added = add(self.profile_id, replace(record, id=None))
        self.session.notify_changed()
        return added

    def _update(self, record: Any) -> None:
        _, update = _writers(self.session.store, self.table)
        update(self.profile_id, record)
        self.session.notify_changed()

    def _delete(self, record: Any) -> None:
        self.session.store.delete_record(self.table, self.profile_id, record.id)
        self.session.notify_changed()


class AddRecordCommand(_RecordCommand):
    """Adding a record; undo deletes it, redo adds it again (with a new id)."""

    def __init__(self, session: DiarySession, table: str, record: Any, text: str):
        super().__init__(session, table, text)
        self.record = record

    def redo(self) -> None:
        self.record = self._add(self.record)

    def undo(self) -> None:
        self._delete(self.record)


class EditRecordCommand(_RecordCommand):
    def __init__(self, session: DiarySession, table: str, old: Any, new: Any, text: str):
        super().__init__(session, table, text)
        self.old, self.new = old, replace(new, id=old.id)

    def redo(self) -> None:
        self._update(self.new)

    def undo(self) -> None:
        self._update(self.old)


class DeleteRecordCommand(_RecordCommand):
    """Deleting a record; undo puts it back (with a new id, which a later redo deletes)."""

    def __init__(self, session: DiarySession, table: str, record: Any, text: str):
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


class RecordChanges(QObject):
    """Adds, edits and deletes the records of one table for a page (like Anki's CollectionOp): each
    call writes through the undo stack, the pages hear of it, and the user reads what was done, or
    why the disk refused it (then nothing changed and the call answers False or None). A child of
    the page, not a Python reference to it, so the page goes when its last reference does."""

    def __init__(self, session: DiarySession, table: str, owner: QWidget):
        super().__init__(owner)
        self.session, self.table = session, table
        self.stack = undo_stack_for(session, owner)

    def add(self, record: Any, text: str, done: str = "") -> Any:
        """The record as stored (with its id), or None."""
        command = AddRecordCommand(self.session, self.table, record, text)
        return command.record if self.run(command, done) else None

    def add_all(self, records: Sequence[Any], text: str, done: str = "") -> list[Any] | None:
        """Several records as one undo step; the records as stored, or None."""
        commands = [AddRecordCommand(self.session, self.table, record, "") for record in records]
        return (
            [command.record for command in commands] if self.run(CommandGroup(commands, text), done) else None
        )

    def edit(self, old: Any, new: Any, text: str, done: str = "") -> bool:
        return self.run(EditRecordCommand(self.session, self.table, old, new, text), done)

    def delete(self, record: Any, text: str, done: str = "") -> bool:
        return self.run(DeleteRecordCommand(self.session, self.table, record, text), done)

    def run(self, command: QUndoCommand, done: str = "") -> bool:
        owner = self.parent()
        if not attempt_write(
            owner if isinstance(owner, QWidget) else None, lambda: push_command(self.stack, command)
        ):
            return False
        if done:
            self.session.statusMessage.emit(done)
        return True
