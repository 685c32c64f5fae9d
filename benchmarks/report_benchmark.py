"""The doctor's PDF: seconds to build the 90-day and the ten-year summary (English and Arabic).

Run: python benchmarks/report_benchmark.py  (target: 90 days under 1 s, ten years not much more).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from datetime import timedelta
from pathlib import Path

from diary_app.demo import demo_diary
from diary_app.reports import ReportOptions
from diary_app.reports import build_report

END = date(2026, 6, 30)
REPEATS = 3


def seconds(days: int, language: str, folder: Path) -> float:
    diary = demo_diary(days, "mixed", seed=5, end=END)
    start = END - timedelta(days=days - 1)
    options = ReportOptions(language=language, made_on=END)
    build_report(diary, start, END, folder / "warm-up.pdf", options)  # fonts, matplotlib caches
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        build_report(diary, start, END, folder / "report.pdf", options)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for days in (90, 3650):
            for language in ("en", "ar"):
                print(f"{days:5d} days, {language}: {seconds(days, language, Path(folder)):.2f} s")


if __name__ == "__main__":
    main()
