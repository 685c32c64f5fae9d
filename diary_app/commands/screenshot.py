"""`screenshot`: render one page of the real window offscreen to a PNG (README pictures, checks)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from diary_app.commands.context import DATE_METAVAR
from diary_app.commands.context import chosen_profile
from diary_app.commands.context import opened_store
from diary_app.commands.context import parse_day
from diary_app.console import say
from diary_app.errors import UserError

# The same names as diary_app.settings (not imported here: the command line starts without Qt).
PAGE_NAMES = ("entry", "history", "charts", "treatment", "report")
TEXT_SCALES = (100, 125, 150)
DEFAULT_SIZE = (1100, 760)


def register(subparsers) -> None:
    parser = subparsers.add_parser("screenshot", help="save a picture of one page of the window (PNG)")
    parser.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    parser.add_argument("--page", choices=PAGE_NAMES, default="entry", help="which page (default: entry)")
    parser.add_argument("--lang", choices=("en", "ar"), default="en", help="language (default: en)")
    parser.add_argument(
        "--date",
        type=parse_day,
        metavar=DATE_METAVAR,
        help="the day shown on the entry page (default: today)",
    )
    parser.add_argument(
        "--text-size", type=int, choices=TEXT_SCALES, default=100, help="text size in percent (default: 100)"
    )
    parser.add_argument("--high-contrast", action="store_true", help="use the high-contrast colours")
    parser.add_argument(
        "--size",
        default="x".join(map(str, DEFAULT_SIZE)),
        help="window size WIDTHxHEIGHT in pixels (default: %(default)s)",
    )
    parser.set_defaults(run=run)


def window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UserError(f"--size must look like 1100x760, not {text!r}") from None
    if not (300 <= width <= 4000 and 200 <= height <= 4000):
        raise UserError(f"--size {text} is outside 300x200 … 4000x4000")
    return width, height


def require_page(name: str) -> None:
    """A clear error for a page the window does not register."""
    from diary_app.ui import page_registry

    if name not in {spec.name for spec in page_registry.PAGES}:
        raise UserError(f"the {name} page is not part of this version of the program yet")


def run(args) -> int:
    size = window_size(args.size)
    if args.out.suffix.lower() != ".png":
        raise UserError(f"--out must name a .png file, not {args.out}")
    if args.date is not None and args.page != "entry":
        raise UserError("--date is only used with --page entry")
    require_page(args.page)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    _log_to_file()
    with opened_store(args, write=False) as store, tempfile.TemporaryDirectory() as folder:
        profile_id = chosen_profile(args, store).id
        assert profile_id is not None, "a profile read from the diary has its row id"
        image = _render(args, store, profile_id, Path(folder) / "settings.ini", size)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out), "PNG"):
        raise UserError(f"could not write {args.out}")
    say(f"wrote {args.out} ({args.page} page, {args.lang}, {image.width()}x{image.height()})")
    return 0


def _log_to_file() -> None:
    """Qt's and the program's warnings go to the log file, so stderr carries only real errors."""
    from diary_app.paths import log_dir
    from diary_app.ui.main_errors import route_qt_messages
    from diary_app.ui.main_errors import setup_logging

    setup_logging(log_dir())
    route_qt_messages()


# Pages that draw in a worker thread offer one of these to block until their picture is shown.
WAIT_METHODS = ("wait_until_drawn", "wait_until_done")


def wait_for_page(page) -> None:
    for name in WAIT_METHODS:
        if hasattr(page, name):
            getattr(page, name)()


def _render(args, store, profile_id: int, settings_file: Path, size: tuple[int, int]):
    """The page as a QImage, from a window built like the real one with throwaway settings."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from diary_app.app import configure_application
    from diary_app.app import create_application
    from diary_app.settings import AppSettings
    from diary_app.ui.main_window import MainWindow
    from diary_app.ui.session import DiarySession

    app = create_application()
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.language, settings.text_scale = args.lang, args.text_size
    settings.high_contrast = args.high_contrast
    appearance, translators = configure_application(app, settings, args.lang)
    session = DiarySession(store, profile_id, settings)
    window = MainWindow(session, settings, appearance)
    window.resize(*size)
    window.show()
    if not window.show_page(args.page) or window.page(args.page) is None:
        raise UserError(f"the {args.page} page could not be shown (see the log for details)")
    if args.date is not None:
        window.entry_page().show_date(args.date)
    for _ in range(3):
        QApplication.processEvents()
    wait_for_page(window.page(args.page))
    image = window.grab().toImage()
    window.close()
    del translators
    return image
