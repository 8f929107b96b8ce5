"""Sixty-fourth round: forms of the retired documents the extractor misread."""

from __future__ import annotations

import pytest

from paragraph import targets_of


def test_a_list_one_short_of_its_values_splits_its_last_item_at_及() -> None:
    text = "到2020年，县城、建制镇、集镇及农村用水普及率分别达到97%、95%、95%和90%。"
    found = [(t.metric, t.value) for t in targets_of(text, 2009, 2020)]
    assert found == [
        ("县城用水普及率", 97.0),
        ("建制镇用水普及率", 95.0),
        ("集镇用水普及率", 95.0),
        ("农村用水普及率", 90.0),
    ]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "城镇和农村居民人均可支配收入分别增长6%、8%。",
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"],
        ),
        # 普及 holds 及: the list is not split there
        ("城市燃气普及率分别达到97%、95%。", ["城市燃气普及率", "城市燃气普及率"]),
    ],
)
def test_and_inside_a_word_does_not_split_a_list(text: str, metrics: list[str]) -> None:
    assert [t.metric for t in targets_of(text, 2025, 2025)] == metrics


def test_independent_land_in_a_noun_is_no_project_attribute() -> None:
    found = targets_of("到2027年，全区新增独立占地停车场23处。", 2024, 2035)
    assert [(t.metric, t.value, t.unit, t.kind) for t in found] == [
        ("独立占地停车场", 23.0, "处", "increment")
    ]


def test_a_project_land_area_is_still_no_target() -> None:
    assert targets_of("项目占地120亩，总投资5亿元。", 2024, 2024) == []
