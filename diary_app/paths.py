"""Where the program keeps its diary, backups and logs (QStandardPaths, no GUI needed)."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "SYMPTOM_DIARY_DATA_DIR"
APP_FOLDER_NAME = "symptom-diary"
DIARY_FILE_NAME = "diary.sqlite3"


def data_dir() -> Path:
    """The application data folder; SYMPTOM_DIARY_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() == APP_FOLDER_NAME:
        QCoreApplication.setOrganizationName("")
        QCoreApplication.setApplicationName(APP_FOLDER_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_diary_path() -> Path:
    return data_dir() / DIARY_FILE_NAME


def backup_dir(diary_path: Path) -> Path:
    """Backups live beside the diary in a folder of their own."""
    return diary_path.parent / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"
