"""sqlite_utils loads without numpy, and hiding numpy from it never hides numpy from another thread."""

from __future__ import annotations

import subprocess
import sys
import threading

from diary_app.storage.sqlite_library import _HiddenFromOneThread


def test_a_module_is_hidden_from_the_loading_thread_only():
    hidden = _HiddenFromOneThread(["json"], threading.get_ident())
    seen: dict[str, object] = {}

    def other_thread() -> None:
        seen["finder"] = hidden.find_spec("json")

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert seen["finder"] is None  # the usual finders answer for any other thread
    try:
        hidden.find_spec("json")
    except ImportError:
        pass
    else:
        raise AssertionError("the loading thread was allowed to import json")
    assert hidden.find_spec("csv") is None


def test_sqlite_utils_loads_without_numpy_while_another_thread_imports_numpy():
    script = """
import sys, threading
from diary_app.storage.sqlite_library import load_sqlite_utils
numpy_imported = {}
def import_numpy():
    import numpy
    numpy_imported["version"] = numpy.__version__
worker = threading.Thread(target=import_numpy)
worker.start()
load_sqlite_utils()
worker.join()
import sqlite_utils.db
print(bool(numpy_imported.get("version")), "sqlite_utils" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]


def test_in_a_fresh_process_sqlite_utils_does_not_bring_numpy():
    script = (
        "import sys\nfrom diary_app.storage.sqlite_library import load_sqlite_utils\n"
        "load_sqlite_utils()\nprint('numpy' in sys.modules, 'sqlite_utils' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
