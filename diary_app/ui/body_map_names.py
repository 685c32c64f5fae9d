"""The spoken and shown names of the body map's places, per side (context "BodyMap")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders

CONTEXT = "BodyMap"
PLACE_NAMES = {
    ("left", "toes"): QT_TRANSLATE_NOOP("BodyMap", "Left toes"),
    ("right", "toes"): QT_TRANSLATE_NOOP("BodyMap", "Right toes"),
    ("left", "foot_top_big_toe_side"): QT_TRANSLATE_NOOP("BodyMap", "Top of the left foot, big-toe side"),
    ("right", "foot_top_big_toe_side"): QT_TRANSLATE_NOOP("BodyMap", "Top of the right foot, big-toe side"),
    ("left", "foot_top_little_toe_side"): QT_TRANSLATE_NOOP(
        "BodyMap", "Top of the left foot, little-toe side"
    ),
    ("right", "foot_top_little_toe_side"): QT_TRANSLATE_NOOP(
        "BodyMap", "Top of the right foot, little-toe side"
    ),
    ("left", "sole"): QT_TRANSLATE_NOOP("BodyMap", "Sole of the left foot"),
    ("right", "sole"): QT_TRANSLATE_NOOP("BodyMap", "Sole of the right foot"),
    ("left", "heel"): QT_TRANSLATE_NOOP("BodyMap", "Left heel"),
    ("right", "heel"): QT_TRANSLATE_NOOP("BodyMap", "Right heel"),
    ("left", "shin_inner"): QT_TRANSLATE_NOOP("BodyMap", "Left shin, inner side"),
    ("right", "shin_inner"): QT_TRANSLATE_NOOP("BodyMap", "Right shin, inner side"),
    ("left", "shin_outer"): QT_TRANSLATE_NOOP("BodyMap", "Left shin, outer side"),
    ("right", "shin_outer"): QT_TRANSLATE_NOOP("BodyMap", "Right shin, outer side"),
    ("left", "calf"): QT_TRANSLATE_NOOP("BodyMap", "Left calf"),
    ("right", "calf"): QT_TRANSLATE_NOOP("BodyMap", "Right calf"),
    ("left", "knee"): QT_TRANSLATE_NOOP("BodyMap", "Left knee"),
    ("right", "knee"): QT_TRANSLATE_NOOP("BodyMap", "Right knee"),
    ("left", "thigh_front"): QT_TRANSLATE_NOOP("BodyMap", "Front of the left thigh"),
    ("right", "thigh_front"): QT_TRANSLATE_NOOP("BodyMap", "Front of the right thigh"),
    ("left", "thigh_outer"): QT_TRANSLATE_NOOP("BodyMap", "Outer side of the left thigh"),
    ("right", "thigh_outer"): QT_TRANSLATE_NOOP("BodyMap", "Outer side of the right thigh"),
    ("left", "thigh_back"): QT_TRANSLATE_NOOP("BodyMap", "Back of the left thigh"),
    ("right", "thigh_back"): QT_TRANSLATE_NOOP("BodyMap", "Back of the right thigh"),
    ("left", "buttock"): QT_TRANSLATE_NOOP("BodyMap", "Left buttock"),
    ("right", "buttock"): QT_TRANSLATE_NOOP("BodyMap", "Right buttock"),
    ("left", "lower_back"): QT_TRANSLATE_NOOP("BodyMap", "Lower back, left side"),
    ("right", "lower_back"): QT_TRANSLATE_NOOP("BodyMap", "Lower back, right side"),
    ("left", "saddle"): QT_TRANSLATE_NOOP(
        "BodyMap", "Saddle area (around the back passage and genitals), left side"
    ),
    ("right", "saddle"): QT_TRANSLATE_NOOP(
        "BodyMap", "Saddle area (around the back passage and genitals), right side"
    ),
    ("left", "fingers"): QT_TRANSLATE_NOOP("BodyMap", "Left fingers"),
    ("right", "fingers"): QT_TRANSLATE_NOOP("BodyMap", "Right fingers"),
    ("left", "hands"): QT_TRANSLATE_NOOP("BodyMap", "Left hand (whole hand)"),
    ("right", "hands"): QT_TRANSLATE_NOOP("BodyMap", "Right hand (whole hand)"),
}
VIEW_TITLES = {
    "front": QT_TRANSLATE_NOOP("BodyMap", "Front: your legs as you look down at them"),
    "back": QT_TRANSLATE_NOOP("BodyMap", "Back: seen from behind"),
}
MARKED = QT_TRANSLATE_NOOP("BodyMap", "%1: marked")


def place_name(side: str, place: str) -> str:
    return QCoreApplication.translate(CONTEXT, PLACE_NAMES[(side, place)])


def view_title(view: str) -> str:
    return QCoreApplication.translate(CONTEXT, VIEW_TITLES[view])


def caption(side: str, place: str, marked: bool) -> str:
    name = place_name(side, place)
    return (
        fill_placeholders(QCoreApplication.translate(CONTEXT, MARKED), [name], isolate=False)
        if marked
        else name
    )
