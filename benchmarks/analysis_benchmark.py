"""Ten years of daily entries through analyze_period (target: well under 0.1 s; aim < 0.05 s).

Run: python benchmarks/analysis_benchmark.py  (prints the median and worst seconds per pattern).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from datetime import timedelta

from diary_app.analysis import analyze_period
from diary_app.demo import demo_diary
from diary_app.domain import ProfileDiary

DAYS = 3650
END = date(2026, 6, 30)
START = END - timedelta(days=DAYS - 1)
REPEATS = 15


def every_day(diary: ProfileDiary) -> ProfileDiary:
    """The demo's entries re-dated onto every one of the DAYS days (the demo skips a few)."""
    entries = [
        diary.entries[i % len(diary.entries)].with_changes(day=START + timedelta(days=i)) for i in range(DAYS)
    ]
    return ProfileDiary(diary.profile, tuple(entries), diary.doses, diary.regimens, diary.labs)


def main() -> None:
    for pattern in ("symmetric", "unilateral-left", "mixed"):
        diary = every_day(demo_diary(DAYS, pattern, seed=3, end=END))
        times = []
        for _ in range(REPEATS):
            began = time.perf_counter()
            analysis = analyze_period(diary, START, END)
            analysis.to_json_dict()
            times.append(time.perf_counter() - began)
        print(
            f"{pattern:16} {len(diary.entries)} entries, {len(diary.doses)} doses: "
            f"median {statistics.median(times):.4f} s, worst {max(times):.4f} s"
        )


if __name__ == "__main__":
    main()
