"""Pseudo-translation (SYMPTOM_DIARY_PSEUDO=1): long reversed text with intact placeholders everywhere."""

import re

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from diary_app.domain.messages import Message
from diary_app.domain.messages import fill_placeholders
from diary_app.i18n import PseudoTranslator
from diary_app.i18n import load_app_translator
from diary_app.i18n import pseudo_requested
from diary_app.i18n import pseudo_text
from diary_app.i18n import translate_function
from diary_app.settings import AppSettings

PLACEHOLDERS = re.compile(r"%\d+|%n|\{\w+\}|<[^>]*>")


def test_pseudo_text_is_reversed_longer_and_bracketed():
    text = pseudo_text("Save this day")
    assert text.startswith("[") and text.endswith("]")
    assert "ÿád šîht éváS" in text
    assert len(text) >= len("Save this day") * 1.4


def test_pseudo_text_keeps_placeholders_markup_and_file_filters():
    source = "<b>%1</b> of %n days for {name} (*.png);;All (*)"
    text = pseudo_text(source)
    assert PLACEHOLDERS.findall(text) == PLACEHOLDERS.findall(source)
    assert "(*.png);;" in text and "(*)" in text


def test_mnemonics_are_dropped_but_a_literal_ampersand_stays():
    assert "&" not in pseudo_text("&File")
    assert "&" in pseudo_text("Salt && pepper")


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(["%1", "%2", "%n", "{name}", "<b>", "word", " ", "é", "&x", "\n"]), max_size=12)
)
def test_placeholders_always_survive(pieces):
    source = "".join(pieces)
    assert sorted(PLACEHOLDERS.findall(pseudo_text(source))) == sorted(PLACEHOLDERS.findall(source))


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("yes", True), ("0", False), ("", False)])
def test_the_environment_variable_switches_it_on(value, expected):
    assert pseudo_requested({"SYMPTOM_DIARY_PSEUDO": value}) is expected


@pytest.mark.parametrize("language", ["en", "ar"])
def test_pseudo_mode_replaces_the_translator_for_every_language(monkeypatch, language):
    monkeypatch.setenv("SYMPTOM_DIARY_PSEUDO", "1")
    assert isinstance(load_app_translator(language), PseudoTranslator)


def test_core_sentences_are_pseudo_translated_with_their_values(monkeypatch):
    monkeypatch.setenv("SYMPTOM_DIARY_PSEUDO", "1")
    message = Message("Report", "Period: %1 to %2 (%n days)", ("2026-01-01", "2026-01-31"), count=31)
    text = message.render(translate_function("en"), isolate=False)
    assert text.startswith("[") and "2026-01-01" in text and "31" in text and "%" not in text


def test_window_and_qt_buttons_show_pseudo_text(monkeypatch, qtbot, qapp, tmp_path, configured_app):
    """What the screenshots show in pseudo mode: our menus and Qt's own buttons, all long and reversed."""
    monkeypatch.setenv("SYMPTOM_DIARY_PSEUDO", "1")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    configured_app(settings, "en")
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("[")
    filled = fill_placeholders(QCoreApplication.translate("EntryPage", "Saved your entry for %1."), ["today"])
    assert "today" in filled and filled.endswith("]")
