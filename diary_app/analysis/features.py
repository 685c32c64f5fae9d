"""Associated features over the period, and the comparison-table rows of 002_beb4d002e087eae9.txt."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from diary_app.analysis.days import DayFacts
from diary_app.analysis.distribution import MIN_REPEATED_DAYS
from diary_app.analysis.distribution import Distribution
from diary_app.analysis.labels import ASSOCIATED_NAMES
from diary_app.analysis.labels import CONTEXT
from diary_app.analysis.labels import SENSATION_NAMES
from diary_app.analysis.labels import joined
from diary_app.analysis.labels import name
from diary_app.analysis.laterality import AFFECTED_MIN
from diary_app.analysis.means import mean_or_none
from diary_app.analysis.onset import GRADUAL
from diary_app.analysis.onset import SUDDEN
from diary_app.analysis.onset import Onset
from diary_app.analysis.pattern import MIN_DAYS_FOR_PATTERN
from diary_app.analysis.place_picture import BAND
from diary_app.analysis.place_picture import GLOVE_AND_STOCKING
from diary_app.analysis.place_picture import MIXED
from diary_app.analysis.place_picture import STOCKING
from diary_app.analysis.place_picture import PlacePicture
from diary_app.domain import LabResult
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message
from diary_app.domain.vocab import OTHER_SYMPTOMS
from diary_app.domain.vocab import SENSATIONS

ASSOCIATED = (
    "back_pain",
    "worse_with_cough",
    "worse_with_sitting",
    "radiates_from_back",
    *OTHER_SYMPTOMS,
    "falls",
)
# Back pain counts from 4 on the 0-10 scale (moderate in the usual 1-3 / 4-6 / 7-10 bands): a mild
# back ache is common at the ages most affected (003_b1dc9190a6b45721.txt: over 65) and would
# otherwise match the sciatica column for almost everyone.
BACK_PAIN_MIN = 4
# A sensation "dominates" when it is felt on at least half of the days with symptoms.
MAIN_SENSATION_SHARE = 0.5
# Half a step on the 0-4 walking scale between the halves of the period: a change the person
# rated on many days, not a single bad day.
GAIT_TREND_MIN = 0.5
# The sensations each column of the table names (002): "loss of sensation" is numbness here,
# "sharp, jabbing" and "deep" pain are pain, and sciatica's "weakness down one side" is weakness.
TABLE_SENSATIONS = {
    "b12_neuropathy": frozenset({"tingling", "numbness", "burning", "pain"}),
    "diabetic_neuropathy": frozenset({"tingling", "burning", "pain"}),
    "sciatica": frozenset({"pain", "numbness", "weakness"}),
}
# 002/003: B12 deficiency comes with fatigue, cognitive and mood changes, a sore tongue, vision,
# balance and walking problems, and the laboratory signs of B12 deficiency (low serum B12, raised
# MMA or homocysteine, large red cells, anaemia); diabetes with vision problems and a raised HbA1c.
B12_SIGNS = (
    "fatigue",
    "memory_concentration",
    "mood",
    "sore_tongue",
    "vision",
    "balance",
    "falls",
    "walking_worse",
    "anemia_lab",
    "b12_low",
    "mma_high",
    "homocysteine_high",
    "mcv_high",
)
DIABETIC_SIGNS = ("vision", "hba1c_high")
# NICE NG239: a total serum B12 below 180 ng/L (= pg/mL; 133 pmol/L) makes deficiency likely; used
# only when the laboratory gave no lower limit.
B12_LOW_PG_ML = 180.0
PMOL_PER_PG = 0.738
SCIATICA_SIGNS = ("back_pain", "worse_with_cough", "worse_with_sitting")


@dataclass(frozen=True)
class Associated:
    days: dict[str, int]  # feature code -> logged days with it
    falls_total: int
    gait_trend: str  # "worse", "better", "steady" or "unknown"
    gait_first_half: float | None
    gait_second_half: float | None
    half_days: int  # logged days in each half
    labs: dict[str, bool] = field(default_factory=dict)  # anemia_lab, hba1c_high


@dataclass(frozen=True)
class FeatureRow:
    """One row of the comparison table: what the diary shows, and which columns it agrees with."""

    feature: str  # "onset", "sensation", "location", "associated"
    observed: Message
    evidence: dict[str, Any]
    b12_neuropathy: bool
    diabetic_neuropathy: bool
    sciatica: bool


def associated_of(facts: list[DayFacts], labs: list[LabResult]) -> Associated:
    days = dict.fromkeys(ASSOCIATED, 0)
    falls = 0
    for f in facts:
        e = f.entry
        days["back_pain"] += e.back_pain >= BACK_PAIN_MIN
        days["worse_with_cough"] += e.worse_with_cough
        days["worse_with_sitting"] += e.worse_with_sitting
        days["radiates_from_back"] += e.radiates_from_back
        days["falls"] += e.falls > 0
        falls += e.falls
        for code in e.other_symptoms:
            if code in days:
                days[code] += 1
    half = len(facts) // 2 if len(facts) >= MIN_DAYS_FOR_PATTERN else 0
    first = mean_or_none([f.entry.gait for f in facts[:half]])
    second = mean_or_none([f.entry.gait for f in facts[len(facts) - half :]]) if half else None
    return Associated(days, falls, _gait_trend(first, second), first, second, half, _lab_signs(labs))


def _gait_trend(first: float | None, second: float | None) -> str:
    if first is None or second is None:
        return "unknown"
    if second - first >= GAIT_TREND_MIN:
        return "worse"
    if first - second >= GAIT_TREND_MIN:
        return "better"
    return "steady"


def _lab_signs(labs: list[LabResult]) -> dict[str, bool]:
    def above(test: str) -> bool:
        return any(lab.test == test and lab.ref_high is not None and lab.value > lab.ref_high for lab in labs)

    anemia = any(
        lab.test == "hemoglobin" and lab.ref_low is not None and lab.value < lab.ref_low for lab in labs
    )
    return {
        "anemia_lab": anemia,
        "b12_low": any(_b12_low(lab) for lab in labs if lab.test == "b12"),
        "mma_high": above("mma"),
        "homocysteine_high": above("homocysteine"),
        "mcv_high": above("mcv"),
        "hba1c_high": above("hba1c"),
    }


def _b12_low(lab: LabResult) -> bool:
    if lab.ref_low is not None:
        return lab.value < lab.ref_low
    limit = B12_LOW_PG_ML * PMOL_PER_PG if lab.unit == "pmol/L" else B12_LOW_PG_ML
    return lab.value < limit


def main_sensations(facts: list[DayFacts]) -> tuple[list[str], dict[str, int]]:
    """The sensations felt (either leg) on at least MAIN_SENSATION_SHARE of the days with symptoms."""
    counts = dict.fromkeys(SENSATIONS, 0)
    symptom_days = 0
    for f in facts:
        if f.has_symptoms:
            symptom_days += 1
            symptoms = f.entry.symptoms
            for sensation in SENSATIONS:
                scores = symptoms[sensation]
                if scores.left >= AFFECTED_MIN or scores.right >= AFFECTED_MIN:
                    counts[sensation] += 1
    main = [s for s in SENSATIONS if symptom_days and counts[s] >= MAIN_SENSATION_SHARE * symptom_days]
    return main, counts


def feature_rows(
    onset: Onset,
    facts: list[DayFacts],
    pattern: str,
    counts: dict[str, int],
    distribution: Distribution,
    associated: Associated,
) -> list[FeatureRow]:
    """The four rows; with too few days (no pattern can be described) no column agrees."""
    rows = [
        _onset_row(onset),
        _sensation_row(facts, distribution),
        _location_row(pattern, counts, distribution),
        _associated_row(associated),
    ]
    if pattern == "insufficient_data":
        rows = [
            dataclasses.replace(r, b12_neuropathy=False, diabetic_neuropathy=False, sciatica=False)
            for r in rows
        ]
    return rows


def _onset_row(onset: Onset) -> FeatureRow:
    if onset.kind == GRADUAL:
        text = QT_TRANSLATE_NOOP("Pattern", "a gradual rise over the first weeks (%n logged days)")
    elif onset.kind == SUDDEN:
        text = QT_TRANSLATE_NOOP("Pattern", "a sudden rise in the first weeks (%n logged days)")
    else:
        text = QT_TRANSLATE_NOOP("Pattern", "no rise seen in the first weeks (%n logged days)")
    gradual = onset.kind == GRADUAL
    return FeatureRow(
        "onset",
        Message(CONTEXT, text, count=onset.days),
        {"onset": onset.kind},
        gradual,
        gradual,
        onset.kind in (GRADUAL, SUDDEN),
    )


def _sensation_row(facts: list[DayFacts], distribution: Distribution) -> FeatureRow:
    main, counts = main_sensations(facts)
    days = distribution.symptom_days
    if main:
        names = joined([name(SENSATION_NAMES, s) for s in main])
        observed = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Pattern", "mostly %1 (each on at least half of %n days with symptoms)"),
            (names,),
            days,
        )
    else:
        observed = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Pattern", "no sensation on half of the %n days with symptoms"),
            count=days,
        )
    chosen = set(main)
    return FeatureRow(
        "sensation",
        observed,
        {"main_sensations": main, "days": counts, "symptom_days": days},
        bool(chosen & TABLE_SENSATIONS["b12_neuropathy"]),
        bool(chosen & TABLE_SENSATIONS["diabetic_neuropathy"]),
        bool(chosen & TABLE_SENSATIONS["sciatica"]) and distribution.radiating_from_back,
    )


def _location_row(pattern: str, counts: dict[str, int], d: Distribution) -> FeatureRow:
    parts = [pattern_phrase(pattern, counts, d.symptom_days)]
    for flag, text, days in (
        (d.distal_start, QT_TRANSLATE_NOOP("Pattern", "starting in the feet (%n days)"), d.early_distal_days),
        (d.ascending, QT_TRANSLATE_NOOP("Pattern", "spreading upward (%n days with regions)"), d.region_days),
        (d.hands_involved, QT_TRANSLATE_NOOP("Pattern", "hands involved (%n days)"), d.hands_days),
        (
            d.radiating_from_back,
            QT_TRANSLATE_NOOP("Pattern", "from the lower back down one leg (%n days)"),
            d.radiating_days,
        ),
        *_place_phrases(d.places),
    ):
        if flag:
            parts.append(Message(CONTEXT, text, count=days))
    stocking = d.places.kind in (STOCKING, GLOVE_AND_STOCKING)
    symmetric = (pattern == "symmetric" and d.distal_start) or stocking
    evidence = {
        "pattern": pattern,
        **{
            k: v
            for k, v in d.to_json_dict().items()
            if k in ("distal_start", "ascending", "hands_involved", "radiating_from_back")
        },
        "place_picture": d.places.kind,
    }
    one_leg_from_back = pattern in ("unilateral_left", "unilateral_right") and d.radiating_from_back
    one_leg_from_back = one_leg_from_back or d.places.kind == BAND
    return FeatureRow("location", _message(joined(parts)), evidence, symmetric, symmetric, one_leg_from_back)


def _place_phrases(picture: PlacePicture) -> list[tuple[bool, str, int]]:
    """(shown, phrase, days) for the place picture: a stocking, with the hands, or a band."""
    band_days = picture.band[2] if picture.band else 0
    return [
        (
            picture.kind in (STOCKING, GLOVE_AND_STOCKING, MIXED),
            QT_TRANSLATE_NOOP("Pattern", "all round both feet, like a stocking (%n days)"),
            picture.stocking_days,
        ),
        (
            picture.kind == GLOVE_AND_STOCKING,
            QT_TRANSLATE_NOOP("Pattern", "both hands too: glove and stocking (%n days)"),
            picture.glove_days,
        ),
        (
            picture.kind in (BAND, MIXED),
            QT_TRANSLATE_NOOP("Pattern", "a band down one leg (%n days)"),
            band_days,
        ),
    ]


def pattern_phrase(pattern: str, counts: dict[str, int], symptom_days: int) -> Message:
    texts = {
        "symmetric": (
            QT_TRANSLATE_NOOP("Pattern", "both legs at similar strength on %n of %1 days with symptoms"),
            counts["symmetric"],
        ),
        "unilateral_left": (
            QT_TRANSLATE_NOOP("Pattern", "left leg only on %n of %1 days with symptoms"),
            counts["left_only"],
        ),
        "unilateral_right": (
            QT_TRANSLATE_NOOP("Pattern", "right leg only on %n of %1 days with symptoms"),
            counts["right_only"],
        ),
        "mixed": (
            QT_TRANSLATE_NOOP("Pattern", "no single side pattern over %n days with symptoms"),
            symptom_days,
        ),
        "no_symptoms": (
            QT_TRANSLATE_NOOP("Pattern", "no leg symptoms recorded (%n days with symptoms)"),
            symptom_days,
        ),
        "insufficient_data": (
            QT_TRANSLATE_NOOP("Pattern", "too few days to describe a side pattern (%n days with symptoms)"),
            symptom_days,
        ),
    }
    if pattern == "alternating":
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Pattern",
                "taking turns: the left leg alone on %1 and the right leg alone on %2 of %n days "
                "with symptoms",
            ),
            (counts["left_only"], counts["right_only"]),
            symptom_days,
        )
    text, count = texts[pattern]
    return Message(CONTEXT, text, (symptom_days,), count)


def _associated_row(a: Associated) -> FeatureRow:
    present: dict[str, Any] = {code: n for code, n in a.days.items() if n >= MIN_REPEATED_DAYS}
    present.update({code: True for code, found in a.labs.items() if found})
    if a.gait_trend == "worse":
        present["walking_worse"] = True
    items: list[Message | str] = [
        Message(CONTEXT, QT_TRANSLATE_NOOP("Pattern", "%1 on %n days"), (name(ASSOCIATED_NAMES, c),), n)
        for c, n in a.days.items()
        if n >= MIN_REPEATED_DAYS
    ]
    items += [name(ASSOCIATED_NAMES, c) for c, found in a.labs.items() if found]
    if a.gait_trend == "worse":
        items.append(name(ASSOCIATED_NAMES, "walking_worse"))
    if items:
        observed = _message(joined(items))
    else:
        observed = Message(
            CONTEXT, QT_TRANSLATE_NOOP("Pattern", "none recorded on %n days or more"), count=MIN_REPEATED_DAYS
        )
    return FeatureRow(
        "associated",
        observed,
        {"present": present},
        any(c in present for c in B12_SIGNS),
        any(c in present for c in DIABETIC_SIGNS),
        any(c in present for c in SCIATICA_SIGNS),
    )


def _message(text: Message | str) -> Message:
    """A feature row's sentence: a Message, as every code listed has a name (name() and joined()
    fall back to plain text only for an unknown code or an empty list)."""
    assert isinstance(text, Message), text
    return text
