"""Validation errors of doses, regimens and labs as sentences for the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from diary_app.domain import validation
from diary_app.domain.validation import FieldError

CONTEXT = "TreatmentErrors"


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def error_sentence(error: FieldError, field_names: dict[str, str]) -> str:
    name = field_names.get(error.field, error.field)
    patterns = {
        validation.REQUIRED: _tr("%1: please fill this in."),
        validation.NOT_POSITIVE: _tr("%1 must be more than 0."),
        validation.END_BEFORE_START: _tr("%1 must not be before the start date."),
        validation.RANGE_INVERTED: _tr("%1 must not be above the upper limit of the range."),
        validation.TOO_LONG: _tr("%1 is too long."),
        validation.OUT_OF_RANGE: _tr("%1 is outside the allowed range."),
    }
    return patterns.get(error.rule, _tr("%1 is not valid.")).replace("%1", name)


def show_errors(target: QLabel, errors: list[FieldError], field_names: dict[str, str],
                fields: dict[str, QWidget]) -> None:
    """Write the errors into `target` and move the keyboard focus to the first field concerned."""
    target.setText("\n".join(error_sentence(error, field_names) for error in errors))
    target.setVisible(bool(errors))
    for error in errors:
        if error.field in fields:
            fields[error.field].setFocus()
            break


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("formErrors")
    label.setStyleSheet("font-weight: bold;")
    label.setVisible(False)
    return label
