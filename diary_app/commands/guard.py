"""The command line's guard around the diary: the window's lock, and no work on a damaged file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from diary_app.domain.messages import strip_isolates
from diary_app.errors import UserError
from diary_app.paths import backup_dir
from diary_app.storage.health import examine


@contextlib.contextmanager
def checked_diary(path: Path, write: bool):
    """Hold the diary's lock while a command writes (refused while the window has the diary
    open) and refuse to open a damaged diary, which is left exactly as it is."""
    # Qt's lock file is loaded here, not at start-up, so `--help` and argument errors stay fast.
    from diary_app.single_instance import DiaryInUseError
    from diary_app.single_instance import diary_in_use
    from diary_app.single_instance import held_diary_lock

    try:
        with held_diary_lock(path) if write else contextlib.nullcontext():
            refuse_damaged(path, in_use=not write and diary_in_use(path))
            yield
    except DiaryInUseError as error:
        raise UserError(str(error)) from error


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
