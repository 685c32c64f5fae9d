"""The base of the dose, plan and lab result dialogs: a form, the problems found, OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable
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
Field = tuple[QWidget, str]  # a field the domain's rules may speak of, and its name in their sentences


class RecordDialog(QDialog):
    """OK checks the record the fields hold with the domain's rules: problems are listed above the
    buttons and the focus goes to the first field concerned; a valid record is kept and the dialog
    closes. A subclass gives the rules, reads the record from its fields and names the fields the rules
    speak of."""

    rules: Callable[[Any], list[FieldError]]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._result: Any = None

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

    def fields(self) -> dict[str, Field]:
        """The fields by the rules' names for them."""
        raise NotImplementedError

    def field_names(self) -> dict[str, str]:
        return {code: name for code, (_, name) in self.fields().items()}

    def keep(self, record: Any) -> None:
        self._result = record

    def accept(self) -> None:
        record = self.entered()
        errors = type(self).rules(record)
        widgets = {code: widget for code, (widget, _) in self.fields().items()}
        show_errors(self.errors, errors, self.field_names(), widgets)
        if not errors:
            self.keep(record)
            super().accept()
