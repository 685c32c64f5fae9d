"""The report's half-page charts (3.3 in wide): no words overlapping or cut off, in English and Arabic."""

from __future__ import annotations

from datetime import date
from datetime import timedelta
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from diary_app.charts import ChartStyle
from diary_app.charts import gait_figure
from diary_app.charts import labs_figure
from diary_app.charts import laterality_figure
from diary_app.charts import regions_figure
from diary_app.charts.fitting import text_width
from diary_app.charts.fitting import wrapped
from diary_app.demo import demo_diary
from diary_app.domain import LabResult
from diary_app.domain.messages import FSI
from diary_app.domain.messages import PDI
from diary_app.domain.messages import NumberFormat
from diary_app.i18n import translate_function

END = date(2026, 11, 25)
SIZES = {"gait": (3.3, 3.2), "laterality": (3.3, 2.9), "regions": (3.7, 3.4)}  # as the report places them
BUILDERS = {"gait": gait_figure, "laterality": laterality_figure, "regions": regions_figure}


def narrow_style(language: str, width: float) -> ChartStyle:
    arabic = language == "ar"
    return ChartStyle(
        translate=translate_function(language),
        numbers=NumberFormat(arabic_digits=arabic),
        rtl=arabic,
        width=width,
        legend_columns=2,
    )


def drawn_words(fig) -> list:
    """Every visible, non-empty text of the drawn figure with the box its letters can reach.

    The bundled font's line box is 2.1 em tall (1.37 em above the baseline, 0.74 below, room for any
    Arabic mark); letters and marks stay within 1.1 em above and 0.5 em below, so each line's box is
    trimmed to that before comparing.
    """
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    hidden = {
        id(label)
        for ax in fig.axes
        for axis in (ax.xaxis, ax.yaxis)
        for tick in axis.get_major_ticks() + axis.get_minor_ticks()
        if not ax.axison or not _between(tick.get_loc(), *axis.get_view_interval())
        for label in (tick.label1, tick.label2)
    }
    texts = {
        id(t): t
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip(f" {FSI}{PDI}") and id(t) not in hidden
    }
    words = []
    for text in texts.values():
        box = text.get_window_extent(renderer)
        em = text.get_fontsize() * fig.dpi / 72
        words.append((text.get_text(), Bbox([[box.x0, box.y0 + 0.24 * em], [box.x1, box.y1 - 0.27 * em]])))
    return words


def _between(value: float, low: float, high: float) -> bool:
    return min(low, high) - 1e-9 <= value <= max(low, high) + 1e-9


def overlapping(words) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes share more than a pixel in both directions."""
    found = []
    for (text_a, a), (text_b, b) in combinations(words, 2):
        across = min(a.x1, b.x1) - max(a.x0, b.x0)
        down = min(a.y1, b.y1) - max(a.y0, b.y0)
        if across > 1 and down > 1:
            found.append((text_a, text_b))
    return found


@pytest.fixture(scope="module")
def diaries():
    return {days: demo_diary(days, "symmetric", end=END) for days in (90, 365)}


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("name", ["gait", "laterality", "regions"])
@pytest.mark.parametrize("days", [90, 365])
def test_half_page_charts_have_no_overlapping_or_clipped_words(diaries, language, name, days):
    width, height = SIZES[name]
    start = END - timedelta(days=days - 1)
    fig = BUILDERS[name](diaries[days].entries, start, END, narrow_style(language, width))
    fig.set_size_inches(width, height)
    words = drawn_words(fig)
    assert len(words) > 8
    assert overlapping(words) == []
    page = fig.bbox
    clipped = [
        text
        for text, box in words
        if box.x0 < page.x0 - 1 or box.x1 > page.x1 + 1 or box.y0 < page.y0 - 1 or box.y1 > page.y1 + 1
    ]
    assert clipped == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_half_page_lab_chart_keeps_its_legend_inside_in_two_columns(language):
    start = END - timedelta(days=364)
    labs = [
        LabResult(start + timedelta(days=day), "b12", value, "pg/mL", 200, 900)
        for day, value in ((10, 150), (100, 420), (200, 610), (330, 700))
    ]
    fig = labs_figure(labs, start, END, narrow_style(language, 3.7))
    fig.set_size_inches(3.7, 2.3)
    words = drawn_words(fig)
    assert overlapping(words) == []
    assert all(fig.bbox.x0 - 1 <= box.x0 and box.x1 <= fig.bbox.x1 + 1 for _text, box in words)
    assert fig.legends[0]._ncols == 2


def test_narrow_gait_chart_shows_levels_as_numbers_with_their_words_in_a_key(diaries):
    style = narrow_style("ar", 3.3)
    fig = gait_figure(diaries[90].entries, END - timedelta(days=89), END, style)
    gait_ax = fig.axes[0]
    assert [t.get_text().strip(FSI + PDI) for t in gait_ax.get_yticklabels()] == ["٠", "٢", "٤"]
    key = fig.legends[0].get_title().get_text()
    assert "طبيعي" in key and "٤" in key and key.count("\n") >= 1
    wide = gait_figure(diaries[90].entries, END - timedelta(days=89), END, narrow_style("ar", 6.5))
    assert "طبيعي" in [t.get_text().strip(FSI + PDI) for t in wide.axes[0].get_yticklabels()]


@pytest.mark.parametrize("rtl", [False, True])
def test_wrapped_lines_fit_the_width_and_keep_every_word(rtl):
    style = ChartStyle(rtl=rtl)
    text = style.directed("Seen from behind: share of logged days (83) with symptoms in each place")
    lines = wrapped(text, style.font("note"), 2.0).split("\n")
    assert len(lines) >= 2
    assert all(text_width(line, style.font("note")) <= 2.0 for line in lines)
    assert " ".join(line.strip(FSI + PDI) for line in lines) == text.strip(FSI + PDI)
    assert all(line.startswith(FSI) == rtl for line in lines)


def test_a_narrow_window_draws_the_narrow_layout(diaries):
    from diary_app.ui.chart_render import SCREEN_DPI
    from diary_app.ui.chart_render import ChartRequest
    from diary_app.ui.chart_render import render

    start = END - timedelta(days=89)
    request = ChartRequest("gait", "all", start, END, "pg/mL", narrow_style("en", 6.5), width_px=400)
    fig, image = render(diaries[90], request)
    assert fig.get_figwidth() == pytest.approx(400 / SCREEN_DPI)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["0", "2", "4"]
    assert image.width() == 400
    wide, _image = render(
        diaries[90], ChartRequest("gait", "all", start, END, "pg/mL", narrow_style("en", 6.5), width_px=900)
    )
    assert "Normal" in [t.get_text() for t in wide.axes[0].get_yticklabels()]
