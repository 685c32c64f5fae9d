"""Regenerate shapes.json, the body map's outlines: `python resources/body_map/make_shapes.py`.

The outlines are smooth curves (Catmull-Rom through a leg's measured widths, written as cubic Bézier
segments), in picture units with y pointing down. Only the patient's left leg and the left halves are
measured; the right side is their mirror image about each view's centre line, so both legs always
match. Front view: the legs as the patient sees them looking down; back view: seen from behind. In
both the patient's left leg is on the left.
"""

from __future__ import annotations

import json
from pathlib import Path

WIDTH, HEIGHT = 25.0, 22.4
FRONT, BACK = 6.0, 19.0  # centre lines of the two views
KNEE_TOP, KNEE_BOTTOM, ANKLE, TOES = 9.6, 11.4, 17.6, 20.8
THIGH_TOP, FOLD, CALF_TOP, HEEL_END, FOOT_END = 2.3, 5.8, 10.4, 19.0, 22.2
OUTER_STRIP = 1.3  # the outer thigh's width: at least 32 px at the smallest map

# (y, distance of the outer edge from the centre line, of the inner edge)
LEG = [
    (0.0, 3.6, 0.0),
    (1.2, 3.5, 0.0),
    (2.3, 4.0, 0.12),
    (3.8, 4.05, 0.2),
    (6.0, 3.55, 0.45),
    (8.5, 3.2, 0.62),
    (KNEE_TOP, 3.1, 0.7),
    (10.6, 3.05, 0.75),
    (KNEE_BOTTOM, 3.12, 0.8),
    (13.0, 3.22, 0.85),
    (15.5, 2.85, 1.05),
    (ANKLE, 2.55, 1.3),
    (18.6, 2.72, 1.18),
    (19.8, 3.0, 0.95),
    (TOES, 3.08, 0.88),
    (21.6, 3.0, 0.9),
    (FOOT_END, 2.85, 1.0),
]
# Behind, the thighs part below the buttocks to leave room for the saddle area.
BACK_INNER = {FOLD: 1.35, 7.0: 1.2, 8.5: 0.95, KNEE_TOP: 0.8}


def catmull_rom(points: list[tuple[float, float]], y: float) -> float:
    """x on the Catmull-Rom curve through (y, x) points, at `y`."""
    ys = [p[0] for p in points]
    i = max(0, min(len(points) - 2, next((k for k in range(len(ys) - 1) if ys[k + 1] >= y), len(ys) - 2)))
    p0, p1, p2, p3 = (points[max(0, min(len(points) - 1, k))] for k in (i - 1, i, i + 1, i + 2))
    t = (y - p1[0]) / (p2[0] - p1[0]) if p2[0] != p1[0] else 0.0
    x0, x1, x2, x3 = p0[1], p1[1], p2[1], p3[1]
    return 0.5 * (
        2 * x1 + (-x0 + x2) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t**2 + (-x0 + 3 * x1 - 3 * x2 + x3) * t**3
    )


def outer(y: float) -> float:
    return catmull_rom([(s[0], s[1]) for s in LEG], y)


def inner(y: float, view: str = "front") -> float:
    points = [(s[0], s[2]) for s in LEG]
    if view == "back":
        points = [p for p in points if p[0] > KNEE_TOP or p[0] < FOLD] + sorted(BACK_INNER.items())
        points.sort()
    return catmull_rom(points, y)


def samples(y0: float, y1: float, step: float = 0.35) -> list[float]:
    count = max(2, round(abs(y1 - y0) / step) + 1)
    return [y0 + (y1 - y0) * k / (count - 1) for k in range(count)]


def smooth(points: list[tuple[float, float]]) -> list[list[float]]:
    """Cubic Bézier segments (c1x, c1y, c2x, c2y, x, y) through `points` (Catmull-Rom tangents)."""
    segments = []
    for k in range(len(points) - 1):
        p0 = points[max(0, k - 1)]
        p1, p2 = points[k], points[k + 1]
        p3 = points[min(len(points) - 1, k + 2)]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append([*c1, *c2, *p2])
    return segments


def path(*runs: list[tuple[float, float]]) -> str:
    """A closed SVG path: each run is a smooth curve, runs joined by straight lines."""
    parts = [f"M {runs[0][0][0]:.3f} {runs[0][0][1]:.3f}"]
    for index, run in enumerate(runs):
        if index:
            parts.append(f"L {run[0][0]:.3f} {run[0][1]:.3f}")
        for segment in smooth(run):
            parts.append("C " + " ".join(f"{v:.3f}" for v in segment))
    parts.append("Z")
    return " ".join(parts)


def edge(centre: float, distance, y0: float, y1: float) -> list[tuple[float, float]]:
    return [(centre - distance(y), y) for y in samples(y0, y1)]


def band(centre: float, left, right, y0: float, y1: float) -> str:
    """The strip between two edges (distances from the centre line) from y0 down to y1."""
    return path(edge(centre, left, y0, y1), list(reversed(edge(centre, right, y0, y1))))


def rounded_end(centre: float, left, right, y0: float, y1: float, depth: float) -> str:
    """Like band, with the lower end rounded (toes, sole): the bottom bulges `depth` down."""
    down = edge(centre, left, y0, y1 - depth)
    up = list(reversed(edge(centre, right, y0, y1 - depth)))
    xl, xr = down[-1][0], up[0][0]
    arc = [
        (xl + (xr - xl) * t, y1 - depth + depth * (1 - (2 * t - 1) ** 2) ** 0.5) for t in (0.15, 0.5, 0.85)
    ]
    return path(down + arc + up)


def front_leg(c: float) -> dict[str, str]:
    def mid(y):
        return (outer(y) + inner(y)) / 2

    def strip(y):
        return outer(y) - OUTER_STRIP

    return {
        "thigh_outer": band(c, outer, strip, THIGH_TOP, KNEE_TOP),
        "thigh_front": band(c, strip, inner, THIGH_TOP, KNEE_TOP),
        "knee": band(c, outer, inner, KNEE_TOP, KNEE_BOTTOM),
        "shin_outer": band(c, outer, mid, KNEE_BOTTOM, ANKLE),
        "shin_inner": band(c, mid, inner, KNEE_BOTTOM, ANKLE),
        "foot_top_little_toe_side": band(c, outer, mid, ANKLE, TOES),
        "foot_top_big_toe_side": band(c, mid, inner, ANKLE, TOES),
        "toes": rounded_end(c, outer, inner, TOES, FOOT_END, 0.5),
    }


def back_leg(c: float) -> dict[str, str]:
    def back_inner(y):
        return inner(y, "back")

    cleft = 0.12
    fold = [
        (c - outer(FOLD), FOLD),
        (c - (outer(FOLD) + back_inner(FOLD)) / 2, FOLD + 0.25),
        (c - back_inner(FOLD), FOLD),
    ]
    buttock = path(
        edge(c, outer, THIGH_TOP, FOLD),
        [*fold[1:], (c - 0.55, 5.1), (c - cleft, 4.5)],
        [(c - cleft, THIGH_TOP)],
    )
    saddle = path(
        [(c, 4.5), (c - cleft, 4.5), (c - 0.55, 5.1), (c - back_inner(FOLD), FOLD)],
        edge(c, back_inner, FOLD, 7.0),
        [(c, 7.0)],
    )
    lower_back = path(edge(c, outer, 0.0, THIGH_TOP), [(c, THIGH_TOP), (c, 0.0)])
    thigh = path(
        [(c - outer(FOLD), FOLD), fold[1], (c - back_inner(FOLD), FOLD)],
        edge(c, back_inner, FOLD, CALF_TOP),
        list(reversed(edge(c, outer, FOLD, CALF_TOP))),
    )
    return {
        "lower_back": lower_back,
        "buttock": buttock,
        "saddle": saddle,
        "thigh_back": thigh,
        "calf": band(c, outer, inner, CALF_TOP, ANKLE),
        "heel": band(c, outer, inner, ANKLE, HEEL_END),
        "sole": rounded_end(c, outer, inner, HEEL_END, FOOT_END, 0.7),
    }


def hand(c: float) -> dict[str, str]:
    """The left hand hanging beside the thigh, palm towards the leg: the hand, then the fingers."""
    x0, x1, wrist, knuckles, tips = c - 5.8, c - 4.4, 5.4, 7.4, 9.4
    palm = path(
        [(x0 + 0.2, wrist), (x0, 6.2), (x0 + 0.05, knuckles)],
        [(x1, knuckles), (x1 + 0.12, 6.4), (x1 - 0.1, wrist)],
    )
    bumps = []
    for k in range(4):
        left, right = x0 + 0.05 + k * (x1 - x0 - 0.05) / 4, x0 + 0.05 + (k + 1) * (x1 - x0 - 0.05) / 4
        length = (tips - knuckles) * (0.85, 1.0, 0.95, 0.75)[k]
        bumps += [
            (left + 0.05, knuckles + length - 0.25),
            ((left + right) / 2, knuckles + length),
            (right - 0.05, knuckles + length - 0.25),
        ]
    fingers = path([(x0 + 0.05, knuckles), *bumps, (x1, knuckles)])
    return {"hands": palm, "fingers": fingers}


def mirrored(svg: str, c: float) -> str:
    """The path mirrored about the vertical line x = c."""
    tokens = svg.split()
    out, index, number = [], 0, 0
    for token in tokens:
        if token.isalpha():
            out.append(token)
            number = 0
            continue
        value = float(token)
        out.append(f"{(2 * c - value) if number % 2 == 0 else value:.3f}")
        number += 1
        index += 1
    return " ".join(out)


def silhouette() -> list[dict[str, str]]:
    """Parts drawn behind the places, never marked: the hips in front, the arms, the back's waist."""
    hips = path(
        [(FRONT - 3.7, 0.3), (FRONT - 3.95, 1.4), (FRONT - outer(THIGH_TOP), THIGH_TOP)],
        [(FRONT + outer(THIGH_TOP), THIGH_TOP), (FRONT + 3.95, 1.4), (FRONT + 3.7, 0.3)],
    )
    found = [{"view": "front", "path": hips}]
    for side, c in (("left", FRONT), ("right", FRONT)):
        x0, x1 = c - 5.8, c - 4.4
        arm = path(
            [(x0 + 0.4, 0.0), (x0 + 0.1, 2.5), (x0 + 0.2, 5.5)],
            [(x1 - 0.1, 5.5), (x1 - 0.2, 2.5), (x1 - 0.3, 0.0)],
        )
        found.append({"view": "front", "path": arm if side == "left" else mirrored(arm, c)})
    return found


def places() -> list[dict[str, str]]:
    found = []
    for view, c, shapes in (
        ("front", FRONT, {**front_leg(FRONT), **hand(FRONT)}),
        ("back", BACK, back_leg(BACK)),
    ):
        for place, svg in shapes.items():
            found.append({"place": place, "side": "left", "view": view, "path": svg})
            found.append({"place": place, "side": "right", "view": view, "path": mirrored(svg, c)})
    return found


def main() -> None:
    document = {
        "about": "Body map outlines (SVG path syntax, picture units, y down); made by make_shapes.py",
        "width": WIDTH,
        "height": HEIGHT,
        "views": {"front": FRONT, "back": BACK},
        "silhouette": silhouette(),
        "places": places(),
    }
    out = Path(__file__).with_name("shapes.json")
    out.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
