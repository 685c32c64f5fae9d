"""The annotation: marked for translation, every placeholder filled, numbers given, no diagnosis."""

import ast
import re
from datetime import date
from datetime import timedelta
from pathlib import Path

import pytest
from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import dose
from analysis_builders import offset
from analysis_builders import regimen

import diary_app.analysis
from diary_app.analysis import analyze_period
from diary_app.demo import demo_diary
from diary_app.domain.messages import Message
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import strip_isolates

DAY = NumberFormat().day  # a day as every sentence writes it: "1 Sep 2026"

END = date(2026, 11, 30)
REMINDERS = ("does not diagnose", "does not show that the treatment caused it")


def marked_sources() -> set[str]:
    """Every string the analysis marks with QT_TRANSLATE_NOOP("Pattern", ...) (what lupdate sees)."""
    found = set()
    for path in Path(diary_app.analysis.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (ast.literal_eval(arg) for arg in node.args)
                assert context == "Pattern"
                found.add(source)
    return found


def all_messages(message: Message):
    yield message
    for arg in message.args:
        if isinstance(arg, Message):
            yield from all_messages(arg)


def analyses():
    yield analyze_period(diary([]), START, START)
    yield analyze_period(diary([day(0, 3, 3)]), START, START + timedelta(days=9))
    entries = [
        day(
            i,
            4,
            4,
            red_flags=frozenset({"foot_drop"}) if i == 3 else frozenset(),
            falls=1 if i == 5 else 0,
            gait=i // 10,
            other_symptoms=frozenset({"involuntary_movements"}),
        )
        for i in range(40)
    ]
    yield analyze_period(
        diary(entries, doses=[dose(offset(20))], regimens=[regimen(offset(20), 7)]), START, offset(39)
    )
    for pattern in ("symmetric", "unilateral-left", "mixed"):
        yield analyze_period(demo_diary(120, pattern, seed=4, end=END), END - timedelta(days=119), END)


ANALYSES = list(analyses())


@pytest.mark.parametrize("analysis", ANALYSES, ids=lambda a: f"{a.pattern}-{a.days_logged}")
def test_every_sentence_is_marked_and_filled(analysis):
    marked = marked_sources() | {"%1"}
    for top in analysis.annotations + [row.observed for row in analysis.features]:
        for message in all_messages(top):
            assert message.context == "Pattern"
            assert message.source in marked, message.source
            if message.count is not None:
                assert "%n" in message.source
        text = strip_isolates(top.render())
        assert not re.search(r"%\d|%n", text), text


@pytest.mark.parametrize("analysis", ANALYSES, ids=lambda a: f"{a.pattern}-{a.days_logged}")
def test_every_sentence_gives_its_numbers_and_none_diagnoses(analysis):
    texts = [strip_isolates(m.render()) for m in analysis.annotations]
    assert "does not diagnose" in texts[-1]
    for text in texts:
        assert re.search(r"\d", text) or any(r in text for r in REMINDERS), text
        assert not re.search(r"\byou have\b|\bdiagnosed with\b|\bcaused by\b", text, re.IGNORECASE)


def test_translation_is_applied_to_every_sentence_and_argument():
    analysis = ANALYSES[2]

    def shouting(context, source, n=-1):
        return source.upper().replace("%N", "%n")

    texts = [strip_isolates(m.render(shouting)) for m in analysis.annotations]
    assert "THIS DIARY DESCRIBES" in texts[-1]
    assert any("FOOT DROP" in t for t in texts)


def test_sentences_describe_the_hand_checkable_numbers():
    entries = [
        day(i, 5, 5, regions_left=frozenset({"feet"}), regions_right=frozenset({"feet"})) for i in range(10)
    ] + [day(i, 5, 0) for i in range(10, 12)]
    analysis = analyze_period(diary(entries), START, START + timedelta(days=11))
    texts = [strip_isolates(m.render()) for m in analysis.annotations][len(analysis.glance_lines) :]
    last = START + timedelta(days=11)
    assert texts[0] == f"This summary covers {DAY(START)} to {DAY(last)}: 12 of 12 days were logged."
    assert texts[1].startswith("On 10 of 12 days with symptoms both legs were affected at similar strength")
    assert "Where the symptoms were felt was marked on 10 of 12 days with symptoms." in texts
