"""The seventy-eighth round: a verb + 到/至 before the level reached (调增到, 发展到, 调减至)."""

from __future__ import annotations

import pytest

from paragraph import document_targets, targets_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count before the metric quantifies its subject; the level is what is due
        (
            "到2027年，7个单品蔬菜种植面积调增到600万亩以上。",
            [("7个单品蔬菜种植面积", 600.0, "万亩", ">=")],
        ),
        ("到2027年，全省茶园面积发展到100万亩。", [("茶园面积", 100.0, "万亩", ">=")]),
        ("到2027年，煤炭产量调减至5000万吨。", [("煤炭产量", 5000.0, "万吨", "<=")]),
    ],
)
def test_a_verb_with_到_or_至_before_the_level_reached(text: str, expected: list) -> None:
    found = targets_of(text, 2025)
    assert [(t.metric, t.value, t.unit, t.comparator) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2027年，11个新城滨河森林公园中的5处建成开放。", [(5.0, "处")]),
        # 初中 ends in 中 but is a noun of its own: both counts stay
        ("到2027年，新建、改扩建小学13所和初中8所。", [(13.0, "所"), (8.0, "所")]),
    ],
)
def test_the_whole_a_part_is_counted_of_is_no_target(text: str, expected: list) -> None:
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == expected


def test_one_new_step_is_a_figure_of_speech() -> None:
    text = "到2027年，经济总量迈上一个新台阶，地区生产总值突破1000亿元，再上一个大台阶。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == [(1000.0, "亿元")]


def test_a_pages_view_count_is_page_furniture() -> None:
    text = "来源：省统计局 點擊:1271次 浏览次数：35次。到2027年，新建公园20个。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == [(20.0, "个")]


def test_a_headlines_noun_restated_as_its_head_by_the_body_is_one_target(tmp_path) -> None:
    text = "\n".join(
        [
            "今年全省将建150座电动汽车充电站",
            "发布时间：2017-04-18 来源：中国投资资讯网",
            "省发展改革委出台的2017年实施方案提出，建设150座充电站，改造老旧小区10个。",
        ]
    )
    found = document_targets(tmp_path, text, 2017, 2017)
    assert sorted((t.value, t.unit) for t in found) == [(10.0, "个"), (150.0, "座")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2027年，全省水产苗种产量达到80亿尾。", (80.0, "亿尾")),
        ("到2027年，疫苗产能达到100亿单位，", (100.0, "亿单位")),
        ("到2027年，新增调蓄能力2000万空方；", (2000.0, "万空方")),
        # a bound word or a grade after the scale is none
        ("到2027年，销售额突破1000亿大关。", (1000.0, "亿元")),  # (销售额: money, 亿元)
    ],
)
def test_a_measure_word_closing_the_clause_after_a_bare_scale(text: str, expected: tuple) -> None:
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == [expected]


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("2023年苏州民生实事项目,交卷！", 0),  # the year's works handed in: results
        ("2023年民生实事交出亮眼答卷", 0),
        ("2023年苏州民生实事项目", 2),  # the plan itself
    ],
)
def test_a_news_title_that_hands_in_the_years_works_reports_results(
    tmp_path, title: str, count: int
) -> None:
    text = "开工建设学校37所，新辟公交线路51条。"
    assert len(document_targets(tmp_path, text, 2023, 2023, title)) == count


def test_the_months_so_far_without_this_year_named_are_the_state_now() -> None:
    text = "市财政1至11月用于民生领域的支出达245.31亿元。明年，新建公园10个。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == [(10.0, "个")]


def test_where_the_things_counted_are_spread_is_no_target() -> None:
    text = (
        "明年，新建10处小游园和街头绿地，具体分布在青峰路南侧3处、火车站旁1处、雪莲小学街旁1处。"
        "耕地主要分布在川西平原，划定生态保护红线不低于12.5万平方千米。"
    )
    found = [(t.value, t.unit) for t in targets_of(text, 2025)]
    assert found == [(10.0, "处"), (12.5, "万平方千米")]
