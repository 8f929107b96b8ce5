"""The rules that read a share as the share of something (parse/share_rules.py)."""

from __future__ import annotations

import pytest

from paragraph import targets_of


def metrics(text: str) -> list[tuple[str, float]]:
    return [(t.metric, t.value) for t in targets_of(text, 2025, 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("千兆光网覆盖90%行政村。", [("千兆光网覆盖行政村比例", 90)]),  # places covered
        ("全县农村实现100%集中供水。", [("农村集中供水比例", 100)]),  # a state achieved
        ("力争85%以上的村生活污水得到治理。", [("村生活污水得到治理", 85)]),  # units
        ("全区面积70%以上达到海绵城市建设要求。", [("达到海绵城市建设要求面积", 70)]),  # an area
    ],
)
def test_a_share_of_something(text: str, expected: list) -> None:
    assert metrics(text) == expected


def test_a_place_s_part_of_the_total_the_sentence_before_stated() -> None:
    got = metrics("全市完成农村危房改造任务1200户。其中，甲市200户，乙县300户。")
    assert got[1:] == [("甲市农村危房改造任务", 200), ("乙县农村危房改造任务", 300)]
