"""Targets as a spreadsheet: CSV (UTF-8 with BOM, so Excel/WPS read Chinese) or XLSX."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from plantrack.cells import inert_book, inert_row
from plantrack.model import Target

HEADERS = [
    "编号",
    "指标",
    "比较",
    "目标值",
    "单位",
    "类型",
    "期限",
    "基期值",
    "基期年",
    "力争",
    "约束性",
    "定性目标",
    "章",
    "节",
    "专栏",
    "原文",
    "位置",
]
WIDTHS = [22, 30, 6, 10, 10, 10, 8, 10, 8, 6, 8, 16, 5, 5, 6, 60, 50]
KIND_ZH = {
    "level": "水平值",
    "increment": "新增",
    "cumulative": "累计",
    "annual": "年度",
    "multiple": "倍数",
    "qualitative": "定性",
}


def target_rows(items: list[Target]) -> list[list[object]]:
    rows = []
    for t in items:
        binding = "" if t.binding is None else ("约束性" if t.binding else "预期性")
        rows.append(
            [
                t.id,
                t.metric,
                t.comparator or "",
                t.value,
                t.unit or "",
                KIND_ZH.get(t.kind, t.kind),
                t.deadline,
                t.baseline,
                t.baseline_year,
                "是" if t.aspiration else "",
                binding,
                t.milestone or "",
                t.location.chapter,
                t.location.section,
                t.location.column,
                t.text,
                " › ".join(t.location.path),
            ]
        )
    return rows


def write_targets(items: list[Target], path: Path, fmt: str) -> None:
    """Write atomically: a failure leaves no half-written file behind."""
    path = Path(path)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        TABLE_WRITERS.get(fmt, _write_csv)(items, tmp_path)
        tmp_path.replace(path)
    finally:
        tmp_path.unlink(missing_ok=True)


def _write_csv(items: list[Target], path: Path) -> None:
    """The targets as CSV, UTF-8 with a BOM so that Excel and WPS read the Chinese."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(
            inert_row("" if c is None else c for c in row) for row in target_rows(items)
        )


def _write_xlsx(items: list[Target], path: Path) -> None:
    """The targets as an XLSX sheet: bold frozen header, wrapped cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = "指标"
    sheet.append(HEADERS)
    for row in target_rows(items):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    inert_book(book)  # plan text is user text: never a formula (cells.py)
    book.save(path)


# format name -> writer of the sheet; any other name is written as CSV, as before
# (so `plantrack targets --format json -o FILE` writes CSV)
TABLE_WRITERS: dict[str, Callable[[list[Target], Path], None]] = {
    "csv": _write_csv,
    "xlsx": _write_xlsx,
}
