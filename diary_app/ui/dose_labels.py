"""Words shown for the treatment vocabularies (forms, compounds, sites, lab tests), translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale

from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.vocab import B12
from diary_app.ui.widgets.record_text import CONTEXT
from diary_app.ui.widgets.record_text import label
from diary_app.ui.widgets.record_text import number_text

FORMS = {
    "injection": QT_TRANSLATE_NOOP("TreatmentLabels", "injection"),
    "oral": QT_TRANSLATE_NOOP("TreatmentLabels", "tablet or capsule (oral)"),
    "sublingual": QT_TRANSLATE_NOOP("TreatmentLabels", "under the tongue (sublingual)"),
    "nasal": QT_TRANSLATE_NOOP("TreatmentLabels", "nasal spray"),
    "other": QT_TRANSLATE_NOOP("TreatmentLabels", "other"),
}
COMPOUNDS = {
    "": QT_TRANSLATE_NOOP("TreatmentLabels", "not known"),
    "cyanocobalamin": QT_TRANSLATE_NOOP("TreatmentLabels", "cyanocobalamin"),
    "hydroxocobalamin": QT_TRANSLATE_NOOP("TreatmentLabels", "hydroxocobalamin"),
    "methylcobalamin": QT_TRANSLATE_NOOP("TreatmentLabels", "methylcobalamin"),
    "adenosylcobalamin": QT_TRANSLATE_NOOP("TreatmentLabels", "adenosylcobalamin"),
    "other": QT_TRANSLATE_NOOP("TreatmentLabels", "other"),
}
SITES = {
    "": QT_TRANSLATE_NOOP("TreatmentLabels", "not recorded"),
    "left_arm": QT_TRANSLATE_NOOP("TreatmentLabels", "left arm"),
    "right_arm": QT_TRANSLATE_NOOP("TreatmentLabels", "right arm"),
    "left_thigh": QT_TRANSLATE_NOOP("TreatmentLabels", "left thigh"),
    "right_thigh": QT_TRANSLATE_NOOP("TreatmentLabels", "right thigh"),
    "left_buttock": QT_TRANSLATE_NOOP("TreatmentLabels", "left buttock"),
    "right_buttock": QT_TRANSLATE_NOOP("TreatmentLabels", "right buttock"),
}
UNITS = {
    "µg": QT_TRANSLATE_NOOP("TreatmentLabels", "µg"),
    "mg": QT_TRANSLATE_NOOP("TreatmentLabels", "mg"),
    "ml": QT_TRANSLATE_NOOP("TreatmentLabels", "ml"),
    "tablet": QT_TRANSLATE_NOOP("TreatmentLabels", "tablets"),
}
TABLETS = QT_TRANSLATE_NOOP("TreatmentLabels", "%n tablets")
PART_OF_A_TABLET = QT_TRANSLATE_NOOP("TreatmentLabels", "%1 of a tablet")
B12_NAME = QT_TRANSLATE_NOOP("TreatmentLabels", "Vitamin B12")


def substance_label(substance: str) -> str:
    return QCoreApplication.translate(CONTEXT, B12_NAME) if substance == B12 else substance


def amount_text(amount: float, unit: str, locale: QLocale | None = None) -> str:
    number = number_text(amount, locale)
    if unit == "tablet" and float(amount).is_integer():
        return QCoreApplication.translate(CONTEXT, TABLETS, None, int(amount))
    if unit == "tablet":
        return fill_placeholders(
            QCoreApplication.translate(CONTEXT, PART_OF_A_TABLET), [number], isolate=False
        )
    pattern = QCoreApplication.translate("TreatmentLabels", "%1 %2")
    return fill_placeholders(pattern, [number, label(UNITS, unit)], isolate=False)


def plan_text(item: Dose | Regimen) -> str:
    """'Vitamin B12, 1000 µg, injection (hydroxocobalamin)' for a dose or regimen."""
    pattern = QCoreApplication.translate("TreatmentLabels", "%1, %2, %3")
    if item.compound:
        pattern = QCoreApplication.translate("TreatmentLabels", "%1, %2, %3 (%4)")
    return fill_placeholders(
        pattern,
        [
            substance_label(item.substance),
            amount_text(item.amount, item.unit),
            label(FORMS, item.form),
            label(COMPOUNDS, item.compound),
        ],
        isolate=False,
    )


def every_text(every_days: int) -> str:
    if every_days == 1:
        return QCoreApplication.translate("TreatmentLabels", "every day")
    return QCoreApplication.translate("TreatmentLabels", "every %n days", None, every_days)
