"""translations/diary_app_ar.ts: complete, matching the sources, the placeholders and the compiled .qm."""

import ast
import re
from pathlib import Path

import pytest

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]\w*\}")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
MNEMONIC = re.compile(r"&(?![&\s])")
LATIN_KEPT = {"HbA", "PDF", "PNG", "SVG", "png", "svg", "pdf"}  # texts made only of these need no Arabic
ROOT = Path(__file__).resolve().parents[2]
MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "translate"}


def test_every_string_in_the_sources_is_in_the_catalogue(update_module, catalogue):
    known = {entry.key for entry in catalogue}
    missing = [f"{e.context}: {e.source!r}" for e in update_module.extracted_entries() if e.key not in known]
    assert not missing, "run `python translations/update.py` and translate:\n" + "\n".join(missing)


def test_every_message_is_translated(catalogue):
    unfinished = [
        f"{e.context}: {e.source!r}"
        for e in catalogue
        if not e.finished or not all(text.strip() for text in e.forms)
    ]
    assert not unfinished, "\n".join(unfinished)


def test_plural_messages_have_the_six_arabic_forms(catalogue):
    plural = [e for e in catalogue if "%n" in e.source]
    assert plural and all(e.numerus and len(e.forms) == 6 for e in plural)


def placeholders(text: str, drop_count: bool = False) -> list[str]:
    found = sorted(PLACEHOLDER.findall(text))
    return [p for p in found if p != "%n"] if drop_count else found


@pytest.mark.parametrize("index", range(6))
def test_placeholders_are_the_same_in_source_and_translation(catalogue, index):
    """Arabic may say "يوم واحد" or "يومان" instead of a number: the forms for 0, 1 and 2 may drop %n."""
    wrong = []
    for e in catalogue:
        drop = e.numerus and index < 3
        wrong += [
            f"{e.context}: {e.source!r} -> {text!r}"
            for text in e.forms[index : index + 1]
            if placeholders(e.source, drop) != placeholders(text, drop)
        ]
    assert not wrong, "\n".join(wrong)


def test_no_arabic_presentation_forms(catalogue):
    wrong = [f"{e.context}: {t!r}" for e in catalogue for t in e.forms if PRESENTATION_FORMS.search(t)]
    assert not wrong, "\n".join(wrong)


def test_translations_are_arabic_where_the_source_has_words(catalogue):
    """A copied English text would pass the other checks; every text with a word must become Arabic."""
    wordy = [
        e for e in catalogue if set(re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", e.source))) - LATIN_KEPT
    ]
    copied = [
        f"{e.context}: {e.source!r}" for e in wordy if not all(ARABIC_LETTER.search(t) for t in e.forms)
    ]
    assert not copied, "\n".join(copied)


def test_keyboard_mnemonics_survive_translation(catalogue):
    wrong = [
        f"{e.context}: {e.source!r} -> {t!r}"
        for e in catalogue
        for t in e.forms
        if len(MNEMONIC.findall(e.source)) != len(MNEMONIC.findall(t))
    ]
    assert not wrong, "\n".join(wrong)


def test_left_and_right_legs_keep_their_side(catalogue):
    """The patient's left leg is اليسرى and the right one اليمنى, never swapped."""
    for entry in catalogue:
        source = entry.source.lower()
        for text in entry.forms:
            if "left leg" in source and "right leg" not in source:
                assert "اليسرى" in text and "اليمنى" not in text, (entry.source, text)
            if "right leg" in source and "left leg" not in source:
                assert "اليمنى" in text and "اليسرى" not in text, (entry.source, text)


def test_the_committed_qm_is_built_from_the_ts(qapp, update_module, catalogue):
    """Every translation of the .ts, each Arabic plural form included, is what the committed .qm answers."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(update_module.QM_FILE))
    counts = (0, 1, 2, 3, 11, 100)  # one number for each of Qt's six Arabic forms
    stale = []
    for entry in catalogue:
        for form, text in enumerate(entry.forms):
            n = counts[form] if entry.numerus else -1
            if translator.translate(entry.context, entry.source, entry.comment or None, n) != text:
                stale.append(f"{entry.context}: {entry.source!r}")
    assert not stale, "diary_app_ar.qm is stale: run `python translations/update.py`\n" + "\n".join(stale)


def test_merge_keeps_translations_and_plural_forms(update_module, tmp_path):
    """lupdate alone would drop the plural forms of QT_TRANSLATE_NOOP messages; the merge keeps them."""
    source = tmp_path / "sample.py"
    source.write_text('A = QT_TRANSLATE_NOOP("Sample", "%n days")\nB = QT_TRANSLATE_NOOP("Sample", "New")\n')
    extracted = update_module.extracted_entries([source])
    assert [(e.source, e.numerus) for e in extracted] == [("%n days", True), ("New", False)]
    old = update_module.Entry("Sample", "%n days", numerus=True, forms=list("abcdef"), finished=True)
    merged = update_module.merge(extracted, [old])
    assert merged[0].forms == list("abcdef") and merged[0].finished
    assert not merged[1].finished


def _call_name(call: ast.Call) -> str | None:
    function = call.func
    return function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)


def _is_text(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def hidden_strings(path: Path) -> list[str]:
    """Marked strings lupdate would miss or file under another context than the one used at run time."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call) or not call.args:
            continue
        name, first = _call_name(call), call.args[0]
        second = call.args[1] if len(call.args) > 1 else None
        if name in MARKERS and not _is_text(first) and _is_text(second):
            found.append(f"{path}:{call.lineno}: context {ast.unparse(first)} is not a string literal")
        if name == "tr" and _is_text(first):
            owner = call.func.value if isinstance(call.func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                found.append(
                    f"{path}:{call.lineno}: tr() not called on self files the text under "
                    'another context; use translate("Context", ...)'
                )
    return found


def test_translation_contexts_are_string_literals():
    found = [line for path in sorted((ROOT / "diary_app").rglob("*.py")) for line in hidden_strings(path)]
    assert not found, "\n".join(found)


def test_numbness_and_tingling_keep_the_source_documents_words(catalogue):
    """الخدر is numbness, الوخز tingling; التنميل (read as pins and needles) is never used."""
    assert not [e.source for e in catalogue if any("تنميل" in text for text in e.forms)]
    numbness = [e for e in catalogue if e.source.lower().startswith("numbness")]
    tingling = [e for e in catalogue if e.source.lower().startswith("tingling")]
    assert numbness and all(
        "خدر" in e.forms[0] and "وخز" not in e.forms[0]
        for e in numbness
        if "tingling" not in e.source.lower()
    )
    assert tingling and all("وخز" in e.forms[0] for e in tingling)
