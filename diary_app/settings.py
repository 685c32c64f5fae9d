"""The program's preferences: a typed wrapper over QSettings with numbered upgrade steps."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSettings

from diary_app.reminders import ReminderSettings
from diary_app.reminders import ReminderState

SETTINGS_VERSION = 1
LANGUAGE_CHOICES = ("system", "en", "ar")
TEXT_SCALES = (100, 125, 150)
PAGE_NAMES = ("entry", "history", "charts", "treatment", "report")  # the tabs, in order (ui.page_registry)


def default_qsettings() -> QSettings:
    """The user's settings file (an ini file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "symptom-diary", "settings")


def _as_bool(value, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1", "yes"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "0", "no"):
        return False
    if isinstance(value, int):
        return bool(value)
    return default


def _as_int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_time(value, default: time) -> time:
    try:
        return time.fromisoformat(value)
    except (TypeError, ValueError):
        return default


def _upgrade_to_1(store: QSettings) -> None:
    """Version 1: values outside the allowed choices (hand edits, old builds) are dropped."""
    if store.value("language") not in (None, *LANGUAGE_CHOICES):
        store.remove("language")
    if _as_int(store.value("text_scale"), 100) not in TEXT_SCALES:
        store.remove("text_scale")
    if store.value("last_page") not in (None, *PAGE_NAMES):
        store.remove("last_page")


# UPGRADES[n] turns a version-n file into version n+1.
UPGRADES = (_upgrade_to_1,)


class AppSettings:
    """Typed access to the preferences; `store` is injected so tests can use a temporary file."""

    def __init__(self, store: QSettings):
        self.store = store
        self.upgrade()

    def upgrade(self) -> int:
        """Apply the pending upgrade steps in order; returns how many ran."""
        version = _as_int(self.store.value("settings_version"), 0)
        applied = 0
        while version < SETTINGS_VERSION:
            UPGRADES[version](self.store)
            version += 1
            applied += 1
            self.store.setValue("settings_version", version)
        return applied

    @property
    def version(self) -> int:
        return _as_int(self.store.value("settings_version"), 0)

    def sync(self) -> None:
        self.store.sync()

    # Language and numbers

    @property
    def language(self) -> str:
        value = self.store.value("language", "system")
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGE_CHOICES:
            raise ValueError(f"language must be one of {LANGUAGE_CHOICES}, not {value!r}")
        self.store.setValue("language", value)

    @property
    def arabic_digits(self) -> bool:
        """Arabic-Indic digits (٠١٢٣) rather than Western ones when the language is Arabic."""
        return _as_bool(self.store.value("arabic_digits"), True)

    @arabic_digits.setter
    def arabic_digits(self, value: bool) -> None:
        self.store.setValue("arabic_digits", bool(value))

    def uses_arabic_digits(self, language: str) -> bool:
        return language == "ar" and self.arabic_digits

    # Legibility

    @property
    def text_scale(self) -> int:
        value = _as_int(self.store.value("text_scale"), 100)
        return value if value in TEXT_SCALES else 100

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        if value not in TEXT_SCALES:
            raise ValueError(f"text size must be one of {TEXT_SCALES}, not {value!r}")
        self.store.setValue("text_scale", int(value))

    @property
    def high_contrast(self) -> bool:
        return _as_bool(self.store.value("high_contrast"), False)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.store.setValue("high_contrast", bool(value))

    # Window state

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def last_page(self) -> str:
        value = self.store.value("window/last_page", "entry")
        return value if value in PAGE_NAMES else "entry"

    @last_page.setter
    def last_page(self, value: str) -> None:
        if value not in PAGE_NAMES:
            raise ValueError(f"unknown page {value!r}")
        self.store.setValue("window/last_page", value)

    @property
    def last_profile(self) -> str:
        """The name of the profile open when the window last closed ('' when none)."""
        value = self.store.value("last_profile", "")
        return value if isinstance(value, str) else ""

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self.store.setValue("last_profile", value)

    @property
    def diary_path(self) -> Path | None:
        """A diary file the user chose instead of the default one."""
        value = self.store.value("diary_path", "")
        return Path(value) if isinstance(value, str) and value else None

    @diary_path.setter
    def diary_path(self, value: Path | None) -> None:
        self.store.setValue("diary_path", str(value) if value else "")

    # Reminders (the reminder engineer's diary_app.reminders decides what is due)

    @property
    def reminders(self) -> ReminderSettings:
        defaults = ReminderSettings()
        return ReminderSettings(
            diary_enabled=_as_bool(self.store.value("reminders/diary_enabled"), defaults.diary_enabled),
            diary_time=_as_time(self.store.value("reminders/diary_time"), defaults.diary_time),
            doses_enabled=_as_bool(self.store.value("reminders/doses_enabled"), defaults.doses_enabled),
            dose_time=_as_time(self.store.value("reminders/dose_time"), defaults.dose_time),
        )

    @reminders.setter
    def reminders(self, value: ReminderSettings) -> None:
        self.store.setValue("reminders/diary_enabled", value.diary_enabled)
        self.store.setValue("reminders/diary_time", value.diary_time.strftime("%H:%M"))
        self.store.setValue("reminders/doses_enabled", value.doses_enabled)
        self.store.setValue("reminders/dose_time", value.dose_time.strftime("%H:%M"))

    @property
    def reminder_state(self) -> ReminderState:
        value = self.store.value("reminders/state", "")
        return ReminderState.from_json(value if isinstance(value, str) else "")

    @reminder_state.setter
    def reminder_state(self, value: ReminderState) -> None:
        self.store.setValue("reminders/state", value.to_json())
