"""Hypothesis strategies for valid diary records (every value passes domain validation and storage).

Use from any test: `from tests.strategies import day_entries, profile_diaries`. Records carry no
database id. Text may hold any Unicode except NUL and surrogates (Arabic, emoji, CR/LF, quotes,
leading '=' or '-' ...). Sizes are kept small by default so round-trip tests stay fast.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone

from hypothesis import strategies as st

from diary_app.domain import DayEntry
from diary_app.domain import Dose
from diary_app.domain import LabResult
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain import vocab
from diary_app.domain.units import B12_UNITS

FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2099, 12, 31)
# Text that spreadsheets or parsers treat specially, mixed into generated text on purpose.
TRICKY_TEXT = (
    "=SUM(A1)",
    "+1",
    "-2",
    "@x",
    "\tindented",
    "\rcarriage",
    "\nnew line",
    "'quoted",
    "''",
    "a,b",
    'say "hi"',
    "line1\r\nline2",
    "تنميل في القدمين",
    "  spaced  ",
    "0042",
    "1e5",
    "null",
)


def texts(max_size: int = 40, min_size: int = 0) -> st.SearchStrategy[str]:
    """Any text without NUL (the one character the diary refuses), often with a tricky start."""
    plain = st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=min_size,
        max_size=max_size,
    )
    tricky = st.tuples(st.sampled_from(TRICKY_TEXT), plain).map("".join)
    return st.one_of(plain, tricky)


def names(max_size: int = 30) -> st.SearchStrategy[str]:
    """A profile name: non-blank text (the import refuses blank names)."""
    return texts(max_size=max_size, min_size=1).filter(lambda t: t.strip() != "")


def days(first: date = FIRST_DAY, last: date = LAST_DAY) -> st.SearchStrategy[date]:
    return st.dates(min_value=first, max_value=last)


def code_sets(vocabulary: tuple[str, ...]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(vocabulary))


def scores() -> st.SearchStrategy[int]:
    return st.integers(vocab.SCORE_MIN, vocab.SCORE_MAX)


def side_scores() -> st.SearchStrategy[SideScores]:
    return st.builds(SideScores, left=scores(), right=scores())


def finite_floats(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


def amounts() -> st.SearchStrategy[float | int]:
    """A positive dose amount, whole or fractional."""
    fractional = st.floats(min_value=0.0, max_value=vocab.MAX_AMOUNT, exclude_min=True)
    return st.one_of(st.integers(1, 5000), fractional)


def day_entries(
    day: st.SearchStrategy[date] | None = None, notes_size: int = 60
) -> st.SearchStrategy[DayEntry]:
    """A valid DayEntry on a date drawn from `day` (default: any date)."""
    return st.builds(
        DayEntry,
        day=day if day is not None else days(),
        symptoms=st.fixed_dictionaries({name: side_scores() for name in vocab.SENSATIONS}),
        regions_left=code_sets(vocab.REGIONS),
        regions_right=code_sets(vocab.REGIONS),
        back_pain=scores(),
        radiates_from_back=st.booleans(),
        worse_with_cough=st.booleans(),
        worse_with_sitting=st.booleans(),
        gait=st.integers(vocab.GAIT_MIN, vocab.GAIT_MAX),
        falls=st.integers(0, vocab.MAX_FALLS_PER_DAY),
        walk_10m_seconds=st.none() | finite_floats(1.0, vocab.MAX_WALK_SECONDS),
        other_symptoms=code_sets(vocab.OTHER_SYMPTOMS),
        red_flags=code_sets(vocab.RED_FLAGS),
        notes=texts(notes_size),
        ask_doctor=st.booleans(),
    )


def utc_offsets() -> st.SearchStrategy[timezone]:
    """Real-world style offsets: whole minutes between -12:00 and +14:00."""
    return st.integers(-12 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))


def local_datetimes(first: date = FIRST_DAY, last: date = LAST_DAY) -> st.SearchStrategy[datetime]:
    """A local date-time with its UTC offset (whole seconds, sometimes microseconds)."""
    clock = st.builds(
        time,
        st.integers(0, 23),
        st.integers(0, 59),
        st.integers(0, 59),
        st.sampled_from((0, 0, 0, 500_000, 123_456)),
    )
    return st.builds(lambda d, t, tz: datetime.combine(d, t, tz), days(first, last), clock, utc_offsets())


def substances() -> st.SearchStrategy[str]:
    free = texts(40, min_size=1).filter(lambda t: t.strip() != "")
    return st.one_of(st.just(vocab.B12), st.sampled_from(("folic acid", "ibuprofen", "حمض الفوليك")), free)


def doses(first: date = FIRST_DAY, last: date = LAST_DAY) -> st.SearchStrategy[Dose]:
    return st.builds(
        Dose,
        taken_at=local_datetimes(first, last),
        substance=substances(),
        form=st.sampled_from(vocab.DOSE_FORMS),
        amount=amounts(),
        unit=st.sampled_from(vocab.DOSE_UNITS),
        compound=st.sampled_from(vocab.COMPOUNDS),
        site=st.sampled_from(vocab.INJECTION_SITES),
        notes=texts(),
    )


@st.composite
def regimens(draw, first: date = FIRST_DAY, last: date = LAST_DAY) -> Regimen:
    start = draw(days(first, last))
    end = draw(st.none() | days(start, last))
    return Regimen(
        substance=draw(substances()),
        form=draw(st.sampled_from(vocab.DOSE_FORMS)),
        amount=draw(amounts()),
        unit=draw(st.sampled_from(vocab.DOSE_UNITS)),
        every_days=draw(st.integers(1, vocab.MAX_EVERY_DAYS)),
        start=start,
        end=end,
        compound=draw(st.sampled_from(vocab.COMPOUNDS)),
        notes=draw(texts()),
    )


@st.composite
def lab_results(draw, first: date = FIRST_DAY, last: date = LAST_DAY) -> LabResult:
    test = draw(st.one_of(st.sampled_from(vocab.LAB_TESTS), names(40)))
    unit = (
        draw(st.sampled_from(B12_UNITS))
        if test == "b12"
        else draw(st.one_of(st.sampled_from(("µmol/L", "g/dL", "fL", "%", "ng/mL", "")), texts(20)))
    )
    value = draw(st.one_of(st.integers(0, 2000), finite_floats(0.0, vocab.MAX_AMOUNT)))
    low = draw(st.none() | finite_floats(0.0, 10_000.0))
    high = draw(st.none() | finite_floats(low or 0.0, vocab.MAX_AMOUNT))
    return LabResult(draw(days(first, last)), test, value, unit, ref_low=low, ref_high=high)


def profiles(name: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Profile]:
    return st.builds(
        Profile,
        name=name if name is not None else names(),
        birth_year=st.none() | st.integers(vocab.MIN_BIRTH_YEAR, vocab.MAX_BIRTH_YEAR),
        notes=texts(),
    )


@st.composite
def profile_diaries(
    draw, name: st.SearchStrategy[str] | None = None, max_entries: int = 8, max_records: int = 4
) -> ProfileDiary:
    """A valid ProfileDiary: entries on distinct dates, plus doses, regimens and labs."""
    entry_days = draw(st.lists(days(), max_size=max_entries, unique=True))
    entries = tuple(sorted((draw(day_entries(st.just(d))) for d in entry_days), key=lambda e: e.day))
    return ProfileDiary(
        profile=draw(profiles(name)),
        entries=entries,
        doses=tuple(draw(st.lists(doses(), max_size=max_records))),
        regimens=tuple(draw(st.lists(regimens(), max_size=max_records))),
        labs=tuple(draw(st.lists(lab_results(), max_size=max_records))),
    )


def diary_lists(max_profiles: int = 3, **sizes) -> st.SearchStrategy[list[ProfileDiary]]:
    """Several diaries with distinct profile names (names compared as the database does: exactly)."""
    return st.lists(
        profile_diaries(**sizes), min_size=1, max_size=max_profiles, unique_by=lambda d: d.profile.name
    )


def without_ids(diary: ProfileDiary) -> ProfileDiary:
    """The diary with every database id removed, to compare with generated (id-less) records."""
    from dataclasses import replace

    return ProfileDiary(
        profile=replace(diary.profile, id=None),
        entries=tuple(diary.entries),
        doses=tuple(replace(d, id=None) for d in diary.doses),
        regimens=tuple(replace(r, id=None) for r in diary.regimens),
        labs=tuple(replace(lab, id=None) for lab in diary.labs),
    )


def offsets(diaries: list[ProfileDiary]) -> list[list[str]]:
    """Every dose time as written (with its UTC offset): dataclass equality ignores the offset."""
    return [[dose.taken_at.isoformat() for dose in diary.doses] for diary in diaries]
