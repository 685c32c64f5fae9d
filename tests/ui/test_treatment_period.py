"""The Treatment page's period filters lab results as it does doses; an empty table says so and
names the button that fills it."""

from datetime import timedelta

from PySide6.QtCore import Qt

from diary_app.domain import LabResult
from tests.ui.conftest import TODAY
from tests.ui.conftest import shown_treatment_page


def test_lab_results_follow_the_period_filter(qtbot, session, store):
    store.add_lab(session.profile_id, LabResult(TODAY, "b12", 150.0, "pg/mL", 200.0, 900.0))
    store.add_lab(session.profile_id, LabResult(TODAY - timedelta(days=200), "b12", 369.0, "pg/mL"))
    page = shown_treatment_page(qtbot, session, tab=2)
    assert page.labs.model.rowCount() == 1  # the default period: the last 90 days
    page.start_edit.setFocus()
    page.start_edit.setDate(page.start_edit.date().addDays(-365))
    assert page.labs.model.rowCount() == 2
    page.set_period(TODAY - timedelta(days=10), TODAY - timedelta(days=5))
    assert page.labs.model.rowCount() == 0 and page.labs.empty.isVisible()


def test_empty_tables_say_so_and_name_their_button(qtbot, session):
    page = shown_treatment_page(qtbot, session)
    assert page.doses.empty.text() == "No doses in this period yet. Log one with “Log a dose…”."
    assert page.doses.empty.isVisible()
    page.tabs.setCurrentIndex(1)
    assert page.regimens.empty.isVisible() and "“New plan…”" in page.regimens.empty.text()
    page.tabs.setCurrentIndex(2)
    assert page.labs.empty.isVisible() and "“New lab result…”" in page.labs.empty.text()


def test_the_note_goes_once_a_dose_is_logged(qtbot, session):
    from tests.ui.test_treatment_doses import in_modal_dialog

    page = shown_treatment_page(qtbot, session)
    in_modal_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.notes, Qt.Key.Key_Return))
    assert page.doses.log_dose() is not None
    assert page.doses.model.rowCount() == 1 and page.doses.empty.isHidden()
