"""Sixtieth round: new-thing verbs the retired documents write that the extractor read as levels."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("（一）新购置公交车200辆。", "公交车"),
        ("(二)新增养老床位250张。", "养老床位"),
        ("城区新建便民市场5处。", "便民市场"),
        ("新开定制公交线路20条。", "定制公交线路"),
        ("新推广新能源汽车12万辆。", "新能源汽车"),
        ("新分配公廉租房200套。", "公廉租房"),
        ("新启用幼儿园2所。", "幼儿园"),
    ],
)
def test_a_new_thing_verb_after_an_item_number_or_a_scope_makes_an_increment(
    text: str, metric: str
) -> None:
    found = [(t.kind, t.metric) for t in targets_of(text, 2023, 2023)]
    assert found == [("increment", metric)]


def test_new_opening_does_not_split_new_opening_and_optimising() -> None:
    found = targets_of("新开通和优化公交线路5条。", 2022, 2022)
    assert [t.metric for t in found] == ["新开通和优化公交线路"]


def test_an_item_number_before_a_count_of_one_structure_is_kept_out() -> None:
    assert targets_of("(一)建设一个百亿产业集群。", 2025, 2025) == []
