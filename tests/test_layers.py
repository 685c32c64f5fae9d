"""The core packages must run without Qt: importing them never loads PySide6."""

import subprocess
import sys

import pytest

CORE = ["domain", "storage", "exchange", "analysis", "charts", "reports"]


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_import_pyside6(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('diary_app.{package}')\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
