"""Ruled tables that read in the report's direction: in Arabic the first column is on the right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from diary_app.reports.context import ReportContext

HEADER_GREY = colors.Color(0.88, 0.88, 0.88)
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
Cell = str | Flowable


def cell(ctx: ReportContext, text: str, bold: bool = False, align: str = "start") -> Flowable:
    """Translated report text for a table cell."""
    style = ctx.styles.cell_bold if bold else ctx.styles.cell
    return ctx.para(text, replace(style, align=align) if align != "start" else style)


def user_cell(ctx: ReportContext, text: str) -> Flowable:
    """The patient's own text for a table cell."""
    return ctx.user_para(text, ctx.styles.cell)


def grid_table(
    ctx: ReportContext,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    header_rows: int = 1,
    spans: Sequence[tuple[int, int, int, int]] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with header rows repeated on each page; rows are never cut across a page break.

    Plain-string cells are numbers (drawn centred, no shaping needed); everything else, dates with
    their month names included, is a flowable. `spans` are (first column, first row, last column,
    last row) in reading order.
    """
    columns = len(widths)
    grid = [list(row) for row in rows]
    if ctx.rtl:
        grid = [row[::-1] for row in grid]
        widths = list(reversed(widths))
        spans = [(columns - 1 - c1, r0, columns - 1 - c0, r1) for c0, r0, c1, r1 in spans]
        for c0, r0, c1, _ in spans:  # a spanned cell shows the content of its leftmost cell
            grid[r0][c0], grid[r0][c1] = grid[r0][c1], grid[r0][c0]
    table = Table(
        grid,
        colWidths=list(widths),
        repeatRows=header_rows,
        splitByRow=1,
        hAlign="RIGHT" if ctx.rtl else "LEFT",
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), ctx.fonts.regular, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY))
    commands += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def mirrored_column(ctx: ReportContext, column: int, columns: int) -> int:
    """The drawn position of reading-order column `column` (for extra style commands)."""
    return columns - 1 - column if ctx.rtl else column
