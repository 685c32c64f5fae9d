"""Unit conversions: serum B12 between pg/mL and pmol/L, dose masses between µg and mg."""

PMOL_PER_L_PER_PG_PER_ML = 0.738
B12_UNITS = ("pg/mL", "pmol/L")
MICROGRAMS_PER_UNIT = {"µg": 1.0, "mg": 1000.0}


def b12_to_pmol_per_l(pg_per_ml: float) -> float:
    """Serum B12 in pmol/L from pg/mL (1 pg/mL = 0.738 pmol/L)."""
    return pg_per_ml * PMOL_PER_L_PER_PG_PER_ML


def b12_to_pg_per_ml(pmol_per_l: float) -> float:
    """Serum B12 in pg/mL from pmol/L."""
    return pmol_per_l / PMOL_PER_L_PER_PG_PER_ML


def convert_b12(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a serum B12 value between pg/mL and pmol/L (same unit: unchanged)."""
    if from_unit == to_unit:
        return value
    if (from_unit, to_unit) == ("pg/mL", "pmol/L"):
        return b12_to_pmol_per_l(value)
    if (from_unit, to_unit) == ("pmol/L", "pg/mL"):
        return b12_to_pg_per_ml(value)
    raise ValueError(f"cannot convert B12 from {from_unit!r} to {to_unit!r}")


def in_micrograms(amount: float, unit: str) -> float | None:
    """A mass dose in µg, or None when the unit is not a mass (ml, tablet)."""
    factor = MICROGRAMS_PER_UNIT.get(unit)
    return None if factor is None else amount * factor
