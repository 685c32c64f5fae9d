"""Warnings about where the diary lives: cloud-synced folders and network file systems."""

from __future__ import annotations

import logging
from pathlib import Path

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

log = logging.getLogger(__name__)  # INFO only: see write_errors.py

CONTEXT = "DiaryLocation"
CLOUD_FOLDER_NAMES = (
    "dropbox",
    "onedrive",
    "icloud",
    "icloud drive",
    "mobile documents",
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "pcloud",
    "mega",
    "box sync",
    "sync.com",
)

NETWORK_FILE_SYSTEMS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "lustre",
)
MOUNTS_FILE = Path("/proc/mounts")


def cloud_folder(path: Path) -> str | None:
    """The name of a cloud-synced folder on the diary's path, if any."""
    for part in Path(path).parts:
        lowered = part.lower()
        if lowered in CLOUD_FOLDER_NAMES or lowered.startswith(("dropbox", "onedrive", "google drive")):
            return part
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def file_system_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point holding `path`, from /proc/mounts text."""
    best, best_type = "", None
    target = str(Path(path).absolute())
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape(fields[1])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _read_mounts() -> str:
    try:
        return MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        log.info("the mounted file systems could not be read: %s", error)
        return ""


def storage_location_warning(path: Path, mounts_text: str | None = None) -> Message | None:
    """A warning when the diary is in a cloud-synced folder or on a network file system."""
    folder = cloud_folder(path)
    if folder:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "DiaryLocation",
                "The diary is in a cloud-synced folder (%1). A sync program can copy the file "
                "while it is being written and damage it. Keep the diary in a local folder; "
                "copying backups to the cloud is safe.",
            ),
            (folder,),
        )
    fs_type = file_system_type(path, _read_mounts() if mounts_text is None else mounts_text)
    if fs_type and fs_type.lower() in NETWORK_FILE_SYSTEMS:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "DiaryLocation",
                "The diary is on a network file system (%1). SQLite cannot lock files reliably "
                "there, which can damage the diary. Keep it on a local disk.",
            ),
            (fs_type,),
        )
    return None
