"""The annotation: short translatable sentences that describe the period, each with its days.

Sentences never diagnose; each names the days it rests on, and the list always ends with the
reminder that the diary describes and does not diagnose (design/clinical.md, "How the app may speak").
"""

from __future__ import annotations

from datetime import date

from diary_app.analysis.distribution import ASCENDING_HOLD_WEEKS
from diary_app.analysis.distribution import Distribution
from diary_app.analysis.features import Associated
from diary_app.analysis.labels import ASSOCIATED_NAMES
from diary_app.analysis.labels import CONTEXT
from diary_app.analysis.labels import REGION_NAMES
from diary_app.analysis.labels import joined
from diary_app.analysis.labels import name
from diary_app.analysis.laterality import SIMILAR_POINTS
from diary_app.analysis.onset import GRADUAL
from diary_app.analysis.onset import SUDDEN
from diary_app.analysis.onset import Onset
from diary_app.analysis.pattern import MIN_DAYS_FOR_PATTERN
from diary_app.analysis.pattern import MIN_SYMPTOM_DAYS_FOR_PATTERN
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

DISCLAIMER = QT_TRANSLATE_NOOP(
    "Pattern",
    "This diary describes what was recorded; it does not diagnose. Only a clinician can "
    "find the cause of these symptoms.",
)


def say(source: str, *args: object, count: int | None = None) -> Message:
    return Message(CONTEXT, source, tuple(args), count)


OTHER_SIGNS = QT_TRANSLATE_NOOP("Pattern", "Other signs, with the number of days out of %n logged: %1.")
FALLS = QT_TRANSLATE_NOOP("Pattern", "Falls: %1 in all, on %n of %2 logged days.")
GAIT_WORSE = QT_TRANSLATE_NOOP(
    "Pattern",
    "Walking was rated worse in the second half of the period than in the first (average %1 "
    "against %2 on the 0 to 4 scale, %n logged days in each half).",
)
GAIT_BETTER = QT_TRANSLATE_NOOP(
    "Pattern",
    "Walking was rated better in the second half of the period than in the first (average %1 "
    "against %2 on the 0 to 4 scale, %n logged days in each half).",
)
COVERAGE = QT_TRANSLATE_NOOP("Pattern", "This summary covers %1 to %2: %n of %3 days were logged.")


def coverage(start: date, end: date, days_in_period: int, days_logged: int) -> Message:
    if days_logged == 0:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern", "No days were logged from %1 to %2, so there is nothing to describe yet."
            ),
            start,
            end,
        )
    return say(COVERAGE, start, end, days_in_period, count=days_logged)


def pattern_sentence(
    pattern: str,
    counts: dict[str, int],
    symptom_days: int,
    days_logged: int,
    days_in_period: int,
    back_both_days: int = 0,
    switches: int = 0,
    foot_only_no_back: bool = False,
) -> Message | None:
    """`back_both_days`: days spreading from the back into both legs; they change what the
    documents' comparison may be said to be (not neuropathy's picture, and a warning sign)."""
    if back_both_days and pattern in ("symmetric", "mixed"):
        return _from_back_into_both(counts, symptom_days, back_both_days)
    if pattern == "symmetric":
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "On %n of %1 days with symptoms both legs were affected at similar strength "
                "(no sensation more than %2 points apart between left and right): a symmetric pattern. The "
                "reference documents describe symmetric leg symptoms in nerve damage from vitamin B12 "
                "deficiency and from diabetes.",
            ),
            symptom_days,
            SIMILAR_POINTS,
            count=counts["symmetric"],
        )
    if pattern in ("unilateral_left", "unilateral_right") and foot_only_no_back:
        return _one_sided_in_the_foot(pattern, counts, symptom_days)
    if pattern in ("unilateral_left", "unilateral_right"):
        return _one_sided(pattern, counts, symptom_days)
    if pattern == "alternating":
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The legs took turns: of %n days with symptoms, the left leg alone on %1 and the "
                "right leg alone on %2, changing sides %3 times. This is neither the two-legged pattern the "
                "reference documents give for neuropathy nor the one leg they give for sciatica; sides that "
                "alternate are worth checking with a clinician.",
            ),
            counts["left_only"],
            counts["right_only"],
            switches,
            count=symptom_days,
        )
    if pattern == "mixed":
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The %n days with symptoms show no single pattern: both legs at similar strength "
                "on %1, clearly unequal on %2, the left leg only on %3, the right leg only on %4. The "
                "reference documents note that B12 deficiency can mimic sciatica and that the two can be "
                "mistaken for each other, so this mixed picture is worth showing to a clinician.",
            ),
            counts["symmetric"],
            counts["asymmetric"],
            counts["left_only"],
            counts["right_only"],
            count=symptom_days,
        )
    if pattern == "no_symptoms":
        return say(
            QT_TRANSLATE_NOOP("Pattern", "No leg symptoms were recorded on any of the %n logged days."),
            count=days_logged,
        )
    return _insufficient(symptom_days, days_logged, days_in_period)


def _from_back_into_both(counts: dict[str, int], symptom_days: int, back_both_days: int) -> Message:
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Both legs were affected on %1 of %2 days with symptoms, and on %n of them the symptoms "
            "spread from the lower back into both legs. The reference documents describe symptoms starting "
            "in the feet in both legs for B12 deficiency and diabetes, and one leg with pain from the lower "
            "back for sciatica; pain from the back into both legs is neither picture, and it is a warning "
            "sign (above).",
        ),
        counts["symmetric"] + counts["asymmetric"],
        symptom_days,
        count=back_both_days,
    )


def _one_sided_in_the_foot(pattern: str, counts: dict[str, int], symptom_days: int) -> Message:
    if pattern == "unilateral_left":
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "On %n of %1 days with symptoms only the left leg was affected, in the foot only, "
                "with no back pain and nothing spreading from the back: one-sided, and not from the back. "
                "The reference documents describe one-sided symptoms coming from the lower back for "
                "sciatica; this is not that picture.",
            ),
            symptom_days,
            count=counts["left_only"],
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "On %n of %1 days with symptoms only the right leg was affected, in the foot only, with "
            "no back pain and nothing spreading from the back: one-sided, and not from the back. The "
            "reference documents describe one-sided symptoms coming from the lower back for sciatica; this "
            "is not that picture.",
        ),
        symptom_days,
        count=counts["right_only"],
    )


def _one_sided(pattern: str, counts: dict[str, int], symptom_days: int) -> Message:
    if pattern == "unilateral_left":
        text = QT_TRANSLATE_NOOP(
            "Pattern",
            "On %n of %1 days with symptoms only the left leg was affected: a one-sided "
            "pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or "
            "irritated sciatic nerve).",
        )
        return say(text, symptom_days, count=counts["left_only"])
    text = QT_TRANSLATE_NOOP(
        "Pattern",
        "On %n of %1 days with symptoms only the right leg was affected: a one-sided "
        "pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or "
        "irritated sciatic nerve).",
    )
    return say(text, symptom_days, count=counts["right_only"])


def _insufficient(symptom_days: int, days_logged: int, days_in_period: int) -> Message | None:
    if days_logged == 0:
        return None
    if days_logged < MIN_DAYS_FOR_PATTERN:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Only %n of %1 days in this period were logged; at least %2 logged days are "
                "needed before the diary describes a pattern.",
            ),
            days_in_period,
            MIN_DAYS_FOR_PATTERN,
            count=days_logged,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "Symptoms were recorded on %n of %1 logged days; at least %2 days with symptoms are "
            "needed before the diary describes which legs are affected.",
        ),
        days_logged,
        MIN_SYMPTOM_DAYS_FOR_PATTERN,
        count=symptom_days,
    )


def asymmetry_sentence(counts: dict[str, int], symptom_days: int, stronger: dict[str, int]) -> Message | None:
    if not counts["asymmetric"]:
        return None
    return say(
        QT_TRANSLATE_NOOP(
            "Pattern",
            "On %n of %1 days with symptoms both legs were affected but clearly unequally (a "
            "sensation more than %2 points apart); the left leg was stronger on %3 of them and the right "
            "leg on %4.",
        ),
        symptom_days,
        SIMILAR_POINTS,
        stronger["left"],
        stronger["right"],
        count=counts["asymmetric"],
    )


def distribution_sentences(d: Distribution) -> list[Message]:
    found = []
    if d.symptom_days and not d.region_days:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "Where the symptoms were felt was not marked on any of the %n days with symptoms.",
                ),
                count=d.symptom_days,
            )
        )
    elif d.symptom_days and d.region_days < d.symptom_days:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern", "Where the symptoms were felt was marked on %n of %1 days with symptoms."
                ),
                d.symptom_days,
                count=d.region_days,
            )
        )
    if d.distal_start:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "On %n of the first %1 days with symptoms and marked places, the feet were "
                    "affected and nothing above the lower legs: the symptoms started in the feet.",
                ),
                d.early_days,
                count=d.early_distal_days,
            )
        )
    elif d.early_days and not d.early_distal_days:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "None of the first %n days with symptoms and marked places had them in the feet "
                    "and no higher than the lower legs, so the diary does not show a start in the feet.",
                ),
                count=d.early_days,
            )
        )
    elif d.early_days:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "Only %n of the first %1 days with symptoms and marked places had them in the feet "
                    "and no higher than the lower legs, so the diary does not show a start in the feet.",
                ),
                d.early_days,
                count=d.early_distal_days,
            )
        )
    if d.ascending and d.spread_from is not None and d.spread_to is not None:  # ascending: both are
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "The highest place reached rose from %1 in the first week with marked places to "
                    "%2, held for %3 weeks running (%n weeks with marked places, %4 days).",
                ),
                name(REGION_NAMES, d.spread_from),
                name(REGION_NAMES, d.spread_to),
                ASCENDING_HOLD_WEEKS,
                d.region_days,
                count=len(d.weekly_top),
            )
        )
    if d.radiating_from_back:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "On %n of %1 days with symptoms they reached from the lower back or buttock down "
                    "one leg, as the reference documents describe for sciatica.",
                ),
                d.symptom_days,
                count=d.radiating_days,
            )
        )
    if d.hands_involved:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "The hands were marked on %n of %1 days with symptoms. The reference documents "
                    "describe feet and hands together in diabetic neuropathy; B12 deficiency can affect the "
                    "hands too.",
                ),
                d.symptom_days,
                count=d.hands_days,
            )
        )
    return found


def onset_sentence(onset: Onset, symptom_days: int) -> Message | None:
    if onset.kind == GRADUAL and onset.over_months:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Over the first months the symptoms rose slowly: the highest score of the day "
                "averaged %1 in the first four weeks from %2 and %3 in the four weeks up to %4 (%n logged "
                "days).",
            ),
            onset.first_week_mean,
            onset.window_start,
            onset.last_week_mean,
            onset.window_end,
            count=onset.days,
        )
    if onset.kind == GRADUAL:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Over the first weeks the symptoms rose gradually: the highest score of the day "
                "averaged %1 in the week from %2 and %3 in the week up to %4 (%n logged days).",
            ),
            onset.first_week_mean,
            onset.window_start,
            onset.last_week_mean,
            onset.window_end,
            count=onset.days,
        )
    if onset.kind == SUDDEN:
        assert onset.jump is not None, "a sudden onset is a jump"
        before, before_score, after, after_score = onset.jump
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "Early on the symptoms rose suddenly: the highest score of the day went from %1 on "
                "%2 to %3 on %4 (%n logged days in the first four weeks examined).",
            ),
            before_score,
            before,
            after_score,
            after,
            count=onset.days,
        )
    if symptom_days and onset.starts_with_symptoms:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The diary starts with symptoms already present, and their strength shows no clear "
                "rise in the first four weeks (%n logged days) or the months after; how they began is before "
                "the diary.",
            ),
            count=onset.days,
        )
    if symptom_days:
        return say(
            QT_TRANSLATE_NOOP(
                "Pattern",
                "The strength of the symptoms shows no clear rise in the first four weeks after they "
                "began (%n logged days) or the months after.",
            ),
            count=onset.days,
        )
    return None


def associated_sentences(a: Associated, days_logged: int) -> list[Message]:
    found = []
    items = [
        say(QT_TRANSLATE_NOOP("Pattern", "%1 (%2)"), name(ASSOCIATED_NAMES, code), n)
        for code, n in a.days.items()
        if n and code != "falls"
    ]
    if items:
        found.append(say(OTHER_SIGNS, joined(items), count=days_logged))
    if a.falls_total:
        found.append(say(FALLS, a.falls_total, days_logged, count=a.days["falls"]))
    if a.gait_trend in ("worse", "better"):
        text = GAIT_WORSE if a.gait_trend == "worse" else GAIT_BETTER
        found.append(say(text, a.gait_second_half, a.gait_first_half, count=a.half_days))
    if a.days["involuntary_movements"]:
        found.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Pattern",
                    "Involuntary movements were recorded on %n of %1 logged days. One reference "
                    "document notes that they can appear within days of starting B12 treatment, mostly in "
                    "infants, and usually fade within weeks; tell the clinician.",
                ),
                days_logged,
                count=a.days["involuntary_movements"],
            )
        )
    return found


def disclaimer() -> Message:
    return say(DISCLAIMER)
