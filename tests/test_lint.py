"""The package passes ruff (pyflakes, pycodestyle, naming, no print outside the CLI)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed by the test extra")
def test_ruff_finds_nothing():
    result = subprocess.run(["ruff", "check", "--output-format", "concise", "diary_app", "tests"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
