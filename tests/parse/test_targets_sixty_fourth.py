"""Fifty-ninth round: forms of the retired documents' misses in words of their own."""

from __future__ import annotations

from paragraph import targets_of


def test_level_with_last_year_does_not_date_the_sentence_to_it() -> None:
    text = "今年进出口总额与去年大体持平，居民消费价格涨幅控制在百分之三以内。"
    found = [(t.value, t.comparator) for t in targets_of(text, 2025, 2025)]
    assert found == [(3.0, "<=")]


def test_last_year_alone_still_dates_what_follows_to_the_past() -> None:
    text = "去年全市城镇新增就业12万人，居民收入增长5%。"
    assert targets_of(text, 2025, 2025) == []
