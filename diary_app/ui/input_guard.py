"""One filter on every widget of the window: the wheel scrolls the page; Tab leaves tables and date fields."""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QChildEvent
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractScrollArea
from PySide6.QtWidgets import QAbstractSlider
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QScrollBar
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
ALT_OR_CTRL = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
# Widgets that are no value input and hold none: the guard has nothing to do for them, and each
# event Qt hands a Python filter costs (about 850 of the 1,350 events before the first paint).
LEAVES = (QAbstractButton, QLabel, QLineEdit, QScrollBar)


def is_value_input(widget: QObject) -> TypeGuard[QWidget]:
    """A control whose value the mouse wheel would change (scroll bars are for scrolling)."""
    return isinstance(widget, (QAbstractSpinBox, QComboBox, QAbstractSlider)) and not isinstance(
        widget, QScrollBar
    )


class InputGuard(QObject):
    """Installed on the main window and every widget in it that is or may hold an input, dialogs
    included (see install_input_guard; buttons, labels, line edits and scroll bars are left out).

    - A value input without the keyboard focus never sees the wheel: it goes to the enclosing
      scroll area instead (sent there, as Qt does not pass synthesized wheel events on to parents),
      and the wheel never gives it the focus (StrongFocus instead of WheelFocus).
    - Tables keep the arrows for moving inside; Tab and Shift+Tab leave them.
    - A date or time field is one Tab stop: Tab leaves it instead of walking its day, month and year.

    Not on the application: a Python filter there is handed Qt's private objects too (the text
    edits' QWidgetTextControl, each window's QWidgetWindow), and PySide6 then creates the Python
    class of every Qt class loaded to find theirs: about 50 ms of the start-up. Widgets are cheap.
    Dialogs are guarded through their parent; the program opens none without one.
    """

    def watch(self, root: QWidget) -> None:
        """Filter `root` and every widget in it but LEAVES; a widget polished later is announced to
        its parent."""
        for widget in (root, *root.findChildren(QWidget)):
            if not isinstance(widget, LEAVES):
                widget.installEventFilter(self)  # a second install only moves it to the front
                self._polish(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(watched, event)
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self.watch(child)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QDateTimeEdit):
            return self._leave_date_edit(watched, event)
        return False

    @staticmethod
    def _wheel(watched: QObject, event: QWheelEvent) -> bool:
        if not is_value_input(watched) or watched.hasFocus():
            return False
        area = enclosing_scroll_area(watched)
        if area is not None:
            viewport = area.viewport()
            at = viewport.mapFromGlobal(event.globalPosition())
            QApplication.sendEvent(
                viewport,
                QWheelEvent(
                    at,
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                ),
            )
        return True  # the input itself never sees it

    @staticmethod
    def _polish(watched: QObject) -> None:
        if is_value_input(watched) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif isinstance(watched, QTableView):
            watched.setTabKeyNavigation(False)

    @staticmethod
    def _leave_date_edit(edit: QDateTimeEdit, event) -> bool:
        if event.key() not in TAB_KEYS or event.modifiers() & ALT_OR_CTRL:
            return False
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        QWidget.focusNextPrevChild(edit, forward)  # QWidget's, not the field's own section walk
        return True


def enclosing_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install_input_guard(window: QWidget) -> InputGuard:
    """Install the guard on `window` and, as they are polished, on its widgets and dialogs."""
    guard = InputGuard(window)
    guard.watch(window)
    return guard
