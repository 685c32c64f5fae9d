"""SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal) close the window properly, saving the entry."""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject
from PySide6.QtCore import QSocketNotifier

log = logging.getLogger(__name__)

CLOSING_SIGNALS = (signal.SIGTERM, signal.SIGINT)
TERMINATING = "symptomDiaryTerminating"  # a QApplication property: stop starting up


def end_start_up(app) -> None:
    """A closing signal before the window exists: every start-up dialog (damage, first profile,
    another file) is cancelled and the start-up stops, instead of waiting for a click."""
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QDialog

    app.setProperty(TERMINATING, True)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    app.quit()


def terminating(app) -> bool:
    return bool(app.property(TERMINATING))


class TerminationWatcher(QObject):
    """Python notes the signal on a socket; Qt's event loop sees the socket and closes the window.

    (A plain Python signal handler would only run once Qt's loop hands control back to Python.)
    """

    def __init__(self, close, parent: QObject | None = None):
        """`close`: what a closing signal does (close the window); installed from the start, so a
        signal that comes while the program starts is handled once the event loop runs."""
        super().__init__(parent)
        self.close = close
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._reader.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, lambda *_: None) for number in CLOSING_SIGNALS}
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        log.info("closing on signal %s", ", ".join(str(number) for number in received))
        self.close()

    def restore(self) -> None:
        """Give the signals back to their previous handlers (after the window has closed)."""
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
