"""The charts page: switches period, figure and sensation from the keyboard, hovers, saves pictures."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from diary_app.charts.style import EPOCH_ORDINAL
from diary_app.demo import demo_diary
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry
from tests.ui.conftest import fixed_clock


@pytest.fixture
def demo_session(qapp, store, app_settings):
    from diary_app.ui.session import DiarySession

    store.import_diaries([demo_diary(400, "mixed", seed=4, end=TODAY, name="Demo")])
    made = DiarySession(store, store.profile_named("Demo").id, app_settings, clock=fixed_clock)
    yield made
    made.undo_stack.clear()


@pytest.fixture
def page(qtbot, demo_session):
    from diary_app.ui.charts_page import ChartsPage

    shown = ChartsPage(demo_session)
    qtbot.addWidget(shown)
    shown.resize(900, 650)
    shown.show()
    qtbot.waitExposed(shown)
    drawn(qtbot, shown)
    yield shown
    shown.pool.waitForDone()


def drawn(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.is_busy())


def picture_spread(page) -> float:
    image = page.view.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return float(pixels.std())


def choose(qtbot, box, key) -> None:
    """Picks an item of a combo box with the keyboard: focus, then Up/Down until it is shown."""
    box.setFocus()
    target = box.findData(key)
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up)


def test_first_picture_is_the_trend_of_the_last_four_weeks(page):
    assert page.request.figure == "trend" and page.request.sensation == "all"
    assert (page.request.start, page.request.end) == (TODAY - timedelta(days=27), TODAY)
    assert [ax.get_gid() for ax in page.view.figure.axes] == [
        "tingling",
        "numbness",
        "burning",
        "pain",
        "weakness",
    ]
    assert picture_spread(page) > 5


def test_period_switches_with_the_keyboard(qtbot, page):
    choose(qtbot, page.period_box, "1y")
    drawn(qtbot, page)
    assert page.request.start == TODAY - timedelta(days=364)
    choose(qtbot, page.period_box, "all")
    drawn(qtbot, page)
    assert page.request.start == TODAY - timedelta(days=399)
    assert not page.start_edit.isVisible()
    choose(qtbot, page.period_box, "custom")
    assert page.start_edit.isVisible() and page.end_edit.isVisible()


def test_sensation_switches_with_the_keyboard_and_only_shows_for_the_trend(qtbot, page):
    choose(qtbot, page.sensation_box, "pain")
    drawn(qtbot, page)
    assert [ax.get_gid() for ax in page.view.figure.axes] == ["pain"]
    qtbot.keyClick(page, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # C&hart
    assert page.figure_box.hasFocus()
    choose(qtbot, page.figure_box, "laterality")
    drawn(qtbot, page)
    assert page.request.figure == "laterality"
    assert not page.sensation_box.isVisible()
    assert picture_spread(page) > 5


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")  # the tooltip, offscreen
def test_hovering_a_trend_panel_names_the_day_and_its_scores(qtbot, page):
    choose(qtbot, page.sensation_box, "tingling")
    drawn(qtbot, page)
    ax = page.view.figure.axes[0]
    entry = next(e for e in reversed(page.diary().entries) if e.day <= TODAY - timedelta(days=3))
    x_pixels, y_pixels = ax.transData.transform((entry.day.toordinal() - EPOCH_ORDINAL, 5))
    ratio = page.view.pixmap().devicePixelRatio()
    left = (page.view.width() - page.view.pixmap().width() / ratio) / 2
    spot = QPoint(round(left + x_pixels / ratio), round((page.view.pixmap().height() - y_pixels) / ratio))
    qtbot.mouseMove(page.view, spot)
    qtbot.waitUntil(lambda: page.hover_text != "")
    scores = entry.symptoms["tingling"]
    assert f"left leg {scores.left}, right leg {scores.right}" in page.hover_text
    assert "Pins and needles" in page.hover_text


def test_a_new_entry_redraws_the_chart(qtbot, page, demo_session):
    choose(qtbot, page.period_box, "custom")
    page.start_edit.setDate(TODAY + timedelta(days=1))
    page.end_edit.setDate(TODAY + timedelta(days=3))
    drawn(qtbot, page)
    assert page.view.figure.axes == []  # "No entries in this period"
    demo_session.store.save_entry(
        demo_session.profile_id, day_entry(TODAY + timedelta(days=2), 5, 1), today=TODAY + timedelta(days=2)
    )
    demo_session.notify_changed()
    drawn(qtbot, page)
    assert len(page.view.figure.axes) == 5


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_save_image_writes_a_picture(page, tmp_path, suffix):
    saved = page.save_image(tmp_path / f"chart{suffix}")
    assert saved.exists() and saved.stat().st_size > 10_000
    if suffix == ".png":
        image = QImage(str(saved)).convertToFormat(QImage.Format.Format_Grayscale8)
        pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
        assert pixels.std() > 5
    else:
        assert "<svg" in saved.read_text(encoding="utf-8")[:500]


def test_the_chart_is_described_with_its_numbers(qtbot, page, demo_session):
    from PySide6.QtGui import QAccessible

    from diary_app.charts.summary import figure_summary
    from diary_app.domain.messages import strip_isolates

    def heard() -> str:
        node = QAccessible.queryAccessibleInterface(page.scroll_area)
        return strip_isolates(node.text(QAccessible.Text.Description))

    summary = figure_summary(page.view.figure)
    assert {"days-left", "days-right", "mean-left", "mean-right"} <= {s.series for s in summary}
    assert "left leg, each day" in heard() and "right leg, mean of 7 days" in heard()
    left = next(s for s in summary if s.series == "days-left")
    number = page.locale().toString(float(max(left.values)), "g", 6)
    count = page.locale().toString(len(left.values))
    assert f"{left.panel}, left leg, each day, from" in heard() and f"(values: {count})" in heard()
    assert f"highest {number}" in heard()
    choose(qtbot, page.figure_box, "laterality")
    drawn(qtbot, page)
    assert "in all" in heard() and "days with" in heard()


def test_the_numbers_show_as_a_table_on_request(qtbot, page):
    from diary_app.charts.summary import figure_summary

    assert page.numbers.isHidden()
    page.numbers_button.setFocus()
    qtbot.keyClick(page.numbers_button, Qt.Key.Key_Space)
    assert page.numbers.isVisible()
    summary = figure_summary(page.view.figure)
    assert page.numbers.rowCount() == len(summary) > 4
    first = summary[0]
    cells = [page.numbers.item(0, column).text() for column in range(page.numbers.columnCount())]
    assert cells[0] == first.panel and cells[4] == page.locale().toString(len(first.values))
    assert cells[6] == page.locale().toString(float(round(max(first.values), 1)), "g", 6)


def test_the_page_reads_only_the_period_shown_and_draws_what_the_whole_diary_gives(qtbot, page, demo_session):
    from diary_app.ui.chart_render import render

    start = TODAY - timedelta(days=27)
    assert all(start <= e.day <= TODAY for e in page.diary().entries)
    assert all(start <= d.day <= TODAY for d in page.diary().doses)
    whole = demo_session.store.load_diary(demo_session.profile_id)
    assert render(whole, page.request)[1] == render(page.diary(), page.request)[1]
    choose(qtbot, page.period_box, "1y")
    drawn(qtbot, page)
    assert min(e.day for e in page.diary().entries) == TODAY - timedelta(days=364)
    assert render(whole, page.request)[1] == render(page.diary(), page.request)[1]


def test_the_picture_shown_holds_the_pixels_matplotlib_drew(page, demo_session):
    from diary_app.ui.chart_render import render

    fig, image = render(demo_session.store.load_diary(demo_session.profile_id), page.request)
    drawn_pixels = np.asarray(fig.canvas.buffer_rgba())  # the canvas render() drew on
    shown = page.view.pixmap().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    assert (shown.width(), shown.height()) == (drawn_pixels.shape[1], drawn_pixels.shape[0])
    rows = np.frombuffer(shown.constBits(), dtype=np.uint8, count=shown.sizeInBytes())
    rows = rows.reshape(shown.height(), shown.bytesPerLine())[:, : shown.width() * 4]
    assert np.array_equal(rows.reshape(drawn_pixels.shape), drawn_pixels)
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied  # the pixmap's own: no conversion
