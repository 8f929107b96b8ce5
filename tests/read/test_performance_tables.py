"""One budget performance-target table (绩效目标表) in every shape it reaches a user gives the same
records: tab rows, pipe rows with the merged 一级/二级 cells empty or dropped, a bar after each
flattened row, runs of spaces, one cell per line (with and without blank lines), a header
written one cell a line, a .docx table with merged cells and an HTML table with rowspan."""

from __future__ import annotations

import html
import re
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


def _spaced(cell: str) -> str:
    """12条 -> 12 条, ≥95% -> ≥95 %: the figure set apart from its unit."""
    return re.sub(r"(?<=\d)(?=[^\d.年])", " ", cell)


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
    # b98 宝坻: a bar after each cell, the bars of the merged cells after a row's last one
    "one cell per line, bars after": lambda: "\n".join(
        f"{c} |" + (" ||||" if k == len(r) - 1 else "")
        for r in [HEADER, *ROWS]
        for k, c in enumerate(r)
        if c
    ),
    # a PDF's text layer sets each figure apart from its unit (100 %, 12 条)
    "one cell per line, figures spaced": lambda: "\n".join(
        _spaced(c) for r in [HEADER, *ROWS] for c in r if c
    ),
    "one space apart, figures spaced": lambda: "\n".join(
        " ".join(_spaced(c) for c in r if c) for r in [HEADER, *ROWS]
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


def _records(tmp_path: Path, text: str, name: str = "table.txt") -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {r[:4] for r in table_records(path, "项目支出绩效目标表")}


def test_a_tree_of_levels_under_no_header(tmp_path: Path) -> None:
    """Levels with (必填) notes, then each indicator over its value; one indicator under two
    groups is one target."""
    text = """单位：元
项目
指标值
  产出指标
    数量指标(必填硬性指标)
      免费接种疫苗人次
≥5000人次
      满足儿童接种需求
100%
    时效指标(必填)
      疫苗提供及时率
100%
  满意度指标
    服务对象满意度指标(必填)
      服务对象满意度
≥95%
    社会效益指标(必填)
      满足儿童接种需求
100%
"""
    assert _records(tmp_path, text) == {
        ("免费接种疫苗人次", 5000, "人次", ">="),
        ("满足儿童接种需求", 100, "%", ">="),
        ("疫苗提供及时率", 100, "%", ">="),
        ("服务对象满意度", 95, "%", ">="),
    }


def test_cells_glued_under_a_glued_header(tmp_path: Path) -> None:
    """A PDF's text layer ran the cells together; a cell in words with several figures is read
    as a sentence."""
    text = """部门整体支出年度绩效指标一级指标二级指标三级指标指标值及单位
产出指标数量指标全年检测人次自愿咨询检测800人次以上，重点人群检测500人次以上
健康知识培训次数3次以上
满意度指标服务对象满意度指标群众满意度95%以上
"""
    assert _records(tmp_path, text) == {
        ("检测人次自愿咨询检测", 800, "人次", ">="),
        ("重点人群检测", 500, "人次", ">="),
        ("健康知识培训次数", 3, "次", ">="),
        ("群众满意度", 95, "%", ">="),
    }


def test_pipe_rows_with_a_label_a_description_column_and_unit_words(tmp_path: Path) -> None:
    """专项年度绩效指标 before the header, a 绩效指标描述 column, values in 百分比, a Latin unit,
    a level's name spaced out, the 一级 cell written once; the money and the form's budget above
    are not targets."""
    text = """| 项目名称 | 道路降尘服务 |
| 年度资金总额 | 250万元（其中市级资金200万元） |
| 专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值及单位 |
| 产出 指标 | 数量指标 | 配备雾炮车 | 配备雾炮车 | 12辆 |
| 质量指标 | 验收合格率 | 验收合格率 | ≥98百分比 | |
| 雾炮射程 | 雾炮射程 | ≥60M | |
| 成本指标 | 项目成本 | 项目成本 | 250万元 | |
| 满意度指标 | 服务对象满意度指标 | 市民满意度 | 市民满意度 | ≥90百分比 |
"""
    assert _records(tmp_path, text) == {
        ("配备雾炮车", 12, "辆", ">="),
        ("验收合格率", 98, "%", ">="),
        ("雾炮射程", 60, "M", ">="),
        ("市民满意度", 90, "%", ">="),
    }


def test_a_level_wrapped_over_two_lines_and_blank_lines_between_cells(tmp_path: Path) -> None:
    cells = [
        *("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
        *("产出指标", "数量指标", "新建机耕路", "≥12公里"),
        *("效益指标", "经济效益", "指标", "年增粮食", "3000公斤"),
        *("可持续影响", "指标", "工程设计使用年限", "≥15年"),
    ]
    text = "\n\n".join(cells) + "\n\n注：各地可结合实际调整。\n"
    assert _records(tmp_path, text) == {
        ("新建机耕路", 12, "公里", ">="),
        ("年增粮食", 3000, "公斤", ">="),
    }


def test_a_long_yearly_goal_cell_on_a_row_of_the_table(tmp_path: Path) -> None:
    """单位名称 | 项目名称 | 预算数 | 年度目标 before the levels: a second project's row carries its
    long 年度目标 cell; the first row's unit, project and budget cells make no target."""
    text = (
        "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
        "| 101-某镇人民政府 | 村干部报酬 | 1,200,000.00 | 按时发放 | 产出指标 | 数量指标 | 发放人数 | ≥ | 120 | 人 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % |\n"
        "| 活动经费 | 300,000.00 | 包括必要的办公用品费、水电费、报刊费等村社区办公经费，基层党组织开展组织活动、"
        "党员干部教育培训，群团活动开展，组织活动场所维护等。 | 产出指标 | 数量指标 | 行政村数量 | = | 11 | 个 |\n"
    )
    assert _records(tmp_path, text) == {
        ("发放人数", 120, "人", ">="),
        ("群众满意度", 95, "%", ">="),
        ("行政村数量", 11, "个", "="),
    }


def test_rows_one_space_apart_that_dropped_their_empty_cells(tmp_path: Path) -> None:
    """指标性质 and 度量单位 left empty and dropped: a count's figure is the value, the number
    after it the weight; cost rows in 人/天 are money."""
    text = """一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重(%)
产出指标 成本指标 检查差旅费 380 人/天 2
产出指标 时效指标 完成时限 1 5
产出指标 数量指标 召开联席会议 4 15
产出指标 质量指标 成员单位工作落实率 100 % 10
效益指标 社会效益指标 整体状况 定性 高中低
10
"""
    assert _records(tmp_path, text) == {
        ("召开联席会议", 4, "", ">="),
        ("成员单位工作落实率", 100, "%", ">="),
    }


def test_a_table_run_onto_one_line_after_its_glued_header(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表项目名称非遗展演补助资金年度绩效目标提升展演服务水平"
        "一级指标二级指标三级指标指标目标值产出指标数量指标展演场次=24场质量指标"
        "展演任务完成率=100百分比效益指标社会效益指标观众人数=12000人次"
        "满意度指标服务对象满意度观众满意度%=95百分比\n"
    )
    assert _records(tmp_path, text) == {
        ("展演场次", 24, "场", "="),
        ("展演任务完成率", 100, "%", "="),
        ("观众人数", 12000, "人次", "="),
        ("服务对象满意度观众满意度", 95, "%", "="),
    }


def test_a_group_name_cut_short_and_a_count_in_an_unknown_word(tmp_path: Path) -> None:
    cells = [
        *("一级指标", "二级指标", "三级指标", "指标值"),
        *("产出指标", "数量指标", "送电影下乡", "≥40村"),
        *("满意度指标", "社会公众或服务", "村民满意度", "≥90%"),
    ]
    assert _records(tmp_path, "\n".join(cells) + "\n") == {
        ("送电影下乡", 40, "村", ">="),
        ("村民满意度", 90, "%", ">="),
    }


def test_one_cell_a_line_with_a_long_goal_and_a_direction_column(tmp_path: Path) -> None:
    """The 指标方向性 column's 正向指标 is no indicator, and a second project's long 年度目标
    cell, alone on its line before the levels, does not end the table."""
    goal = (
        "包括必要的办公用品费、水电费、报刊费等村社区办公经费，基层党组织开展组织活动、"
        "党员干部教育培训，群团活动开展，组织活动场所维护等。"
    )
    cells = [
        *(
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "权重",
            "指标方向性",
        ),
        *("产出指标", "数量指标", "发放人数", "≥", "120", "人", "10", "正向指标"),
        *("活动经费", "300,000.00", goal),
        *("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", "10", "正向指标"),
    ]
    assert _records(tmp_path, "\n".join(cells) + "\n") == {
        ("发放人数", 120, "人", ">="),
        ("群众满意度", 95, "%", ">="),
    }


@pytest.mark.parametrize("shape", ["per line", "tabs"])
def test_a_计算符号_column_a_指标值说明_column_and_rows_under_merged_levels(
    tmp_path: Path, shape: str
) -> None:
    """b95 浮梁's table: its last column, 指标值说明, is the header's (not the next row's name);
    a spreadsheet's copy writes a merged level's blanks after the row's first cell."""
    header = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明"]
    rows = [
        ["产出指标", "数量指标", "保障在职职工人数(人)", "=", "116", "人", "该指标值数据合理"],
        ["保障退休职工人数(人)", "=", "81", "人", "该指标值数据合理"],
        ["湿地保有量(公顷)", "=", "4900", "公顷", "该指标值数据合理"],
        ["质量指标", "工资发放准确性(%)", "≥", "95", "%", "该指标值数据合理"],
    ]
    if shape == "tabs":
        lines = ["\t".join(r[:1] + [""] * (len(header) - len(r)) + r[1:]) for r in [header, *rows]]
    else:
        lines = [c for r in [header, *rows] for c in r]
    assert _records(tmp_path, "\n".join(lines) + "\n") == {
        ("保障在职职工人数(人)", 116, "人", "="),
        ("保障退休职工人数(人)", 81, "人", "="),
        ("湿地保有量(公顷)", 4900, "公顷", "="),
        ("工资发放准确性(%)", 95, "%", ">="),
    }
