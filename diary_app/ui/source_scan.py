"""PySide6 is told up front that the chart and PDF libraries never use it, so it does not read their source.

Once imported, PySide6 replaces `__import__` and, for every module imported afterwards, reads the
module's whole source (`inspect.getsource`, kept in `linecache`) to see whether it mentions
"PySide6": only such modules can switch on its optional `from __feature__ import snake_case`.
matplotlib, numpy and the standard modules they bring are about 350 modules, ~60 ms of reading on the
Charts page's first opening. A module already in PySide6's table (`pyside_feature_dict`) is not read
again, so the standard library's modules already loaded, and a finder ahead of the others those of
these libraries as they are imported, are entered as "does not use PySide" (-1, what the scan would
find). Nothing of this program uses `__feature__`; a PySide6 without that table is left alone.
"""

from __future__ import annotations

import importlib.abc
import sys
import threading
from collections.abc import MutableMapping

QT_FREE = frozenset(
    {
        "numpy",
        "matplotlib",
        "mpl_toolkits",
        "PIL",
        "kiwisolver",
        "cycler",
        "pyparsing",
        "dateutil",
        "contourpy",
        "fontTools",
        "packaging",
        "reportlab",
        "sqlite_utils",
        "click",
        "pluggy",
        "sqlite_fts4",
        "tabulate",
    }
) | frozenset(sys.stdlib_module_names)
IGNORED = -1  # PySide6's mark for a module that does not use it
_INSTALLING = threading.Lock()


class _MarkQtFree(importlib.abc.MetaPathFinder):
    """Finds nothing itself: enters each module of QT_FREE in PySide6's table before it is loaded."""

    def __init__(self, table: MutableMapping[str, int]):
        self.table = table

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:  # noqa: ARG002
        if qt_free(fullname):
            self.table.setdefault(fullname, IGNORED)
        return None


def qt_free(name: str) -> bool:
    return name.partition(".")[0] in QT_FREE and "qt" not in name.lower()  # matplotlib's Qt backends use it


def skip_source_scan_of_qt_free_libraries() -> None:
    """Installs the finder once per process (either thread may call it first)."""
    feature = sys.modules.get("PySide6.support.feature")  # loaded with PySide6 (not in its stubs)
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, MutableMapping):
        return
    with _INSTALLING:
        if not any(isinstance(finder, _MarkQtFree) for finder in sys.meta_path):
            for name in [name for name in sys.modules if qt_free(name)]:
                table.setdefault(name, IGNORED)
            sys.meta_path.insert(0, _MarkQtFree(table))
