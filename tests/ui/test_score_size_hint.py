"""The score control's remembered size follows font and language changes (layouts ask it often)."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from diary_app.i18n import load_app_translator
from diary_app.ui.score_input import LEFT_COLOUR
from diary_app.ui.score_input import ScoreInput


def fresh_size(qtbot, font: QFont | None = None):
    control = ScoreInput(LEFT_COLOUR)
    qtbot.addWidget(control)
    if font is not None:
        control.setFont(font)
    return control.sizeHint()


def test_a_larger_font_gives_a_larger_size(qtbot):
    control = ScoreInput(LEFT_COLOUR)
    qtbot.addWidget(control)
    before = control.sizeHint()
    font = QFont(control.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    control.setFont(font)
    assert control.sizeHint().width() > before.width()
    assert control.sizeHint() == fresh_size(qtbot, font=font)


def test_a_new_language_is_measured_again(qtbot):
    control = ScoreInput(LEFT_COLOUR)
    qtbot.addWidget(control)
    english = control.sizeHint()
    translator = load_app_translator("ar")
    QApplication.installTranslator(translator)  # posts LanguageChange: "None" is now Arabic
    try:
        QApplication.processEvents()
        assert control.none_text() != "None"
        assert control.sizeHint() == fresh_size(qtbot)
        assert control.sizeHint() != english
    finally:
        QApplication.removeTranslator(translator)


def test_a_new_maximum_is_measured_again(qtbot):
    control = ScoreInput(LEFT_COLOUR)
    qtbot.addWidget(control)
    ten = control.sizeHint()
    control.setMaximum(4)
    assert control.sizeHint().width() < ten.width()
