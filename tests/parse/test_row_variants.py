"""A row of an indicator table whose cells hold more than one target, split into one row each."""

from __future__ import annotations

from plantrack.parse.row_variants import listed_names, row_variants


def test_a_name_and_a_value_for_each_slash() -> None:
    row = ["城镇登记失业率/城镇调查失业率", "%", "4.2", "<4/<5.5", "预期性"]
    rows = row_variants(row, 0, [2, 3], 1)
    assert [(r[0], r[3]) for r in rows] == [("城镇登记失业率", "<4"), ("城镇调查失业率", "<5.5")]


def test_a_row_per_label_of_one_cell() -> None:
    row = ["改造面积（万平方米）", "", "成片:五年累计约110 零星:五年累计约20"]
    rows = row_variants(row, 0, [1, 2], None)
    assert [r[0] for r in rows] == ["改造面积（成片）（万平方米）", "改造面积（零星）（万平方米）"]


def test_a_doubling_and_the_level_in_its_brackets() -> None:
    row = ["居民人均可支配收入", "万元", "3.5", "翻一番(全省≥7万元)"]
    rows = row_variants(row, 0, [2, 3], 1)
    assert [(r[0], r[3]) for r in rows] == [
        ("居民人均可支配收入", "翻一番"),
        ("全省居民人均可支配收入", "≥7万元"),
    ]


def test_a_row_of_one_target_is_left_alone() -> None:
    row = ["地区生产总值", "亿元", "5000", "6500"]
    assert row_variants(row, 0, [2, 3], 1) == [row]


def test_a_name_that_lists_its_subjects_is_split() -> None:
    assert listed_names("城镇、农村居民人均可支配收入") == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
