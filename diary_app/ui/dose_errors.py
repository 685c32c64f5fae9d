"""Validation errors of doses, regimens and labs as sentences for the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from diary_app.domain import validation
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.validation import FieldError


def error_sentence(error: FieldError, field_names: dict[str, str]) -> str:
    name = field_names.get(error.field, error.field)
    translate = QCoreApplication.translate
    patterns = {
        validation.REQUIRED: translate("TreatmentErrors", "%1: please fill this in."),
        validation.NOT_POSITIVE: translate("TreatmentErrors", "%1 must be more than 0."),
        validation.END_BEFORE_START: translate("TreatmentErrors", "%1 must not be before the start date."),
        validation.RANGE_INVERTED: translate(
            "TreatmentErrors", "%1 must not be above the upper limit of the range."
        ),
        validation.TOO_LONG: translate("TreatmentErrors", "%1 is too long."),
        validation.OUT_OF_RANGE: translate("TreatmentErrors", "%1 is outside the allowed range."),
    }
    pattern = patterns.get(error.rule) or translate("TreatmentErrors", "%1 is not valid.")
    return fill_placeholders(pattern, [name], isolate=False)


def show_errors(
    target: QLabel, errors: list[FieldError], field_names: dict[str, str], fields: dict[str, QWidget]
) -> None:
    """Write the errors into `target` and move the keyboard focus to the first field concerned."""
    target.setText("\n".join(error_sentence(error, field_names) for error in errors))
    target.setVisible(bool(errors))
    for error in errors:
        if error.field in fields:
            fields[error.field].setFocus()
            break
