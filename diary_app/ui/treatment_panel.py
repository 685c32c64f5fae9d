"""The base of the doses, plans and lab results tabs (like Vorta's views/base_tab.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.ui.empty_note import empty_note
from diary_app.ui.empty_note import show_if_empty
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import RecordChanges
from diary_app.ui.widgets.record_model import RecordTableModel
from diary_app.ui.widgets.record_table import button_row
from diary_app.ui.widgets.record_table import record_table
from diary_app.ui.widgets.record_table import selected_row

DEFAULT_DAYS = 90  # the period a panel shows until its page gives it one
TABLE_NAMES = {
    "doses": QT_TRANSLATE_NOOP("TreatmentPanel", "Doses"),
    "regimens": QT_TRANSLATE_NOOP("TreatmentPanel", "Plans and adherence"),
    "labs": QT_TRANSLATE_NOOP("TreatmentPanel", "Lab results"),
}


def translate_table_name(kind: str) -> str:
    return QCoreApplication.translate("TreatmentPanel", TABLE_NAMES[kind])


@dataclass(frozen=True)
class ChangeTexts:
    """A change's name in the Edit menu (Undo …) and what the status bar says once it is made."""

    name: str
    done: str = ""


class TreatmentPanel(QWidget):
    """A table of one kind of record, a row of buttons above it (the first adds a record, the others act
    on the selected row), a note while it is empty. Changes go through `RecordChanges`. A subclass
    builds the dialog for a record and reads the record out of it once accepted."""

    def __init__(self, session: DiarySession, kind: str, model: RecordTableModel, parent: QWidget | None):
        """`kind`: "doses", "regimens" or "labs": the store's table, the empty note's and the table's name."""
        super().__init__(parent)
        self.session = session
        self.table_kind = kind
        self.changes = RecordChanges(session, kind, self)
        self.stack = self.changes.stack
        self.model = model
        model.setParent(self)
        self.table = record_table(model, self, f"{kind}Table", self.delete_selected, self.edit_selected)
        self.table.setAccessibleName(translate_table_name(kind))
        self.table.doubleClicked.connect(self.edit_selected)
        today = session.today()
        self.start, self.end = today - timedelta(days=DEFAULT_DAYS - 1), today

    def button(self, text: str, slot: Callable[[], object], object_name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.clicked.connect(slot)
        return button

    def edit_and_delete(self, edit_text: str, delete_text: str) -> tuple[QPushButton, QPushButton]:
        """Edit and Delete, acting on the selected row."""
        self.edit_button = self.button(edit_text, self.edit_selected)
        self.delete_button = self.button(delete_text, self.delete_selected)
        return self.edit_button, self.delete_button

    def lay_out(self, buttons: tuple[QPushButton, ...], *above_table: QWidget | QLayout) -> None:
        self.row_buttons = buttons[1:]
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self, *buttons))
        for item in above_table:
            layout.addLayout(item) if isinstance(item, QLayout) else layout.addWidget(item)
        layout.addWidget(self.table)
        self.empty = empty_note(self, self.table_kind, buttons[0])
        layout.addWidget(self.empty)

    def show_has_rows(self, has_rows: bool) -> None:
        for button in self.row_buttons:
            button.setEnabled(has_rows)
        show_if_empty(self.empty, not has_rows)

    def set_period(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def dialog_for(self, record: Any | None) -> tuple[QDialog, Callable[[], Any]]:
        """The dialog for a new record (None) or for editing `record`, and what reads the record it holds."""
        raise NotImplementedError

    def add_texts(self) -> ChangeTexts:
        raise NotImplementedError

    def edit_texts(self) -> ChangeTexts:
        raise NotImplementedError

    def delete_texts(self) -> ChangeTexts:
        raise NotImplementedError

    def selected(self) -> Any | None:
        row = selected_row(self.table)
        return None if row is None else self.model.record_at(row)

    def add_new(self) -> Any | None:
        """The record added, or None if cancelled (the dialog reopens, as filled in, if the disk refused)."""
        dialog, entered = self.dialog_for(None)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            texts = self.add_texts()
            added = self.changes.add(entered(), texts.name, texts.done)
            if added is not None:
                return added
        return None

    def edit_selected(self) -> None:
        old = self.selected()
        if old is None:
            return
        dialog, entered = self.dialog_for(old)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            texts = self.edit_texts()
            if self.changes.edit(old, entered(), texts.name, texts.done):
                return

    def delete_selected(self) -> None:
        old = self.selected()
        if old is not None:
            texts = self.delete_texts()
            self.changes.delete(old, texts.name, texts.done)
