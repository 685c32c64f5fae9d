"""Chart colours, markers and dashes: Okabe-Ito left/right, fixed laterality colours, red for red flags only.

Every colour pair that must be told apart also differs in lightness (CIE L*), so the charts still
read in grey print; left and right lines also differ by marker and dash so they read without colour.
"""

LEFT = "#0072B2"  # blue, L* 46
RIGHT = "#E69F00"  # orange, L* 71
SIDE_COLOURS = {"left": LEFT, "right": RIGHT}
SIDE_MARKERS = {"left": "o", "right": "s"}
SIDE_DASHES = {"left": "-", "right": "--"}

RED_FLAG = "#D55E00"  # vermillion: only ever used for red flags

LATERALITY_COLOURS = {
    "asymmetric": "#5E3C99",  # dark purple, L* 34
    "left_only": LEFT,  # the left leg's own blue, L* 46
    "symmetric": "#009E73",  # bluish green, L* 58
    "right_only": RIGHT,  # the right leg's own orange, L* 71
    "no_symptoms": "#E6E6E6",  # light grey, L* 91
}
LATERALITY_HATCHES = {
    "symmetric": "", "asymmetric": "xx", "left_only": "//", "right_only": "\\\\", "no_symptoms": "",
}

INK = "#222222"
MUTED = "#6E6E6E"
GRID = "#D9D9D9"
BAND = "#D8E8D8"  # reference-range band on lab charts
GAIT = "#222222"
FALLS = "#7F7F7F"
WALK = "#009E73"
REGIMEN_LINE = "#444444"

DOSE_MARKERS = {"injection": "v", "oral": "o", "sublingual": "D", "nasal": "^", "other": "X"}
DOSE_COLOUR = "#333333"
OTHER_DOSE_COLOUR = "#767676"  # 4.5:1 on white, lighter than B12's marks
