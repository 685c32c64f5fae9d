"""The in-window reminder banner (with a tray notification where there is a tray): Done, Snooze, Dismiss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSystemTrayIcon
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.analysis.adherence import earliest_matchable_day
from diary_app.domain import vocab
from diary_app.domain.messages import fill_placeholders
from diary_app.reminders import DIARY
from diary_app.reminders import MemoryReminderPreferences
from diary_app.reminders import Reminder
from diary_app.reminders import dismissed
from diary_app.reminders import dose_from_regimen
from diary_app.reminders import due_reminders
from diary_app.reminders import next_injection_site
from diary_app.reminders import seen
from diary_app.reminders import snoozed
from diary_app.ui.dose_labels import plan_text
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import RecordChanges
from diary_app.ui.widgets.record_text import date_text

CHECK_INTERVAL_MS = 60_000
Notifier = Callable[[str, str], None]


def reminder_preferences(session: DiarySession):
    """The settings object when it keeps reminders (AppSettings does), else an in-memory stand-in."""
    settings = session.settings
    if hasattr(settings, "reminders") and hasattr(settings, "reminder_state"):
        return settings
    return MemoryReminderPreferences()


class TrayNotifier:
    """Shows reminders as system tray messages; only built when the desktop has a tray."""

    def __init__(self, parent: QWidget):
        icon = QApplication.windowIcon()
        if icon.isNull():
            from PySide6.QtWidgets import QStyle  # its classes and enums only when needed

            icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(QIcon(icon), parent)
        self.tray.setToolTip(QApplication.applicationDisplayName())

    def __call__(self, title: str, text: str) -> None:
        self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)


class ReminderBanner(QFrame):
    """Call `start()` once the window is shown: it shows what fell due while the program was closed."""

    diaryRequested = Signal(object)  # noqa: N815  a date: the window should open that day's entry
    remindersChanged = Signal(int)  # noqa: N815  how many reminders are showing

    def __init__(
        self,
        session: DiarySession,
        preferences=None,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.preferences = preferences if preferences is not None else reminder_preferences(session)
        self.changes = RecordChanges(session, "doses", self)
        self._notifier = notifier
        self._since: datetime | None = None
        self._started = False
        self._shown: list[Reminder] = []
        self._notified: set[str] = set()
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminderBanner { border: 2px solid palette(highlight); }")
        self._rows = QVBoxLayout(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        session.diaryChanged.connect(self.check)
        session.profileChanged.connect(self.check)
        self.setVisible(False)

    def start(self) -> list[Reminder]:
        """Remember when the program last looked, show what is due (missed ones too), start the timer."""
        self._since = self.preferences.reminder_state.last_seen
        self._started = True
        self.timer.start()
        return self.check()

    def reminders(self) -> list[Reminder]:
        return list(self._shown)

    def check(self) -> list[Reminder]:
        if not self._started:
            return []
        now = self.session.clock()
        profile = self.session.profile_id
        store = self.session.store
        logged = {entry.day for entry in store.entries(profile, now.date() - timedelta(days=15), now.date())}
        state = self.preferences.reminder_state
        regimens = store.regimens(profile)
        first = earliest_matchable_day(regimens)  # older doses never count for a plan
        due = due_reminders(
            regimens,
            [] if first is None else store.doses(profile, first),
            logged,
            self.preferences.reminders,
            state,
            now,
            self._since,
        )
        if [r.key for r in due] != [r.key for r in self._shown]:
            self._show(due)
        self._notify([r for r in due if r.key not in self._notified])
        self.preferences.reminder_state = seen(state, now)
        return due

    def _show(self, reminders: list[Reminder]) -> None:
        self._shown = list(reminders)
        while self._rows.count():
            item = self._rows.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.hide()
                row.deleteLater()
        for reminder in reminders:
            self._rows.addWidget(self._row(reminder))
        self.setVisible(bool(reminders))
        self.remindersChanged.emit(len(reminders))

    def _row(self, reminder: Reminder) -> QWidget:
        row = QWidget(self)
        row.setObjectName(f"reminder:{reminder.key}")
        text = QLabel(self.text_of(reminder), row)
        text.setWordWrap(True)
        text.setObjectName("reminderText")
        done = QPushButton(self.tr("Done"), row)
        done.setObjectName("reminderDone")
        done.setToolTip(self._done_tip(reminder))
        snooze = QPushButton(self.tr("Snooze"), row)
        snooze.setObjectName("reminderSnooze")
        snooze.setToolTip(self.tr("Remind me again in an hour"))
        dismiss = QPushButton(self.tr("Dismiss"), row)
        dismiss.setObjectName("reminderDismiss")
        dismiss.setToolTip(self.tr("Hide this reminder; nothing is logged"))
        done.clicked.connect(lambda: self.done(reminder))
        snooze.clicked.connect(lambda: self.snooze(reminder))
        dismiss.clicked.connect(lambda: self.dismiss(reminder))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        for button in (done, snooze, dismiss):
            button.setMinimumHeight(32)
            layout.addWidget(button)
        return row

    def done(self, reminder: Reminder) -> None:
        """A dose reminder logs the planned dose (now, or on its day when that has passed); a diary
        reminder asks the window to open that day."""
        if reminder.kind == DIARY:
            self.preferences.reminder_state = dismissed(self.preferences.reminder_state, reminder)
            self.diaryRequested.emit(reminder.day)
            self.check()
            return
        now = self.session.clock()
        when = now
        if reminder.closed:
            when = datetime.combine(reminder.day, self.preferences.reminders.dose_time, tzinfo=now.tzinfo)
        doses = self.session.store.doses(self.session.profile_id, now.date() - timedelta(days=120))
        site = next_injection_site(doses, vocab.INJECTION_SITES[1:])
        dose = dose_from_regimen(reminder.planned(), when, site)
        self.changes.add(
            dose,
            self.tr("Log dose"),
            fill_placeholders(self.tr("Dose saved: %1."), [plan_text(dose)], isolate=False),
        )

    def snooze(self, reminder: Reminder) -> None:
        self.preferences.reminder_state = snoozed(
            self.preferences.reminder_state, reminder, self.session.clock()
        )
        self.check()

    def dismiss(self, reminder: Reminder) -> None:
        self.preferences.reminder_state = dismissed(self.preferences.reminder_state, reminder)
        self.check()

    def _notify(self, reminders: list[Reminder]) -> None:
        """A desktop notification once per reminder and run, where the desktop has a tray."""
        if not reminders:
            return
        self._notified.update(r.key for r in reminders)
        if self._notifier is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._notifier = TrayNotifier(self)
        if self._notifier is not None:
            for reminder in reminders:
                self._notifier(self.tr("Symptom Diary reminder"), self.text_of(reminder))

    def _done_tip(self, reminder: Reminder) -> str:
        if reminder.kind == DIARY:
            return self.tr("Open the diary for that day")
        if reminder.closed:
            return fill_placeholders(
                self.tr("Log this dose as taken on %1"), [date_text(reminder.day)], isolate=False
            )
        return self.tr("Log this dose as taken now")

    def text_of(self, reminder: Reminder) -> str:
        if reminder.kind == DIARY:
            return self._diary_text(reminder)
        plan = plan_text(reminder.planned())
        day = date_text(reminder.day)
        if not reminder.closed:
            if reminder.days_late == 0:
                return fill_placeholders(self.tr("Time for your dose: %1."), [plan], isolate=False)
            return fill_placeholders(self.tr("Your dose planned for %1 is still due: %2."), [day, plan])
        if reminder.count > 1:
            return fill_placeholders(
                self.tr(
                    "%n planned doses were not logged while the program was closed; "
                    "the last was due on %1: %2.",
                    "",
                    reminder.count,
                ),
                [day, plan],
            )
        if reminder.days_late == 1:
            return fill_placeholders(self.tr("You had a dose due yesterday that was not logged: %1."), [plan])
        return fill_placeholders(self.tr("You had a dose due on %1 that was not logged: %2."), [day, plan])

    def _diary_text(self, reminder: Reminder) -> str:
        if not reminder.closed:
            return self.tr("Time to fill in today's diary.")
        day = date_text(reminder.day)
        if reminder.count > 1:
            return fill_placeholders(
                self.tr(
                    "The diary was not filled in on %n days while the program was closed; the last was %1.",
                    "",
                    reminder.count,
                ),
                [day],
                isolate=False,
            )
        if reminder.days_late == 1:
            return self.tr("You did not fill in the diary yesterday.")
        return fill_placeholders(self.tr("You did not fill in the diary on %1."), [day], isolate=False)
