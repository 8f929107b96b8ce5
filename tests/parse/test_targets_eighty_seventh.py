"""The eighty-third round: progress reports that hold each task's plan beside its result so far."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def _values(text: str, year: int = 2012) -> list[float]:
    return [t.value for t in targets_of(text, year, year) if t.value is not None]


def test_a_result_that_exceeds_its_plan_is_no_target() -> None:
    text = (
        "我市计划新建或改造80个社区便利店,现已超额完成93个;"
        "计划新建或改造50个农家店,已超额完成58个农家店。"
    )
    assert _values(text) == [80, 50]


def test_a_sentence_that_reports_its_task_done_keeps_the_figure_it_planned() -> None:
    text = (
        "我市计划新增7条公交线路,现已新增20条,其中市本级17条、闽侯1条、长乐市2条;"
        "优化公交线路41条,其中市本级34条、长乐市4条;改造完成公交停靠站120个,完成任务数120%。"
    )
    assert _values(text) == [7]


def test_the_parts_of_a_result_are_results_too() -> None:
    text = "20公里休闲步行道已完成7.42公里,其中新店溪3.79公里,新西河2.7公里,东西河0.93公里。"
    assert _values(text) == [20]


def test_a_task_in_ten_thousands_before_its_progress_is_the_task() -> None:
    text = "解决30万农村人口饮水安全问题项目已超额完成,32个项目均已开工建设。"
    assert _values(text) == [30]


def test_last_years_result_after_this_years_task_is_not_the_task() -> None:
    assert 519 not in _values("山西今年将完成营造林500万亩去年已完成519万亩", 2022)
    assert 500 not in _values("山西今年将完成营造林500万亩去年已完成519万亩", 2022)


RESULTS_TABLE = (
    "关于某区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "区人代会确定的主要指标大多完成预期(见表一)。\n"
    "表一:2021年国民经济与社会发展有关指标完成情况\n"
    "属性 | 指标名称 | 人代会目标 | 完成情况 | 评价\n"
    "预期性 | 地区生产总值 | 8%左右 | 9.7% | 完成\n"
    "预期性 | 固定资产投资 | 11% | 25.6% | 完成\n"
    "预期性 | 民间投资 | 12% | 17.3% | 完成\n"
)


def test_a_table_of_a_past_years_results_beside_its_targets_is_no_target(
    tmp_path: Path,
) -> None:
    assert document_targets(tmp_path, RESULTS_TABLE, 2022, 2022) == []


def test_the_same_table_for_the_plans_own_year_is_read(tmp_path: Path) -> None:
    text = RESULTS_TABLE.replace("表一:2021年", "表一:2022年")
    assert 11 in [t.value for t in document_targets(tmp_path, text, 2022, 2022)]


def test_news_published_the_year_before_a_plans_year_dates_its_next_year_by_the_page(
    tmp_path: Path,
) -> None:
    text = (
        "交通运输部:2025年计划新改建农村公路10.5万公里\n"
        "2024-12-27 14:03来源: 中国新闻网\n"
        "在建设方面,明年交通运输部计划新建、改建农村公路10.5万公里,"
        "新增通硬化路较大规模的自然村(组)1.24万个。\n"
    )
    found = document_targets(tmp_path, text, 2025, 2025)
    assert {(t.value, t.deadline) for t in found} >= {(10.5, 2025), (1.24, 2025)}
    assert all(t.deadline == 2025 for t in found)


def _metrics(text: str, year: int = 2016) -> list[str]:
    return [t.metric for t in targets_of(text, year, year) if t.value is not None]


def test_a_list_of_livestock_shares_the_measure_its_last_item_states() -> None:
    text = "力争全年肉牛、肉羊、生猪、家禽出栏分别达到124万头、1133万只、250万头、1950万只。"
    assert _metrics(text) == ["肉牛出栏", "肉羊出栏", "生猪出栏", "家禽出栏"]


def test_a_second_list_of_bare_measure_takes_the_items_of_the_first() -> None:
    text = "力争全年肉牛、肉羊出栏分别达到124万头、1133万只,产量分别达到15.4万吨、15.3万吨。"
    assert _metrics(text)[2:] == ["肉牛产量", "肉羊产量"]
    text = "高新技术企业和科技型企业实现双倍增,总量分别超过1000家和4500家。"
    assert _metrics(text, 2027)[-2:] == ["高新技术企业总量", "科技型企业总量"]


def test_a_share_now_of_what_and_a_bare_to_give_the_baseline() -> None:
    found = targets_of(
        "江苏全省旅游增加值要从目前占全省GDP的4.3%上升到6%以上。农民出游率要从现在的53%到达75%。",
        2005,
        2010,
    )
    assert [(t.value, t.baseline) for t in found] == [(6, 4.3), (75, 53)]


def test_a_count_an_increment_verb_adds_before_its_noun_and_de_is_read() -> None:
    found = targets_of("今年全省新增2000个左右的建制村通沥青(水泥)路。", 2007, 2007)
    assert [(t.value, t.metric) for t in found] == [(2000, "建制村通沥青(水泥)路")]
    assert targets_of("建设2000个左右的建制村通沥青(水泥)路的配套设施。", 2007, 2007) == []


def test_a_part_after_a_semicolon_that_turns_to_the_plans_own_year_is_read(
    tmp_path: Path,
) -> None:
    text = (
        "甘肃召开全省文化和旅游局长会\n"
        "1月20日,2020年全省文化和旅游局长会在兰州召开。2019年,全省共接待游客3.74亿人次,"
        "实现旅游综合收入2680亿元,分别同比增长22.5%和30%;2020年,力争全省旅游接待人数将达到"
        "4.3亿人次,旅游综合收入达3300亿元。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2020, 2020)] == [4.3, 3300]


def test_what_a_survey_found_is_no_target() -> None:
    text = (
        "据最新调查,2016年上半年,农村居民人均可支配收入达3660元,同比增加233元,增长6.8%。"
        "为实现2016年农民增收9.5%的目标,日前,自治区决定建立农民增收考核机制。"
    )
    assert [t.value for t in targets_of(text, 2016, 2016)] == [9.5]


def test_what_was_summed_since_a_year_gone_by_is_no_target() -> None:
    text = "1988年以来,全国平原绿化累计完成造林、低效林改造任务1384.36万公顷。"
    assert targets_of(text, 2013, 2020) == []
    assert [t.value for t in targets_of("到2020年,累计完成造林任务1500万公顷。", 2013, 2020)] == [
        1500
    ]


def test_peishu_sets_up_models_as_a_count() -> None:
    found = targets_of("培树12个食品药品安全示范县(市、区)、3个示范园区。", 2015, 2015)
    assert [(t.value, t.metric) for t in found] == [
        (12, "食品药品安全示范县(市、区)"),
        (3, "示范园区"),
    ]


def test_a_headline_opening_on_its_year_dates_its_figure_and_is_one_record_with_the_body(
    tmp_path: Path,
) -> None:
    text = (
        "2011 长安GDP预期增长9.4%\n"
        "2011年长安镇经济社会发展的主要预期目标是:生产总值增长9.4%;固定资产投资总额增长2%。\n"
    )
    found = document_targets(tmp_path, text, 2011, 2015)
    assert [(t.value, t.deadline) for t in found] == [(9.4, 2011), (2, 2011)]
