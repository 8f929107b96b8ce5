"""Sixth round: counts, shares and growth figures as the retired fifth batch wrote them, each
mechanism in words other than the documents it was seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, end_year: int = 2027) -> list[tuple]:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    return [(t.metric, t.value, t.unit, t.comparator) for t in targets if t.value is not None]


def test_a_count_inside_the_object_of_a_work_verb() -> None:
    # 成立/组建/启动/开放 + a count and its noun; a quoted noun; 对 N 座 X 进行 Y
    assert found("全县组建12支应急救援队伍。") == [("应急救援队伍", 12, "支", ">=")]
    assert found("启动5个“微更新”示范项目。") == [("微更新”示范项目", 5, "个", ">=")]
    assert found("对18座病险水库进行除险加固。") == [("病险水库除险加固", 18, "座", ">=")]
    # 支 opens 支持/支撑 without being a unit; a person threshold qualifies a place
    assert found("加大对3支持政策的落实。") == []
    assert found("实现常住100人以上自然村通公交全覆盖。") == []


def test_the_count_of_projects_above_an_investment_threshold() -> None:
    # the threshold qualifies the noun; the count after it is the target (GUIDE.md)
    got = found("全年签约总投资5亿元以上先进制造业项目120个以上。")
    assert [(g[1], g[2]) for g in got] == [(120, "个")]
    assert found("项目总投资35亿元。") == []


def test_a_count_after_a_long_list_of_names_under_a_work_verb() -> None:
    got = found("加快推进城东快速路、滨江公园二期、市第一人民医院新院区等320个市重点项目建设。")
    assert [(g[1], g[2]) for g in got] == [(320, "个")]


def test_a_share_of_the_area_that_reaches_a_state() -> None:
    # 面积 before or after the share; a count of places whose area holds a share is a scope
    assert found("全县面积75%以上达到海绵城市建设要求。") == [
        ("达到海绵城市建设要求面积", 75, "%", ">=")
    ]
    assert found("全市建成区30%面积达到5年一遇排水标准。") == [
        ("建成区达到5年一遇排水标准面积", 30, "%", ">=")
    ]
    got = found("甲、乙等3个新区建设用地面积40%以上达到海绵城市要求。")
    assert [(g[1], g[2]) for g in got] == [(40, "%")]


def test_growth_the_year_is_planned_on() -> None:
    assert found("全市地区生产总值按增长6%安排。") == [("地区生产总值增长", 6, "%", ">=")]


def test_the_clause_verb_of_a_count_in_an_object_gives_its_kind() -> None:
    targets = extract_targets(
        "新建8座社区公园，开放3处单位附属绿地，新实施200个技改项目。",
        node_id="c1.p1",
        end_year=2030,
        location=LOC,
    )
    assert [(t.value, t.kind.value) for t in targets] == [
        (8, "increment"),
        (3, "level"),
        (200, "increment"),
    ]
