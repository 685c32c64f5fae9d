"""The single-instance socket lives where only this user can create it, and only its own is used."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket as socket_module
import stat
import tempfile
from pathlib import Path

import pytest

from diary_app.single_instance import InstanceGuard
from diary_app.single_instance import ask_running_window
from diary_app.single_instance import runtime_folder
from diary_app.single_instance import server_name


@pytest.fixture
def run(monkeypatch) -> Path:
    """A short private runtime folder, as $XDG_RUNTIME_DIR (/run/user/UID) is."""
    folder = Path(tempfile.mkdtemp(prefix="sd-run-"))
    os.chmod(folder, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder)


def test_the_socket_is_in_a_private_runtime_folder_not_under_a_guessable_name_in_tmp(tmp_path, run):
    name = Path(server_name(tmp_path / "diary.sqlite3"))
    assert name.parent == run and name.name.startswith("symptom-diary-")


def test_the_name_is_the_sha256_of_user_and_diary_so_other_versions_find_the_window(tmp_path, run):
    diary = tmp_path / "diary.sqlite3"
    digest = hashlib.sha256(f"{os.getuid()}:{diary.resolve()}".encode()).hexdigest()
    assert Path(server_name(diary)).name == f"symptom-diary-{digest[:24]}.sock"


def test_a_runtime_folder_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    folder = runtime_folder()
    assert folder != shared
    info = os.lstat(folder)
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a socket to another user needs root")
def test_a_socket_owned_by_another_user_is_not_talked_to(tmp_path, run):
    """Another user bound the name first: the start must not send it "activate" and quit."""
    name = server_name(tmp_path / "diary.sqlite3")
    squatter = socket_module.socket(socket_module.AF_UNIX, socket_module.SOCK_STREAM)
    try:
        squatter.bind(name)
        squatter.listen(1)
        os.chown(name, 12345, 12345)
        assert not ask_running_window(tmp_path / "diary.sqlite3")
    finally:
        squatter.close()


def test_a_window_listens_in_the_runtime_folder_and_is_found_there(qapp, tmp_path, run):
    from PySide6.QtCore import QLockFile

    guard = InstanceGuard(QLockFile(str(tmp_path / "diary.sqlite3.lock")), tmp_path / "diary.sqlite3", False)
    try:
        assert guard.listening
        (made,) = run.iterdir()
        assert stat.S_ISSOCK(os.lstat(made).st_mode) and os.lstat(made).st_uid == os.getuid()
    finally:
        guard.release()
