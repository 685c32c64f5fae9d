"""A full disk, a read-only place or a file this version cannot use is not damage: it is told
apart, said plainly, never set aside, and reading commands never change the file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_helpers import crash_image

from diary_app.cli import main
from diary_app.storage import health
from diary_app.storage.health import Condition
from diary_app.storage.health import check_at_start
from diary_app.storage.health import examine
from diary_app.storage.sqlite_file import open_readonly

READING_COMMANDS = (
    ["check"],
    ["profiles", "list"],
    ["analyze"],
    ["export", "--format", "json", "--out", "OUT"],
)


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _run(diary: Path, command: list[str], out: Path) -> int:
    return main(["--db", str(diary), *[str(out) if part == "OUT" else part for part in command]])


def _sqlite_error(name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = name
    return error


def test_no_room_for_the_shared_memory_file_is_not_damage(diary, monkeypatch):
    def no_room(path, unchanging=False):
        raise _sqlite_error("SQLITE_IOERR_SHMSIZE")

    monkeypatch.setattr(health, "open_for_reading", no_room)
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: shutil._ntuple_diskusage(10**6, 10**6, 0))
    before = _bytes(diary.parent)
    startup = check_at_start(diary)
    assert startup.report.condition is Condition.UNAVAILABLE and not startup.report.damaged
    assert startup.notice is None
    said = startup.report.problem().render()
    assert "full" in said and "not damaged" in said
    assert _bytes(diary.parent) == before  # nothing renamed to .damaged-…


@pytest.mark.parametrize("name", ["SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_FULL"])
def test_open_errors_that_are_not_damage_keep_the_diary_in_place(diary, monkeypatch, name):
    def refused(path, unchanging=False):
        raise _sqlite_error(name)

    monkeypatch.setattr(health, "open_for_reading", refused)
    startup = check_at_start(diary)
    assert not startup.report.damaged and startup.notice is None and diary.exists()


def test_a_really_damaged_file_is_still_set_aside(diary, monkeypatch):
    def corrupt(path, unchanging=False):
        raise _sqlite_error("SQLITE_CORRUPT")

    monkeypatch.setattr(health, "open_for_reading", corrupt)
    startup = check_at_start(diary)
    assert startup.report.damaged and startup.notice is not None and not diary.exists()


def _set(diary: Path, sql: str) -> None:
    conn = sqlite3.connect(diary)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("change", "condition", "words"),
    [
        ("PRAGMA user_version = 99", Condition.TOO_NEW, "newer version"),
        ("PRAGMA user_version = 0", Condition.FOREIGN, "another program"),
        ("DROP TABLE labs", Condition.DAMAGED, "missing (labs)"),
    ],
)
def test_check_verifies_the_schema_it_expects(diary, capsys, tmp_path, change, condition, words):
    _set(diary, change)
    assert examine(diary).condition is condition
    before = _bytes(diary.parent)
    for command in (*READING_COMMANDS, ["backup"], ["report", "--out", "OUT"]):
        out = tmp_path / ("out.pdf" if command[0] == "report" else "out.file")  # a report is a .pdf
        assert _run(diary, command, out) in (1, 2)
        said = capsys.readouterr()
        assert "Traceback" not in said.err and (
            words in said.out or words in said.err or condition is not Condition.DAMAGED
        )
    assert _bytes(diary.parent) == before and not (tmp_path / "out.file").exists()
    assert not (tmp_path / "out.pdf").exists()
    assert not (diary.parent / "backups").exists()  # `backup` put nothing in the rotation


def test_the_window_does_not_set_aside_a_newer_diary(diary):
    _set(diary, "PRAGMA user_version = 99")
    startup = check_at_start(diary)
    assert startup.notice is None and diary.exists()


def test_another_programs_sqlite_file_is_refused_without_switching_it_to_wal(tmp_path, capsys):
    foreign = tmp_path / "browser-history.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE visits (url TEXT)")
    conn.execute("INSERT INTO visits VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for command in (
        ["export", "--out", str(tmp_path / "e.json")],
        ["import", str(tmp_path / "x")],
        ["profiles", "add", "Ann"],
        ["demo", "--days", "3"],
    ):
        (tmp_path / "x").write_text("{}")
        assert main(["--db", str(foreign), *command]) == 2
        assert "Traceback" not in capsys.readouterr().err
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["browser-history.sqlite", "x"]
    conn = open_readonly(foreign)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


SMALL_DISK_SCRIPT = r"""
set -e
mount -t tmpfs -o size=$SIZE tmpfs "$MOUNT"
cp "$DIARY" "$MOUNT/d.sqlite3"
if [ -f "$DIARY-wal" ]; then cp "$DIARY-wal" "$MOUNT/d.sqlite3-wal"; fi
if [ "$MODE" = ro ]; then mount -o remount,ro "$MOUNT"; else
  dd if=/dev/zero of="$MOUNT/fill" bs=4k 2>/dev/null || true; fi
for command in check "profiles list" analyze; do
  code=0
  "$PYTHON" -m diary_app --db "$MOUNT/d.sqlite3" $command > /dev/null 2>> "$ERRORS" || code=$?
  echo "exit=$code"
done
"$PYTHON" -m diary_app --db "$MOUNT/d.sqlite3" export --out "$OUT" > /dev/null 2>> "$ERRORS" || true
ls "$MOUNT"
cmp "$DIARY" "$MOUNT/d.sqlite3" && echo same
"""


def _user_namespaces_work() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _user_namespaces_work(), reason="needs unshare to mount a small tmpfs")
@pytest.mark.parametrize("mode", ["ro", "full"])
def test_a_read_only_mount_or_a_full_disk_can_still_be_read(diary, tmp_path, mode):
    """A real tmpfs: remounted read-only, or filled so SQLite cannot create its -shm file."""
    done = _on_small_disk(diary, tmp_path, mode)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["exit=0"] * 3 + (
        ["d.sqlite3"] if mode == "ro" else ["d.sqlite3", "fill"]
    ) + ["same"]
    assert (tmp_path / "e.json").stat().st_size > 0


def _on_small_disk(diary: Path, tmp_path: Path, mode: str) -> subprocess.CompletedProcess:
    mount = tmp_path / "mount"
    mount.mkdir()
    log = Path(f"{diary}-wal")
    size = diary.stat().st_size + (log.stat().st_size + 65536 if log.exists() else 0) + 8192
    env = {
        "SIZE": str(size),
        "MOUNT": str(mount),
        "DIARY": str(diary),
        "MODE": mode,
        "PYTHON": sys.executable,
        "OUT": str(tmp_path / "e.json"),
        "PATH": "/usr/bin:/bin",
        "ERRORS": str(tmp_path / "errors.txt"),
        "QT_QPA_PLATFORM": "offscreen",
        "SYMPTOM_DIARY_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", SMALL_DISK_SCRIPT], env=env, capture_output=True, text=True
    )


@pytest.mark.skipif(not _user_namespaces_work(), reason="needs unshare to mount a small tmpfs")
def test_saved_changes_in_a_log_on_a_read_only_mount_are_not_silently_skipped(diary, tmp_path):
    """With -wal holding commits and no -shm, an immutable reader would show stale data: refuse."""
    image = crash_image(diary, tmp_path / "image")
    done = _on_small_disk(image, tmp_path, "ro")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:3] == ["exit=1", "exit=2", "exit=2"]
    assert not (tmp_path / "e.json").exists()
    errors = (tmp_path / "errors.txt").read_text()
    assert "Traceback" not in errors and "read-only" in errors
    assert "damaged" not in errors.replace("not damaged", "")
