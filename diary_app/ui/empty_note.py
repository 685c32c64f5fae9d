"""The line under an empty table that says so and names the button that fills it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders

NOTES = {
    "doses": QT_TRANSLATE_NOOP("EmptyTables", "No doses in this period yet. Log one with “%1”."),
    "labs": QT_TRANSLATE_NOOP("EmptyTables", "No lab results in this period yet. Add one with “%1”."),
    "regimens": QT_TRANSLATE_NOOP("EmptyTables", "No treatment plans yet. Add one with “%1”."),
}


class EmptyNote(QLabel):
    """A label that knows its table's kind and the button that fills the table."""

    def __init__(self, parent: QWidget, kind: str, button: QPushButton):
        super().__init__(parent)
        self.kind, self.button = kind, button


def empty_note(parent: QWidget, kind: str, button: QPushButton) -> EmptyNote:
    """A hidden note for the `kind` table that points at `button` (its words, without the shortcut mark)."""
    note = EmptyNote(parent, kind, button)
    note.setObjectName(f"{kind}EmptyNote")
    note.setWordWrap(True)
    note.setVisible(False)
    return note


def show_if_empty(note: EmptyNote, empty: bool) -> None:
    if empty:
        words = note.button.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        pattern = QCoreApplication.translate("EmptyTables", NOTES[note.kind])
        note.setText(fill_placeholders(pattern, [words], isolate=False))
    note.setVisible(empty)
