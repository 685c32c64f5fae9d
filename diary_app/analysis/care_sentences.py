"""Sentences about care: red flags, the treatment comparison, and adherence to each regimen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from diary_app.analysis.adherence import RegimenAdherence
from diary_app.analysis.adherence import tolerance_days
from diary_app.analysis.folic_acid import FolicFirst
from diary_app.analysis.labels import CONTEXT
from diary_app.analysis.labels import FORM_NAMES
from diary_app.analysis.labels import RED_FLAG_NAMES
from diary_app.analysis.labels import SENSATION_NAMES
from diary_app.analysis.labels import UNIT_NAMES
from diary_app.analysis.labels import joined
from diary_app.analysis.labels import name
from diary_app.analysis.labels import substance_name
from diary_app.analysis.red_flags import RedFlagDay
from diary_app.analysis.sentences import say
from diary_app.analysis.treatment import MIN_COMPARE_DAYS
from diary_app.analysis.treatment import REVIEW_AFTER_WEEKS
from diary_app.analysis.treatment import TreatmentResponse
from diary_app.analysis.treatment import TreatmentStart
from diary_app.analysis.treatment_direction import BETTER
from diary_app.analysis.treatment_direction import UNCHANGED
from diary_app.analysis.treatment_direction import WORSE
from diary_app.analysis.treatment_direction import Change
from diary_app.analysis.treatment_direction import Direction
from diary_app.analysis.treatment_direction import direction_of
from diary_app.domain import Regimen
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

# Sentences list at most this many dates; the JSON and the PDF table carry all of them.
MAX_LISTED_DATES = 10
# Sources other pieces may recognise (the PDF shows red flags and the per-sensation changes in
# tables of its own and can leave these sentences out): compare Message.source with them.
RED_FLAG_SUMMARY = QT_TRANSLATE_NOOP(
    "Pattern",
    "Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical "
    "attention: if this is happening now, contact a doctor or an emergency service today, whatever "
    "the pattern below.",
)
TREATMENT_BASIS = QT_TRANSLATE_NOOP(
    "Pattern",
    "Vitamin B12 treatment started on %1, %n weeks before the last logged day of this "
    "period. The comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 "
    "to %7.",
)
SENSATION_CHANGE = QT_TRANSLATE_NOOP(
    "Pattern",
    "Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 "
    "days before, %n days after).",
)


def red_flag_sentence(days: list[RedFlagDay], days_logged: int) -> Message | None:
    if not days:
        return None
    items = [
        say(
            QT_TRANSLATE_NOOP("Pattern", "%1 (%2)"), r.day, joined([name(RED_FLAG_NAMES, f) for f in r.flags])
        )
        for r in days[:MAX_LISTED_DATES]
    ]
    return say(RED_FLAG_SUMMARY, days_logged, _with_more(items, len(days)), count=len(days))


def _with_more(items: Sequence[object], total: int) -> object:
    listed = joined(items)
    if total <= len(items):
        return listed
    return say(QT_TRANSLATE_NOOP("Pattern", "%1 and %n more"), listed, count=total - len(items))


def treatment_sentences(
    response: TreatmentResponse | None, begun: TreatmentStart | None, before_days: int, after_days: int
) -> list[Message]:
    """Worse since treatment comes first and plainly; no "can take months" beside a worsening."""
    if begun is None:
        return []
    if response is None:
        return [
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "Vitamin B12 treatment started on %1. This period has %2 logged days before it and "
                    "%n from it on; at least %3 on each side are needed to compare.",
                ),
                begun.day,
                before_days,
                MIN_COMPARE_DAYS,
                count=after_days,
            )
        ]
    direction = direction_of(response)
    found: list[Message | None] = [worse_sentence(response, direction)] if direction.kind == WORSE else []
    found.append(
        say(
            TREATMENT_BASIS,
            response.started,
            response.days_before,
            response.before_from,
            response.before_to,
            response.days_after,
            response.after_from,
            response.after_to,
            count=response.weeks_since_start,
        )
    )
    found += _sensation_changes(response)
    found.append(_gait_and_falls(response))
    found.append(_closing(response, direction))
    return [m for m in found if m is not None]


def worse_sentence(r: TreatmentResponse, direction: Direction) -> Message:
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Worse since vitamin B12 treatment started on %1: %2. Getting worse on treatment is "
            "worth telling the clinician soon, without waiting for a routine review.",
        ),
        r.started,
        joined([change_phrase(c, r) for c in direction.worse]),
    )


def change_phrase(c: Change, r: TreatmentResponse) -> Message:
    if c.measure == "gait":
        return say(
            QT_TRANSLATE_NOOP("Pattern", "walking from %1 to %2 on the 0 to 4 scale"), c.before, c.after
        )
    if c.measure == "falls":
        return say(
            QT_TRANSLATE_NOOP("Pattern", "falls from %1 in %2 logged days to %3 in %4"),
            int(c.before),
            r.days_before,
            int(c.after),
            r.days_after,
        )
    if c.measure == "walk_10m":
        return say(
            QT_TRANSLATE_NOOP("Pattern", "the timed 10-metre walk from %1 to %2 seconds"), c.before, c.after
        )
    source = (
        QT_TRANSLATE_NOOP("Pattern", "%1 in the left leg from %2 to %3")
        if c.side == "left"
        else QT_TRANSLATE_NOOP("Pattern", "%1 in the right leg from %2 to %3")
    )
    return say(source, name(SENSATION_NAMES, c.measure), c.before, c.after)


def _closing(r: TreatmentResponse, direction: Direction) -> Message | None:
    """Nothing more beside a worsening; the review NG239 suggests when three months brought no
    improvement; else the careful reminder that a change is not proof of cause."""
    if direction.kind == WORSE:
        return None
    if direction.kind == UNCHANGED and r.weeks_since_start >= REVIEW_AFTER_WEEKS:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "%n weeks after vitamin B12 treatment started, the diary shows no clear "
                "improvement. The guidance this program follows (NICE NG239) suggests reviewing nerve "
                "symptoms at about three months of treatment.",
            ),
            count=r.weeks_since_start,
        )
    if direction.kind == BETTER:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The diary shows improvement since treatment started; a change in the diary does not "
                "show that the treatment caused it.",
            )
        )
    return _delay_reminder(r)


def _sensation_changes(r: TreatmentResponse) -> list[Message]:
    found = []
    for sensation, before in r.before.items():
        after = r.after[sensation]
        if not any((before["left"], before["right"], after["left"], after["right"])):
            continue
        found.append(
            say(
                SENSATION_CHANGE,
                name(SENSATION_NAMES, sensation),
                _number(before["left"]),
                _number(after["left"]),
                _number(before["right"]),
                _number(after["right"]),
                r.days_before,
                count=r.days_after,
            )
        )
    return found


def _gait_and_falls(r: TreatmentResponse) -> Message:
    if r.walk_before is not None and r.walk_after is not None:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 "
                "after; the timed 10-metre walk: %5 seconds before and %6 after (%7 days before, %n days "
                "after).",
            ),
            _number(r.gait_before),
            _number(r.gait_after),
            r.falls_before,
            r.falls_after,
            r.walk_before,
            r.walk_after,
            r.days_before,
            count=r.days_after,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 "
            "after (%5 days before, %n days after).",
        ),
        _number(r.gait_before),
        _number(r.gait_after),
        r.falls_before,
        r.falls_after,
        r.days_before,
        count=r.days_after,
    )


def _delay_reminder(r: TreatmentResponse) -> Message:
    """No clear change yet, less than three months in."""
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "No clear change yet, %n weeks after treatment started. Improvement after starting B12 "
            "can take weeks to months (NICE NG239 suggests reviewing nerve symptoms after about three "
            "months), and a change in the diary does not show that the treatment caused it.",
        ),
        count=r.weeks_since_start,
    )


def folic_sentence(found: FolicFirst | None) -> Message | None:
    if found is None:
        return None
    if found.first_b12 is None:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Folic acid is logged from %1 and no vitamin B12 is logged. NICE NG239 advises "
                "starting B12 before folic acid when both may be low; this is a note for the clinician.",
            ),
            found.folic_from,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Folic acid is logged from %1, before the first vitamin B12 on %2. NICE NG239 advises "
            "starting B12 before folic acid when both may be low; this is a note for the clinician.",
        ),
        found.folic_from,
        found.first_b12,
    )


def regimen_label(regimen: Regimen) -> Message:
    amount = int(regimen.amount) if float(regimen.amount).is_integer() else regimen.amount
    unit = name(UNIT_NAMES, regimen.unit)
    args = (substance_name(regimen.substance), amount, unit, name(FORM_NAMES, regimen.form))
    if regimen.every_days == 1:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Pattern", "%1, %2 %3 by %4, daily"), args)
    return Message(
        CONTEXT, QT_TRANSLATE_NOOP("Pattern", "%1, %2 %3 by %4, every %n days"), args, regimen.every_days
    )


def adherence_sentences(results: list[RegimenAdherence], start: date, end: date) -> list[Message]:
    """One sentence per regimen with doses planned in the period, its missed dates included."""
    found = []
    for result in results:
        if not result.planned:
            continue
        args = (
            regimen_label(result.regimen),
            result.taken,
            _number(result.percent),
            start,
            end,
            _counting(result.regimen),
        )
        if result.missed:
            missed = _with_more(result.missed[:MAX_LISTED_DATES], len(result.missed))
            found.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "Pattern",
                        "Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6. Not "
                        "found: %7.",
                    ),
                    *args,
                    missed,
                    count=result.planned,
                )
            )
        else:
            found.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "Pattern", "Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6."
                    ),
                    *args,
                    count=result.planned,
                )
            )
    return found


def _counting(regimen: Regimen) -> Message:
    tolerance = tolerance_days(regimen)
    if tolerance:
        return say(
            QT_TRANSLATE_NOOP("Pattern", "a dose taken up to %n days before or after its planned date"),
            count=tolerance,
        )
    return say(QT_TRANSLATE_NOOP("Pattern", "a dose only on its planned day"))


def _number(value: float | None) -> float:
    """A mean or share the sentence states: there are days or doses behind it, so it is a number."""
    if value is None:
        raise TypeError("a stated mean or share has no days or doses behind it")
    return float(value)
