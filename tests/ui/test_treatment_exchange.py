"""Doses, regimens, labs and a dose logged from a reminder survive JSON export and import."""

from dataclasses import replace

from PySide6.QtCore import Qt

from diary_app.exchange import diaries_from_json
from diary_app.exchange import diaries_to_json
from diary_app.storage import open_store
from diary_app.ui.reminder_banner import ReminderBanner
from diary_app.ui.treatment_page import TreatmentPage
from tests.ui.conftest import FIXED_NOW
from tests.ui.test_treatment_doses import in_modal_dialog


def without_ids(records):
    return sorted((replace(record, id=None) for record in records), key=repr)


def test_treatment_records_round_trip_through_json(qtbot, session, store, tmp_path):
    page = TreatmentPage(session)
    qtbot.addWidget(page)

    def tablet(dialog):
        dialog.form.setFocus()
        qtbot.keyClicks(dialog.form, "t")  # a tablet, so the injection plan below is still due today
        qtbot.keyClick(dialog.form, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, tablet)
    page.doses.log_dose()

    def preset(dialog):
        dialog.preset.setCurrentIndex(dialog.preset.findData("loading_then_maintenance"))
        dialog.start.setDate(FIXED_NOW.date())
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, preset)
    page.regimens.new_regimen()

    def lab(dialog):
        dialog.value.setValue(180.0)
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)

    in_modal_dialog(qtbot, lab)
    page.labs.new_lab()

    banner = ReminderBanner(session, notifier=lambda title, text: None)
    qtbot.addWidget(banner)
    assert len(banner.start()) == 1  # the loading regimen starts today and 20:30 is after the dose time
    banner.done(banner.reminders()[0])

    original = store.load_diary(session.profile_id)
    assert (len(original.doses), len(original.regimens), len(original.labs)) == (2, 2, 1)
    exported = tmp_path / "diary.json"
    exported.write_text(diaries_to_json([original], exported_at=FIXED_NOW), encoding="utf-8")

    fresh = open_store(tmp_path / "other.sqlite3")
    try:
        fresh.import_diaries(diaries_from_json(exported.read_text(encoding="utf-8")))
        profile = fresh.profile_named(original.profile.name)
        back = fresh.load_diary(profile.id)
    finally:
        fresh.close()
    for name in ("doses", "regimens", "labs"):
        assert without_ids(getattr(back, name)) == without_ids(getattr(original, name))
    assert {dose.taken_at for dose in back.doses} == {dose.taken_at for dose in original.doses}
