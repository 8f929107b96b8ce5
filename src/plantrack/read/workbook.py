"""Read an .xlsx workbook into grids of values, streaming and within the limits (read/limits.py).

A sheet's declared extent means nothing here: a 5 KB file can declare a cell at row 200,000,
column 52, and openpyxl's normal reading then walks ten million cells. This reader streams each
sheet's XML once, keeps only cells that hold a value, and refuses (one line naming the limit) a
value beyond `rows` or `columns`, more than `cells` cells or `rows` row elements parsed, or a
grid of more than `cells` cells; the zip's declared sizes and the shared strings are checked
before anything is inflated (`limits.check_zip`). Cell values are converted by openpyxl's own
cell parser (numbers, dates, shared and inline strings, booleans); formulas give their cached
value (`data_only`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrack.errors import ReadError
from plantrack.read import limits

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _MERGE = f"{_NS}row", f"{_NS}c", f"{_NS}mergeCell"


@dataclass(slots=True)
class Grid:
    """One sheet: `rows[r][c]` is the value of row r+1, column c+1 (None when empty)."""

    title: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1


@dataclass(slots=True)
class Book:
    sheets: list[Grid]
    properties: dict[str, Any]  # custom document properties (name -> value)


def read_workbook(path: Path, name: str | None = None, *, fill_merged: bool = True) -> Book:
    """Every sheet of the workbook at `path` as a grid of values; with `fill_merged`, a merged
    range's value (kept by Excel in its top-left cell) is copied over the whole range."""
    name = name or path.name
    limits.check_zip(path, name, parts=("xl/sharedStrings.xml",))
    try:
        reader, parts = _open(path)
    except Exception as exc:  # openpyxl raises many types for a broken package
        raise _corrupt(name, exc) from None
    try:
        props = {p.name: getattr(p, "value", None) for p in reader.wb.custom_doc_props.props}
        sheets = [_read_sheet(reader, title, part, name, fill_merged) for title, part in parts]
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, SyntaxError) as exc:
        raise _corrupt(name, exc) from None
    finally:
        reader.archive.close()
    return Book(sheets, props)


def _open(path: Path) -> tuple[Any, list[tuple[str, str]]]:
    """openpyxl's reader with the workbook part, shared strings, styles (date formats) and custom
    properties read, and (title, part) of every worksheet. openpyxl's `load_workbook` is not
    used: even read-only, it parses a whole sheet to find its size when the size is not given."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(path, read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        reader.read_custom()
        apply_stylesheet(reader.archive, reader.wb)
        parts = [
            (sheet.name, rel.target)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ]
    except BaseException:
        reader.archive.close()
        raise
    return reader, parts


def _corrupt(name: str, exc: Exception) -> ReadError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return ReadError(f"{name}: corrupt or incomplete .xlsx workbook ({reason})")


def _read_sheet(reader: Any, title: str, part: str, name: str, fill_merged: bool) -> Grid:
    where = f"{name} sheet {title}"
    values, merged = _stream_values(reader, part, where)
    height = max((r for r, _ in values), default=0)
    width = max((c for _, c in values), default=0)
    limits.check(where, "cells in the grid of its values", height * width, "cells")
    rows: list[list[Any]] = [[None] * width for _ in range(height)]
    for (r, c), value in values.items():
        rows[r - 1][c - 1] = value
    if fill_merged:
        for r0, c0, r1, c1 in merged:
            value = rows[r0 - 1][c0 - 1] if r0 <= height and c0 <= width else None
            for r in range(r0 - 1, min(r1, height)):
                for c in range(c0 - 1, min(c1, width)):
                    rows[r][c] = value
    return Grid(title, rows, merged)


def _stream_values(
    reader: Any, part: str, where: str
) -> tuple[dict[tuple[int, int], Any], list[tuple[int, int, int, int]]]:
    """{(row, column): value} of the cells that hold a value, and the merged ranges. lxml
    streams the sheet (no entities, no network, no huge text nodes); each cell is converted by
    openpyxl's own cell parser and then dropped, so memory stays flat."""
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet._reader import WorkSheetParser

    bounds = limits.current()
    book = reader.wb
    with reader.archive.open(part) as source:
        parser = WorkSheetParser(
            source,
            reader.shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        values: dict[tuple[int, int], Any] = {}
        merged: list[tuple[int, int, int, int]] = []
        row_elements = cells = 0
        events = etree.iterparse(
            source,
            events=("start", "end"),
            tag=(_ROW, _CELL, _MERGE),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
        )
        for event, element in events:
            tag = element.tag
            if event == "start":
                if tag == _ROW:
                    row_elements += 1
                    if row_elements > bounds.rows:
                        raise limits.refuse(where, f"more than {bounds.rows:,} rows", "rows")
                    parser.row_counter = int(float(element.get("r") or parser.row_counter + 1))
                    parser.col_counter = 0
                continue
            if tag == _CELL:
                cells += 1
                if cells > bounds.cells:
                    raise limits.refuse(where, f"more than {bounds.cells:,} cells", "cells")
                if cells % 4096 == 0:
                    limits.tick(where)
                cell = parser.parse_cell(element)
                if cell["value"] not in (None, ""):
                    _keep(values, cell, where, bounds)
            elif tag == _MERGE:
                box = range_boundaries(element.get("ref") or "")
                if None not in box:
                    c0, r0, c1, r1 = box
                    merged.append((r0, c0, r1, c1))
            elif tag == _ROW:
                _drop(element)
    return values, merged


def _drop(element: Any) -> None:
    """Free a parsed row and the rows before it (lxml keeps every element otherwise)."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _keep(values: dict[tuple[int, int], Any], cell: dict[str, Any], where: str, bounds) -> None:
    row, column = cell["row"], cell["column"]
    if row > bounds.rows:
        raise limits.refuse(where, f"a value in row {row:,}", "rows")
    if column > bounds.columns:
        raise limits.refuse(where, f"a value in column {column:,}", "columns")
    values[(row, column)] = cell["value"]


def bounded_rows(rows: Iterable[list[Any]], where: str) -> list[list[Any]]:
    """Rows of a CSV (or any table read row by row) within the same limits: `rows` (every row
    read), `columns` (up to the last cell with a value) and `cells` (empty ones too)."""
    bounds = limits.current()
    grid: list[list[Any]] = []
    cells = 0
    for number, row in enumerate(rows, start=1):
        if number > bounds.rows:
            raise limits.refuse(where, f"more than {bounds.rows:,} rows", "rows")
        cells += len(row)
        if cells > bounds.cells:
            raise limits.refuse(where, f"more than {bounds.cells:,} cells", "cells")
        filled = [i for i, value in enumerate(row, start=1) if value not in (None, "")]
        if filled and filled[-1] > bounds.columns:
            raise limits.refuse(where, f"a value in column {filled[-1]:,}", "columns")
        grid.append(row)
    while grid and not any(value not in (None, "") for value in grid[-1]):
        grid.pop()  # trailing empty rows
    return grid
