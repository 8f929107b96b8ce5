"""Importing and exporting observations: real CSV (UTF-8, GBK) and XLSX files in tmp dirs."""

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from plantrack.errors import ImportRejected, ReadError, UnsupportedFormat
from plantrack.store.schema import assessments, audit, observations

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 亿元, level
SHARE = "c2.s4.box2.i4.t1"  # 科技服务业增加值占比 %, ~12
TALENT = "c3.s3.box4.i2.t1"  # 国内一流科技领军人才 名, increment
HIGHTECH = "c3.s2.p1.t2"  # 每年新认定高新技术企业 家, annual
COVER = "c3.s1.p1.t1"  # qualitative 全覆盖


def write_csv(path, rows, encoding="utf-8"):
    path.write_text("\n".join(",".join(str(c) for c in r) for r in rows) + "\n", encoding=encoding)
    return path


def snapshot(ws):
    """Every row of the tables an import may touch."""
    with ws.engine.connect() as conn:
        return [
            conn.execute(select(t).order_by(t.c.id)).all()
            for t in (observations, audit, assessments)
        ]


GOOD = [
    ["指标编号", "年份", "数值", "单位", "来源", "口径", "备注"],
    [FIN, 2026, 2150, "亿元", "2026年统计公报", "初步核算", ""],
    [SHARE, 2026, 10.9, "%", "市统计局", "", ""],
    [TALENT, 2026, 96, "名", "市委人才办", "", "新集聚"],
]


def test_csv_in_gbk_is_read(sample_ws, tmp_path):
    path = write_csv(tmp_path / "figures.csv", GOOD, encoding="gbk")
    result = sample_ws.import_observations(path)
    assert (result.recorded, result.rejected) == (3, [])
    stored = {o.target_id: o for o in sample_ws.observations()}
    assert stored[FIN].source == "2026年统计公报" and stored[FIN].vintage == "初步核算"
    assert stored[TALENT].note == "新集聚"
    assert {h["action"] for h in sample_ws.history()} == {"record"}


def test_english_headers_and_utf8_bom(sample_ws, tmp_path):
    rows = [["target_id", "period", "value", "unit", "source"], [FIN, "2026", "2,150", "亿元", "x"]]
    path = tmp_path / "en.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), encoding="utf-8-sig")
    result = sample_ws.import_observations(path)
    assert result.recorded == 1
    assert sample_ws.observations()[0].value == 2150


BAD_ROWS = [
    ([FIN, 2026, "约2150", "亿元"], "write 2150"),
    ([FIN, 2027, "—", "亿元"], "no figure given"),
    ([TALENT, 2026, -5, "名"], "cannot be negative"),
    ([FIN, 2035, 2300, "亿元"], "after the plan ends (2030)"),
    ([FIN, 2019, 900, "亿元"], "before the plan's base year 2025"),
    (["c9.s9.t9", 2026, 1, "个"], "target c9.s9.t9: not in plan"),
    ([SHARE, 2027, 11, "亿元"], "cannot convert 亿元 to %"),
    ([FIN, "明年", 1, "亿元"], "period '明年'"),
]


@pytest.mark.parametrize(("row", "reason"), BAD_ROWS)
def test_each_bad_row_gets_its_reason_and_nothing_is_stored(sample_ws, tmp_path, row, reason):
    before = snapshot(sample_ws)
    path = write_csv(tmp_path / "bad.csv", [*GOOD, row])
    with pytest.raises(ImportRejected) as info:
        sample_ws.import_observations(path)
    assert info.value.rows == [(5, info.value.rows[0][1])]  # header is line 1: the bad row is 5
    assert reason in info.value.rows[0][1]
    assert "1 of 4 rows rejected, nothing imported" in str(info.value)
    assert snapshot(sample_ws) == before  # the store is exactly as it was


def test_skip_invalid_imports_every_valid_row(sample_ws, tmp_path):
    rows = [*GOOD] + [r for r, _ in BAD_ROWS] + [[HIGHTECH, 2026, 612, "家"]]
    path = write_csv(tmp_path / "mixed.csv", rows)
    result = sample_ws.import_observations(path, skip_invalid=True)
    assert result.recorded == 4
    assert [n for n, _ in result.rejected] == list(range(5, 5 + len(BAD_ROWS)))
    assert {o.target_id for o in sample_ws.observations()} == {FIN, SHARE, TALENT, HIGHTECH}


def test_duplicate_rows_in_one_file_are_rejected(sample_ws, tmp_path):
    path = write_csv(tmp_path / "dup.csv", [*GOOD, [FIN, 2026, 2100, "亿元"]])
    with pytest.raises(ImportRejected) as info:
        sample_ws.import_observations(path)
    assert "already given in row 2" in info.value.rows[0][1]


def test_reimport_revises_and_keeps_history(sample_ws, tmp_path):
    sample_ws.import_observations(write_csv(tmp_path / "a.csv", GOOD))
    changed = [GOOD[0], [FIN, 2026, 2160, "亿元", "2027年公报", "最终核实", ""], *GOOD[2:]]
    result = sample_ws.import_observations(write_csv(tmp_path / "b.csv", changed))
    assert (result.recorded, result.updated, result.unchanged) == (0, 1, 2)
    history = sample_ws.history(target_id=FIN)
    assert [(h["action"], h["new"]["value"]) for h in history] == [
        ("record", 2150),
        ("update", 2160),
    ]


def merged_header_workbook(path, sheet_title="宁波市国民经济和社会发展"):
    """Two header rows: 指标编号 merged down A1:A2, 监测数据 merged across B1:E1 above the fields."""
    book = Workbook()
    ws = book.active
    ws.title = sheet_title
    ws["A1"] = "指标编号"
    ws.merge_cells("A1:A2")
    ws["B1"] = "监测数据"
    ws.merge_cells("B1:E1")
    for col, name in zip("BCDE", ["年份", "数值", "单位", "来源"], strict=True):
        ws[f"{col}2"] = name
    ws.append([FIN, 2026, 2150, "亿元", "公报"])
    ws.append([COVER, 2026, None, None, "市科技局"])
    ws["F2"] = "进展"
    ws["F4"] = "in_progress"
    ws.append([HIGHTECH, 2026, 612, "家", "公报"])
    book.save(path)
    return path


def test_xlsx_with_merged_header_cells(sample_ws, tmp_path):
    path = merged_header_workbook(tmp_path / "figures.xlsx")
    result = sample_ws.import_observations(path)
    assert (result.recorded, result.rejected) == (3, [])
    stored = {o.target_id: o for o in sample_ws.observations()}
    assert stored[COVER].milestone == "in_progress" and stored[COVER].value is None
    assert stored[HIGHTECH].value == 612
    assert sample_ws.assess(COVER).status == "on_track"


def test_xlsx_row_numbers_are_the_sheets(sample_ws, tmp_path):
    path = merged_header_workbook(tmp_path / "figures.xlsx")
    book = load_workbook(path)
    book.active.append(["c1.t404", 2026, 1, "个", ""])  # row 6
    book.save(path)
    with pytest.raises(ImportRejected) as info:
        sample_ws.import_observations(path)
    assert info.value.rows[0][0] == 6


def test_unknown_sheet_name_with_several_sheets_fails(sample_ws, tmp_path):
    path = merged_header_workbook(tmp_path / "two.xlsx")
    book = load_workbook(path)
    other = book.create_sheet("另一个规划")
    other.append(["指标编号", "年份", "数值"])
    other.append([FIN, 2026, 1])
    book.save(path)
    with pytest.raises(Exception, match="另一个规划"):
        sample_ws.import_observations(path)


def test_missing_columns_and_formats(sample_ws, tmp_path):
    path = write_csv(tmp_path / "no.csv", [["名称", "数值"], ["x", 1]])
    with pytest.raises(ReadError, match="no column 指标编号/target_id, 年份/period"):
        sample_ws.import_observations(path)
    path = write_csv(tmp_path / "nop.csv", [["指标编号", "数值"], [FIN, 1]])
    with pytest.raises(ReadError, match="no column 年份/period"):
        sample_ws.import_observations(path)
    with pytest.raises(UnsupportedFormat):
        sample_ws.import_observations(write_csv(tmp_path / "x.json", [["a"]]))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_round_trip(sample_ws, workspace, sample_path, tmp_path, suffix):
    sample_ws.record(FIN, value=1500, baseline=True, source="规划")
    sample_ws.import_observations(merged_header_workbook(tmp_path / "in.xlsx"))
    sample_ws.record("c4.s1.p4.t1", period=2026, value=3200, basis="total", note="年末累计")
    out = tmp_path / f"out{suffix}"
    assert sample_ws.export_observations(None, out) == 5
    workspace.ingest(sample_path)
    result = workspace.import_observations(out)
    assert result.recorded == 5

    def key(o):
        return (
            o.target_id,
            o.period,
            o.value,
            o.unit,
            o.source,
            o.milestone,
            o.is_baseline,
            o.basis,
            o.note,
        )

    assert sorted(map(key, workspace.observations())) == sorted(map(key, sample_ws.observations()))


# -- Excel 97-2003 (.xls) and WPS (.et): written with xlwt, as an older Excel or WPS saves them ----
def write_xls(path, sheets: dict[str, list[list]], merges=()):
    """An .xls workbook with xlwt; dates get a date format, `merges` are (sheet, r0, r1, c0, c1)."""
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    merged = {(s, r0, c0): (r1, c1) for s, r0, r1, c0, c1 in merges}
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (name, r, c) in merged:
                    r1, c1 = merged[(name, r, c)]
                    sheet.write_merge(r, r1, c, c1, value)
                elif value is not None and not any(
                    r0 <= r <= m[0] and c0 <= c <= m[1] and (r, c) != (r0, c0)
                    for (s, r0, c0), m in merged.items()
                    if s == name
                ):
                    style = date if isinstance(value, dt.date) else xlwt.Style.default_style
                    sheet.write(r, c, value, style)
    book.save(str(path))
    return path


def test_xls_figures_import_like_the_xlsx(sample_ws, tmp_path):
    """The example workbook saved as .xls imports the same 21 figures: importing the .xlsx
    afterwards changes nothing."""
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "samples" / "observations-2026.xlsx"
    book = load_workbook(example, data_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    xls = write_xls(tmp_path / "observations-2026.xls", sheets)
    assert xls.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    result = sample_ws.import_observations(xls)
    assert (result.recorded, result.rejected) == (21, [])
    before = snapshot(sample_ws)[0]
    again = sample_ws.import_observations(example)
    assert (again.recorded, again.updated, again.unchanged) == (0, 0, 21)
    assert snapshot(sample_ws)[0] == before
    et = tmp_path / "figures.et"  # WPS 表格 saving in the Excel 97 format under its own name
    et.write_bytes(xls.read_bytes())
    assert sample_ws.import_observations(et).unchanged == 21


def test_xls_two_row_merged_header_dates_and_bad_rows(sample_ws, tmp_path):
    import datetime as dt

    rows = [
        ["指标编号", "监测值", None, "单位", "来源"],
        [None, "年份", "数值", None, None],
        [FIN, 2026, 2150, "亿元", "2026年统计公报"],
        [SHARE, dt.date(2026, 6, 30), 10.9, "%", "市统计局"],
        [TALENT, 2026, "abc", "名", "市委人才办"],
    ]
    path = write_xls(tmp_path / "figures.xls", {"Sheet1": rows}, merges=[("Sheet1", 0, 1, 0, 0)])
    before = snapshot(sample_ws)
    with pytest.raises(ImportRejected, match=r"figures\.xls: 1 of 3 rows rejected, nothing"):
        sample_ws.import_observations(path)
    assert snapshot(sample_ws) == before  # one bad row: nothing written
    result = sample_ws.import_observations(path, skip_invalid=True)
    assert result.recorded == 2 and [n for n, _ in result.rejected] == [5]
    periods = {o.target_id: o.period for o in sample_ws.observations(None)}
    assert periods[SHARE] == "2026-06-30" and periods[FIN] == "2026"


def test_bad_xls_files_get_one_line_quickly(sample_ws, tmp_path):
    import time

    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, "指标编号")
    sheet.write(65535, 255, "x")  # one far cell: a used range of 16.7 million cells
    far = tmp_path / "far.xls"
    book.save(str(far))
    start = time.process_time()  # CPU time: other load on a shared machine does not count
    with pytest.raises(ReadError, match=r"far\.xls: sheet Sheet1 has 65536 rows × 256 columns"):
        sample_ws.import_observations(far)
    assert time.process_time() - start < 2
    text = tmp_path / "notes.xls"
    text.write_text("指标编号,年份,数值\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"notes\.xls: not an Excel 97-2003 workbook; save it as"):
        sample_ws.import_observations(text)
    renamed = tmp_path / "renamed.xls"
    Workbook().save(renamed)
    with pytest.raises(ReadError, match=r"renamed\.xls: an \.xlsx workbook saved under another"):
        sample_ws.import_observations(renamed)
    broken = tmp_path / "broken.xls"
    broken.write_bytes(far.read_bytes()[:1500])
    with pytest.raises(ReadError, match=r"broken\.xls: (corrupt|cannot read)"):
        sample_ws.import_observations(broken)
