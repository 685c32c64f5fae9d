"""Undo for changes the entry page makes to the form on the patient's behalf ("Same as yesterday")."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from diary_app.domain import DayEntry


class FillFormCommand(QUndoCommand):
    """Replaces the form's values of one day; undo puts back what the form showed before."""

    def __init__(self, page, before: DayEntry, after: DayEntry, text: str):
        super().__init__(text)
        self.page, self.before, self.after = page, before, after

    def redo(self) -> None:
        self.page.fill_form(self.after)

    def undo(self) -> None:
        self.page.fill_form(self.before)
