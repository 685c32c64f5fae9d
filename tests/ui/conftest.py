"""Fixtures for the window tests: a diary with a profile, a session on a fixed clock, temporary settings."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.settings import AppSettings

# The offscreen platform cannot pass size hints to a window system and says so; harmless here.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in item.nodeid or "tests/cli/test_screenshot" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def background_work_finished():
    """After each test its windows' background work (page preparer, chart drawing) is finished and
    garbage collection switched back on from the GUI thread: the program has one window for its whole
    run, the tests make hundreds, and a test must not find the one before still drawing or importing.
    (A gc.collect() here as well cost a minute of the suite; worker_gc already keeps collections off
    the workers.)"""
    yield
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        for pool in widget.findChildren(QThreadPool):
            pool.waitForDone()
    app.processEvents()  # the workers' results, and garbage collection switched back on (worker_gc)


FIXED_NOW = datetime(2026, 11, 25, 20, 30, tzinfo=timezone(timedelta(hours=1)))
TODAY = FIXED_NOW.date()


def fixed_clock() -> datetime:
    return FIXED_NOW


def day_entry(
    day: date, left: int = 0, right: int = 0, notes: str = "", symptoms=None, **changes
) -> DayEntry:
    """A day with tingling `left`/`right` (or the given symptoms) and whatever else is given."""
    symptoms = symptoms or {"tingling": SideScores(left, right)}
    return DayEntry(day=day, symptoms=symptoms, notes=notes, **changes)


@pytest.fixture
def profile(store):
    return store.add_profile(Profile(name="Ana"))


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def app_settings(qapp, settings_file):
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def session(qapp, store, profile, app_settings):
    from diary_app.ui.session import DiarySession

    made = DiarySession(store, profile.id, app_settings, clock=fixed_clock)
    yield made
    made.undo_stack.clear()


@pytest.fixture
def main_window(qtbot, session, app_settings):
    from diary_app.ui.main_window import MainWindow

    window = MainWindow(session, app_settings)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()  # before the store closes (closing saves the entry and the window state)


def shown_treatment_page(qtbot, session, tab: int = 0, size: tuple[int, int] | None = None):
    """The Treatment page shown on screen with sub-tab `tab` (0 doses, 1 regimens, 2 labs)."""
    from diary_app.ui.treatment_page import TreatmentPage

    made = TreatmentPage(session)
    qtbot.addWidget(made)
    if size is not None:
        made.resize(*size)
    made.show()
    qtbot.waitExposed(made)
    if tab:
        made.tabs.setCurrentIndex(tab)
    return made


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    """Run the test in English and in Arabic (translator, locale and right-to-left layout)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from diary_app.i18n import load_app_translator
    from diary_app.i18n import load_qt_translator

    if request.param == "en":
        yield "en"
        return
    saved_locale = QLocale()
    translators = [load_app_translator("ar"), load_qt_translator("ar")]  # as the program installs them
    for translator in translators:
        if translator is not None:
            QApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield "ar"
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(saved_locale)
        for translator in translators:
            if translator is not None:
                QApplication.removeTranslator(translator)
