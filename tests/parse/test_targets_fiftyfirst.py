"""Fifty-first round: a work verb and a count after a list value, borrowing its noun (…新建X10所、
改扩建20所) — in words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


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


def test_a_figure_the_opening_states_and_the_body_restates_is_one_target(tmp_path: Path) -> None:
    text = (
        "到2027年全市公共充电桩达到5000个\n"
        "本报讯 市政府日前印发行动方案，提出到2027年，全市公共充电桩达到5000个。\n"
        "方案明确，到2027年，全市公共充电桩达到5000个，换电站达到40座。\n"
    )
    assert sorted(document_values(tmp_path, text, 2025, 2027)) == [40.0, 5000.0]


def test_a_figure_two_chapters_state_is_kept_twice(tmp_path: Path) -> None:
    chapters = "\n".join(f"第{n}章 第{n}部分\n本章说明第{n}部分的工作安排。" for n in "一二三")
    text = (
        f"{chapters}\n第四章 生态\n到2030年，全市森林覆盖率达到45%。\n"
        "第五章 保障\n到2030年，全市森林覆盖率达到45%。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [45.0, 45.0]


def test_two_things_sharing_a_rate_of_one_kind_are_two_targets() -> None:
    found = targets_of("到2027年，工业固体废物和建筑垃圾综合利用率达到80%。", 2026, 2027)
    assert [(t.metric, t.value) for t in found] == [
        ("工业固体废物综合利用率", 80.0),
        ("建筑垃圾综合利用率", 80.0),
    ]
