"""CSV cells: formula-injection neutralisation that our import reverses, and typed cell values.

A text cell that a spreadsheet could run as a formula (starting with = + - @ tab CR LF, also after
leading spaces, also their fullwidth forms ＝ ＋ － ＠) gets an apostrophe in front; a text starting
with an apostrophe gets one too, so removing exactly one leading apostrophe on import gives back the
original text. Numbers and dates are never touched: they are written by the program and start with
a digit. Number cells are read with Python's int() and float(), which accept every Unicode decimal
digit: Arabic-Indic (٣) and fullwidth (３) digits typed in a spreadsheet are taken on purpose.
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from typing import Literal
from typing import overload

from diary_app.domain.validation import shown
from diary_app.exchange.records import Where
from diary_app.exchange.records import parse_day
from diary_app.exchange.records import parse_moment

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
ESCAPE = "'"
CODE_SEPARATOR = ";"
WHOLE_NUMBER = re.compile(r"-?\d{1,15}")
DECIMAL_NUMBER = re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def neutralise(text: str) -> str:
    """The cell for a text value: safe to open in a spreadsheet."""
    risky = text.startswith(ESCAPE) or text.lstrip(" \u00a0\u3000").startswith(FORMULA_STARTS)
    return ESCAPE + text if risky else text


def restore(cell: str) -> str:
    """The text value of a cell written by `neutralise` (the inverse, exactly)."""
    return cell[len(ESCAPE) :] if cell.startswith(ESCAPE) else cell


def number_cell(value: float | int | None) -> str:
    """Whole numbers as written (4), others in the shortest form that reads back exactly."""
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else repr(float(value))


def flag_cell(value: bool) -> str:
    return "1" if value else "0"


def codes_cell(codes: frozenset[str], vocabulary: tuple[str, ...]) -> str:
    return CODE_SEPARATOR.join(code for code in vocabulary if code in codes)


def day_cell(value: date | None) -> str:
    return "" if value is None else value.isoformat()


class CellReader:
    """Typed values from one CSV row (a dict column -> cell text), errors naming the column."""

    def __init__(self, row: dict[str, str], where: Where):
        self.row, self.where = row, where

    def has(self, column: str) -> bool:
        return column in self.row

    def text(self, column: str, default: str = "") -> str:
        return restore(self.row[column]) if column in self.row else default

    @overload
    def whole(self, column: str, default: int = 0, required: bool = False) -> int: ...

    @overload
    def whole(self, column: str, default: None, required: bool = False) -> int | None: ...

    def whole(self, column: str, default: int | None = 0, required: bool = False) -> int | None:
        cell = self.row.get(column, "")
        if cell == "" and not required:
            return default
        if not WHOLE_NUMBER.fullmatch(cell):
            raise self.where.error(column, f"{shown(cell)} is not a whole number")
        return int(cell)

    @overload
    def number(self, column: str, optional: Literal[False] = False) -> float: ...

    @overload
    def number(self, column: str, optional: bool) -> float | None: ...

    def number(self, column: str, optional: bool = False) -> float | None:
        cell = self.row.get(column, "")
        if cell == "" and optional:
            return None
        if WHOLE_NUMBER.fullmatch(cell):
            return int(cell)
        if not DECIMAL_NUMBER.fullmatch(cell):
            raise self.where.error(column, f"{shown(cell)} is not a number (write it like 12.5)")
        value = float(cell)
        if value in (float("inf"), float("-inf")):
            raise self.where.error(column, f"{shown(cell)} is too large")
        return value

    def flag(self, column: str) -> bool:
        cell = self.row.get(column, "0")
        if cell not in ("0", "1"):
            raise self.where.error(column, f"{shown(cell)} must be 0 (no) or 1 (yes)")
        return cell == "1"

    def codes(self, column: str) -> frozenset[str]:
        cell = restore(self.row.get(column, ""))
        return frozenset(code.strip() for code in cell.split(CODE_SEPARATOR) if code.strip())

    @overload
    def day(self, column: str, optional: Literal[False] = False) -> date: ...

    @overload
    def day(self, column: str, optional: bool) -> date | None: ...

    def day(self, column: str, optional: bool = False) -> date | None:
        cell = self.row.get(column, "")
        return None if optional and cell == "" else parse_day(cell, self.where, column)

    def moment(self, column: str) -> datetime:
        return parse_moment(self.row.get(column, ""), self.where, column)
