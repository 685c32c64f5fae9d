"""The None guard: a long session of void PySide6 calls must not abort the interpreter."""

import subprocess
import sys

SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import diary_app.ui
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(200_000):
    widget.update()
print("survived")
"""


def test_many_void_calls_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
