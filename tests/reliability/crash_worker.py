"""A process that writes to a diary until it is killed, printing an acknowledgement after each commit.

Run as: python crash_worker.py MODE DIARY, MODE one of save, import, backup, migrate. Each line
`ACK <kind> <number or path>` is printed only after the change is committed (or the backup is in
place), so the parent knows exactly which changes were reported as done when it killed us.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path

from reliability_helpers import entry_for

from diary_app.domain import Dose
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.storage import migrations
from diary_app.storage import open_store
from diary_app.storage.backup import make_backup

FIRST_SAVE, BATCH, FIRST_BATCH_DAY = 1000, 20, 3000
FILLER_ROWS = 60000
HEAVY_STEP = (
    "ALTER TABLE entries ADD COLUMN mood INTEGER NOT NULL DEFAULT 0;\n"
    "UPDATE entries SET mood = length(notes) % 7;\n"
    "CREATE TABLE filler (x INTEGER PRIMARY KEY, blob BLOB NOT NULL) STRICT;\n"
    f"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {FILLER_ROWS}) "
    "INSERT INTO filler SELECT x, randomblob(200) FROM n;\n"
)


def batch(number: int) -> ProfileDiary:
    """Import batch `number`: BATCH entries on days of their own, and one dose."""
    first = FIRST_BATCH_DAY + number * BATCH
    entries = tuple(entry_for(first + i) for i in range(BATCH))
    taken = datetime.combine(entries[0].day, clock_time(9), UTC)
    dose = Dose(taken, "vitamin_b12", "oral", 1000, "µg", notes=f"batch {number}")
    return ProfileDiary(Profile(name="Ann"), entries=entries, doses=(dose,))


def ack(kind: str, value) -> None:
    print(f"ACK {kind} {value}", flush=True)


def run_saves(path: Path) -> None:
    store = open_store(path)
    for number in range(FIRST_SAVE, FIRST_SAVE + 5000):
        store.save_entry(1, entry_for(number))
        ack("save", number)


def run_imports(path: Path) -> None:
    store = open_store(path)
    for number in range(500):
        store.import_diaries([batch(number)])
        ack("import", number)


def run_backups(path: Path) -> None:
    store = open_store(path)
    for number in range(FIRST_SAVE, FIRST_SAVE + 500):
        store.save_entry(1, entry_for(number))
        ack("save", number)
        ack("backup", make_backup(path, "manual"))


def run_migration(path: Path) -> None:
    migrations.MIGRATIONS = (*migrations.MIGRATIONS, HEAVY_STEP)
    migrations.LATEST_VERSION = len(migrations.MIGRATIONS)
    print("STARTED", flush=True)
    store = open_store(path)
    ack("migrated", store.db.execute("PRAGMA user_version").fetchone()[0])
    store.close()


MODES = {"save": run_saves, "import": run_imports, "backup": run_backups, "migrate": run_migration}

if __name__ == "__main__":
    MODES[sys.argv[1]](Path(sys.argv[2]))
    print("DONE", flush=True)
    time.sleep(600)  # wait for the kill, so every round ends the same way
