"""The left leg's column on the left of the screen, whichever way the layout runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView


def keep_left_leg_on_the_left(header: QHeaderView, left: int, right: int) -> None:
    """Order two sections so the left leg's is drawn left of the right leg's: a right-to-left header
    runs from the right, so there the left leg's section comes later."""
    left_visual, right_visual = header.visualIndex(left), header.visualIndex(right)
    if (left_visual > right_visual) != header.isRightToLeft():
        header.swapSections(left_visual, right_visual)


class LegColumnKeeper(QObject):
    """Keeps a header's leg sections in place now and whenever the layout direction changes."""

    def __init__(self, header: QHeaderView, left: int, right: int):
        super().__init__(header)
        self.header, self.left, self.right = header, left, right
        header.installEventFilter(self)
        keep_left_leg_on_the_left(header, left, right)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            keep_left_leg_on_the_left(self.header, self.left, self.right)
        return False
