"""AppSettings: typed values, persistence in the ini file, versioned upgrades, the settings dialog."""

from datetime import time

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt

from diary_app.reminders import ReminderSettings
from diary_app.reminders import ReminderState
from diary_app.settings import SETTINGS_VERSION
from diary_app.settings import AppSettings
from diary_app.ui.settings_dialog import SettingsDialog


def reopen(settings_file) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def test_defaults(app_settings):
    assert app_settings.language == "system"
    assert app_settings.arabic_digits is True
    assert app_settings.text_scale == 100
    assert app_settings.high_contrast is False
    assert app_settings.geometry is None
    assert app_settings.last_page == "entry"
    assert app_settings.diary_path is None
    assert app_settings.reminders == ReminderSettings()
    assert app_settings.version == SETTINGS_VERSION


def test_values_persist_in_the_file(app_settings, settings_file, tmp_path):
    app_settings.language = "ar"
    app_settings.arabic_digits = False
    app_settings.text_scale = 150
    app_settings.high_contrast = True
    app_settings.geometry = QByteArray(b"\x01\x02geometry")
    app_settings.last_page = "history"
    app_settings.last_profile = "Ana"
    app_settings.diary_path = tmp_path / "other.sqlite3"
    reminders = ReminderSettings(diary_enabled=True, diary_time=time(21, 15), doses_enabled=False)
    app_settings.reminders = reminders
    app_settings.reminder_state = ReminderState(dismissed=frozenset({"diary:2026-11-24"}))
    app_settings.sync()
    again = reopen(settings_file)
    assert (again.language, again.arabic_digits) == ("ar", False)
    assert (again.text_scale, again.high_contrast) == (150, True)
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    assert (again.last_page, again.last_profile) == ("history", "Ana")
    assert again.diary_path == tmp_path / "other.sqlite3"
    assert again.reminders == reminders
    assert again.reminder_state.dismissed == frozenset({"diary:2026-11-24"})


@pytest.mark.parametrize("name, value", [("language", "fr"), ("text_scale", 130), ("last_page", "nowhere")])
def test_values_outside_the_choices_are_refused(app_settings, name, value):
    with pytest.raises(ValueError):
        setattr(app_settings, name, value)


def test_upgrade_from_an_unversioned_file_drops_bad_values(settings_file):
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    for key, value in (
        ("language", "klingon"),
        ("text_scale", "300"),
        ("window/last_page", "charts"),
        ("high_contrast", "true"),
    ):
        raw.setValue(key, value)
    raw.sync()
    upgraded = reopen(settings_file)
    assert upgraded.version == SETTINGS_VERSION
    assert upgraded.store.value("language") is None and upgraded.store.value("text_scale") is None
    assert upgraded.last_page == "charts" and upgraded.high_contrast is True
    assert upgraded.upgrade() == 0  # nothing left to do the second time


def test_hand_edited_nonsense_reads_as_defaults(settings_file):
    settings = reopen(settings_file)
    for key in ("arabic_digits", "reminders/diary_time", "reminders/state", "text_scale"):
        settings.store.setValue(key, "nonsense")
    assert settings.arabic_digits is True
    assert settings.reminders.diary_time == ReminderSettings().diary_time
    assert settings.reminder_state == ReminderState()
    assert settings.text_scale == 100


def test_dialog_saves_choices_made_by_keyboard(qtbot, app_settings, settings_file):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # Arabic
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)  # 125 %
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.arabic_digits, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    again = reopen(settings_file)
    assert (again.language, again.text_scale) == ("ar", 125)
    assert (again.high_contrast, again.arabic_digits) == (True, False)
    assert dialog.needs_restart()


def test_dialog_cancel_changes_nothing(qtbot, app_settings):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_End)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert app_settings.text_scale == 100
    assert not dialog.needs_restart()
