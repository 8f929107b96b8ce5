"""Sixty-fifth round: forms of the retired documents the extractor misread."""

from __future__ import annotations

from paragraph import targets_of


def test_a_count_right_after_a_count_is_the_same_thing_counted_twice() -> None:
    text = "到2025年，外受电通道达到18条37回路、输电能力增加到4300万千瓦。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2021, 2025)]
    assert found == [
        ("外受电通道", 18.0, "条"),
        ("外受电通道", 37.0, "回路"),
        ("输电能力", 4300.0, "万千瓦"),
    ]


def test_cases_all_handled_are_reported_not_set() -> None:
    text = (
        "2023年，市卫生健康委工作取得新成效。46项市级绩效任务全部完成，318件建议提案全部办理完毕。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_cases_to_be_handled_all_are_a_target() -> None:
    found = targets_of("今年，确保100件建议提案全部办结。", 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(100.0, "件")]
