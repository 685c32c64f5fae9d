"""Whatever the input, one clear line and an exit code: special files, folders, closed pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diary_app import atomic_files as atomic
from diary_app.cli import main
from diary_app.exchange import write_csv
from diary_app.storage import open_store


@pytest.fixture
def filled(tmp_path) -> Path:
    diary = tmp_path / "diary.sqlite3"
    assert main(["--db", str(diary), "demo", "--days", "20"]) == 0
    return diary


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("symptom-diary: ") and "Traceback" not in err, err
    return err


def _special_files(tmp_path: Path, suffix: str = ".json") -> dict[str, Path]:
    """A fifo, a symlink, a folder and (as root) a device node, named with `suffix` (a report must be
    named .pdf, so it reaches the regular-file check)."""
    fifo, link, folder = tmp_path / f"pipe{suffix}", tmp_path / f"link{suffix}", tmp_path / f"folder{suffix}"
    os.mkfifo(fifo)
    (tmp_path / "elsewhere.json").write_text("keep me")
    link.symlink_to(tmp_path / "elsewhere.json")
    folder.mkdir()
    found = {"fifo": fifo, "symlink": link, "folder": folder}
    if os.geteuid() == 0:
        device = tmp_path / f"null-device{suffix}"
        os.mknod(device, 0o666 | 0o020000, os.makedev(1, 3))
        found["device"] = device
    return found


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder", "device"])
@pytest.mark.parametrize(
    "command", [["export", "--format", "json"], ["export", "--format", "csv"], ["report"], ["backup"]]
)
def test_out_writes_only_regular_files(filled, tmp_path, capsys, kind, command):
    special = _special_files(tmp_path, ".pdf" if command == ["report"] else ".json")
    if kind not in special:
        pytest.skip("making a device node needs root")
    target = special[kind]
    before = os.lstat(target)
    capsys.readouterr()
    assert main(["--db", str(filled), *command, "--out", str(target)]) == 2
    assert "not a regular file" in one_line(capsys)
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert (tmp_path / "elsewhere.json").read_text() == "keep me"


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_import_refuses_special_files_without_reading_them(filled, tmp_path, capsys, kind):
    special = _special_files(tmp_path)
    if kind not in special:
        pytest.skip("making a device node needs root")
    capsys.readouterr()
    assert main(["--db", str(filled), "import", str(special[kind])]) == 2  # a fifo would hang
    assert "nothing was imported" in one_line(capsys)


def test_import_of_dev_zero_is_refused_at_once(filled, capsys):
    capsys.readouterr()
    assert main(["--db", str(filled), "import", "/dev/zero"]) == 2
    assert "not a regular file" in one_line(capsys)


@pytest.mark.parametrize(
    "command", [["check"], ["analyze"], ["demo", "--days", "3"], ["profiles", "list"], ["backup"]]
)
def test_a_folder_as_the_diary_is_one_line(tmp_path, capsys, command):
    assert main(["--db", str(tmp_path), *command]) == 2
    assert "is a folder" in one_line(capsys)


def test_a_closed_pipe_is_not_a_traceback(filled):
    """`check | head -1`: the reader goes away; the writer stops with 141 and one line."""
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE
    )
    code = (
        "import sys\nfrom diary_app import cli, console\n"
        "console.say = lambda text: print(text * 2000, flush=True)\n"
        f"sys.exit(cli.main(['--db', {str(filled)!r}, 'check']))"
    )
    writer = subprocess.run(
        [sys.executable, "-c", code],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    reader.stdin.close()
    reader.wait()
    assert writer.returncode in (0, 141)  # 0 only if it all fitted in the pipe before the close
    assert "Traceback" not in writer.stderr and writer.stderr.count("\n") <= 1


def test_a_csv_export_is_written_as_a_whole_set_or_not_at_all(filled, tmp_path, monkeypatch):
    store = open_store(filled)
    diaries = [store.load_diary(p.id) for p in store.profiles()]
    store.close()
    real = atomic._written_temporary
    written = []

    def disk_full_at_the_doses(path, data):
        if path.name.endswith("_doses.csv"):
            raise OSError(28, "No space left on device")
        written.append(path)
        return real(path, data)

    monkeypatch.setattr(atomic, "_written_temporary", disk_full_at_the_doses)
    with pytest.raises(OSError):
        write_csv(diaries, tmp_path / "e.csv")
    assert written  # the files before the doses were written to temporaries ...
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("e", ".e"))) == []


def _export_with(filled, tmp_path, change) -> Path:
    out = tmp_path / "e.json"
    assert main(["--db", str(filled), "export", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    change(data["profiles"][0])
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")  # json escapes a lone surrogate
    return changed


def _set_entry(field, value):
    return lambda profile: profile["entries"][0].__setitem__(field, value)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_set_entry("date", "9999-12-31"), "years 1900–2100"),
        (_set_entry("date", "0001-01-01"), "years 1900–2100"),
        (lambda p: p["doses"][0].__setitem__("taken_at", "9999-12-31T23:30:00-05:00"), "years 1900–2100"),
        (_set_entry("notes", "\ud800"), "lone UTF-16 surrogates"),
        (lambda p: p.__setitem__("name", "Ann\udcff"), "lone UTF-16 surrogates"),
        (_set_entry("gait", "x" * 1_000_000), "(1000000 characters)"),
    ],
)
def test_import_refuses_what_later_steps_cannot_work_with(filled, tmp_path, capsys, change, words):
    changed = _export_with(filled, tmp_path, change)
    fresh = tmp_path / "fresh.sqlite3"
    capsys.readouterr()
    assert main(["--db", str(fresh), "import", str(changed)]) == 2
    line = one_line(capsys)
    assert words in line and "profile " in line and "field " in line and len(line) < 700


def test_terminal_escape_codes_in_names_are_printed_harmlessly(filled, tmp_path, capsys):
    changed = _export_with(filled, tmp_path, lambda p: p.__setitem__("name", "Evil\x1b]0;x\x07\x1b[2J"))
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(changed)]) == 0
    assert main(["--db", str(fresh), "profiles", "list"]) == 0
    assert main(["--db", str(fresh), "report", "--out", str(tmp_path / "r.pdf")]) == 0
    assert main(["--db", str(fresh), "--profile", "\x1b[31m", "analyze"]) == 2
    said = capsys.readouterr()
    assert "\x1b" not in said.out + said.err and "\x07" not in said.out
    assert "Evil\\x1b]0;x\\x07\\x1b[2J" in said.out


def test_an_unreadable_import_file_is_one_line(filled, tmp_path, capsys, monkeypatch):
    from diary_app.exchange import records

    export = tmp_path / "e.json"
    assert main(["--db", str(filled), "export", "--out", str(export)]) == 0
    if os.geteuid() != 0:
        export.chmod(0)
    else:  # root reads anything: the refusal the kernel would give another user

        def refused(path, flags, *args):
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(records.os, "open", refused)
    capsys.readouterr()
    assert main(["--db", str(filled), "import", str(export)]) == 2
    assert "Permission denied" in one_line(capsys)
