"""The doses tab: the period's doses, newest first, with log, edit and delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from diary_app.domain import Dose
from diary_app.ui.dose_dialog import DoseDialog
from diary_app.ui.dose_model import DoseTableModel
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_panel import ChangeTexts
from diary_app.ui.treatment_panel import TreatmentPanel

SITE_HISTORY_DAYS = 120


class DosePanel(TreatmentPanel):
    """Lists the doses of the chosen period; logging, editing and deleting go through the undo stack."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        self.model: DoseTableModel
        super().__init__(session, "doses", DoseTableModel(), parent)
        self.add_button = self.button(self.tr("&Log a dose…"), self.log_dose, "logDoseButton")
        self.lay_out(
            (self.add_button, *self.edit_and_delete(self.tr("&Edit dose…"), self.tr("De&lete dose")))
        )
        self.reload()

    def reload(self) -> None:
        self.model.set_doses(self.session.store.doses(self.session.profile_id, self.start, self.end))
        self.show_has_rows(self.model.rowCount() > 0)

    def _recent_doses(self) -> list[Dose]:
        today = self.session.today()
        return self.session.store.doses(self.session.profile_id, today - timedelta(days=SITE_HISTORY_DAYS))

    def log_dose(self) -> Dose | None:
        dose: Dose | None = self.add_new()
        return dose

    def dialog_for(self, record: Dose | None) -> tuple[DoseDialog, Callable[[], Dose | None]]:
        dialog = DoseDialog(self.session, self._recent_doses(), dose=record, parent=self)
        return dialog, dialog.dose

    def add_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Log dose"), self.tr("Dose saved."))

    def edit_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Edit dose"), self.tr("Dose changed."))

    def delete_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Delete dose"), self.tr("Dose deleted. Undo brings it back (Ctrl+Z)."))
