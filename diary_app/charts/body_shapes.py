"""The body map's outlines, read from resources/body_map/shapes.json: one source for the window,
the charts and the PDF.

Paths use SVG syntax (M, L, C, Z) in picture units with y pointing down. Front view: the legs as the
patient sees them looking down; back view: seen from behind; the patient's left is on the left in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from diary_app.resource_paths import resource

Command = tuple[
    str, tuple[float, ...]
]  # ("M", (x, y)), ("L", (x, y)), ("C", (x1, y1, x2, y2, x, y)), ("Z", ())
ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}


@dataclass(frozen=True)
class Shape:
    """One outline: a place of one side in one view, or a silhouette part (place and side empty)."""

    view: str
    commands: tuple[Command, ...]
    place: str = ""
    side: str = ""

    def points(self) -> list[tuple[float, float]]:
        """The end points of the path's segments (a polygon close to the outline)."""
        return [(args[-2], args[-1]) for _, args in self.commands if args]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the segment end points."""
        xs, ys = zip(*self.points(), strict=True)
        return min(xs), min(ys), max(xs), max(ys)

    def centre(self) -> tuple[float, float]:
        left, top, right, bottom = self.bounds()
        return (left + right) / 2, (top + bottom) / 2


@dataclass(frozen=True)
class BodyShapes:
    width: float
    height: float
    views: dict[str, float]  # view -> its centre line
    silhouette: tuple[Shape, ...]
    places: tuple[Shape, ...]

    def place(self, side: str, place: str) -> Shape:
        return next(s for s in self.places if s.side == side and s.place == place)


def parse_path(text: str) -> tuple[Command, ...]:
    """SVG path text with absolute M, L, C and Z commands into commands."""
    tokens = text.split()
    commands: list[Command] = []
    index = 0
    while index < len(tokens):
        op = tokens[index]
        if op not in ARITY:
            raise ValueError(f"unknown path command {op!r}")
        count = ARITY[op]
        args = tuple(float(t) for t in tokens[index + 1 : index + 1 + count])
        commands.append((op, args))
        index += 1 + count
    return tuple(commands)


@cache
def body_shapes() -> BodyShapes:
    data = json.loads(resource("body_map", "shapes.json").read_text(encoding="utf-8"))
    return BodyShapes(
        data["width"],
        data["height"],
        dict(data["views"]),
        tuple(Shape(s["view"], parse_path(s["path"])) for s in data["silhouette"]),
        tuple(Shape(s["view"], parse_path(s["path"]), s["place"], s["side"]) for s in data["places"]),
    )
