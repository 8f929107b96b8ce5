"""The 任务分工方案 workbook: layout, exact round trip, departments' edits, and bad input."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import load_workbook
from sqlalchemy import func, select

from plantrack.errors import ImportRejected, NotFound, ValidationError
from plantrack.report.breakdown import HEADERS, BreakdownRejected, parse_due
from plantrack.store.schema import audit
from plantrack.workspace import Workspace


def sheet_values(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path)
    return {s.title: [tuple(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}


def owners(ws: Workspace) -> dict[str, tuple]:
    return {ref: (a.lead, a.partners, a.due_year) for ref, a in ws.assignments().items()}


def audit_count(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(audit)).scalar_one()


def find_row(sheet, ref: str) -> int:
    for row in sheet.iter_rows(min_row=3):
        if row[1].value == ref:
            return row[0].row
    raise AssertionError(f"{ref} not in sheet {sheet.title}")


def set_cells(path: Path, sheet_name: str, ref: str, **values) -> None:
    book = load_workbook(path)
    sheet = book[sheet_name]
    row = find_row(sheet, ref)
    for header, value in values.items():
        sheet.cell(row, HEADERS.index(header) + 1).value = value
    book.save(path)


def test_layout(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "分工方案.xlsx"
    count = tracked_ws.export_breakdown(None, path)
    book = load_workbook(path)
    assert book.sheetnames == ["汇总", "第二章", "第三章", "第四章"]
    sheet = book["第四章"]
    assert sheet["A1"].value.startswith("第四章 加快人工智能创新发展")
    assert [c.value for c in sheet[2]] == HEADERS
    assert sheet.freeze_panes == "C3"
    assert sheet.column_dimensions["D"].width == 60  # 重点任务 wraps in a wide column
    assert all(c.alignment.wrap_text for c in sheet[3])
    row = find_row(sheet, "c4.s1.p1")
    values = [c.value for c in sheet[row]]
    assert values[2] == "第一节 构建人工智能发展基座"
    assert values[3].startswith("强化算力资源统筹供给")
    assert values[5:] == ["市经信局", "市大数据局、市发改委", 2028]
    target = [c.value for c in sheet[row + 1]]
    assert target[1] == "c4.s1.p1.t1"
    assert target[4] == "高性能算力规模：>10EFLOPS（2030年）"
    assert target[5] is None  # the target itself has no owner yet
    box = book["第三章"]
    assert (
        box.cell(find_row(box, "c3.s1.box3.i1"), 3).value
        == "第一节 增强科技创新策源能力 › 专栏3 科创平台提能工程"
    )
    summary = [tuple(r) for r in book["汇总"].iter_rows(values_only=True)]
    assert summary[1] == ("章节", "重点任务", "指标", "已明确牵头单位", "未分工")
    total = next(r for r in summary if r[0] == "合计")
    assert total[1] + total[2] == count and total[3] == 3
    assert ("市经信局", 1, 0) in [r[:3] for r in summary]
    assert ("市发改委", 0, 2) in [r[:3] for r in summary]
    rows = sum(s.max_row - 2 for s in book.worksheets[1:])
    assert (
        rows
        == count
        == len(tracked_ws.targets())
        + sum(1 for n in tracked_ws.outline() if n.kind in ("paragraph", "item"))
    )


def test_round_trip_is_exact(
    tracked_ws: Workspace, tmp_path: Path, sample_path: Path, db_url: str
) -> None:
    first = tmp_path / "a.xlsx"
    tracked_ws.export_breakdown(None, first)
    # A department's own, second database on the same backend.
    with Workspace(db_url, actor="dept") as other:
        other.ingest(sample_path)
        result = other.import_breakdown(first)  # the plan is found by the workbook's hash
        assert result.count("changed") == 3 and not result.errors
        assert owners(other) == owners(tracked_ws)
        second = tmp_path / "b.xlsx"
        other.export_breakdown(None, second)
    assert sheet_values(second) == sheet_values(first)
    again = tracked_ws.import_breakdown(first)
    assert again.count("changed") == 0 and again.count("unchanged") == 3


def test_departments_edits_reordered_rows_extra_columns(
    tracked_ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "edited.xlsx"
    tracked_ws.export_breakdown(None, path)
    set_cells(
        path,
        "第三章",
        "c3.s2.p1",
        牵头单位="市科技局",
        责任单位="市经信局，市教育局",
        完成时限="2027年",
    )
    set_cells(path, "第三章", "c3.s2.p1.t2", 牵头单位="市科技局", 完成时限="2027-12-31")
    set_cells(path, "第三章", "c3.s2.p2", 牵头单位="市科技局", 完成时限=dt.datetime(2028, 6, 30))
    set_cells(path, "第二章", "c2.s5.p2", 牵头单位="市经信局", 完成时限="二〇二九年")
    set_cells(path, "第二章", "c2.s5.p1", 牵头单位="市经信局", 完成时限=2026.0)
    book = load_workbook(path)
    sheet = book["第三章"]
    data = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    for r, values in enumerate(reversed(data), start=3):  # rows reordered
        for c, value in enumerate(values, start=1):
            sheet.cell(r, c).value = value  # cell(r, c, None) would keep the old value
    sheet.unmerge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.insert_cols(1)  # an extra column in front, and one at the end
    sheet.cell(2, 1, "备注")
    sheet.cell(2, len(HEADERS) + 2, "联系人")
    sheet.cell(3, len(HEADERS) + 2, "张三")
    book.save(path)

    result = tracked_ws.import_breakdown(path)
    changed = sorted(r.ref for r in result.rows if r.outcome == "changed")
    assert changed == ["c2.s5.p1", "c2.s5.p2", "c3.s2.p1", "c3.s2.p1.t2", "c3.s2.p2"]
    got = owners(tracked_ws)
    assert got["c3.s2.p1"] == (["市科技局"], ["市经信局", "市教育局"], 2027)
    assert got["c3.s2.p1.t2"][2] == 2027
    assert got["c3.s2.p2"][2] == 2028
    assert got["c2.s5.p2"][2] == 2029
    assert got["c2.s5.p1"][2] == 2026
    assert got["c4.s1.p1"] == (["市经信局"], ["市大数据局", "市发改委"], 2028)  # untouched


def test_dry_run_writes_nothing(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    tracked_ws.export_breakdown(None, path)
    set_cells(path, "第三章", "c3.s2.p1", 牵头单位="市科技局")
    before = (owners(tracked_ws), audit_count(tracked_ws))
    result = tracked_ws.import_breakdown(path, dry_run=True)
    assert result.count("changed") == 1
    assert (owners(tracked_ws), audit_count(tracked_ws)) == before


def test_bad_rows_are_reported_and_nothing_is_imported(
    tracked_ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    tracked_ws.export_breakdown(None, path)
    set_cells(path, "第三章", "c3.s2.p1", 牵头单位="市科技局", 完成时限=2027)  # valid
    set_cells(path, "第三章", "c3.s2.p2", 牵头单位="市科技局", 完成时限="明年")  # not a year
    set_cells(path, "第三章", "c3.s2.p3", 责任单位="市经信局")  # partners without a lead
    set_cells(path, "第四章", "c4.s1.p1", 牵头单位=None, 责任单位=None, 完成时限=None)  # cleared
    set_cells(path, "第三章", "c3.s3.p1", 编号="c3.s3.p99", 牵头单位="市教育局")  # unknown id
    book = load_workbook(path)
    sheet = book["第二章"]
    sheet.append([99, "c2.s4.p1", "", "", "", "市商务局", "", 2027])  # duplicated, conflicting
    sheet.append([100, "c2.s4.p1", "", "", "", "市发改委", "", 2027])
    sheet.append([101, "", "", "", "", "市商务局", "", None])  # no 编号
    book.save(path)
    before = (owners(tracked_ws), audit_count(tracked_ws))

    with pytest.raises(BreakdownRejected) as info:
        tracked_ws.import_breakdown(path)
    assert str(info.value) == "bad.xlsx: 6 row(s) rejected, nothing imported"
    errors = {(r.sheet, r.ref): r.message for r in info.value.report.errors}
    assert "not a year" in errors[("第三章", "c3.s2.p2")]
    assert "牵头单位 is empty but 责任单位" in errors[("第三章", "c3.s2.p3")]
    assert "市经信局 leads it now" in errors[("第四章", "c4.s1.p1")]
    assert "unknown task or target id" in errors[("第三章", "c3.s3.p99")]
    assert "duplicated 编号 with different values" in errors[("第二章", "c2.s4.p1")]
    assert "编号 is empty" in errors[("第二章", "")]
    assert isinstance(info.value, ImportRejected) and len(info.value.rows) == 6
    assert (owners(tracked_ws), audit_count(tracked_ws)) == before  # nothing half-imported


def test_identical_duplicate_rows_are_ignored(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "dup.xlsx"
    tracked_ws.export_breakdown(None, path)
    book = load_workbook(path)
    book["第二章"].append([99, "c2.s4.p1", "", "", "", "市商务局", "", 2027])
    book["第三章"].append([99, "c2.s4.p1", "", "", "", "市商务局", "", 2027])
    book.save(path)
    set_cells(path, "第二章", "c2.s4.p1", 牵头单位="市商务局", 完成时限=2027)
    result = tracked_ws.import_breakdown(path)
    assert result.count("duplicate") == 2
    assert owners(tracked_ws)["c2.s4.p1"] == (["市商务局"], [], 2027)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2027, 2027),
        (2027.0, 2027),
        ("2027", 2027),
        ("2027年", 2027),
        ("2027年底", 2027),
        ("2027-12-31", 2027),
        ("2027/6/30", 2027),
        ("2027.12", 2027),
        ("2027年12月", 2027),
        ("2027年6月底前", 2027),
        ("二〇二七年", 2027),
        (dt.date(2027, 12, 31), 2027),
        (None, None),
        ("", None),
        ("持续推进", None),
    ],
)
def test_due_year_cells(value, year) -> None:
    assert parse_due(value)[0] == year


@pytest.mark.parametrize("value", ["明年", "2027.5年", "27年", 2027.5, True, "12027"])
def test_due_year_cells_that_are_not_years(value) -> None:
    with pytest.raises(ValidationError, match="完成时限"):
        parse_due(value)


def test_password_protected_workbook(tracked_ws: Workspace, tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    tracked_ws.export_breakdown(None, plain)
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt("secret", out)
    with pytest.raises(ValidationError, match=r"^locked.xlsx: the workbook is password-protected"):
        tracked_ws.import_breakdown(locked)


def test_corrupt_and_wrong_files(tracked_ws: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    tracked_ws.export_breakdown(None, good)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(ValidationError, match=r"^truncated.xlsx: corrupt or incomplete"):
        tracked_ws.import_breakdown(truncated)
    text = tmp_path / "notes.xlsx"
    text.write_text("牵头单位,编号\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no zip header"):
        tracked_ws.import_breakdown(text)
    word = tmp_path / "word.xlsx"
    docx.Document().save(word)  # a zip, but a Word file
    with pytest.raises(ValidationError, match=r"^word.xlsx: corrupt or incomplete"):
        tracked_ws.import_breakdown(word)
    with pytest.raises(ValidationError, match="no such file"):
        tracked_ws.import_breakdown(tmp_path / "missing.xlsx")
    assert zipfile.is_zipfile(good)


def test_workbook_without_breakdown_sheet(tracked_ws: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.append(["指标", "数值"])
    book.save(path)
    with pytest.raises(ValidationError, match="no sheet has a header row with 编号 and 牵头单位"):
        tracked_ws.import_breakdown(path, plan=1)


def test_unknown_plan_needs_plan_option(tracked_ws: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "handmade.xlsx"
    book = Workbook()
    book.active.append(["编号", "牵头单位", "完成时限"])
    book.active.append(["c3.s1.p2", "市发改委", "2027年"])
    book.save(path)
    with pytest.raises(Exception, match="give --plan"):
        tracked_ws.import_breakdown(path)
    result = tracked_ws.import_breakdown(path, plan=1)
    assert result.count("changed") == 1
    assert owners(tracked_ws)["c3.s1.p2"] == (["市发改委"], [], 2027)


def test_rows_are_tall_enough_for_their_text(tracked_ws: Workspace, tmp_path: Path) -> None:
    """Spreadsheet programs do not re-fit row heights on open: the export sets them."""
    path = tmp_path / "a.xlsx"
    tracked_ws.export_breakdown(None, path)
    sheet = load_workbook(path)["第四章"]
    task = sheet.row_dimensions[find_row(sheet, "c4.s1.p1")].height
    target = sheet.row_dimensions[find_row(sheet, "c4.s1.p1.t1")].height
    assert task > 3 * 15 and target < task  # a paragraph of text, then a one-line target


def test_a_breakdown_saved_as_xls(tracked_ws: Workspace, tmp_path: Path) -> None:
    """A department's office saved the workbook as Excel 97 (.xls, written here with xlwt):
    every row is checked the same way; the plan comes from --plan (.xls keeps no plan id)."""
    import xlwt

    path = tmp_path / "分工方案.xlsx"
    tracked_ws.export_breakdown(None, path)
    set_cells(path, "第三章", "c3.s2.p1", 牵头单位="市科技局", 完成时限="2027年")
    xls = tmp_path / "分工方案.xls"
    book = xlwt.Workbook(encoding="utf-8")
    for title, rows in sheet_values(path).items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.save(str(xls))
    with pytest.raises(NotFound, match=r"分工方案\.xls: cannot tell which stored plan"):
        tracked_ws.import_breakdown(xls)
    result = tracked_ws.import_breakdown(xls, plan=1)
    assert result.count("changed") == 1 and result.count("unchanged") == 3 and not result.errors
    assert owners(tracked_ws)["c3.s2.p1"] == (["市科技局"], [], 2027)
    set_cells(path, "第三章", "c3.s2.p2", 完成时限="明年")
    bad = xlwt.Workbook(encoding="utf-8")
    for title, rows in sheet_values(path).items():
        sheet = bad.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    bad.save(str(xls))
    with pytest.raises(BreakdownRejected, match=r"分工方案\.xls: 1 row\(s\) rejected"):
        tracked_ws.import_breakdown(xls, plan=1)
