"""The package passes ruff (pyflakes, pycodestyle, naming, no print outside the CLI)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    command = [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "diary_app", "tests"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
