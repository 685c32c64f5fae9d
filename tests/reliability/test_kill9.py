"""Kill -9 at random moments during saves, imports, backups and a migration.

Each round starts a writer process (crash_worker.py) that prints an acknowledgement after every
commit, kills it after a random number of acknowledgements plus a random pause, and then checks:
`check` passes, every acknowledged change is there exactly, the interrupted one is wholly there or
wholly absent, and every backup kept in the folder is sound.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crash_worker import BATCH
from crash_worker import FILLER_ROWS
from crash_worker import FIRST_SAVE
from crash_worker import batch
from reliability_helpers import entry_for
from reliability_helpers import fill

from diary_app.cli import main
from diary_app.storage import LATEST_VERSION
from diary_app.storage import open_store
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.backup import verify_backup

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ROUNDS = {"save": 5, "import": 4, "backup": 3, "migrate": 3}


def run_and_kill(mode: str, diary: Path, rng: random.Random) -> list[tuple[str, str]]:
    """Start the worker, kill -9 it after a random moment; every acknowledgement it printed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(HERE)])}
    worker = subprocess.Popen(
        [sys.executable, str(HERE / "crash_worker.py"), mode, str(diary)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = []
    try:
        wanted = rng.randint(1, 12) if mode != "migrate" else 1
        while len(lines) < wanted:
            line = worker.stdout.readline()
            if not line:
                break
            lines.append(line.split())
        time.sleep(rng.uniform(0, 0.2 if mode == "migrate" else 0.01))  # a random moment to kill at
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=60)
    # Read the rest through the same file object: readline() may already hold later acknowledgements
    # in its buffer (a busy machine lets the worker print several before we read), which
    # communicate() would skip, since it reads the pipe underneath.
    with worker.stdout, worker.stderr:
        lines += [line.split() for line in worker.stdout.read().splitlines()]
        err = worker.stderr.read()
    assert worker.returncode == -signal.SIGKILL, err
    return [(ln[1], ln[2]) for ln in lines if ln and ln[0] == "ACK"]


def assert_check_passes(diary: Path, capsys) -> None:
    assert main(["--db", str(diary), "check"]) == 0, capsys.readouterr().out
    capsys.readouterr()


def assert_saves(diary: Path, acknowledged: list[int]) -> None:
    last = max(acknowledged, default=FIRST_SAVE - 1)
    store = open_store(diary)
    try:
        for number in acknowledged:
            assert store.entry(1, entry_for(number).day) == entry_for(number)
        assert store.entry(1, entry_for(last + 1).day) in (None, entry_for(last + 1))
        assert store.entry(1, entry_for(last + 2).day) is None
        assert store.entry_count(1) in (30 + len(acknowledged), 31 + len(acknowledged))
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("round_number", range(ROUNDS["save"]))
def test_kill_during_saves(tmp_path, capsys, round_number):
    diary = tmp_path / "diary.sqlite3"
    fill(diary)
    acks = run_and_kill("save", diary, random.Random(round_number))
    assert_check_passes(diary, capsys)
    assert_saves(diary, [int(v) for kind, v in acks if kind == "save"])


def _batch_presence(store, number: int) -> set[bool]:
    expected = batch(number)
    present = {store.entry(1, e.day) == e for e in expected.entries}
    present |= {store.entry(1, e.day) is not None for e in expected.entries}
    notes = {d.notes for d in store.doses(1)}
    present.add(f"batch {number}" in notes)
    return present


@pytest.mark.slow
@pytest.mark.parametrize("round_number", range(ROUNDS["import"]))
def test_kill_during_imports(tmp_path, capsys, round_number):
    diary = tmp_path / "diary.sqlite3"
    fill(diary)
    acked = [int(v) for kind, v in run_and_kill("import", diary, random.Random(100 + round_number))]
    assert_check_passes(diary, capsys)
    store = open_store(diary)
    try:
        last = max(acked, default=-1)
        for number in acked:
            assert _batch_presence(store, number) == {True}
        assert len(_batch_presence(store, last + 1)) == 1  # all of it, or none of it
        assert _batch_presence(store, last + 2) == {False}
        assert store.entry_count(1) in (30 + BATCH * len(acked), 30 + BATCH * (len(acked) + 1))
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("round_number", range(ROUNDS["backup"]))
def test_kill_during_backups(tmp_path, capsys, round_number):
    diary = tmp_path / "diary.sqlite3"
    fill(diary)
    acks = run_and_kill("backup", diary, random.Random(200 + round_number))
    assert_check_passes(diary, capsys)
    assert_saves(diary, [int(v) for kind, v in acks if kind == "save"])
    kept = list_backups(diary)
    for info in kept:
        verify_backup(info.path)
    acked_backups = [Path(v) for kind, v in acks if kind == "backup"]
    if acked_backups:
        assert acked_backups[-1] in [info.path for info in kept]
    assert verify_backup(make_backup(diary, "manual"))["entries"] >= 30  # a leftover temp is no obstacle


@pytest.mark.slow
@pytest.mark.parametrize("round_number", range(ROUNDS["migrate"]))
def test_kill_during_a_migration(tmp_path, round_number):
    diary = tmp_path / "diary.sqlite3"
    fill(diary)
    run_and_kill("migrate", diary, random.Random(300 + round_number))
    conn = sqlite3.connect(diary.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 30
        if version == LATEST_VERSION:
            assert "filler" not in tables and "mood" not in columns
        else:
            assert version == LATEST_VERSION + 1 and "mood" in columns
            assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == FILLER_ROWS
    finally:
        conn.close()
    for info in list_backups(diary):
        assert info.reason == "before-migration"
        assert verify_backup(info.path)["entries"] == 30
