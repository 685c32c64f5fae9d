"""One date format per language: the window's date edits and tables and the PDF write a day alike."""

import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import QLocale

from diary_app.commands.screenshot import wait_for_page
from diary_app.domain.dates import MONTHS
from diary_app.reports import build_report
from diary_app.ui.history_model import DAY_ROLE

MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return MARKS.sub("", unicodedata.normalize("NFC", text))


def history_day_text(window, day) -> str:
    window.show_page("history")
    model = window.page("history").model
    while model.canFetchMore():
        model.fetchMore()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return next(str(index.data()) for index in rows if index.data(DAY_ROLE) == day)


def entry_day_text(window, day) -> str:
    window.show_page("entry")
    edit = window.page("entry").date_edit
    edit.setDate(QDate(day))
    return edit.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize(("language", "arabic_digits"), [("en", False), ("ar", False), ("ar", True)])
def test_the_window_and_the_report_write_a_day_alike(
    open_window,
    store,
    demo_profile,
    tmp_path,
    language,
    arabic_digits,
):
    window = open_window(language, arabic_digits)
    window.show_page("report")
    report = window.page("report")
    wait_for_page(report)
    start, end = report.period()
    texts = (report.start_edit.text(), report.end_edit.text())
    assert entry_day_text(window, start) == texts[0]
    assert history_day_text(window, start).startswith(texts[0])  # "(red flag)" may follow
    month = QLocale().monthName(start.month, QLocale.FormatType.ShortFormat)
    assert month == MONTHS[language][start.month - 1] and month in texts[0]
    assert bool(re.search("[٠-٩]", texts[0])) is arabic_digits

    out = tmp_path / "report.pdf"
    build_report(store.load_diary(demo_profile.id), start, end, out, report.options())
    printed = pdf_text(out)
    if language == "en":
        assert f"{texts[0]} to {texts[1]}" in " ".join(printed.split())
    else:  # pdftotext drops the space between a number and the Arabic month after it (docs/bidi.md)
        assert all("".join(text.split()) in "".join(printed.split()) for text in texts)
