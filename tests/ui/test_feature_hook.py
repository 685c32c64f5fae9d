"""PySide6's __feature__ hook: the program selects no feature, and skipping the source reading of
the modules loaded before PySide6, and of the libraries known not to use it, leaves the hook working
and falls back safely."""

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

from diary_app.ui import feature_hook

PACKAGE = Path(feature_hook.__file__).resolve().parents[1]
REPO = PACKAGE.parent


def test_no_module_of_the_program_selects_a_pyside_feature():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 100
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "__feature__", path
            elif isinstance(node, ast.Import):
                assert all(alias.name != "__feature__" for alias in node.names), path
        assert "set_selection" not in path.read_text(encoding="utf-8"), path


def run_python(code: str, tmp_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)]),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    return result.stdout.strip()


def test_loaded_modules_are_entered_and_later_ones_still_read(tmp_path):
    (tmp_path / "later_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "later_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "earlier_qt.py").write_text("def f():\n    import PySide6\n", encoding="utf-8")
    output = run_python(
        """
        import json, sys
        import earlier_qt
        from diary_app.ui.feature_hook import skip_loaded_modules
        entered = skip_loaded_modules()
        table = sys.modules["shibokensupport.feature"].pyside_feature_dict
        import later_qt, later_plain
        import PySide6.QtWidgets
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        print(json.dumps([entered, table["json"], table["earlier_qt"], table["later_qt"],
                          table["later_plain"], QApplication.instance() is app]))
        """,
        tmp_path,
    )
    entered, json_value, earlier, later_qt, later_plain, works = json.loads(output)
    assert entered > 20
    assert json_value == earlier == feature_hook.IGNORED
    assert later_qt == 0 and later_plain == feature_hook.IGNORED  # the hook's own verdicts
    assert works


def test_known_libraries_loaded_later_are_entered_without_reading_their_source(tmp_path):
    output = run_python(
        """
        import json, linecache, sys
        from diary_app.ui.feature_hook import skip_loaded_modules
        skip_loaded_modules()
        table = sys.modules["shibokensupport.feature"].pyside_feature_dict
        import PySide6.QtWidgets
        assert "colorsys" not in sys.modules and "matplotlib" not in sys.modules
        import colorsys, matplotlib.figure
        import diary_app.ui.charts_page
        read = set(linecache.cache)
        files = {name: sys.modules[name].__file__ for name in
                 ("colorsys", "matplotlib.figure", "numpy", "diary_app.ui.charts_page")}
        print(json.dumps({name: [table[name], path in read] for name, path in files.items()}))
        """,
        tmp_path,
    )
    verdicts = json.loads(output)
    assert verdicts["colorsys"] == verdicts["matplotlib.figure"] == verdicts["numpy"] == [-1, False]
    assert verdicts["diary_app.ui.charts_page"] == [feature_hook.NO_FEATURE, False]


def test_only_libraries_that_cannot_use_pyside_get_a_verdict_in_advance():
    assert feature_hook.known_verdict("matplotlib.ticker") == feature_hook.IGNORED
    assert feature_hook.known_verdict("json.decoder") == feature_hook.IGNORED
    assert feature_hook.known_verdict("diary_app.ui.entry_page") == feature_hook.NO_FEATURE
    assert feature_hook.known_verdict("matplotlib.backends.backend_qtagg") is None  # imports PySide6
    assert feature_hook.known_verdict("matplotlib.backends.qt_compat") is None
    assert feature_hook.known_verdict("someone_elses_plugin") is None  # read by the hook as before


def test_unexpected_pyside_internals_change_nothing(monkeypatch):
    import PySide6.QtCore  # noqa: F401

    different = SimpleNamespace(pyside_feature_dict=("not", "a", "dict"))
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", different)
    assert feature_hook.skip_loaded_modules() == 0
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert feature_hook.skip_loaded_modules() == 0


def test_a_table_that_does_not_look_like_the_hooks_is_left_alone(monkeypatch):
    import PySide6.QtCore  # noqa: F401

    renamed = SimpleNamespace(pyside_feature_dict={"PySide6": "snake_case"}, feature_imported=print)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", renamed)
    assert feature_hook.skip_loaded_modules() == 0
    assert renamed.pyside_feature_dict == {"PySide6": "snake_case"}
    without_hook = SimpleNamespace(pyside_feature_dict={"PySide6": 0})
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", without_hook)
    assert feature_hook.skip_loaded_modules() == 0
    assert without_hook.pyside_feature_dict == {"PySide6": 0}
