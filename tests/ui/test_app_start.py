"""Starting the program: no display, a light start, language and direction, logs, errors, diary, profile."""

import contextlib
import gc
import json
import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from diary_app import app
from diary_app.domain import Profile
from diary_app.errors import UserError
from diary_app.single_instance import diary_in_use
from diary_app.storage import open_store
from diary_app.storage.backup import list_backups
from diary_app.ui import main_errors
from diary_app.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]

START_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QLocale, QTimer, qWarning
    from PySide6.QtGui import QGuiApplication
    from diary_app import app, cli
    from diary_app.single_instance import diary_in_use
    from diary_app.storage.backup import list_backups

    report = {}

    def look():
        window = app_widget()
        heavy = ("matplotlib", "reportlab", "sqlite_utils", "PySide6.QtNetwork")
        report["heavy"] = sorted(m for m in heavy if m in sys.modules)
        report["rtl"] = QGuiApplication.isRightToLeft()
        report["locale"] = QLocale().name()
        report["page"] = window.current_page_name()
        report["title"] = window.windowTitle()
        report["backups_when_shown"] = [b.reason for b in list_backups(Path(sys.argv[-1]))]
        report["locked_when_shown"] = diary_in_use(Path(sys.argv[-1]))
        qWarning("probe from Qt")
        window.close()

    def app_widget():
        from PySide6.QtWidgets import QApplication
        return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")

    qt_app = app.create_application()
    QTimer.singleShot(0, look)
    status = cli.main(sys.argv[1:])
    report["status"] = status
    print(json.dumps(report))
""")


def run_program(args, env, script=None, timeout=60):
    command = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "diary_app", *args]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, True),
    ],
)
def test_display_detection(environ, expected):
    assert app.display_unavailable(environ, "linux") is expected


def test_display_detection_trusts_windows_and_macos():
    assert not app.display_unavailable({}, "win32")
    assert not app.display_unavailable({}, "darwin")


@pytest.mark.slow
def test_no_display_gives_one_line_and_status_2(tmp_path):
    result = run_program(["--db", str(tmp_path / "d.sqlite3")], clean_env())
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("symptom-diary: no display") and "symptom-diary --help" in lines[0]
    assert "screenshot" in lines[0] and result.stdout == ""
    assert not (tmp_path / "d.sqlite3").exists()


def write_settings(config_home: Path, **values):
    settings = QSettings(str(config_home / "symptom-diary" / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ar"])
def test_start_is_light_and_follows_the_language(tmp_path, store, db_path, language, private_data_dir):
    store.add_profile(Profile(name="Ana"))
    write_settings(tmp_path / "config", language=language)
    result = run_program(["--db", str(db_path)], clean_env(QT_QPA_PLATFORM="offscreen"), START_SCRIPT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy"] == []
    assert report["page"] == "entry" and "Ana" in report["title"] and report["status"] == 0
    assert report["rtl"] is (language == "ar")
    assert report["locale"].startswith(language)
    assert report["locked_when_shown"] and not diary_in_use(db_path)  # held while open, released at exit
    # The daily backup waits until after the first paint; closed that quickly, it is made at exit.
    assert report["backups_when_shown"] == [] and [b.reason for b in list_backups(db_path)] == ["daily"]
    log_text = (private_data_dir / "logs" / main_errors.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "probe from Qt" in log_text  # Qt's messages go into the log file


@pytest.fixture
def restore_logging_and_hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_unexpected_errors_are_logged_and_shown(qapp, tmp_path, monkeypatch, restore_logging_and_hook):
    log_path = main_errors.setup_logging(tmp_path / "logs")
    main_errors.install_excepthook(log_path, lambda: None)
    shown = []
    monkeypatch.setattr(main_errors.QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert str(log_path) in shown[0] and "Your saved entries are safe" in shown[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in logged and "Traceback" in logged


def newer_diary(path: Path) -> Path:
    """A sound diary written by a newer version of the program (it cannot be opened, only kept)."""
    open_store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 999")
        conn.commit()
    return path


def test_a_diary_that_cannot_be_opened_offers_another_file(qapp, tmp_path, app_settings, monkeypatch):
    newer = newer_diary(tmp_path / "newer.sqlite3")
    before = newer.read_bytes()
    other = tmp_path / "other.sqlite3"
    reasons = []
    monkeypatch.setattr(
        "diary_app.ui.dialogs.ask_after_open_error",
        lambda path, reason, parent=None: reasons.append((path, reason)) or other,
    )
    opened = app.open_diary(newer, app_settings)
    try:
        assert reasons[0][0] == newer and "newer version" in reasons[0][1]
        assert opened.path == other and opened.store.profiles() == [] and other.exists()
        assert app_settings.diary_path == other
        assert diary_in_use(other) and not diary_in_use(newer)  # the lock moved with the choice
        assert newer.read_bytes() == before
    finally:
        opened.close()
    assert not diary_in_use(other)


def test_quitting_from_the_open_error_returns_none(qapp, tmp_path, app_settings, monkeypatch):
    newer = newer_diary(tmp_path / "newer.sqlite3")
    monkeypatch.setattr("diary_app.ui.dialogs.ask_after_open_error", lambda *args, **kwargs: None)
    assert app.open_diary(newer, app_settings) is None
    assert not diary_in_use(newer)


def test_a_damaged_diary_is_kept_aside_before_opening(qapp, tmp_path, app_settings, monkeypatch):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    told = []
    monkeypatch.setattr(
        "diary_app.ui.startup_checks.handle_damage",
        lambda notice, path, parent=None, numbers=None: told.append(notice) or True,
    )
    opened = app.open_diary(damaged, app_settings)
    try:
        assert told and told[0].offered is None  # no backup to offer: an empty diary was chosen
        assert opened.path == damaged and opened.store.profiles() == []
        kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
        assert [p.read_bytes() for p in kept] == [b"this is not a database" * 100]
    finally:
        opened.close()


# The offscreen platform has no window stack to raise a window in, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_a_second_start_brings_the_first_window_forward(qapp, qtbot, tmp_path, app_settings, session):
    path = tmp_path / "shared.sqlite3"
    first = app.open_diary(path, app_settings)
    try:
        window = MainWindow(session, app_settings)
        qtbot.addWidget(window)
        first.guard.activateRequested.connect(window.bring_to_front)
        window.showMinimized()
        assert not first.guard.listening  # the window listens after its first paint
        assert first.guard.listen()
        with qtbot.waitSignal(first.guard.activateRequested):
            assert app.open_diary(path, app_settings) is None  # the second start only asks
        assert not window.isMinimized() and window.isVisible()
    finally:
        first.close()


def test_once_painted_the_window_answers_second_starts_and_collects_garbage(
    qapp, qtbot, tmp_path, app_settings, session
):
    """run_app switches the collector off for the start; the first paint switches it back on."""
    opened = app.open_diary(tmp_path / "shared.sqlite3", app_settings)
    gc.disable()
    try:
        window = MainWindow(session, app_settings)
        qtbot.addWidget(window)
        app.after_first_paint(window, opened.guard)
        assert not opened.guard.listening and not gc.isenabled()
        window.show()
        qtbot.waitUntil(lambda: opened.guard.listening)
        qtbot.waitUntil(gc.isenabled)  # (a worker of the preparer may pause it meanwhile: worker_gc)
    finally:
        gc.enable()
        opened.close()


def test_profile_choice(qapp, store, app_settings, monkeypatch):
    monkeypatch.setattr("diary_app.ui.dialogs.ask_first_profile_name", lambda parent=None: "Me")
    first = app.choose_profile(store, None, app_settings)
    assert first.name == "Me" and store.profiles() == [first]
    store.add_profile(Profile(name="Omar"))
    assert app.choose_profile(store, None, app_settings).name == "Me"
    app_settings.last_profile = "Omar"
    assert app.choose_profile(store, None, app_settings).name == "Omar"
    assert app.choose_profile(store, "Me", app_settings).name == "Me"
    with pytest.raises(UserError, match="no profile is named 'Zed'"):
        app.choose_profile(store, "Zed", app_settings)


def test_closing_the_first_start_dialog_quits(qapp, store, app_settings, monkeypatch):
    monkeypatch.setattr("diary_app.ui.dialogs.ask_first_profile_name", lambda parent=None: None)
    assert app.choose_profile(store, None, app_settings) is None
    assert store.profiles() == []


def test_a_broken_x11_plugin_is_reported_instead_of_aborting(tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    problem = app.x11_plugin_problem({"DISPLAY": ":0"}, "linux", broken)
    assert problem and str(broken) in problem
    message = app.X11_LIBRARY_MESSAGE.format(missing=problem)
    assert "\n" not in message and "symptom-diary --help" in message


def test_x11_check_only_when_x11_is_used(tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    assert app.x11_plugin_problem({"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, "linux", broken) is None
    assert app.x11_plugin_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", broken) is None
    assert app.x11_plugin_problem({"DISPLAY": ":0"}, "win32", broken) is None
    assert app.x11_plugin_problem({"DISPLAY": ":0"}, "linux", tmp_path / "absent.so") is None


def test_a_loadable_x11_plugin_passes():
    import PySide6

    loadable = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
    assert loadable.exists()
    assert app.x11_plugin_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", loadable) is None


SIGTERM_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from diary_app import app, cli

    def type_then_terminate():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
        QTest.keyClick(window.entry_page().form.first_field(), Qt.Key.Key_6)
        os.kill(os.getpid(), signal.SIGTERM)

    qt_app = app.create_application()
    QTimer.singleShot(0, type_then_terminate)
    sys.exit(cli.main(sys.argv[1:]))
""")


@pytest.mark.slow
def test_sigterm_closes_the_window_and_saves_the_entry(store, db_path):
    from datetime import date

    profile = store.add_profile(Profile(name="Ana"))
    result = run_program(["--db", str(db_path)], clean_env(QT_QPA_PLATFORM="offscreen"), SIGTERM_SCRIPT)
    assert result.returncode == 0, result.stderr
    saved = store.entry(profile.id, date.today())
    assert saved is not None and saved.score("tingling", "left") == 6


def test_the_modules_loaded_before_qt_do_not_load_qt():
    """app.WINDOW_QT_FREE_MODULES are imported before PySide6 so that its import hook never reads
    their source; one of them loading PySide6 would undo that (and break the core's layering)."""
    code = (
        "import importlib, sys\n"
        "from diary_app import app\n"
        "for name in app.WINDOW_QT_FREE_MODULES:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "[]"
    assert len(app.WINDOW_QT_FREE_MODULES) > 10
