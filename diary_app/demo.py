"""Realistic synthetic diaries (symmetric B12-like, one-sided sciatica-like, or mixed) for demos."""

from __future__ import annotations

import math
import random
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import SENSATIONS

PATTERNS = ("symmetric", "unilateral-left", "unilateral-right", "mixed")
MAX_DEMO_DAYS = 3660
LOCAL_OFFSET = timezone(timedelta(hours=3))
LOADING_DAYS, LOADING_EVERY, MAINTENANCE_EVERY = 14, 2, 30
SCIATICA_REGIONS = ("lower_back", "buttock_hip", "knee_thigh", "lower_leg")

SYMMETRIC_NOTES = (
    "Pins and needles in both feet on waking.",
    "Feet feel like walking on cotton wool.",
    "Very tired after shopping; needed a nap.",
    "Hard to concentrate at work today.",
    "Tongue sore and red again.",
    "Held the rail on the stairs.",
    "تنميل في القدمين عند الاستيقاظ",
    "تعب شديد اليوم، نمت بعد الظهر",
    "مشيت ببطء وأمسكت الدرابزين على الدرج",
    "أفضل قليلاً من الأمس",
)
SCIATICA_NOTES = (
    "Shooting pain from the lower back down the back of the leg.",
    "Sneezing made the leg pain much worse.",
    "Could not sit through the whole film.",
    "Walking helped more than sitting.",
    "ألم أسفل الظهر ينزل إلى الساق",
    "الألم يزداد عند الجلوس الطويل",
    "السعال يزيد الألم في الساق",
)
DOCTOR_QUESTIONS = (
    "Ask the doctor: should the blood test be repeated?",
    "سؤال للطبيب: هل أحتاج إلى تحليل دم جديد؟",
)


def demo_diary(
    days: int, pattern: str = "symmetric", seed: int = 0, end: date | None = None, name: str = "Demo"
) -> ProfileDiary:
    """A diary of `days` days ending on `end` (default today), the same for the same seed."""
    if pattern not in PATTERNS:
        raise ValueError(f"unknown demo pattern {pattern!r}; choose one of {', '.join(PATTERNS)}")
    if not 1 <= days <= MAX_DEMO_DAYS:
        raise ValueError(f"the demo needs between 1 and {MAX_DEMO_DAYS} days, not {days}")
    rng = random.Random(seed)
    end = end or date.today()
    start = end - timedelta(days=days - 1)
    treatment = start + timedelta(days=max(1, days // 3))
    sides = {"unilateral-left": "left", "unilateral-right": "right"}
    side = sides.get(pattern) or rng.choice(("left", "right"))
    kinds = _day_kinds(rng, pattern, days)
    entries = tuple(
        _entry(rng, start + timedelta(days=i), kind, side, start, treatment, days)
        for i, kind in enumerate(kinds)
        if kind is not None
    )
    doses: tuple[Dose, ...] = ()
    regimens: tuple[Regimen, ...] = ()
    labs: tuple[LabResult, ...] = ()
    if pattern in ("symmetric", "mixed"):
        regimens = _b12_regimens(treatment, end)
        doses = _b12_doses(rng, regimens, end)
        labs = _b12_labs(rng, start, treatment, end)
    else:
        labs = _normal_labs(rng, min(end, start + timedelta(days=2)))
    doses = tuple(sorted(doses + _pain_doses(rng, entries), key=lambda d: d.taken_at))
    profile = Profile(name=name, birth_year=rng.randint(1950, 1975))
    return ProfileDiary(profile, entries, doses, regimens, labs)


def _day_kinds(rng: random.Random, pattern: str, days: int) -> list[str | None]:
    """Which kind of day each date is ('symmetric' or 'unilateral'), None for a missed day."""
    kinds: list[str | None] = []
    kind, gap = ("unilateral" if pattern.startswith("unilateral") else "symmetric"), 0
    for index in range(days):
        if pattern == "mixed" and rng.random() < 0.2:
            kind = "unilateral" if kind == "symmetric" else "symmetric"
        if gap == 0 and index not in (0, days - 1) and rng.random() < 0.06:
            gap = rng.randint(1, 3)
        kinds.append(None if gap and index != days - 1 else kind)
        gap = max(0, gap - 1)
    return kinds


def _entry(rng, day, kind, side, start, treatment, days) -> DayEntry:
    if kind == "symmetric":
        entry = _symmetric_entry(rng, day, _b12_severity(day, start, treatment))
    else:
        entry = _sciatica_entry(rng, day, side, _sciatica_severity(day, start, days))
    return _with_notes(rng, entry, SYMMETRIC_NOTES if kind == "symmetric" else SCIATICA_NOTES)


def _b12_severity(day: date, start: date, treatment: date) -> float:
    """Slowly worse until treatment, a plateau of three weeks, then a gradual recovery."""
    lead = max(1, (treatment - start).days)
    since = (day - treatment).days
    if since < 0:
        return 2.5 + 3.5 * (day - start).days / lead
    if since < 21:
        return 6.0 + 0.3 * math.sin(since / 3)
    return 2.0 + 4.0 * math.exp(-(since - 21) / 35)


def _sciatica_severity(day: date, start: date, days: int) -> float:
    """Mild back ache, a sudden flare an eighth into the period, then a slow settling."""
    onset = start + timedelta(days=days // 8)
    since = (day - onset).days
    if since < 0:
        return 0.8
    return 2.5 + 5.0 * math.exp(-since / max(20, days / 2))


def _score(value: float) -> int:
    return max(0, min(10, round(value)))


def _both_sides(rng: random.Random, level: float) -> SideScores:
    left = _score(level + rng.gauss(0, 0.6))
    return SideScores(left=left, right=_score(left + rng.choice((-1, 0, 0, 0, 1))))


def _symmetric_regions(rng: random.Random, severity: float) -> tuple[frozenset, frozenset]:
    """Feet first; the lower legs, then the knees and thighs, as the disease progresses."""
    reach = ["feet"]
    if severity >= 4.0:
        reach.append("lower_leg")
    if severity >= 5.3:
        reach.append("knee_thigh")
    left = set(reach)
    right = set(reach if rng.random() > 0.1 else reach[: max(1, len(reach) - 1)])
    if severity >= 5.8 and rng.random() < 0.3:
        left.add("hands")
        right.add("hands")
    return frozenset(left), frozenset(right)


def _symmetric_entry(rng: random.Random, day: date, severity: float) -> DayEntry:
    level = severity + rng.gauss(0, 0.5)
    weights = {"tingling": 1.0, "numbness": 0.85, "burning": 0.5, "pain": 0.45, "weakness": 0.0}
    symptoms = {name: _both_sides(rng, level * weights[name]) for name in SENSATIONS}
    symptoms["weakness"] = _both_sides(rng, max(0.0, level - 4.0))
    regions_left, regions_right = _symmetric_regions(rng, severity)
    gait = 0 if level < 3.5 else 1 if level < 5.0 else 2 if level < 6.8 else 3
    others = {"fatigue"} if level > 3.0 or rng.random() < 0.3 else set()
    others |= {
        s
        for s, p in (
            ("memory_concentration", 0.3),
            ("mood", 0.15),
            ("sore_tongue", 0.1),
            ("restless_legs", 0.1),
        )
        if level > 4.0 and rng.random() < p
    }
    if gait >= 2:
        others.add("balance")
    walk = round(7.0 + 1.1 * level + rng.uniform(-0.8, 0.8), 1) if day.weekday() == 6 else None
    falls = 1 if gait >= 2 and rng.random() < 0.04 else 0
    return DayEntry(
        day,
        symptoms,
        regions_left,
        regions_right,
        back_pain=_score(rng.gauss(1, 1)),
        gait=gait,
        falls=falls,
        walk_10m_seconds=walk,
        other_symptoms=frozenset(others),
    )


def _sciatica_regions(rng: random.Random, severity: float) -> frozenset[str]:
    reach = {"lower_back", "buttock_hip"} if severity > 1.0 else {"lower_back"}
    if severity >= 2.5:
        reach.add("knee_thigh")
    if severity >= 3.5:
        reach.add("lower_leg")
    if severity >= 6.0 and rng.random() < 0.3:
        reach.add("feet")
    return frozenset(reach)


def _sciatica_entry(rng: random.Random, day: date, side: str, severity: float) -> DayEntry:
    level = severity + (1.5 if rng.random() < 0.1 else 0.0) + rng.gauss(0, 0.5)
    weights = {"tingling": 0.6, "numbness": 0.5, "burning": 0.3, "pain": 1.0, "weakness": 0.0}
    symptoms = {}
    for name in SENSATIONS:
        value = level * weights[name] if name != "weakness" else max(0.0, level - 5.0) * 0.8
        score = _score(value + rng.gauss(0, 0.5)) if level > 1.2 else 0
        symptoms[name] = SideScores(**{side: score})
    felt = _sciatica_regions(rng, level) if level > 1.2 else frozenset({"lower_back"})
    radiating = level >= 2.5
    return DayEntry(
        day,
        symptoms,
        regions_left=felt if side == "left" else frozenset(),
        regions_right=felt if side == "right" else frozenset(),
        back_pain=_score(level + 1 + rng.gauss(0, 0.7)),
        radiates_from_back=radiating,
        worse_with_cough=radiating and rng.random() < 0.6,
        worse_with_sitting=radiating and rng.random() < 0.7,
        gait=0 if level < 4.0 else 1 if level < 6.5 else 2,
        other_symptoms=frozenset({"mood"} if level > 6.0 and rng.random() < 0.3 else ()),
    )


def _with_notes(rng: random.Random, entry: DayEntry, notes: tuple[str, ...]) -> DayEntry:
    if rng.random() < 0.04:
        return entry.with_changes(notes=rng.choice(DOCTOR_QUESTIONS), ask_doctor=True)
    if rng.random() < 0.2:
        return entry.with_changes(notes=rng.choice(notes))
    return entry


def _b12_regimens(treatment: date, end: date) -> tuple[Regimen, ...]:
    """Hydroxocobalamin 1000 µg: every other day for two weeks, then monthly."""
    loading = Regimen(
        B12,
        "injection",
        1000,
        "µg",
        LOADING_EVERY,
        treatment,
        treatment + timedelta(days=LOADING_DAYS - 1),
        compound="hydroxocobalamin",
        notes="Loading doses: every other day for two weeks",
    )
    last_loading = treatment + timedelta(days=LOADING_DAYS - LOADING_EVERY)
    maintenance_start = last_loading + timedelta(days=MAINTENANCE_EVERY)
    if treatment > end:
        return ()
    if maintenance_start > end:
        return (loading,)
    maintenance = Regimen(
        B12,
        "injection",
        1000,
        "µg",
        MAINTENANCE_EVERY,
        maintenance_start,
        compound="hydroxocobalamin",
        notes="Maintenance: once a month",
    )
    return loading, maintenance


def _planned_days(regimen: Regimen, end: date) -> list[date]:
    last = min(end, regimen.end or end)
    count = (last - regimen.start).days // regimen.every_days + 1
    return [regimen.start + timedelta(days=regimen.every_days * k) for k in range(max(0, count))]


def _b12_doses(rng: random.Random, regimens: tuple[Regimen, ...], end: date) -> tuple[Dose, ...]:
    """The planned injections, a few taken a day late and a few missed."""
    doses: list[Dose] = []
    sites = ("left_arm", "right_arm")
    for regimen in regimens:
        for planned in _planned_days(regimen, end):
            chance = rng.random()
            if chance < 0.07:
                continue
            day = planned + timedelta(days=1) if chance < 0.17 and planned < end else planned
            minute = rng.randint(0, 90)
            taken = datetime.combine(day, time(9, 0), LOCAL_OFFSET) + timedelta(minutes=minute)
            note = rng.choice(("", "", "At the clinic", "في العيادة")) if day == planned else "A day late"
            doses.append(
                Dose(
                    taken,
                    B12,
                    "injection",
                    1000,
                    "µg",
                    compound="hydroxocobalamin",
                    site=sites[len(doses) % 2],
                    notes=note,
                )
            )
    return tuple(doses)


def _pain_doses(rng: random.Random, entries: tuple[DayEntry, ...]) -> tuple[Dose, ...]:
    """Ibuprofen on some of the bad back-pain days."""
    return tuple(
        Dose(
            datetime.combine(entry.day, time(20, rng.randint(0, 59)), LOCAL_OFFSET),
            "ibuprofen",
            "oral",
            400,
            "mg",
            notes="For the leg pain",
        )
        for entry in entries
        if entry.back_pain >= 5 and rng.random() < 0.6
    )


def _lab(day: date, test: str, value: float, unit: str, low: float, high: float) -> LabResult:
    return LabResult(day, test, value, unit, ref_low=low, ref_high=high)


def _b12_labs(rng: random.Random, start: date, treatment: date, end: date) -> tuple[LabResult, ...]:
    """Low B12 with high MMA and homocysteine before treatment; recovering values later."""
    before = max(start, treatment - timedelta(days=5))
    labs = [
        _lab(before, "b12", rng.randint(120, 175), "pg/mL", 200, 900),
        _lab(before, "mma", round(rng.uniform(0.55, 0.9), 2), "µmol/L", 0, 0.4),
        _lab(before, "homocysteine", round(rng.uniform(19, 28), 1), "µmol/L", 5, 15),
        _lab(before, "mcv", rng.randint(101, 106), "fL", 80, 100),
        _lab(before, "hemoglobin", round(rng.uniform(11.0, 11.9), 1), "g/dL", 12, 15.5),
        _lab(before, "folate", round(rng.uniform(6, 12), 1), "ng/mL", 3, 17),
    ]
    for weeks, b12, mma, homocysteine in ((8, 650, 0.3, 12.5), (16, 820, 0.22, 9.8)):
        later = treatment + timedelta(weeks=weeks)
        if later <= end:
            labs += [
                _lab(later, "b12", b12 + rng.randint(-60, 60), "pg/mL", 200, 900),
                _lab(later, "mma", round(mma + rng.uniform(-0.05, 0.05), 2), "µmol/L", 0, 0.4),
                _lab(later, "homocysteine", homocysteine, "µmol/L", 5, 15),
            ]
    return tuple(labs)


def _normal_labs(rng: random.Random, day: date) -> tuple[LabResult, ...]:
    return (
        _lab(day, "b12", rng.randint(420, 560), "pg/mL", 200, 900),
        _lab(day, "hba1c", round(rng.uniform(5.1, 5.6), 1), "%", 4, 5.6),
    )
