"""Tab order that follows what the eye reads: the order of the layouts, not the order of creation."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QWidget


def reading_order(widget: QWidget) -> list[QWidget]:
    """The widgets in `widget`'s layouts (nested ones too) that take Tab focus, in layout order."""
    layout = widget.layout()
    if layout is not None:
        return _layout_order(layout)
    takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
    return [widget] if takes_tab else []


def _layout_order(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if child is not None:
            found += reading_order(child)
        elif inner is not None:
            found += _layout_order(inner)
    return found


def chain_in_reading_order(widget: QWidget) -> list[QWidget]:
    """Make Tab go through `widget`'s controls in reading order; returns that order.

    For a panel of plain controls: a tab widget inside would need its tab bar placed by creation
    order instead (its focus proxy makes Qt jump back to it)."""
    order = reading_order(widget)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order
