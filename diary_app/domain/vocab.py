"""The fixed vocabularies of the diary: sensations, sides, regions, symptoms, forms, units.

The order of each tuple is part of the storage format (bit positions in the database), so new
codes are only ever appended.
"""

SIDES = ("left", "right")
SENSATIONS = ("tingling", "numbness", "burning", "pain", "weakness")
# The first six are the places of schema 3 and format 1; "feet", "lower_leg", "knee_thigh" and
# "buttock_hip" are now only found in older entries (domain/places.py says what each covers).
REGIONS = (
    "feet",
    "lower_leg",
    "knee_thigh",
    "buttock_hip",
    "lower_back",
    "hands",
    "toes",
    "foot_top_big_toe_side",
    "foot_top_little_toe_side",
    "sole",
    "heel",
    "shin_inner",
    "shin_outer",
    "calf",
    "knee",
    "thigh_front",
    "thigh_outer",
    "thigh_back",
    "buttock",
    "saddle",
    "fingers",
)
LEG_REGIONS_BOTTOM_UP = ("feet", "lower_leg", "knee_thigh", "buttock_hip", "lower_back")
OTHER_SYMPTOMS = (
    "fatigue",
    "memory_concentration",
    "mood",
    "sore_tongue",
    "vision",
    "restless_legs",
    "involuntary_movements",
    "balance",
)
RED_FLAGS = (
    "saddle_numbness",
    "bladder_bowel_change",
    "rapidly_worsening_weakness",
    "foot_drop",
    "genital_sensation",
)

SCORE_MIN, SCORE_MAX = 0, 10
GAIT_MIN, GAIT_MAX = 0, 4
GAIT_LEVELS = ("normal", "slightly_unsteady", "unsteady_careful", "needs_support", "cannot_walk_unaided")
MAX_FALLS_PER_DAY = 100
MAX_WALK_SECONDS = 3600.0
MAX_NOTES_LENGTH = 20_000
MAX_NAME_LENGTH = 200
MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1900, 2100
# Every date the program accepts (entries, doses, plans, labs): far enough from the ends of the
# calendar that weeks, months and time zones around them can always be computed.
FIRST_DAY_YEAR, LAST_DAY_YEAR = 1900, 2100

B12 = "vitamin_b12"
DOSE_FORMS = ("injection", "oral", "sublingual", "nasal", "other")
COMPOUNDS = ("", "cyanocobalamin", "hydroxocobalamin", "methylcobalamin", "adenosylcobalamin", "other")
DOSE_UNITS = ("µg", "mg", "ml", "tablet")
INJECTION_SITES = (
    "",
    "left_arm",
    "right_arm",
    "left_thigh",
    "right_thigh",
    "left_buttock",
    "right_buttock",
)
MAX_AMOUNT = 1_000_000.0
MAX_EVERY_DAYS = 366

LAB_TESTS = ("b12", "mma", "homocysteine", "folate", "hemoglobin", "mcv", "hba1c")
MAX_TEXT_FIELD = 200
