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
import importlib.abc
import importlib.util
import sys
import threading

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)
_LOADING = threading.Lock()


class _HiddenFromOneThread(importlib.abc.MetaPathFinder):
    """`names` cannot be imported by one thread (the one loading sqlite_utils); any other thread, such
    as the page preparer's importing the charts, imports them as usual meanwhile."""

    def __init__(self, names: list[str], thread: int):
        self.names, self.thread = names, thread

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:  # noqa: ARG002
        if fullname in self.names and threading.get_ident() == self.thread:
            raise ImportError(f"{fullname} is not loaded for sqlite_utils")
        return None


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
    hidden = _HiddenFromOneThread([name for name in HIDDEN if name not in sys.modules], threading.get_ident())
    sys.meta_path.insert(0, hidden)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        sys.meta_path.remove(hidden)
