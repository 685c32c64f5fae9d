"""PySide6 does not read the source of the chart libraries' modules, and still reads ours."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import PySide6.QtCore
from PySide6.support import feature
read = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or scan(module)
from diary_app.ui.source_scan import skip_source_scan_of_qt_free_libraries
skip_source_scan_of_qt_free_libraries()
skip_source_scan_of_qt_free_libraries()
import matplotlib.figure
from diary_app.ui.chart_text import ChartNumbers
table = feature.pyside_feature_dict
names = ("matplotlib.figure", "numpy", "inspect", "diary_app.ui.chart_text")
print(json.dumps({
    "read": read,
    "marks": {name: table.get(name) for name in names},
    "finders": sum(type(f).__name__ == "_MarkQtFree" for f in sys.meta_path),
}))
"""


def test_matplotlib_numpy_and_the_standard_library_are_not_read_but_our_modules_are():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    tops = {name.partition(".")[0] for name in found["read"]}
    assert not tops & {"matplotlib", "numpy", "PIL", "inspect", "ast"}
    assert "diary_app.ui.chart_text" in found["read"]  # it imports PySide6: PySide6 reads it and finds so
    marks = {"matplotlib.figure": -1, "numpy": -1, "inspect": -1, "diary_app.ui.chart_text": 0}
    assert found["marks"] == marks
    assert found["finders"] == 1
