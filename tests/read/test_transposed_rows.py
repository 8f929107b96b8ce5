"""An indicator table laid on its side: indicators across, a label first on each row."""

from __future__ import annotations

from pathlib import Path

from plantrack.read.text_cells import bar_cells
from plantrack.read.transposed_rows import transposed_rows
from saved_text import parse_lines

# labels alone on their lines, two groups of indicators under the same labels
LABEL_ALONE = [
    "指 标 名 称 |",
    "森林覆盖率 | 城市空气质量优良天数比率 | 地表水达到或好于Ⅲ类水体比例 |",
    "2027 年 目 标 值 |",
    "45% | >90% | 85% |",
    "属 性 | 约束性 | 约束性 | 预期性 |",
    "指 标 名 称 |",
    "单位GDP能耗下降 | 新能源汽车保有量 | 城镇污水处理率 |",
    "2027 年 目 标 值 |",
    "13.5% | 20万辆 | 97% |",
    "属 性 | 约束性 | 预期性 | 预期性 |",
]


def test_each_indicator_across_becomes_a_row() -> None:
    rows, used = transposed_rows(LABEL_ALONE, bar_cells)
    assert rows[0] == ["指标", "2027年目标值", "属性"]
    assert rows[1:] == [
        ["森林覆盖率", "45%", "约束性"],
        ["城市空气质量优良天数比率", ">90%", "约束性"],
        ["地表水达到或好于Ⅲ类水体比例", "85%", "预期性"],
        ["单位GDP能耗下降", "13.5%", "约束性"],
        ["新能源汽车保有量", "20万辆", "预期性"],
        ["城镇污水处理率", "97%", "预期性"],
    ]
    assert used == len(LABEL_ALONE)


def test_labels_in_the_first_cell_and_a_paragraph_after() -> None:
    lines = [
        "指标 | 农村自来水普及率 | 村庄绿化覆盖率 | 农村卫生厕所普及率 |",
        "2025年 | 90% | 35% | 95% |",
        "下一步，全县将围绕上述指标逐项抓好落实。",
    ]
    rows, used = transposed_rows(lines, bar_cells)
    assert rows[1:] == [
        ["农村自来水普及率", "90%"],
        ["村庄绿化覆盖率", "35%"],
        ["农村卫生厕所普及率", "95%"],
    ]
    assert used == 2


def test_an_upright_table_or_too_few_indicators_is_no_such_table() -> None:
    upright = ["指标 | 单位 | 2020年 | 2025年 |", "地区生产总值 | 亿元 | 1200 | 1600 |"]
    assert transposed_rows(upright, bar_cells) == ([], 0)
    two = ["指标 |", "森林覆盖率 | 城镇污水处理率 |", "2027年目标值 |", "45% | 97% |"]
    assert transposed_rows(two, bar_cells) == ([], 0)
    words_only = ["指标 |", "森林 | 湿地 | 草原 |", "属性 | 约束性 | 约束性 | 预期性 |"]
    assert transposed_rows(words_only, bar_cells) == ([], 0)


def test_the_table_in_a_page_gives_its_targets(tmp_path: Path) -> None:
    lines = ["全县生态环境保护主要指标", *LABEL_ALONE, "各乡镇要对照上述指标，细化年度任务。"]
    parsed = parse_lines(tmp_path, lines, "生态环境保护规划", (2023, 2027))
    got = {(t.metric, t.value, t.unit, t.comparator, t.binding) for t in parsed.targets}
    assert ("森林覆盖率", 45, "%", ">=", True) in got
    assert ("城市空气质量优良天数比率", 90, "%", ">", True) in got
    assert ("新能源汽车保有量", 20, "万辆", ">=", False) in got
    assert len(got) == 6
