"""sqlite_utils loaded without numpy or pandas, which it imports only to store their values.

The diary never stores numpy or pandas values, and numpy alone adds about 14 MB and 70 ms to the
window's start-up; the charts still import numpy when they are first drawn.
"""

from __future__ import annotations

import sys

SKIPPED = ("numpy", "pandas")


def load_sqlite_utils() -> None:
    """Import sqlite_utils with numpy and pandas hidden (unless one is loaded already)."""
    if "sqlite_utils" in sys.modules or any(name in sys.modules for name in SKIPPED):
        return
    for name in SKIPPED:
        sys.modules[name] = None  # an import of a module set to None raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in SKIPPED:
            del sys.modules[name]


load_sqlite_utils()
