"""Every hot operation on 90 days and ten years of data, each against its floor measured in the same run.

Run from the project folder:  python benchmarks/run.py            (full: about a minute)
                              python benchmarks/run.py --quick    (small data, few repetitions)
Add --markdown for the table as Markdown (docs/performance.md). Prints medians after a warm-up; exits
non-zero only when a measurement fails, never because a target is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from pathlib import Path

from data import daily_diary
from data import write_diary_file
from data import write_json_export

END = date.today()  # the entry page opens on today, so the diary ends today
CHILD_TIMEOUT_S = 60  # a start-up that waits on a dialog is killed and reported
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Symptom diary"))
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Plan:
    short_days: int
    long_days: int
    repeats: int  # in-process measurements, after one warm-up
    start_repeats: int  # fresh processes of each kind, after one warm-up of each
    save_repeats: int
    report_repeats: int


FULL = Plan(short_days=90, long_days=3650, repeats=9, start_repeats=15, save_repeats=25, report_repeats=5)
QUICK = Plan(short_days=30, long_days=200, repeats=2, start_repeats=1, save_repeats=3, report_repeats=1)


@dataclass(frozen=True)
class Row:
    """One line of the table: a median, its baseline (or None) and the target."""

    operation: str
    value: float
    unit: str  # "s", "ms" or "MB"
    limit: float  # a ratio to the baseline, or an absolute value in `unit` when there is no baseline
    baseline: float | None = None
    baseline_name: str = "—"

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def met(self) -> bool:
        return (self.ratio if self.baseline else self.value) <= self.limit

    def cells(self) -> list[str]:
        baseline = (
            "—" if self.baseline is None else f"{_amount(self.baseline, self.unit)} {self.baseline_name}"
        )
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        target = f"≤ {self.limit:g}×" if self.baseline else f"≤ {_amount(self.limit, self.unit)}"
        return [
            self.operation,
            _amount(self.value, self.unit),
            baseline,
            ratio,
            target,
            "yes" if self.met else "NO",
        ]


def _amount(value: float, unit: str) -> str:
    return f"{value:.1f} {unit}" if unit in ("ms", "MB") else f"{value:.3f} {unit}"


def median_seconds(
    action: Callable[[object], object], repeats: int, prepare: Callable[[], object] = lambda: None
) -> float:
    """Median wall time of `action(prepare())` over `repeats` runs after one warm-up; prepare is not timed."""
    action(prepare())
    times = []
    for _ in range(repeats):
        argument = prepare()
        began = time.perf_counter()
        action(argument)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


# Start-up: fresh processes


def child_environment(folder: Path) -> dict[str, str]:
    """Private data and settings folders, no display needed, and compiled bytecode as an install has it."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        SYMPTOM_DIARY_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        SYMPTOM_DIARY_EXIT_WHEN_IDLE="1",
    )
    return env


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """(seconds until the process ended, its CPU seconds, its peak resident memory in MB, its output)."""
    with tempfile.TemporaryFile() as output:
        began = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        watchdog = threading.Timer(CHILD_TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode(errors="replace").strip()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {text[-800:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


RESTORED = (
    ("entry", "the entry page"),
    ("charts", "the Charts page restored"),
    ("report", "the Report page restored"),
)


def page_environment(folder: Path, page: str) -> dict[str, str]:
    """The child environment with settings that restore `page` (the last page used)."""
    env = child_environment(folder)
    config = folder / f"config-{page}"
    (config / "symptom-diary").mkdir(parents=True, exist_ok=True)
    (config / "symptom-diary" / "settings.ini").write_text(
        f"[General]\nsettings_version=1\n\n[window]\nlast_page={page}\n", encoding="utf-8"
    )
    env["XDG_CONFIG_HOME"] = str(config)
    return env


def start_up_rows(folder: Path, diary_path: Path, plan: Plan, notes: list[str]) -> list[Row]:
    """The program started on each restored page, and the bare window, interleaved so a busy moment
    hits them alike; a heavy restored page counts until the window is shown and idle (it is built
    after the first paint, once a worker has imported its module)."""
    bare_script = folder / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    app = [sys.executable, "-m", "diary_app", "--db", str(diary_path)]
    kinds = {page: (app, page_environment(folder, page)) for page, _ in RESTORED}
    kinds["bare"] = ([sys.executable, str(bare_script)], child_environment(folder))
    for command, env in kinds.values():  # warm-up: bytecode compiled, files in the page cache
        run_child(command, env)
    runs: dict[str, list] = {kind: [] for kind in kinds}
    for _ in range(plan.start_repeats):
        for kind, (command, env) in kinds.items():
            *measured, text = run_child(command, env)
            runs[kind].append(measured)
            if text and kind != "bare":
                notes.append(f"the program printed at start-up: {text[:300]}")
    medians = {
        kind: [statistics.median(values) for values in zip(*runs[kind], strict=True)] for kind in kinds
    }
    bare_s, bare_cpu, bare_mb = medians["bare"]
    app_cpu = medians["entry"][1]
    notes.append(
        f"start-up CPU time (less affected by other load): {app_cpu:.3f} s against "
        f"{bare_cpu:.3f} s, {app_cpu / bare_cpu:.2f}×"
    )
    rows = []
    for page, words in RESTORED:
        seconds, _, megabytes = medians[page]
        what = f"the entry page is shown and idle ({plan.long_days} days)" if page == "entry" else words
        memory = "peak memory of that start-up" if page == "entry" else f"peak memory, {words}"
        rows.append(Row(f"start-up until {what}", seconds, "s", 2.5, bare_s, "bare Qt window"))
        rows.append(Row(memory, megabytes, "MB", 1.6, bare_mb, "bare Qt window"))
    return rows


# Saving one day


def save_entry_row(folder: Path, diary, plan: Plan) -> Row:
    """DiaryStore.save_entry against a raw sqlite3 insert of the same row, both committed with fsync.

    Each save is a day not saved before (an unchanged row rewritten would write no page at all).
    """
    import sqlite3

    from diary_app.storage import open_store
    from diary_app.storage.rows import entry_to_row

    stores = {name: open_store(folder / f"{name}.sqlite") for name in ("store", "raw")}
    ids = {name: store.ensure_profile("Save").id for name, store in stores.items()}
    stores["raw"].close()
    raw = sqlite3.connect(str(folder / "raw.sqlite"))
    for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        raw.execute(f"PRAGMA {pragma}")
    columns = list(entry_to_row(ids["raw"], diary.entries[0]))
    insert = f"INSERT OR REPLACE INTO entries ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    days = {name: iter(reversed(diary.entries)) for name in stores}

    def raw_save(values):
        raw.execute(insert, values)
        raw.commit()

    try:
        raw_s = median_seconds(
            raw_save,
            plan.save_repeats,
            prepare=lambda: list(entry_to_row(ids["raw"], next(days["raw"])).values()),
        )
        store_s = median_seconds(
            lambda entry: stores["store"].save_entry(ids["store"], entry, today=END),
            plan.save_repeats,
            prepare=lambda: next(days["store"]),
        )
    finally:
        raw.close()
        stores["store"].close()
    return Row(
        "save one day entry, committed (WAL, synchronous=FULL)",
        store_s * 1000,
        "ms",
        3.0,
        raw_s * 1000,
        "raw sqlite3 insert+commit",
    )


# In-process operations on the long diary


def analysis_rows(long, plan: Plan) -> list[Row]:
    """analyze_period over whole diaries of a tenth, three tenths and all of the long one's days
    (1, 3 and 10 years in a full run): linear cost shows as the longer diaries' times staying near
    3× and 10× the shortest one's. (A short period of a long diary costs more than a short diary:
    the warning signs and the diary's span are worked out over the whole diary.)"""
    from diary_app.analysis import analyze_period

    def seconds(diary, days: int) -> float:
        start = END - timedelta(days=days - 1)
        return median_seconds(lambda _: analyze_period(diary, start, END), plan.repeats)

    tenth = plan.long_days // 10
    short_s, middle_s = (seconds(daily_diary(days, END, seed=7), days) for days in (tenth, 3 * tenth))
    long_s = seconds(long, plan.long_days)
    return [
        Row(f"pattern analysis, {tenth} days", short_s * 1000, "ms", 5.0),
        Row(
            f"pattern analysis, {3 * tenth} days",
            middle_s * 1000,
            "ms",
            1.3,
            short_s * 3000,
            f"3 × {tenth} days",
        ),
        Row(f"pattern analysis, {plan.long_days} days", long_s * 1000, "ms", 50.0),
        Row(
            f"pattern analysis, {plan.long_days} days, against its share of {tenth}",
            long_s * 1000,
            "ms",
            1.3,
            short_s * 10000,
            f"10 × {tenth} days",
        ),
    ]


def trend_row(diary, plan: Plan) -> Row:
    """trend_figure built and drawn to an Agg canvas, against matplotlib defaults plotting the same points."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from diary_app.charts import ChartStyle
    from diary_app.charts import trend_figure

    start = END - timedelta(days=plan.long_days - 1)
    style = ChartStyle()

    def trend(_):
        figure = trend_figure(diary.entries, diary.doses, diary.regimens, start, END, "all", style)
        FigureCanvasAgg(figure).draw()
        return figure

    shape = trend(None)
    size, dpi = shape.get_size_inches(), shape.dpi
    bare_s = median_seconds(
        lambda _: FigureCanvasAgg(bare_trend(diary, start, size, dpi)).draw(), plan.repeats
    )
    trend_s = median_seconds(trend, plan.repeats)
    return Row(
        f"trend figure, {plan.long_days} days (build + draw)",
        trend_s,
        "s",
        1.5,
        bare_s,
        "bare matplotlib, same points",
    )


def bare_trend(diary, start: date, size, dpi: float):
    """Five panels sharing the time axis, each: left and right points, two lines, the dose marks."""
    import numpy as np
    from matplotlib.figure import Figure

    from diary_app.domain.vocab import SENSATIONS

    x = np.array([(e.day - start).days for e in diary.entries], dtype=float)
    doses = np.array([(d.day - start).days for d in diary.doses], dtype=float)
    figure = Figure(figsize=size, dpi=dpi)
    for ax, name in zip(figure.subplots(len(SENSATIONS), 1, sharex=True), SENSATIONS, strict=True):
        for side in ("left", "right"):
            scores = np.array([e.score(name, side) for e in diary.entries], dtype=float)
            ax.plot(x, scores, linestyle="none", marker="o", markersize=1.6)
            ax.plot(x, scores)
        ax.plot(doses, np.full(len(doses), -1.2), linestyle="none", marker="v")
    return figure


def history_row(store_path: Path, profile_id: int, plan: Plan) -> Row:
    """The history page built on the long diary, until its table has painted once."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from diary_app.storage import open_store
    from diary_app.ui.history_page import HistoryPage
    from diary_app.ui.session import DiarySession

    app = QApplication.instance() or QApplication([sys.argv[0]])
    qInstallMessageHandler(quiet_offscreen_notice)
    store = open_store(store_path)

    class PaintSeen(QObject):
        seen = False

        def eventFilter(self, _watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def first_paint(_):
        session = DiarySession(store, profile_id)
        page = HistoryPage(session)
        watcher = PaintSeen()
        page.table.viewport().installEventFilter(watcher)
        page.resize(1000, 700)
        page.show()
        deadline = time.perf_counter() + 30
        while not watcher.seen and time.perf_counter() < deadline:
            app.processEvents()
        if not watcher.seen:
            raise RuntimeError("the history table was never painted")
        rows = page.model.rowCount()
        page.close()
        page.deleteLater()
        session.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if rows == 0:
            raise RuntimeError("the history table painted no rows")

    try:
        seconds = median_seconds(first_paint, plan.repeats)
    finally:
        store.close()
    return Row(f"history page, {plan.long_days} days: first paint", seconds * 1000, "ms", 100.0)


def quiet_offscreen_notice(_kind, _context, message: str) -> None:
    """Qt messages on stderr, except the offscreen platform's notice that it cannot resize to hints."""
    if "propagateSizeHints" not in message:
        print(f"Qt: {message}", file=sys.stderr)


def report_rows(folder: Path, short, long, plan: Plan) -> list[Row]:
    from diary_app.commands.report import collector_paused
    from diary_app.reports import ReportOptions
    from diary_app.reports import build_report

    options = ReportOptions(language="en", made_on=END)

    def seconds(diary, days: int) -> float:
        start = END - timedelta(days=days - 1)
        out = folder / f"report-{days}.pdf"

        def build(_):
            with collector_paused():  # as the program builds every report (command and window)
                build_report(diary, start, END, out, options)

        return median_seconds(build, plan.report_repeats)

    short_s, long_s = seconds(short, plan.short_days), seconds(long, plan.long_days)
    return [
        Row(f"PDF summary, {plan.short_days} days", short_s, "s", 1.0),
        Row(
            f"PDF summary, {plan.long_days} days", long_s, "s", 2.0, short_s, f"the {plan.short_days}-day PDF"
        ),
    ]


def import_row(folder: Path, long, plan: Plan) -> Row:
    """`symptom-diary import` of a JSON export into a new diary: read, check, write in one transaction."""
    from diary_app.exchange import read_diary_file
    from diary_app.storage import open_store

    export = write_json_export(folder / "export.json", long)
    made = iter(range(10**6))

    def fresh_store(_=None):
        return open_store(folder / f"import-{next(made)}.sqlite")

    def import_into(store):
        try:
            store.import_diaries(read_diary_file(export))
        finally:
            store.close()

    seconds = median_seconds(import_into, plan.repeats, prepare=fresh_store)
    return Row(f"JSON import, {plan.long_days} days", seconds, "s", 1.0)


# Output


HEADERS = ["operation", "median", "baseline (same run)", "ratio", "target", "met"]


def table_text(rows: list[Row], markdown: bool) -> str:
    lines = [HEADERS] + [row.cells() for row in rows]
    if markdown:
        out = ["| " + " | ".join(cells) + " |" for cells in lines]
        out.insert(1, "|" + "|".join("---" for _ in HEADERS) + "|")
        return "\n".join(out)
    widths = [max(len(cells[i]) for cells in lines) for i in range(len(HEADERS))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() for cells in lines
    )


def machine_text() -> str:
    """CPU, cores, memory, Python and library versions."""
    from importlib.metadata import version

    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    memory = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/meminfo") if line.startswith("MemTotal")),
        "unknown",
    )
    libraries = ", ".join(
        f"{name} {version(name)}"
        for name in ("PySide6-Essentials", "matplotlib", "reportlab", "sqlite-utils", "numpy")
    )
    import sqlite3

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"{platform.platform()}; {os.cpu_count()} cores, {cpu}; memory {memory}; load average {load}\n"
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {libraries}"
    )


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


MEASUREMENT_NAMES = (
    "startup",
    "save",
    "analysis",
    "trend",
    "charts",
    "stall",
    "history",
    "report",
    "preview",
    "import",
)


def measurements(folder: Path, plan: Plan, notes: list[str]) -> list[tuple[str, Callable[[], list[Row]]]]:
    short = daily_diary(plan.short_days, END, seed=5)
    long = daily_diary(plan.long_days, END, seed=7)
    long_path = folder / "long.sqlite"
    profile_id = write_diary_file(long_path, long)
    import page_rows

    return [
        ("startup", lambda: start_up_rows(folder, long_path, plan, notes)),
        ("save", lambda: [save_entry_row(folder, long, plan)]),
        ("analysis", lambda: analysis_rows(long, plan)),
        ("trend", lambda: [trend_row(long, plan), page_rows.sensation_change_row(long, plan)]),
        ("charts", lambda: page_rows.charts_open_rows(folder, long_path, profile_id, plan, notes)),
        ("stall", lambda: [page_rows.stall_row(folder, long_path, profile_id, plan, notes)]),
        ("history", lambda: [history_row(long_path, profile_id, plan)]),
        (
            "report",
            lambda: [
                *report_rows(folder, short, long, plan),
                page_rows.report_process_row(folder, short, plan),
            ],
        ),
        ("preview", lambda: [page_rows.preview_row(folder, short, plan)]),
        ("import", lambda: [import_row(folder, long, plan)]),
    ]


def speed_probe() -> float:
    """Seconds for a fixed pure-Python workload, best of 5: the machine's speed of the moment, so that
    a run's absolute times can be read against it (shared virtual machines slow down for minutes)."""
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        sorted(str(i * 7919 % 10007) for i in range(20000))
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few repetitions (CI)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--only",
        action="append",
        choices=MEASUREMENT_NAMES,
        metavar="NAME",
        help=f"run only this measurement (repeatable): {', '.join(MEASUREMENT_NAMES)}",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plan = QUICK if args.quick else FULL
    rows: list[Row] = []
    notes: list[str] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="symptom-diary-bench-") as name:
        folder = Path(name)
        os.environ["SYMPTOM_DIARY_DATA_DIR"] = str(folder / "data")  # this process's Qt pages, too
        probes: list[str] = []
        for label, measure in measurements(folder, plan, notes):
            if args.only and label not in args.only:
                continue
            probes.append(f"{label} {speed_probe() * 1000:.1f}")
            try:
                rows.extend(measure())
            except Exception:
                failures += 1
                print(f"benchmark {label!r} failed:\n{traceback.format_exc()}", file=sys.stderr)
    probes.append(f"end {speed_probe() * 1000:.1f}")
    notes.append(
        "the machine's speed, a fixed Python loop (best of 5, ms) before each measurement: "
        f"{', '.join(probes)}; a slower loop means a slower machine for that measurement"
    )
    print(machine_text())
    print(f"{'quick' if args.quick else 'full'} run: medians after a warm-up\n")
    print(table_text(rows, args.markdown))
    for note in notes:
        print(f"note: {note}")
    missed = sum(not row.met for row in rows)
    print(f"\n{len(rows) - missed} of {len(rows)} targets met; {failures} measurement(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
