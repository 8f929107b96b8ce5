"""Fixtures for report tests: the sample plan with example figures and owners, and a small plan
written as a real .docx with an indicator table (binding targets and baselines)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from plantrack.workspace import Workspace

# (target, period, value, unit): example figures that give the sample plan every status
SAMPLE_FIGURES = [
    ("c2.s4.box2.i3.t1", "2025", 1500, "亿元"),  # 金融业增加值 -> on_track
    ("c2.s4.box2.i3.t1", "2026", 1580, "亿元"),
    ("c2.s5.p2.t2", "2025", 100, "家"),  # 国家级制造业单项冠军企业 -> ahead
    ("c2.s5.p2.t2", "2026", 150, "家"),
    ("c3.s4.p1.t1", "2026", 1700, "亿元"),  # 科技型中小企业贷款余额 -> achieved
    ("c4.s1.p1.t1", "2025", 5, "EFLOPS"),  # 高性能算力规模 -> lagging
    ("c4.s1.p1.t1", "2026", 5.2, "EFLOPS"),
]
SAMPLE_STATUS = {
    "c2.s4.box2.i3.t1": "on_track",
    "c2.s5.p2.t2": "ahead",
    "c3.s4.p1.t1": "achieved",
    "c4.s1.p1.t1": "lagging",
}

INDICATORS = [
    ["序号", "指标", "2025年", "2030年", "年均增长（%）", "属性"],
    ["1", "地区生产总值（亿元）", "18000", "24000", "5.5左右", "预期性"],
    ["2", "细颗粒物（PM2.5）平均浓度（微克/立方米）", "26", "24", "—", "约束性"],
    ["3", "森林覆盖率（%）", "60", "62", "—", "约束性"],
]
MINI_FIGURES = [
    ("c1.tbl1.r1", "2026", 19500, "亿元"),  # GDP well above the compound path -> ahead
    ("c1.tbl1.r2", "2026", 27, "微克/立方米"),  # PM2.5 worse than the baseline -> lagging
    ("c1.tbl1.r3", "2026", 60.4, "%"),  # forest cover on the linear path -> on_track
    ("c2.s1.p1.t1", "2026", 1600, "家"),  # research institutes already above 1500 -> achieved
]


def record_all(ws: Workspace, figures: list[tuple[str, str, float, str]]) -> None:
    for target_id, period, value, unit in figures:
        ws.record(target_id, period=period, value=value, unit=unit, source="测试数据 test figures")


@pytest.fixture
def sample_status() -> dict[str, str]:
    """The status each example figure gives (every other target has no data)."""
    return dict(SAMPLE_STATUS)


@pytest.fixture
def tracked_ws(sample_ws: Workspace) -> Workspace:
    """The sample plan with figures for four targets (one per status) and some owners."""
    record_all(sample_ws, SAMPLE_FIGURES)
    sample_ws.assign(
        None, "c2.s4.box2.i3.t1", lead="市金融办", partners=["市发改委"], due_year=2030
    )
    sample_ws.assign(
        None, "c4.s1.p1", lead="市经信局", partners="市大数据局、市发改委", due_year=2028
    )
    sample_ws.assign(None, "c3.s1.box3.i1", lead="市科技局")
    return sample_ws


def write_mini_plan(path: Path) -> Path:
    """A small plan as a Word file: an indicator table, a chapter with a section and a 专栏."""
    document = docx.Document()
    document.add_paragraph("示例市国民经济和社会发展第十五个五年规划纲要")
    document.add_paragraph("第一章 发展目标")
    document.add_paragraph("到2030年，主要指标如下表。")
    table = document.add_table(rows=len(INDICATORS), cols=len(INDICATORS[0]))
    for i, row in enumerate(INDICATORS):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_paragraph("第二章 建设创新城市")
    document.add_paragraph("第一节 增强创新能力")
    document.add_paragraph("打造科创平台。建设一批实验室，省级以上企业研发机构达到1500家。")
    document.add_paragraph("专栏1 科创平台工程")
    document.add_paragraph("1.重点实验室。新建全国重点实验室5家。")
    document.add_paragraph("2.概念验证中心。建设市级以上概念验证中心30个。")
    document.save(path)
    return path


@pytest.fixture
def mini_ws(workspace: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    """A store holding only the small plan, with figures giving ahead/lagging/on_track/achieved."""
    workspace.ingest(write_mini_plan(tmp_path / "示例规划.docx"))
    record_all(workspace, MINI_FIGURES)
    yield workspace
