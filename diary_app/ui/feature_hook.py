"""PySide6's `__feature__` import hook told in advance which modules cannot use PySide6's features."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import MutableMapping

# The hook's verdicts: a module whose source mentions PySide6 gets "no feature selected" (0),
# any other "ignore this module" (-1).
NO_FEATURE = 0
IGNORED = -1
# Libraries the program uses that never import PySide6 (matplotlib's Qt backends excepted, by name).
QT_FREE_LIBRARIES = frozenset(
    {
        "PIL",
        "bidi",
        "click",
        "click_default_group",
        "contourpy",
        "cycler",
        "dateutil",
        "fontTools",
        "kiwisolver",
        "matplotlib",
        "mpl_toolkits",
        "numpy",
        "packaging",
        "pluggy",
        "pyparsing",
        "reportlab",
        "sqlite_fts4",
        "sqlite_utils",
        "tabulate",
        "uharfbuzz",
    }
)
OWN_PACKAGE = "diary_app"


def skip_loaded_modules() -> int:
    """Enter every module loaded so far into PySide6's table of modules and their __feature__
    selection, as the hook enters a module that does not use PySide6, and install a finder that
    enters the modules loaded later whose verdict is known; returns how many were entered now.

    PySide6 replaces `builtins.__import__`; at the first import of each module name after PySide6
    it reads that module's whole source (`inspect.getsource`) looking for "PySide6", to know where
    its __feature__ switches (snake_case, true_property) may apply: ~45 modules at start-up and ~350
    (matplotlib, numpy and the standard modules they bring, ~60 ms) when the Charts page is first
    opened. A module loaded before PySide6 cannot have selected a feature, and this program selects
    none (a test checks), so no verdict can change what PySide6 does. When PySide6's internals differ
    from what this expects, nothing is changed and 0 is returned.
    """
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    known = _hook_table()
    if known is None:
        return 0
    loaded = [name for name in list(sys.modules) if name not in known]
    for name in loaded:
        known[name] = IGNORED
    if not any(isinstance(finder, KnownVerdicts) for finder in sys.meta_path):
        sys.meta_path.insert(0, KnownVerdicts(known))
    return len(loaded)


def _hook_table() -> MutableMapping[str, int] | None:
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict) or not all(isinstance(v, int) for v in known.values()):
        return None
    if known.get("PySide6") != NO_FEATURE or not callable(getattr(feature, "feature_imported", None)):
        return None
    return known


def known_verdict(name: str) -> int | None:
    """The hook's verdict on module `name` when it is known without its source, else None."""
    top = name.partition(".")[0]
    if top == OWN_PACKAGE:
        return NO_FEATURE  # selects no feature: the verdict of a module that uses PySide6 plainly
    if top in sys.stdlib_module_names or (top in QT_FREE_LIBRARIES and "qt" not in name.lower()):
        return IGNORED
    return None


class KnownVerdicts(importlib.abc.MetaPathFinder):
    """Finds nothing itself: enters a module's known verdict in the hook's table before it loads."""

    def __init__(self, table: MutableMapping[str, int]):
        self.table = table

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:  # noqa: ARG002
        verdict = known_verdict(fullname)
        if verdict is not None:
            self.table.setdefault(fullname, verdict)
        return None
