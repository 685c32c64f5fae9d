"""One program per diary: the window's lock, a second start, a stale lock, the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from diary_app.cli import main
from diary_app.single_instance import InstanceGuard
from diary_app.single_instance import acquire_or_activate
from diary_app.single_instance import ask_running_window
from diary_app.single_instance import diary_in_use
from diary_app.single_instance import lock_path
from diary_app.storage import open_store
from diary_app.storage.health import check_at_start

REPO = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from diary_app.single_instance import acquire_or_activate
app = QCoreApplication([])
listen_after_ms = int(sys.argv[2])
guard = acquire_or_activate(sys.argv[1], listen=listen_after_ms == 0)
QTimer.singleShot(listen_after_ms, guard.listen)  # a window listens once it has painted
def activated():
    print("ACTIVATED", flush=True)
    app.quit()
guard.activateRequested.connect(activated)
print("READY", guard.recovered_stale_lock, flush=True)
app.exec()
guard.release()
"""


def start_window_stand_in(diary: Path, listen_after_ms: int = 0) -> subprocess.Popen:
    """Another process holding the diary the way the window does; prints READY once it has it
    (and answers second starts after `listen_after_ms`, as a window does after its first paint)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(diary), str(listen_after_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout.readline().split()[0] == "READY"
    return process


def stop(process: subprocess.Popen) -> tuple[str, str]:
    """Kill the process (if still running) and collect its output, closing the pipes."""
    process.kill()
    return process.communicate(timeout=60)


def test_second_start_brings_the_running_window_forward(diary):
    holder = start_window_stand_in(diary)
    try:
        assert diary_in_use(diary)
        assert acquire_or_activate(diary) is None
        out, err = holder.communicate(timeout=60)
    finally:
        stop(holder)
    assert out.strip() == "ACTIVATED", err
    assert not lock_path(diary).exists()  # released at a clean exit
    assert not diary_in_use(diary)


def test_a_second_start_waits_for_a_window_that_is_not_listening_yet(diary):
    holder = start_window_stand_in(diary, listen_after_ms=800)
    try:
        assert acquire_or_activate(diary) is None  # asked again until the window answered
        out, err = holder.communicate(timeout=60)
    finally:
        stop(holder)
    assert out.strip() == "ACTIVATED", err


def test_stale_lock_of_a_crashed_window_does_not_block_the_next_start(diary, qapp):
    holder = start_window_stand_in(diary)
    holder.send_signal(signal.SIGKILL)
    stop(holder)
    assert lock_path(diary).exists()
    guard = acquire_or_activate(diary)
    try:
        assert isinstance(guard, InstanceGuard) and guard.recovered_stale_lock
        startup = check_at_start(diary, unclean=guard.recovered_stale_lock, mounts_text="")
        assert startup.report.usable and startup.report.full_check
    finally:
        guard.release()


def test_command_line_refuses_to_write_while_the_window_has_the_diary(diary, capsys):
    holder = start_window_stand_in(diary)
    try:
        before = diary.read_bytes()
        assert main(["--db", str(diary), "profiles", "add", "Bea"]) == 2
        err = capsys.readouterr().err
        assert "open in another Symptom Diary program" in err and "close it first" in err
        assert diary.read_bytes() == before
        assert main(["--db", str(diary), "check"]) == 0  # reading is allowed
    finally:
        stop(holder)
    assert main(["--db", str(diary), "profiles", "add", "Bea"]) == 0  # the stale lock is no obstacle
    store = open_store(diary)
    assert [p.name for p in store.profiles()] == ["Ann", "Bea"]
    store.close()


def test_activation_request_reaches_the_guard(diary, qtbot):
    guard = acquire_or_activate(diary)
    try:
        assert guard.listening and not guard.recovered_stale_lock
        with qtbot.waitSignal(guard.activateRequested):
            assert ask_running_window(diary)
    finally:
        guard.release()
    assert not ask_running_window(diary)
