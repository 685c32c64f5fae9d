"""The names of the symptoms and the legs, one translation for window, charts and report ("Names")."""

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

CONTEXT = "Names"
SENSATIONS = {
    "tingling": QT_TRANSLATE_NOOP("Names", "Pins and needles (tingling)"),
    "numbness": QT_TRANSLATE_NOOP("Names", "Numbness"),
    "burning": QT_TRANSLATE_NOOP("Names", "Burning"),
    "pain": QT_TRANSLATE_NOOP("Names", "Pain"),
    "weakness": QT_TRANSLATE_NOOP("Names", "Weakness"),
}
LEGS = {"left": QT_TRANSLATE_NOOP("Names", "Left leg"), "right": QT_TRANSLATE_NOOP("Names", "Right leg")}


def sensation(code: str) -> Message:
    """A sensation's name as a heading or a label says it ("Numbness")."""
    return Message(CONTEXT, SENSATIONS[code])


def leg(side: str) -> Message:
    """ "Left leg" or "Right leg"."""
    return Message(CONTEXT, LEGS[side])
