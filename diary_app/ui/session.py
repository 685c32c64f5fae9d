"""The state the pages share: the open diary, the current profile, the clock and the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from diary_app.storage import DiaryStore
from diary_app.ui.undo_guard import GuardedUndoStack


def local_now() -> datetime:
    """The current local time with its UTC offset."""
    return datetime.now().astimezone()


class DiarySession(QObject):
    """Passed to every page's constructor; pages listen to its signals to stay current."""

    profileChanged = Signal(int)  # noqa: N815 (Qt signal naming)
    diaryChanged = Signal()  # noqa: N815  emitted after any committed change
    statusMessage = Signal(str)  # noqa: N815  a short message for the status bar

    def __init__(
        self,
        store: DiaryStore,
        profile_id: int,
        settings=None,
        clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.clock = clock
        self._profile_id = profile_id
        self.undo_stack = GuardedUndoStack(self)  # shared by the pages; the window's Edit menu drives it

    @property
    def profile_id(self) -> int:
        return self._profile_id

    def set_profile(self, profile_id: int) -> None:
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self.profileChanged.emit(profile_id)

    def today(self) -> date:
        return self.clock().date()

    def notify_changed(self) -> None:
        self.diaryChanged.emit()
