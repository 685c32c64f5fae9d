"""The words the entry page shows for the diary's codes, and its validation errors, translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale

from diary_app.domain import validation
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.validation import FieldError

CONTEXT = "EntryLabels"

SCORE_NAMES = {
    ("tingling", "left"): QT_TRANSLATE_NOOP("EntryLabels", "Pins and needles (tingling), left leg"),
    ("tingling", "right"): QT_TRANSLATE_NOOP("EntryLabels", "Pins and needles (tingling), right leg"),
    ("numbness", "left"): QT_TRANSLATE_NOOP("EntryLabels", "Numbness, left leg"),
    ("numbness", "right"): QT_TRANSLATE_NOOP("EntryLabels", "Numbness, right leg"),
    ("burning", "left"): QT_TRANSLATE_NOOP("EntryLabels", "Burning, left leg"),
    ("burning", "right"): QT_TRANSLATE_NOOP("EntryLabels", "Burning, right leg"),
    ("pain", "left"): QT_TRANSLATE_NOOP("EntryLabels", "Pain, left leg"),
    ("pain", "right"): QT_TRANSLATE_NOOP("EntryLabels", "Pain, right leg"),
    ("weakness", "left"): QT_TRANSLATE_NOOP("EntryLabels", "Weakness, left leg"),
    ("weakness", "right"): QT_TRANSLATE_NOOP("EntryLabels", "Weakness, right leg"),
}
OTHER_SYMPTOMS = {
    "fatigue": QT_TRANSLATE_NOOP("EntryLabels", "Tiredness (fatigue)"),
    "memory_concentration": QT_TRANSLATE_NOOP("EntryLabels", "Poor memory or concentration"),
    "mood": QT_TRANSLATE_NOOP("EntryLabels", "Low mood or mood changes"),
    "sore_tongue": QT_TRANSLATE_NOOP("EntryLabels", "Sore or red tongue"),
    "vision": QT_TRANSLATE_NOOP("EntryLabels", "Problems with eyesight"),
    "restless_legs": QT_TRANSLATE_NOOP("EntryLabels", "Restless legs"),
    "involuntary_movements": QT_TRANSLATE_NOOP(
        "EntryLabels", "Movements I cannot control (twitching, jerking)"
    ),
    "balance": QT_TRANSLATE_NOOP("EntryLabels", "Poor balance"),
}
RED_FLAGS = {
    "saddle_numbness": QT_TRANSLATE_NOOP(
        "EntryLabels", "Numbness or tingling around the back passage or genitals (the saddle area)"
    ),
    "bladder_bowel_change": QT_TRANSLATE_NOOP(
        "EntryLabels", "New trouble passing urine, or losing control of the bladder or bowels"
    ),
    "rapidly_worsening_weakness": QT_TRANSLATE_NOOP(
        "EntryLabels", "Weakness in one or both legs that is severe or getting worse quickly"
    ),
    "foot_drop": QT_TRANSLATE_NOOP(
        "EntryLabels", "Suddenly unable to lift the front of a foot (the foot drops or drags)"
    ),
    "genital_sensation": QT_TRANSLATE_NOOP(
        "EntryLabels", "Changed feeling in the genitals, or a change in sexual function"
    ),
}
GAIT_LEVELS = (
    QT_TRANSLATE_NOOP("EntryLabels", "0 – I walk normally"),
    QT_TRANSLATE_NOOP("EntryLabels", "1 – Slightly unsteady"),
    QT_TRANSLATE_NOOP("EntryLabels", "2 – Unsteady, I walk carefully"),
    QT_TRANSLATE_NOOP("EntryLabels", "3 – I need a stick, a frame or a hand"),
    QT_TRANSLATE_NOOP("EntryLabels", "4 – I cannot walk without help"),
)


def text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def gait_words(level: int) -> str:
    return text(GAIT_LEVELS[level])


ERRORS = {
    "future": QT_TRANSLATE_NOOP("EntryLabels", "This day is in the future. Choose today or an earlier day."),
    "too_long": QT_TRANSLATE_NOOP("EntryLabels", "This is too long. Please shorten it."),
    "walk": QT_TRANSLATE_NOOP(
        "EntryLabels",
        "Enter the time of the 10-metre walk in seconds, at least 1, or leave it at “not timed”.",
    ),
    "range": QT_TRANSLATE_NOOP("EntryLabels", "Choose a number from %1 to %2."),
    "character": QT_TRANSLATE_NOOP(
        "EntryLabels", "This text contains a character the diary cannot store. Please retype it."
    ),
    "other": QT_TRANSLATE_NOOP("EntryLabels", "This value cannot be saved. Please check it."),
}


def error_text(error: FieldError, locale: QLocale | None = None) -> str:
    """One field's problem in plain words, saying what to do."""
    locale = locale or QLocale()
    if error.rule == validation.FUTURE_DAY:
        return text(ERRORS["future"])
    if error.rule == validation.TOO_LONG:
        return text(ERRORS["too_long"])
    if error.field == "walk_10m_seconds":
        return text(ERRORS["walk"])
    if error.rule in (validation.OUT_OF_RANGE, validation.WRONG_TYPE) and "–" in error.detail:
        low, high = error.detail.split("–", 1)
        return fill_placeholders(
            text(ERRORS["range"]),
            [locale.toString(float(low), "g", 6), locale.toString(float(high), "g", 6)],
            isolate=False,
        )
    if error.rule == validation.NOT_ALLOWED and "\\0" in str(error.value):
        return text(ERRORS["character"])
    return text(ERRORS["other"])
