"""The window's undo stack, safe against a write the disk refuses: the step stays where it was."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtGui import QUndoStack

from diary_app.storage import StorageWriteError


class _Guarded(QUndoCommand):
    """Wraps a pushed command: a refused write is noted instead of escaping into Qt's C++ code."""

    def __init__(self, command: QUndoCommand, stack: GuardedUndoStack):
        super().__init__(command.text())
        self.command = command
        self.stack = stack
        self.skip_next = True  # push() already ran the first redo

    def redo(self) -> None:
        self._run(self.command.redo)

    def undo(self) -> None:
        self._run(self.command.undo)

    def _run(self, step) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        try:
            step()
        except StorageWriteError as error:
            self.skip_next = True  # the stack steps back over this command without writing
            self.stack.refused = error


class GuardedUndoStack(QUndoStack):
    """push() runs a command's first redo itself, so a StorageWriteError reaches the caller and
    nothing is pushed. undo() and redo() keep the stack where it was when the write is refused
    (the diary is unchanged, so a later undo or redo can try again) and emit writeFailed.

    The window's Undo and Redo actions must call these Python methods (see connect_actions):
    actions made by createUndoAction() call Qt's own undo() and redo()."""

    writeFailed = Signal(object)  # noqa: N815  the StorageWriteError

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.refused: StorageWriteError | None = None

    def push(self, command: QUndoCommand) -> None:
        command.redo()
        super().push(_Guarded(command, self))

    def undo(self) -> None:
        self._step(super().undo, super().redo)

    def redo(self) -> None:
        self._step(super().redo, super().undo)

    def _step(self, forward, back) -> None:
        self.refused = None
        forward()
        if self.refused is not None:
            back()  # the refused command skips this step: nothing is written
            error, self.refused = self.refused, None
            self.writeFailed.emit(error)

    def connect_actions(self, undo_action, redo_action) -> None:
        """Make actions from createUndoAction()/createRedoAction() go through this class's steps."""
        for action, step in ((undo_action, self.undo), (redo_action, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
