"""sqlite_utils loaded without numpy, pandas or OpenSSL's hash library, none of which the diary needs.

sqlite_utils imports numpy and pandas only to store their values, which the diary never does; numpy
alone adds about 14 MB and 70 ms to the window's start-up (the charts still import numpy when they
are first drawn). It also imports `secrets` and `hashlib`, which load OpenSSL's libcrypto (3.4 MB
resident) for hashing the diary only does on small data (a content fingerprint of a few hundred kB,
the lock's socket name); hidden, hashlib uses Python's built-in SHA-2 and MD5 for the whole program.
"""

from __future__ import annotations

import sys

HIDDEN = ("numpy", "pandas", "_hashlib")


def load_sqlite_utils() -> None:
    """Import sqlite_utils with those of HIDDEN not loaded yet hidden from it."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # an import of a module set to None raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


load_sqlite_utils()
