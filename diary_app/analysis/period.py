"""analyze_period: everything the diary shows about one profile in one period, and its JSON."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from diary_app.analysis import care_sentences
from diary_app.analysis import sentences
from diary_app.analysis.adherence import RegimenAdherence
from diary_app.analysis.adherence import adherence_for
from diary_app.analysis.days import DayFacts
from diary_app.analysis.days import facts_in_period
from diary_app.analysis.derived_warnings import BILATERAL_RADIATING
from diary_app.analysis.distribution import Distribution
from diary_app.analysis.distribution import distribution_of
from diary_app.analysis.features import BACK_PAIN_MIN
from diary_app.analysis.features import Associated
from diary_app.analysis.features import FeatureRow
from diary_app.analysis.features import associated_of
from diary_app.analysis.features import feature_rows
from diary_app.analysis.folic_acid import FolicFirst
from diary_app.analysis.folic_acid import folic_before_b12
from diary_app.analysis.glance import Glance
from diary_app.analysis.glance import glance_of
from diary_app.analysis.glance_sentences import glance_sentences
from diary_app.analysis.laterality import ASYMMETRIC
from diary_app.analysis.laterality import LATERALITY_KINDS
from diary_app.analysis.onset import Onset
from diary_app.analysis.onset import onset_of
from diary_app.analysis.pattern import pattern_of
from diary_app.analysis.pattern import side_switches
from diary_app.analysis.pattern import symptom_days
from diary_app.analysis.place_sentences import place_sentences
from diary_app.analysis.red_flags import RedFlagDay
from diary_app.analysis.red_flags import red_flag_days
from diary_app.analysis.treatment import TreatmentResponse
from diary_app.analysis.treatment import TreatmentStart
from diary_app.analysis.treatment import logged_days_between
from diary_app.analysis.treatment import treatment_response
from diary_app.analysis.treatment import treatment_start
from diary_app.analysis.treatment_direction import Direction
from diary_app.analysis.treatment_direction import direction_of
from diary_app.analysis.warning_sentences import derived_sentence
from diary_app.analysis.warning_sentences import outside_sentences
from diary_app.analysis.warning_sentences import placed_derived
from diary_app.analysis.warning_signs import IN
from diary_app.analysis.warning_signs import WarningSigns
from diary_app.analysis.warning_signs import warning_signs
from diary_app.domain import DayEntry
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain.messages import Message
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import Translate
from diary_app.domain.messages import english
from diary_app.domain.messages import strip_isolates
from diary_app.domain.vocab import B12


@dataclass(frozen=True)
class PeriodAnalysis:
    profile_name: str
    start: date
    end: date
    days_in_period: int
    days_logged: int
    laterality: dict[str, int]
    distribution: Distribution
    onset: str
    pattern: str
    features: list[FeatureRow]
    treatment_response: TreatmentResponse | None
    adherence: list[RegimenAdherence]
    red_flags: list[RedFlagDay]
    annotations: list[Message]
    symptom_days: int
    asymmetric_stronger: dict[str, int]  # on asymmetric days, which leg scored higher
    onset_detail: Onset
    associated: Associated
    treatment_started: TreatmentStart | None
    warnings: WarningSigns  # the whole diary's, placed before, in or after the period
    diary_span: DiarySpan
    folic_first: FolicFirst | None
    glance: Glance
    b12_since: tuple[date, str] | None  # the whole diary's first B12 day and its form
    glance_lines: tuple[Message, ...] = ()  # "At a glance": also at the top of `annotations`

    @property
    def treatment_direction(self) -> Direction | None:
        return None if self.treatment_response is None else direction_of(self.treatment_response)

    def to_json_dict(
        self, translate: Translate = english, numbers: NumberFormat = NumberFormat()
    ) -> dict[str, Any]:
        """The JSON of issue 4: stable codes throughout; only `annotations` and each feature's
        `observed` are sentences, rendered with `translate`."""
        return {
            "profile": self.profile_name,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "days_in_period": self.days_in_period,
            "days_logged": self.days_logged,
            "days_with_symptoms": self.symptom_days,
            "laterality": dict(self.laterality),
            "asymmetric_stronger": dict(self.asymmetric_stronger),
            "distribution": self.distribution.to_json_dict(),
            "onset": self.onset,
            "onset_detail": self.onset_detail.to_json_dict(),
            "pattern": self.pattern,
            "features": [_feature_json(row, translate, numbers) for row in self.features],
            "associated": {
                "days": dict(self.associated.days),
                "falls_total": self.associated.falls_total,
                "gait_trend": self.associated.gait_trend,
                "labs": dict(self.associated.labs),
            },
            "treatment_response": (
                None if self.treatment_response is None else self.treatment_response.to_json_dict()
            ),
            "adherence": [_adherence_json(a) for a in self.adherence],
            "red_flags": [r.to_json_dict() for r in self.red_flags],
            "warning_signs": self.warnings.to_json_dict(),
            "diary": self.diary_span.to_json_dict(),
            "treatment_direction": (
                None if self.treatment_direction is None else self.treatment_direction.to_json_dict()
            ),
            "folic_acid_before_b12": None if self.folic_first is None else self.folic_first.to_json_dict(),
            "at_a_glance": {
                **self.glance.to_json_dict(),
                "b12_since": None if self.b12_since is None else self.b12_since[0].isoformat(),
                "sentences": [strip_isolates(m.render(translate, numbers)) for m in self.glance_lines],
            },
            "annotations": [strip_isolates(m.render(translate, numbers)) for m in self.annotations],
        }


def analyze_period(diary: ProfileDiary, start: date, end: date) -> PeriodAnalysis:
    """Describe [start, end] of the diary. Entries, doses and labs outside the period are ignored,
    except that doses outside it may satisfy a planned date near its edges (adherence) and the
    diary's first B12 dose decides whether treatment started inside it."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    facts = facts_in_period(diary.entries, start, end)
    counts = dict.fromkeys(LATERALITY_KINDS, 0)
    stronger = {"left": 0, "right": 0}
    for f in facts:
        counts[f.kind] += 1
        if f.kind == ASYMMETRIC and f.stronger:
            stronger[f.stronger] += 1
    pattern = pattern_of(counts, side_switches([f.kind for f in facts]))
    distribution = distribution_of(facts, start)
    b12_since = first_b12(diary)
    onset = onset_of(facts, None if b12_since is None else b12_since[0])
    associated = associated_of(facts, [lab for lab in diary.labs if start <= lab.day <= end])
    begun = treatment_start(diary, start, end)
    response = treatment_response(facts, begun, start, end)
    adherence = [
        adherence_for(r, diary.doses, start, end, diary.regimens)
        for r in diary.regimens
        if _overlaps(r, start, end)
    ]
    flags = red_flag_days(f.entry for f in facts)
    analysis = PeriodAnalysis(
        diary.profile.name,
        start,
        end,
        (end - start).days + 1,
        len(facts),
        counts,
        distribution,
        onset.kind,
        pattern,
        feature_rows(onset, facts, pattern, counts, distribution, associated),
        response,
        adherence,
        flags,
        [],
        symptom_days(counts),
        stronger,
        onset,
        associated,
        begun,
        warning_signs(diary.entries, start, end),
        diary_span(diary),
        folic_before_b12(diary),
        glance_of(facts),
        b12_since,
    )
    lines = tuple(glance_sentences(analysis, analysis.b12_since))
    analysis = dataclasses.replace(analysis, glance_lines=lines)
    return dataclasses.replace(analysis, annotations=_annotations(analysis, facts))


def first_b12(diary: ProfileDiary) -> tuple[date, str] | None:
    """The first B12 dose or regimen start of the whole diary, with its form."""
    found = [(d.day, d.form) for d in diary.doses if d.substance == B12]
    found += [(r.start, r.form) for r in diary.regimens if r.substance == B12]
    return min(found, default=None)


@dataclass(frozen=True)
class DiarySpan:
    """Where the whole diary starts and ends, whatever the period."""

    first_entry: date | None
    last_entry: date | None
    first_symptom_day: date | None
    days: int = 0  # logged days of the whole diary

    def to_json_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            key: None if value is None else value.isoformat()
            for key, value in (
                ("first_entry", self.first_entry),
                ("last_entry", self.last_entry),
                ("first_day_with_symptoms", self.first_symptom_day),
            )
        }
        return {**found, "days_logged": self.days}


def diary_span(diary: ProfileDiary) -> DiarySpan:
    days = [e.day for e in diary.entries]
    symptom_days = [e.day for e in diary.entries if _any_symptom(e)]
    return DiarySpan(
        min(days, default=None), max(days, default=None), min(symptom_days, default=None), len(days)
    )


def _any_symptom(entry: DayEntry) -> bool:
    for scores in entry.symptoms.values():  # noqa: SIM110 (a loop is twice as quick as any() here)
        if scores.left > 0 or scores.right > 0:
            return True
    return False


def _overlaps(regimen: Regimen, start: date, end: date) -> bool:
    return regimen.start <= end and (regimen.end is None or regimen.end >= start)


def _annotations(a: PeriodAnalysis, facts: list[DayFacts]) -> list[Message]:
    found = [
        care_sentences.red_flag_sentence(a.red_flags, a.days_logged),
        *warning_messages(a),
        *a.glance_lines,
        sentences.coverage(a.start, a.end, a.days_in_period, a.days_logged),
        sentences.pattern_sentence(
            a.pattern,
            a.laterality,
            a.symptom_days,
            a.days_logged,
            a.days_in_period,
            _back_into_both_days(a),
            side_switches([f.kind for f in facts]),
            foot_only_without_back(facts),
        ),
    ]
    if a.pattern not in ("insufficient_data", "no_symptoms"):
        found.append(sentences.asymmetry_sentence(a.laterality, a.symptom_days, a.asymmetric_stronger))
        found += sentences.distribution_sentences(a.distribution)
        found += place_sentences(a.distribution.places)
        found.append(sentences.onset_sentence(a.onset_detail, a.symptom_days))
    found += sentences.associated_sentences(a.associated, a.days_logged)
    found += _treatment(a, facts)
    found.append(care_sentences.folic_sentence(a.folic_first))
    found += care_sentences.adherence_sentences(a.adherence, a.start, a.end)
    found.append(sentences.disclaimer())
    return [m for m in found if m is not None]


def foot_only_without_back(facts: list[DayFacts]) -> bool:
    """Every day with symptoms: no back pain of BACK_PAIN_MIN, nothing spreading from the back, and
    marked places (if any) no higher than the feet (docs/patterns.md, "One-sided, not from the back")."""
    days = [f for f in facts if f.has_symptoms]
    return bool(days) and not any(
        f.entry.back_pain >= BACK_PAIN_MIN or f.entry.radiates_from_back or (f.top_level or 0) > 0
        for f in days
    )


def _back_into_both_days(a: PeriodAnalysis) -> int:
    return sum(
        1
        for w in a.warnings.derived
        if w.code == BILATERAL_RADIATING
        for d in w.days
        if a.start <= d <= a.end
    )


def warning_messages(a: PeriodAnalysis) -> list[Message]:
    """The rules the diary shows inside the period, then everything before and after it."""
    inside = [derived_sentence(w) for w in placed_derived(a.warnings, IN, a.start, a.end)]
    return inside + outside_sentences(a.warnings, a.start, a.end)


def _treatment(a: PeriodAnalysis, facts: list[DayFacts]) -> list[Message]:
    begun = a.treatment_started
    if begun is None:
        return []
    before = logged_days_between(facts, a.start, date.fromordinal(begun.day.toordinal() - 1))
    after = logged_days_between(facts, begun.day, a.end)
    return care_sentences.treatment_sentences(a.treatment_response, begun, before, after)


def _feature_json(row: FeatureRow, translate: Translate, numbers: NumberFormat) -> dict[str, Any]:
    return {
        "feature": row.feature,
        "observed": strip_isolates(row.observed.render(translate, numbers)),
        "evidence": copy.deepcopy(row.evidence),
        "b12_neuropathy": row.b12_neuropathy,
        "diabetic_neuropathy": row.diabetic_neuropathy,
        "sciatica": row.sciatica,
    }


def _adherence_json(a: RegimenAdherence) -> dict[str, Any]:
    r = a.regimen
    return {
        "regimen": f"{r.substance} {r.amount:g} {r.unit} {r.form} every {r.every_days} days",
        "regimen_id": r.id,
        "substance": r.substance,
        "form": r.form,
        "every_days": r.every_days,
        "start": r.start.isoformat(),
        "end": None if r.end is None else r.end.isoformat(),
        "planned": a.planned,
        "taken": a.taken,
        "percent": a.percent,
        "missed": [d.isoformat() for d in a.missed],
    }
