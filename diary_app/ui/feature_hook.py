"""PySide6's `__feature__` import hook told in advance about the modules loaded before PySide6."""

from __future__ import annotations

import sys

# The hook's verdict on a module whose source does not mention PySide6: "ignore this module".
IGNORED = -1


def skip_loaded_modules() -> int:
    """Enter every module loaded so far into PySide6's table of modules and their __feature__
    selection, as the hook enters a module that does not use PySide6; returns how many.

    PySide6 replaces `builtins.__import__`; at the first import of each module name after PySide6
    it reads that module's whole source (`inspect.getsource`) looking for "PySide6", to know where
    its __feature__ switches (snake_case, true_property) may apply: ~90 modules and ~10 ms at
    start-up, most of them the standard library's, imported again by the window's modules. A module
    loaded before PySide6 cannot have selected a feature, and this program selects none (a test
    checks), so no module's verdict can matter. When PySide6's internals differ from what this
    expects, nothing is changed and 0 is returned.
    """
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict) or not all(isinstance(v, int) for v in known.values()):
        return 0
    if known.get("PySide6") != 0 or not callable(getattr(feature, "feature_imported", None)):
        return 0
    loaded = [name for name in list(sys.modules) if name not in known]
    for name in loaded:
        known[name] = IGNORED
    return len(loaded)
