"""Indicator tables copied one cell per line whose cells hold parts named before their values
(重点城市≥30 / 一般城市≥15), a 主要指标 name column, 指标 / 属性 over two lines and 计划任务
columns."""

from __future__ import annotations

from pathlib import Path

from saved_text import parse_lines

TABLE = [
    "表2  “十五五”城市排水主要指标",
    "序号", "类别", "主要指标", "2025年现状", "2030年目标", "指标", "属性",
    "1", "综合", "治理", "污水集中收集率（%）", "——", "80", "约束性",
    "2", "智慧", "管理", "排水管网智能化监测率（%）", "——", "中心城区≥40", "其他城区≥20", "预期性",
    "3", "绿色", "发展", "再生水利用率（%）", "城区≥20", "县城≥15", "城区≥30", "县城≥25", "预期性",
    "注：1. 污水集中收集率=（集中收集的污水量/污水排放总量）×100%。",
    "四、重点任务",
]  # fmt: skip


def test_labelled_parts_give_a_target_each(tmp_path: Path) -> None:
    parsed = parse_lines(tmp_path, TABLE, "城市排水规划", (2026, 2030), sep="\n\n")
    got = {(t.metric, t.value, t.unit, t.comparator, t.binding) for t in parsed.targets}
    assert got == {
        ("污水集中收集率", 80, "%", ">=", True),
        ("中心城区排水管网智能化监测率", 40, "%", ">=", False),
        ("其他城区排水管网智能化监测率", 20, "%", ">=", False),
        ("城区再生水利用率", 30, "%", ">=", False),  # the 2030 column's parts, not the 2025's
        ("县城再生水利用率", 25, "%", ">=", False),
    }  # the 100% of the note's formula is no target


def test_a_plan_and_its_first_year_in_a_task_table(tmp_path: Path) -> None:
    lines = [
        "表3  排水设施建设主要指标",
        "序号", "主要指标", "单位", "计划任务", "其中：2026年任务", "指标属性",
        "1", "新建污水管网", "公里", "1200", "300", "约束性",
        "2", "新增污水处理能力", "万m³/日", "20", "5", "约束性",
        "3", "改造雨水泵站", "座", "15", "4", "预期性",
    ]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, "排水设施规划", (2026, 2030), sep="\n\n")
    got = {(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets}
    assert ("新建污水管网", 1200, "公里", 2030) in got
    assert ("新建污水管网", 300, "公里", 2026) in got
    assert ("新增污水处理能力", 20, "万m³/日", 2030) in got
    assert len(got) == 6


def test_the_weather_of_a_place_is_no_target(tmp_path: Path) -> None:
    lines = ["全市多年平均降水量约1400毫米，年平均气温17.5℃。到2030年，城市防洪达标率达到95%。"]
    parsed = parse_lines(tmp_path, lines, "防洪规划", (2026, 2030))
    assert [(t.metric, t.value) for t in parsed.targets] == [("城市防洪达标率", 95)]


def test_a_whole_and_its_part_worded_values_and_yearly_amounts(tmp_path: Path) -> None:
    # b33 公园城市: 市域绿道长度（骨干绿道长度） | 2000（1000）公里; 40万平方米/年; values in words
    # over two lines (基本实现…、/ 延长开放, 50%以上公园绿地 / 全时段开放); 提升 / 显著提升 where no
    # figure stands; 附表2 after the last row ends the table
    lines = [
        "附表1  绿化建设关键指标表",
        "编号", "关键指标", "2025年指标", "2035年指标", "指标说明",
        "1", "城市绿道长度", "（骨干绿道长度）", "800（300）公里", "1500（600）公里", "含骨干绿道。",
        "2", "屋顶绿化建设量", "20万平方米/年", "25万平方米/年", "以屋顶绿化为手段，提升绿视率。",
        "3", "公园绿地夜间开放率", "基本实现延时开放、", "错峰开放", "40%以上公园绿地",
        "夜间开放", "以夜间开放的公园绿地数量占公园总数的比例作为指标。",
        "4", "市民满意度", "提升", "显著提升", "突出开放空间的品质。",
        "5", "裸露地占比", "降低", "低于3%",
        "附表2", "重点安排表", "任务编号", "分项任务",
    ]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, "公园城市规划", (2021, 2035), sep="\n\n")
    valued = [t for t in parsed.targets if t.value is not None]
    got = {(t.metric, t.value, t.unit, t.kind.value, t.deadline) for t in valued}
    assert got == {
        ("城市绿道长度", 800, "公里", "level", 2025),
        ("骨干绿道长度", 300, "公里", "level", 2025),
        ("城市绿道长度", 1500, "公里", "level", 2035),
        ("骨干绿道长度", 600, "公里", "level", 2035),
        ("屋顶绿化建设量", 20, "万平方米", "annual", 2025),
        ("屋顶绿化建设量", 25, "万平方米", "annual", 2035),
        ("公园绿地夜间开放", 40, "%", "level", 2035),
        ("裸露地占比", 3, "%", "level", 2035),
    }
