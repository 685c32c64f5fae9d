"""Imports point one way: the core runs without Qt, no layer imports a higher one, no import cycle."""

import ast
import graphlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "diary_app"

CORE = ["domain", "storage", "exchange", "analysis", "charts", "reports"]
# Qt-free modules at the package root, imported by the core or beside it.
CORE_ROOT_MODULES = [
    "atomic_files",
    "console",
    "demo",
    "errors",
    "paths",
    "qm_file",
    "reminders",
    "resource_paths",
    "system_libraries",
    "translator",
]

# Bottom to top: a module may import its own part (package or root module) and any lower layer.
# "" is the package itself (diary_app/__init__.py: name, id and version, nothing imported).
LAYERS = [
    {"domain"},
    {"", "atomic_files", "console", "errors", "paths", "qm_file", "resource_paths", "system_libraries"},
    {"translator"},
    {"storage", "exchange"},
    {"analysis", "demo"},
    {"charts", "reports", "reminders"},
    {"settings", "i18n", "autostart", "single_instance"},
    {"ui"},
    {"app"},
    {"commands"},
    {"cli"},
    {"__main__"},
]
SIDEWAYS = {("reports", "charts")}  # the PDF puts the charts' figures in; charts know no report


def module_names(root: Path) -> dict[str, Path]:
    """Every module under `root` (a package folder) by dotted name; packages by their own name."""
    names = {}
    for path in root.rglob("*.py"):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def import_graph(root: Path, type_only: bool = True) -> dict[str, set[str]]:
    """Which of the package's modules each module imports: statements anywhere in the file (in
    functions too) and modules loaded by name ("diary_app.ui.x", f"diary_app.commands.{name}");
    with `type_only` False, not those under `if TYPE_CHECKING:` (they never run)."""
    modules = module_names(root)
    return {name: _imports_of(name, path, modules, type_only) - {name} for name, path in modules.items()}


def _imports_of(name: str, path: Path, modules: dict[str, Path], type_only: bool) -> set[str]:
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set() if type_only else _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {_owner(alias.name, modules) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            found |= {_owner(f"{base}.{alias.name}", modules) for alias in node.names}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in modules:
            found.add(node.value)
        elif isinstance(node, ast.JoinedStr) and _prefix(node) in modules:
            prefix = _prefix(node)
            found |= {other for other in modules if other.rpartition(".")[0] == prefix}
    return found - {None}


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    """The ids of every node inside an `if TYPE_CHECKING:` block."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            inside |= {id(child) for statement in node.body for child in ast.walk(statement)}
    return inside


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join(parts + ([node.module] if node.module else []))


def _owner(dotted: str, modules: dict[str, Path]) -> str | None:
    """The module that `dotted` (a module, or a name inside one) belongs to; None if not ours."""
    while dotted and dotted not in modules:
        dotted = dotted.rpartition(".")[0]
    return dotted or None


def _prefix(node: ast.JoinedStr) -> str:
    first = node.values[0] if node.values else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.endswith("."):
        return first.value[:-1]
    return ""


def part_of(module: str) -> str:
    """The layer part a module belongs to: its sub-package or root module ("" for the package)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_of(part: str) -> int:
    (index,) = [index for index, layer in enumerate(LAYERS) if part in layer]
    return index


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a module in the same or a higher layer (other than its own part)."""
    wrong = []
    for importer, imported in sorted(graph.items()):
        for target in sorted(imported):
            source, destination = part_of(importer), part_of(target)
            if source == destination or (source, destination) in SIDEWAYS:
                continue
            if layer_of(destination) >= layer_of(source):
                wrong.append(f"{importer} imports {target}")
    return wrong


def import_cycle(graph: dict[str, set[str]]) -> list[str]:
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return error.args[1]
    return []


def test_every_part_of_the_package_has_a_layer():
    parts = {part_of(module) for module in module_names(PACKAGE_DIR)}
    assert parts == set().union(*LAYERS)


def test_no_module_imports_a_higher_layer():
    assert upward_imports(import_graph(PACKAGE_DIR)) == []


def test_the_modules_import_each_other_without_a_cycle():
    """At run time: an import for the type checker only (`if TYPE_CHECKING:`) never runs."""
    assert import_cycle(import_graph(PACKAGE_DIR, type_only=False)) == []


def test_the_command_line_is_seen_loading_its_commands_by_name():
    """cli.py loads diary_app.commands.* by name: the graph must see it, or a cycle could hide."""
    assert "diary_app.commands.report" in import_graph(PACKAGE_DIR)["diary_app.cli"]


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "diary_app"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def test_an_upward_import_is_found(tmp_path):
    """A deliberate breach: the domain reaching up to the storage, lazily inside a function."""
    root = _package(
        tmp_path,
        {
            "domain/__init__.py": "",
            "domain/models.py": """
            def load():
                from ..storage.database import open_store
                return open_store
        """,
            "storage/__init__.py": "",
            "storage/database.py": "from diary_app.domain import models\n",
            "ui/__init__.py": "from diary_app.storage import database\n",
        },
    )
    assert upward_imports(import_graph(root)) == [
        "diary_app.domain.models imports diary_app.storage.database"
    ]


def test_a_sideways_import_between_charts_and_reports_is_found_one_way_only(tmp_path):
    root = _package(
        tmp_path,
        {
            "charts/__init__.py": "import diary_app.reports.build\n",
            "reports/__init__.py": "",
            "reports/build.py": "from diary_app.charts import trend_figure\n",
        },
    )
    assert upward_imports(import_graph(root)) == ["diary_app.charts imports diary_app.reports.build"]


def test_an_import_for_the_type_checker_only_counts_for_direction_not_for_cycles(tmp_path):
    root = _package(
        tmp_path,
        {
            "analysis/__init__.py": "",
            "analysis/period.py": "from diary_app.analysis import sentences\n",
            "analysis/sentences.py": """
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from diary_app.analysis.period import Analysis
                from diary_app.ui import window
        """,
            "ui/__init__.py": "",
            "ui/window.py": "",
        },
    )
    assert import_cycle(import_graph(root, type_only=False)) == []
    assert import_cycle(import_graph(root)) != []
    assert upward_imports(import_graph(root)) == ["diary_app.analysis.sentences imports diary_app.ui.window"]


def test_an_import_cycle_is_found_also_through_a_module_loaded_by_name(tmp_path):
    root = _package(
        tmp_path,
        {
            "cli.py": """
            import importlib
            NAMES = ["gui"]
            importlib.import_module(f"diary_app.commands.{NAMES[0]}")
        """,
            "commands/__init__.py": "",
            "commands/gui.py": "from diary_app.cli import NAMES\n",
        },
    )
    assert sorted(set(import_cycle(import_graph(root)))) == ["diary_app.cli", "diary_app.commands.gui"]


@pytest.mark.parametrize("name", CORE + CORE_ROOT_MODULES)
def test_core_does_not_import_pyside6(name):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('diary_app.{name}')\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("name", CORE)
def test_core_mentions_no_pyside6_even_in_a_function(name):
    """Stricter than importing: no PySide6 import statement anywhere, not even a lazy one."""
    for path in (PACKAGE_DIR / name).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert not any(alias.name.startswith("PySide6") for alias in node.names), path
            elif isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("PySide6"), path
