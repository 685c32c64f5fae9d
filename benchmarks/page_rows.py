"""The heavy pages measured against their floors: Charts first opening, preparation stalls, sensation
change, the report in a fresh process and its preview's first page."""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from child_scripts import BARE_CHARTS_OPEN
from child_scripts import CHARTS_OPEN
from child_scripts import FLOOR_REPORT
from child_scripts import STALL
from data import write_diary_file
from run import END
from run import Plan
from run import Row
from run import child_environment
from run import median_seconds
from run import run_child

HERE = Path(__file__).resolve().parent


def _script(folder: Path, name: str, text: str) -> list[str]:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return [sys.executable, str(path)]


def _child_json(command: list[str], env: dict[str, str]) -> dict:
    text = run_child(command, env)[3]
    return json.loads(text.strip().splitlines()[-1])


def charts_open_rows(
    folder: Path, diary_path: Path, profile_id: int, plan: Plan, notes: list[str]
) -> list[Row]:
    """Fresh processes, alternating: the page opened cold, as the preparation starts (a note), after
    the preparation, and the bare script."""
    env = child_environment(folder)
    page = [*_script(folder, "charts_open", CHARTS_OPEN), str(diary_path), str(profile_id)]
    bare = [*_script(folder, "bare_charts_open", BARE_CHARTS_OPEN), str(HERE), str(plan.long_days)]
    kinds = {
        "cold": [*page, "cold"],
        "during": [*page, "during"],
        "prepared": [*page, "prepared"],
        "bare": bare,
    }
    for command in kinds.values():  # warm-up: bytecode compiled, files in the page cache
        _child_json(command, env)
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(plan.start_repeats):
        for kind, command in kinds.items():
            times[kind].append(_child_json(command, env)["seconds"])
    cold, during, prepared, floor = (
        statistics.median(times[kind]) for kind in ("cold", "during", "prepared", "bare")
    )
    notes.append(
        f"Charts page opened as the window's preparation starts (a click right after the window "
        f"appears): {during:.3f} s, {during / floor:.2f}× the bare script"
    )
    name = "bare script: import matplotlib, draw the same panels"
    return [
        Row(f"Charts page, first opening ({plan.long_days} days, last 4 weeks)", cold, "s", 1.3, floor, name),
        Row("Charts page, first opening after the preparation", prepared, "s", 0.5, floor, name),
    ]


def stall_row(folder: Path, diary_path: Path, profile_id: int, plan: Plan, notes: list[str]) -> Row:
    """The longest event-loop stall while the pages are prepared, and (a note) while idle as long."""
    env = child_environment(folder)
    stall = _script(folder, "stall", STALL)
    prepare = [*stall, "prepare", str(diary_path), str(profile_id)]
    _child_json(prepare, env)
    prepared, idle = [], []
    for _ in range(plan.start_repeats):
        result = _child_json(prepare, env)
        prepared.append(result["longest_ms"])
        idle.append(_child_json([*stall, "idle", str(result["seconds"])], env)["longest_ms"])
    notes.append(
        f"event loop while idle for as long (5 ms timer, same run): longest gap "
        f"{statistics.median(idle):.1f} ms (median of {len(idle)}); the machine's own share of the stall"
    )
    return Row(
        "longest event-loop stall while Charts and Report are prepared",
        statistics.median(prepared),
        "ms",
        50.0,
    )


def sensation_change_row(diary, plan: Plan) -> Row:
    """The Charts page's render of one sensation over the long diary, against bare matplotlib
    redrawing the same points into its existing figure (set_data + draw)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from diary_app.charts import ChartStyle
    from diary_app.domain.vocab import SENSATIONS
    from diary_app.ui.chart_render import ChartRequest
    from diary_app.ui.chart_render import render

    start = END - timedelta(days=plan.long_days - 1)
    turns = iter(range(10**6))

    def next_sensation() -> str:
        return SENSATIONS[next(turns) % len(SENSATIONS)]

    def page_change(sensation: str) -> None:
        render(diary, ChartRequest("trend", sensation, start, END, "pmol/L", ChartStyle(), 1100, 1.0))

    x = np.array([(e.day - start).days for e in diary.entries], dtype=float)
    figure = Figure(figsize=(11.0, 4.0), dpi=96.0)
    ax = figure.add_subplot()
    lines = [ax.plot(x, x * 0, linestyle="none", marker="o", markersize=1.6)[0] for _ in range(2)]
    lines += [ax.plot(x, x * 0)[0] for _ in range(2)]
    canvas = FigureCanvasAgg(figure)

    def bare_change(sensation: str) -> None:
        for index, side in enumerate(("left", "right")):
            scores = np.array([e.score(sensation, side) for e in diary.entries], dtype=float)
            lines[index].set_ydata(scores)
            lines[index + 2].set_ydata(scores)
        canvas.draw()

    bare_s = median_seconds(bare_change, plan.repeats, prepare=next_sensation)
    page_s = median_seconds(page_change, plan.repeats, prepare=next_sensation)
    return Row(
        f"Charts page, sensation change on {plan.long_days} days (build + draw)",
        page_s,
        "s",
        1.5,
        bare_s,
        "bare matplotlib redraw (set_data + draw)",
    )


def report_process_row(folder: Path, short, plan: Plan) -> Row:
    """`symptom-diary report` of the short diary in a fresh process, against the floor script's."""
    env = child_environment(folder)
    diary_path = folder / "short.sqlite"
    if not diary_path.exists():
        write_diary_file(diary_path, short)
    start = END - timedelta(days=plan.short_days - 1)
    app = [
        sys.executable,
        "-m",
        "diary_app",
        "--db",
        str(diary_path),
        "report",
        "--out",
        str(folder / "r.pdf"),
    ]
    app += ["--from", start.isoformat(), "--to", END.isoformat()]
    floor = [*_script(folder, "floor_report", FLOOR_REPORT), str(folder / "floor.pdf")]
    run_child(app, env)
    run_child(floor, env)
    app_runs, floor_runs = [], []
    for _ in range(plan.start_repeats):  # fresh processes vary more than builds in one process
        app_runs.append(run_child(app, env)[0])
        floor_runs.append(run_child(floor, env)[0])
    return Row(
        f"PDF summary, {plan.short_days} days, fresh process (symptom-diary report)",
        statistics.median(app_runs),
        "s",
        1.5,
        statistics.median(floor_runs),
        "floor script: reportlab page, 150-dpi chart, 40-row table",
    )


def preview_row(folder: Path, short, plan: Plan) -> Row:
    """The Report page's preview: its first page shown after asking, against building the same PDF."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from diary_app.commands.report import collector_paused
    from diary_app.reports import build_report
    from diary_app.storage import open_store
    from diary_app.ui.report_page import ReportPage
    from diary_app.ui.session import DiarySession

    app = QApplication.instance() or QApplication([sys.argv[0]])
    diary_path = folder / "short.sqlite"
    if not diary_path.exists():
        write_diary_file(diary_path, short)
    store = open_store(diary_path)
    noon = datetime.combine(END, datetime.min.time()).replace(hour=12)
    session = DiarySession(store, store.profiles()[0].id, clock=lambda: noon)
    page = ReportPage(session)
    page.resize(1000, 800)
    page.show()
    page.wait_until_done()
    shown: list[float] = []
    page.signals.previewed.connect(lambda *_: shown.append(time.perf_counter()))

    def first_page_seconds() -> float:
        shown.clear()
        began = time.perf_counter()
        page.refresh_preview()
        while not shown:  # the first page's signal reaches the page (after the page has shown it)
            app.processEvents()
            time.sleep(0.001)
        page.wait_until_done()
        return shown[0] - began

    request = page.request()
    out = folder / "preview-floor.pdf"

    def build_seconds() -> float:
        began = time.perf_counter()
        with collector_paused():  # as the preview's worker builds it (ui/worker_gc.py)
            build_report(request.diary, request.start, request.end, out, request.options)
        return time.perf_counter() - began

    build_seconds()  # warm-ups
    first_page_seconds()
    builds, firsts = [], []
    for _ in range(plan.repeats):  # alternating, so that a busy moment hits both alike
        builds.append(build_seconds())
        firsts.append(first_page_seconds())
    build_s = statistics.median(builds)
    page.close()
    page.deleteLater()
    QCoreApplication.processEvents()
    store.close()
    return Row(
        f"report preview, {plan.short_days} days: first page shown",
        statistics.median(firsts),
        "s",
        1.2,
        build_s,
        "building the same PDF",
    )
