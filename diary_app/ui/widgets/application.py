"""The running QApplication, typed as one (QApplication.instance() is typed as a QCoreApplication)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def gui_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the window needs a QApplication, made before it")
    return app
