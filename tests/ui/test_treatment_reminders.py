"""The reminder banner on an injectable clock: due doses, "Done" logs them, missed ones shown at start."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import Profile
from diary_app.domain import Regimen
from diary_app.domain.messages import strip_isolates
from diary_app.reminders import ReminderSettings
from diary_app.reminders import ReminderState
from diary_app.settings import AppSettings

ZONE = timezone(timedelta(hours=2))
MONDAY = date(2026, 3, 2)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(datetime.combine(MONDAY, time(8, 0), tzinfo=ZONE))


@pytest.fixture
def settings(qapp, tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def session(qapp, store, settings, clock):
    from diary_app.ui.session import DiarySession

    profile = store.add_profile(Profile(name="Omar"))
    made = DiarySession(store, profile.id, settings, clock=clock)
    yield made
    made.undo_stack.clear()


@pytest.fixture
def notes():
    return []


@pytest.fixture
def make_banner(qtbot, session, notes):
    from diary_app.ui.reminder_banner import ReminderBanner

    windows = []

    def make():
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        banner = ReminderBanner(session, notifier=lambda title, text: notes.append(text), parent=window)
        QVBoxLayout(window).addWidget(banner)
        window.show()
        return banner

    return make


def weekly(store, session, start=MONDAY) -> Regimen:
    return store.add_regimen(
        session.profile_id,
        Regimen(
            substance="vitamin_b12",
            form="injection",
            amount=1000.0,
            unit="µg",
            every_days=7,
            start=start,
            compound="hydroxocobalamin",
        ),
    )


def shown_texts(banner) -> list[str]:
    labels = banner.findChildren(QLabel, "reminderText")
    return [strip_isolates(label.text()) for label in labels if label.isVisibleTo(banner)]


def button(banner, name: str) -> QPushButton:
    [found] = [b for b in banner.findChildren(QPushButton, name) if b.isVisibleTo(banner)]
    return found


def test_due_reminder_appears_on_the_timer_and_done_logs_the_dose(
    qtbot, make_banner, session, store, clock, notes
):
    regimen = weekly(store, session)
    banner = make_banner()
    assert banner.start() == [] and not banner.isVisible()

    clock.now = clock.now.replace(hour=9, minute=5)
    banner.timer.timeout.emit()  # what the minute timer does
    assert banner.isVisible()
    assert shown_texts(banner) == ["Time for your dose: Vitamin B12, 1000 µg, injection (hydroxocobalamin)."]
    assert [strip_isolates(note) for note in notes] == shown_texts(banner)  # notified once (a tray)

    qtbot.mouseClick(button(banner, "reminderDone"), Qt.MouseButton.LeftButton)
    [dose] = store.doses(session.profile_id)
    assert (dose.substance, dose.form, dose.amount, dose.compound) == (
        regimen.substance,
        regimen.form,
        regimen.amount,
        regimen.compound,
    )
    assert dose.taken_at == clock.now and dose.site == "left_arm"
    assert banner.reminders() == [] and not banner.isVisible()
    session.undo_stack.undo()
    assert store.doses(session.profile_id) == [] and len(banner.reminders()) == 1
    assert len(notes) == 1


def test_missed_dose_is_shown_at_start_and_done_logs_it_on_its_day(
    qtbot, make_banner, session, store, clock, settings
):
    regimen = store.add_regimen(
        session.profile_id,
        Regimen(substance="vitamin_b12", form="oral", amount=1000.0, unit="µg", every_days=1, start=MONDAY),
    )
    settings.reminder_state = ReminderState(last_seen=datetime.combine(MONDAY, time(21), tzinfo=ZONE))
    clock.now = datetime.combine(MONDAY + timedelta(days=2), time(8, 0), tzinfo=ZONE)  # closed all Tuesday
    banner = make_banner()
    [missed] = banner.start()
    assert missed.closed and missed.day == MONDAY + timedelta(days=1)
    assert shown_texts(banner) == [
        "You had a dose due yesterday that was not logged: Vitamin B12, 1000 µg, tablet or capsule (oral)."
    ]

    qtbot.mouseClick(button(banner, "reminderDone"), Qt.MouseButton.LeftButton)
    [dose] = store.doses(session.profile_id)
    assert dose.taken_at == datetime.combine(MONDAY + timedelta(days=1), time(9), tzinfo=ZONE)
    assert dose.substance == regimen.substance and dose.site == ""
    assert banner.reminders() == []
    assert settings.reminder_state.last_seen == clock.now


def test_snooze_hides_for_an_hour_and_survives_a_restart(qtbot, make_banner, session, store, clock, tmp_path):
    weekly(store, session)
    clock.now = clock.now.replace(hour=9)
    banner = make_banner()
    assert len(banner.start()) == 1
    qtbot.mouseClick(button(banner, "reminderSnooze"), Qt.MouseButton.LeftButton)
    assert banner.reminders() == [] and not banner.isVisible()

    reopened = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reopened.reminder_state.snoozed_until  # stored in the settings file
    clock.now += timedelta(minutes=59)
    assert banner.check() == []
    clock.now += timedelta(minutes=1)
    assert len(banner.check()) == 1 and banner.isVisible()


def test_diary_reminder_done_asks_the_window_to_open_the_day(qtbot, make_banner, session, clock, settings):
    settings.reminders = ReminderSettings(diary_enabled=True, diary_time=time(20, 0), doses_enabled=False)
    clock.now = clock.now.replace(hour=20, minute=1)
    banner = make_banner()
    assert shown_texts(banner) == [] and len(banner.start()) == 1
    assert shown_texts(banner) == ["Time to fill in today's diary."]
    with qtbot.waitSignal(banner.diaryRequested) as opened:
        qtbot.mouseClick(button(banner, "reminderDone"), Qt.MouseButton.LeftButton)
    assert opened.args == [MONDAY]
    assert banner.reminders() == []


def test_dismiss_hides_without_logging(qtbot, make_banner, session, store, clock):
    weekly(store, session)
    clock.now = clock.now.replace(hour=10)
    banner = make_banner()
    banner.start()
    qtbot.mouseClick(button(banner, "reminderDismiss"), Qt.MouseButton.LeftButton)
    assert banner.reminders() == [] and store.doses(session.profile_id) == []
    clock.now += timedelta(hours=5)
    assert banner.check() == []


def test_reminder_options_save_settings_and_autostart(qtbot, settings, tmp_path):
    from diary_app import autostart
    from diary_app.ui.reminder_options import ReminderOptions

    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    options = ReminderOptions(settings, autostart_environ=environ)
    qtbot.addWidget(options)
    assert not options.login.isChecked() and not options.diary.isChecked()  # both off by default
    options.diary.setFocus()
    qtbot.keyClick(options.diary, Qt.Key.Key_Space)
    assert settings.reminders.diary_enabled and settings.reminders.diary_time == time(20, 0)
    options.login.setFocus()
    qtbot.keyClick(options.login, Qt.Key.Key_Space)
    assert autostart.autostart_file(environ).is_file()
    qtbot.keyClick(options.login, Qt.Key.Key_Space)
    assert not autostart.autostart_file(environ).exists()
