"""Every word the charts show, marked for translation in the "Charts" context."""

from diary_app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Charts"

SIDE_WORDS = {"left": QT_TRANSLATE_NOOP("Charts", "Left"), "right": QT_TRANSLATE_NOOP("Charts", "Right")}
MEAN_NAMES = {
    "left": QT_TRANSLATE_NOOP("Charts", "Left leg, %1-day mean"),
    "right": QT_TRANSLATE_NOOP("Charts", "Right leg, %1-day mean"),
}
LATERALITY_NAMES = {
    "symmetric": QT_TRANSLATE_NOOP("Charts", "Both legs alike"),
    "asymmetric": QT_TRANSLATE_NOOP("Charts", "Both legs, one worse"),
    "left_only": QT_TRANSLATE_NOOP("Charts", "Left leg only"),
    "right_only": QT_TRANSLATE_NOOP("Charts", "Right leg only"),
    "no_symptoms": QT_TRANSLATE_NOOP("Charts", "No symptoms"),
}
DOSE_FORM_NAMES = {
    "injection": QT_TRANSLATE_NOOP("Charts", "Injection"),
    "oral": QT_TRANSLATE_NOOP("Charts", "Tablet or capsule"),
    "sublingual": QT_TRANSLATE_NOOP("Charts", "Under the tongue"),
    "nasal": QT_TRANSLATE_NOOP("Charts", "Nasal spray"),
    "other": QT_TRANSLATE_NOOP("Charts", "Other dose"),
}
GAIT_LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("Charts", "Normal"),
    QT_TRANSLATE_NOOP("Charts", "Slightly unsteady"),
    QT_TRANSLATE_NOOP("Charts", "Unsteady, careful"),
    QT_TRANSLATE_NOOP("Charts", "Needs support"),
    QT_TRANSLATE_NOOP("Charts", "Cannot walk unaided"),
)
LAB_NAMES = {
    "b12": QT_TRANSLATE_NOOP("Charts", "Vitamin B12"),
    "mma": QT_TRANSLATE_NOOP("Charts", "Methylmalonic acid (MMA)"),
    "homocysteine": QT_TRANSLATE_NOOP("Charts", "Homocysteine"),
    "folate": QT_TRANSLATE_NOOP("Charts", "Folate"),
    "hemoglobin": QT_TRANSLATE_NOOP("Charts", "Haemoglobin"),
    "mcv": QT_TRANSLATE_NOOP("Charts", "Mean cell volume (MCV)"),
    "hba1c": QT_TRANSLATE_NOOP("Charts", "HbA1c"),
}
MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)
DATE_PAIR = QT_TRANSLATE_NOOP("Charts", "%1 %2")  # "3 Jan" (day, month) and "Jan 2026" (month, year)
YEAR_RANGE = QT_TRANSLATE_NOOP("Charts", "%1–%2")  # first and last year shown
PERCENT = QT_TRANSLATE_NOOP("Charts", "%1%")
NO_ENTRIES = QT_TRANSLATE_NOOP("Charts", "No entries in this period")
NO_LABS = QT_TRANSLATE_NOOP("Charts", "No laboratory results in this period")

TREND_TITLE = QT_TRANSLATE_NOOP("Charts", "Symptoms by leg")
SCORE_AXIS = QT_TRANSLATE_NOOP("Charts", "Intensity (%1–%2)")
DOSES = QT_TRANSLATE_NOOP("Charts", "Doses")
REGIMEN_START = QT_TRANSLATE_NOOP("Charts", "Start: %1, %2")  # substance, form
PLAN_STARTS = QT_TRANSLATE_NOOP("Charts", "Plan start")
B12_NAME = QT_TRANSLATE_NOOP("Charts", "B12")
DOSE_LABEL = QT_TRANSLATE_NOOP("Charts", "%1, %2")  # medicine, form
OTHER_MEDICINE = QT_TRANSLATE_NOOP("Charts", "Other medicine")
LATERALITY_TITLE = QT_TRANSLATE_NOOP("Charts", "Which legs were affected")
DAYS_PER_WEEK = QT_TRANSLATE_NOOP("Charts", "Days in each week")
DAYS_PER_MONTH = QT_TRANSLATE_NOOP("Charts", "Days in each month")
REGIONS_TITLE = QT_TRANSLATE_NOOP("Charts", "Where it is felt")
REGIONS_SUBTITLE = QT_TRANSLATE_NOOP(
    "Charts", "Darker: marked on more of the logged days (%n); the left leg on the left in both views"
)
# The places of the body map, for the chart's words (read aloud on the Charts page, not drawn).
PLACE_NAMES = {
    "toes": QT_TRANSLATE_NOOP("Charts", "toes"),
    "foot_top_big_toe_side": QT_TRANSLATE_NOOP("Charts", "top of the foot, big-toe side"),
    "foot_top_little_toe_side": QT_TRANSLATE_NOOP("Charts", "top of the foot, little-toe side"),
    "sole": QT_TRANSLATE_NOOP("Charts", "sole"),
    "heel": QT_TRANSLATE_NOOP("Charts", "heel"),
    "shin_inner": QT_TRANSLATE_NOOP("Charts", "shin, inner side"),
    "shin_outer": QT_TRANSLATE_NOOP("Charts", "shin, outer side"),
    "calf": QT_TRANSLATE_NOOP("Charts", "calf"),
    "knee": QT_TRANSLATE_NOOP("Charts", "knee"),
    "thigh_front": QT_TRANSLATE_NOOP("Charts", "front of the thigh"),
    "thigh_outer": QT_TRANSLATE_NOOP("Charts", "outer side of the thigh"),
    "thigh_back": QT_TRANSLATE_NOOP("Charts", "back of the thigh"),
    "buttock": QT_TRANSLATE_NOOP("Charts", "buttock"),
    "lower_back": QT_TRANSLATE_NOOP("Charts", "lower back"),
    "saddle": QT_TRANSLATE_NOOP("Charts", "saddle area"),
    "fingers": QT_TRANSLATE_NOOP("Charts", "fingers"),
    "hands": QT_TRANSLATE_NOOP("Charts", "whole hand"),
}
PLACE_SHARE = QT_TRANSLATE_NOOP("Charts", "%1, %2: %3")  # side, place, percent of days
FRONT_VIEW = QT_TRANSLATE_NOOP("Charts", "Front")
BACK_VIEW = QT_TRANSLATE_NOOP("Charts", "Back")
GAIT_TITLE = QT_TRANSLATE_NOOP("Charts", "Walking")
GAIT_AXIS = QT_TRANSLATE_NOOP("Charts", "Gait, %1-day mean")
GAIT_LEVEL = QT_TRANSLATE_NOOP("Charts", "Gait level")
# the gait levels 0–4 as numbers, each followed by its words
GAIT_KEY = QT_TRANSLATE_NOOP(
    "Charts",
    "%1 normal, %2 slightly unsteady, %3 unsteady and careful, %4 needs support, %5 cannot walk unaided",
)
FALLS_AXIS = QT_TRANSLATE_NOOP("Charts", "Falls")
FALLS_PER_WEEK = QT_TRANSLATE_NOOP("Charts", "Falls per week")
WALK_AXIS = QT_TRANSLATE_NOOP("Charts", "%1 m walk (seconds)")
LABS_TITLE = QT_TRANSLATE_NOOP("Charts", "Laboratory results")
LAB_WITH_UNIT = QT_TRANSLATE_NOOP("Charts", "%1 (%2)")  # test name, unit
REFERENCE_RANGE = QT_TRANSLATE_NOOP("Charts", "Reference range")
OUTSIDE_RANGE = QT_TRANSLATE_NOOP("Charts", "Outside the reference range")
WITHIN_RANGE = QT_TRANSLATE_NOOP("Charts", "Result")
FALLS_PER_MONTH = QT_TRANSLATE_NOOP("Charts", "Falls per month")
FALLS_PER_DAY = QT_TRANSLATE_NOOP("Charts", "Falls per day")
