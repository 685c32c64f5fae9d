"""Dialogs that keep up: Enter in the lab unit box accepts at once; the "no site yet" hint goes
when a site is chosen."""

from PySide6.QtCore import Qt

from diary_app.ui.dose_dialog import DoseDialog
from diary_app.ui.lab_dialog import LabDialog


def test_enter_in_the_typed_unit_box_accepts_in_one_press(qtbot, session):
    dialog = LabDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.value.setValue(300)
    dialog.unit.setFocus()
    qtbot.keyClick(dialog.unit.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.unit.lineEdit(), "pmol/L")
    qtbot.keyClick(dialog.unit.lineEdit(), Qt.Key.Key_Return)
    assert dialog.errors.isHidden(), dialog.errors.text()
    assert dialog.result() == LabDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.lab().unit == "pmol/L"


def test_the_no_site_yet_hint_goes_once_a_site_is_chosen(qtbot, session):
    dialog = DoseDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.setCurrentIndex(dialog.form.findData("injection"))
    dialog.site.setCurrentIndex(dialog.site.findData(""))
    assert dialog.last_site.text() == "No injection site recorded yet." and dialog.last_site.isVisible()
    dialog.site.setFocus()
    qtbot.keyClick(dialog.site, Qt.Key.Key_Down)
    assert dialog.site.currentData() and not dialog.last_site.isVisible()
