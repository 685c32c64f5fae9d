"""One program per diary: a lock file beside the diary, and a local server that brings the window forward.

The lock is a QLockFile at `<diary>.lock` with age-based staleness switched off: Qt treats the lock as
stale only when the process that wrote it is gone, so a crash never blocks the next start. The window
also listens on a QLocalServer (a Unix-domain socket or named pipe readable by this user alone; no
network) so that a second start asks the first window to come forward instead of opening the
database twice. The window listens once it has painted (QtNetwork is not loaded before it shows);
a second start asks again while it waits for the lock. On Unix the socket lives in the user's
runtime folder ($XDG_RUNTIME_DIR, else a 0700 folder of ours in the temporary folder), never under
a guessable name in /tmp where another user could bind it first; a second start talks only to a
socket owned by its own user. The command line takes the same lock while it writes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash
from PySide6.QtCore import QLockFile
from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from diary_app.paths import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000
WAIT_FOR_WRITER_MS = 5000
ASK_AGAIN_MS = 250  # while waiting for the lock: a window that has just started may listen by then


class DiaryInUseError(RuntimeError):
    """Another program holds the diary (the command line writing, or a lock that cannot be made)."""


def server_name(diary_path: Path) -> str | None:
    """A per-user, per-diary name for the local server: on Unix a socket path in a folder only
    this user can write to (None when there is no such folder: then no server is used)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}:{Path(diary_path).resolve()}".encode()
    # Qt's SHA-256, not hashlib's: the same digest without loading OpenSSL (3.5 MB) at start-up
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    name = "symptom-diary-" + bytes(digest.data()).decode()[:24]
    if not hasattr(os, "getuid"):
        return name  # a Windows named pipe; UserAccessOption limits it to this user
    folder = runtime_folder()
    return None if folder is None else str(folder / f"{name}.sock")


MAX_SOCKET_FOLDER = 60  # a Unix socket path has room for about 100 bytes


def runtime_folder() -> Path | None:
    """$XDG_RUNTIME_DIR, else `<temp>/symptom-diary-<uid>` (made 0700): only if it is a real
    folder, owned by this user and closed to everyone else."""
    given = os.environ.get("XDG_RUNTIME_DIR")
    if given and len(os.fsencode(given)) <= MAX_SOCKET_FOLDER and _private_folder(Path(given)):
        return Path(given)
    fallback = Path(tempfile.gettempdir()) / f"symptom-diary-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        fallback.mkdir(mode=0o700)
    return fallback if _private_folder(fallback) else None


def _private_folder(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not stat.S_IMODE(info.st_mode) & 0o077
    )


def _owned_socket(name: str) -> bool:
    """The server at `name` was made by this user (always true for a Windows pipe name)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        info = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def _new_lock(diary_path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(diary_path)))
    lock.setStaleLockTime(0)  # long-lived lock: stale only when its process is gone
    return lock


def _lock_failure(lock: QLockFile, diary_path: Path) -> DiaryInUseError:
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()
        pid = info[0] if info else "?"
        return DiaryInUseError(
            f"the diary {diary_path} is open in another Symptom Diary program (process {pid}); "
            "close it first, or make the change there"
        )
    return DiaryInUseError(
        f"the lock file {lock_path(diary_path)} cannot be created; "
        "is the diary's folder read-only, or the disk full?"
    )


@contextlib.contextmanager
def held_diary_lock(diary_path: Path):
    """Hold the diary's lock for a command-line write; raises DiaryInUseError when the window has it."""
    lock_path(diary_path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _new_lock(diary_path)
    if not lock.tryLock(0):
        raise _lock_failure(lock, diary_path)
    try:
        yield
    finally:
        lock.unlock()


def diary_in_use(diary_path: Path) -> bool:
    """True while another live program holds the diary's lock."""
    if not lock_path(diary_path).exists():
        return False
    lock = _new_lock(diary_path)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


class InstanceGuard(QObject):
    """Held by the window while it runs; emits activateRequested when a second start asks."""

    activateRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        lock: QLockFile,
        diary_path: Path,
        recovered_stale_lock: bool,
        parent: QObject | None = None,
        listen: bool = True,
    ):
        super().__init__(parent)
        self.diary_path = Path(diary_path)
        self.recovered_stale_lock = recovered_stale_lock  # the last run did not end cleanly
        self._lock = lock
        self._server: QLocalServer | None = None
        self.listening = False
        if listen:
            self.listen()

    def listen(self) -> bool:
        """Answer second starts from now on (once; the window calls it after its first paint);
        True when listening (False where no private socket folder exists)."""
        if self._server is not None:
            return self.listening
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        name = server_name(self.diary_path)
        if name is not None:
            QLocalServer.removeServer(name)  # a socket file left by a crash
            self.listening = self._server.listen(name)
        return self.listening

    def _on_connection(self) -> None:
        assert self._server is not None, "connections come from the server"
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The second start writes its one line right after connecting.
            ready = socket.canReadLine() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if ready and bytes(socket.readLine().data()) == ACTIVATE:
                self.activateRequested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def release(self) -> None:
        """Stop listening and remove the lock (at a clean exit)."""
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def ask_running_window(diary_path: Path) -> bool:
    """Ask the window that has the diary open to come forward; False when no window answers
    (or the socket there is not this user's own)."""
    name = server_name(diary_path)
    if name is None or not _owned_socket(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


def acquire_or_activate(
    diary_path: Path, parent: QObject | None = None, listen: bool = True
) -> InstanceGuard | None:
    """The guard for this window (listening for second starts unless `listen` is False: then call
    its listen()), or None after asking the running window to come forward.

    Raises DiaryInUseError when a command-line write holds the diary longer than a few seconds,
    or the lock file cannot be made."""
    diary_path = Path(diary_path)
    lock_path(diary_path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    had_lock_file = lock_path(diary_path).exists()
    lock = _new_lock(diary_path)
    if lock.tryLock(0):
        return InstanceGuard(lock, diary_path, had_lock_file, parent, listen)
    waited = 0
    while lock.error() == QLockFile.LockError.LockFailedError and waited < WAIT_FOR_WRITER_MS:
        # The window holding it answers once it has painted; a command-line write never answers.
        if ask_running_window(diary_path):
            return None
        if lock.tryLock(ASK_AGAIN_MS):
            return InstanceGuard(lock, diary_path, False, parent, listen)
        waited += ASK_AGAIN_MS
    raise _lock_failure(lock, diary_path)
