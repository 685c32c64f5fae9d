"""A chart in words, with its numbers: what a screen reader says for the picture on the Charts page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from diary_app.domain.messages import QT_TRANSLATE_NOOP, fill_placeholders

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


def tr(source: str, count: int = -1) -> str:
    """Translated; with a count, its plural form with %n written in (in the locale's digits)."""
    return QCoreApplication.translate(CONTEXT, source, None, count)


def series_words(series: str) -> str:
    if series in SERIES_WORDS:
        return tr(SERIES_WORDS[series])
    if series.startswith("lab-") and series.endswith("-outside"):
        return tr(OUTSIDE)
    return next((tr(words) for prefix, words in PREFIX_WORDS.items() if series.startswith(prefix)), series)


def chart_description(fig, locale: QLocale) -> str:
    """The figure's title, then every series with its numbers, then the words inside the panels."""
    from diary_app.charts.summary import figure_summary, panel_texts

    def number(value: float) -> str:
        return locale.toString(float(round(value, 1)), "g", 6)

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)

    parts = [fig.get_suptitle()] if fig.get_suptitle() else []
    for series in figure_summary(fig):
        name, values = series_words(series.series), series.values
        if series.panel:
            name = fill_placeholders(tr(PANEL_SERIES), [series.panel, name], False)
        period = [day(series.first_day), day(series.last_day)]
        if series.series.startswith("dose-"):
            parts.append(fill_placeholders(tr(DOSES, len(values)), period))
        elif series.bars:
            parts.append(fill_placeholders(tr(BARS), [name, number(series.total), *period]))
        else:
            parts.append(fill_placeholders(tr(LINE, len(values)), [
                name, *period, number(min(values)), number(max(values)), number(values[-1])]))
    parts += panel_texts(fig)
    return "\n".join(parts)
