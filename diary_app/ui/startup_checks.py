"""What the window does with the diary before it opens it: one instance, health, folder, daily backup."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import fill_placeholders
from diary_app.i18n import translate
from diary_app.single_instance import DiaryInUseError
from diary_app.single_instance import InstanceGuard
from diary_app.single_instance import acquire_or_activate
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import auto_backup
from diary_app.storage.health import DamageNotice
from diary_app.storage.health import check_at_start
from diary_app.ui import dialogs
from diary_app.ui.dialogs import message_text

log = logging.getLogger(__name__)
CONTEXT = "StartupChecks"


@dataclass(frozen=True)
class StartOutcome:
    guard: InstanceGuard | None  # keep it while the window runs; release() at a clean exit
    proceed: bool  # False: another window came forward, or the user chose to quit


def prepare_diary(
    diary_path: Path,
    parent: QWidget | None = None,
    numbers: NumberFormat = NumberFormat(),
    daily_backup: bool = True,
    listen: bool = True,
) -> StartOutcome:
    """Take the diary's lock (or bring the running window forward), check the file, deal with
    damage (the damaged files are kept aside; the newest sound backup is offered), warn about a
    cloud or network folder, and make the daily backup (unless `daily_backup` is False: the window
    makes it with make_daily_backup() once it is shown; likewise, unless `listen`, the guard answers
    second starts only once its listen() is called). Call before open_store()."""
    try:
        guard = acquire_or_activate(diary_path, listen=listen)
    except DiaryInUseError as error:
        dialogs.warn(
            parent,
            translate("StartupChecks", "Symptom Diary"),
            fill_placeholders(translate("StartupChecks", "The diary cannot be opened now: %1"), [str(error)]),
        )
        return StartOutcome(None, False)
    if guard is None:
        return StartOutcome(None, False)
    startup = check_at_start(diary_path, unclean=guard.recovered_stale_lock)
    if startup.report.interrupted_write:
        log.warning("the last run was interrupted while saving; the unfinished change was discarded")
    if startup.notice is not None and not handle_damage(startup.notice, diary_path, parent, numbers):
        guard.release()
        return StartOutcome(None, False)
    if startup.location_warning is not None:
        dialogs.warn(
            parent,
            translate("StartupChecks", "Where the diary is kept"),
            message_text(startup.location_warning, numbers),
        )
    if daily_backup:
        make_daily_backup(diary_path)
    return StartOutcome(guard, True)


def make_daily_backup(diary_path: Path) -> Path | None:
    """The day's backup when one is due (see auto_backup); a failure is logged, never raised."""
    try:
        made = auto_backup(diary_path) if Path(diary_path).is_file() else None
    except BackupError as error:
        log.warning("the daily backup could not be made: %s", error)
        return None
    if made is not None:
        log.info("daily backup written to %s", made)
    return made


def handle_damage(
    notice: DamageNotice,
    diary_path: Path,
    parent: QWidget | None = None,
    numbers: NumberFormat = NumberFormat(),
) -> bool:
    """Tell the user what happened and offer the backup. False: the user chose to quit."""
    box = dialogs.message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("StartupChecks", "The diary needs attention"),
        "\n\n".join(message_text(m, numbers) for m in notice.messages()),
        QMessageBox.StandardButton.NoButton,
    )
    restore = None
    if notice.offered is not None:
        restore = box.addButton(
            translate("StartupChecks", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    empty = box.addButton(
        translate("StartupChecks", "Start an empty diary"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button = box.addButton(translate("StartupChecks", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()  # None when the box was closed without a button (e.g. SIGTERM)
    if clicked is not None and clicked is restore and notice.offered is not None:
        return _restore(notice.offered.path, diary_path, parent)
    return clicked is not None and clicked is empty


def _restore(backup: Path, diary_path: Path, parent: QWidget | None) -> bool:
    from diary_app.storage.restore import restore_backup  # here: only a damaged diary needs it

    try:
        restore_backup(backup, diary_path)
    except BackupError as error:
        failed = translate("StartupChecks", "The backup could not be restored: %1")
        dialogs.fail(
            parent,
            translate("StartupChecks", "The diary needs attention"),
            fill_placeholders(failed, [str(error)]),
        )
        return False
    return True
