"""The seventy-ninth round: the works a plan's year is to finish, and projects named by example."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("2026年，开工建设深圳外环高速公路等3个项目。", "开工建设深圳外环高速公路等项目"),
        ("今年将启动长天小学等5个项目建设。", "启动长天小学等项目建设"),
    ],
)
def test_a_count_of_projects_named_by_example_keeps_the_work_and_the_examples(
    text: str, metric: str
) -> None:
    assert [t.metric for t in targets_of(text, 2026)] == [metric]


def test_works_a_plan_sets_for_each_of_its_years_are_no_report_of_works_done(
    tmp_path: Path,
) -> None:
    # 建成通车 twice and nothing that says 将 or 计划: read alone, a report of works finished;
    # but the clauses open on the plan's own years (a 2014–2015 工作要点)
    paragraph = (
        "1.推进交通基础设施建设一体化。贵广、南广铁路建成通车，开工建设深茂铁路等项目。"
        "2014年，开工建设深圳外环高速公路等3个项目，建成通车里程131公里；"
        "2015年，开工建设深中通道等项目，建成通车里程155公里；推动广明高速尽快建成全线通车。"
    )
    found = document_targets(tmp_path, "一、推进一体化重点领域工作\n" + paragraph, 2014, 2015)
    assert [(t.value, t.unit, t.deadline) for t in found] == [
        (3.0, "个", 2014),
        (131.0, "公里", 2014),
        (155.0, "公里", 2015),
    ]


def test_a_year_before_the_plan_still_reports_works_done(tmp_path: Path) -> None:
    paragraph = (
        "2013年，深茂铁路建成通车，广佛肇城际建成通车，珠海LNG接收站投入运营，建成通车里程131公里。"
    )
    assert document_targets(tmp_path, "一、基础设施\n" + paragraph, 2014, 2015) == []


def test_the_extent_of_the_place_told_with_约_or_为_is_no_target() -> None:
    text = (
        "全区幅员面积约2402平方公里，东西宽约45公里，南北长约90公里。"
        "其中中心城区范围总面积为50.99平方公里。到2025年，城市建成区面积达到60平方公里。"
    )
    assert [(t.metric, t.value) for t in targets_of(text, 2025)] == [("城市建成区面积", 60.0)]


def test_who_reports_and_when_is_no_lead_of_its_own(tmp_path: Path) -> None:
    # the review's lead (刚刚过去的一年) comes after the words that say who reports
    text = (
        "河北省政府代理省长陈全国作政府工作报告时表示，刚刚过去的一年，是河北省发展遇到困难最多的一年。"
        "新开工项目两万四千八百个，其中亿元以上项目增加九百零四个。\n"
        "今年全省生产总值增长9%以上。"
    )
    found = document_targets(tmp_path, text, 2010, 2010)
    assert [(t.value, t.unit) for t in found] == [(9.0, "%")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("贺兰县2024年为民办实事10项全部办理完成（贺兰县委组织部网站新闻，2025年1月10日）", []),
        ("贺兰县2025年为民办实事项目", [(1127.0, "人")]),
        # the year before's 成绩单 named in a note: the report's own year's work is read
        ("2025年贺兰县政府工作报告（报道《贺兰亮出2024年发展“成绩单”》）", [(1127.0, "人")]),
    ],
)
def test_a_title_that_reports_an_earlier_years_work_done(
    tmp_path: Path, title: str, expected: list
) -> None:
    text = "由贺兰县人力资源和社会保障局负责的重点群体创业扶持项目，今年帮助1127人自主创业。"
    found = document_targets(tmp_path, text, 2025, 2025, title=title)
    assert [(t.value, t.unit) for t in found] == expected


def test_a_reviews_estimate_for_the_year_it_ends_on_looks_nowhere_ahead(tmp_path: Path) -> None:
    text = (
        "“十四五”以来，我市积极适应疫后重振，消费市场持续回暖。\n"
        "一是消费规模稳步增长。全市社零额从“十三五”末的760亿元预计提升到2025年的1255亿元，"
        "年均增长超过10%；限上商贸企业从497家发展到1325家。\n"
        "面向“十五五”，到2030年全市社零额达到1800亿元。"
    )
    found = document_targets(tmp_path, text, 2025, 2025)
    assert [(t.value, t.deadline) for t in found] == [(1800.0, 2030)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first clause's verb with 了 tells what was done; the counts after it were done too
        (
            "副厅长杨明红介绍，宁夏打造了六大产业集群，创建国家级现代农业产业园5个、产业强镇16个。",
            [],
        ),
        # …and a turn to what lies ahead in the same sentence is read
        (
            "宁夏打造了六大产业集群，创建国家级现代农业产业园5个，下一步将新创建产业强镇10个。",
            [10.0],
        ),
        ("到2027年，宁夏创建国家级现代农业产业园5个。", [5.0]),
    ],
)
def test_a_sentence_that_opens_on_work_done_tells_what_was_done(text: str, expected: list) -> None:
    assert [t.value for t in targets_of(text, 2027)] == expected


def test_a_list_then_各_then_the_work_gives_each_item_the_value() -> None:
    found = targets_of("宫颈癌、乳腺癌各完成筛查8.1万人。", 2023)
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("宫颈癌完成筛查", 8.1, "万人"),
        ("乳腺癌完成筛查", 8.1, "万人"),
    ]


def test_projects_sped_up_are_counted() -> None:
    found = targets_of("2025年，提速高青至商河等34个续建项目。", 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [("续建项目", 34.0, "个")]


def test_a_bracket_that_holds_the_figure_before_it_in_another_unit_is_no_target() -> None:
    text = "到2025年，年产优质葡萄酒24万吨(3亿瓶)以上，综合产值1000亿元。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025)] == [(24.0, "万吨"), (1000.0, "亿元")]


def test_a_size_that_classes_the_places_counted_after_it_is_no_target() -> None:
    text = "2021年，重点打造30万亩县2个、20万亩县2个、10万亩县17个。"
    found = targets_of(text, 2021)
    assert [(t.value, t.unit) for t in found] == [(2.0, "个"), (2.0, "个"), (17.0, "个")]
    assert [t.metric[-5:] for t in found] == ["30万亩县", "20万亩县", "10万亩县"]


def test_what_a_place_received_in_a_year_before_the_plan_is_the_past(tmp_path: Path) -> None:
    text = "西藏2013年接待游客1291万人次\n2014年，西藏力争接待游客1500万人次。"
    found = document_targets(tmp_path, text, 2014, 2014)
    assert [(t.value, t.deadline) for t in found] == [(1500.0, 2014)]
