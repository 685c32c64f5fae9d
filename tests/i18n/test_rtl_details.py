"""Small right-to-left details: where the "=" of the link button is drawn, file paths in messages."""

from pathlib import Path

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtGui import QTextOption

LRI, PDI = "\u2066", "\u2069"


def drawn_x(widget, text: str, index: int) -> float:
    """Where Qt draws the cursor before character `index` of `text` laid out as `widget` lays it out."""
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(widget.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.cursorToX(index)[0]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_equals_sign_of_the_link_button_starts_its_reading(open_window, language):
    """ "= Same for both legs": the sign comes first in reading order, left in English, right in Arabic."""
    window = open_window(language)
    link = window.page("entry").form.symptoms.links["tingling"]
    text = link.text()
    assert text.lstrip().startswith("=")
    sign, rest = drawn_x(link, text, 0), drawn_x(link, text, len(text))
    assert (sign > rest) is (language == "ar")


def test_a_log_path_with_arabic_folders_keeps_its_slashes():
    from diary_app.ui.main_errors import unexpected_error_text

    path = Path("/home/أمل/.local/state/symptom-diary/diary.log")
    _, text = unexpected_error_text(path)
    assert f"{LRI}{path}{PDI}" in text
