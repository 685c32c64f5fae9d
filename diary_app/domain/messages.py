"""Translatable messages for the Qt-free core: marked for lupdate, rendered by a given translator.

The core (analysis, charts, reports) cannot call Qt, so it builds `Message` objects whose source
text is marked with QT_TRANSLATE_NOOP (pyside6-lupdate extracts it by that name); whoever shows the
message passes a `Translate` function (Qt's QTranslator in the program, identity for English).
Placeholders follow Qt: %1, %2 … for arguments and %n for the plural count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from unicodedata import bidirectional

from diary_app.domain.dates import MONTHS
from diary_app.domain.dates import day_text
from diary_app.domain.dates import months_of

FSI, PDI = "\u2068", "\u2069"
LRI, RLI = "\u2066", "\u2067"
_PLACEHOLDER = re.compile(r"%(\d|n)")
ARABIC_INDIC_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802, ARG001 (lupdate's signature)
    """Marks `source` for extraction into translations/*.ts; returns it unchanged."""
    return source


class Translate(Protocol):
    def __call__(self, context: str, source: str, n: int = -1) -> str: ...


def english(context: str, source: str, n: int = -1) -> str:  # noqa: ARG001 (a Translate)
    """The identity translator: the English source text."""
    return source


@dataclass(frozen=True)
class NumberFormat:
    """How numbers and dates look: Western (0123) or Arabic-Indic (٠١٢٣) digits, and the month names
    of the language ("7 Dec 2026", domain.dates)."""

    arabic_digits: bool = False
    months: tuple[str, ...] = MONTHS["en"]

    @staticmethod
    def of(language: str, arabic_digits: bool = False) -> NumberFormat:
        """Digits as chosen, month names from the shared table of `language`."""
        return NumberFormat(arabic_digits, months_of(language))

    def number(self, value: float | int, decimals: int = 0) -> str:
        text = f"{value:.{decimals}f}" if decimals else f"{round(value):d}"
        return self.digits(text)

    def day(self, day: date) -> str:
        """`day` as the window writes it ("7 Dec 2026", "7 ديسمبر 2026" in the chosen digits)."""
        return self.digits(day_text(day, self.months))

    def digits(self, text: str) -> str:
        """Swap the digits of already formatted text (ISO dates included)."""
        if not self.arabic_digits:
            return text
        return text.translate(ARABIC_INDIC_DIGITS)


@dataclass(frozen=True)
class Message:
    """A translatable sentence with its arguments; `count` fills %n and picks the plural form."""

    context: str
    source: str
    args: tuple[object, ...] = ()
    count: int | None = None

    def render(
        self,
        translate: Translate = english,
        numbers: NumberFormat = NumberFormat(),
        isolate: bool = True,
        direction: int | None = None,
    ) -> str:
        """The translated text with its arguments filled in.

        `direction` (0 left to right, 1 right to left) is the direction of the text around this one;
        a translated phrase given as an argument is isolated in the direction of its own words, or
        when it has none (a list separator "%1, %2") in this one, so a list stays in reading order."""
        return self._rendered(translate, numbers, isolate, direction)[0]

    def _rendered(
        self, translate: Translate, numbers: NumberFormat, isolate: bool, around: int | None
    ) -> tuple[str, int | None]:
        n = -1 if self.count is None else self.count
        text = translate(self.context, self.source, n)
        direction = _letters_direction(_PLACEHOLDER.sub("", text), around)
        if self.count is not None:
            text = text.replace("%n", numbers.number(self.count))
        filled = [_argument_text(argument, translate, numbers, direction) for argument in self.args]
        if isolate:
            text = _fill_isolated(text, filled)
        else:
            text = fill_placeholders(text, [value for value, _ in filled], isolate=False)
        return text, direction


def _letters_direction(text: str, default: int | None) -> int | None:
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return default


def _fill_isolated(text: str, values: list[tuple[str, int | None]]) -> str:
    """Like fill_placeholders, each value in an isolate of its direction (first strong when None)."""
    for index in range(len(values), 0, -1):
        value, direction = values[index - 1]
        opener = {None: FSI, 0: LRI, 1: RLI}[direction]
        text = text.replace(f"%{index}", f"{opener}{value}{PDI}")
    return text


def _argument_text(
    argument: object, translate: Translate, numbers: NumberFormat, around: int | None
) -> tuple[str, int | None]:
    """(text, direction of its isolate: None for first strong) of one argument."""
    if isinstance(argument, Message):
        return argument._rendered(translate, numbers, True, around)
    return _plain_argument_text(argument, numbers), None


def _plain_argument_text(argument: object, numbers: NumberFormat) -> str:
    if isinstance(argument, bool):
        return str(argument)
    if isinstance(argument, int):
        return numbers.number(argument)
    if isinstance(argument, float):
        return numbers.number(argument, 1)
    if isinstance(argument, date):
        return numbers.day(argument)
    return str(argument)


def fill_placeholders(text: str, values: list[str], isolate: bool = True) -> str:
    """Replace %1…%9 with values, highest first so %1 never eats the start of %10."""
    for index in range(len(values), 0, -1):
        value = values[index - 1]
        text = text.replace(f"%{index}", f"{FSI}{value}{PDI}" if isolate else value)
    return text


def path_text(path: object) -> str:
    """A file path for a sentence in either language: isolated left to right, so a right-to-left
    sentence cannot move its slashes ("tmp/…/report.pdf/")."""
    return f"{LRI}{path}{PDI}"


def strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(LRI, "").replace(RLI, "").replace(PDI, "")


MessageRenderer = Callable[[Message], str]
