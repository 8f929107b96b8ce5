"""Forty-seventh round: a baseline of today (由目前的…), an old plan's units of transport and
telephone capacity, and a subject named alone before 要由…到, in words other than the retired
documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


@pytest.mark.parametrize(
    ("text", "metric", "baseline"),
    [
        ("到2030年，全县湿地保护率要由目前的52.5%提高到60%左右。", "湿地保护率", 52.5),
        (
            "到2030年，城市绿道密度从当前的0.8公里/平方公里提高到1.2公里/平方公里。",
            "城市绿道密度",
            0.8,
        ),
        ("到2030年，二级以上医院占比由现在的近40%提高到55%。", "二级以上医院占比", 40),
    ],
)
def test_a_baseline_of_today_belongs_to_the_target_after_it(
    text: str, metric: str, baseline: float
) -> None:
    (target,) = targets_of(text)
    assert (target.metric, target.baseline, target.baseline_year) == (metric, baseline, None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("五年内新增农村电话容量12万门。", 12, "万门"),
        ("到2030年，水路货物周转量达到9,500亿吨公里。", 9500, "亿吨公里"),
        ("到2030年，铁路旅客周转量达到3,100亿人公里。", 3100, "亿人公里"),
        ("五年内新增棉纺能力120万锭。", 120, "万锭"),
        ("到2030年，沿海客轮增加2.4万客位。", 2.4, "万客位"),
    ],
)
def test_an_old_plans_units_of_capacity_are_units(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in targets_of(text)] == [(value, unit)]


def test_a_place_named_with_men_is_no_unit() -> None:
    text = "到2030年，三门峡市森林覆盖率达到40%，三门县新建公园5个。"
    assert [(t.value, t.unit) for t in targets_of(text)] == [(40, "%"), (5, "个")]


def test_a_subject_named_alone_moves_from_its_baseline_in_the_clause_after() -> None:
    text = "到2030年，规模以上工业企业中开展数字化改造的企业，要由现在的35%左右提高到70%左右。"
    (target,) = targets_of(text)
    assert (target.metric, target.value, target.comparator, target.baseline) == (
        "规模以上工业企业中开展数字化改造的企业",
        70,
        "~",
        35,
    )


def test_a_share_of_places_that_do_something_is_a_target() -> None:
    text = (
        "到2030年，80%以上的乡镇（街道）设有综合养老服务中心，60%以上的失能老人接受上门护理服务。"
    )
    assert [(t.value, t.unit, t.comparator) for t in targets_of(text)] == [
        (80, "%", ">="),
        (60, "%", ">="),
    ]


def test_a_scheme_spread_to_a_share_of_the_places_is_a_target() -> None:
    text = "到2030年，长期护理保险试点扩大到全省70%以上的县（市、区）。"
    (target,) = targets_of(text)
    assert (target.value, target.unit, target.comparator) == (70, "%", ">=")
    assert "长期护理保险" in target.metric


def test_a_share_that_qualifies_a_noun_stays_no_target() -> None:
    text = "对营业收入增长30%以上的企业给予奖励。"
    assert targets_of(text) == []


def test_batches_counted_in_figures_are_targets_but_a_batch_in_words_is_some() -> None:
    text = "到2030年，发布5批应用场景清单，建设一批未来工厂，培育两批专精特新企业。"
    assert [(t.metric, t.value, t.unit) for t in targets_of(text)] == [("应用场景清单", 5, "批")]


def test_two_works_each_of_one_value_are_two_targets() -> None:
    text = "到2030年，新建和改造城市燃气管网各300公里。"
    assert [(t.metric, t.value, t.unit, t.kind) for t in targets_of(text)] == [
        ("新建城市燃气管网", 300, "公里", "increment"),
        ("改造城市燃气管网", 300, "公里", "level"),
    ]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("今年提质扩能25个乡镇卫生院，提升基层服务能力。", "乡镇卫生院", 25),
        ("今年新、改建12个口袋公园。", "口袋公园", 12),
        ("今年招募派遣800名高校毕业生到社区服务。", "高校毕业生到社区服务", 800),
    ],
)
def test_the_works_of_a_livelihood_list_count_their_things(
    text: str, metric: str, value: float
) -> None:
    assert [(t.metric, t.value) for t in targets_of(text)] == [(metric, value)]


def test_places_named_then_counted_are_still_where() -> None:
    assert targets_of("今年在城南、城北2个街道开展试点。") == []


def test_a_reports_line_naming_what_was_won_opens_a_review(tmp_path: Path) -> None:
    text = (
        "乡村振兴取得决定性胜利。12个重点帮扶村全部出列，农村居民人均可支配收入增长8.1%。\n\n"
        "今年全市地区生产总值增长6%。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [6]


def test_an_outlines_goal_that_names_an_effect_is_no_review(tmp_path: Path) -> None:
    text = "——高质量发展取得显著成效。全市地区生产总值年均增长5%左右。\n"
    assert document_values(tmp_path, text, 2026, 2030) == [5]


def test_a_subject_goes_on_past_an_aside_to_its_level() -> None:
    text = "“十五五”期间耕地保有量，就全省来说，要稳定在5800万亩的水平上，不再减少。"
    (target,) = targets_of(text)
    assert (target.metric, target.value, target.unit, target.comparator) == (
        "耕地保有量",
        5800,
        "万亩",
        "=",
    )


def test_the_nation_as_scope_is_no_metric() -> None:
    text = "油料播种面积，全国稳定在2亿亩左右。"
    assert [(t.metric, t.value) for t in targets_of(text)] == [("油料播种面积", 2)]


def test_a_quarters_change_is_an_observation_but_a_quarters_milestone_a_target() -> None:
    assert targets_of("全市规上工业增加值第一季度增长4.2%，第二季度增长5.1%。") == []
    text = "到2030年，重点项目开工率一季度达到40%以上、上半年达到75%。"
    assert [t.value for t in targets_of(text)] == [40, 75]


def test_projects_already_started_are_no_target() -> None:
    assert targets_of("全市已开工建设的亿元以上重大项目有126个。") == []


def test_a_paragraph_of_changes_that_came_reviews_the_past(tmp_path: Path) -> None:
    text = (
        "农村面貌扭转了长期落后的局面。这几年，我们把民生放在重要地位，城乡居民收入有了较快的"
        "增长。农村居民人均可支配收入增长一点二倍，城镇居民人均可支配收入增长零点八倍。\n\n"
        "今年全市地区生产总值增长6%。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [6]


def test_a_paragraph_opening_with_recent_years_reviews_them(tmp_path: Path) -> None:
    text = "近年来，全市新建中小学20所，新增学位3万个。\n\n今年全市新建中小学5所。\n"
    assert document_values(tmp_path, text, 2026, 2026) == [5]


def test_quoted_items_of_a_list_that_each_do_a_counted_work_are_targets() -> None:
    text = "今年十件民生实事包括：“实施老旧小区改造”、“新建15公里绿道”、“新建2所公办幼儿园”。"
    assert [(t.metric, t.value, t.unit) for t in targets_of(text)] == [
        ("绿道", 15, "公里"),
        ("公办幼儿园", 2, "所"),
    ]
    assert targets_of("打造“1个中心+N个基地”，推进“三个一批”。") == []


def test_products_named_alone_then_their_figures() -> None:
    text = "到1990年，电冰箱，1，200万台，比1985年增长1.5倍；洗衣机，900万台。"
    assert [(t.metric, t.value, t.unit) for t in targets_of(text, 1986, 1990)] == [
        ("电冰箱", 1200, "万台"),
        ("电冰箱增长", 1.5, "倍"),
        ("洗衣机", 900, "万台"),
    ]


def test_cases_and_a_baseline_of_now_after_a_space() -> None:
    text = "到2030年，卷烟产量2，600万箱；再生纤维，可由现在的 8万吨增加到20万吨。"
    assert [(t.metric, t.value, t.unit, t.baseline) for t in targets_of(text)] == [
        ("卷烟产量", 2600, "万箱", None),
        ("再生纤维", 20, "万吨", 8),
    ]


def test_at_least_a_count_of_things_worked_on_or_of_events() -> None:
    text = "今年排查不少于150个存在安全隐患的路口，举办不少于20场次交通安全宣讲活动。"
    assert [(t.value, t.unit, t.comparator) for t in targets_of(text)] == [
        (150, "个", ">="),
        (20, "场次", ">="),
    ]


def test_a_named_plants_capacity_in_brackets_is_no_target() -> None:
    text = (
        "到2030年，建设甲县乙江（120万千瓦）、丙县丁河（各60万千瓦）等抽水蓄能电站，"
        "水电装机达到900万千瓦（其中抽水蓄能300万千瓦）。"
    )
    assert [t.value for t in targets_of(text)] == [900, 300]


def test_a_section_heading_run_into_its_text_after_a_chapter_and_a_part(tmp_path: Path) -> None:
    text = (
        "　　五、对外开放和区域合作　　第二十章　对外贸易　　第一节　　　对外贸易的规模和结构　　"
        "五年内，全省进出口总额平均每年增长6％，2030年达到900亿美元，其中，出口额平均\n"
        "每年增长7．5％，进口平均每年增长4．2％。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [6, 900, 7.5, 4.2]


def test_counted_things_opened_to_the_public_or_staff_sent_are_targets() -> None:
    text = "今年首批200所学校体育场地向社会开放，抽调300名医师下基层服务。"
    assert [(t.value, t.unit) for t in targets_of(text)] == [(200, "所"), (300, "名")]


def test_a_raise_of_benefits_paid_is_no_target_but_a_raise_of_the_minimum_living_standard_is() -> (
    None
):
    text = "今年工伤职工伤残津贴、供养亲属抚恤金标准提高8%，农村低保标准提高6%。"
    assert [(t.metric, t.value) for t in targets_of(text)] == [("农村低保标准提高", 6)]
