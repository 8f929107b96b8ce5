"""Inert spreadsheet cells: text that Excel or WPS would run as a formula is neutralised in every
exported CSV and XLSX (OWASP "CSV injection").

A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a
spreadsheet (`=HYPERLINK("http://…"&A2,"点击")`, `=cmd|' /C calc'!A0`). Plan text, figure
sources and notes, and department names are user input, so:

- CSV: such a cell gets a leading `'` (what Excel itself shows for text typed that way); the
  figure import takes that `'` off again (`revive`), so an export imports back unchanged.
- XLSX: such a cell is written as a string, never a formula, and marked "quote prefix" (Excel's
  own flag for text typed with a leading `'`): it shows the text as it is, and stays text when a
  user edits it. plantrack writes no formulas of its own; a writer that one day does names the
  cells to keep (`formulas=`).

Like model.py and errors.py, importable from every layer; it imports nothing of plantrack.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def risky(value: Any) -> bool:
    """True for text a spreadsheet would take for a formula."""
    return isinstance(value, str) and value.startswith(TRIGGERS)


def inert_text(value: Any) -> Any:
    """A CSV cell: risky text with a leading `'`; anything else unchanged."""
    return "'" + value if risky(value) else value


def inert_row(values: Iterable[Any]) -> list[Any]:
    return [inert_text(value) for value in values]


def revive(value: Any) -> Any:
    """The text `inert_text` neutralised, as it was (for imports); anything else unchanged."""
    if isinstance(value, str) and value.startswith("'") and risky(value[1:]):
        return value[1:]
    return value


def inert_cell(cell: Any) -> None:
    """An openpyxl cell: risky text (or a formula) becomes a quote-prefixed string."""
    if cell.data_type == "f" or risky(cell.value):
        text = str(cell.value)
        cell.value = None  # assigning "=…" again would make it a formula
        cell._value, cell.data_type = text, "s"
        cell.quotePrefix = True


def inert_sheet(sheet: Any, *, formulas: Collection[str] = ()) -> None:
    """Every cell of an openpyxl worksheet made inert, but the coordinates in `formulas` (cells
    whose formula plantrack wrote itself)."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.coordinate not in formulas:
                inert_cell(cell)


def inert_book(book: Any) -> None:
    """Every sheet of an openpyxl workbook made inert (call it just before saving)."""
    for sheet in book.worksheets:
        inert_sheet(sheet)
