"""A guard for PySide6 6.12 on CPython 3.11, whose bindings drop a reference to None on every void call.

Each call of a C++ method returning void (widget.update(), painter.drawText(), …) returns None
without taking a reference to it. CPython 3.12+ makes None immortal, so nothing happens there; on
3.11 the count of None sinks by one per call until the interpreter aborts with "none_dealloc:
deallocating None" — after a few dozen repaints of a page that paints in Python. The guard measures
the bug once and, only when it is present, lifts None's reference count far out of reach.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # more void calls than a program can make in years


def void_calls_drop_none() -> bool:
    """True when a void PySide6 method call lowers the reference count of None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 4


def protect_none() -> bool:
    """Apply the guard when the bug is present; returns whether it was applied."""
    if sys.version_info >= (3, 12) or not void_calls_drop_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
