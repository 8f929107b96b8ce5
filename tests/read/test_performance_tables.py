"""One budget performance-target table (绩效目标表) in every shape it reaches a user gives the same
records: tab rows, pipe rows with the merged 一级/二级 cells empty or dropped, a bar after each
flattened row, runs of spaces, one cell per line (with and without blank lines), a header
written one cell a line, a .docx table with merged cells and an HTML table with rowspan."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from table_records import table_records

HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["产出指标", "数量指标", "保洁河道数量", "12条"],
    ["", "", "清理水面垃圾", "≥300吨"],
    ["", "质量指标", "保洁覆盖率", "100%"],
    ["", "时效指标", "完成时限", "2025年12月底前"],
    ["", "成本指标", "保洁成本", "≤120万元"],
    ["效益指标", "社会效益指标", "河道水面清洁率", "≥95%"],
    ["", "可持续影响指标", "长效管护机制", "长期"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"],
]
EXPECTED = {
    ("保洁河道数量", 12, "条", ">=", "level", None, None, None, 2030),
    ("清理水面垃圾", 300, "吨", ">=", "level", None, None, None, 2030),
    ("保洁覆盖率", 100, "%", ">=", "level", None, None, None, 2030),
    ("河道水面清洁率", 95, "%", ">=", "level", None, None, None, 2030),
    ("沿河群众满意度", 90, "%", ">=", "level", None, None, None, 2030),
}
INTRO = "某县城区河道保洁服务项目支出绩效目标表\n"
AFTER = "\n注：本表由项目实施单位填报，经主管部门审核后随预算公开。"


def _filled() -> list[list[str]]:
    """The rows with each merged cell written on every row (a converter's copy)."""
    out, levels = [], ["", ""]
    for row in ROWS:
        levels = [row[0] or levels[0], row[1] or levels[1]]
        if row[0]:
            levels[1] = row[1]
        out.append([*levels, *row[2:]])
    return out


SHAPES = {
    "tabs": lambda: "\n".join("\t".join(r) for r in [HEADER, *_filled()]),
    "pipes, merged cells empty": lambda: "\n".join(f"| {' | '.join(r)} |" for r in [HEADER, *ROWS]),
    "pipes, merged cells dropped": lambda: "\n".join(
        f"| {' | '.join(c for c in r if c)} |" for r in [HEADER, *ROWS]
    ),
    "bar-flattened rows": lambda: "\n".join(
        " | ".join(c for c in r if c) + " | ||||" for r in [HEADER, *ROWS]
    ),
    "spaces": lambda: "\n".join("    ".join(c for c in r if c) for r in [HEADER, *ROWS]),
    "one cell per line": lambda: "\n".join(c for r in [HEADER, *ROWS] for c in r if c),
    "one cell per line, blank lines": lambda: "\n\n".join(
        c for r in [HEADER, *ROWS] for c in r if c
    ),
    "one space apart (a text layer)": lambda: "\n".join(
        " ".join(c for c in r if c) for r in [HEADER, *ROWS]
    ),
    "run on (a scan's text)": lambda: " ".join(c for r in [HEADER, *ROWS] for c in r if c),
    "header on one line, cells one a line": lambda: (
        "\t".join(HEADER) + "\n" + "\n".join(c for r in ROWS for c in r if c)
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_text_shape_gives_the_rows_targets(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "table.txt"
    path.write_text(INTRO + SHAPES[shape]() + AFTER, encoding="utf-8")
    assert table_records(path, "项目支出绩效目标表") == EXPECTED, shape


def test_a_docx_table_with_merged_cells(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(INTRO.strip())
    table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for r, row in enumerate([HEADER, *ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(5, 0))  # 产出指标 over five rows
    table.cell(6, 0).merge(table.cell(7, 0))
    table.cell(1, 1).merge(table.cell(2, 1))  # 数量指标 over two
    document.add_paragraph(AFTER.strip())
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert table_records(path, "项目支出绩效目标表") == EXPECTED


def test_an_html_table_with_rowspan(tmp_path: Path) -> None:
    spans = {(1, 0): 5, (6, 0): 2, (1, 1): 2}
    covered = {(r, c) for (r0, c), n in spans.items() for r in range(r0 + 1, r0 + n)}
    lines = []
    for r, row in enumerate([HEADER, *ROWS]):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            span = f' rowspan="{spans[(r, c)]}"' if (r, c) in spans else ""
            cells.append(f"<td{span}>{html.escape(text)}</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    page = (
        f"<html><body><p>{INTRO.strip()}</p><table>{''.join(lines)}</table>"
        f"<p>{AFTER.strip()}</p></body></html>"
    )
    path = tmp_path / "table.html"
    path.write_text(page, encoding="utf-8")
    assert table_records(path, "项目支出绩效目标表") == EXPECTED
