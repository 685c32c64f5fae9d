"""Translatable messages for the Qt-free core: marked for lupdate, rendered by a given translator.

The core (analysis, charts, reports) cannot call Qt, so it builds `Message` objects whose source
text is marked with QT_TRANSLATE_NOOP (pyside6-lupdate extracts it by that name); whoever shows the
message passes a `Translate` function (Qt's QTranslator in the program, identity for English).
Placeholders follow Qt: %1, %2 … for arguments and %n for the plural count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Protocol

FSI, PDI = "\u2068", "\u2069"
ARABIC_INDIC_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (name lupdate looks for)
    """Marks `source` for extraction into translations/*.ts; returns it unchanged."""
    return source


class Translate(Protocol):
    def __call__(self, context: str, source: str, n: int = -1) -> str: ...


def english(context: str, source: str, n: int = -1) -> str:
    """The identity translator: the English source text."""
    return source


@dataclass(frozen=True)
class NumberFormat:
    """How numbers look: decimal places and Western (0123) or Arabic-Indic (٠١٢٣) digits."""

    arabic_digits: bool = False

    def number(self, value: float | int, decimals: int = 0) -> str:
        text = f"{value:.{decimals}f}" if decimals else f"{round(value):d}"
        return self.digits(text)

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
    args: tuple = ()
    count: int | None = None

    def render(self, translate: Translate = english, numbers: NumberFormat = NumberFormat(),
               isolate: bool = True) -> str:
        n = -1 if self.count is None else self.count
        text = translate(self.context, self.source, n)
        if self.count is not None:
            text = text.replace("%n", numbers.number(self.count))
        return fill_placeholders(text, [_argument_text(a, translate, numbers) for a in self.args],
                                 isolate)


def _argument_text(argument, translate: Translate, numbers: NumberFormat) -> str:
    if isinstance(argument, Message):
        return argument.render(translate, numbers)
    if isinstance(argument, bool):
        return str(argument)
    if isinstance(argument, int):
        return numbers.number(argument)
    if isinstance(argument, float):
        return numbers.number(argument, 1)
    if isinstance(argument, date):  # dates as before (ISO), in the chosen digits
        return numbers.digits(str(argument))
    return str(argument)


def fill_placeholders(text: str, values: list[str], isolate: bool = True) -> str:
    """Replace %1…%9 with values, highest first so %1 never eats the start of %10."""
    for index in range(len(values), 0, -1):
        value = values[index - 1]
        text = text.replace(f"%{index}", f"{FSI}{value}{PDI}" if isolate else value)
    return text


def strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


MessageRenderer = Callable[[Message], str]
