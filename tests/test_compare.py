"""compare/: aligning targets across levels of government, flags, and draft → final diffs.
The documents in tests/compare_docs/ are small plan-style texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.compare import compare_plans, diff_plans, load_side
from plantrack.compare.align import metric_key, similarity
from plantrack.workspace import Workspace

DOCS = Path(__file__).resolve().parent / "compare_docs"


def side(name: str):
    return load_side(None, str(DOCS / name))


def flags_by_metric(result) -> dict[str, list[str]]:
    return {p.a.metric: sorted(f.code for f in p.flags) for p in result.pairs}


def test_metric_key_drops_place_words() -> None:
    assert metric_key("全市5G-A基站", "宁波市") == "5GA基站"
    assert metric_key("宁波研发经费投入强度", "宁波市") == "研发经费投入强度"
    assert similarity("研发经费投入强度", "研发经费投入强度") == 1.0
    assert similarity("研发经费投入强度", "基础研发经费投入") < 0.75


def test_province_and_city_align_metric_by_metric() -> None:
    result = compare_plans(side("province.txt"), side("city.txt"))
    assert result.relation == "a_parent"  # 浙江省 over 宁波市, from the titles
    assert len(result.pairs) == 10 and not result.only_a and not result.only_b
    base = next(p for p in result.pairs if p.a.metric == "5G-A基站")
    assert (base.a.value, base.b.value, base.b.deadline) == (40000, 6000, 2030)
    assert base.ratio == pytest.approx(0.15)


def test_inconsistencies_are_flagged() -> None:
    flags = flags_by_metric(compare_plans(side("province.txt"), side("city.txt")))
    assert flags["中试平台"] == [
        "deadline_after_parent",
        "exceeds_parent",
    ]  # 240 > 200, 2030 > 2028
    assert flags["高质量行业数据集"] == ["deadline_after_parent"]  # 2031 > 2030
    assert flags["研发经费投入强度"] == ["less_ambitious"]  # 3.4% < 3.6%
    assert flags["单位地区生产总值能耗下降"] == ["less_ambitious"]  # 12% < 13%
    assert flags["非化石能源消费比重"] == []  # 32% ≥ 30%: more ambitious is fine
    assert flags["5G-A基站"] == []


def test_share_flags_a_city_below_its_share() -> None:
    flags = flags_by_metric(compare_plans(side("province.txt"), side("city.txt"), share=0.15))
    assert "below_share" in flags["高质量行业数据集"]  # 100 < 0.15 × 1000
    assert "below_share" not in flags["5G-A基站"]  # 6000 = 0.15 × 40000


def test_share_rule_exactly() -> None:
    result = compare_plans(side("province.txt"), side("city.txt"), share=0.15)
    below = {p.a.metric for p in result.pairs if any(f.code == "below_share" for f in p.flags)}
    # 数据集 100 < 150; 流通平台 5 ≥ 3, 算力 10 ≥ 4.5, 高企 8000 ≥ 7500, 概念验证 30 ≥ 22.5
    assert below == {"高质量行业数据集"}


def test_order_of_arguments_does_not_matter() -> None:
    forward = compare_plans(side("province.txt"), side("city.txt"))
    backward = compare_plans(side("city.txt"), side("province.txt"))
    assert backward.relation == "b_parent"
    assert flags_by_metric(forward) == {
        p.b.metric: codes
        for p, codes in ((p, sorted(f.code for f in p.flags)) for p in backward.pairs)
    }


def test_two_cities_are_peers_and_unmatched_targets_are_listed() -> None:
    result = compare_plans(side("city_hangzhou.txt"), side("city.txt"))
    assert result.relation == "peers"
    assert {p.a.metric for p in result.pairs} == {"研发经费投入强度", "高新技术企业", "5G-A基站"}
    assert all(not p.flags for p in result.pairs)
    assert len(result.only_b) == 7
    rd = next(p for p in result.pairs if p.a.metric == "研发经费投入强度")
    assert rd.ratio == pytest.approx(3.4 / 4.2)


def test_parent_can_be_given() -> None:
    result = compare_plans(side("city_hangzhou.txt"), side("city.txt"), parent="a")
    assert result.relation == "a_parent"
    assert flags_by_metric(result)["研发经费投入强度"] == ["less_ambitious"]


def test_diff_draft_and_final() -> None:
    result = diff_plans(side("draft.txt"), side("final.txt"))
    changed = {c.new.metric: c.fields for c in result.targets if c.change == "changed"}
    assert changed == {
        "人工智能核心产业规模": {"value": (1500.0, 1800.0)},
        "智能算力规模": {"value": (5.0, 8.0)},
        "具有行业影响力的垂直模型": {"deadline": (2028, 2027)},
    }
    added = {c.new.metric for c in result.targets if c.change == "added"}
    assert added == {"人工智能领军人才", "高质量行业数据集"}
    assert [c for c in result.targets if c.change == "removed"] == []
    tasks = {(c.change, (c.new or c.old).title) for c in result.tasks if c.change != "unchanged"}
    assert ("removed", "推进算力普惠共享") in tasks
    assert ("added", "强化数据要素供给") in tasks
    assert ("changed", "建设智能算力集群") in tasks
    assert ("unchanged", "开放示范应用场景") in {
        (c.change, (c.new or c.old).title) for c in result.tasks
    }
    assert result.count("added") == (2, 1)


def test_diff_of_a_plan_with_itself_is_empty() -> None:
    result = diff_plans(side("final.txt"), side("final.txt"))
    assert all(c.change == "unchanged" for c in result.targets + result.tasks)


def test_stored_plans_compare_like_files(workspace: Workspace) -> None:
    province = workspace.ingest(DOCS / "province.txt").plan
    city = workspace.ingest(DOCS / "city.txt").plan
    stored = compare_plans(workspace.plan_side(str(province.id)), workspace.plan_side("宁波市"))
    files = compare_plans(side("province.txt"), side("city.txt"))
    assert stored.a.ref == f"plan {province.id}" and stored.b.ref == f"plan {city.id}"
    assert flags_by_metric(stored) == flags_by_metric(files)


def test_workspace_methods(workspace: Workspace) -> None:
    draft = workspace.ingest(DOCS / "draft.txt").plan
    final = workspace.ingest(DOCS / "final.txt").plan
    assert final.version == 2  # same title: a new version of the same plan
    changes = workspace.diff(draft.id, final.id)
    assert changes.count("changed") == (3, 3)
    workspace.ingest(DOCS / "province.txt")
    result = workspace.compare("浙江省", str(DOCS / "city.txt"))
    assert result.relation == "a_parent" and len(result.pairs) == 10
