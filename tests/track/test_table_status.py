"""A plan's indicator table through the Workspace: the status of a table target uses the row's
baseline and the target's form (〔〕 point change, cumulative cut, growth rate) with no baseline
entered by hand — one yearly figure is enough (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.workspace import Workspace

PLAN = """某市国民经济和社会发展第十五个五年规划纲要（2026—2030年）
专栏1 “十五五”时期经济社会发展主要指标
指标\t2025年\t2030年\t年均增长〔累计〕\t属性
地区生产总值（亿元）\t18000\t24000\t6左右\t预期性
研发经费投入强度（%）\t3.2\t3.8\t〔0.6〕\t预期性
单位地区生产总值能耗降低（%）\t—\t—\t〔13.5〕\t约束性
城镇新增就业（万人）\t—\t—\t〔50〕\t预期性
注：〔〕内为五年累计数。
"""


@pytest.fixture
def table_ws(workspace: Workspace, tmp_path: Path) -> Workspace:
    path = tmp_path / "某市十五五规划纲要.txt"
    path.write_text(PLAN, encoding="utf-8")
    workspace.ingest(path)
    return workspace


def _assessed(ws: Workspace, target_id: str, value: float, unit: str):
    ws.record(target_id, period=2026, value=value, unit=unit)
    return ws.assess(target_id)


def test_a_point_change_starts_from_the_rows_baseline(table_ws: Workspace) -> None:
    target = table_ws.target("box1.tbl1.r2.annual")
    assert (target.value, target.unit, target.kind, target.baseline_year) == (
        0.6,
        "个百分点",
        "cumulative",
        2025,
    )
    found = _assessed(table_ws, "box1.tbl1.r2.annual", 3.3, "%")
    # 3.2 (the 2025 column) + 0.6 by 2030: 3.32 expected in 2026, 3.3 recorded
    assert found.form == "pp_change" and found.status == "lagging"
    assert found.expected == pytest.approx(3.32) and found.actual == 3.3
    assert found.expected - found.actual == pytest.approx(0.02)
    assert "基期值 baseline: 2025年 3.2 %（规划给定 from the plan）" in found.explain


def test_a_cumulative_cut_counts_from_the_year_before_the_plan(table_ws: Workspace) -> None:
    found = _assessed(table_ws, "box1.tbl1.r3.annual", 2.5, "%")
    assert found.form == "reduction" and found.status == "lagging"
    assert found.expected == pytest.approx(100 * (1 - 0.865**0.2))  # 2.86 % cut due by 2026
    assert found.actual == pytest.approx(2.5)


def test_a_growth_rate_and_a_summed_column_need_no_baseline(table_ws: Workspace) -> None:
    growth = _assessed(table_ws, "box1.tbl1.r1.annual", 6.2, "%")
    assert (growth.form, growth.status, growth.expected, growth.actual) == (
        "growth",
        "on_track",
        6,
        6.2,
    )
    jobs = _assessed(table_ws, "box1.tbl1.r4.annual", 11, "万人")
    assert (jobs.form, jobs.status, jobs.expected, jobs.actual) == ("cumulative", "ahead", 10, 11)
    level = _assessed(table_ws, "box1.tbl1.r1", 19100, "亿元")
    assert level.status == "on_track" and level.expected == pytest.approx(19066.03, abs=0.01)


def test_the_status_report_uses_the_same_baseline(table_ws: Workspace) -> None:
    table_ws.record("box1.tbl1.r2.annual", period=2026, value=3.3, unit="%")
    rows = {row.target.id: row.assessment for row in table_ws.status().rows}
    assert rows["box1.tbl1.r2.annual"].status == "lagging"
    assert rows["box1.tbl1.r2.annual"].expected == pytest.approx(3.32)
