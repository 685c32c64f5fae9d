"""The 0–10 score control: digits, 10 by "1 0", arrows, clearing, mouse, both legs, mirrored layout."""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from diary_app.ui.score_input import LEFT_COLOUR
from diary_app.ui.score_input import RIGHT_COLOUR
from diary_app.ui.score_input import ScoreInput
from diary_app.ui.score_input import ScorePair


@pytest.fixture
def score(qtbot):
    control = ScoreInput(LEFT_COLOUR)
    qtbot.addWidget(control)
    control.show()
    return control


@pytest.fixture
def pair(qtbot):
    holder = QWidget()
    layout = QHBoxLayout(holder)
    left, right, link = ScoreInput(LEFT_COLOUR), ScoreInput(RIGHT_COLOUR), QToolButton()
    for widget in (left, right, link):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    made = ScorePair(left, right, link, holder)
    holder.show()
    # Ctrl/Alt+digit must reach this window, not a shortcut of whichever window was active before
    # (a window left open by another test, e.g. the main window's Ctrl+1…5 pages).
    qtbot.waitUntil(holder.isActiveWindow)
    yield made
    holder.close()


def test_typing_a_digit_sets_the_value(score, qtbot):
    qtbot.keyClick(score, Qt.Key.Key_7)
    assert score.value() == 7
    qtbot.keyClick(score, Qt.Key.Key_3)
    assert score.value() == 3


def test_one_then_zero_typed_quickly_gives_ten(score, qtbot):
    qtbot.keyClicks(score, "10")
    assert score.value() == 10


def press_at(widget, key: Qt.Key, text: str, timestamp: int) -> None:
    """A key press the window system stamped with `timestamp` (ms): how quickly keys followed
    each other is read from the events, not from when the test happened to send them."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(timestamp)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(("gap", "expected"), [("none", 10), ("half", 10), ("interval", 10), ("longer", 0)])
def test_one_then_zero_is_ten_only_within_the_typing_interval(score, gap, expected):
    interval = QApplication.keyboardInputInterval()
    milliseconds = {"none": 0, "half": interval // 2, "interval": interval, "longer": interval + 1}[gap]
    first = 2**32 - interval // 2  # a 32-bit millisecond clock wraps around in between
    press_at(score, Qt.Key.Key_1, "1", first)
    press_at(score, Qt.Key.Key_0, "0", (first + milliseconds) % 2**32)
    assert score.value() == expected


def test_arabic_indic_digits_are_understood(score):
    event = QKeyEvent(QEvent.Type.KeyPress, 0x0664, Qt.KeyboardModifier.NoModifier, "٤")
    QApplication.sendEvent(score, event)
    assert event.isAccepted()
    assert score.value() == 4


def test_arrows_end_and_delete(score, qtbot):
    qtbot.keyClick(score, Qt.Key.Key_Right)
    qtbot.keyClick(score, Qt.Key.Key_Right)
    assert score.value() == 2
    qtbot.keyClick(score, Qt.Key.Key_Left)
    assert score.value() == 1
    qtbot.keyClick(score, Qt.Key.Key_End)
    assert score.value() == 10
    qtbot.keyClick(score, Qt.Key.Key_Delete)
    assert score.value() == 0


def test_gait_scale_ignores_digits_above_its_maximum(qtbot):
    gait = ScoreInput(LEFT_COLOUR, maximum=4)
    qtbot.addWidget(gait)
    qtbot.keyClick(gait, Qt.Key.Key_3)
    assert gait.value() == 3
    qtbot.keyClick(gait, Qt.Key.Key_9)
    assert gait.value() == 3


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_clicking_a_cell_sets_its_value_in_both_directions(score, qtbot, direction):
    score.setLayoutDirection(direction)
    cell = score.cell_rect(6)
    qtbot.mouseClick(score, Qt.MouseButton.LeftButton, pos=cell.center())
    assert score.value() == 6
    none_cell = score.cell_rect(0)
    assert (none_cell.center().x() < cell.center().x()) == (direction == Qt.LayoutDirection.LeftToRight)
    qtbot.mouseClick(score, Qt.MouseButton.LeftButton, pos=none_cell.center())
    assert score.value() == 0


def test_cells_are_large_enough_to_hit(score):
    for value in range(11):
        cell = score.cell_rect(value)
        assert cell.width() >= 32 and cell.height() >= 26
    assert score.sizeHint().height() >= 32
    assert score.value_at(-50) is None


def test_alt_or_ctrl_digit_sets_both_legs(pair, qtbot):
    qtbot.keyClick(pair.left, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert (pair.left.value(), pair.right.value()) == (5, 5)
    qtbot.keyClick(pair.right, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert (pair.left.value(), pair.right.value()) == (3, 3)
    qtbot.keyClick(pair.right, Qt.Key.Key_2)
    assert (pair.left.value(), pair.right.value()) == (3, 2)


def test_link_keeps_both_legs_the_same_until_released(pair, qtbot):
    qtbot.keyClick(pair.left, Qt.Key.Key_3)
    qtbot.keyClick(pair.right, Qt.Key.Key_6)
    qtbot.keyClick(pair.left, Qt.Key.Key_Equal)
    assert pair.link.isChecked()
    assert (pair.left.value(), pair.right.value()) == (6, 6)
    qtbot.keyClick(pair.right, Qt.Key.Key_4)
    assert (pair.left.value(), pair.right.value()) == (4, 4)
    qtbot.mouseClick(pair.link, Qt.MouseButton.LeftButton)
    qtbot.keyClick(pair.right, Qt.Key.Key_1)
    assert (pair.left.value(), pair.right.value()) == (4, 1)


def test_loading_values_releases_the_link(pair):
    pair.link.setChecked(True)
    pair.set_values(2, 7)
    assert not pair.link.isChecked()
    assert (pair.left.value(), pair.right.value()) == (2, 7)


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown])
def test_vertical_keys_never_change_the_value(score, qtbot, key):
    qtbot.keyClick(score, Qt.Key.Key_4)
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(score, event)
    assert score.value() == 4
    assert not event.isAccepted()  # left to the parent: the next row, or scrolling


@pytest.mark.parametrize(
    ("direction", "towards_ten"),
    [(Qt.LayoutDirection.LeftToRight, Qt.Key.Key_Right), (Qt.LayoutDirection.RightToLeft, Qt.Key.Key_Left)],
)
def test_left_and_right_follow_the_cells_as_drawn(score, qtbot, direction, towards_ten):
    score.setLayoutDirection(direction)
    qtbot.keyClick(score, Qt.Key.Key_5)
    qtbot.keyClick(score, towards_ten)
    assert score.value() == 6
    drawn_to_the_right = score.cell_rect(6).center().x() > score.cell_rect(5).center().x()
    assert drawn_to_the_right == (towards_ten == Qt.Key.Key_Right)
    away = Qt.Key.Key_Left if towards_ten == Qt.Key.Key_Right else Qt.Key.Key_Right
    qtbot.keyClick(score, away)
    qtbot.keyClick(score, away)
    assert score.value() == 4
