"""Sentences about care: red flags, the treatment comparison, and adherence to each regimen."""

from __future__ import annotations

from datetime import date

from diary_app.analysis.adherence import RegimenAdherence, tolerance_days
from diary_app.analysis.labels import (
    CONTEXT, FORM_NAMES, RED_FLAG_NAMES, SENSATION_NAMES, UNIT_NAMES, joined, name, substance_name,
)
from diary_app.analysis.red_flags import RedFlagDay
from diary_app.analysis.sentences import say
from diary_app.analysis.treatment import (
    MIN_COMPARE_DAYS, REVIEW_AFTER_WEEKS, TreatmentResponse, TreatmentStart,
)
from diary_app.domain import Regimen
from diary_app.domain.messages import QT_TRANSLATE_NOOP, Message

# Sentences list at most this many dates; the JSON and the PDF table carry all of them.
MAX_LISTED_DATES = 10
# Sources other pieces may recognise (the PDF shows red flags and the per-sensation changes in
# tables of its own and can leave these sentences out): compare Message.source with them.
RED_FLAG_SUMMARY = QT_TRANSLATE_NOOP(
    "Pattern", "Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical "
    "attention: if this is happening now, contact a doctor or an emergency service today, whatever "
    "the pattern below.")
SENSATION_CHANGE = QT_TRANSLATE_NOOP(
    "Pattern", "Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 "
    "days before, %n days after).")


def red_flag_sentence(days: list[RedFlagDay], days_logged: int) -> Message | None:
    if not days:
        return None
    items = [say(QT_TRANSLATE_NOOP("Pattern", "%1 (%2)"), r.day,
                 joined([name(RED_FLAG_NAMES, f) for f in r.flags])) for r in days[:MAX_LISTED_DATES]]
    return say(RED_FLAG_SUMMARY, days_logged, _with_more(items, len(days)), count=len(days))


def _with_more(items: list, total: int) -> Message | str:
    listed = joined(items)
    if total <= len(items):
        return listed
    return say(QT_TRANSLATE_NOOP("Pattern", "%1 and %n more"), listed, count=total - len(items))


def treatment_sentences(response: TreatmentResponse | None, begun: TreatmentStart | None,
                        before_days: int, after_days: int) -> list[Message]:
    if begun is None:
        return []
    if response is None:
        return [say(QT_TRANSLATE_NOOP(
            "Pattern", "Vitamin B12 treatment started on %1. This period has %2 logged days before it and "
            "%n from it on; at least %3 on each side are needed to compare."), begun.day, before_days,
            MIN_COMPARE_DAYS, count=after_days)]
    found = [say(QT_TRANSLATE_NOOP(
        "Pattern", "Vitamin B12 treatment started on %1, %n weeks before the end of this period. The "
        "comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 to %7."),
        response.started, response.days_before, response.before_from, response.before_to,
        response.days_after, response.after_from, response.after_to, count=response.weeks_since_start)]
    found += _sensation_changes(response)
    found.append(_gait_and_falls(response))
    found.append(_delay_reminder(response))
    return found


def _sensation_changes(r: TreatmentResponse) -> list[Message]:
    found = []
    for sensation, before in r.before.items():
        after = r.after[sensation]
        if not any((before["left"], before["right"], after["left"], after["right"])):
            continue
        found.append(say(SENSATION_CHANGE, name(SENSATION_NAMES, sensation),
            float(before["left"]), float(after["left"]), float(before["right"]), float(after["right"]),
            r.days_before, count=r.days_after))
    return found


def _gait_and_falls(r: TreatmentResponse) -> Message:
    return say(QT_TRANSLATE_NOOP(
        "Pattern", "Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 "
        "after (%5 days before, %n days after)."), float(r.gait_before), float(r.gait_after),
        r.falls_before, r.falls_after, r.days_before, count=r.days_after)


def _delay_reminder(r: TreatmentResponse) -> Message:
    if r.weeks_since_start < REVIEW_AFTER_WEEKS:
        return say(QT_TRANSLATE_NOOP(
            "Pattern", "Treatment began only %n weeks before the end of this period. Improvement after "
            "starting B12 can take weeks to months (NICE suggests reviewing nerve symptoms after about "
            "three months), and a change in the diary does not show that the treatment caused it."),
            count=r.weeks_since_start)
    return say(QT_TRANSLATE_NOOP(
        "Pattern", "Improvement after starting B12 can take weeks to months (NICE suggests reviewing nerve "
        "symptoms after about three months), and a change in the diary does not show that the treatment "
        "caused it."))


def regimen_label(regimen: Regimen) -> Message:
    amount = int(regimen.amount) if float(regimen.amount).is_integer() else regimen.amount
    unit = name(UNIT_NAMES, regimen.unit)
    args = (substance_name(regimen.substance), amount, unit, name(FORM_NAMES, regimen.form))
    if regimen.every_days == 1:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Pattern", "%1, %2 %3 by %4, daily"), args)
    return Message(CONTEXT, QT_TRANSLATE_NOOP("Pattern", "%1, %2 %3 by %4, every %n days"), args,
                   regimen.every_days)


def adherence_sentences(results: list[RegimenAdherence], start: date, end: date) -> list[Message]:
    found = []
    for result in results:
        if not result.planned:
            continue
        tolerance = tolerance_days(result.regimen)
        if tolerance:
            window = say(QT_TRANSLATE_NOOP(
                "Pattern", "a dose taken up to %n days before or after its planned date"), count=tolerance)
        else:
            window = say(QT_TRANSLATE_NOOP("Pattern", "a dose only on its planned day"))
        found.append(say(QT_TRANSLATE_NOOP(
            "Pattern", "%1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6."),
            regimen_label(result.regimen), result.taken, float(result.percent), start, end, window,
            count=result.planned))
        if result.missed:
            found.append(say(QT_TRANSLATE_NOOP("Pattern", "Planned doses not found: %1."),
                             _with_more(result.missed[:MAX_LISTED_DATES], len(result.missed))))
    return found
