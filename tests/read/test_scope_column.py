"""A 统计口径 column (户籍人口 / 全人口 …) folds into the indicator's name, and a second scope on
a row of its own keeps its own record, in every shape the table arrives in."""

from __future__ import annotations

from pathlib import Path

import pytest
from table_records import table_records

from plantrack.read.scope_column import fold_scope_cells, fold_scope_rows, scope_column

HEADER = ["序号", "指标名称", "统计口径", "属性", "2030年目标值"]
ROWS = [
    ["1", "平均期望寿命", "户籍人口", "预期性", "≥84岁"],
    ["2", "婴儿死亡率", "户籍人口", "预期性", "≤2.5‰"],
    ["", "", "全人口", "预期性", "≤4‰"],
    ["3", "孕产妇死亡率", "全人口", "预期性", "≤9/10万"],
    ["4", "自愿无偿献血比例", "-", "约束性", "100%"],
]
EXPECTED = {
    ("平均期望寿命（户籍人口）", 84.0, "岁", ">=", False),
    ("婴儿死亡率（户籍人口）", 2.5, "‰", "<=", False),
    ("婴儿死亡率（全人口）", 4.0, "‰", "<=", False),
    ("孕产妇死亡率（全人口）", 9.0, "/10万", "<=", False),
    ("自愿无偿献血比例", 100.0, "%", ">=", True),
}
TITLE = "某区卫生健康“十五五”规划指标体系"


def _per_line(blank_between: bool) -> str:
    """One cell per line; the second scope's row has no 序号 and no name (its cells dropped)."""
    cells = [c for row in [HEADER, *ROWS] for c in row if c]
    return ("\n\n" if blank_between else "\n").join([TITLE, *cells])


def _tabs() -> str:
    return "\n".join([TITLE, *("\t".join(row) for row in [HEADER, *ROWS])])


def _pipes() -> str:
    return "\n".join([TITLE, *("| " + " | ".join(row) + " |" for row in [HEADER, *ROWS])])


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for r, row in enumerate([HEADER, *ROWS]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.save(str(path))


def _html() -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [HEADER, *ROWS]
    )
    return f"<html><body><p>{TITLE}</p><table>{rows}</table></body></html>"


def _records(path: Path) -> set[tuple]:
    return {(m, v, u, c, b) for m, v, u, c, _k, _b, _y, b, _d in table_records(path, TITLE)}


@pytest.mark.parametrize("shape", ["tabs", "pipes", "per_line", "per_line_blank", "docx", "html"])
def test_every_shape_gives_a_record_per_indicator_and_scope(tmp_path: Path, shape: str) -> None:
    if shape == "docx":
        path = tmp_path / "指标.docx"
        _docx(path)
    else:
        suffix = ".html" if shape == "html" else ".txt"
        text = {
            "tabs": _tabs,
            "pipes": _pipes,
            "per_line": lambda: _per_line(False),
            "per_line_blank": lambda: _per_line(True),
            "html": _html,
        }[shape]()
        path = tmp_path / f"指标{suffix}"
        path.write_text(text, encoding="utf-8")
    assert _records(path) == EXPECTED


def test_the_scope_column_is_found_by_its_header() -> None:
    assert scope_column(HEADER) == 2
    assert scope_column(["序号", "指标", "单位", "2030年"]) is None


def test_a_value_marked_absent_is_not_taken_for_a_scope() -> None:
    # 3 | 出生率 | 户籍人口 | 预期性 | - : the absent value stays a cell, no row is opened
    header, cells = fold_scope_cells(
        HEADER, ["1", "出生率", "户籍人口", "预期性", "-", "2", "死亡率", "全人口", "预期性", "5‰"]
    ) or ([], [])
    assert header == ["序号", "指标名称", "属性", "2030年目标值"]
    assert [c for _, c in cells] == [
        "1", "出生率（户籍人口）", "预期性", "-", "2", "死亡率（全人口）", "预期性", "5‰",
    ]  # fmt: skip


def test_a_table_without_the_column_is_left_as_it_is() -> None:
    rows = [["序号", "指标", "2030年"], ["1", "森林覆盖率", "51%"]]
    assert fold_scope_rows(rows) == rows
    assert fold_scope_cells(rows[0], rows[1]) is None
