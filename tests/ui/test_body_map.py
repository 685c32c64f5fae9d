"""The body map: every place marked by mouse and by keyboard maps to the right leg and place, in both
layout directions; right-to-left never swaps legs; old coarse places light their whole area."""

from collections import deque

import pytest
from a11y_walk import NAME
from a11y_walk import accessible_nodes
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from diary_app.charts.body_shapes import body_shapes
from diary_app.domain.places import FOOT
from diary_app.domain.places import MAP_PLACES
from diary_app.domain.vocab import SIDES
from diary_app.ui.body_map import BodyMap
from diary_app.ui.body_map import painter_path

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
EVERY_PLACE = [(side, place) for side in SIDES for place in MAP_PLACES]


@pytest.fixture(params=DIRECTIONS, ids=["ltr", "rtl"])
def mapped(request, qtbot):
    """A body map between a label and a text field, in a window laid out in either direction."""
    window = QWidget()
    window.setLayoutDirection(request.param)
    layout = QHBoxLayout(window)
    label = QLabel("Where")
    body_map = BodyMap()
    after = QLineEdit()
    for widget in (label, body_map, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.body_map, window.after, window.label = body_map, after, label
    yield window
    window.close()


def inside(body_map, side, place) -> QPoint:
    """A point of the map (its own coordinates) that belongs to the place's outline."""
    button = body_map.button(side, place)
    box = button.geometry()
    centre = box.center()
    points = sorted(
        (QPoint(x, y) for x in range(box.left(), box.right(), 2) for y in range(box.top(), box.bottom(), 2)),
        key=lambda p: (p - centre).manhattanLength(),
    )
    return next(p for p in points if body_map.childAt(p) is button)


def test_the_left_leg_is_on_the_left_in_both_views_and_both_directions(mapped):
    body_map = mapped.body_map
    for place in MAP_PLACES:
        assert inside(body_map, "left", place).x() < inside(body_map, "right", place).x()
    # the front view (toes, knees) is left of the back view (heels, calves)
    assert inside(body_map, "right", "knee").x() < inside(body_map, "left", "calf").x()
    label_first = mapped.label.x() < body_map.x()
    assert label_first == (mapped.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_every_place_is_marked_by_mouse_on_its_own_leg(mapped, qtbot):
    body_map = mapped.body_map
    for side, place in EVERY_PLACE:
        point = inside(body_map, side, place)
        button = body_map.childAt(point)
        with qtbot.waitSignal(body_map.regionsChanged):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.mapFrom(body_map, point))
        other = "right" if side == "left" else "left"
        assert (body_map.regions(side), body_map.regions(other)) == ({place}, frozenset())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.mapFrom(body_map, point))
        assert body_map.regions(side) == frozenset()


def key_paths(body_map, qtbot) -> dict:
    """The arrow keys that reach each place from the first one (breadth first over the real moves)."""
    start = body_map.button("left", "toes")
    paths, todo = {start: []}, deque([start])
    while todo:
        button = todo.popleft()
        for key in ARROWS:
            button.setFocus()
            qtbot.keyClick(button, key)
            reached = QApplication.focusWidget()
            if reached not in paths:
                paths[reached] = [*paths[button], key]
                todo.append(reached)
    return paths


def test_every_place_is_reached_by_arrows_and_marked_by_space(mapped, qtbot):
    body_map = mapped.body_map
    paths = key_paths(body_map, qtbot)
    assert {(b.side, b.region) for b in paths} == set(EVERY_PLACE)
    for button, keys in paths.items():
        body_map.make_current(body_map.button("left", "toes"))
        body_map.setFocus()
        assert QApplication.focusWidget() is body_map.button("left", "toes")
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is button
        assert body_map.caption_text() == button.accessibleName()  # named on focus
        qtbot.keyClick(button, Qt.Key.Key_Space)
        other = "right" if button.side == "left" else "left"
        assert (body_map.regions(button.side), body_map.regions(other)) == ({button.region}, frozenset())
        qtbot.keyClick(button, Qt.Key.Key_Space)


def test_arrows_move_in_the_picture_never_mirrored(mapped, qtbot):
    body_map = mapped.body_map
    body_map.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # the picture's right: the right toes
    assert QApplication.focusWidget() is body_map.button("right", "toes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is body_map.button("left", "toes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert QApplication.focusWidget().region.startswith("foot_top")


def test_the_map_is_one_tab_stop_that_remembers_the_place(mapped, qtbot):
    body_map = mapped.body_map
    body_map.button("right", "calf").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mapped.after
    qtbot.keyClick(mapped.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is body_map.button("right", "calf")


def test_an_old_whole_foot_lights_the_foot_and_stays_whole_until_a_part_is_unmarked(qtbot):
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.show()
    with qtbot.assertNotEmitted(body_map.regionsChanged):
        body_map.set_regions(frozenset({"hands"}), frozenset({"feet", "buttock_hip"}))
    assert all(body_map.button("right", place).isChecked() for place in FOOT)
    assert body_map.regions("right") == {"feet", "buttock_hip"}  # nothing invented
    assert body_map.regions("left") == {"hands"}
    qtbot.mouseClick(
        body_map.button("right", "heel"),
        Qt.MouseButton.LeftButton,
        pos=QPoint(-1, -1)
        + inside(body_map, "right", "heel")
        - body_map.button("right", "heel").pos()
        + QPoint(1, 1),
    )
    assert body_map.regions("right") == {
        "toes",
        "foot_top_big_toe_side",
        "foot_top_little_toe_side",
        "sole",
        "buttock_hip",
    }


def test_the_accessibility_tree_names_every_place_with_its_side(qtbot):
    window = QWidget()
    layout = QHBoxLayout(window)
    body_map = BodyMap()
    layout.addWidget(body_map)
    qtbot.addWidget(window)
    window.show()
    names = [node.text(NAME) for node in accessible_nodes(window)]
    expected = {body_map.button(side, place).accessibleName() for side, place in EVERY_PLACE}
    assert len(expected) == len(EVERY_PLACE)
    assert expected <= set(names)
    assert "Left heel" in names and "Sole of the right foot" in names
    assert "Lower back, right side" in names


def test_large_text_makes_a_larger_map_with_large_targets(qtbot):
    small, large = BodyMap(), BodyMap()
    font = large.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    large.setFont(font)
    for body_map in (small, large):
        qtbot.addWidget(body_map)
        body_map.resize(body_map.sizeHint())
        body_map.show()
    assert large.sizeHint().width() > small.sizeHint().width()
    for side, place in EVERY_PLACE:  # click targets at least 32 x 32 px at 100 % (docs: ui.md)
        box = small.button(side, place).geometry()
        assert min(box.width(), box.height()) >= 32
        assert large.button(side, place).geometry().width() > box.width()


@pytest.mark.parametrize("side, colour", [("left", "#0072b2"), ("right", "#e69f00")])
def test_a_marked_place_is_painted_in_its_side_colour(mapped, side, colour):
    body_map = mapped.body_map
    body_map.set_regions(
        frozenset({"calf"}) if side == "left" else frozenset(),
        frozenset({"calf"}) if side == "right" else frozenset(),
    )
    image = body_map.grab().toImage()
    box = body_map.button(side, "calf").geometry()
    seen = {
        QColor(image.pixel(x, y)).name()
        for x in range(box.left() + 8, box.right() - 8, 3)
        for y in range(box.top() + 8, box.bottom() - 8, 3)
    }
    assert colour in seen
    other = body_map.button("right" if side == "left" else "left", "calf")
    assert QColor(image.pixel(inside(body_map, other.side, "calf"))).name() not in ("#0072b2", "#e69f00")


def _pointwise_path(shape, scale, origin):
    """The outline made point by point in pixels (how the map made it before unit_path)."""
    path = QPainterPath()
    for op, args in shape.commands:
        points = [origin + QPointF(args[i] * scale, args[i + 1] * scale) for i in range(0, len(args), 2)]
        if op == "M":
            path.moveTo(points[0])
        elif op == "L":
            path.lineTo(points[0])
        elif op == "C":
            path.cubicTo(*points)
        else:
            path.closeSubpath()
    return path


def _elements(path):
    return [
        (path.elementAt(i).type, path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())
    ]


@pytest.mark.parametrize("scale", [26.0, 31.123456, 52.7])
@pytest.mark.parametrize("origin", [(0.0, 0.0), (101.25, 37.0), (-3.3, 17.77)])
def test_outlines_mapped_from_picture_units_are_the_pointwise_ones(qapp, scale, origin):
    shapes = body_shapes()
    at = QPointF(*origin)
    for shape in (*shapes.places, *shapes.silhouette):
        assert _elements(painter_path(shape, scale, at)) == _elements(_pointwise_path(shape, scale, at))
