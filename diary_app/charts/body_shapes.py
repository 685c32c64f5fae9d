"""The body-map silhouette seen from behind, in a 10 × 20 box: the patient's left side is on the left.

Only the left half is written down; the right half is its mirror image (x → 10 − x).
"""

from __future__ import annotations

Points = tuple[tuple[float, float], ...]  # a polygon

MIDLINE = 5.0

LEFT_REGIONS = {
    "lower_back": ((3.6, 12.6), (5.0, 12.6), (5.0, 11.0), (3.5, 11.0)),
    "buttock_hip": ((3.5, 11.0), (5.0, 11.0), (5.0, 9.0), (3.65, 9.0), (3.4, 10.0)),
    "knee_thigh": ((3.65, 9.0), (4.95, 9.0), (4.75, 5.4), (3.85, 5.4)),
    "lower_leg": ((3.85, 5.4), (4.75, 5.4), (4.7, 4.0), (4.55, 1.7), (4.05, 1.7), (3.8, 4.0)),
    "feet": ((4.05, 1.7), (4.55, 1.7), (4.6, 0.9), (4.4, 0.6), (4.0, 0.6), (3.9, 0.9)),
    "hands": ((2.25, 11.2), (2.95, 11.2), (3.05, 10.1), (2.65, 9.5), (2.2, 10.0)),
}
LEFT_OUTLINE = {
    "arm": ((3.4, 17.3), (2.9, 16.9), (2.25, 11.2), (2.95, 11.2), (3.45, 15.3)),
}
TORSO = ((3.4, 17.4), (6.6, 17.4), (6.4, 12.6), (3.6, 12.6))
NECK = ((4.6, 17.4), (5.4, 17.4), (5.35, 18.0), (4.65, 18.0))
HEAD_CENTRE, HEAD_SIZE = (5.0, 18.8), (1.6, 1.9)


def mirrored(points: Points) -> Points:
    return tuple((2 * MIDLINE - x, y) for x, y in points)


def region_polygon(region: str, side: str) -> Points:
    points = LEFT_REGIONS[region]
    return points if side == "left" else mirrored(points)


def centre(points: Points) -> tuple[float, float]:
    xs, ys = zip(*points, strict=True)
    return sum(xs) / len(xs), sum(ys) / len(ys)
