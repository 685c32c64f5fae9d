"""Fixtures for the translation tests: translations/update.py, the catalogue, a program in a language."""

import importlib.util
import sys
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from diary_app.demo import demo_diary
from diary_app.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
# The offscreen platform cannot pass size hints to a window system and says so; harmless here.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/i18n/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def load_update_module():
    """translations/update.py (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("translations_update", ROOT / "translations" / "update.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def update_module():
    return load_update_module()


@pytest.fixture(scope="session")
def catalogue(update_module):
    """Every message of translations/diary_app_ar.ts."""
    return update_module.read_ts(update_module.TS_FILE)


@pytest.fixture
def configured_app(qapp):
    """configure_application() for a language, as the program starts; everything global it changes
    (translators, default locale, direction, font, palette, style) is put back afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from diary_app.app import configure_application

    saved = (
        QLocale(),
        qapp.font(),
        qapp.palette(),
        qapp.style().name(),
        qapp.layoutDirection(),
        qapp.applicationDisplayName(),
    )
    installed = []

    def configure(settings, language):
        appearance, translators = configure_application(qapp, settings, language)
        installed.extend(translators)
        return appearance

    yield configure
    for translator in installed:
        QApplication.removeTranslator(translator)
    locale, font, palette, style, direction, display_name = saved
    qapp.setApplicationDisplayName(display_name)
    QLocale.setDefault(locale)
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)
    QApplication.setLayoutDirection(direction)


NOW = datetime(2026, 11, 25, 20, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def settings(qapp, tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_profile(store):
    store.import_diaries([demo_diary(40, end=NOW.date(), name="Demo")])
    return store.profiles()[0]


@pytest.fixture
def open_window(qtbot, store, demo_profile, settings, configured_app):
    """A function: the main window as the program builds it for `language` and the digit choice."""
    from diary_app.ui.main_window import MainWindow
    from diary_app.ui.session import DiarySession

    windows = []

    def open_it(language: str, arabic_digits: bool = True):
        settings.language, settings.arabic_digits = language, arabic_digits
        appearance = configured_app(settings, language)
        session = DiarySession(store, demo_profile.id, settings, clock=lambda: NOW)
        window = MainWindow(session, settings, appearance)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_it
    for window in windows:
        window.close()
