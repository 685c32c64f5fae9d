"""Sentences for the place picture: a stocking, glove and stocking, or a band down one leg.

The patient's words name a band by where it runs; only the doctor's PDF adds the root whose route it
follows, as a description ("the route of the L5 root"), never a diagnosis."""

from __future__ import annotations

from collections.abc import Iterable

from diary_app.analysis.labels import CONTEXT
from diary_app.analysis.place_picture import BAND
from diary_app.analysis.place_picture import GLOVE_AND_STOCKING
from diary_app.analysis.place_picture import MIXED
from diary_app.analysis.place_picture import STOCKING
from diary_app.analysis.place_picture import PlacePicture
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import Message

ROUTES = {
    "L4": QT_TRANSLATE_NOOP("Pattern", "the front of the thigh and the knee to the inner shin"),
    "L5": QT_TRANSLATE_NOOP("Pattern", "the outer shin to the top of the foot and the big toe"),
    "S1": QT_TRANSLATE_NOOP("Pattern", "the back of the thigh and the calf to the sole and the little toe"),
}
STOCKING_TEXT = QT_TRANSLATE_NOOP(
    "Pattern",
    "Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with "
    "places marked on the legs.",
)
RISING_TEXT = QT_TRANSLATE_NOOP(
    "Pattern",
    "Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with "
    "places marked on the legs, and over the weeks the marks rose up both legs.",
)
GLOVE_TEXT = QT_TRANSLATE_NOOP(
    "Pattern",
    "Both hands were marked too on %n of them (glove and stocking), as the reference documents "
    "describe for diabetic neuropathy; B12 deficiency can affect the hands too.",
)
BAND_TEXTS = {
    "left": QT_TRANSLATE_NOOP(
        "Pattern",
        "On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from "
        "%2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).",
    ),
    "right": QT_TRANSLATE_NOOP(
        "Pattern",
        "On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from "
        "%2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).",
    ),
}
DOCTOR_BAND_TEXTS = {
    "left": QT_TRANSLATE_NOOP(
        "Pattern",
        "On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from "
        "%2: the route of the %3 root (a description, not a diagnosis).",
    ),
    "right": QT_TRANSLATE_NOOP(
        "Pattern",
        "On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from "
        "%2: the route of the %3 root (a description, not a diagnosis).",
    ),
}
MIXED_TEXT = QT_TRANSLATE_NOOP(
    "Pattern",
    "A mixed picture: both feet all round (a stocking) on %n of %1 days with places marked on the "
    "legs, one leg alone in a band from %3 on %2 days.",
)


# What the PDF's feature table (location row) and page 2's drawing already say, with the days: left
# out of its sentences; a band's own sentence stays, naming the root for the doctor.
TABLED = frozenset({STOCKING_TEXT, RISING_TEXT, GLOVE_TEXT, MIXED_TEXT})


def place_sentences(picture: PlacePicture) -> list[Message]:
    """What the marked places show, in the patient's words (a band by where it runs)."""
    found: list[Message] = []
    band = picture.band
    if picture.kind in (STOCKING, GLOVE_AND_STOCKING):
        text = RISING_TEXT if picture.rising else STOCKING_TEXT
        found.append(Message(CONTEXT, text, (picture.days,), picture.stocking_days))
    if picture.kind == GLOVE_AND_STOCKING:
        found.append(Message(CONTEXT, GLOVE_TEXT, (), picture.glove_days))
    if picture.kind == BAND and band is not None:
        side, root, days = band
        found.append(Message(CONTEXT, BAND_TEXTS[side], (picture.days, route(root)), days))
    if picture.kind == MIXED and band is not None:
        args = (picture.days, band[2], route(band[1]))
        found.append(Message(CONTEXT, MIXED_TEXT, args, picture.stocking_days))
    return found


def route(root: str) -> Message:
    return Message(CONTEXT, ROUTES[root])


def for_the_doctor(messages: Iterable[Message]) -> list[Message]:
    """The same sentences, a band's also naming the root whose route it follows (the PDF's)."""
    doctor = {text: DOCTOR_BAND_TEXTS[side] for side, text in BAND_TEXTS.items()}
    roots = {text: root for root, text in ROUTES.items()}
    found = []
    for message in messages:
        if message.source in doctor:
            days, where = message.args
            root = roots[where.source] if isinstance(where, Message) else ""
            message = Message(CONTEXT, doctor[message.source], (days, where, root), message.count)
        found.append(message)
    return found
