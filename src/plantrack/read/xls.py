"""Excel 97-2003 workbooks (.xls, and WPS .et saved in that format) as grids of cell values.

xlrd reads the file; each sheet becomes a list of rows of plain values: text, numbers (a whole
number as int), dates as `datetime`, empty cells as None. A merged cell's value is copied over
its whole range (a merged header 监测值 over 年份 | 数值 reads like two headers). Reading is
bounded: a sheet with more than `MAX_CELLS` cells in its used range is refused before any row is
read, so a hostile file cannot make plantrack walk millions of cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from plantrack.errors import ReadError

MAX_CELLS = 1_000_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SAVE_AS = "save it as .xlsx (Excel/WPS: 文件 → 另存为 → Excel 工作簿)"


@dataclass(slots=True)
class Grid:
    """One sheet: its name and its rows of values (row 1 of the sheet is `rows[0]`)."""

    name: str
    rows: list[list[Any]]


def _value(cell: Any, datemode: int) -> Any:
    import xlrd

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            return datetime(*xlrd.xldate_as_tuple(cell.value, datemode))
        except (ValueError, xlrd.xldate.XLDateError):
            return cell.value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if kind == xlrd.XL_CELL_ERROR:
        return None
    if kind == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)
    return cell.value


def _open(data: bytes, name: str):
    import xlrd

    if data.startswith(ZIP_MAGIC):
        raise ReadError(f"{name}: an .xlsx workbook saved under another extension; rename it .xlsx")
    if not data.startswith(OLE_MAGIC):
        raise ReadError(f"{name}: not an Excel 97-2003 workbook; {SAVE_AS}")
    try:
        return xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True
        )
    except xlrd.biffh.XLRDError as exc:
        reason = str(exc)
        if "encrypt" in reason.lower() or "password" in reason.lower():
            raise ReadError(
                f"{name}: the workbook is password-protected: remove the password and save it again"
            ) from None
        raise ReadError(f"{name}: cannot read this .xls workbook ({reason}); {SAVE_AS}") from None
    except Exception as exc:  # xlrd raises assorted errors on a damaged file
        raise ReadError(
            f"{name}: corrupt .xls workbook ({type(exc).__name__}: {exc}); {SAVE_AS}"
        ) from None


def read_xls(path: Path) -> list[Grid]:
    """Every sheet of an .xls/.et workbook as a grid, in order (empty sheets included)."""
    name = path.name
    book = _open(path.read_bytes(), name)
    grids: list[Grid] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.nrows * sheet.ncols > MAX_CELLS:
                raise ReadError(
                    f"{name}: sheet {sheet.name} has {sheet.nrows} rows × {sheet.ncols} columns; "
                    f"plantrack reads at most {MAX_CELLS:,} cells a sheet"
                )
            rows = [
                [_value(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)
            ]
            for r0, r1, c0, c1 in sheet.merged_cells:
                value = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else None
                for r in range(r0, min(r1, len(rows))):
                    for c in range(c0, min(c1, len(rows[r]))):
                        rows[r][c] = value
            grids.append(Grid(sheet.name, rows))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return grids
