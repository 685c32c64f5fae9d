"""The composition root: Qt application, logging, language, look, diary file, profile, main window."""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from diary_app import APP_ID
from diary_app import APP_NAME
from diary_app.errors import UserError
from diary_app.system_libraries import package_of
from diary_app.ui.display_check import NO_DISPLAY_MESSAGE
from diary_app.ui.display_check import X11_LIBRARY_MESSAGE
from diary_app.ui.display_check import display_unavailable
from diary_app.ui.display_check import x11_plugin_problem

if TYPE_CHECKING:  # imported where used: the window comes up before sqlite-utils and the pages load
    from diary_app.single_instance import InstanceGuard
    from diary_app.storage import DiaryStore
    from diary_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_WHEN_IDLE_ENV = "SYMPTOM_DIARY_EXIT_WHEN_IDLE"  # "1": quit once the window is shown and idle
# The daily backup waits until the window has been painted and the user can start typing.
DAILY_BACKUP_DELAY_MS = 1500
# The single-instance server starts after the first paint, or after this long if none came.
LISTEN_AT_LATEST_MS = 1000

# The window's Qt-free modules, imported before PySide6: PySide6's import hook reads the source of
# every module imported after it (inspect.getsource, looking for "PySide6" for its __feature__
# option), ~150 modules and ~20 ms at start-up; what is loaded before it is never read.
WINDOW_QT_FREE_MODULES = (
    "logging.handlers",
    "signal",
    "socket",
    "html",
    "diary_app.paths",
    "diary_app.resource_paths",
    "diary_app.domain",
    "diary_app.domain.messages",
    "diary_app.domain.places",
    "diary_app.storage",
    "diary_app.storage.health",
    "diary_app.storage.location",
    "diary_app.reminders",
    "diary_app.analysis.derived_warnings",
    "diary_app.analysis.warning_sentences",
    "diary_app.analysis.warning_signs",
    "diary_app.charts.body_shapes",
    "diary_app.charts.palette",
)


def create_application():
    """The QApplication with the program's names (the data folder depends on them)."""
    from PySide6.QtWidgets import QApplication

    from diary_app.paths import APP_FOLDER_NAME

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_FOLDER_NAME])
    app.setOrganizationName("")  # as paths.data_dir() expects: the GUI and the CLI share one folder
    app.setOrganizationDomain("symptomdiary.org")
    app.setApplicationName(APP_FOLDER_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def configure_application(app, settings, language: str):
    """Translators, locale, direction, bundled font, text size, contrast and icon.

    Returns (appearance, translators); keep the translators referenced while the program runs.
    """
    from diary_app.ui.main_appearance import Appearance
    from diary_app.ui.main_appearance import install_language
    from diary_app.ui.main_appearance import register_bundled_fonts

    translators = install_language(app, language, settings.arabic_digits)
    appearance = Appearance(app, language, register_bundled_fonts())
    appearance.apply(settings.text_scale, settings.high_contrast)
    icon_files = window_icon_files()
    if icon_files:
        from PySide6.QtGui import QIcon

        icon = QIcon()
        for path in icon_files:  # every size, so Qt picks a sharp one for the title bar and the task bar
            icon.addFile(str(path), icon_size(path))
        app.setWindowIcon(icon)
    return appearance, translators


def icon_size(path: Path):
    """The size an icon theme's folder gives a PNG (hicolor/48x48/apps/...), so that Qt reads only
    the sizes it draws (each PNG read and decoded at start-up cost ~2 ms); an empty QSize (Qt reads
    the file to know) for any other file."""
    from PySide6.QtCore import QSize

    width, x, height = path.parent.parent.name.partition("x")
    if path.suffix.lower() == ".png" and x and width.isdigit() and height.isdigit():
        return QSize(int(width), int(height))
    return QSize()


def window_icon_files() -> list[Path]:
    """The program's icon from resources/icons/ (its PNG sizes, else the SVG); empty when missing."""
    from diary_app.resource_paths import resource

    try:
        folder = resource("icons")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    found = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".svg", ".png"))
    preferred = [p for p in found if p.stem == APP_ID] or found
    return [p for p in preferred if p.suffix.lower() == ".png"] or preferred


@dataclass
class OpenedDiary:
    """The diary the window works on: its file, the opened store and the single-instance guard."""

    path: Path
    store: DiaryStore
    guard: InstanceGuard  # release() at exit

    def close(self) -> None:
        self.store.close()
        self.guard.release()


def open_diary(path: Path, settings, numbers=None) -> OpenedDiary | None:
    """Lock and check the diary (see prepare_diary), then open it; when the file cannot be opened
    the user may pick another. None: quit (another window came forward, or the user chose to)."""
    from diary_app.domain.messages import NumberFormat
    from diary_app.storage import DatabaseOpenError
    from diary_app.storage import open_store
    from diary_app.ui.dialogs import ask_after_open_error
    from diary_app.ui.startup_checks import prepare_diary

    while True:
        outcome = prepare_diary(path, numbers=numbers or NumberFormat(), daily_backup=False, listen=False)
        if not outcome.proceed:
            return None
        guard = outcome.guard
        assert guard is not None, "a diary that may be opened is locked"
        try:
            return OpenedDiary(Path(path), open_store(path), guard)
        except DatabaseOpenError as error:
            guard.release()
            log.warning("cannot open %s: %s", path, error)
            chosen = ask_after_open_error(path, str(error))
            if chosen is None:
                return None
            path = chosen
            settings.diary_path = chosen


def choose_profile(store, requested: str | None, settings):
    """--profile, else the last one used, else the first; on first start ask for a name."""
    from diary_app.domain import Profile
    from diary_app.storage import UnknownProfileError
    from diary_app.ui.dialogs import ask_first_profile_name

    profiles = store.profiles()
    if requested is not None:
        try:
            return store.profile_named(requested)
        except UnknownProfileError:
            names = ", ".join(p.name for p in profiles) or "none yet"
            raise UserError(f"no profile is named {requested!r} (profiles: {names})") from None
    if profiles:
        return next((p for p in profiles if p.name == settings.last_profile), profiles[0])
    name = ask_first_profile_name()
    return None if name is None else store.add_profile(Profile(name=name))


def diary_file(args, settings) -> Path:
    if getattr(args, "db", None) is not None:
        return args.db
    from diary_app.paths import default_diary_path

    return settings.diary_path or default_diary_path()


def run_app(args) -> int:
    """Open the window and run until it closes; returns the exit status."""
    if display_unavailable():
        raise UserError(NO_DISPLAY_MESSAGE)
    gc.disable()  # until the first paint (after_first_paint): the start makes little garbage
    for name in WINDOW_QT_FREE_MODULES:
        importlib.import_module(name)
    from diary_app.ui.feature_hook import skip_loaded_modules

    skip_loaded_modules()
    missing = x11_plugin_problem()
    if missing:
        package = package_of(missing)
        named = f"{missing} (package {package})" if package else missing
        raise UserError(X11_LIBRARY_MESSAGE.format(missing=named))
    from diary_app.ui.main_signals import TerminationWatcher
    from diary_app.ui.main_signals import end_start_up

    app = create_application()
    window_holder: list[MainWindow] = []
    # From the start: a SIGTERM while the diary is locked but the window not yet running still
    # ends the program through the window's close (saving, releasing the lock), and one during a
    # start-up dialog cancels the dialog and ends the start-up.
    watcher = TerminationWatcher(lambda: window_holder[0].close() if window_holder else end_start_up(app))
    try:
        return _run_app(app, args, window_holder)
    finally:
        watcher.restore()
        gc.enable()  # a start that ended before its first paint


def _run_app(app, args, window_holder) -> int:
    from diary_app.i18n import resolve_language
    from diary_app.paths import log_dir
    from diary_app.settings import AppSettings
    from diary_app.settings import default_qsettings
    from diary_app.ui.main_errors import install_excepthook
    from diary_app.ui.main_errors import route_qt_messages
    from diary_app.ui.main_errors import setup_logging

    log_path = setup_logging(log_dir())
    route_qt_messages()
    settings = AppSettings(default_qsettings())
    language = resolve_language(settings.language)
    appearance, translators = configure_application(app, settings, language)
    install_excepthook(log_path, lambda: window_holder[0] if window_holder else None)
    from diary_app.ui.date_edit import window_numbers

    numbers = window_numbers(language, settings.uses_arabic_digits(language))
    _forget_module_sources()
    diary = open_diary(diary_file(args, settings), settings, numbers)
    if diary is None:
        return 0
    from diary_app.ui.main_signals import terminating

    if terminating(app):
        diary.close()
        return 0
    try:
        status, restart = _run_window(app, diary, args, settings, appearance, log_path, window_holder)
    finally:
        diary.close()  # the lock goes before a restart, or the new program would find it held
        del translators
    if restart:
        _start_again()
    return status


def _forget_module_sources() -> None:
    """PySide6 reads the source of every module imported after it (looking for "PySide6", to switch
    its __feature__ options) and linecache keeps it all: 3.4 MB at start-up. The cache only serves
    tracebacks, which read the files again when needed; dropping it lowers peak memory by ~3 MB."""
    import linecache

    linecache.clearcache()


def _run_window(
    app, diary: OpenedDiary, args, settings, appearance, log_path, window_holder
) -> tuple[int, bool]:
    """Runs the window until it closes; returns the exit status and whether to start again."""
    from PySide6.QtCore import QTimer

    from diary_app.ui.main_signals import terminating
    from diary_app.ui.main_window import MainWindow
    from diary_app.ui.session import DiarySession

    _forget_module_sources()

    profile = choose_profile(diary.store, getattr(args, "profile", None), settings)
    if profile is None or terminating(app):
        return 0, False
    session = DiarySession(diary.store, profile.id, settings)
    window = MainWindow(session, settings, appearance, str(log_path))
    window_holder.append(window)
    diary.guard.activateRequested.connect(window.bring_to_front)  # a second start of the program
    after_first_paint(window, diary.guard)
    restart = []
    window.restartRequested.connect(lambda: restart.append(True))
    window.restore_state()
    window.show()
    window.start_reminders()
    backup_timer = _daily_backup_timer(diary.path)
    if os.environ.get(EXIT_WHEN_IDLE_ENV) == "1":  # benchmarks/run.py times start-up until shown and idle
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    if backup_timer.isActive():  # closed before the backup's turn came: make it now
        backup_timer.stop()
        _daily_backup(diary.path)
    return status, bool(restart)


def after_first_paint(window, guard) -> None:
    """Once the window has painted, or LISTEN_AT_LATEST_MS after the start if no paint came (a
    window started minimized): the garbage collector back on, and the guard answering second starts
    (QtNetwork is loaded then, not before the window shows).

    The collector was off since the start began (run_app): the start makes ~150,000 objects that
    live as long as the program (modules, classes, Qt's enum classes) and little garbage, and its
    collections took 12-15 ms. What was made is frozen out of the collector's sight (gc.freeze), so
    the next full collection does not scan it all either."""
    from PySide6.QtCore import QTimer

    done: list[bool] = []

    def started() -> None:
        if not done:  # once: later, a worker may have paused the collector (worker_gc)
            done.append(True)
            gc.freeze()
            gc.enable()
            guard.listen()

    window.firstPainted.connect(started)
    QTimer.singleShot(LISTEN_AT_LATEST_MS, guard, started)


def _daily_backup_timer(path: Path):
    """The day's backup, a moment after the window is shown: on a ten-year diary it takes ~60 ms
    (copy, fsync, verify), which the first paint need not wait for."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: _daily_backup(path))
    timer.start(DAILY_BACKUP_DELAY_MS)
    return timer


def _daily_backup(path: Path) -> None:
    from diary_app.ui.startup_checks import make_daily_backup

    make_daily_backup(path)


def _start_again() -> None:
    """A fresh copy of the program with the same command line (after a language change)."""
    from PySide6.QtCore import QProcess

    arguments = list(getattr(sys, "orig_argv", sys.argv)[1:])
    if not QProcess.startDetached(sys.executable, arguments):
        log.error("could not restart %s %s", sys.executable, arguments)
