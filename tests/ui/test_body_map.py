"""The body map: mouse and keyboard toggle the patient's own regions, and right-to-left never swaps legs."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget

from diary_app.domain.places import COARSE_PLACES as REGIONS
from diary_app.domain.vocab import SIDES
from diary_app.ui.body_map import BodyMap

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


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


def centre_in_map(body_map, side, region) -> QPoint:
    return body_map.button(side, region).geometry().center()


def test_left_leg_is_drawn_on_the_left_in_both_directions(mapped):
    body_map = mapped.body_map
    for region in REGIONS:
        assert centre_in_map(body_map, "left", region).x() < centre_in_map(body_map, "right", region).x()
    # The window around the map does mirror: the label sits on the reading side.
    label_first = mapped.label.x() < body_map.x()
    assert label_first == (mapped.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_click_on_the_left_half_of_the_picture_marks_the_left_foot(mapped, qtbot):
    body_map = mapped.body_map
    feet_y = centre_in_map(body_map, "left", "feet").y()
    left_point = QPoint(body_map.width() // 2 - body_map.width() // 5, feet_y)
    target = body_map.childAt(left_point)
    assert target is body_map.button("left", "feet")
    with qtbot.waitSignal(body_map.regionsChanged):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert body_map.regions("left") == {"feet"}
    assert body_map.regions("right") == frozenset()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert body_map.regions("left") == frozenset()


def test_keyboard_moves_in_the_picture_and_space_toggles(mapped, qtbot):
    body_map = mapped.body_map
    body_map.setFocus()
    assert QApplication.focusWidget() is body_map.button("left", "feet")

    def press(key):
        qtbot.keyClick(QApplication.focusWidget(), key)

    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Right)  # the picture's right, the patient's right leg, in both directions
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Space)
    assert body_map.regions("left") == {"feet"}
    assert body_map.regions("right") == {"feet", "lower_leg", "lower_back"}
    press(Qt.Key.Key_Right)  # the nearest region to the right of the back's right half: the right hand
    assert QApplication.focusWidget() is body_map.button("right", "hands")
    press(Qt.Key.Key_Right)  # nothing further right: focus stays
    assert QApplication.focusWidget() is body_map.button("right", "hands")
    press(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is body_map.button("right", "knee_thigh")
    press(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is body_map.button("left", "knee_thigh")
    press(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is body_map.button("left", "hands")


def test_the_map_is_one_tab_stop_that_remembers_the_region(mapped, qtbot):
    body_map = mapped.body_map
    body_map.button("right", "knee_thigh").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mapped.after
    qtbot.keyClick(mapped.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is body_map.button("right", "knee_thigh")


def test_set_regions_shows_stored_values_without_signalling(qtbot):
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    with qtbot.assertNotEmitted(body_map.regionsChanged):
        body_map.set_regions(frozenset({"hands"}), frozenset({"feet", "buttock_hip"}))
    assert body_map.regions("left") == {"hands"}
    assert body_map.regions("right") == {"feet", "buttock_hip"}
    assert body_map.button("right", "feet").isChecked()


def test_every_region_has_a_spoken_name_with_its_side(qtbot):
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    names = {body_map.button(side, region).accessibleName() for side in SIDES for region in REGIONS}
    assert len(names) == len(SIDES) * len(REGIONS)
    assert body_map.button("left", "feet").accessibleName() == "Left foot"
    assert body_map.button("right", "lower_back").accessibleName() == "Lower back, right side"
    assert all(body_map.button(s, r).width() >= 48 for s in SIDES for r in REGIONS)


@pytest.mark.parametrize("side, colour", [("left", "#0072b2"), ("right", "#e69f00")])
def test_a_marked_region_is_painted_in_its_side_colour(mapped, side, colour):
    body_map = mapped.body_map
    body_map.set_regions(
        frozenset({"knee_thigh"}) if side == "left" else frozenset(),
        frozenset({"knee_thigh"}) if side == "right" else frozenset(),
    )
    image = body_map.grab().toImage()
    box = body_map.button(side, "knee_thigh").geometry()
    seen = {
        QColor(image.pixel(x, y)).name()
        for x in range(box.left() + 8, box.right() - 8, 3)
        for y in range(box.top() + 8, box.bottom() - 8, 3)
    }
    assert colour in seen
    other = body_map.button("right" if side == "left" else "left", "knee_thigh").geometry()
    assert QColor(image.pixel(other.center())).name() not in ("#0072b2", "#e69f00")
