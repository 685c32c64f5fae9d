"""The Qt-free reader of our .qm files gives exactly what Qt's QTranslator gives, plurals included."""

import pytest
from PySide6.QtCore import QTranslator

from diary_app.i18n import DigitsTranslator
from diary_app.qm_file import QmCatalog
from diary_app.qm_file import QmFileError
from diary_app.qm_file import plural_form
from diary_app.resource_paths import translations_dir
from diary_app.translator import translate_function

LANGUAGES = ("ar", "en")
# Every Arabic plural form (0, 1, 2, 3-10, 11-99, 100-102 and their repeats past 100), English's two,
# and a count past the leading-thousands rule's reach.
COUNTS = (-1, 0, 1, 2, 3, 4, 10, 11, 12, 19, 99, 100, 101, 102, 103, 110, 111, 199, 1000, 1001, 1002, 2011)
COUNTS += (12345, 1_000_000)


@pytest.fixture(scope="module")
def messages(update_module):
    """(context, source, disambiguation) of every message of both catalogues."""
    keys = set()
    for path in (update_module.TS_FILE, update_module.EN_TS_FILE):
        keys |= {(entry.context, entry.source, entry.comment) for entry in update_module.read_ts(path)}
    return sorted(keys)


def qt_translator(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"diary_app_{language}", str(translations_dir()))
    return translator


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_and_count_is_translated_as_qt_does(messages, language):
    ours, qt = QmCatalog.read(translations_dir() / f"diary_app_{language}.qm"), qt_translator(language)
    translated, different = 0, []
    for context, source, comment in messages:
        for disambiguation in {comment or None, None, "another use"}:
            for n in COUNTS:
                text = ours.translate(context, source, disambiguation, n)
                translated += text is not None
                # PySide6 gives Qt's null string as ""; the program treats both as "no translation"
                if (text or "") != qt.translate(context, source, disambiguation, n):
                    different.append((context, source, disambiguation, n))
    assert different == []
    assert translated > len(messages) * (2 if language == "ar" else 0.1)  # the lookups found texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_contexts_and_sources_have_no_translation(language):
    ours, qt = QmCatalog.read(translations_dir() / f"diary_app_{language}.qm"), qt_translator(language)
    for context, source in (("Nowhere", "Save"), ("Report", "no such sentence"), ("", ""), ("Report", "")):
        assert ours.translate(context, source) is None
        assert qt.translate(context, source) == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_up_to_ten_thousand_takes_qts_plural_form(messages, update_module, language):
    """One plural message through QTranslator for each count: the form index is Qt's for all."""
    plural = next(
        (e.context, e.source) for e in update_module.read_ts(update_module.TS_FILE) if e.numerus and e.forms
    )
    ours, qt = QmCatalog.read(translations_dir() / f"diary_app_{language}.qm"), qt_translator(language)
    wrong = [
        n for n in range(10_001) if (ours.translate(*plural, None, n) or "") != qt.translate(*plural, None, n)
    ]
    assert wrong == []


def test_arabic_plural_forms_follow_the_arabic_rules():
    rules = QmCatalog.read(translations_dir() / "diary_app_ar.qm").rules
    expected = {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4, 200: 5}
    assert {n: plural_form(n, rules) for n in expected} == expected


def test_english_plural_forms_are_one_and_other():
    rules = QmCatalog.read(translations_dir() / "diary_app_en.qm").rules
    assert [plural_form(n, rules) for n in (0, 1, 2, 11, 101)] == [1, 0, 1, 1, 1]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("arabic_digits", [True, False])
def test_the_cores_translate_function_equals_the_one_over_qts_translator(messages, language, arabic_digits):
    """translate_function (no Qt) against the same function over Qt's translator (the window's
    DigitsTranslator): the texts the report, the charts and the command line write."""
    ours = translate_function(language, arabic_digits)
    qt = DigitsTranslator(arabic_digits)
    assert qt.load(f"diary_app_{language}", str(translations_dir()))
    different = []
    for context, source, _comment in messages:
        for n in COUNTS:
            over_qt = (qt.translate(context, source, None, n) or source).replace("%Ln", "%n")
            if ours(context, source, n) != over_qt:
                different.append((context, source, n))
    assert different == []


def test_a_missing_or_damaged_file_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        QmCatalog.read(tmp_path / "diary_app_xx.qm")
    damaged = tmp_path / "damaged.qm"
    damaged.write_bytes(b"not a translation at all")
    with pytest.raises(QmFileError):
        QmCatalog.read(damaged)
