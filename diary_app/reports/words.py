"""The names of the diary's codes as the report prints them, marked for translation ("Report")."""

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import SIDES as SIDE_CODES

CONTEXT = "Report"

SHORT_SIDES = {"left": QT_TRANSLATE_NOOP("Report", "L"), "right": QT_TRANSLATE_NOOP("Report", "R")}
_SADDLE = QT_TRANSLATE_NOOP("Report", "numbness around the back passage or genitals (saddle area)")
_BLADDER = QT_TRANSLATE_NOOP("Report", "new trouble passing urine, or bladder or bowel leaks")
RED_FLAGS = {
    "saddle_numbness": _SADDLE,
    "bladder_bowel_change": _BLADDER,
    "rapidly_worsening_weakness": QT_TRANSLATE_NOOP(
        "Report", "weakness in one or both legs getting quickly worse"
    ),
    "foot_drop": QT_TRANSLATE_NOOP("Report", "sudden foot drop"),
    "genital_sensation": QT_TRANSLATE_NOOP(
        "Report", "changed sensation in the genitals or in sexual function"
    ),
}
LAB_TESTS = {
    "b12": QT_TRANSLATE_NOOP("Report", "Vitamin B12 (serum)"),
    "mma": QT_TRANSLATE_NOOP("Report", "Methylmalonic acid (MMA)"),
    "homocysteine": QT_TRANSLATE_NOOP("Report", "Homocysteine"),
    "folate": QT_TRANSLATE_NOOP("Report", "Folate"),
    "hemoglobin": QT_TRANSLATE_NOOP("Report", "Haemoglobin"),
    "mcv": QT_TRANSLATE_NOOP("Report", "Mean cell volume (MCV)"),
    "hba1c": QT_TRANSLATE_NOOP("Report", "HbA1c"),
}
YES = QT_TRANSLATE_NOOP("Report", "yes")


def page_sides(rtl: bool) -> tuple[str, ...]:
    """The legs in a table's reading order such that the left leg is drawn on the left of the page:
    an Arabic table reads from the right, so there the right leg comes first."""
    return tuple(reversed(SIDE_CODES)) if rtl else tuple(SIDE_CODES)
