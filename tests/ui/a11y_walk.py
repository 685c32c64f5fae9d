"""Walk a window's accessibility tree as a screen reader does, through Qt's QAccessible interface."""

from PySide6.QtGui import QAccessible
from PySide6.QtGui import QAccessibleInterface

NAME, DESCRIPTION, VALUE = QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value


def accessible_nodes(root, limit: int = 5000) -> list[QAccessibleInterface]:
    """Every interface under `root`'s, depth first, invisible ones left out."""
    found, todo = [], [QAccessible.queryAccessibleInterface(root)]
    while todo and len(found) < limit:
        node = todo.pop()
        if node is None or not node.isValid() or node.state().invisible:
            continue
        found.append(node)
        todo.extend(node.child(index) for index in reversed(range(node.childCount())))
    return found


def is_actionable(node: QAccessibleInterface) -> bool:
    """Focusable, or something one can press, tick or choose."""
    state = node.state()
    return bool(state.focusable or (node.actionInterface() and node.actionInterface().actionNames()))
