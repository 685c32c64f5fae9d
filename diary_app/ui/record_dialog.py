"""The base of the dose, plan and lab result dialogs: a form, the problems found, OK and Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.validation import FieldError
from diary_app.ui.dose_errors import show_errors
from diary_app.ui.widgets.buttons import ok_cancel_buttons
from diary_app.ui.widgets.error_label import error_label

FormRow = tuple[str | QWidget, QWidget]  # the label (text, or a widget such as a check box) and the field


class RecordDialog(QDialog):
    """OK checks the record the fields hold with the domain's rules: problems are listed above the
    buttons and the focus goes to the first field concerned; a valid record is kept and the dialog
    closes. A subclass reads the record from its fields and names the fields the rules speak of."""

    def lay_out(self, rows: Sequence[FormRow], *below: QWidget) -> QFormLayout:
        """The form's rows, then `below` (notes on the form), the problems and the buttons."""
        form = QFormLayout()
        for label, field in rows:
            form.addRow(label, field)
        self.errors = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))
        return form

    def entered(self) -> Any:
        raise NotImplementedError

    def problems(self, record: Any) -> list[FieldError]:
        raise NotImplementedError

    def field_names(self) -> dict[str, str]:
        raise NotImplementedError

    def fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def keep(self, record: Any) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        record = self.entered()
        errors = self.problems(record)
        show_errors(self.errors, errors, self.field_names(), self.fields())
        if not errors:
            self.keep(record)
            super().accept()
