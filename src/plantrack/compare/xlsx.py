"""The comparison as an Excel/WPS workbook: 对照 (aligned targets with flags) and 未对齐 (the rest)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from plantrack.cells import inert_book
from plantrack.compare.align import Comparison
from plantrack.model import Target

_FLAG_FILL = PatternFill("solid", fgColor="FFF2CC")


def _value(t: Target) -> str:
    if t.value is None:
        return t.milestone or ""
    number = str(int(t.value)) if float(t.value).is_integer() else f"{t.value:g}"
    return f"{t.comparator or ''}{number}{t.unit or ''}"


def write_comparison_xlsx(result: Comparison, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "对照"
    sheet.append(
        [
            f"A: {result.a.title}",
            "",
            "",
            "",
            f"B: {result.b.title}",
            "",
            "",
            "",
            "",
            f"relation: {result.relation}",
        ]
    )
    headers = [
        "A 指标",
        "A 目标值",
        "A 期限",
        "A 位置",
        "B 指标",
        "B 目标值",
        "B 期限",
        "B 位置",
        "B/A",
        "提示 flags",
        "相似度",
    ]
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for pair in result.pairs:
        sheet.append(
            [
                pair.a.metric,
                _value(pair.a),
                pair.a.deadline,
                pair.a.id,
                pair.b.metric,
                _value(pair.b),
                pair.b.deadline,
                pair.b.id,
                None if pair.ratio is None else round(pair.ratio, 4),
                "；".join(f.message for f in pair.flags),
                round(pair.similarity, 3),
            ]
        )
        if pair.flags:
            for cell in sheet[sheet.max_row]:
                cell.fill = _FLAG_FILL
    for column, width in zip("ABCDEFGHIJK", (28, 14, 8, 16, 28, 14, 8, 16, 8, 60, 8), strict=True):
        sheet.column_dimensions[column].width = width
    rest = book.create_sheet("未对齐")
    rest.append(["计划 plan", "指标", "目标值", "期限", "位置", "原文"])
    for cell in rest[1]:
        cell.font = Font(bold=True)
    for side, items in (("A", result.only_a), ("B", result.only_b)):
        for t in items:
            rest.append([side, t.metric, _value(t), t.deadline, t.id, t.text])
    inert_book(book)  # plan titles and text are user text: never a formula (cells.py)
    book.save(path)
