"""The system libraries the window needs: the start-up check's table is whole (read from the ELF
headers of Qt's own files), README installs exactly its packages, and the check names the package."""

import re
import sys
from pathlib import Path

import pytest

from diary_app import app
from diary_app.errors import UserError
from diary_app.system_libraries import BASE_SYSTEM
from diary_app.system_libraries import DEBIAN_PACKAGES
from diary_app.system_libraries import apt_command
from diary_app.system_libraries import packages

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries are Linux's")


def needed_libraries(path: Path) -> list[str]:
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as file:
        sections = ELFFile(file).iter_sections()
        dynamic = next(section for section in sections if isinstance(section, DynamicSection))
        return [tag.needed for tag in dynamic.iter_tags() if tag.entry.d_tag == "DT_NEEDED"]


def program_qt_modules() -> set[str]:
    """The PySide6 modules the package imports (QtCore, QtWidgets, ...)."""
    found = set()
    for source in (ROOT / "diary_app").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def libraries_outside_the_wheel() -> set[str]:
    """What the X11 plugin and the program's Qt modules need, following Qt's own libraries."""
    import PySide6
    import shiboken6

    pyside = Path(PySide6.__file__).parent
    wheel_files = [*pyside.rglob("*.so*"), *Path(shiboken6.__file__).parent.rglob("*.so*")]
    in_wheel = {path.name: path for path in wheel_files}
    todo = [pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    todo += [next(pyside.glob(f"{module}.*so")) for module in sorted(program_qt_modules())]
    seen, outside = set(), set()
    while todo:
        for name in needed_libraries(todo.pop()):
            if name not in in_wheel:
                outside.add(name)
            elif name not in seen:
                seen.add(name)
                todo.append(in_wheel[name])
    return outside - BASE_SYSTEM


@linux_only
def test_the_table_holds_every_library_qt_needs_and_no_other():
    assert program_qt_modules() >= {"QtCore", "QtGui", "QtWidgets"}
    assert libraries_outside_the_wheel() == set(DEBIAN_PACKAGES)


def test_readme_installs_exactly_the_packages_of_the_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line.strip(" `.") for line in readme.splitlines() if "apt-get install" in line]
    assert lines == [apt_command()]
    assert "libxcb-icccm4" in packages() and "libxcb-keysyms1" in packages()


def test_ci_installs_the_readme_line():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci and "apt-get install" in ci


def test_the_start_up_check_names_the_missing_library_and_its_package(monkeypatch):
    monkeypatch.setattr(app, "display_unavailable", lambda: False)
    monkeypatch.setattr(app, "x11_plugin_problem", lambda: "libxcb-icccm.so.4")
    with pytest.raises(UserError) as error:
        app.run_app(None)
    message = str(error.value)
    assert "needs libxcb-icccm.so.4 (package libxcb-icccm4)" in message
    assert apt_command() in message and "\n" not in message
