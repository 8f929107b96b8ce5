"""Forty-ninth round: a count that only sums the names before it, how a document is divided, an
indicator's definition, and a place's year before the work done in it — in words other than the
retired documents'."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，重点培育江宁、溧水、高淳3个省级生物医药产业园。",
        "推进环城、滨江两条绿道串联成网。",
        "支持瑞金、于都、兴国、宁都4个县打造红色旅游目的地。",
    ],
)
def test_a_count_of_the_names_just_listed_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2030) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2027年，新建江宁、溧水2个污水处理厂。", 2.0),  # new things, named: a target
        ("到2027年，建成江宁、溧水、高淳3个智慧物流园。", 3.0),
        # 等: the names are examples of more
        ("到2027年，推进江宁、溧水等5个省级开发区扩区提质。", 5.0),
        # three names, a count of four: not the names' sum
        ("到2027年，培育江宁、溧水、高淳4个省级生物医药产业园。", 4.0),
    ],
)
def test_a_count_that_is_more_than_the_names_stays_a_target(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2026, 2030)] == [value]


def test_how_a_document_is_divided_is_no_target() -> None:
    assert targets_of("本规划共分8章32节，规划期为2026—2030年。", 2026, 2030) == []


def test_an_indicators_definition_is_no_target() -> None:
    text = "该指标是指每万人口拥有的授权满5年、维持年限超过8年的高价值发明专利数量。"
    assert targets_of(text, 2026, 2030) == []


def test_a_places_past_year_before_the_work_is_the_past() -> None:
    found = targets_of(
        "浙江2025年完成农村公路新改建8000公里，今年新改建农村公路6000公里。", 2026, 2030
    )
    assert [(t.value, t.deadline) for t in found] == [(6000.0, 2026)]


def test_a_places_later_year_before_the_work_is_its_deadline() -> None:
    found = targets_of("全市2028年建成5G基站2万个，2030年实现全覆盖。", 2026, 2030)
    assert [(t.value, t.deadline) for t in found] == [(2.0, 2028)]
