"""The regimens tab: plans with their adherence over the chosen period; create, edit, end, delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from diary_app.domain import Regimen
from diary_app.ui.regimen_dialog import RegimenDialog
from diary_app.ui.regimen_model import RegimenAdherenceModel
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_panel import ChangeTexts
from diary_app.ui.treatment_panel import TreatmentPanel


class RegimenPanel(TreatmentPanel):
    """Adherence figures come from diary_app.analysis, so they match the JSON analysis and the PDF."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        self.model: RegimenAdherenceModel
        super().__init__(session, "regimens", RegimenAdherenceModel(), parent)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.new_button = self.button(self.tr("&New plan…"), self.new_regimen, "newRegimenButton")
        edit, delete = self.edit_and_delete(self.tr("&Edit plan…"), self.tr("De&lete plan"))
        self.end_button = self.button(self.tr("E&nd plan today"), self.end_selected)
        self.lay_out((self.new_button, edit, self.end_button, delete), self.explanation)
        self.reload()

    def reload(self) -> None:
        profile = self.session.profile_id
        regimens = self.session.store.regimens(profile)
        doses = self.session.store.doses(profile)
        self.model.set_data(regimens, doses, self.start, self.end, self.session.today())
        self.explanation.setText(
            self.tr(
                "Adherence counts the doses planned in the chosen period and the logged doses of the same "
                "medicine and form close to each planned date."
            )
        )
        self.show_has_rows(bool(regimens))

    def new_regimen(self) -> list[Regimen]:
        """A plan may come as several regimens (a loading phase and its maintenance): one undo step."""
        dialog = RegimenDialog(self.session, parent=self)
        while dialog.exec() == RegimenDialog.DialogCode.Accepted:  # again, as filled in, if the disk refused
            plans = dialog.regimens()
            added = self.changes.add_all(
                plans, self.tr("New plan"), self.tr("%n plans saved.", "", len(plans))
            )
            if added is not None:
                return added
        return []

    def dialog_for(self, record: Regimen | None) -> tuple[RegimenDialog, Callable[[], Regimen]]:
        dialog = RegimenDialog(self.session, regimen=record, parent=self)

        def entered() -> Regimen:
            [regimen] = dialog.regimens()  # an edited plan stays one regimen
            return regimen

        return dialog, entered

    def end_selected(self) -> None:
        """The regimen ends today (or on its start day, if it has not started yet)."""
        old = self.selected()
        if old is None:
            return
        end = max(old.start, self.session.today())
        self.changes.edit(
            old, replace(old, end=end), self.tr("End plan"), self.tr("Plan ended. Undo restarts it (Ctrl+Z).")
        )

    def add_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("New plan"))

    def edit_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Edit plan"))

    def delete_texts(self) -> ChangeTexts:
        return ChangeTexts(self.tr("Delete plan"), self.tr("Plan deleted. Undo brings it back (Ctrl+Z)."))
