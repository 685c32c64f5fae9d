"""Reminder choices: the daily diary reminder, dose reminders, and starting at login."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QWidget

from diary_app import autostart
from diary_app.domain.messages import fill_placeholders
from diary_app.reminders import ReminderSettings
from diary_app.ui import dialogs
from diary_app.ui.date_edit import left_to_right
from diary_app.ui.widgets.dates import time_of


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class ReminderOptions(QWidget):
    """Edits `preferences.reminders` (AppSettings or an in-memory stand-in) and the autostart entry."""

    def __init__(self, preferences, autostart_environ=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.preferences = preferences
        self._environ = autostart_environ
        current: ReminderSettings = preferences.reminders
        self.diary = QCheckBox(self.tr("Remind me to fill in the &diary every day at:"), self)
        self.diary.setChecked(current.diary_enabled)
        self.diary_time = self._time_edit(current.diary_time, self.tr("Time of the diary reminder"))
        self.doses = QCheckBox(self.tr("Remind me of &doses due, from:"), self)
        self.doses.setChecked(current.doses_enabled)
        self.dose_time = self._time_edit(current.dose_time, self.tr("Time of the dose reminders"))
        self.login = QCheckBox(self.tr("&Start Symptom Diary when I log in"), self)
        self.login.setChecked(self._autostart_enabled())
        note = QLabel(
            self.tr(
                "Reminders show while the program is open, at the top of the window and, where the desktop "
                "has a notification area, as a notification. A reminder that fell due while the program was "
                "closed is shown the next time it starts."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # no window-wide boxes
        form.addRow(self.diary, self.diary_time)
        form.addRow(self.doses, self.dose_time)
        form.addRow(self.login)
        form.addRow(note)
        for signal in (
            self.diary.toggled,
            self.doses.toggled,
            self.diary_time.timeChanged,
            self.dose_time.timeChanged,
        ):
            signal.connect(self._save)
        self.login.toggled.connect(self._set_autostart)

    def _time_edit(self, value: time, name: str) -> QTimeEdit:
        edit = left_to_right(QTimeEdit(_qtime(value), self))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def _save(self) -> None:
        self.preferences.reminders = ReminderSettings(
            diary_enabled=self.diary.isChecked(),
            diary_time=time_of(self.diary_time.time()),
            doses_enabled=self.doses.isChecked(),
            dose_time=time_of(self.dose_time.time()),
        )

    def _autostart_enabled(self) -> bool:
        return autostart.is_enabled(*self._env_args())

    def _env_args(self) -> tuple:
        return () if self._environ is None else (self._environ,)

    def _set_autostart(self, enabled: bool) -> Path | None:
        try:
            return autostart.set_enabled(enabled, *self._env_args())
        except OSError as error:
            dialogs.warn(
                self,
                self.tr("Start at login"),
                fill_placeholders(
                    self.tr("The start-at-login setting could not be changed: %1"),
                    [str(error)],
                    isolate=False,
                ),
            )
            self.login.blockSignals(True)
            self.login.setChecked(self._autostart_enabled())
            self.login.blockSignals(False)
            return None
