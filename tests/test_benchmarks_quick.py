"""benchmarks/run.py --quick runs every measurement and prints the whole table (no timing is checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
OPERATIONS = (
    "start-up until the entry page is shown and idle",
    "peak memory of that start-up",
    "start-up until the Charts page restored",
    "peak memory, the Charts page restored",
    "start-up until the Report page restored",
    "peak memory, the Report page restored",
    "save one day entry",
    "pattern analysis, 20 days",
    "pattern analysis, 60 days",
    "pattern analysis, 200 days |",
    "pattern analysis, 200 days, against its share of 20",
    "trend figure",
    "Charts page, sensation change on 200 days",
    "Charts page, first opening (200 days",
    "Charts page, first opening after the preparation",
    "longest event-loop stall while Charts and Report are prepared",
    "history page",
    "PDF summary, 30 days |",
    "PDF summary, 200 days",
    "PDF summary, 30 days, fresh process",
    "report preview, 30 days: first page shown",
    "JSON import",
)


def test_quick_run_measures_every_operation(tmp_path):
    result = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--markdown"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert table[0].split("|")[1:-1] == [
        " operation ",
        " median ",
        " baseline (same run) ",
        " ratio ",
        " target ",
        " met ",
    ]
    for operation in OPERATIONS:
        row = next((line for line in table if operation in line), None)
        assert row is not None, f"{operation!r} missing from\n{result.stdout}"
        assert row.rstrip(" |").endswith(("yes", "NO"))
    assert "0 measurement(s) failed" in result.stdout
    assert "Traceback" not in result.stderr
