"""Lab results: serum B12 in pg/mL or pmol/L, converted on entry and display; out of range in words."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from diary_app.domain import LabResult
from diary_app.ui.lab_model import RANGE
from diary_app.ui.lab_model import STATUS
from diary_app.ui.lab_model import UNIT
from diary_app.ui.lab_model import VALUE
from diary_app.ui.lab_model import LabRole
from diary_app.ui.lab_model import LabTableModel
from tests.ui.conftest import TODAY
from tests.ui.conftest import shown_treatment_page
from tests.ui.test_treatment_doses import in_modal_dialog


@pytest.fixture
def page(qtbot, session):
    return shown_treatment_page(qtbot, session, tab=2)


def test_b12_entered_in_pg_per_ml_converts_to_pmol_per_l_as_you_type(qtbot, page, session, store):
    seen = {}

    def fill(dialog):
        assert dialog.test.currentData() == "b12" and dialog.unit.currentText() == "pg/mL"
        assert (dialog.ref_low.text(), dialog.ref_high.text()) == ("200", "900")  # typical, editable
        qtbot.keyClick(dialog.value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.value, "300")
        seen["other"] = dialog.other_unit.text()
        dialog.unit.setFocus()
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)  # pmol/L: the value and range follow
        seen["converted"] = (dialog.value.value(), dialog.ref_low.text(), dialog.ref_high.text())
        seen["back"] = dialog.other_unit.text()
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, fill)
    lab = page.labs.new_lab()
    assert seen["other"] == "= 221.4 pmol/L"
    assert seen["converted"] == (221.4, "147.6", "664.2")
    assert seen["back"] == "= 300 pg/mL"
    assert (lab.test, lab.value, lab.unit, lab.ref_low, lab.ref_high) == (
        "b12",
        221.4,
        "pmol/L",
        147.6,
        664.2,
    )
    assert store.labs(session.profile_id) == [lab]


def test_b12_shown_in_the_chosen_unit_both_ways(qtbot, page, session, store):
    store.add_lab(session.profile_id, LabResult(TODAY, "b12", 150.0, "pg/mL", 200.0, 900.0))
    store.add_lab(session.profile_id, LabResult(TODAY - timedelta(days=30), "b12", 369.0, "pmol/L"))
    session.notify_changed()
    model, unit_choice = page.labs.model, page.labs.b12_unit
    assert [model.index(row, VALUE).data() for row in range(2)] == ["150", "500"]
    assert model.index(0, RANGE).data() == "200–900"
    unit_choice.setFocus()
    qtbot.keyClick(unit_choice, Qt.Key.Key_Down)
    assert unit_choice.currentText() == "pmol/L"
    assert [model.index(row, VALUE).data() for row in range(2)] == ["110.7", "369"]
    assert [model.index(row, UNIT).data() for row in range(2)] == ["pmol/L", "pmol/L"]
    assert model.index(0, RANGE).data() == "147.6–664.2"
    assert model.index(1, VALUE).data(LabRole).unit == "pmol/L"  # stored as entered


def test_values_outside_the_range_say_low_or_high_in_bold():
    model = LabTableModel()
    model.set_labs(
        [
            LabResult(TODAY, "mcv", 104.0, "fL", 80.0, 100.0),
            LabResult(TODAY - timedelta(days=1), "homocysteine", 3.0, "µmol/L", 5.0, 15.0),
            LabResult(TODAY - timedelta(days=2), "folate", 9.0, "ng/mL", 2.7, 17.0),
            LabResult(TODAY - timedelta(days=3), "Vitamin D", 40.0, "ng/mL"),
        ]
    )
    assert [model.index(row, STATUS).data() for row in range(4)] == ["high", "low", "", ""]
    assert model.index(0, VALUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, VALUE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(3, RANGE).data() == ""


def test_another_test_by_name_starts_without_a_range(qtbot, page, session, store):
    def fill(dialog):
        dialog.test.setFocus()
        qtbot.keyClick(dialog.test, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.test, "Vitamin D")
        assert (dialog.unit.currentText(), dialog.ref_low.text(), dialog.ref_high.text()) == ("", "", "")
        dialog.unit.setFocus()
        qtbot.keyClicks(dialog.unit, "ng/mL")
        dialog.value.setValue(18.5)
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, fill)
    lab = page.labs.new_lab()
    assert (lab.test, lab.value, lab.unit, lab.ref_low, lab.ref_high) == (
        "Vitamin D",
        18.5,
        "ng/mL",
        None,
        None,
    )
    assert page.labs.test_filter.findData("Vitamin D") >= 0


def test_lab_model_is_sound(qtmodeltester):
    model = LabTableModel()
    model.set_labs([LabResult(TODAY, "b12", 150.0, "pg/mL", 200.0, 900.0)])
    qtmodeltester.check(model)


def test_choosing_a_known_test_brings_its_typical_unit_and_range(qtbot, page):
    seen = {}

    def choose(dialog):
        dialog.test.setFocus()
        dialog.test.setCurrentIndex(dialog.test.findData("hemoglobin"))
        seen["hemoglobin"] = (dialog.unit.currentText(), dialog.ref_low.text(), dialog.ref_high.text())
        dialog.test.setCurrentIndex(dialog.test.findData("hba1c"))
        seen["hba1c"] = (dialog.unit.currentText(), dialog.ref_low.text(), dialog.ref_high.text())
        seen["note"] = dialog.range_note.text()
        dialog.reject()

    in_modal_dialog(qtbot, choose)
    assert page.labs.new_lab() is None
    assert seen["hemoglobin"] == ("g/dL", "12", "17.5")
    assert seen["hba1c"] == ("%", "", "5.6")
    assert "typical" in seen["note"] and "laboratory's own range" in seen["note"]
