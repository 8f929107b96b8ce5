"""Sixty-seventh round, second piece: the metric of a place's share, read from the total before
it or from the words a list of places follows (tuned on the retired batches)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_place_builds_the_totals_things() -> None:
    text = "2024年建成1005座超充站，其中，中心城区建成700座，两群地区建成40座，高速公路服务区建成85座。"
    found = [(t.metric, t.value) for t in targets_of(text, 2024, 2025)]
    assert found == [
        ("超充站", 1005.0),
        ("中心城区建成超充站", 700.0),
        ("两群地区建成超充站", 40.0),
        ("高速公路服务区建成超充站", 85.0),
    ]


def test_a_list_of_places_gives_the_measure_named_before_it_in_turn() -> None:
    text = "全县区域计划作业面积依次为：郝庄乡0.9万亩、郭庄镇0.7万亩、大陈镇0.4万亩。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [
        ("郝庄乡计划作业面积", 0.9, "万亩"),
        ("郭庄镇计划作业面积", 0.7, "万亩"),
        ("大陈镇计划作业面积", 0.4, "万亩"),
    ]


def test_qi_zhong_before_a_colon_names_no_measure() -> None:
    """其中：中南地区1300万吨 — 其中 introduces shares, it is no label of their measure."""
    text = "中南、西北、西南地区也安排了适当的建设规模。其中：中南地区1，300万吨，西北地区820万吨。"
    found = targets_of(text, 1981, 1985)
    assert found
    assert all("其中" not in t.metric for t in found)


def test_a_works_verbs_alone_work_on_the_things_before() -> None:
    """…大中型建设项目890个，计划全部建成400个: 400 of those projects, not a bare 全部建成."""
    text = "“六五”期间，施工的大中型建设项目890个，计划全部建成400个，其余转到“七五”期间继续建设。"
    found = [(t.metric, t.value) for t in targets_of(text, 1981, 1985)]
    assert found[1][1] == 400.0 and "大中型建设项目" in found[1][0]


def test_examples_listed_before_deng_keep_the_kind_they_are_of() -> None:
    """100个建筑与小区、…、水务系统等海绵重点项目: the metric reaches the things after 等."""
    text = "本市建设约100个建筑与小区、公园与绿地、道路与广场、水务系统等海绵重点项目。"
    (target,) = targets_of(text, 2025, 2025)
    assert target.metric.endswith("等海绵重点项目")
    assert (target.value, target.unit) == (100.0, "个")


def test_what_a_work_uses_then_its_new_thing_is_an_increment() -> None:
    """利用道路连接带、隔离带等新增白玉兰特色道路30条: 新增 is the work's verb, not a part of
    an indicator's name (城镇新增就业)."""
    (target,) = targets_of(
        "利用道路连接带、隔离带、公园绿地园路等新增白玉兰特色道路30条。", 2024, 2026
    )
    assert (target.value, target.kind.value) == (30.0, "increment")


def test_an_allocation_table_whose_rows_lost_their_opening_bar(tmp_path: Path) -> None:
    """热区号 | 热区范围 | 2020供热面积(万㎡) | … with rows `RQ1 | 北街、磨头 | 32.48 | 16.22 |`: each
    zone's amounts, the 合计 row's under the last columns (b90's 洪洞 heating plan, retired)."""
    text = (
        "某镇规划新区热区划分表\n"
        "热区号 | 热区范围 | 2020供热面积(万㎡) | 2020年负荷(MW) |\n"
        "RQ1 | 北街、磨头 | 32.48 | 16.22 |\n"
        "RQ2 | 西街、东街 | 46.77 | 23.39 |\n"
        "合计 | 79.25 | 39.61 |\n"
        "二、热源规划\n"
    )
    found = {(t.metric, t.value, t.unit) for t in document_targets(tmp_path, text, 2018, 2020)}
    assert found == {
        ("RQ12020供热面积", 32.48, "万㎡"),
        ("RQ12020年负荷", 16.22, "MW"),
        ("RQ22020供热面积", 46.77, "万㎡"),
        ("RQ22020年负荷", 23.39, "MW"),
        ("合计2020供热面积", 79.25, "万㎡"),
        ("合计2020年负荷", 39.61, "MW"),
    }
