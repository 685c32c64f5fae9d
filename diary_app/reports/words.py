"""The names of the diary's codes as the report prints them, marked for translation ("Report")."""

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.vocab import SIDES as SIDE_CODES

CONTEXT = "Report"

SENSATIONS = {
    "tingling": QT_TRANSLATE_NOOP("Report", "Pins and needles (tingling)"),
    "numbness": QT_TRANSLATE_NOOP("Report", "Numbness"),
    "burning": QT_TRANSLATE_NOOP("Report", "Burning"),
    "pain": QT_TRANSLATE_NOOP("Report", "Pain"),
    "weakness": QT_TRANSLATE_NOOP("Report", "Weakness"),
}
SIDES = {"left": QT_TRANSLATE_NOOP("Report", "Left leg"), "right": QT_TRANSLATE_NOOP("Report", "Right leg")}
SHORT_SIDES = {"left": QT_TRANSLATE_NOOP("Report", "L"), "right": QT_TRANSLATE_NOOP("Report", "R")}
REGIONS = {
    "feet": QT_TRANSLATE_NOOP("Report", "feet"),
    "lower_leg": QT_TRANSLATE_NOOP("Report", "lower leg"),
    "knee_thigh": QT_TRANSLATE_NOOP("Report", "knee and thigh"),
    "buttock_hip": QT_TRANSLATE_NOOP("Report", "buttock and hip"),
    "lower_back": QT_TRANSLATE_NOOP("Report", "lower back"),
    "hands": QT_TRANSLATE_NOOP("Report", "hands"),
}
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
GAIT_LEVELS = (
    QT_TRANSLATE_NOOP("Report", "normal"),
    QT_TRANSLATE_NOOP("Report", "slightly unsteady"),
    QT_TRANSLATE_NOOP("Report", "unsteady, careful"),
    QT_TRANSLATE_NOOP("Report", "needs support"),
    QT_TRANSLATE_NOOP("Report", "cannot walk unaided"),
)
DOSE_FORMS = {
    "injection": QT_TRANSLATE_NOOP("Report", "injection"),
    "oral": QT_TRANSLATE_NOOP("Report", "tablet or capsule"),
    "sublingual": QT_TRANSLATE_NOOP("Report", "under the tongue"),
    "nasal": QT_TRANSLATE_NOOP("Report", "nasal spray"),
    "other": QT_TRANSLATE_NOOP("Report", "other form"),
}
SUBSTANCES = {"vitamin_b12": QT_TRANSLATE_NOOP("Report", "Vitamin B12")}
COMPOUNDS = {
    "cyanocobalamin": QT_TRANSLATE_NOOP("Report", "cyanocobalamin"),
    "hydroxocobalamin": QT_TRANSLATE_NOOP("Report", "hydroxocobalamin"),
    "methylcobalamin": QT_TRANSLATE_NOOP("Report", "methylcobalamin"),
    "adenosylcobalamin": QT_TRANSLATE_NOOP("Report", "adenosylcobalamin"),
    "other": QT_TRANSLATE_NOOP("Report", "other compound"),
}
UNITS = {
    "µg": QT_TRANSLATE_NOOP("Report", "µg"),
    "mg": QT_TRANSLATE_NOOP("Report", "mg"),
    "ml": QT_TRANSLATE_NOOP("Report", "ml"),
    "tablet": QT_TRANSLATE_NOOP("Report", "tablets"),
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
OTHER_SYMPTOMS = {
    "fatigue": QT_TRANSLATE_NOOP("Report", "fatigue"),
    "memory_concentration": QT_TRANSLATE_NOOP("Report", "memory or concentration"),
    "mood": QT_TRANSLATE_NOOP("Report", "mood"),
    "sore_tongue": QT_TRANSLATE_NOOP("Report", "sore tongue"),
    "vision": QT_TRANSLATE_NOOP("Report", "vision"),
    "restless_legs": QT_TRANSLATE_NOOP("Report", "restless legs"),
    "involuntary_movements": QT_TRANSLATE_NOOP("Report", "involuntary movements"),
    "balance": QT_TRANSLATE_NOOP("Report", "balance"),
}
NONE = QT_TRANSLATE_NOOP("Report", "none")
NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "not recorded")
YES = QT_TRANSLATE_NOOP("Report", "yes")


def page_sides(rtl: bool) -> tuple[str, ...]:
    """The legs in a table's reading order such that the left leg is drawn on the left of the page:
    an Arabic table reads from the right, so there the right leg comes first."""
    return tuple(reversed(SIDE_CODES)) if rtl else tuple(SIDE_CODES)
