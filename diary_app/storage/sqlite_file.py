"""Reading an SQLite diary file without changing it: header, WAL frames, read-only queries."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
WAL_MAGICS = (0x377F0682, 0x377F0683)
BACKUP_MARK = 0x53444231  # PRAGMA application_id of our backup copies ("SDB1")


def companion(path: Path, suffix: str) -> Path:
    """`diary.sqlite3` -> `diary.sqlite3-wal` (suffix '-wal' or '-shm')."""
    return path.with_name(path.name + suffix)


@dataclass(frozen=True)
class FileHeader:
    """The fields of the 100-byte database header we rely on."""

    page_size: int  # 0 when the header's page size is not a valid one
    header_pages: int | None  # the in-header page count, when the header says it is valid
    application_id: int


def read_header(path: Path) -> FileHeader | None:
    """The header, or None when the file does not start like an SQLite database."""
    with open(path, "rb") as file:
        data = file.read(HEADER_SIZE)
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_MAGIC):
        return None
    raw_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if raw_size == 1 else raw_size
    if page_size < 512 or page_size & (page_size - 1):
        page_size = 0
    change_counter, valid_for = struct.unpack(">I", data[24:28])[0], struct.unpack(">I", data[92:96])[0]
    pages = struct.unpack(">I", data[28:32])[0]
    header_pages = pages if pages and change_counter == valid_for else None
    return FileHeader(page_size, header_pages, struct.unpack(">I", data[68:72])[0])


@dataclass(frozen=True)
class WalState:
    """What a leftover write-ahead log holds, read frame by frame with its checksums."""

    size: int
    header_valid: bool
    page_size: int = 0
    committed_frames: int = 0
    unfinished_frames: int = 0  # valid frames after the last commit: a write that never finished
    torn_tail: bool = False  # a partial frame or a bad checksum after the last commit
    committed_after_break: bool = False  # a commit frame beyond a broken frame: saved data lost
    page_one_application_ids: tuple[int, ...] = ()

    @property
    def holds_data(self) -> bool:
        return self.committed_frames > 0

    @property
    def interrupted(self) -> bool:
        return self.unfinished_frames > 0 or self.torn_tail


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalState | None:
    """The state of `path`-wal, or None when there is none (or it is empty)."""
    wal_path = companion(path, "-wal")
    if not wal_path.exists() or wal_path.stat().st_size == 0:
        return None
    data = wal_path.read_bytes()
    if len(data) < WAL_HEADER_SIZE:
        return WalState(len(data), header_valid=False)
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    big_endian = magic == WAL_MAGICS[1]
    sound_size = 512 <= page_size <= 65536 and not page_size & (page_size - 1)
    if magic not in WAL_MAGICS or not sound_size or _checksum(data[:24], big_endian, 0, 0) != (c0, c1):
        return WalState(len(data), header_valid=False)
    return _read_frames(data, page_size, (salt1, salt2), big_endian, (c0, c1))


def _read_frames(
    data: bytes, page_size: int, salts: tuple[int, int], big_endian: bool, sums: tuple[int, int]
) -> WalState:
    frame_size = WAL_FRAME_HEADER_SIZE + page_size
    committed = valid = 0
    broken_at = None
    page_one_ids = []
    offset = WAL_HEADER_SIZE
    while offset + frame_size <= len(data):
        header = data[offset : offset + WAL_FRAME_HEADER_SIZE]
        page = data[offset + WAL_FRAME_HEADER_SIZE : offset + frame_size]
        page_number, commit_size, salt1, salt2, f0, f1 = struct.unpack(">6I", header)
        if broken_at is None:
            sums = _checksum(header[:8] + page, big_endian, *sums)
            if (salt1, salt2) != salts or sums != (f0, f1):
                broken_at = valid
            else:
                valid += 1
                committed = valid if commit_size else committed
                if page_number == 1:
                    page_one_ids.append(struct.unpack(">I", page[68:72])[0])
        elif (salt1, salt2) == salts and commit_size:
            return _wal_state(data, page_size, committed, valid, True, page_one_ids, True)
        offset += frame_size
    torn = broken_at is not None or offset != len(data)
    return _wal_state(data, page_size, committed, valid, torn, page_one_ids, False)


def _wal_state(
    data: bytes,
    page_size: int,
    committed: int,
    valid: int,
    torn: bool,
    page_one_ids: Iterable[int],
    lost: bool,
) -> WalState:
    return WalState(len(data), True, page_size, committed, valid - committed, torn, lost, tuple(page_one_ids))


def file_uri(path: Path, mode: str) -> str:
    return Path(path).resolve().as_uri() + f"?mode={mode}"


def open_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file.

    With a log beside the file it is opened read-only, so closing it neither checkpoints the log
    into the file nor deletes it. Without one, a query-only connection is used instead, because a
    read-only one would leave empty -wal and -shm files behind."""
    with_log = companion(Path(path), "-wal").exists()
    conn = sqlite3.connect(file_uri(path, "ro" if with_log else "rw"), uri=True, isolation_level=None)
    try:
        if not with_log:
            conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def open_for_reading(path: Path, unchanging: bool = False) -> sqlite3.Connection:
    """`open_readonly`, or, where SQLite cannot create its shared-memory file (a read-only
    folder or mount, a full disk), an `immutable` connection that reads the file alone: the
    -shm that every writer needs could not be made, so no one is writing. Not when a log beside
    the file holds saved changes: those an immutable reader would silently miss. Log files that
    the failed attempt left behind are removed again.

    `unchanging`: the caller holds the diary's lock, so nothing writes the file meanwhile; without
    a log beside it the file is then read alone at once (`immutable`), which checks it about four
    times faster than a query-only connection (SQLite's quick_check: 1.5 against 6 ms for a
    ten-year diary) and leaves no -wal or -shm behind."""
    if unchanging and not companion(Path(path), "-wal").exists():
        return _immutable(path)
    before = {suffix: companion(Path(path), suffix).exists() for suffix in ("-wal", "-shm")}
    try:
        conn = open_readonly(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as error:
        if not cannot_write_here(error):
            raise
        leftover = read_wal(Path(path))
        if leftover is not None and leftover.holds_data:
            raise  # saved changes wait in the log, which an immutable reader would not see
        for suffix, existed in before.items():
            left = companion(Path(path), suffix)
            if not existed and left.exists():
                left.unlink()
        return _immutable(path)


def _immutable(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?immutable=1", uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


DAMAGE_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_damage(error: sqlite3.Error) -> bool:
    """SQLite says the file itself is damaged (not: cannot be reached, written or locked)."""
    return (getattr(error, "sqlite_errorname", "") or "").startswith(DAMAGE_ERRORS)


def cannot_write_here(error: sqlite3.Error) -> bool:
    """No space, a read-only file or folder, no permission, or the shared-memory file failed."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(
        (
            "SQLITE_FULL",
            "SQLITE_CANTOPEN",
            "SQLITE_READONLY",
            "SQLITE_PERM",
            "SQLITE_IOERR_SHM",
            "SQLITE_IOERR_WRITE",
            "SQLITE_IOERR_FSYNC",
        )
    )


def user_tables(conn: sqlite3.Connection) -> list[str]:
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [row[0] for row in found]


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in user_tables(conn)}


def content_fingerprint(conn: sqlite3.Connection) -> str:
    """A hash of the schema version and every row: equal fingerprints mean equal diaries."""
    import hashlib  # here: it loads OpenSSL (3.5 MB), which the window's start-up does not need

    digest = hashlib.sha256()
    digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
    for table in user_tables(conn):
        digest.update(table.encode())
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def stored_identity(conn: sqlite3.Connection) -> str | None:
    """The diary id kept inside the database (migration 2), or None for an older or foreign file."""
    try:
        row = conn.execute("SELECT value FROM diary_meta WHERE key = 'diary_id'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def identity_of_file(path: Path) -> str | None:
    """The diary id stored in the file at `path`; None when it has none or cannot be read."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = open_readonly(path)
    except sqlite3.DatabaseError:
        return None
    try:
        return stored_identity(conn)
    finally:
        conn.close()


def check_rows(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The lines of `PRAGMA quick_check` / `integrity_check`; ['ok'] for a sound file."""
    return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]


def diary_file_of(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection's main database (None for an in-memory one)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None
