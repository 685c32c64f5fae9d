"""sqlite_utils loaded without numpy or pandas, which it imports only to store their values.

The diary never stores numpy or pandas values, and numpy alone adds about 14 MB and 70 ms to the
window's start-up; the charts still import numpy when they are first drawn. OpenSSL's hash library
is deliberately not hidden: that would switch hashlib to other implementations for the whole
program to save 3.4 MB, a global side effect we do not want.
"""

from __future__ import annotations

import sys

HIDDEN = ("numpy", "pandas")


def load_sqlite_utils() -> None:
    """Import sqlite_utils with those of HIDDEN not loaded yet hidden from it."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of a module set to None raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


load_sqlite_utils()
