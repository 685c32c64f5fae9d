"""The words the entry page shows for the diary's codes, and its validation errors, translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from diary_app.domain import validation
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.validation import FieldError

CONTEXT = "EntryLabels"

SENSATIONS = {
    "tingling": QT_TRANSLATE_NOOP(CONTEXT, "Pins and needles (tingling)"),
    "numbness": QT_TRANSLATE_NOOP(CONTEXT, "Numbness"),
    "burning": QT_TRANSLATE_NOOP(CONTEXT, "Burning"),
    "pain": QT_TRANSLATE_NOOP(CONTEXT, "Pain"),
    "weakness": QT_TRANSLATE_NOOP(CONTEXT, "Weakness"),
}
SCORE_NAMES = {
    ("tingling", "left"): QT_TRANSLATE_NOOP(CONTEXT, "Pins and needles (tingling), left leg"),
    ("tingling", "right"): QT_TRANSLATE_NOOP(CONTEXT, "Pins and needles (tingling), right leg"),
    ("numbness", "left"): QT_TRANSLATE_NOOP(CONTEXT, "Numbness, left leg"),
    ("numbness", "right"): QT_TRANSLATE_NOOP(CONTEXT, "Numbness, right leg"),
    ("burning", "left"): QT_TRANSLATE_NOOP(CONTEXT, "Burning, left leg"),
    ("burning", "right"): QT_TRANSLATE_NOOP(CONTEXT, "Burning, right leg"),
    ("pain", "left"): QT_TRANSLATE_NOOP(CONTEXT, "Pain, left leg"),
    ("pain", "right"): QT_TRANSLATE_NOOP(CONTEXT, "Pain, right leg"),
    ("weakness", "left"): QT_TRANSLATE_NOOP(CONTEXT, "Weakness, left leg"),
    ("weakness", "right"): QT_TRANSLATE_NOOP(CONTEXT, "Weakness, right leg"),
}
OTHER_SYMPTOMS = {
    "fatigue": QT_TRANSLATE_NOOP(CONTEXT, "Tiredness (fatigue)"),
    "memory_concentration": QT_TRANSLATE_NOOP(CONTEXT, "Poor memory or concentration"),
    "mood": QT_TRANSLATE_NOOP(CONTEXT, "Low mood or mood changes"),
    "sore_tongue": QT_TRANSLATE_NOOP(CONTEXT, "Sore or red tongue"),
    "vision": QT_TRANSLATE_NOOP(CONTEXT, "Problems with eyesight"),
    "restless_legs": QT_TRANSLATE_NOOP(CONTEXT, "Restless legs"),
    "involuntary_movements": QT_TRANSLATE_NOOP(CONTEXT, "Movements I cannot control (twitching, jerking)"),
    "balance": QT_TRANSLATE_NOOP(CONTEXT, "Poor balance"),
}
RED_FLAGS = {
    "saddle_numbness": QT_TRANSLATE_NOOP(
        CONTEXT, "Numbness or tingling around the back passage or genitals (the saddle area)"),
    "bladder_bowel_change": QT_TRANSLATE_NOOP(
        CONTEXT, "New trouble passing urine, or losing control of the bladder or bowels"),
    "rapidly_worsening_weakness": QT_TRANSLATE_NOOP(
        CONTEXT, "Weakness in both legs that is severe or getting worse quickly"),
    "foot_drop": QT_TRANSLATE_NOOP(
        CONTEXT, "Suddenly unable to lift the front of a foot (the foot drops or drags)"),
}
GAIT_LEVELS = (
    QT_TRANSLATE_NOOP(CONTEXT, "0 – I walk normally"),
    QT_TRANSLATE_NOOP(CONTEXT, "1 – Slightly unsteady"),
    QT_TRANSLATE_NOOP(CONTEXT, "2 – Unsteady, I walk carefully"),
    QT_TRANSLATE_NOOP(CONTEXT, "3 – I need a stick, a frame or a hand"),
    QT_TRANSLATE_NOOP(CONTEXT, "4 – I cannot walk without help"),
)


def text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def gait_words(level: int) -> str:
    return text(GAIT_LEVELS[level])


def error_text(error: FieldError, locale: QLocale | None = None) -> str:
    """One field's problem in plain words, saying what to do."""
    locale = locale or QLocale()
    if error.rule == validation.FUTURE_DAY:
        return text("This day is in the future. Choose today or an earlier day.")
    if error.rule == validation.TOO_LONG:
        return text("This is too long. Please shorten it.")
    if error.field == "walk_10m_seconds":
        return text("Enter the time of the 10-metre walk in seconds, at least 1, or leave it "
                    "at “not timed”.")
    if error.rule in (validation.OUT_OF_RANGE, validation.WRONG_TYPE) and "–" in error.detail:
        low, high = error.detail.split("–", 1)
        return text("Choose a number from %1 to %2.").replace(
            "%1", locale.toString(float(low), "g", 6)).replace("%2", locale.toString(float(high), "g", 6))
    if error.rule == validation.NOT_ALLOWED and "\\0" in str(error.value):
        return text("This text contains a character the diary cannot store. Please retype it.")
    return text("This value cannot be saved. Please check it.")
