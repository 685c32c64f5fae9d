"""Helpers for the keyboard tests: walk the Tab chain of a window as a person would."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget


def tab_walk(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it; the widgets visited, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start:
            return visited
        visited.append(current)
    return visited


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under `root` a person can reach with Tab: shown, enabled, taking Tab focus."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is root.window():
            found.append(widget)
    return found
