"""The known lab tests: their names, typical units and reference ranges (editable starting points, the
lab's own range wins)."""

from __future__ import annotations

from dataclasses import dataclass

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.units import convert_b12

LAB_TESTS = {
    "b12": QT_TRANSLATE_NOOP("TreatmentLabels", "Vitamin B12 (serum)"),
    "mma": QT_TRANSLATE_NOOP("TreatmentLabels", "Methylmalonic acid (MMA)"),
    "homocysteine": QT_TRANSLATE_NOOP("TreatmentLabels", "Homocysteine"),
    "folate": QT_TRANSLATE_NOOP("TreatmentLabels", "Folate (folic acid)"),
    "hemoglobin": QT_TRANSLATE_NOOP("TreatmentLabels", "Hemoglobin"),
    "mcv": QT_TRANSLATE_NOOP("TreatmentLabels", "Mean cell volume (MCV)"),
    "hba1c": QT_TRANSLATE_NOOP("TreatmentLabels", "HbA1c (long-term blood sugar)"),
}


@dataclass(frozen=True)
class TypicalTest:
    unit: str
    units: tuple[str, ...]
    ref_low: float | None
    ref_high: float | None


# Adult ranges as commonly printed on laboratory reports; laboratories differ.
TYPICAL = {
    "b12": TypicalTest("pg/mL", ("pg/mL", "pmol/L"), 200.0, 900.0),
    "mma": TypicalTest("µmol/L", ("µmol/L", "nmol/L"), None, 0.4),
    "homocysteine": TypicalTest("µmol/L", ("µmol/L",), 5.0, 15.0),
    "folate": TypicalTest("ng/mL", ("ng/mL", "nmol/L"), 2.7, 17.0),
    "hemoglobin": TypicalTest("g/dL", ("g/dL", "g/L", "mmol/L"), 12.0, 17.5),
    "mcv": TypicalTest("fL", ("fL",), 80.0, 100.0),
    "hba1c": TypicalTest("%", ("%", "mmol/mol"), None, 5.6),
}


def typical_for(test: str, unit: str | None = None) -> TypicalTest | None:
    """The typical unit and range of a known test, the B12 range converted when `unit` is pmol/L."""
    typical = TYPICAL.get(test)
    if typical is None or unit is None or unit == typical.unit:
        return typical
    if test == "b12" and unit == "pmol/L":
        low, high = (
            None if v is None else round(convert_b12(v, "pg/mL", "pmol/L"))
            for v in (typical.ref_low, typical.ref_high)
        )
        return TypicalTest(unit, typical.units, low, high)
    return TypicalTest(unit, typical.units, None, None)
