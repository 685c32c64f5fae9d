"""The command line's guard around the diary: the window's lock, and no work on a damaged file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from diary_app.domain.messages import strip_isolates
from diary_app.errors import UserError
from diary_app.paths import backup_dir
from diary_app.paths import lock_path
from diary_app.storage.health import examine


@contextlib.contextmanager
def checked_diary(path: Path, write: bool):
    """Hold the diary's lock while a command writes (refused while the window has the diary
    open) and refuse to open a damaged diary, which is left exactly as it is."""
    if not write:
        refuse_damaged(path, in_use=diary_in_use(path))
        yield
        return
    # Qt's lock file is loaded here, not at start-up, so `--help` and argument errors stay fast.
    from diary_app.single_instance import DiaryInUseError
    from diary_app.single_instance import held_diary_lock

    try:
        with held_diary_lock(path):
            refuse_damaged(path)
            yield
    except DiaryInUseError as error:
        raise UserError(str(error)) from error


def diary_in_use(path: Path) -> bool:
    """Whether another program (the window, a writing command) holds the diary's lock. Qt is asked
    only when a lock file exists: the window removes its lock file when it closes, and a crashed
    program's is judged by Qt (stale when its process is gone), so a diary that nobody has open is
    read without loading Qt."""
    if not lock_path(path).exists():
        return False
    from diary_app.single_instance import diary_in_use as lock_held

    return lock_held(path)


def refuse_damaged(path: Path, in_use: bool = False) -> None:
    report = examine(path, in_use=in_use)
    problem = report.problem()  # None when the diary is usable
    if problem is None:
        return
    if not report.damaged:
        raise UserError(strip_isolates(problem.render()))
    raise UserError(
        f"{strip_isolates(problem.render())} It was not changed. "
        f"`symptom-diary check` tells more; `symptom-diary restore FILE` puts back a backup "
        f"(the backups are in {backup_dir(Path(path))})."
    )
