"""Where the program keeps its diary, backups (data folder) and logs (state folder): QStandardPaths."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

DATA_DIR_ENV = "SYMPTOM_DIARY_DATA_DIR"
APP_FOLDER_NAME = "symptom-diary"
DIARY_FILE_NAME = "diary.sqlite3"


def data_dir() -> Path:
    """The application data folder; SYMPTOM_DIARY_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return _standard_location("AppDataLocation")


def _standard_location(name: str) -> Path:
    """QStandardPaths' folder for this program (~/.local/share/symptom-diary for AppDataLocation)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QStandardPaths

    if QCoreApplication.applicationName() != APP_FOLDER_NAME:
        QCoreApplication.setOrganizationName("")
        QCoreApplication.setApplicationName(APP_FOLDER_NAME)
    return Path(QStandardPaths.writableLocation(getattr(QStandardPaths.StandardLocation, name)))


def default_diary_path() -> Path:
    return data_dir() / DIARY_FILE_NAME


def lock_path(diary_path: Path) -> Path:
    """The diary's lock file (a QLockFile, see single_instance.py): `<diary>.lock` beside it."""
    return Path(diary_path).with_name(Path(diary_path).name + ".lock")


def backup_dir(diary_path: Path) -> Path:
    """Backups live beside the diary in a folder of their own."""
    return diary_path.parent / "backups"


def log_dir() -> Path:
    """The logs: in the state folder (~/.local/state/symptom-diary/logs on Linux), or in the data
    folder SYMPTOM_DIARY_DATA_DIR names. Logs an older version kept in the data folder move here."""
    if os.environ.get(DATA_DIR_ENV):
        return data_dir() / "logs"
    folder = _standard_location("StateLocation") / "logs"
    move_old_logs(data_dir() / "logs", folder)
    return folder


def move_old_logs(old: Path, new: Path) -> None:
    """Move the files of `old` into `new` (one already there is kept); a failure leaves them."""
    if not old.is_dir():
        return
    new.mkdir(parents=True, exist_ok=True)
    for path in old.iterdir():
        if not (new / path.name).exists():
            with contextlib.suppress(OSError):
                shutil.move(path, new / path.name)
    with contextlib.suppress(OSError):
        old.rmdir()
