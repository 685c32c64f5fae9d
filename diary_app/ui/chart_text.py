"""A chart in words, with its numbers: what a screen reader says for the picture on the Charts page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.ui.date_edit import day_words

CONTEXT = "ChartText"
SERIES_WORDS = {
    "days-left": QT_TRANSLATE_NOOP("ChartText", "left leg, each day"),
    "days-right": QT_TRANSLATE_NOOP("ChartText", "right leg, each day"),
    "mean-left": QT_TRANSLATE_NOOP("ChartText", "left leg, mean of 7 days"),
    "mean-right": QT_TRANSLATE_NOOP("ChartText", "right leg, mean of 7 days"),
    "gait-days": QT_TRANSLATE_NOOP("ChartText", "walking, each day"),
    "gait": QT_TRANSLATE_NOOP("ChartText", "walking, mean of 7 days"),
    "walk": QT_TRANSLATE_NOOP("ChartText", "timed 10-metre walk, seconds"),
    "falls": QT_TRANSLATE_NOOP("ChartText", "falls"),
    "symmetric": QT_TRANSLATE_NOOP("ChartText", "days with both legs alike"),
    "asymmetric": QT_TRANSLATE_NOOP("ChartText", "days with both legs, one stronger"),
    "left_only": QT_TRANSLATE_NOOP("ChartText", "days with the left leg only"),
    "right_only": QT_TRANSLATE_NOOP("ChartText", "days with the right leg only"),
    "no_symptoms": QT_TRANSLATE_NOOP("ChartText", "days without symptoms"),
}
PREFIX_WORDS = {  # ids that end in a form or a test: "lab-b12", "lab-b12-outside"
    "lab-": QT_TRANSLATE_NOOP("ChartText", "results"),
}
OUTSIDE = QT_TRANSLATE_NOOP("ChartText", "results outside the reference range")
PANEL_SERIES = QT_TRANSLATE_NOOP("ChartText", "%1, %2")  # the panel's title, the series
LINE = QT_TRANSLATE_NOOP("ChartText", "%1, from %2 to %3 (values: %n): lowest %4, highest %5, last %6.")
BARS = QT_TRANSLATE_NOOP("ChartText", "%1: %2 in all, from %3 to %4.")
DOSES = QT_TRANSLATE_NOOP("ChartText", "Doses marked: %n, from %1 to %2.")


def translated(source: str, count: int = -1) -> str:
    """Translated; with a count, its plural form with %n written in (in the locale's digits)."""
    return QCoreApplication.translate(CONTEXT, source, None, count)


def series_words(series: str) -> str:
    if series in SERIES_WORDS:
        return translated(SERIES_WORDS[series])
    if series.startswith("lab-") and series.endswith("-outside"):
        return translated(OUTSIDE)
    prefixed = (words for prefix, words in PREFIX_WORDS.items() if series.startswith(prefix))
    return translated(next(prefixed, series))


def number_text(value: float, locale: QLocale) -> str:
    return locale.toString(float(round(value, 1)), "g", 6)


def day_text(value: date, locale: QLocale) -> str:
    return day_words(value, locale)


def chart_description(fig, locale: QLocale, summary: list | None = None) -> str:
    """The figure's title, then every series with its numbers, then the words inside the panels
    (`summary`: the figure's figure_summary when the caller has it already)."""
    from diary_app.charts.summary import figure_summary
    from diary_app.charts.summary import panel_texts

    def number(value: float) -> str:
        return number_text(value, locale)

    def day(value: date | None) -> str:
        return "" if value is None else day_text(value, locale)

    parts = [fig.get_suptitle()] if fig.get_suptitle() else []
    for series in figure_summary(fig) if summary is None else summary:
        name, values = series_words(series.series), series.values
        if series.panel:
            name = fill_placeholders(translated(PANEL_SERIES), [series.panel, name], False)
        period = [day(series.first_day), day(series.last_day)]
        if series.series.startswith("dose-"):
            parts.append(fill_placeholders(translated(DOSES, len(values)), period))
        elif series.bars:
            parts.append(fill_placeholders(translated(BARS), [name, number(series.total), *period]))
        else:
            parts.append(
                fill_placeholders(
                    translated(LINE, len(values)),
                    [name, *period, number(min(values)), number(max(values)), number(values[-1])],
                )
            )
    parts += panel_texts(fig)
    return "\n".join(parts)


NUMBERS_HEADERS = (
    QT_TRANSLATE_NOOP("ChartText", "Panel"),
    QT_TRANSLATE_NOOP("ChartText", "Series"),
    QT_TRANSLATE_NOOP("ChartText", "From"),
    QT_TRANSLATE_NOOP("ChartText", "To"),
    QT_TRANSLATE_NOOP("ChartText", "Values"),
    QT_TRANSLATE_NOOP("ChartText", "Lowest"),
    QT_TRANSLATE_NOOP("ChartText", "Highest"),
    QT_TRANSLATE_NOOP("ChartText", "Last"),
    QT_TRANSLATE_NOOP("ChartText", "Total"),
)


class ChartNumbers(QTableWidget):
    """The shown chart's numbers as a table, one row per series: for reading, copying, a screen reader."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(NUMBERS_HEADERS), parent)
        self.setHorizontalHeaderLabels([translated(header) for header in NUMBERS_HEADERS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(translated("The chart's numbers"))

    def show_figure(self, fig, locale: QLocale, summary: list | None = None) -> None:
        from diary_app.charts.summary import figure_summary

        rows = figure_summary(fig) if summary is None else summary
        self.setRowCount(len(rows))
        for row, series in enumerate(rows):
            for column, text in enumerate(_cells(series, locale)):
                self.setItem(row, column, QTableWidgetItem(text))

    def clear_rows(self) -> None:
        self.setRowCount(0)


def _cells(series, locale: QLocale) -> list[str]:
    values = series.values
    numbers = [number_text(value, locale) for value in (min(values), max(values), values[-1])]
    return [
        series.panel,
        series_words(series.series),
        day_text(series.first_day, locale),
        day_text(series.last_day, locale),
        locale.toString(len(values)),
        *numbers,
        number_text(series.total, locale) if series.bars else "",
    ]
