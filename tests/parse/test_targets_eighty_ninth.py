"""The eighty-fifth round: the year a meeting sets figures for (确定2012年…), a year's goals
announced under a headline of last year's results, and a five-year period in single quotes."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_the_year_a_meeting_sets_the_figures_for_is_their_deadline() -> None:
    text = (
        "乌鲁木齐市确定要把首府打造为面向中亚的商贸中心,并确定2012年地区生产总值达到1800亿元,"
        "年均增长15%,人均地区生产总值比2000年翻两番。"
        "本次会议确定2008年全市实现地区生产总值970亿元,增长15%;固定资产投资366亿元,增长18%以上。"
    )
    found = targets_of(text, 2008, 2020)
    assert [(t.value, t.deadline) for t in found] == [
        (1800, 2012),
        (15, 2012),
        (4, 2012),
        (970, 2008),
        (15, 2008),
        (366, 2008),
        (18, 2008),
    ]


def test_a_year_already_settled_names_no_deadline() -> None:
    text = "已确定2019年建成的12个项目,今年完成投资30亿元。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2020, 2020)] == [(30, 2020)]


def test_goals_announced_under_a_headline_of_last_years_results_are_the_years(
    tmp_path: Path,
) -> None:
    text = (
        "2014年西藏粮食产量近百万吨创新高(图)\n\n"
        "2014年西藏生产粮食98.5万吨、同比增长2.4%,粮食产量和单产均创历史新高。\n\n"
        "2015年预期目标显示,西藏将确保全区农村居民人均可支配收入增长13%以上,达到8400元。"
        "粮食总产达到100万吨,蔬菜85万吨。\n"
    )
    found = document_targets(tmp_path, text, 2015, 2015)
    assert [(t.value, t.deadline) for t in found] == [
        (13, 2015),
        (8400, 2015),
        (100, 2015),
        (85, 2015),
    ]


def test_last_years_goals_recalled_do_not_turn_the_review_ahead(tmp_path: Path) -> None:
    text = (
        "2014年西藏粮食产量近百万吨创新高(图)\n\n"
        "2014年预期目标显示,全区粮食总产达到95万吨,实际生产粮食98.5万吨。\n"
    )
    assert document_targets(tmp_path, text, 2015, 2015) == []


def test_a_period_in_single_quotes_looks_ahead_in_a_review_paragraph() -> None:
    text = (
        "“十二五”期间,全省共垦造耕地88.8万亩;截至目前,连续17年实现耕地占补平衡。"
        "张国斌表示,“‘十三五’期间,浙江省更要在提高耕地质量上下功夫:"
        "一是实施耕地质量再提升工程,计划完成1000万亩耕地质量再提升任务;"
        "二是推进‘旱地改水田’工程,计划完成‘旱地改水田’面积20万亩。”"
    )
    found = targets_of(text, 2016, 2020)
    assert [(t.value, t.deadline) for t in found if t.value != 88.8] == [(1000, 2020), (20, 2020)]


def test_an_adverb_after_respectively_keeps_its_kind() -> None:
    text = (
        "万元地区生产总值能耗、万元工业增加值用水量、碳排放强度分别累计下降16%、30%和17%。"
        "城市居民人均可支配收入和农民人均纯收入年均分别实际增长6%以上。"
    )
    found = targets_of(text, 2011, 2015)
    assert [(t.metric, t.value, t.kind) for t in found] == [
        ("万元地区生产总值能耗下降", 16, "cumulative"),
        ("万元工业增加值用水量下降", 30, "cumulative"),
        ("碳排放强度下降", 17, "cumulative"),
        ("城市居民人均可支配收入增长", 6, "annual"),
        ("农民人均纯收入增长", 6, "annual"),
    ]


def test_a_second_figure_named_by_its_measure_only_takes_the_subject() -> None:
    text = (
        "会议同意将我区2017年脱贫攻坚目标任务调整为:全区贫困人口脱贫计划任务数70万人、奋斗目标数100万人;"
        "贫困村脱贫摘帽计划任务数900个、奋斗目标数1100个。"
    )
    assert [t.metric for t in targets_of(text, 2017, 2017)] == [
        "贫困人口脱贫计划任务数",
        "贫困人口脱贫奋斗目标数",
        "贫困村脱贫摘帽计划任务数",
        "贫困村脱贫摘帽奋斗目标数",
    ]


def test_tonnes_written_t_are_a_unit_but_not_inside_a_latin_word() -> None:
    text = "到2020年,粮食产量稳定在120万t以上,能源消费总量控制在1500万tce以内,建设3t/h锅炉。"
    assert [(t.value, t.unit) for t in targets_of(text, 2018, 2020)] == [(120, "万t")]


def test_a_body_set_up_is_done_and_a_newly_widened_area_is_new() -> None:
    text = "河北省发展改革委成立了7个工作专班。今年新扩双季稻面积6.7万公顷。"
    assert [(t.value, t.kind) for t in targets_of(text, 2010, 2010)] == [(6.7, "increment")]


def test_a_present_value_column_is_the_baseline_and_each_year_column_a_target(
    tmp_path: Path,
) -> None:
    text = (
        "某县2023年主要目标\n\n表1 主要指标\n"
        "序号\t指标名称\t单位\t现值\t2023年\t2025年\n"
        "1\t地区生产总值增长\t%\t5.2\t7\t7.5\n"
        "2\t引进亿元以上项目\t个\t30\t35\t40\n"
    )
    found = document_targets(tmp_path, text, 2023, 2025)
    assert sorted((t.metric, t.value, t.deadline, t.baseline) for t in found) == [
        ("地区生产总值增长", 7, 2023, 5.2),
        ("地区生产总值增长", 7.5, 2025, 5.2),
        ("引进亿元以上项目", 35, 2023, 30),
        ("引进亿元以上项目", 40, 2025, 30),
    ]


def test_the_first_years_of_a_period_end_at_the_last_of_them() -> None:
    found = targets_of("“十三五”前两年每年脱贫100万人以上。", 2016, 2020)
    assert [(t.metric, t.deadline) for t in found] == [("脱贫", 2017)]


def test_money_a_government_arranges_for_investment_is_a_budget_not_its_growth() -> None:
    text = "今年市本级安排城建投资256亿元。国家预算内直接安排的投资增长5.7%。"
    assert [t.value for t in targets_of(text, 2005, 2005)] == [5.7]


def test_a_day_of_the_year_without_its_year_is_this_years() -> None:
    text = "盘县提出在12月15日之前,对农业特色产业77万亩进行改造提升;完成26.89万亩农业产业建设任务。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2015, 2018)] == [
        (77, 2015),
        (26.89, 2015),
    ]


def test_a_listed_threshold_in_words_qualifies_the_noun() -> None:
    text = "培育一批年产值过50亿元、过百亿元的龙头企业,新扩双季稻面积6.7万公顷。"
    assert [t.value for t in targets_of(text, 2010, 2010)] == [6.7]


def test_a_programme_named_by_its_area_is_no_target_but_a_work_on_an_area_is() -> None:
    text = (
        "继续实施1000万亩高效节水农业工程,深入推进1000万亩优质林果工程建设。"
        "改造2000亩地重点防护林建设工程,完成高标准农田建设项目22.99万亩的田间主体工程。"
    )
    assert [t.value for t in targets_of(text, 2011, 2011)] == [2000, 22.99]


def test_the_households_a_work_is_done_for_are_counted() -> None:
    text = "为9万户居民的老式住宅楼增添消防安全设施,保障居住安全。"
    assert [(t.value, t.unit) for t in targets_of(text, 2003, 2003)] == [(9, "万户")]


def test_a_figure_named_as_the_expectation_is_the_goal() -> None:
    text = "“十三五”时期经济增长年均7.5%的预期,总体考虑是,实现这一预期目标。"
    assert [(t.metric, t.value, t.kind) for t in targets_of(text, 2016, 2020)] == [
        ("经济增长", 7.5, "annual")
    ]
