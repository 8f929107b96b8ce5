"""Fifty-first round: a work verb and a count after a list value, borrowing its noun (…新建X10所、
改扩建20所) — in words other than the retired documents'."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("到2027年，新建公办幼儿园12所、改扩建8所。", ("改扩建公办幼儿园", 8.0, "所")),
        ("全年新开工保障性住房3000套、基本建成2000套。", ("基本建成保障性住房", 2000.0, "套")),
        ("今年新改建城市道路45公里、提升改造30公里。", ("提升改造城市道路", 30.0, "公里")),
    ],
)
def test_a_count_after_a_list_value_borrows_its_noun(
    text: str, second: tuple[str, float, str]
) -> None:
    found = targets_of(text, 2026, 2027)
    assert len(found) == 2
    assert (found[1].metric, found[1].value, found[1].unit) == second


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，新增城镇就业1.2万人、培训8000人次。",  # another unit: its own noun
        "到2027年，改造老旧小区30个、惠及居民1.5万户。",  # a noun of its own
    ],
)
def test_a_count_with_its_own_noun_or_unit_borrows_nothing(text: str) -> None:
    found = targets_of(text, 2026, 2027)
    assert all(not t.metric.startswith(("培训城镇", "惠及老旧")) for t in found)


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("到2027年，全市城镇污水直排口数量减少三分之一以上。", 0.333333, ">="),
        ("到2027年，清洁能源占能源消费总量的比重达到五分之二左右。", 0.4, "~"),
        ("到2027年，主要河道入河污染负荷下降1/4以上。", 0.25, ">="),
    ],
)
def test_a_fraction_is_a_value_without_a_unit(text: str, value: float, comparator: str) -> None:
    found = targets_of(text, 2026, 2027)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(value, None, comparator)]


@pytest.mark.parametrize("text", ["到2027年，孕产妇死亡率控制在9/10万以下。", "2026/1/3发布。"])
def test_a_rate_or_a_date_is_no_fraction(text: str) -> None:
    assert all(t.value not in (0.9, 0.333333) for t in targets_of(text, 2026, 2027))
