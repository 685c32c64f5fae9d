"""Atomic writes: private mode, whole content, no temporary files left, old file kept on failure."""

import os

import pytest

from diary_app.atomic_files import atomic_write_bytes
from diary_app.atomic_files import atomic_write_text


def test_writes_text_privately_and_replaces_the_old_file(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("old")
    os.chmod(path, 0o644)
    assert atomic_write_text(path, "نص\r\nجديد") == path
    assert path.read_bytes() == "نص\r\nجديد".encode()
    assert path.stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "out.bin"
    path.write_bytes(b"old")

    def broken_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "absent" / "out.bin", b"x")
