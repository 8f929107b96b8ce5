"""Forty-fourth round: what retired b45 and b46 missed, in words other than their documents'."""

from __future__ import annotations

from paragraph import targets_of


def test_a_paragraph_that_counts_years_back_reviews_them() -> None:
    text = (
        "这是稳增长的关键一招。三年来，省里坚持扩大有效投资，带动社会资金投入城乡建设。"
        "已建成的主要有：改造老旧管网850公里；新增农村公路通车里程1.6万公里。"
    )
    assert targets_of(text, 2024, 2024) == []
    ahead = "三年来成效明显。今后三年，力争新增农村公路通车里程1.6万公里。"
    assert [t.value for t in targets_of(ahead, 2024, 2026)] == [1.6]


def test_each_head_of_a_list_shares_the_share_after_均() -> None:
    got = targets_of("到2028年，高效锅炉、泵、窑炉占比均达到40%。")
    assert [(t.metric, t.value) for t in got] == [
        ("高效锅炉占比", 40),
        ("泵占比", 40),
        ("窑炉占比", 40),
    ]
    # without 均 the list may be one share of them all
    assert len(targets_of("到2028年，高效锅炉、窑炉、泵占比达到40%。")) == 1


def test_a_ratio_to_one_has_the_unit_of_one() -> None:
    got = targets_of("到2030年，全市车桩比控制在2.5∶1以内，城乡收入比缩小到1.8:1左右。")
    assert [(t.metric, t.value, t.unit, t.comparator) for t in got] == [
        ("车桩比", 2.5, ":1", "<="),
        ("城乡收入比", 1.8, ":1", "~"),
    ]
