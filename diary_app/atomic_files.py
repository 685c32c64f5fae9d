"""Crash-safe file writes for exports, reports and charts: temporary file, fsync, os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


class NotARegularFileError(OSError):
    """The target exists and is a link, a device, a pipe or a folder: it is never replaced."""

    def __init__(self, path: Path):
        super().__init__(
            errno.EEXIST,
            "it exists and is not a regular file (a link, device, pipe "
            "or folder), so it was not replaced; choose another name",
            str(path),
        )


def create_private_file(path: Path) -> None:
    """An empty file only its owner may read, in a private folder made if missing; an existing
    file is left as it is."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def refuse_special_target(path: Path | str) -> None:
    """Raise NotARegularFileError unless `path` is missing or a regular file (links not followed)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(Path(path))


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never a part."""
    return atomic_write_set({Path(path): data})[0]


def atomic_write_set(files: dict[Path, bytes]) -> list[Path]:
    """Write several files as a set: every one is written and synced to a temporary file first,
    and only then are they renamed into place, so a full disk leaves none of them half-made."""
    for path in files:
        refuse_special_target(path)
    temporaries: dict[Path, str] = {}
    try:
        for path, data in files.items():
            temporaries[path] = _written_temporary(Path(path), data)
        for path, temporary in temporaries.items():
            os.replace(temporary, path)
    except BaseException:
        for temporary in temporaries.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
    for folder in {Path(path).parent for path in files}:
        _sync_folder(folder)
    return [Path(path) for path in files]


def _written_temporary(path: Path, data: bytes) -> str:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, PRIVATE_FILE_MODE)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return temporary


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """atomic_write_bytes of `text` encoded as given (UTF-8 by default); no newline translation."""
    return atomic_write_bytes(path, text.encode(encoding))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
