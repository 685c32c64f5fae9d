"""One place for things that go wrong: a rotating log file, Qt's messages, unexpected exceptions."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QtMsgType
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.domain.messages import path_text
from diary_app.ui import dialogs

LOG_FILE_NAME = "symptom-diary.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

log = logging.getLogger("diary_app")


def setup_logging(folder: Path) -> Path:
    """Log INFO and above to a rotating file in `folder`; returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def route_qt_messages() -> None:
    """Qt's own warnings and errors go into Python logging (logger 'qt')."""
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context, message: str) -> None:
        category = getattr(context, "category", None) or "default"
        qt_log.log(QT_LEVELS.get(kind, logging.WARNING), "[%s] %s", category, message)

    qInstallMessageHandler(handler)


def unexpected_error_text(log_path: Path) -> tuple[str, str]:
    """The dialog's short explanation and its details."""
    translate = QCoreApplication.translate  # the name pyside6-lupdate reads (context first)
    title = translate("ErrorDialog", "Something went wrong")
    text = translate(
        "ErrorDialog",
        "Something unexpected went wrong. Your saved entries are safe; the last change may not "
        "have been saved. The details were written to the log file:\n%1",
    )
    return title, fill_placeholders(text, [path_text(log_path)], isolate=False)


def install_excepthook(log_path: Path, parent: Callable[[], QWidget | None]) -> None:
    """Unexpected exceptions are logged with their traceback and shown; the program keeps running."""
    showing: list[bool] = []

    def hook(kind, error, trace) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if showing or QApplication.instance() is None:
            return
        showing.append(True)
        try:
            title, text = unexpected_error_text(log_path)
            box = dialogs.message_box(parent(), QMessageBox.Icon.Critical, title, text)
            box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
            box.exec()
        finally:
            showing.clear()

    sys.excepthook = hook
