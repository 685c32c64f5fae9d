"""Storage says in the log what went wrong (INFO: the user is told elsewhere; the log file keeps it)."""

import logging

import pytest

from diary_app.storage import open_store
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import make_backup
from diary_app.storage.health import examine
from diary_app.storage.restore import restore_backup


def test_a_backup_that_cannot_be_made_is_logged(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="diary_app.storage")
    with pytest.raises(BackupError):
        make_backup(tmp_path / "missing.sqlite3", "manual", out=tmp_path / "copy.sqlite3")
    assert "the manual backup of" in caplog.text and "was not made: there is no diary" in caplog.text


def test_a_file_that_is_not_a_diary_is_logged_when_examined(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="diary_app.storage")
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_bytes(b"just some notes, not a database" * 10)
    assert not examine(stranger).usable
    assert f"{stranger} is not usable: not_sqlite" in caplog.text


def test_a_restore_from_a_file_that_is_no_backup_is_logged(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="diary_app.storage")
    diary = tmp_path / "diary.sqlite3"
    open_store(diary).close()
    stranger = tmp_path / "stranger.sqlite3"
    stranger.write_bytes(b"not a backup" * 100)
    with pytest.raises(BackupError):
        restore_backup(stranger, diary)
    assert f"{stranger} was not restored into {diary}" in caplog.text
