"""Which reminders are due now (doses, daily diary), including those missed while the program was closed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Set
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone

from diary_app.analysis import adherence_for
from diary_app.analysis import next_due
from diary_app.domain import Dose
from diary_app.domain import Regimen

DOSE = "dose"
DIARY = "diary"
MISSED_LOOKBACK_DAYS = 14
FORGET_AFTER_DAYS = 14
DEFAULT_SNOOZE = timedelta(hours=1)


@dataclass(frozen=True)
class ReminderSettings:
    """What the user asked to be reminded of, and at what time of day."""

    diary_enabled: bool = False
    diary_time: time = time(20, 0)
    doses_enabled: bool = True
    dose_time: time = time(9, 0)


@dataclass(frozen=True)
class ReminderState:
    """What must survive a restart: when the program last looked, and snoozed or dismissed reminders."""

    last_seen: datetime | None = None
    snoozed_until: Mapping[str, datetime] = field(default_factory=dict)
    dismissed: frozenset[str] = frozenset()

    def to_json(self) -> str:
        return json.dumps(
            {
                "last_seen": self.last_seen.isoformat() if self.last_seen else None,
                "snoozed_until": {key: when.isoformat() for key, when in sorted(self.snoozed_until.items())},
                "dismissed": sorted(self.dismissed),
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> ReminderState:
        """The stored state; empty or unreadable text gives a fresh state (nothing is lost but snoozes)."""
        try:
            data = json.loads(text or "{}")
            last_seen = data.get("last_seen")
            return cls(
                last_seen=datetime.fromisoformat(last_seen) if last_seen else None,
                snoozed_until={
                    key: datetime.fromisoformat(when) for key, when in data.get("snoozed_until", {}).items()
                },
                dismissed=frozenset(data.get("dismissed", ())),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()


@dataclass(frozen=True)
class Reminder:
    """One reminder; `day` is the day it fell due, `closed` when its time to act has passed unseen."""

    kind: str
    day: date
    today: date
    regimen: Regimen | None = None
    closed: bool = False
    count: int = 1

    @property
    def key(self) -> str:
        if self.kind == DOSE:
            regimen_id = self.regimen.id if self.regimen is not None else None  # a dose reminder has one
            return f"{DOSE}:{regimen_id}:{self.day.isoformat()}"
        return f"{DIARY}:{self.day.isoformat()}"

    def planned(self) -> Regimen:
        """The plan a dose reminder is for (a diary reminder has none)."""
        if self.regimen is None:
            raise ValueError(f"a {self.kind} reminder has no plan")
        return self.regimen

    @property
    def days_late(self) -> int:
        return (self.today - self.day).days


def _at(day: date, clock_time: time, now: datetime) -> datetime:
    """`clock_time` on `day` as an instant, with the UTC offset of that day, not of `now`: the
    day before a daylight-saving change has another offset. A fixed-offset `now` that is this
    computer's local time (datetime.now().astimezone()) is read in the local zone."""
    naive = datetime.combine(day, clock_time)
    if isinstance(now.tzinfo, timezone) and now.astimezone().utcoffset() == now.utcoffset():
        return naive.astimezone()
    return naive.replace(tzinfo=now.tzinfo)


def _missed_window(since: datetime | None, now: datetime, clock_time: time) -> list[date]:
    """Days before today whose reminder time came after `since` (the program was not running)."""
    if since is None:
        return []
    days = [now.date() - timedelta(days=offset) for offset in range(MISSED_LOOKBACK_DAYS, 0, -1)]
    return [day for day in days if _at(day, clock_time, now) > since]


def dose_reminders(
    regimens: Iterable[Regimen],
    doses: list[Dose],
    settings: ReminderSettings,
    now: datetime,
    since: datetime | None,
) -> list[Reminder]:
    """Per regimen: the dose due today (after the dose time) or still overdue, and the latest
    planned dose that fell due unlogged while the program was closed."""
    if not settings.doses_enabled:
        return []
    today, found = now.date(), []
    window = _missed_window(since, now, settings.dose_time)
    regimens = list(regimens)
    for regimen in regimens:
        due = next_due(regimen, doses, today, regimens)
        if due is not None and (due < today or (due == today and now >= _at(due, settings.dose_time, now))):
            found.append(Reminder(DOSE, due, today, regimen))
        if window:
            missed = [
                day
                for day in adherence_for(regimen, doses, window[0], window[-1], regimens).missed
                if day in window and day != due
            ]
            if missed:
                found.append(Reminder(DOSE, missed[-1], today, regimen, closed=True, count=len(missed)))
    return found


def diary_reminders(
    logged_days: Set[date], settings: ReminderSettings, now: datetime, since: datetime | None
) -> list[Reminder]:
    """Today's diary reminder after its time, and the latest day missed while the program was closed."""
    if not settings.diary_enabled:
        return []
    today, found = now.date(), []
    if now >= _at(today, settings.diary_time, now) and today not in logged_days:
        found.append(Reminder(DIARY, today, today))
    missed = [day for day in _missed_window(since, now, settings.diary_time) if day not in logged_days]
    if missed:
        found.append(Reminder(DIARY, missed[-1], today, closed=True, count=len(missed)))
    return found


def due_reminders(
    regimens: Iterable[Regimen],
    doses: list[Dose],
    logged_days: Set[date],
    settings: ReminderSettings,
    state: ReminderState,
    now: datetime,
    since: datetime | None,
) -> list[Reminder]:
    """All reminders to show now, neither snoozed until later nor dismissed; doses first.

    `since` is when the program last looked before this run started (the stored last_seen at start
    up): reminders that fell due after it, while the program was closed, are included.
    """
    candidates = dose_reminders(regimens, doses, settings, now, since)
    candidates += diary_reminders(logged_days, settings, now, since)
    return [
        reminder
        for reminder in candidates
        if reminder.key not in state.dismissed and state.snoozed_until.get(reminder.key, now) <= now
    ]


def snoozed(
    state: ReminderState, reminder: Reminder, now: datetime, duration: timedelta = DEFAULT_SNOOZE
) -> ReminderState:
    return replace(state, snoozed_until={**state.snoozed_until, reminder.key: now + duration})


def dismissed(state: ReminderState, reminder: Reminder) -> ReminderState:
    return replace(state, dismissed=state.dismissed | {reminder.key})


def seen(state: ReminderState, now: datetime) -> ReminderState:
    """The state after the program has been running at `now`; forgets snoozes and dismissals long past."""
    oldest = (now - timedelta(days=FORGET_AFTER_DAYS)).date().isoformat()
    return ReminderState(
        last_seen=now,
        snoozed_until={key: when for key, when in state.snoozed_until.items() if when > now},
        dismissed=frozenset(key for key in state.dismissed if key.rsplit(":", 1)[-1] >= oldest),
    )


def dose_from_regimen(regimen: Regimen, taken_at: datetime, site: str = "") -> Dose:
    """The dose a regimen plans, taken at `taken_at` (what "Done" on a dose reminder logs)."""
    return Dose.like(regimen, taken_at, site if regimen.form == "injection" else "")


def next_injection_site(doses: Iterable[Dose], sites: tuple[str, ...]) -> str:
    """The site after the last one used, so injections rotate through `sites` (non-empty codes)."""
    used = [dose.site for dose in sorted(doses, key=lambda d: d.taken_at) if dose.site in sites]
    if not used:
        return sites[0]
    return sites[(sites.index(used[-1]) + 1) % len(sites)]


@dataclass
class MemoryReminderPreferences:
    """Reminder settings and state kept in memory (AppSettings offers the same two attributes, persisted)."""

    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    reminder_state: ReminderState = field(default_factory=ReminderState)
