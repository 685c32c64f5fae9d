"""Words shown for the treatment vocabularies (forms, compounds, sites, lab tests), translated by Qt."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from diary_app.domain import Dose, Regimen
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import B12
from diary_app.ui.date_edit import day_words, moment_words
from diary_app.ui.widgets.dates import qdatetime_of

CONTEXT = "TreatmentLabels"

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
LAB_TESTS = {
    "b12": QT_TRANSLATE_NOOP("TreatmentLabels", "Vitamin B12 (serum)"),
    "mma": QT_TRANSLATE_NOOP("TreatmentLabels", "Methylmalonic acid (MMA)"),
    "homocysteine": QT_TRANSLATE_NOOP("TreatmentLabels", "Homocysteine"),
    "folate": QT_TRANSLATE_NOOP("TreatmentLabels", "Folate (folic acid)"),
    "hemoglobin": QT_TRANSLATE_NOOP("TreatmentLabels", "Hemoglobin"),
    "mcv": QT_TRANSLATE_NOOP("TreatmentLabels", "Mean cell volume (MCV)"),
    "hba1c": QT_TRANSLATE_NOOP("TreatmentLabels", "HbA1c (long-term blood sugar)"),
}
B12_NAME = QT_TRANSLATE_NOOP("TreatmentLabels", "Vitamin B12")


def label(table: dict[str, str], code: str) -> str:
    """The translated word for a code; unknown codes (free names) are shown as typed."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else code


def substance_label(substance: str) -> str:
    return QCoreApplication.translate(CONTEXT, B12_NAME) if substance == B12 else substance


def number_text(value: float, locale: QLocale | None = None) -> str:
    """At most three decimals, no trailing zeros, in the locale's digits (150, 221.4, 0.25)."""
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return (locale or QLocale()).toString(round(float(value), 3), "f", shortest)


def amount_text(amount: float, unit: str, locale: QLocale | None = None) -> str:
    number = number_text(amount, locale)
    if unit == "tablet" and float(amount).is_integer():
        return QCoreApplication.translate(CONTEXT, TABLETS, None, int(amount))
    if unit == "tablet":
        return QCoreApplication.translate(CONTEXT, PART_OF_A_TABLET).replace("%1", number)
    pattern = QCoreApplication.translate("TreatmentLabels", "%1 %2")
    return pattern.replace("%2", label(UNITS, unit)).replace("%1", number)


def plan_text(item: Dose | Regimen) -> str:
    """'Vitamin B12, 1000 µg, injection (hydroxocobalamin)' for a dose or regimen."""
    pattern = QCoreApplication.translate("TreatmentLabels", "%1, %2, %3")
    if item.compound:
        pattern = QCoreApplication.translate("TreatmentLabels", "%1, %2, %3 (%4)")
    return (
        pattern.replace("%4", label(COMPOUNDS, item.compound))
        .replace("%3", label(FORMS, item.form))
        .replace("%2", amount_text(item.amount, item.unit))
        .replace("%1", substance_label(item.substance))
    )


def every_text(every_days: int) -> str:
    if every_days == 1:
        return QCoreApplication.translate("TreatmentLabels", "every day")
    return QCoreApplication.translate("TreatmentLabels", "every %n days", None, every_days)


def date_text(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return day_words(day, locale)


def datetime_text(moment: datetime, locale: QLocale | None = None) -> str:
    return moment_words(qdatetime_of(moment.replace(second=0)), locale)
