"""The command line beside an open window: commands that only read work, commands that write are refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import entry_for

from diary_app.cli import main
from diary_app.single_instance import diary_in_use
from diary_app.storage.sqlite_file import content_fingerprint
from diary_app.storage.sqlite_file import open_readonly

REPO = Path(__file__).resolve().parents[2]
START_LIMIT_S = 60  # generous for a loaded CI machine; the window is normally up in well under a second


def fingerprint(path: Path) -> str:
    conn = open_readonly(path)
    try:
        return content_fingerprint(conn)
    finally:
        conn.close()


@pytest.fixture
def open_window(diary):
    """The real program's window (offscreen) with the diary open, in another process."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [sys.executable, "-m", "diary_app", "--db", str(diary)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + START_LIMIT_S
    while not diary_in_use(diary):  # waiting for the other process to take the lock, not timing it
        assert window.poll() is None, window.communicate()
        assert time.monotonic() < deadline, "the window did not open the diary"
        time.sleep(0.05)
    yield window
    if window.poll() is None:
        window.send_signal(signal.SIGTERM)  # closes the window as a logout would
    _out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    assert not diary_in_use(diary)  # the window released the diary


@pytest.mark.slow
def test_reading_commands_work_and_writing_ones_are_refused_while_the_window_is_open(
    diary, open_window, tmp_path, capsys
):
    exported = tmp_path / "export.json"
    assert main(["--db", str(diary), "export", "--out", str(exported)]) == 0
    assert len(json.loads(exported.read_text(encoding="utf-8"))["profiles"][0]["entries"]) == 30
    assert main(["--db", str(diary), "export", "--out", str(tmp_path / "export.csv")]) == 0
    assert main(["--db", str(diary), "analyze", "--json"]) == 0
    assert main(["--db", str(diary), "profiles", "list"]) == 0
    assert main(["--db", str(diary), "check"]) == 0
    out = capsys.readouterr().out
    assert "exported" in out and "Ann: 30 day entries" in out and "integrity: ok" in out
    before = fingerprint(diary)
    assert main(["--db", str(diary), "import", str(exported), "--replace"]) == 2
    assert main(["--db", str(diary), "profiles", "add", "Bea"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("open in another Symptom Diary program" in line for line in err)
    assert all("close it first" in line for line in err)
    assert fingerprint(diary) == before  # refused: nothing written
    assert open_window.poll() is None  # the window is still running


def test_reading_commands_do_not_take_the_lock(diary, tmp_path, monkeypatch):
    """Only writing commands hold the diary's lock (the window would otherwise be kept out)."""
    taken = []
    import diary_app.single_instance as single_instance

    real = single_instance.held_diary_lock
    monkeypatch.setattr(single_instance, "held_diary_lock", lambda path: taken.append(path) or real(path))
    out = tmp_path / "out.json"
    for command in (["export", "--out", str(out)], ["analyze"], ["profiles"], ["profiles", "list"]):
        assert main(["--db", str(diary), *command]) == 0, command
    assert taken == []
    assert main(["--db", str(diary), "profiles", "add", "Bea"]) == 0
    assert main(["--db", str(diary), "import", str(out), "--replace"]) == 0
    assert len(taken) == 2
    assert entry_for(0).day.isoformat() in out.read_text(encoding="utf-8")
