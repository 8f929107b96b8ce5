"""Fifty-third round: forms of the retired documents' misses in words of their own — a
concentration written volume first, a count before a voltage class."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年，细颗粒物平均浓度控制在每立方米32微克以下。", ("细颗粒物平均浓度", 32.0, "<=")),
        ("今年全市PM2.5年均浓度降到每立方米28微克。", ("PM2.5年均浓度", 28.0, "<=")),
        ("到2027年，臭氧浓度每立方米150微克以内。", ("臭氧浓度", 150.0, "<=")),
    ],
)
def test_a_concentration_written_volume_first(text: str, expected: tuple) -> None:
    found = [(t.metric, t.value, t.unit, t.comparator.value) for t in targets_of(text, 2026, 2027)]
    assert found == [(*expected[:2], "微克/立方米", expected[2])]


def test_a_volume_after_the_mass_is_not_read_twice() -> None:
    text = "2026年，饮用水中铅含量每升10微克以下，每立方米用水成本下降5%。"
    units = [t.unit for t in targets_of(text, 2026, 2026)]
    assert units == ["微克/升", "%"]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("2026年，新建省电网5个500千伏输变电工程。", "输变电工程", 5.0),
        ("到2027年，建成本市3座220千伏变电站。", "变电站", 3.0),
    ],
)
def test_a_count_before_a_voltage_class(text: str, metric: str, value: float) -> None:
    found = [(t.metric, t.value) for t in targets_of(text, 2026, 2027)]
    assert found == [(metric, value)]


def test_a_quoted_work_with_its_scope_before_the_verb() -> None:
    text = "2026年，完成“全省全年新增3000个公共充电桩”任务目标。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2026, 2026)]
    assert found == [("公共充电桩", 3000.0, "个")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("2026年，规上工业企业不低于80%实现数字化改造。", "规上工业企业实现数字化改造比例"),
        ("到2027年，二级以上医院不少于90%开展远程医疗服务。", "二级以上医院开展远程医疗服务比例"),
    ],
)
def test_a_bound_share_of_a_subject_and_what_it_does(text: str, metric: str) -> None:
    found = [(t.metric, t.value, t.comparator.value) for t in targets_of(text, 2026, 2027)]
    assert found == [(metric, found[0][1], ">=")]
    assert found[0][1] in (80.0, 90.0)


def test_a_share_of_money_put_to_a_use_is_still_no_target() -> None:
    text = "2026年，新增财政资金不低于80%用于乡村振兴。"
    assert targets_of(text, 2026, 2026) == []


def test_a_share_of_people_who_enjoy_a_service() -> None:
    text = "2026年，不少于60%的农户参加农业保险。"
    found = [(t.metric, t.value) for t in targets_of(text, 2026, 2026)]
    assert found == [("农户参加农业保险", 60.0)]


MEASURES_UNDER_AN_INDICATOR = """附表 目标体系
| 类别 | 指标 | 单位 | 2009年 | 2015年 |
| --- | --- | --- | --- | --- |
| 总体发展指标 | 服务业增加值 | 亿元 | 1711 | 3600 |
| 服务业税收 | 总量 | 亿元 | 219 | 400 |
| 服务业税收 | 比重 | % | 50 | 55 |
"""


def test_a_bare_measure_row_is_named_after_its_category(tmp_path: Path) -> None:
    found = document_targets(tmp_path, MEASURES_UNDER_AN_INDICATOR, 2010, 2015)
    assert [(t.metric, t.value) for t in found] == [
        ("服务业增加值", 3600.0),
        ("服务业税收总量", 400.0),
        ("服务业税收比重", 55.0),
    ]


def test_a_result_beside_the_target_it_beat_is_no_target() -> None:
    text = "全年新建公办幼儿园36所，超额完成30所的年度目标任务；增加学位1.1万个，超额完成9000个的年度目标任务。"
    assert targets_of(text, 2025, 2025) == []


def test_a_goal_to_beat_a_target_is_still_read() -> None:
    text = "2026年，新建公办幼儿园36所，确保完成年度目标任务。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [36.0]


def test_ascii_cubic_and_square_metres() -> None:
    text = "到2030年，全省用水总量控制在300亿m3以内，新增城市绿地120万m2，PM2.5浓度下降8%。"
    found = [(t.value, t.unit, t.comparator.value) for t in targets_of(text, 2026, 2030)]
    assert found == [(300.0, "亿m3", "<="), (120.0, "万m2", ">="), (8.0, "%", ">=")]


JUST_PAST_PERIOD = """本报杭州讯刚刚过去的“十三五”,是全省水利投资最多的五年。5年期间,全省水利投资从800亿元增至1500亿元,增长87%。
“十四五”期间,全省水利工作的主要目标是:到“十四五”期末,农田灌溉水有效利用系数达到0.62以上。
"""


def test_a_news_lead_on_the_period_just_past_reviews_it(tmp_path: Path) -> None:
    found = document_targets(tmp_path, JUST_PAST_PERIOD, 2021, 2025)
    assert [(t.metric, t.value) for t in found] == [("农田灌溉水有效利用系数", 0.62)]
