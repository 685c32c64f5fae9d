"""sqlite_utils loaded at the first write, without numpy or pandas, and with a lazy dateutil parser.

The window's start-up reads with sqlite3 alone (DiaryStore.select_rows); sqlite_utils and what it
brings (click, pluggy, secrets and OpenSSL's hashes: ~50 ms and 4.6 MB) load at the first write, or
on the page preparer's worker after the first paint, whichever comes first. The diary never stores
numpy or pandas values, which sqlite_utils imports only to store them: numpy alone adds about 14 MB
and 70 ms; the charts still import numpy when they are first drawn. sqlite_utils imports dateutil's
parser (with its time zones, ~16 ms) for its `convert` recipes, which the diary never calls; the
parser module is made lazy (importlib.util.LazyLoader), so it is really loaded the first time
anything uses it. OpenSSL's hash library is deliberately not hidden: that would switch hashlib to
other implementations for the whole program to save 3.4 MB, a global side effect we do not want.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)
# numpy is hidden from every thread while sqlite_utils imports: the page preparer's worker loads
# sqlite_utils (under this lock) before it imports the charts, so the two never overlap.
_LOADING = threading.Lock()


def _import_lazily(name: str) -> None:
    """Put a module in sys.modules that runs its code on the first attribute read."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def load_sqlite_utils() -> None:
    """Import sqlite_utils with those of HIDDEN not loaded yet hidden from it and LAZY made lazy."""
    with _LOADING:
        if "sqlite_utils" not in sys.modules:
            _load()


def _load() -> None:
    for name in LAZY:
        if name not in sys.modules:
            _import_lazily(name)
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of a module set to None raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]
