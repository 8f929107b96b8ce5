"""read.nature_rows: a performance form with a nature column, copied as broken pipe lines."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets
from plantrack.model import Block
from plantrack.read.nature_rows import nature_rows

_FORM = [
    "2022年度项目支出绩效自评表 | 部门:永德县明朗中学 |",
    "|",
    "| 年度 总体 目标 | 确保每一个学生都能享受到国家政策福利 | 绩效指标 | 年度指标值 | 实际完成值 | 一级指标 "
    "| 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ "
    "| 735 | 人次 | 735 | 10 | 10 |",
    "| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |",
    "| 成本指标 | 生均补助标准达标率 | ═ | 100 | % | 100% | 10 | 10 |",
    "| 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |",
    "| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 100% | 10 | 10 |",
    "| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |",
]


def test_each_row_is_found_by_its_name_nature_number_and_unit() -> None:
    blocks = [Block(line, "paragraph", None, n) for n, line in enumerate(_FORM, 1)]
    out, repairs = nature_rows(blocks)
    table = [b for b in out if b.kind == "table"]
    assert len(table) == 1 and len(repairs) == 1
    assert table[0].rows is not None
    assert [r[2:] for r in table[0].rows[1:]] == [
        ["学生受资助人数", "≥735人次"],
        ["营养改善计划覆盖率", "≥100%"],
        ["生均补助标准达标率", "=100%"],
        ["政策知晓率", "=100%"],
        ["学生满意度", "≥95%"],
    ]
    assert table[0].rows[1][:2] == ["产出指标", "数量指标"]


def test_the_results_beside_the_targets_are_not_read(tmp_path: Path) -> None:
    found = document_targets(tmp_path, "\n".join(_FORM) + "\n", 2022, 2022)
    assert [(t.metric, t.value, t.comparator) for t in found] == [
        ("学生受资助人数", 735.0, ">="),
        ("营养改善计划覆盖率", 100.0, ">="),
        ("生均补助标准达标率", 100.0, "="),
        ("政策知晓率", 100.0, "="),
        ("学生满意度", 95.0, ">="),
    ]


def test_pipe_lines_without_a_nature_column_are_left_alone() -> None:
    lines = [
        "| 指标 | 单位 | 2025年 |",
        "| 地区生产总值增长 | % | 6 |",
        "| 常住人口 | 万人 | 100 |",
    ]
    blocks = [Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)]
    assert nature_rows(blocks) == (blocks, [])


_SCORED = [
    "绩效目标自评表 | ||||||||||",
    "绩效指标 | 一级 指标 |",
    "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因 | ||",
    "产 出 指 标 (50分) |",
    "数量指标 | ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||",
    "其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||",
    "质量指标 | ||||||||||",
    "种植作物成活率 | 5 | 95% | 100% | 5 | ||||||",
    "效 益 指 标 (30分) |",
    "经济效益 指标 |",
    "特色产业带动增加受益农户收入(总收入) | 20 | ≥11.376万元 | 12万元 | 20 | ||||||",
]


def test_a_self_evaluation_form_gives_its_targets_not_its_scores_or_results() -> None:
    blocks = [Block(line, "paragraph", None, n) for n, line in enumerate(_SCORED, 1)]
    out, _ = nature_rows(blocks)
    table = next(b for b in out if b.kind == "table")
    assert table.rows is not None
    assert table.rows[1:] == [
        ["产出指标", "数量指标", "补助各类瓜果蔬菜种植面积", "29.5亩"],
        ["产出指标", "数量指标", "其中桃树种植面积", "1.5亩"],
        ["产出指标", "质量指标", "种植作物成活率", "95%"],
        ["效益指标", "经济效益指标", "特色产业带动增加受益农户收入(总收入)", "≥11.376万元"],
    ]


def test_a_forms_results_beside_its_goals_are_dropped(tmp_path: Path) -> None:
    text = (
        "部门整体支出绩效自评表 | |||\n"
        "年度总体目标 | 预期目标 | 实际完成情况 | |||\n"
        "1.建设美丽乡村;2.整治美丽宜居自然村庄。 | 1.整治美丽宜居自然村庄202个;2.完成农村户用卫生厕所改造3061户。 | |||\n"
    )
    assert document_targets(tmp_path, text, 2023, 2023) == []
    kept = nature_rows([Block(line) for line in text.splitlines()])[0]
    assert "202个" not in kept[2].text and "整治美丽宜居自然村庄。" in kept[2].text
