"""Logging, editing and deleting doses on the treatment page, by keyboard, with undo."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from diary_app.domain import Dose
from diary_app.ui.dose_model import AMOUNT
from diary_app.ui.dose_model import SITE
from diary_app.ui.dose_model import SUBSTANCE
from diary_app.ui.dose_model import DoseRole
from diary_app.ui.dose_model import DoseTableModel
from tests.ui.conftest import FIXED_NOW
from tests.ui.conftest import shown_treatment_page


@pytest.fixture
def page(qtbot, session):
    return shown_treatment_page(qtbot, session, size=(1000, 600))


def in_modal_dialog(qtbot, actions):
    """Run `actions(dialog)` once the next modal dialog is open (it runs inside the dialog's exec)."""
    done = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.focusWidget() is None:
            QTimer.singleShot(10, act)
            return
        try:
            actions(dialog)
            done.append(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting on the dialog
                dialog.reject()

    QTimer.singleShot(0, act)
    return done


def b12_dose(hour: int, site: str, day: int = 20) -> Dose:
    return Dose(
        taken_at=datetime(2026, 11, day, hour, 0, tzinfo=FIXED_NOW.tzinfo),
        substance="vitamin_b12",
        form="injection",
        amount=1000.0,
        unit="µg",
        compound="cyanocobalamin",
        site=site,
    )


def test_log_a_dose_by_keyboard_and_undo(qtbot, page, session, store):
    def fill(dialog):
        assert dialog.focusWidget() is dialog.when
        qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.medicine.substance, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.medicine.substance, "Folic acid")
        qtbot.keyClick(dialog.medicine.substance, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.form, "t")  # "tablet or capsule (oral)"
        qtbot.keyClick(dialog.form, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.medicine.compound, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.amount, "5")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.medicine.unit, "mg")
        qtbot.keyClick(dialog.medicine.unit, Qt.Key.Key_Return)

    page.tabs.setCurrentIndex(0)
    page.doses.add_button.setFocus()
    done = in_modal_dialog(qtbot, fill)
    qtbot.keyClick(page.doses.add_button, Qt.Key.Key_Space)
    assert done

    [dose] = store.doses(session.profile_id)
    assert (dose.substance, dose.form, dose.amount, dose.unit, dose.site) == (
        "Folic acid",
        "oral",
        5.0,
        "mg",
        "",
    )
    assert dose.taken_at == FIXED_NOW
    model = page.doses.model
    assert model.index(0, SUBSTANCE).data() == "Folic acid"
    assert model.index(0, AMOUNT).data() == "5 mg"

    session.undo_stack.undo()
    assert store.doses(session.profile_id) == [] and model.rowCount() == 0
    session.undo_stack.redo()
    assert len(store.doses(session.profile_id)) == 1 and model.rowCount() == 1


def test_injection_dialog_shows_last_site_and_suggests_the_next(qtbot, page, session, store):
    store.add_dose(session.profile_id, b12_dose(9, "left_arm", day=10))
    store.add_dose(session.profile_id, b12_dose(9, "right_arm", day=17))
    seen = {}

    def look(dialog):
        seen["last"] = dialog.last_site.text()
        seen["site"] = dialog.site.currentData()
        seen["visible"] = dialog.site.isVisible()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)

    in_modal_dialog(qtbot, look)
    page.doses.log_dose()
    assert seen == {"last": "Last site used: right arm", "site": "left_thigh", "visible": True}
    newest = page.doses.model.index(0, SITE).data(DoseRole)
    assert newest.site == "left_thigh" and newest.taken_at == FIXED_NOW


def test_edit_and_delete_with_undo(qtbot, page, session, store):
    store.add_dose(session.profile_id, b12_dose(8, "left_arm"))
    session.notify_changed()
    table = page.doses.table
    table.selectRow(0)

    def change(dialog):
        dialog.amount.selectAll()
        qtbot.keyClicks(dialog.amount, "500")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)

    in_modal_dialog(qtbot, change)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert store.doses(session.profile_id)[0].amount == 500.0
    session.undo_stack.undo()
    assert store.doses(session.profile_id)[0].amount == 1000.0

    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert store.doses(session.profile_id) == []
    session.undo_stack.undo()
    [back] = store.doses(session.profile_id)
    assert (back.amount, back.site) == (1000.0, "left_arm")


def test_refused_dose_shows_the_reason_and_keeps_the_dialog(qtbot, page, session, store):
    messages = {}

    def empty_amount(dialog):
        dialog.amount.setValue(0)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)
        messages["text"] = dialog.errors.text()
        messages["open"] = dialog.isVisible()
        dialog.reject()

    in_modal_dialog(qtbot, empty_amount)
    assert page.doses.log_dose() is None
    assert messages == {"text": "Amount must be more than 0.", "open": True}
    assert store.doses(session.profile_id) == []


def test_dose_model_is_newest_first_and_sound(qtmodeltester):
    model = DoseTableModel()
    model.set_doses([b12_dose(8, "left_arm"), b12_dose(20, ""), b12_dose(12, "right_thigh")])
    assert [model.dose_at(row).taken_at.hour for row in range(3)] == [20, 12, 8]
    qtmodeltester.check(model)


@pytest.mark.parametrize("offset_hours", [-5, 14])
def test_editing_a_dose_keeps_the_utc_offset_it_was_taken_at(qtbot, page, session, store, offset_hours):
    """A dose logged at -05:00 (or at +14:00) opened and saved stays the same instant."""
    from datetime import timedelta
    from datetime import timezone

    taken = datetime(2026, 11, 20, 9, 30, 17, tzinfo=timezone(timedelta(hours=offset_hours)))
    assert taken.utcoffset() != FIXED_NOW.utcoffset()
    store.add_dose(
        session.profile_id,
        Dose(taken_at=taken, substance="vitamin_b12", form="oral", amount=1000.0, unit="µg"),
    )
    session.notify_changed()
    table = page.doses.table
    table.selectRow(0)
    in_modal_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    [kept] = store.doses(session.profile_id)
    assert kept.taken_at == taken and kept.taken_at.utcoffset() == taken.utcoffset()

    def one_hour_later(dialog):
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(3600))
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)

    table.setFocus()
    table.selectRow(0)
    opened = in_modal_dialog(qtbot, one_hour_later)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened
    [moved] = store.doses(session.profile_id)
    assert moved.taken_at.utcoffset() == taken.utcoffset()
    assert moved.taken_at - taken.replace(second=0) == timedelta(hours=1)
