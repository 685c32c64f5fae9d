"""Appendix headers fit their columns in English and Arabic: no word is cut in the middle."""

from datetime import date

import pytest

from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import english
from diary_app.i18n import translate_function
from diary_app.reports import appendix
from diary_app.reports import evidence
from diary_app.reports import words
from diary_app.reports.context import make_styles
from diary_app.reports.fonts import ReportFonts
from diary_app.reports.shaping import Shaper

PADDING = 6  # points: the tables' left and right padding together


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_appendix_header_word_fits_its_column(language):
    translate = english if language == "en" else translate_function("ar", False)
    fonts = ReportFonts.load()
    shaper, style = Shaper(fonts), make_styles(fonts, 0).cell_bold
    sensation_width = 2 * appendix.WIDTHS[1]  # each name spans its left and right columns
    headers = [(text, sensation_width) for text in appendix.SHORT_NAMES.values()]
    others = (appendix.BACK_PAIN, appendix.GAIT, appendix.FALLS, appendix.RED_FLAG, appendix.NOTES)
    headers += list(zip(others, appendix.WIDTHS[11:], strict=False))
    for source, width in headers:
        for word in translate("Report", source).split():
            assert shaper.width(word, style.font, style.size) + PADDING <= width, (source, word)
    regular = make_styles(fonts, 0).cell
    for source in words.SHORT_SIDES.values():  # "L" and "R" (whole words in Arabic), not bold
        side = translate("Report", source)
        assert shaper.width(side, regular.font, regular.size) + PADDING <= appendix.WIDTHS[1], side


@pytest.mark.parametrize(("language", "arabic_digits"), [("en", False), ("ar", False), ("ar", True)])
def test_every_date_keeps_to_one_line_in_the_date_columns(language, arabic_digits):
    fonts = ReportFonts.load()
    shaper, style = Shaper(fonts), make_styles(fonts, 0).cell
    numbers = NumberFormat.of(language, arabic_digits)
    widest = max(
        shaper.width(numbers.day(date(2026, month, 28)), style.font, style.size) for month in range(1, 13)
    )
    assert widest + PADDING <= min(appendix.WIDTHS[0], evidence.LAB_WIDTHS[0])
