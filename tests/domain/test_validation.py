"""Validation reports every broken rule with its record, field, value and rule."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone

from hypothesis import given
from hypothesis import strategies as st

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain import dose_errors
from diary_app.domain import entry_errors
from diary_app.domain import lab_errors
from diary_app.domain import regimen_errors
from diary_app.domain.units import b12_to_pg_per_ml
from diary_app.domain.units import b12_to_pmol_per_l
from diary_app.domain.units import convert_b12
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES


@given(st.sampled_from(SENSATIONS), st.sampled_from(SIDES), st.integers(-1000, 1000))
def test_scores_outside_0_to_10_are_errors(sensation, side, value):
    scores = SideScores(**{side: value})
    errors = entry_errors(DayEntry(date(2026, 1, 1), symptoms={sensation: scores}))
    if 0 <= value <= 10:
        assert errors == []
    else:
        assert [(e.field, e.value, e.rule) for e in errors] == [
            (f"{sensation}.{side}", value, "out_of_range")
        ]


def test_future_date_is_refused_only_when_today_is_given():
    entry = DayEntry(date(2026, 12, 1))
    assert entry_errors(entry) == []
    (error,) = entry_errors(entry, today=date(2026, 11, 25))
    assert (error.field, error.rule) == ("date", "future_date")


def test_unknown_codes_and_types_are_named():
    entry = DayEntry(
        date(2026, 1, 1),
        regions_left=frozenset({"elbow"}),
        gait=True,
        red_flags=frozenset({"fever"}),
        notes="x" * 20_001,
    )
    fields = {(e.field, e.rule) for e in entry_errors(entry)}
    assert fields == {
        ("regions.left", "not_allowed"),
        ("gait", "wrong_type"),
        ("red_flags", "not_allowed"),
        ("notes", "too_long"),
    }


def test_dose_needs_offset_positive_amount_and_known_form():
    naive = Dose(datetime(2026, 1, 1, 9), "vitamin_b12", "pill", 0, "µg")
    rules = {(e.field, e.rule) for e in dose_errors(naive)}
    assert rules == {("taken_at", "no_utc_offset"), ("form", "not_allowed"), ("amount", "not_positive")}
    good = Dose(datetime(2026, 1, 1, 9, tzinfo=timezone(timedelta(hours=3))), "folic acid", "oral", 5, "mg")
    assert dose_errors(good) == []


def test_regimen_end_before_start():
    regimen = Regimen("vitamin_b12", "oral", 1000, "µg", 1, date(2026, 2, 1), date(2026, 1, 1))
    assert [e.rule for e in regimen_errors(regimen)] == ["end_before_start"]


def test_lab_b12_unit_and_range():
    assert [e.field for e in lab_errors(LabResult(date(2026, 1, 1), "b12", 150, "ng"))] == ["unit"]
    inverted = LabResult(date(2026, 1, 1), "b12", 150, "pg/mL", ref_low=400, ref_high=200)
    assert [e.rule for e in lab_errors(inverted)] == ["range_inverted"]


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_b12_conversion_round_trips(value):
    assert abs(b12_to_pg_per_ml(b12_to_pmol_per_l(value)) - value) <= 1e-9 * max(1, value)
    assert convert_b12(value, "pg/mL", "pg/mL") == value


def test_b12_conversion_factor():
    assert convert_b12(100, "pg/mL", "pmol/L") == 73.8
