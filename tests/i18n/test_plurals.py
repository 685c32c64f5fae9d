"""Real plurals: no "(s)" in any string, English forms for one and many, Arabic forms for 1, 2, 3, 11, 100."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from diary_app.domain.messages import Message
from diary_app.i18n import translate_function

ROOT = Path(__file__).resolve().parents[2]
COUNTS = (1, 2, 3, 11, 100)
# Arabic counted nouns: singular (100, and after 1 with واحد), plural (3-10), accusative (11-99), dual.
ARABIC_NOUNS = {
    "يوم": ("أيام", "يومًا", ("يومان", "يومين")),
    "أسبوع": ("أسابيع", "أسبوعًا", ("أسبوعان", "أسبوعين")),
    "جرعة": ("جرعات", "جرعةً", ("جرعتان", "جرعتين")),
    "صفحة": ("صفحات", "صفحةً", ("صفحتان", "صفحتين")),
    "نتيجة": ("نتائج", "نتيجةً", ("نتيجتان", "نتيجتين")),
    "ملاحظة": ("ملاحظات", "ملاحظةً", ("ملاحظتان", "ملاحظتين")),
    "خطة": ("خطط", "خطةً", ("خطتان", "خطتين")),
    "قرص": ("أقراص", "قرصًا", ("قرصان", "قرصين")),
}
ENGLISH_NOUNS = ("day", "week", "page", "dose", "result", "note", "regimen", "tablet")


def source_strings() -> list[str]:
    """Every string literal in the package's sources."""
    found = []
    for path in sorted((ROOT / "diary_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append(node.value)
    return found


def test_no_string_in_the_sources_says_s_in_brackets():
    assert [text for text in source_strings() if re.search(r"\w\((s|es|ies)\)", text)] == []


@pytest.fixture(scope="module")
def plural_messages(catalogue):
    return [entry for entry in catalogue if entry.numerus]


def rendered(entry, language: str, count: int) -> str:
    translate = translate_function(language, arabic_digits=False)
    args = tuple(f"<{index}>" for index in range(1, 10))
    return Message(entry.context, entry.source, args, count).render(translate, isolate=False)


@pytest.mark.parametrize("count", COUNTS)
def test_english_counts_take_the_singular_only_for_one(plural_messages, count):
    wrong = []
    for entry in plural_messages:
        text = rendered(entry, "en", count)
        for noun in ENGLISH_NOUNS:
            # the count, up to two words (logged, planned…), then the noun
            for match in re.finditer(rf"\b{count} ((?:[a-z]+ ){{0,2}}?){noun}(s?)\b", text):
                if (match.group(2) == "s") != (count != 1):
                    wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize("count", COUNTS)
def test_arabic_counts_take_the_grammatical_form(plural_messages, count):
    """1 and 2: no digit before a counted noun (يوم واحد، يومان); 3: plural; 11: accusative; 100: singular."""
    wrong = []
    for entry in plural_messages:
        text = rendered(entry, "ar", count)
        for singular, (plural, accusative, dual) in ARABIC_NOUNS.items():
            for word in re.findall(rf"(?<![\d.]){count} (\S+)", text):
                if word.rstrip("،.:؛)") not in (singular, plural, accusative, *dual):
                    continue
                expected = {3: plural, 11: accusative, 100: singular}.get(count)
                if expected is None or word.rstrip("،.:؛)") != expected:
                    wrong.append((count, text))
    assert wrong == []


def test_english_plural_catalogue_covers_every_plural_message(update_module, plural_messages):
    english = {entry.key: entry for entry in update_module.read_ts(update_module.EN_TS_FILE)}
    for entry in plural_messages:
        assert entry.key in english and english[entry.key].finished, entry.source
        singular, plural = english[entry.key].forms
        assert plural == entry.source and "(s)" not in singular


def test_a_day_and_two_days_in_both_languages():
    english, arabic = translate_function("en"), translate_function("ar", arabic_digits=False)

    def period(count, translate):
        message = Message("Report", "Period: %1 to %2 (%n days)", ("a", "b"), count)
        return message.render(translate, isolate=False)

    assert period(1, english) == "Period: a to b (1 day)" and period(2, english) == "Period: a to b (2 days)"
    assert "(يوم واحد)" in period(1, arabic) and "(يومان)" in period(2, arabic)
