"""The dialog to create a regimen (from a preset or by hand) or edit one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from diary_app.domain import Regimen
from diary_app.domain import regimen_errors
from diary_app.domain import vocab
from diary_app.domain.messages import fill_placeholders
from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.dose_errors import show_errors
from diary_app.ui.dose_labels import every_text
from diary_app.ui.dose_labels import plan_text
from diary_app.ui.medicine_fields import MedicineFields
from diary_app.ui.record_dialog import Field
from diary_app.ui.record_dialog import FormRow
from diary_app.ui.record_dialog import RecordDialog
from diary_app.ui.regimen_presets import CONTEXT as PRESET_CONTEXT
from diary_app.ui.regimen_presets import PRESETS
from diary_app.ui.regimen_presets import preset_named
from diary_app.ui.session import DiarySession
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.widgets.record_text import date_text


class RegimenDialog(RecordDialog):
    """`regimens()` gives the regimens to store once accepted: a preset may make several in sequence."""

    rules = staticmethod(regimen_errors)

    def __init__(self, session: DiarySession, regimen: Regimen | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._editing = regimen
        self._result = []
        self.setWindowTitle(self.tr("Edit plan") if regimen else self.tr("New plan"))
        self._build()
        if regimen:
            self.preset.setVisible(False)
            self._form.setRowVisible(self.preset, False)
            self._fill(regimen)
        else:
            self._apply_preset()

    def _build(self) -> None:
        self.preset = QComboBox(self)
        self.preset.addItem(self.tr("My own plan"), "")
        for preset in PRESETS:
            self.preset.addItem(QCoreApplication.translate(PRESET_CONTEXT, preset.title), preset.key)
        self.preset.setCurrentIndex(1)
        self.medicine = MedicineFields(self)
        self.every = QSpinBox(self)
        self.every.setRange(1, vocab.MAX_EVERY_DAYS)
        self.every_words = QLabel(self)
        self.start = calendar_date_edit(self.session.today(), parent=self)
        self._shown_start = self.session.today()
        self.has_end = QCheckBox(self.tr("&Ends on:"), self)
        self.end = calendar_date_edit(self.session.today(), self.tr("Ends on"), self)
        self.notes = QLineEdit(self)
        self.followers = QLabel(self)
        self.followers.setWordWrap(True)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        rows: list[FormRow] = [
            (self.tr("&Plan:"), self.preset),
            *self.medicine.rows(),
            (self.tr("Every how many &days:"), self.every),
            ("", self.every_words),
            (self.tr("&Starts on:"), self.start),
            (self.has_end, self.end),
            (self.tr("&Notes:"), self.notes),
        ]
        self._form = self.lay_out(rows, self.followers)

    def _connect(self) -> None:
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.every.valueChanged.connect(lambda days: self.every_words.setText(every_text(days)))
        self.start.dateChanged.connect(self._carry_end)
        for signal in (
            self.start.dateChanged,
            self.end.dateChanged,
            self.has_end.toggled,
            self.preset.currentIndexChanged,
        ):
            signal.connect(self._show_followers)
            signal.connect(self._recheck)

    def _carry_end(self) -> None:
        """A new plan keeps its length when its start moves (a preset's end follows its start)."""
        moved = self._start_day() - self._shown_start
        self._shown_start = self._start_day()
        if self._editing is None and self.has_end.isChecked() and moved:
            self.end.setDate(qdate_of(day_of(self.end.date()) + moved))

    def _recheck(self) -> None:
        """Errors already shown go away (or change) as soon as the dates are put right."""
        if not self.errors.isHidden():
            show_errors(self.errors, regimen_errors(self.entered()), self.field_names(), {})

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key:
            self._fill(preset_named(key).regimens(self._start_day())[0])
        self._show_followers()

    def _fill(self, regimen: Regimen) -> None:
        self.medicine.fill(regimen)
        self.every.setValue(regimen.every_days)
        self.every_words.setText(every_text(regimen.every_days))
        self.start.setDate(qdate_of(regimen.start))
        self.has_end.setChecked(regimen.end is not None)
        self.end.setEnabled(regimen.end is not None)
        self.end.setDate(qdate_of(regimen.end or regimen.start + timedelta(days=27)))
        self.notes.setText(regimen.notes)

    def _start_day(self) -> date:
        return day_of(self.start.date())

    def entered(self) -> Regimen:
        return Regimen(
            **self.medicine.values(),
            every_days=self.every.value(),
            start=self._start_day(),
            end=day_of(self.end.date()) if self.has_end.isChecked() else None,
            notes=self.notes.text().strip(),
            id=self._editing.id if self._editing else None,
        )

    def _following(self, first: Regimen) -> list[Regimen]:
        """The later phases of a multi-step preset, each starting the day after the one before ends."""
        key = self.preset.currentData() if self._editing is None else ""
        if not key or first.end is None:
            return []
        later = preset_named(key).regimens(first.start)[1:]
        shift = first.end + timedelta(days=1) - later[0].start if later else timedelta()
        return [replace(r, start=r.start + shift, end=r.end + shift if r.end else None) for r in later]

    def _show_followers(self) -> None:
        later = self._following(self.entered())
        lines = [
            fill_placeholders(
                self.tr("Then, from %1: %2, %3"),
                [date_text(r.start), plan_text(r), every_text(r.every_days)],
                isolate=False,
            )
            for r in later
        ]
        self.followers.setText("\n".join(lines))
        self.followers.setVisible(bool(lines))

    def fields(self) -> dict[str, Field]:
        return {
            **self.medicine.error_fields(),
            "end": (self.end, self.tr("End date")),
            "every_days": (self.every, self.tr("Every how many days")),
            "notes": (self.notes, self.tr("Notes")),
        }

    def keep(self, record: Regimen) -> None:
        self._result = [record, *self._following(record)]

    def regimens(self) -> list[Regimen]:
        return list(self._result)
