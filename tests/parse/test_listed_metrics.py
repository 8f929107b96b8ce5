"""The metric of each item of a list of subjects that shares one value."""

from __future__ import annotations

import pytest

from plantrack.parse.listed_metrics import heads_of_shared_noun, parallel_metrics


@pytest.mark.parametrize(
    ("subject", "each", "expected"),
    [
        ("森林覆盖率、建成区绿地率", False, ["森林覆盖率", "建成区绿地率"]),
        ("财政总收入和地方财政收入", False, ["财政总收入", "地方财政收入"]),
        (
            "文旅产业增加值和旅游总收入年均增速",
            False,
            ["文旅产业增加值年均增速", "旅游总收入年均增速"],
        ),
        (
            "贵阳市、遵义市城市绿色出行比例",
            False,
            ["贵阳市城市绿色出行比例", "遵义市城市绿色出行比例"],
        ),
        ("二氧化硫、氮氧化物排放量", False, ["二氧化硫排放量", "氮氧化物排放量"]),
        ("畜禽粪污和秸秆资源化利用率", False, ["畜禽粪污资源化利用率", "秸秆资源化利用率"]),
        ("棉花、油料、糖料产量", True, ["棉花产量", "油料产量", "糖料产量"]),
    ],
)
def test_each_item_gets_its_metric(subject: str, each: bool, expected: list[str]) -> None:
    assert parallel_metrics(subject, each) == expected


@pytest.mark.parametrize(
    "subject", ["甲区、乙区充电桩数量", "城镇新增就业", "棉花、油料、糖料产量"]
)
def test_a_subject_that_is_one_metric_stays_whole(subject: str) -> None:
    assert parallel_metrics(subject) is None


def test_short_heads_share_the_noun_written_after_the_last() -> None:
    assert heads_of_shared_noun("稻谷、玉米、马铃薯示范基地") == [
        "稻谷示范基地",
        "玉米示范基地",
        "马铃薯示范基地",
    ]
    assert heads_of_shared_noun("城东、城西污水处理厂") == ["城东污水处理厂", "城西污水处理厂"]
    assert heads_of_shared_noun("地区生产总值") is None
