"""Sentences for warning signs: what the diary shows by itself, and what lies outside the period."""

from __future__ import annotations

from datetime import date

from diary_app.analysis.derived_warnings import BILATERAL_RADIATING
from diary_app.analysis.derived_warnings import SECOND_LEG_JOINED
from diary_app.analysis.derived_warnings import WALKING_WORSENING
from diary_app.analysis.derived_warnings import DerivedWarning
from diary_app.analysis.labels import RED_FLAG_NAMES
from diary_app.analysis.labels import joined
from diary_app.analysis.labels import name
from diary_app.analysis.sentences import say
from diary_app.analysis.warning_signs import AFTER
from diary_app.analysis.warning_signs import BEFORE
from diary_app.analysis.warning_signs import IN
from diary_app.analysis.warning_signs import WarningDay
from diary_app.analysis.warning_signs import WarningSigns
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

ALSO_BEFORE = QT_TRANSLATE_NOOP("Pattern", "Also recorded before this period: %1")
ALSO_AFTER = QT_TRANSLATE_NOOP("Pattern", "Also recorded after this period: %1")
TICKED_BEFORE = QT_TRANSLATE_NOOP("Pattern", "Also recorded before this period, ticked by the patient: %1.")
TICKED_AFTER = QT_TRANSLATE_NOOP("Pattern", "Also recorded after this period, ticked by the patient: %1.")
WITH_URGENT = QT_TRANSLATE_NOOP(
    "Pattern", "%1 It is on the list of warning signs that need urgent medical attention (NICE)."
)
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("Pattern", "the left leg"),
    "right": QT_TRANSLATE_NOOP("Pattern", "the right leg"),
}


def derived_sentence(w: DerivedWarning, urgent: bool = True) -> Message:
    """ "The diary shows …": the rule, its first and last day and how many days, and (`urgent`)
    why it matters; a box titled with the urgency leaves that out."""
    span = _span(w)
    if w.code == BILATERAL_RADIATING:
        text = say(
            QT_TRANSLATE_NOOP(
                "Pattern", "The diary shows leg symptoms spreading from the lower back into both legs %1."
            ),
            span,
        )
    elif w.code == SECOND_LEG_JOINED:
        text = say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The diary shows %1 newly affected, after symptoms in %2 only, while the pain spread "
                "from the lower back, %3.",
            ),
            name(SIDE_NAMES, w.detail["new_leg"]),
            name(SIDE_NAMES, w.detail["first_leg"]),
            span,
        )
    elif w.code == WALKING_WORSENING:
        d = w.detail
        text = say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The diary shows walking getting quickly worse: from level %1 on %2 to level %3 on %4 "
                "(two or more levels within two weeks), %5.",
            ),
            d["from_level"],
            date.fromisoformat(d["from_date"]),
            d["to_level"],
            date.fromisoformat(d["to_date"]),
            span,
        )
    else:
        text = _weakness_sentence(w, span)
    return say(WITH_URGENT, text) if urgent else text


def _weakness_sentence(w: DerivedWarning, span: Message) -> Message:
    rises = w.detail["first_rise"]
    if len(rises) == 2:
        left, right = rises["left"], rises["right"]
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The diary shows weakness getting quickly worse in both legs: the left leg from %1 to "
                "%2 by %3 and the right leg from %4 to %5 by %6 (three or more points within two weeks), %7.",
            ),
            left["from_score"],
            left["to_score"],
            date.fromisoformat(left["to_date"]),
            right["from_score"],
            right["to_score"],
            date.fromisoformat(right["to_date"]),
            span,
        )
    side, rise = next(iter(rises.items()))
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "The diary shows weakness getting quickly worse in %1: from %2 on %3 to %4 on %5 "
            "(three or more points within two weeks), %6.",
        ),
        name(SIDE_NAMES, side),
        rise["from_score"],
        date.fromisoformat(rise["from_date"]),
        rise["to_score"],
        date.fromisoformat(rise["to_date"]),
        span,
    )


def _span(w: DerivedWarning) -> Message:
    if len(w.days) == 1:
        return say(QT_TRANSLATE_NOOP("Pattern", "on %1"), w.first)
    return say(QT_TRANSLATE_NOOP("Pattern", "on %n days from %1 to %2"), w.first, w.last, count=len(w.days))


def ticked_item(day: WarningDay) -> Message:
    return say(
        QT_TRANSLATE_NOOP("Pattern", "%1 (%2)"),
        day.day,
        joined([name(RED_FLAG_NAMES, f) for f in day.ticked]),
    )


# The sentences above, recognised by their source (the PDF shows them in its warning box).
SOURCES = frozenset({WITH_URGENT, ALSO_BEFORE, ALSO_AFTER, TICKED_BEFORE, TICKED_AFTER})


def placed_derived(signs: WarningSigns, where: str, start: date, end: date) -> list[DerivedWarning]:
    """Rules with a day in the period go with the period; the others where their days are."""

    def place(w: DerivedWarning) -> str:
        if any(start <= d <= end for d in w.days):
            return IN
        return BEFORE if w.last < start else AFTER

    return [w for w in signs.derived if place(w) == where]


def outside_sentences(signs: WarningSigns, start: date, end: date, urgent: bool = True) -> list[Message]:
    """ "Also recorded before (after) this period": the ticked days in one sentence, then each rule
    that held only there in one of its own."""
    found = []
    for where, source, ticked_source in (
        (BEFORE, ALSO_BEFORE, TICKED_BEFORE),
        (AFTER, ALSO_AFTER, TICKED_AFTER),
    ):
        ticked = [ticked_item(d) for d in signs.placed(where) if d.ticked]
        if ticked:
            found.append(say(ticked_source, joined(ticked)))
        found += [say(source, derived_sentence(w, urgent)) for w in placed_derived(signs, where, start, end)]
    return found
