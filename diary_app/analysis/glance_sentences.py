"""The "At a glance" lines: warning signs, legs, since when, now against the start, treatment, walking."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from diary_app.analysis.features import pattern_phrase
from diary_app.analysis.glance import BETTER
from diary_app.analysis.glance import SAME
from diary_app.analysis.glance import UNKNOWN
from diary_app.analysis.glance import WORSE
from diary_app.analysis.glance import Glance
from diary_app.analysis.labels import FORM_NAMES
from diary_app.analysis.labels import name
from diary_app.analysis.sentences import say
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

if TYPE_CHECKING:  # period.py imports this module
    from diary_app.analysis.glance import SensationNow
    from diary_app.analysis.period import DiarySpan
    from diary_app.analysis.period import PeriodAnalysis

MAX_SENSATIONS = 2  # the key figures table beside it has them all
SENSATION_TITLES = {
    "tingling": QT_TRANSLATE_NOOP("Pattern", "Tingling"),
    "numbness": QT_TRANSLATE_NOOP("Pattern", "Numbness"),
    "burning": QT_TRANSLATE_NOOP("Pattern", "Burning"),
    "pain": QT_TRANSLATE_NOOP("Pattern", "Pain"),
    "weakness": QT_TRANSLATE_NOOP("Pattern", "Weakness"),
}
DIRECTIONS = {
    WORSE: QT_TRANSLATE_NOOP("Pattern", "worse"),
    BETTER: QT_TRANSLATE_NOOP("Pattern", "better"),
    SAME: QT_TRANSLATE_NOOP("Pattern", "about the same"),
    UNKNOWN: QT_TRANSLATE_NOOP("Pattern", "too few days to tell"),
}
WARNINGS = QT_TRANSLATE_NOOP("Pattern", "Warning signs: on %n days of the whole diary, listed first.")
NOW_AND_START = QT_TRANSLATE_NOOP(
    "Pattern",
    "%1: left leg %2 at the start and %3 now, right leg %4 and %5 (means of the first %6 and "
    "the last %n logged days, 0 to 10).",
)
NO_WARNINGS = QT_TRANSLATE_NOOP(
    "Pattern", "Warning signs: none ticked or shown on any of the %n logged days of the whole diary."
)


def glance_sentences(a: PeriodAnalysis, b12_since: tuple[date, str] | None) -> list[Message]:
    """`a`: the PeriodAnalysis; `b12_since`: the first B12 day of the whole diary and its form."""
    g: Glance = a.glance
    found: list[Message | None] = [
        say(WARNINGS, count=len(a.warnings.days))
        if a.warnings.days
        else say(NO_WARNINGS, count=a.diary_span.days)
    ]
    found.append(
        say(
            QT_TRANSLATE_NOOP("Pattern", "Which legs: %1."),
            pattern_phrase(a.pattern, a.laterality, a.symptom_days),
        )
    )
    found.append(_since(a.diary_span))
    found += [_now_and_start(s, g) for s in g.sensations[:MAX_SENSATIONS]]
    found.append(_direction(g))
    found.append(_treatment(a, b12_since, a.diary_span.days))
    found.append(_walking(a, g))
    return [m for m in found if m is not None]


def _since(span: DiarySpan) -> Message | None:
    if span.first_entry is None:
        return None
    if span.first_symptom_day is None:
        return say(
            QT_TRANSLATE_NOOP("Pattern", "No leg symptoms recorded; the diary runs from %1 to %2."),
            span.first_entry,
            span.last_entry,
        )
    return say(
        QT_TRANSLATE_NOOP("Pattern", "Symptoms recorded since %1; the diary runs from %2 to %3."),
        span.first_symptom_day,
        span.first_entry,
        span.last_entry,
    )


def _now_and_start(s: SensationNow, g: Glance) -> Message:
    first, last = g.first_window, g.last_window
    assert first is not None and last is not None, "sensations are compared between the two windows"
    return say(
        NOW_AND_START,
        Message("Pattern", SENSATION_TITLES[s.sensation]),
        _score(s.start["left"]),
        _score(s.now["left"]),
        _score(s.start["right"]),
        _score(s.now["right"]),
        first.days_logged,
        count=last.days_logged,
    )


def _score(value: float | None) -> float | str:
    return "\u2014" if value is None else float(value)


def _direction(g: Glance) -> Message | None:
    if g.symptom_free_since is not None:
        return say(
            QT_TRANSLATE_NOOP("Pattern", "No symptoms since %1 (%n days to the last logged day)."),
            g.symptom_free_since,
            count=g.symptom_free_days,
        )
    if g.first_window is None:
        return None
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern", "Over the whole period: %1. The last 14 days against the 14 before: %2."
        ),
        Message("Pattern", DIRECTIONS[g.direction]),
        Message("Pattern", DIRECTIONS[g.recent_direction]),
    )


def _treatment(a: PeriodAnalysis, b12_since: tuple[date, str] | None, diary_days: int) -> Message:
    if b12_since is None:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern", "Treatment: no vitamin B12 logged in the whole diary (%n logged days)."
            ),
            count=diary_days,
        )
    day, form = b12_since
    planned = sum(r.planned for r in a.adherence if r.regimen.substance == "vitamin_b12")
    taken = sum(r.taken for r in a.adherence if r.regimen.substance == "vitamin_b12")
    if not planned:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Treatment: vitamin B12 (%1) since %2; no plan covers this period, so adherence is "
                "not known.",
            ),
            name(FORM_NAMES, form),
            day,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Treatment: vitamin B12 (%1) since %2; %3 of %n planned doses in this period taken (%4%).",
        ),
        name(FORM_NAMES, form),
        day,
        taken,
        round(100.0 * taken / planned),
        count=planned,
    )


def _walking(a: PeriodAnalysis, g: Glance) -> Message | None:
    if g.gait_start is None:
        return None
    falls = a.associated.falls_total
    if g.walk_start is not None and g.walk_now is not None:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Walking (0 normal to 4): %1 at the start and %2 now; timed 10-metre walk: %3 and %4 "
                "seconds; falls in the period: %n.",
            ),
            g.gait_start,
            g.gait_now,
            g.walk_start,
            g.walk_now,
            count=falls,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern", "Walking (0 normal to 4): %1 at the start and %2 now; falls in the period: %n."
        ),
        g.gait_start,
        g.gait_now,
        count=falls,
    )
