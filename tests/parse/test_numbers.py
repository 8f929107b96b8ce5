"""Numbers with units: values, scale words, names that are not values, malformed input."""

from __future__ import annotations

import pytest

from plantrack.parse.numbers import find_quantities, normalise, parse_number, split_scale


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("15", 15.0),
        ("2,000", 2000.0),
        ("12.5", 12.5),
        ("一百五十", 150.0),
        ("二十", 20.0),
        ("三", 3.0),
        ("两", 2.0),
        ("1,2.3.4", None),
        ("1,23", None),
        ("", None),
    ],
)
def test_parse_number(span: str, value: float | None) -> None:
    assert parse_number(span) == value


@pytest.mark.parametrize(
    ("unit", "scaled"),
    [
        ("亿元", (1e8, "元")),
        ("万人", (1e4, "人")),
        ("万亿元", (1e12, "元")),
        ("万标准箱", (1e4, "标准箱")),
        ("千瓦", (1.0, "千瓦")),
        ("%", (1.0, "%")),
    ],
)
def test_split_scale(unit: str, scaled: tuple[float, str]) -> None:
    assert split_scale(unit) == scaled


def test_normalise_scale_words_only() -> None:
    assert normalise(2000, "亿元") == (2e11, "元")
    assert normalise(1.5, "万人") == (15000, "人")
    assert normalise(12, "%") == (None, None)


def _values(text: str) -> list[tuple[float | None, str | None, str | None]]:
    """Candidate values with a unit (a unitless number is a value only next to a ratio metric)."""
    return [
        (q.value, q.unit, q.suffix)
        for q in find_quantities(text)
        if q.name is None and q.unit is not None
    ]


def test_unitless_numbers_are_candidates_and_names_are_flagged() -> None:
    (q,) = find_quantities("城乡居民收入比缩小到1.6以内")
    assert (q.value, q.unit, q.suffix, q.name) == (1.6, None, "以内", None)
    (q,) = find_quantities("本土世界500强企业")
    assert q.name and "500强" in q.name
    (q,) = find_quantities("1.港航物流")
    assert q.name == "a list number"


def test_chinese_percent_and_decimal() -> None:
    assert _values("分别达到百分之九十五、百分之九十九") == [(95, "%", None), (99, "%", None)]
    (q,) = find_quantities("缩小至一点八以内")
    assert (q.value, q.suffix) == (1.8, "以内")


def test_per_units() -> None:
    assert _values("处置能力不低于50万吨/年，劳动生产率达到27万元/人") == [
        (50, "万吨/年", None),
        (27, "万元/人", None),
    ]


def test_quantities_with_units_and_suffixes() -> None:
    text = "金融业增加值达到2000亿元，比重达到12%左右，算力规模超过10EFLOPS，培育一百五十家。"
    assert _values(text) == [
        (2000, "亿元", None),
        (12, "%", "左右"),
        (10, "EFLOPS", None),
        (150, "家", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "实施“1510”人才强市体系",
        "“科创甬江2035”重点研发计划",
        "本土世界500强企业",
        "5G基站",
        "部署50G-PON光纤",
        "G60科创走廊",
        "IPv6",
        "专栏2 生产性服务业",
        "【上接第6版】",
        "三网一平台",
        "两带多园",
        "1.港航物流",
        "到2030年",
        "数字政府2.0建设",
        "“4+X”产业",
    ],
)
def test_names_are_not_values(text: str) -> None:
    assert _values(text) == []


def test_malformed_numbers_are_flagged() -> None:
    (q,) = find_quantities("达到1,2.3.4亿元")
    assert q.value is None and q.name and "malformed" in q.name
    (q,) = [q for q in find_quantities("比重达到12%%") if q.num_text == "12"]
    assert q.name and "%" in q.name


def test_full_width_percent() -> None:
    assert _values("比重达到１２％以上") == [(12, "%", "以上")]


def test_classifiers_of_buildings_wells_parcels_and_loans_are_units() -> None:
    text = "税收亿元楼达到45幢，建设20口深井，出让矿业权110宗，发放贷款3000笔，发射10颗卫星。"
    assert [(v, u) for v, u, _ in _values(text)] == [
        (45, "幢"), (20, "口"), (110, "宗"), (3000, "笔"), (10, "颗"),
    ]  # fmt: skip


def test_a_classifier_that_opens_a_word_is_no_unit() -> None:
    assert _values("建设5口岸，3宗教场所，增加2份额") == []


def test_duo_and_yu_between_number_and_unit_say_more_than() -> None:
    got = [
        (q.value, q.unit, q.comparator)
        for q in find_quantities("实施项目1900多个，培训50余人，其余3个")
    ]
    assert got == [(1900, "个", ">"), (50, "人", ">"), (3, "个", None)]
    assert find_quantities("多个项目") == []


def test_unit_symbols_and_pairs() -> None:
    got = [(q.value, q.unit) for q in find_quantities("贯通25400㎡，开行列车38对，面积5km²")]
    assert got == [(25400, "㎡"), (38, "对"), (5, "km²")]
    assert [q.unit for q in find_quantities("2025年对口支援3对接") if q.unit] == ["年"]


def test_a_list_of_bare_numbers_takes_the_unit_of_its_last_value() -> None:
    got = [(q.value, q.unit, q.name) for q in find_quantities("分别达到407、262万千瓦")]
    assert got == [(407, "万千瓦", None), (262, "万千瓦", None)]
    assert find_quantities("1、加强组织领导")[0].name == "a list number"
    assert [q.unit for q in find_quantities("控制在4.0吨/万千瓦时左右")] == ["吨/万千瓦时"]


def test_more_units_of_plans() -> None:
    text = "开展4课时以上理论学习，培训16学时，降雨50毫米，养殖100万羽，噪声55分贝"
    assert [q.unit for q in find_quantities(text)] == ["课时", "学时", "毫米", "万羽", "分贝"]


def test_千_after_a_figure_is_a_scale_but_千瓦_stays_a_unit() -> None:
    # b29 宝安: 供应分配8千套以上 — 8 千套 (8,000 套); 3000千瓦 is 3000 of the unit 千瓦
    by_text = {
        q.num_text + (q.unit or ""): q
        for q in find_quantities("分配8千套，装机3000千瓦，种树三千棵")
    }
    assert by_text["8千套"].value == 8 and normalise(8, "千套") == (8000, "套")
    assert by_text["3000千瓦"].unit == "千瓦" and normalise(3000, "千瓦") == (None, None)
