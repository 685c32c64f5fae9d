"""Tab order that follows what the eye reads: the order of the layouts, not the order of creation."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def reading_order(widget: QWidget) -> list[QWidget]:
    """The widgets in `widget`'s layouts (nested ones too) that take Tab focus, in layout order."""
    if widget.layout() is not None:
        return _layout_order(widget.layout())
    takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
    return [widget] if takes_tab else []


def _layout_order(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found += reading_order(item.widget())
        elif item.layout() is not None:
            found += _layout_order(item.layout())
    return found


def chain_in_reading_order(widget: QWidget) -> list[QWidget]:
    """Make Tab go through `widget`'s controls in reading order; returns that order.

    For a panel of plain controls: a tab widget inside would need its tab bar placed by creation
    order instead (its focus proxy makes Qt jump back to it)."""
    order = reading_order(widget)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order
