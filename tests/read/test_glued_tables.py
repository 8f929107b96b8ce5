"""Indicator tables whose cells ran together (a PDF's text layer copied into a page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.glued_tables import _row_number, glued_table

YEARS = (
    "节水目标分解表指标预期值2026年2027年2028年综合指标用水总量控制不超省下达指标"
    "再生水利用率30%40%55%灌溉水有效利用系数0.620.640.66工业用水重复利用率91%92%93.5%"
    "供水管网漏损率9%8.5%8%指标预期值2026年2027年20"
)
AFTER_BREAK = "2、28年公众满意度85%90%95%污水处理费收缴率-65%90%"
NUMBERED = (
    "某市高质量发展指标指标名称计量单位2030 年目标值资料来源一、经济发展1 研发经费支出占GDP "
    "比重% ≥ 3.2市统计局2 万人发明专利拥有量件≥ 45市市场监管局3 基本社会保障城乡基本养老"
    "保险参保率% ≥98市人社局城乡基本医疗保险参保率% ≥9904 每千人口执业(助理)医师数人≥ 3.6"
    "市卫健委"
)


def test_year_columns_glued_together() -> None:
    rows = glued_table(YEARS)
    assert rows is not None
    assert rows[0] == ["指标", "2026年预期值", "2027年预期值", "2028年预期值"]
    assert rows[1:] == [
        ["再生水利用率", "30%", "40%", "55%"],
        ["灌溉水有效利用系数", "0.62", "0.64", "0.66"],  # 0.620.640.66: split by the grammar
        ["工业用水重复利用率", "91%", "92%", "93.5%"],
        ["供水管网漏损率", "9%", "8.5%", "8%"],
    ]
    # the part after a page break that cut the repeated header
    assert glued_table(AFTER_BREAK, rows[0])[1:] == [
        ["公众满意度", "85%", "90%", "95%"],
        ["污水处理费收缴率", "-", "65%", "90%"],
    ]


def test_numbered_rows_with_units_values_and_sources_glued() -> None:
    rows = glued_table(NUMBERED)
    assert rows == [
        ["指标名称", "单位", "2030年目标值"],
        ["研发经费支出占GDP比重", "%", "≥3.2"],
        ["万人发明专利拥有量", "件", "≥45"],
        ["基本社会保障城乡基本养老保险参保率", "%", "≥98"],
        ["城乡基本医疗保险参保率", "%", "≥99"],  # ≥9904: 99, then row 4
        ["每千人口执业(助理)医师数", "人", "≥3.6"],
    ]


def test_prose_is_not_a_glued_table() -> None:
    assert (
        glued_table("到2030年，研发经费支出占地区生产总值比重达到3.2%，万人发明专利拥有量45件。")
        is None
    )


def test_every_year_is_a_target_with_its_own_deadline(tmp_path: Path) -> None:
    path = tmp_path / "节水.txt"
    path.write_text(YEARS + "\n\n" + AFTER_BREAK + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), title="某县节水行动方案", period=(2026, 2028))
    found = {(t.metric, t.value, t.deadline) for t in parsed.targets}
    assert ("再生水利用率", 30, 2026) in found
    assert ("再生水利用率", 55, 2028) in found
    assert ("公众满意度", 95, 2028) in found
    assert all(t.baseline is None for t in parsed.targets)  # 预期值 columns: no baseline


def test_a_row_in_words_with_a_yearly_rate_gives_the_rate_for_the_last_year() -> None:
    text = (
        "节水目标表指标预期值2026年2027年2028年综合指标万元GDP用水量低于全省平均值或年降低率3%"
        "再生水利用率30%40%55%工业节水万元工业增加值用水量不超过全省平均值的60%或年降低率4.5%"
        "工业用水重复利用率91%92%93%"
    )
    rows = glued_table(text)
    assert rows is not None
    assert rows[1:] == [
        ["万元GDP用水量年降低率", "", "", "3%"],
        ["再生水利用率", "30%", "40%", "55%"],
        ["工业节水万元工业增加值用水量年降低率", "", "", "4.5%"],
        ["工业用水重复利用率", "91%", "92%", "93%"],
    ]


def test_numbered_rows_keep_doublings_equals_and_slashed_pairs() -> None:
    text = (
        "某市高质量发展指标指标名称计量单位2035 年目标值资料来源1 地区生产总值(2020 年不变价)"
        "亿元翻一番(全市人均GDP ≥ 15万元) 市统计局2 城镇登记失业率/城镇调查失业率% <3.5/<5 "
        "市人社局3 农村危房改造率% =100 市住建局"
    )
    assert glued_table(text) == [
        ["指标名称", "单位", "2035年目标值"],
        ["地区生产总值(2020年不变价)", "亿元", "翻一番(全市人均GDP≥15万元)"],
        ["城镇登记失业率/城镇调查失业率", "%", "<3.5/<5"],
        ["农村危房改造率", "%", "=100"],
    ]


WEIGHTED = (
    "某省小康监测指标监测指标单位权重目标值一、经济发展1.人均地区生产总值(2015年不变价)元4.0≥"
    "680002.服务业增加值占比%2.0≥503.R&D经费投入强度%1.5≥2.8二、人民生活4.居民收入比以农为1"
    "1.5≤2.55.基尼系数-1.5≤0.46.安全指数每万人刑事案件发案数2.0=1007.单位生产总值能耗"
    "吨标准煤/万元3.0≤0.5"
)


def test_numbered_rows_with_a_weights_column_and_the_next_number_glued() -> None:
    assert glued_table(WEIGHTED) == [
        ["指标名称", "单位", "目标值"],
        ["人均地区生产总值(2015年不变价)", "元", "≥68000"],  # ≥680002.: row 2 after it
        ["服务业增加值占比", "%", "≥50"],
        ["R&D经费投入强度", "%", "≥2.8"],  # 3.R&D: a row number before a Latin word
        ["居民收入比", ":1", "≤2.5"],  # 以农为1, then the weight 1.5
        ["基尼系数", "", "≤0.4"],  # a dash for no unit
        ["安全指数每万人刑事案件发案数", "", "=100"],  # an index: no unit read
        ["单位生产总值能耗", "吨标准煤/万元", "≤0.5"],
    ]


@pytest.mark.parametrize(
    ("text", "n", "value"),
    [
        ("覆盖率% ≥9023 每千人口执业医师数", 23, "≥90"),  # 90, then row 23
        ("参保率% ≥9904 每千人口执业医师数", 4, "≥99"),  # 99, then row 4 written 04
        ("人均GDP元4.0≥570002.第三产业比重", 2, "≥57000"),  # 57000, then row 2.
        ("人均收入(2010年不变价)元≥250003.恩格尔系数", 3, "≥25000"),  # not the 10 of 2010年
        ("“三品”比重% ≥ 55省农委5 服务贸易比重% ≥ 10", 5, "≥ 55省农委"),  # a free 5 beats 5(5)省
    ],
)
def test_a_row_number_glued_to_the_value_before_it(text: str, n: int, value: str) -> None:
    at, _ = _row_number(text, n, 0)
    assert text[text.index("≥") : at] == value
