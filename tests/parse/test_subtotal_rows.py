"""Project lists whose places are summed in rows of their own (parse/subtotal_rows.py)."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Location
from plantrack.parse.plan import parse_document
from plantrack.parse.subtotal_rows import subtotal_targets
from plantrack.read import read_document

LOC = Location(node="c4.t1", chapter=4)
HEADER = ["序号", "站点类型", "名称", "位置", "加油", "充换电", "加氢", "计划建设年度", "备注"]
ROWS = [
    HEADER,
    ["合计", "3", "4", "1", "", ""],
    ["东城街道", "2", "2", "1", "", ""],
    ["1", "综合能源站（三功能）", "甲站", "东城街道1组", "√", "√", "√", "2027", "新建"],
    ["2", "综合能源站（两功能）", "乙站", "东城街道2组", "√", "√", "", "2028", "改扩建"],
    ["南城街道", "1", "2", "", "", ""],
    ["3", "综合能源站（两功能）", "丙站", "南城街道3组", "√", "√", "", "2029", "新建"],
    ["4", "综合能源站（一功能）", "丁站", "南城街道4组", "", "√", "", "2030", "新建"],
]


def read(rows: list[list[str]]) -> set[tuple]:
    targets = subtotal_targets(rows, node_id="c4.t1", location=LOC, end_year=2030, offset=0)
    return {(t.metric, t.value, t.unit, t.deadline) for t in targets}


def test_the_place_rows_count_each_function_under_the_last_columns() -> None:
    assert read(ROWS) == {
        ("合计综合能源站（加油）", 3, None, 2030),
        ("合计综合能源站（充换电）", 4, None, 2030),
        ("合计综合能源站（加氢）", 1, None, 2030),
        ("东城街道综合能源站（加油）", 2, None, 2030),
        ("东城街道综合能源站（充换电）", 2, None, 2030),
        ("东城街道综合能源站（加氢）", 1, None, 2030),
        ("南城街道综合能源站（加油）", 1, None, 2030),
        ("南城街道综合能源站（充换电）", 2, None, 2030),
    }


def test_a_list_without_place_rows_or_with_one_only_gives_nothing() -> None:
    listed_only = [r for r in ROWS if r[0] not in ("合计", "东城街道", "南城街道")]
    assert read(listed_only) == set()
    assert read([r for r in ROWS if r[0] not in ("合计", "南城街道")]) == set()
    # a row of words under a place name is no sum
    worded = [HEADER, ["东城街道", "待定", "", "", "", ""], ["南城街道", "另行", "", "", "", ""]]
    assert read(worded + ROWS[3:5]) == set()


def test_a_markdown_project_list_in_a_plan(tmp_path: Path) -> None:
    # b36 南川: the empty header row the HTML-to-Markdown copy wrote, bold place names
    lines = ["| " + " | ".join(row) + " |" for row in ROWS]
    lines[2] = lines[2].replace("东城街道", "**东城街道**")
    text = "（4）规划布点汇总\n\n到2030年，规划建设综合能源站4座。具体布点情况见下表。\n\n"
    text += "| " + " | ".join([""] * len(HEADER)) + " |\n| " + " | ".join(["---"] * len(HEADER))
    text += " |\n" + "\n".join(lines) + "\n"
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title=None, period=(2025, 2030))
    metrics = {t.metric for t in parsed.targets}
    assert {"东城街道综合能源站（加油）", "合计综合能源站（充换电）"} <= metrics
    assert len(parsed.targets) == 9  # 4座 in the sentence and the eight sums


def test_a_spreadsheet_copy_writes_the_merged_name_as_blanks() -> None:
    full = [r if len(r) == len(HEADER) else r[:1] + [""] * 3 + r[1:] for r in ROWS]
    assert read(full) == read(ROWS)
