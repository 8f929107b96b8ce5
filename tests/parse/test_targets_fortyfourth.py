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
