"""The eighty-fourth round: 分别 before one value, the plan's 完成或超额完成 formula, a goal's
growth on the year before under a review headline, and the aim of a place that 将力争."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def _metrics(text: str, year: int = 2015) -> list[tuple[str, float]]:
    return [(t.metric, t.value) for t in targets_of(text, year, year) if t.value is not None]


def test_respectively_before_one_value_gives_it_to_each_listed_indicator() -> None:
    text = "2015年,进出口总额、实际利用外资、引进外省到位资金分别增长20%左右。"
    found = targets_of(text, 2015, 2015)
    assert [t.metric for t in found] == [
        "进出口总额增长",
        "实际利用外资增长",
        "引进外省到位资金增长",
    ]
    assert {(t.value, t.comparator) for t in found} == {(20, "~")}


def test_respectively_shares_the_emission_measure_past_the_place_before_the_list() -> None:
    text = "到2020年,山西省二氧化硫、氮氧化物排放总量分别比2015年下降20%以上。"
    found = targets_of(text, 2018, 2020)
    assert [t.metric for t in found] == ["山西省二氧化硫排放总量下降", "氮氧化物排放总量下降"]
    assert {(t.value, t.baseline_year) for t in found} == {(20, 2015)}


def test_respectively_does_not_split_short_heads_of_one_rate_nor_a_bracketed_list() -> None:
    text = (
        "传染病、突发公共卫生事件报告率分别达到95%以上。"
        "中医药健康管理服务目标人群(辖区内65岁及以上居民和0-36个月儿童)中医药健康管理率分别达到45%。"
    )
    assert [v for _, v in _metrics(text, 2019)] == [95, 45]


def test_complete_or_exceed_the_national_task_is_the_plans_formula_not_a_report() -> None:
    text = (
        "——单位地区生产总值能耗、单位地区生产总值二氧化碳排放量完成或超额完成国家下达的目标任务,"
        "化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降2%、2%、2%、4%。"
    )
    assert [v for _, v in _metrics(text)] == [2, 2, 2, 4]


def test_a_goal_and_its_growth_on_last_year_under_a_headline_of_achievements(
    tmp_path: Path,
) -> None:
    text = (
        "青海省旅游发展较为迅速 各方面取得不错的成绩\n\n"
        "日前,青海省2018年旅游工作会议在西宁召开。会议回顾和总结2017年旅游工作。"
        "其中,会议指出,2018年青海省的旅游预期目标为接待国内外游客4100万人次,同比增长17%;"
        "实现旅游收入460亿元,同比增长21%。\n\n"
        "近年来,青海省旅游发展较为迅速。据统计,2017年青海共接待国内外游客3484.1万人次,"
        "同比增长21.1%;实现旅游收入381.53亿元,同比增长23%,超额完成了全年目标任务。\n"
    )
    found = document_targets(tmp_path, text, 2018, 2018)
    assert [t.value for t in found] == [4100, 17, 460, 21]


def test_a_goal_whose_results_are_told_after_it_stays_a_report(tmp_path: Path) -> None:
    text = (
        "青海省旅游发展取得不错的成绩\n\n"
        "全年旅游预期目标为接待国内外游客4000万人次,1-11月完成3900万人次,同比增长16%。\n"
    )
    assert document_targets(tmp_path, text, 2018, 2018) == []


def test_a_place_that_will_strive_aims_at_every_figure_of_its_sentence() -> None:
    text = "2012年,云南将力争GDP首次突破一万亿元人民币,全年生产总值增长12%以上。"
    found = targets_of(text, 2012, 2012)
    assert [(t.value, t.aspiration) for t in found] == [(1, True), (12, True)]


def test_a_second_aim_in_the_sentence_leads_the_figures_after_it() -> None:
    text = (
        "其中2016年,贵州将争取林业投资46亿元以上,力争完成营造林698万亩,"
        "森林覆盖率增长2个百分点,林业总产值实现1000亿元。"
    )
    found = targets_of(text, 2016, 2020)
    assert [(t.value, t.aspiration) for t in found] == [
        (46, True),
        (698, True),
        (2, False),
        (1000, False),
    ]


def test_more_and_kept_after_new_ones_are_levels() -> None:
    text = "发展特色菜,新增无公害蔬菜基地9个,增加种植面积2000亩以上,巩固无公害蔬菜基地22个。"
    found = targets_of(text, 2011, 2011)
    assert [(t.value, t.kind) for t in found] == [
        (9, "increment"),
        (2000, "level"),
        (22, "level"),
    ]


def test_a_page_stamped_without_a_space_before_its_time_dates_next_year(tmp_path: Path) -> None:
    text = (
        "省委经济工作会议12月9日至10日召开\n\n"
        "http://www.sina.com.cn 2005年12月12日04:48 河南报业网-大河报\n\n"
        "会议提出,明年我省经济增长的预期目标为10%。\n"
    )
    found = document_targets(tmp_path, text, 2006, 2006)
    assert [(t.value, t.deadline) for t in found] == [(10, 2006)]


def test_a_headline_restated_by_the_bodys_measure_alone_is_one_target(tmp_path: Path) -> None:
    text = (
        "河北今年完成营造林917万亩\n\n"
        "记者从省林业厅获悉,今年全省将完成营造林917万亩,其中人工造林400万亩。\n"
    )
    found = document_targets(tmp_path, text, 2018, 2018)
    assert [t.value for t in found] == [917, 400]


def test_what_a_past_year_built_is_the_base_not_the_target() -> None:
    text = (
        "在2007年建成2.4万公里农村公路的基础上,2009年将新建、改建农村公路2.8万公里。"
        "在去年建设166座城际快充站的基础上,今年新建快充站200座。"
    )
    assert [t.value for t in targets_of(text, 2009, 2009)] == [2.8, 200]


def test_a_base_of_the_plans_own_year_is_still_its_target() -> None:
    text = "在今年底完成1.2万个村庄生活污水治理的基础上,到2025年完成2万个村庄生活污水治理。"
    assert [t.value for t in targets_of(text, 2020, 2025)] == [1.2, 2]


def test_a_summarys_heading_of_results_opens_a_review(tmp_path: Path) -> None:
    text = (
        "【加快建设现代化产业体系,高质量发展开启新篇章】\n"
        "农村特色产业加快发展。预计农业总产值增长3.5%。谋划实施特色产业项目231个,完成投资100多亿元。\n"
        "工业经济骨骼健康发育。预计规上工业增加值增幅超过8.5%;预计技改投资增长10%,实现“机器换人”538台。\n"
        "【强力推进创新驱动,动能转换迈出新步伐】\n"
        "新增院士工作站2家、省级备案众创空间5家;预计高新技术产业增加值增长15%。\n"
    )
    assert document_targets(tmp_path, text, 2019, 2019) == []


def test_a_heading_that_sets_where_to_break_new_ground_looks_ahead(tmp_path: Path) -> None:
    text = (
        "（一）聚焦扩大内需，在提振投资消费上开创新局面\n\n全年工业投资增长10%，民间投资增长5%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2026, 2026)] == [10, 5]


def test_a_numbered_heading_of_the_work_and_its_result_is_a_review(tmp_path: Path) -> None:
    text = (
        "（一）坚持稳中求进,地区综合实力跃上新台阶\n\n"
        "新增高新技术企业30户,引进亿元以上项目20个。\n\n"
        "（二）2023年主要目标\n\n"
        "地区生产总值增长7%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2023, 2023)] == [7]


def test_what_stands_now_is_no_target_but_the_time_from_now_looks_ahead() -> None:
    now = "当前棉花收入占农民收入的35%左右。到2015年,高产田单产皮棉达到150公斤以上。"
    assert [t.value for t in targets_of(now, 2014, 2015)] == [150]
    ahead = "当前和今后一个时期,全省粮食产量稳定在600亿斤以上。"
    assert [t.value for t in targets_of(ahead, 2014, 2015)] == [600]


def test_a_quoted_multiple_after_its_base_year_doubles_each_listed_indicator() -> None:
    text = (
        "到2035年,浙江省将基本实现高水平现代化,力争地区生产总值、人均生产总值、"
        "居民人均可支配收入比2020年“翻一番”。"
    )
    found = targets_of(text, 2021, 2035)
    assert [(t.metric, t.value, t.baseline_year) for t in found] == [
        ("地区生产总值", 2, 2020),
        ("人均生产总值", 2, 2020),
        ("居民人均可支配收入", 2, 2020),
    ]


def test_the_value_after_a_total_output_is_the_things_value_not_a_total() -> None:
    text = "力争到2025年,全市苹果总产量达到380万吨以上,产值达到170亿元。"
    assert [t.metric for t in targets_of(text, 2020, 2025)] == ["苹果总产量", "苹果产值"]


def test_roads_that_reached_villages_were_built_already() -> None:
    text = "全省以奖代补,使122个乡镇、6000多个行政村通了油路。2009年将新建农村公路2.8万公里。"
    assert [t.value for t in targets_of(text, 2009, 2009)] == [2.8]


def test_urban_and_rural_incomes_respectively_share_one_value() -> None:
    found = targets_of("城乡居民人均可支配收入分别增长7.5%左右。", 2018, 2018)
    assert [(t.metric, t.value) for t in found] == [
        ("城镇居民人均可支配收入增长", 7.5),
        ("农村居民人均可支配收入增长", 7.5),
    ]
