"""The rules that settle a value's kind and unit last (parse/kind_rules.py)."""

from __future__ import annotations

import pytest

from paragraph import targets_of


def kinds(text: str) -> list[tuple[float | None, str, str | None]]:
    return [(t.value, t.kind, t.unit) for t in targets_of(text, 2021, 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause without a verb inherits the kind before it
        (
            "新培养技能人才1200名以上，高技能人才1000名以上。",
            [(1200.0, "increment", "名"), (1000.0, "increment", "名")],
        ),
        # a verb of its own ends what is new
        ("新建幼儿园5所，竣工幼儿园3所。", [(5.0, "increment", "所"), (3.0, "level", "所")]),
        # a level reached inherits nothing
        (
            "新增林地1亿亩，使天保补助面积扩展到1.59亿亩。",
            [(1.0, "increment", "亿亩"), (1.59, "level", "亿亩")],
        ),
        # a share inherits no yearly growth
        (
            "地区生产总值年均增长5%，其中服务业增加值占比达到55%。",
            [(5.0, "annual", "%"), (55.0, "level", "%")],
        ),
    ],
)
def test_the_kind_a_value_ends_with(text: str, expected: list) -> None:
    assert kinds(text) == expected


def test_a_growth_whose_percent_a_scan_lost_is_a_share() -> None:
    found = targets_of("到1985年，钢产量比1980年增长12，达到3900万吨。", 1981, 1985)
    assert [(t.value, t.unit) for t in found][:1] == [(12.0, "%")]


def test_a_bare_number_is_a_target_only_as_a_ratio_or_after_a_sign() -> None:
    assert [(t.value, t.unit) for t in targets_of("城乡居民收入比缩小到2.1。", 2021, 2025)] == [
        (2.1, ":1")  # an income ratio is a ratio to one
    ]
    assert [(t.value, t.unit) for t in targets_of("基尼系数控制在0.4以内。", 2021, 2025)] == [
        (0.4, None)
    ]
    assert targets_of("建设重点项目，编号12。", 2021, 2025) == []


def test_a_noun_then_its_own_rework_is_not_new() -> None:
    found = targets_of(
        "“十三五”期间规划新增污水管网12.59万公里，老旧污水管网改造2.77万公里，"
        "提标改造污水处理设施规模4220万立方米/日。",
        2016,
        2020,
    )
    assert [(t.value, t.kind) for t in found] == [
        (12.59, "increment"),
        (2.77, "level"),
        (4220.0, "level"),
    ]
