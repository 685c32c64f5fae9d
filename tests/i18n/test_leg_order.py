"""Right to left done right: the left leg on the left of the screen and the page in both languages,
and dates and times that read in order in Arabic."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QDate
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtGui import QTextLayout
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QTimeEdit

from diary_app.charts.style import ChartStyle
from diary_app.charts.trend import trend_figure
from diary_app.demo import demo_diary
from diary_app.domain import names as names_table
from diary_app.domain.vocab import SENSATIONS
from diary_app.i18n import translate_function
from diary_app.reports import ReportOptions
from diary_app.reports import build_report
from diary_app.ui.history_model import COLUMN_LEFT
from diary_app.ui.history_model import COLUMN_RIGHT
from diary_app.ui.history_model import DAY_ROLE
from tests.i18n import test_arabic_window as arabic_window

NOW = arabic_window.NOW

LANGUAGES = ("en", "ar")
ARABIC = re.compile("[\u0600-\u06ff]")


def screen_x(widget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).x()


@pytest.mark.parametrize("language", LANGUAGES)
def test_score_grid_puts_the_left_leg_on_the_left(open_window, language):
    window = open_window(language)
    symptoms = window.entry_page().findChild(type(window.entry_page().form.symptoms))
    assert window.isRightToLeft() == (language == "ar")
    assert screen_x(symptoms.headers["left"]) < screen_x(symptoms.headers["right"])
    for sensation in SENSATIONS:
        left, right = symptoms.inputs[(sensation, "left")], symptoms.inputs[(sensation, "right")]
        assert screen_x(left) < screen_x(right), sensation


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_puts_the_left_leg_column_on_the_left(open_window, qtbot, language):
    window = open_window(language)
    page = window.page("history")
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    left = table.visualRect(model.index(0, model.column(COLUMN_LEFT)))
    right = table.visualRect(model.index(0, model.column(COLUMN_RIGHT)))
    assert table.isRightToLeft() == (language == "ar")
    assert left.x() < right.x()


def word_boxes(pdf, page: int) -> list[tuple[str, float, float]]:
    """(word, left edge, top) of every word pdftotext finds on a page (with -bbox it gives
    right-to-left words in drawing order, so they are turned back)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return [(word[::-1] if ARABIC.search(word) else word, float(x), float(y)) for x, y, word in found]


def word_positions(pdf, page: int) -> list[tuple[str, float]]:
    return [(word, x) for word, x, _ in word_boxes(pdf, page)]


HEADER_WORDS = {"الساق", "اليسرى", "اليمنى", "الإحساس", "Left", "Right", "leg", "Sensation"}


def header_row(pdf, page: int, left_word: str, right_word: str) -> list[tuple[str, float]]:
    """The words of the first line holding both leg names and nothing else (a table's header, not
    a sentence such as "At a glance" that names both legs)."""
    lines: dict[int, list[tuple[str, float]]] = {}
    for word, x, y in word_boxes(pdf, page):
        lines.setdefault(round(y), []).append((word, x))
    for _, words in sorted(lines.items()):
        found = {word for word, _ in words}
        if {left_word, right_word} <= found <= HEADER_WORDS:
            return words
    return []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("language", LANGUAGES)
def test_report_tables_put_the_left_leg_on_the_left(tmp_path, language):
    diary = demo_diary(60, end=NOW.date())
    options = ReportOptions(
        language=language,
        translate=translate_function(language, arabic_digits=False),
        made_on=NOW.date(),
        appendix=True,
    )
    path = tmp_path / "report.pdf"
    result = build_report(diary, NOW.date() - timedelta(days=59), NOW.date(), path, options)
    left_word, right_word = ("اليسرى", "اليمنى") if language == "ar" else ("Left", "Right")
    words = header_row(path, 1, left_word, right_word)  # the key figures' leg headers
    lefts = [x for word, x in words if word == left_word]
    rights = [x for word, x in words if word == right_word]
    assert lefts and rights and min(lefts) < min(rights)  # the key figures' leg headers
    appendix = word_positions(path, result.summary_pages + 1)
    short = ("يسرى", "يمنى") if language == "ar" else ("L", "R")
    first_left = next(x for word, x in appendix if word == short[0])
    first_right = next(x for word, x in appendix if word == short[1])
    assert first_left < first_right  # the first sensation's pair in the daily log


@pytest.mark.parametrize("rtl", [False, True])
def test_trend_legend_puts_the_left_leg_on_the_left(rtl):
    diary = demo_diary(30, end=NOW.date())
    language = "ar" if rtl else "en"
    style = ChartStyle(translate=translate_function(language, arabic_digits=False), rtl=rtl)
    figure = trend_figure(
        diary.entries, diary.doses, diary.regimens, NOW.date() - timedelta(days=29), NOW.date(), style=style
    )
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    legend = figure.legends[0]
    isolates = "\u2068\u2069"
    names = {style.render(names_table.leg(side)).strip(isolates): side for side in ("left", "right")}
    x = {
        names[t.get_text().strip(isolates)]: t.get_window_extent(renderer).x0
        for t in legend.get_texts()
        if t.get_text().strip(isolates) in names
    }
    assert x["left"] < x["right"]


def shown_in_order(edit) -> bool:
    """The edit's text is the value written in its own format, drawn left to right."""
    value = edit.dateTime()
    return edit.layoutDirection() == Qt.LayoutDirection.LeftToRight and edit.text() == edit.locale().toString(
        value, edit.displayFormat()
    )


def test_date_and_time_edits_read_in_order_in_arabic(open_window):
    window = open_window("ar")
    for name in window.page_names():
        if name != "report":  # it would start building a preview that outlives the test
            window.page(name)
    edits = window.findChildren(QDateTimeEdit)
    assert len(edits) >= 5  # day of the entry, history period, reminder times…
    assert all(shown_in_order(edit) for edit in edits), [e.text() for e in edits if not shown_in_order(e)]
    times = [edit for edit in edits if isinstance(edit, QTimeEdit)]
    times[0].setTime(QTime(20, 0))
    digits = "".join(char for char in times[0].text() if char.isdigit())
    assert [int(d) for d in digits] == [2, 0, 0, 0]


def test_window_title_is_all_in_the_windows_language(open_window):
    window = open_window("ar")
    name = QApplication.applicationDisplayName()
    assert name == "يوميات الأعراض"
    assert window.windowTitle().endswith(name)  # so the window system appends nothing English


def drawn_order(widget, text: str, direction) -> str:
    """`text` as Qt lays it out in `direction`, visible characters from left to right."""
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    placed = []
    for run in layout.glyphRuns(0, len(text), flags.RetrieveGlyphPositions | flags.RetrieveStringIndexes):
        placed += [
            (point.x(), index) for point, index in zip(run.positions(), run.stringIndexes(), strict=True)
        ]
    return "".join(text[index] for _, index in sorted(placed) if text[index] not in "\u200e\u200f\u061c")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_day_looks_the_same_in_the_date_edit_and_in_the_history(open_window, qtbot, language):
    window = open_window(language)
    history = window.page("history")
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    model = history.model
    cell = model.index(0, model.column("date"))
    day = model.data(cell, DAY_ROLE)
    edit = window.entry_page().date_edit
    edit.setDate(QDate(day))
    in_table = drawn_order(history.table, model.data(cell), history.table.layoutDirection())
    in_edit = drawn_order(edit, edit.text(), edit.layoutDirection())
    assert in_edit == in_table
