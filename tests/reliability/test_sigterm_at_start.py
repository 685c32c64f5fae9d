"""SIGTERM while a start-up dialog waits for an answer ends the program (it stayed 27-44 minutes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _start(diary: Path, tmp_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "SYMPTOM_DIARY_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "diary_app", "--db", str(diary)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition, process: subprocess.Popen) -> None:
    while not condition():
        assert process.poll() is None, process.communicate()[1]
        os.sched_yield()


@pytest.mark.parametrize("dialog", ["damage", "first_profile"])
def test_sigterm_cancels_a_start_up_dialog_and_ends_the_program(diary, tmp_path, dialog):
    if dialog == "damage":
        with open(diary, "r+b") as file:
            file.write(b"not a database!!")
        shown = lambda: any(p.name.startswith("diary.sqlite3.damaged-") for p in diary.parent.iterdir())  # noqa: E731
    else:
        diary = tmp_path / "new" / "diary.sqlite3"
        shown = lambda: diary.exists()  # noqa: E731 (the file is made before the name is asked)
    process = _start(diary, tmp_path)
    try:
        _wait_for(shown, process)
        process.send_signal(signal.SIGTERM)
        errors = process.communicate(timeout=60)[1]  # a guard against hanging, not a timing assertion
        assert process.returncode == 0 and "Traceback" not in errors, errors
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
