"""Regimens on the treatment page: created by keyboard or preset, adherence as the analysis counts it."""

from datetime import datetime
from datetime import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from diary_app.analysis import adherence_for
from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.ui.regimen_model import MISSED
from diary_app.ui.regimen_model import NEXT_DUE
from diary_app.ui.regimen_model import PERCENT
from diary_app.ui.regimen_model import PLANNED
from diary_app.ui.regimen_model import TAKEN
from diary_app.ui.regimen_model import RegimenAdherenceModel
from diary_app.ui.widgets.record_text import date_text
from tests.ui.conftest import FIXED_NOW
from tests.ui.conftest import TODAY
from tests.ui.conftest import shown_treatment_page
from tests.ui.test_treatment_doses import in_modal_dialog

FOUR_WEEKS_AGO = TODAY - timedelta(days=27)


@pytest.fixture
def page(qtbot, session):
    return shown_treatment_page(qtbot, session, tab=1)


def injection_on(day) -> Dose:
    return Dose(
        taken_at=datetime.combine(day, time(10), tzinfo=FIXED_NOW.tzinfo),
        substance="vitamin_b12",
        form="injection",
        amount=1000.0,
        unit="µg",
    )


def test_weekly_regimen_by_keyboard_shows_one_missed_week(qtbot, page, session, store):
    def fill(dialog):
        qtbot.keyClick(dialog.preset, Qt.Key.Key_Home)  # "My own plan", keeping the loading preset's fields
        dialog.every.setFocus()
        qtbot.keyClick(dialog.every, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.every, "7")
        assert dialog.every_words.text() == "every 7 days"
        dialog.has_end.setFocus()
        qtbot.keyClick(dialog.has_end, Qt.Key.Key_Space)  # no end date
        dialog.start.setDate(FOUR_WEEKS_AGO)
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, fill)
    [created] = page.regimens.new_regimen()
    assert (created.every_days, created.start, created.end, created.form) == (
        7,
        FOUR_WEEKS_AGO,
        None,
        "injection",
    )

    for week in (0, 1, 3):  # the third week's injection was forgotten
        store.add_dose(session.profile_id, injection_on(FOUR_WEEKS_AGO + timedelta(days=7 * week)))
    session.notify_changed()
    page.set_period(FOUR_WEEKS_AGO, TODAY)

    model = page.regimens.model
    missed_day = FOUR_WEEKS_AGO + timedelta(days=14)
    assert [model.index(0, c).data() for c in (PLANNED, TAKEN, PERCENT)] == ["4", "3", "75 %"]
    assert model.index(0, MISSED).data() == date_text(missed_day)
    assert model.adherence_at(0) == adherence_for(
        created, store.doses(session.profile_id), FOUR_WEEKS_AGO, TODAY
    )
    assert model.index(0, NEXT_DUE).data() == date_text(FOUR_WEEKS_AGO + timedelta(days=28))


def test_loading_then_maintenance_preset_makes_two_regimens_undone_together(qtbot, page, session, store):
    def choose(dialog):
        index = dialog.preset.findData("loading_then_maintenance")
        dialog.preset.setCurrentIndex(index)
        dialog.start.setDate(TODAY)
        assert dialog.followers.isVisible()
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, choose)
    loading, maintenance = page.regimens.new_regimen()
    assert (loading.every_days, loading.start, loading.end) == (2, TODAY, TODAY + timedelta(days=13))
    assert (maintenance.every_days, maintenance.start, maintenance.end) == (
        60,
        TODAY + timedelta(days=14),
        None,
    )
    assert page.regimens.model.rowCount() == 2
    session.undo_stack.undo()
    assert store.regimens(session.profile_id) == []
    session.undo_stack.redo()
    assert len(store.regimens(session.profile_id)) == 2


def test_end_regimen_today_and_undo(qtbot, page, session, store):
    regimen = store.add_regimen(
        session.profile_id,
        Regimen(
            substance="vitamin_b12", form="oral", amount=1000.0, unit="µg", every_days=1, start=FOUR_WEEKS_AGO
        ),
    )
    session.notify_changed()
    page.regimens.table.selectRow(0)
    qtbot.mouseClick(page.regimens.end_button, Qt.MouseButton.LeftButton)
    assert store.regimens(session.profile_id)[0].end == TODAY
    session.undo_stack.undo()
    assert store.regimens(session.profile_id)[0] == regimen


def test_regimen_model_is_sound(qtmodeltester):
    model = RegimenAdherenceModel()
    regimen = Regimen(
        substance="vitamin_b12", form="oral", amount=1.0, unit="mg", every_days=1, start=FOUR_WEEKS_AGO, id=1
    )
    model.set_data([regimen], [], FOUR_WEEKS_AGO, TODAY, TODAY)
    assert model.index(0, MISSED).data().endswith("and 20 more")
    qtmodeltester.check(model)


def test_end_before_start_is_refused_with_a_sentence(qtbot, page, session, store):
    seen = {}

    def wrong_end(dialog):
        dialog.start.setDate(TODAY)
        dialog.has_end.setChecked(True)
        dialog.end.setDate(TODAY - timedelta(days=1))
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
        seen["open"], seen["errors"] = dialog.isVisible(), dialog.errors.text()
        dialog.reject()

    in_modal_dialog(qtbot, wrong_end)
    assert page.regimens.new_regimen() == []
    assert seen == {"open": True, "errors": "End date must not be before the start date."}
    assert store.regimens(session.profile_id) == []
