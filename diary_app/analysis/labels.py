"""Translatable names for the codes the analysis speaks about (context "Pattern")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message
from diary_app.domain.vocab import B12

CONTEXT = "Pattern"

SENSATION_NAMES = {
    "tingling": QT_TRANSLATE_NOOP("Pattern", "tingling"),
    "numbness": QT_TRANSLATE_NOOP("Pattern", "numbness"),
    "burning": QT_TRANSLATE_NOOP("Pattern", "burning"),
    "pain": QT_TRANSLATE_NOOP("Pattern", "pain"),
    "weakness": QT_TRANSLATE_NOOP("Pattern", "weakness"),
}
REGION_NAMES = {
    "feet": QT_TRANSLATE_NOOP("Pattern", "the feet"),
    "lower_leg": QT_TRANSLATE_NOOP("Pattern", "the lower legs"),
    "knee_thigh": QT_TRANSLATE_NOOP("Pattern", "the knees and thighs"),
    "buttock_hip": QT_TRANSLATE_NOOP("Pattern", "the buttocks and hips"),
    "lower_back": QT_TRANSLATE_NOOP("Pattern", "the lower back"),
    "hands": QT_TRANSLATE_NOOP("Pattern", "the hands"),
}
ASSOCIATED_NAMES = {
    "back_pain": QT_TRANSLATE_NOOP("Pattern", "back pain of 4 or more"),
    "worse_with_cough": QT_TRANSLATE_NOOP("Pattern", "worse with coughing"),
    "worse_with_sitting": QT_TRANSLATE_NOOP("Pattern", "worse with sitting"),
    "radiates_from_back": QT_TRANSLATE_NOOP("Pattern", "radiating from the lower back"),
    "fatigue": QT_TRANSLATE_NOOP("Pattern", "fatigue"),
    "memory_concentration": QT_TRANSLATE_NOOP("Pattern", "memory or concentration problems"),
    "mood": QT_TRANSLATE_NOOP("Pattern", "mood changes"),
    "sore_tongue": QT_TRANSLATE_NOOP("Pattern", "sore tongue"),
    "vision": QT_TRANSLATE_NOOP("Pattern", "vision problems"),
    "restless_legs": QT_TRANSLATE_NOOP("Pattern", "restless legs"),
    "involuntary_movements": QT_TRANSLATE_NOOP("Pattern", "involuntary movements"),
    "balance": QT_TRANSLATE_NOOP("Pattern", "balance problems"),
    "falls": QT_TRANSLATE_NOOP("Pattern", "falls"),
    "anemia_lab": QT_TRANSLATE_NOOP("Pattern", "haemoglobin below its range (anaemia)"),
    "b12_low": QT_TRANSLATE_NOOP("Pattern", "serum B12 below its range"),
    "mma_high": QT_TRANSLATE_NOOP("Pattern", "MMA above its range"),
    "homocysteine_high": QT_TRANSLATE_NOOP("Pattern", "homocysteine above its range"),
    "mcv_high": QT_TRANSLATE_NOOP("Pattern", "MCV above its range (large red cells)"),
    "walking_worse": QT_TRANSLATE_NOOP("Pattern", "walking rated worse in the second half"),
    "hba1c_high": QT_TRANSLATE_NOOP("Pattern", "HbA1c above its range"),
}
RED_FLAG_NAMES = {
    "saddle_numbness": QT_TRANSLATE_NOOP("Pattern", "numbness around the back passage or genitals"),
    "bladder_bowel_change": QT_TRANSLATE_NOOP("Pattern", "a change in bladder or bowel control"),
    "rapidly_worsening_weakness": QT_TRANSLATE_NOOP(
        "Pattern", "quickly worsening weakness in one or both legs"
    ),
    "foot_drop": QT_TRANSLATE_NOOP("Pattern", "sudden foot drop"),
    "genital_sensation": QT_TRANSLATE_NOOP(
        "Pattern", "changed sensation in the genitals or in sexual function"
    ),
}
FORM_NAMES = {
    "injection": QT_TRANSLATE_NOOP("Pattern", "injection"),
    "oral": QT_TRANSLATE_NOOP("Pattern", "tablet by mouth"),
    "sublingual": QT_TRANSLATE_NOOP("Pattern", "under the tongue"),
    "nasal": QT_TRANSLATE_NOOP("Pattern", "nasal spray"),
    "other": QT_TRANSLATE_NOOP("Pattern", "other form"),
}
UNIT_NAMES = {  # dose units, in the words the window uses for them
    "µg": QT_TRANSLATE_NOOP("Pattern", "µg"),
    "mg": QT_TRANSLATE_NOOP("Pattern", "mg"),
    "ml": QT_TRANSLATE_NOOP("Pattern", "ml"),
    "tablet": QT_TRANSLATE_NOOP("Pattern", "tablets"),
}
B12_NAME = QT_TRANSLATE_NOOP("Pattern", "vitamin B12")
Item = TypeVar("Item")  # a listed thing: a name (text or Message), a date
LIST_PAIR = QT_TRANSLATE_NOOP("Pattern", "%1, %2")


def name(table: dict[str, str], code: str) -> Message | str:
    """The translatable name of `code`, or the code itself when it is not in the table."""
    source = table.get(code)
    return Message(CONTEXT, source) if source is not None else code


def substance_name(substance: str) -> Message | str:
    return Message(CONTEXT, B12_NAME) if substance == B12 else substance


def joined(items: Sequence[Item]) -> Item | Message | str:
    """A list as nested "%1, %2" messages, so a translation can change the separator."""
    if not items:
        return ""
    result: Item | Message = items[0]
    for item in items[1:]:
        result = Message(CONTEXT, LIST_PAIR, (result, item))
    return result
