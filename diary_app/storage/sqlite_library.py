"""sqlite_utils loaded without numpy or pandas, and with dateutil's parser loaded only when first used.

The diary never stores numpy or pandas values, which sqlite_utils imports only to store them: numpy
alone adds about 14 MB and 70 ms to the window's start-up; the charts still import numpy when they are
first drawn. sqlite_utils imports dateutil's parser (with its time zones, ~16 ms) for its `convert`
recipes, which the diary never calls; the parser module is made lazy (importlib.util.LazyLoader),
so it is really loaded the first time anything uses it. OpenSSL's hash library is deliberately not
hidden: that would switch hashlib to other implementations for the whole program to save 3.4 MB, a
global side effect we do not want.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)


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
    if "sqlite_utils" in sys.modules:
        return
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


load_sqlite_utils()
