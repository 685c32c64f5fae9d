"""Language and look: translated words, Arabic digits and shaping, right-to-left legends, saved files."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ElementTree
from datetime import date
from datetime import timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from diary_app.charts import ChartStyle
from diary_app.charts import laterality_figure
from diary_app.charts import save_figure
from diary_app.charts import trend_figure
from diary_app.charts.style import FONT_FAMILY
from diary_app.charts.style import date_ticks
from diary_app.charts.style import tick_labels
from diary_app.domain.messages import NumberFormat
from tests.charts.conftest import gappy
from tests.charts.conftest import pixel_spread

ARABIC = {
    "Pain": "الألم",
    "Left leg": "الساق اليسرى",
    "Jan": "يناير",
    "Apr": "أبريل",
    "May": "مايو",
    "Jun": "يونيو",
    "Symptoms by leg": "الأعراض حسب الساق",
}


def arabic(context: str, source: str, n: int = -1) -> str:
    assert context in ("Charts", "Names")  # names of symptoms and legs are shared (domain.names)
    return ARABIC.get(source, source)


ARABIC_STYLE = ChartStyle(translate=arabic, numbers=NumberFormat(arabic_digits=True), rtl=True)


def drawn_texts(fig: Figure) -> list[str]:
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def test_words_go_through_the_translator_and_digits_follow_the_setting():
    data = gappy()
    texts = " ".join(
        drawn_texts(trend_figure(data.entries, (), (), data.start, data.end, "pain", ARABIC_STYLE))
    )
    assert "الألم" in texts and "الساق اليسرى" in texts
    assert "١٠" in texts and "٥" in texts
    assert not any(ch in "0123456789" for ch in texts)


def test_month_names_are_translated_and_time_runs_left_to_right_in_arabic():
    ticks = date_ticks(date(2026, 1, 1), date(2026, 6, 30))
    assert ticks == [date(2026, m, 1) for m in range(2, 7)]
    labels = tick_labels(ticks, timedelta(days=180), ARABIC_STYLE)
    assert "٢٠٢٦" in labels[0] and "يونيو" in labels[-1]
    data = gappy()
    ax = trend_figure(data.entries, (), (), data.start, data.end, "pain", ARABIC_STYLE).axes[0]
    left, right = ax.get_xlim()
    assert left < right and not ax.xaxis_inverted()


def legend_entry(style: ChartStyle, wanted: str) -> tuple[float, float]:
    """The x of an entry's marker and of its words on the picture."""
    data = gappy()
    fig = laterality_figure(data.entries, data.start, data.end, style)
    FigureCanvasAgg(fig).draw()
    legend = fig.legends[0]
    index = [t.get_text() for t in legend.get_texts()].index(wanted)
    marker, text = legend.legend_handles[index], legend.get_texts()[index]
    return marker.get_window_extent().x0, text.get_window_extent().x0


def test_arabic_legend_starts_on_the_right_with_markers_right_of_the_words():
    english_marker, english_words = legend_entry(ChartStyle(), "Both legs alike")
    arabic_marker, arabic_words = legend_entry(ARABIC_STYLE, "\u2068Both legs alike\u2069")
    assert english_marker < english_words
    assert arabic_marker > arabic_words
    assert arabic_words > english_words + 100  # the first entry is in the rightmost column


def ink_columns(text: str) -> np.ndarray:
    fig = Figure(figsize=(4, 1), dpi=100)
    fig.text(0.05, 0.3, ARABIC_STYLE.directed(text), fontproperties=ARABIC_STYLE.font("title"))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[:, :, 0]
    return np.where((pixels < 128).any(axis=0))[0]


def test_arabic_words_run_right_to_left_in_the_bundled_font():
    columns = ink_columns("ب     الأعراض")  # a one-letter word, then a long one
    widest_gap = np.diff(columns).argmax()
    gap_at = (columns[widest_gap] - columns[0]) / (columns[-1] - columns[0])
    assert gap_at > 0.5  # the first (short) word is drawn on the right
    assert FONT_FAMILY in ARABIC_STYLE.font().get_family()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_saved_images_exist_and_are_not_blank(tmp_path, suffix):
    data = gappy()
    path = save_figure(
        trend_figure(data.entries, data.doses, data.regimens, data.start, data.end, style=ARABIC_STYLE),
        tmp_path / f"trend{suffix}",
        dpi=60,
    )
    assert path.stat().st_size > 10_000
    if suffix == ".png":
        assert pixel_spread(path) > 5
    else:
        root = ElementTree.parse(path).getroot()
        paths = root.findall(".//{http://www.w3.org/2000/svg}path")
        assert len(paths) > 50


def test_unknown_image_format_is_refused(tmp_path):
    data = gappy()
    with pytest.raises(ValueError, match=r"\.gif"):
        save_figure(laterality_figure(data.entries, data.start, data.end), tmp_path / "chart.gif")
    assert not (tmp_path / "chart.gif").exists()


@pytest.mark.parametrize("columns", [0, 1, 2, 3])
@pytest.mark.parametrize("style", [ChartStyle(), ARABIC_STYLE], ids=["en", "ar"])
def test_the_left_legs_legend_entry_is_left_of_or_above_the_right_legs(style, columns):
    """ui.md: the left leg is on the left of the page in both directions, chart legends included."""
    data = gappy()
    fig = laterality_figure(
        data.entries, data.start, data.end, dataclasses.replace(style, legend_columns=columns)
    )
    FigureCanvasAgg(fig).draw()
    texts = {t.get_text().strip("\u2068\u2069"): t.get_window_extent() for t in fig.legends[0].get_texts()}
    left, right = texts["Left leg only"], texts["Right leg only"]
    same_column = abs(left.x1 - right.x1) < 1 if style.rtl else abs(left.x0 - right.x0) < 1
    assert (same_column and left.y0 > right.y0) or left.x1 < right.x0
