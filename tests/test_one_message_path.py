"""Every message box goes through ui/dialogs.py and every %1 is filled by fill_placeholders."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "diary_app"
DIALOGS = PACKAGE / "ui" / "dialogs.py"


def offences(source: str, path: Path) -> list[str]:
    """Hand-filled placeholders (`.replace("%1", …)`) and, outside ui/dialogs.py, QMessageBox."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
        ):
            first = node.args[0] if node.args else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value[:1] == "%"
                and first.value[1:].isdigit()
            ):
                found.append(f"{path.name}:{node.lineno} fills {first.value} by hand")
        if isinstance(node, ast.Call) and path != DIALOGS and _opens_message_box(node.func):
            found.append(f"{path.name}:{node.lineno} opens a QMessageBox")
    return found


def _opens_message_box(func: ast.expr) -> bool:
    """`QMessageBox(...)` or a static `QMessageBox.warning(...)`; its enums may be read anywhere."""
    if isinstance(func, ast.Name):
        return func.id == "QMessageBox"
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
        and func.attr[0].islower()
    )


def test_no_module_fills_placeholders_by_hand_or_opens_its_own_message_box():
    found = [o for path in sorted(PACKAGE.rglob("*.py")) for o in offences(path.read_text("utf-8"), path)]
    assert found == []


def test_the_check_sees_both_faults():
    sample = 'text = pattern.replace("%1", name)\nbox = QMessageBox()\nQMessageBox.warning(None, "a", "b")\n'
    assert len(offences(sample, PACKAGE / "ui" / "some_page.py")) == 3
    assert offences("icon = QMessageBox.Icon.Critical", PACKAGE / "ui" / "some_page.py") == []
    assert offences('"%n".replace("%n", "2")', PACKAGE / "x.py") == []
