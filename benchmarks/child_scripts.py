"""Scripts run in fresh processes by benchmarks/page_rows.py; each prints one JSON line of results."""

from __future__ import annotations

# argv: diary file, profile id, "cold", "during" or "prepared". The Charts page opened on a ten-year diary
# (last 4 weeks, all five sensations) until its picture is shown, as the window opens it: from the
# window's state at its first paint (the entry page built and shown, Charts in a hidden tab), its tab
# made current, its page built (module imported when cold) and shown. "prepared": after PagePreparer,
# which imports the module and builds the page in its hidden tab, drawing its picture in the background.
# "during": as the preparation of Charts and Report starts (a click right after the window appears).
CHARTS_OPEN = """\
import json, sys, time
from diary_app.ui.feature_hook import skip_loaded_modules
skip_loaded_modules()  # as the window's start (app.run_app) does before the window is made
from PySide6.QtWidgets import QApplication, QTabWidget
app = QApplication([sys.argv[0]])
from diary_app.storage import open_store
from diary_app.ui.main_pages import PageSlot
from diary_app.ui.page_registry import PAGES
from diary_app.ui.session import DiarySession
store = open_store(sys.argv[1])
session = DiarySession(store, int(sys.argv[2]))
charts = next(spec for spec in PAGES if spec.name == "charts")
entry = next(spec for spec in PAGES if spec.name == "entry")
tabs = QTabWidget()  # the window's pages: the entry page shown, Charts in a hidden tab
entry_slot = PageSlot(entry, session)
tabs.addTab(entry_slot, "Day entry")
entry_slot.load()  # what the window's start has loaded and built when its first paint shows it
slot = PageSlot(charts, session)
tabs.addTab(slot, "Charts")
tabs.resize(1104, 800)
tabs.show()
app.processEvents()
if sys.argv[3] == "during":  # clicked as the window's preparation of Charts and Report starts
    from diary_app.ui.page_preparer import PagePreparer
    report = next(spec for spec in PAGES if spec.name == "report")
    tabs.addTab(PageSlot(report, session), "Report")
    PagePreparer([charts, report], tabs).start()
if sys.argv[3] == "prepared":
    from diary_app.ui.page_preparer import PagePreparer
    preparer = PagePreparer([charts], tabs)
    preparer.start()
    preparer.wait()
    app.processEvents()  # the page is built in its hidden tab and draws in the background
    if slot.page is not None:
        slot.page.pool.waitForDone()
        app.processEvents()
began = time.perf_counter()
tabs.setCurrentWidget(slot)
page = slot.load()
page.wait_until_drawn()
seconds = time.perf_counter() - began
assert page.view.figure is not None, "no chart was drawn"
print(json.dumps({"seconds": seconds}))
tabs.close()
store.close()
"""

# argv: benchmarks folder, days of the diary. The floor of the same first opening: import matplotlib
# and numpy, draw the same five panels of the last 4 weeks (matplotlib defaults) to an Agg canvas.
BARE_CHARTS_OPEN = """\
import json, sys, time
from datetime import date, timedelta
from types import SimpleNamespace
sys.path.insert(0, sys.argv[1])
from data import daily_diary
from run import END, bare_trend
diary = daily_diary(int(sys.argv[2]), END, seed=7)
start = END - timedelta(days=27)
shown = SimpleNamespace(
    entries=[e for e in diary.entries if e.day >= start], doses=[d for d in diary.doses if d.day >= start]
)
began = time.perf_counter()
from matplotlib.backends.backend_agg import FigureCanvasAgg
FigureCanvasAgg(bare_trend(shown, start, (11.0, 7.0), 96.0)).draw()
print(json.dumps({"seconds": time.perf_counter() - began}))
"""

# argv: "prepare" or "idle", diary file and profile id (prepare) or seconds (idle). A shown window with
# a 5 ms timer; the longest gap between two ticks while PagePreparer imports Charts and Report, builds
# the Charts page in its hidden tab and draws it, and loads the diary's writer (or while idle as long).
STALL = """\
import json, sys, time
from diary_app.ui.feature_hook import skip_loaded_modules
skip_loaded_modules()  # as the window's start (app.run_app) does
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication([sys.argv[0]])
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QLabel("Symptom diary"), "Day entry")
window.setCentralWidget(tabs)
window.resize(1104, 800)
window.show()
ticks = []
timer = QTimer(interval=5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
if sys.argv[1] == "prepare":
    from diary_app.storage import open_store
    from diary_app.ui.main_pages import PageSlot
    from diary_app.ui.page_registry import PAGES
    from diary_app.ui.page_preparer import PagePreparer
    from diary_app.ui.session import DiarySession
    store = open_store(sys.argv[2])
    session = DiarySession(store, int(sys.argv[3]))
    slots = {spec.name: PageSlot(spec, session) for spec in PAGES if spec.heavy}
    for name, slot in slots.items():
        tabs.addTab(slot, name)
    preparer = PagePreparer(PAGES, window)
    wanted = {spec.name for spec in PAGES if spec.heavy}
    charts = slots["charts"]

    def finished():  # the pages, the Charts page's picture, then the diary's writer (sqlite_utils)
        drawn = charts.page is not None and not charts.page.is_busy()
        return preparer.done >= wanted and drawn and "sqlite_utils" in sys.modules

    watch = QTimer(interval=10)
    watch.timeout.connect(lambda: finished() and QTimer.singleShot(20, app.quit))
    QTimer.singleShot(100, preparer.start)
    QTimer.singleShot(100, watch.start)
else:
    QTimer.singleShot(100 + round(float(sys.argv[2]) * 1000), app.quit)
QTimer.singleShot(50, timer.start)
app.exec()
gaps = [b - a for a, b in zip(ticks, ticks[1:])]
print(json.dumps({"longest_ms": max(gaps) * 1000, "seconds": ticks[-1] - ticks[0], "ticks": len(ticks)}))
"""

# argv: the PDF to write. The floor of a report: one A4 page made with reportlab holding one
# matplotlib chart drawn at 150 dpi (90 days, two lines) and a 40-row table.
FLOOR_REPORT = """\
import io, sys
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Image, SimpleDocTemplate, Table, TableStyle
figure = Figure(figsize=(6.5, 2.6), dpi=150)
ax = figure.add_subplot()
days = list(range(90))
ax.plot(days, [(d * 7) % 11 for d in days], marker="o", markersize=2)
ax.plot(days, [(d * 5) % 9 for d in days], marker="o", markersize=2)
png = io.BytesIO()
FigureCanvasAgg(figure).print_png(png)
png.seek(0)
rows = [["day", "left", "right", "walking", "notes"]]
rows += [
    [f"2026-01-{1 + i % 28:02d}", str(i % 11), str(i % 9), str(i % 5), "felt the same"] for i in range(40)
]
table = Table(rows, repeatRows=1)
table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7)]))
story = [Image(png, width=16 * cm, height=6.4 * cm), table]
SimpleDocTemplate(sys.argv[1], pagesize=A4, topMargin=1 * cm, bottomMargin=1 * cm).build(story)
"""
