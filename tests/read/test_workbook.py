"""Workbooks read within the limits (read/workbook.py): the 4.9 KB file that declares a cell at
row 200,000, column 52 is refused at once (or read, when that cell holds no value), zip bombs
and bloated shared strings are refused before anything is inflated."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from hostile import far_cell_xlsx, padded_zip
from plantrack.errors import ReadError
from plantrack.read import limits
from plantrack.read.limits import DEFAULT
from plantrack.read.workbook import read_workbook
from plantrack.track.imports import read_file


def test_the_far_cell_workbook_is_refused_within_bounds(tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "figures.xlsx")
    assert path.stat().st_size < 6_000
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as caught:
            read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == (
        'figures.xlsx sheet Sheet: a value in row 200,000; the limit is 20,000 (limit "rows")'
    )
    assert peak < 20 * 1024 * 1024  # openpyxl's whole-sheet reading took 2.5 GB


def test_an_empty_far_cell_costs_nothing(tmp_path: Path) -> None:
    """A styled cell without a value far away (Excel writes them) is not part of the data."""
    path = far_cell_xlsx(tmp_path / "figures.xlsx", value=None)
    (sheet,) = read_file(path)
    assert [number for number, _ in sheet.rows] == [2]
    assert sheet.rows[0][1][:3] == ["c1.t1", 2026, 1600]


def test_a_value_beyond_the_columns_is_refused(tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "wide.xlsx", row=3, column=300)
    with pytest.raises(ReadError, match=r"a value in column 300; the limit is 200 \(limit"):
        read_file(path)


def test_cells_and_rows_parsed_are_counted(tmp_path: Path) -> None:
    book = Workbook()
    for year in range(2000, 2030):
        book.active.append(["c1.t1", year, 1.5, "亿元"])
    path = tmp_path / "long.xlsx"
    book.save(path)
    with (
        limits.using(DEFAULT.with_overrides(cells=100)),
        pytest.raises(ReadError, match=r"more than 100 cells; the limit is 100 \(limit \"cells\""),
    ):
        read_workbook(path)
    with (
        limits.using(DEFAULT.with_overrides(rows=10)),
        pytest.raises(ReadError, match=r"more than 10 rows; the limit is 10"),
    ):
        read_workbook(path)
    assert len(read_workbook(path).sheets[0].rows) == 30


def test_a_zip_bomb_workbook_is_refused_before_inflating(tmp_path: Path) -> None:
    good = far_cell_xlsx(tmp_path / "good.xlsx", value=None)
    bomb = padded_zip(good, tmp_path / "bomb.xlsx", "xl/media/pad.bin", 70)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ReadError, match=r"^bomb.xlsx: 70.\d MB once unzipped; the limit is 64 MB"):
        read_file(bomb)


def test_bloated_shared_strings_are_refused_before_parsing(tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "strings.xlsx", value=None)
    strings = "".join(f"<si><t>来源{n}</t></si>" for n in range(300))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/SharedStrings.xml", f"<sst>{strings}</sst>")
    with (
        limits.using(DEFAULT.with_overrides(xml_tags=500)),
        pytest.raises(ReadError, match=r"1,202 XML tags in xl/SharedStrings.xml; the limit is 500"),
    ):
        read_file(path)


def test_values_keep_their_types_and_merged_headers_fill(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["指标编号", "监测值", None])
    sheet.append([None, "年份", "数值"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.append(["c1.t1", dt.datetime(2026, 6, 30), 3.5])
    sheet.append(["c1.t2", 2026, True])
    path = tmp_path / "typed.xlsx"
    book.save(path)
    grid = read_workbook(path).sheets[0]
    assert grid.rows[0] == ["指标编号", "监测值", "监测值"]
    assert grid.rows[1] == ["指标编号", "年份", "数值"]
    assert grid.rows[2] == ["c1.t1", dt.datetime(2026, 6, 30), 3.5]
    assert grid.rows[3] == ["c1.t2", 2026, True]
    raw = read_workbook(path, fill_merged=False).sheets[0]
    assert raw.rows[1][0] is None


def test_csv_rows_and_columns_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("指标编号,年份,数值\n" + "c1.t1,2026,1\n" * 20, encoding="utf-8")
    with (
        limits.using(DEFAULT.with_overrides(rows=10)),
        pytest.raises(ReadError, match=r"^figures.csv: more than 10 rows; the limit is 10"),
    ):
        read_file(path)
    wide = tmp_path / "wide.csv"
    wide.write_text("指标编号,年份,数值\n" + "," * 250 + "x\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"a value in column 251; the limit is 200"):
        read_file(wide)
