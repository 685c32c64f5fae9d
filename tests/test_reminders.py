"""Due reminders from regimens, doses and the diary, including those missed while the program was closed."""

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from diary_app import autostart
from diary_app.domain import Dose
from diary_app.domain import Regimen
from diary_app.reminders import DIARY
from diary_app.reminders import DOSE
from diary_app.reminders import ReminderSettings
from diary_app.reminders import ReminderState
from diary_app.reminders import dismissed
from diary_app.reminders import dose_from_regimen
from diary_app.reminders import due_reminders
from diary_app.reminders import next_injection_site
from diary_app.reminders import seen
from diary_app.reminders import snoozed

UTC = UTC
WEEKLY = Regimen(
    substance="vitamin_b12",
    form="injection",
    amount=1000.0,
    unit="µg",
    every_days=7,
    start=date(2026, 3, 2),
    compound="hydroxocobalamin",
    id=1,
)
DAILY = Regimen(
    substance="vitamin_b12", form="oral", amount=1000.0, unit="µg", every_days=1, start=date(2026, 3, 1), id=2
)
ON = ReminderSettings(diary_enabled=True, diary_time=time(20, 0), doses_enabled=True, dose_time=time(9, 0))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def taken(regimen: Regimen, moment: datetime) -> Dose:
    return dose_from_regimen(regimen, moment)


def reminders(regimens, doses, now, state=ReminderState(), since=None, logged=frozenset(), options=ON):
    return due_reminders(regimens, doses, logged, options, state, now, since)


def test_dose_due_today_appears_only_after_the_dose_time():
    assert reminders([WEEKLY], [], at(9, 8, 59)) == []
    [reminder] = reminders([WEEKLY], [], at(9, 9, 0))
    assert (reminder.kind, reminder.day, reminder.closed) == (DOSE, date(2026, 3, 9), False)


def test_taking_the_dose_clears_the_reminder():
    doses = [taken(WEEKLY, at(2, 10)), taken(WEEKLY, at(9, 9, 30))]
    assert reminders([WEEKLY], doses, at(9, 12)) == []


def test_a_daily_dose_missed_while_closed_is_shown_at_start():
    doses = [taken(DAILY, at(day, 8)) for day in range(1, 6)]
    since = at(5, 21)  # the program was last open on the 5th in the evening, now it is the 7th
    found = reminders([DAILY], doses, at(7, 8), since=since, options=ReminderSettings(dose_time=time(9)))
    [missed] = found
    assert (missed.day, missed.closed, missed.count, missed.days_late) == (date(2026, 3, 6), True, 1, 1)


def test_nothing_is_missed_while_the_program_was_running():
    doses = [taken(DAILY, at(day, 8)) for day in range(1, 6)]
    assert reminders([DAILY], doses, at(6, 8), since=at(5, 21), options=ReminderSettings()) == []


def test_diary_reminder_today_and_missed_days():
    now = at(10, 20, 30)
    found = reminders([], [], now, since=at(7, 21), logged={date(2026, 3, 9)})
    assert [(r.kind, r.day, r.closed, r.count) for r in found] == [
        (DIARY, date(2026, 3, 10), False, 1),
        (DIARY, date(2026, 3, 8), True, 1),
    ]
    assert reminders([], [], now, logged={date(2026, 3, 10)}) == []


def test_diary_reminder_is_off_by_default():
    assert reminders([], [], at(10, 23), options=ReminderSettings()) == []


def test_snooze_hides_until_its_time_and_dismiss_for_good():
    now = at(9, 9, 0)
    [reminder] = reminders([WEEKLY], [], now)
    state = snoozed(ReminderState(), reminder, now, timedelta(hours=1))
    assert reminders([WEEKLY], [], at(9, 9, 59), state) == []
    assert reminders([WEEKLY], [], at(9, 10, 0), state) == [reminder]
    assert reminders([WEEKLY], [], at(9, 11), dismissed(state, reminder)) == []


def test_state_survives_json_and_seen_forgets_old_entries():
    now = at(9, 9)
    [reminder] = reminders([WEEKLY], [], now)
    state = dismissed(snoozed(ReminderState(), reminder, now), reminder)
    assert ReminderState.from_json(state.to_json()) == state
    month_later = now + timedelta(days=30)
    later = seen(state, month_later)
    assert (later.snoozed_until, later.dismissed, later.last_seen) == ({}, frozenset(), month_later)
    assert ReminderState.from_json("not json") == ReminderState()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(("left_arm", "right_arm", "left_thigh")), max_size=6))
def test_injection_sites_rotate(used):
    sites = ("left_arm", "right_arm", "left_thigh")
    doses = [
        Dose(
            taken_at=at(1 + i, 9), substance="vitamin_b12", form="injection", amount=1.0, unit="µg", site=site
        )
        for i, site in enumerate(used)
    ]
    chosen = next_injection_site(doses, sites)
    assert chosen == (sites[(sites.index(used[-1]) + 1) % 3] if used else sites[0])


def test_autostart_entry_written_and_removed(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": ""}).parts[-2:] == (".config", "autostart")
    assert not autostart.is_enabled(environ)
    path = autostart.set_enabled(True, environ, command=autostart.launch_command())
    assert path == tmp_path / "cfg" / "autostart" / "org.symptomdiary.SymptomDiary.desktop"
    text = path.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "[Desktop Entry]" in text and autostart.shell_words(exec_line[5:])
    assert autostart.is_enabled(environ)
    autostart.set_enabled(False, environ)
    assert not path.exists() and not autostart.is_enabled(environ)


def test_autostart_quotes_paths_with_spaces(tmp_path):
    command = " ".join(autostart._desktop_quote(a) for a in ["/opt/my apps/python", "-m", "diary_app"])
    assert autostart.shell_words(command) == ["/opt/my apps/python", "-m", "diary_app"]


@settings(max_examples=60, deadline=None)
@given(closed_days=st.integers(1, 12), taken_offsets=st.sets(st.integers(1, 11)))
def test_every_untaken_dose_while_closed_is_counted(closed_days, taken_offsets):
    """Closed on the evening of the 5th, back on the morning of 5 + closed_days: nothing slips through."""
    since = at(5, 21)
    now = at(5 + closed_days, 8)
    doses = [taken(DAILY, at(day, 8)) for day in range(1, 6)]
    doses += [taken(DAILY, at(5 + offset, 12)) for offset in taken_offsets if offset < closed_days]
    untaken = [5 + offset for offset in range(1, closed_days) if offset not in taken_offsets]
    found = reminders([DAILY], doses, now, since=since, options=ReminderSettings())
    closed = [r for r in found if r.closed]
    if untaken:
        assert [(r.count, r.day.day) for r in closed] == [(len(untaken), untaken[-1])]
    else:
        assert closed == []


@pytest.fixture
def new_york(monkeypatch):
    import time as time_module

    monkeypatch.setenv("TZ", "America/New_York")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


@pytest.mark.parametrize("zone", ["local", "zoneinfo"])
def test_a_reminder_due_the_day_before_spring_forward_is_counted(new_york, zone):
    """Closed at 08:45 EST on 7 March (before the 09:00 dose), opened on 8 March (EDT)."""
    from zoneinfo import ZoneInfo

    def moment(*fields):
        naive = datetime(*fields)
        return naive.astimezone() if zone == "local" else naive.replace(tzinfo=ZoneInfo("America/New_York"))

    since, now = moment(2026, 3, 7, 8, 45), moment(2026, 3, 8, 8, 0)
    assert since.utcoffset() != now.utcoffset()
    taken_before = [taken(DAILY, moment(2026, 3, day, 9, 5)) for day in range(1, 7)]
    found = reminders(
        [DAILY], taken_before, now, since=since, logged=frozenset(date(2026, 3, day) for day in range(1, 8))
    )
    assert [(r.kind, r.day, r.closed, r.count) for r in found] == [(DOSE, date(2026, 3, 7), True, 1)]
    diary = reminders(
        [],
        [],
        now,
        since=since,
        options=ReminderSettings(diary_enabled=True, diary_time=time(8, 50), doses_enabled=False),
    )
    assert [(r.kind, r.day, r.closed) for r in diary] == [(DIARY, date(2026, 3, 7), True)]
