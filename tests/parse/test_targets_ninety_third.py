"""The eighty-ninth round: 项目前期 holds no 目前 (the work of pre-project stages is no state of
today), an hour counted with 个 (一个小时) is a duration, a one-year plan told the year before
reads 明年 as its own year, people reach a state after 实现 (实现85万人口脱贫), an amount a work
forms (形成1000亿元以上的投资增量), one kind of place is counted after another, and money a
treasury raises is a budget."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_project_preparation_is_not_the_state_of_today() -> None:
    text = "推进重大项目前期工作和重大招商项目各100个。"
    got = {(t.metric, t.value, t.unit) for t in targets_of(text, 2009, 2009)}
    assert got == {("重大项目前期工作", 100, "个"), ("重大招商项目", 100, "个")}


def test_a_statement_of_today_still_reports() -> None:
    assert targets_of("目前全市已有养老床位3000张。", 2009, 2009) == []


def test_people_who_reach_a_state_after_shi_xian() -> None:
    got = [(t.metric, t.value, t.unit) for t in targets_of("今年要实现85万人口脱贫。", 2019, 2019)]
    assert got == [("人口脱贫", 85, "万人")]
    got = [(t.metric, t.value, t.unit) for t in targets_of("贫困地区实现1万人脱贫。", 2005, 2005)]
    assert got == [("贫困地区脱贫", 1, "万人")]


def test_a_size_of_villages_is_no_people_target() -> None:
    assert targets_of("基本实现五百人口规模以上村全覆盖。", 2020, 2020) == []


def test_an_amount_a_work_forms() -> None:
    got = [
        (t.metric, t.value, t.unit)
        for t in targets_of("确保形成1000亿元以上的投资增量。", 2009, 2009)
    ]
    assert got == [("投资增量", 1000, "亿元")]


def test_one_kind_of_place_counted_after_another() -> None:
    text = "争取实际利用外资超1亿美元的区县达到8个、利用内资超10亿元的区县达到15个。"
    got = [(t.value, t.unit) for t in targets_of(text, 2009, 2009)]
    assert got == [(8, "个"), (15, "个")]


def test_thresholds_of_the_counted_firms_stay_thresholds() -> None:
    text = "支持从业人员达到300人、营业收入达到2000万元的企业达到50家。"
    assert [(t.value, t.unit) for t in targets_of(text, 2009, 2009)] == [(50, "家")]


def test_money_a_treasury_raises_is_a_budget() -> None:
    assert targets_of("省财政新增筹措重大建设项目前期工作经费3亿元。", 2017, 2017) == []


def test_a_one_year_plan_told_the_year_before_reads_next_year_as_its_own(tmp_path: Path) -> None:
    text = "兵团党委召开会议部署农业工作。\n兵团明年计划种植棉花680万亩，新增果园50万亩。明年要抓好春耕备耕。"
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2010, 2010)}
    assert got == {(680, 2010), (50, 2010)}


def test_a_month_of_next_year_is_a_date_within_this_years_plan(tmp_path: Path) -> None:
    text = "2020年预期目标如下。\n帮扶措施全部延长到明年3月份。年内帮助企业融资总额超过300亿元。"
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2020, 2020)}
    assert got == {(300, 2020)}


def test_a_plan_that_says_this_year_keeps_next_year_ahead(tmp_path: Path) -> None:
    text = "今年地区生产总值增长6%。明年地区生产总值增长7%。"
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2020, 2020)}
    assert (6, 2020) in got and (7, 2020) not in got


def test_an_hour_counted_with_ge_is_a_duration() -> None:
    assert targets_of("近一个小时大地银装素裹。", 2015, 2015) == []
    got = [
        (t.value, t.unit) for t in targets_of("学生每天至少参加一个小时体育锻炼活动。", 2015, 2015)
    ]
    assert got == [(1, "个小时")]


def test_a_share_of_counties_that_grow_an_industry() -> None:
    text = "到2025年，60%以上的县(市)培育出特色鲜明的主导产业。"
    assert [(t.value, t.unit) for t in targets_of(text, 2022, 2025)] == [(60, "%")]


def test_a_goal_beyond_the_plan_it_lays_the_ground_for() -> None:
    text = "到2025年，游客人数达到5000万人次，为2030年旅游总收入突破1万亿元奠定坚实基础。"
    got = {(t.value, t.unit, t.deadline) for t in targets_of(text, 2023, 2025)}
    assert got == {(5000, "万人次", 2025), (1, "万亿元", 2030)}


def test_what_each_place_shall_have() -> None:
    got = [
        (t.metric, t.value, t.unit)
        for t in targets_of("到2016年，每个市州不少于2个电子商务示范县。", 2016, 2016)
    ]
    assert got == [("每个市州电子商务示范县", 2, "个")]


def test_new_bases_firms_and_brands_are_increments() -> None:
    text = (
        "新建优质果品基地20万亩，新办民营企业1500家，新创国家级名牌产品2—3个，新办7所公办幼儿园。"
    )
    got = {(t.value, t.kind) for t in targets_of(text, 2013, 2013)}
    assert got == {(20, "increment"), (1500, "increment"), (2, "increment"), (7, "increment")}


def test_what_our_province_will_build_new_is_new() -> None:
    got = [(t.metric, t.kind) for t in targets_of("我省将新建高标准果品基地200万亩。", 2015, 2015)]
    assert got == [("高标准果品基地", "increment")]
    # (我省 alone before a count stays: 我省60个旅游重点项目 names the projects)
    assert targets_of("我省60个旅游重点项目进展顺利。", 2015, 2015) == []


def test_new_and_continued_works_together_are_a_level() -> None:
    text = "新建续建公共停车场22座，新建续建与改造小型蓄水工程300处。"
    assert {(t.value, t.kind) for t in targets_of(text, 2019, 2019)} == {
        (22, "level"),
        (300, "level"),
    }


def test_a_bare_wan_of_people_and_a_bare_yi_of_money() -> None:
    text = "到2025年，常住人口达到1000万，地方财政收入超过1000亿，全国人口控制在14亿以内。"
    got = {(t.value, t.unit) for t in targets_of(text, 2021, 2025)}
    assert got == {(1000, "万人"), (1000, "亿元"), (14, "亿")}


def test_a_headline_figure_takes_the_bodys_about(tmp_path: Path) -> None:
    text = "北京GDP增速今年定5%\n\n今年全市经济社会发展的主要预期目标是：GDP增长5%左右，一般公共预算收入增长5%。"
    got = [(t.value, str(t.comparator)) for t in document_targets(tmp_path, text, 2024, 2024)]
    assert (5, "~") in got and (5, ">=") in got and len(got) == 2


def test_the_extent_of_a_work_named_after_de() -> None:
    text = "实施400万平方米的旧楼区整修；改造低洼积水点50处。"
    got = {(t.metric, t.value, t.unit) for t in targets_of(text, 2007, 2007)}
    assert got == {("旧楼区整修", 400, "万平方米"), ("改造低洼积水点", 50, "处")}


def test_a_budgets_growth_over_the_city_is_a_target() -> None:
    got = [
        (t.value, t.unit)
        for t in targets_of("年度安排政府投资增速高于全市10个百分点。", 2012, 2012)
    ]
    assert got == [(10, "个百分点")]


def test_the_ground_laid_for_a_later_goal_said_with_le() -> None:
    text = "为2022年达到森林覆盖率达到50%奠定了坚实基础。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2019, 2022)] == [(50, 2022)]


def test_a_bare_shang_of_a_step() -> None:
    text = "全市规模以上工业增加值上200亿元台阶，主营业务收入上700亿元台阶。"
    got = [(t.metric, t.value, str(t.comparator)) for t in targets_of(text, 2008, 2008)]
    assert got == [("规模以上工业增加值", 200, ">="), ("主营业务收入", 700, ">=")]


def test_listed_indicators_counted_then_each_given_a_growth() -> None:
    text = "全市规模以上工业增加值、主营业务收入、利税总额等三项主要指标分别保持20%以上的增长速度。"
    got = [t.metric for t in targets_of(text, 2008, 2008)]
    assert got == ["规模以上工业增加值增长速度", "主营业务收入增长速度", "利税总额增长速度"]


def test_a_bare_guo_past_the_mark() -> None:
    text = "到2008年，实现财政总收入过50亿元、工业产品销售收入过500亿元。"
    got = [(t.metric, t.value, str(t.comparator)) for t in targets_of(text, 2004, 2008)]
    assert got == [("财政总收入", 50, ">"), ("工业产品销售收入", 500, ">")]


def test_a_goal_named_the_first_task() -> None:
    text = "确保粮食总产稳定在500亿斤以上列为湖北三农工作首要任务。"
    assert [(t.value, t.unit) for t in targets_of(text, 2023, 2023)] == [(500, "亿斤")]


def test_a_multiple_of_a_years_level_is_no_deadline_of_that_year() -> None:
    text = "2020年地区生产总值达到2010年的三倍以上。"
    got = [
        (t.value, t.unit, t.kind, t.deadline, t.baseline_year) for t in targets_of(text, 2016, 2020)
    ]
    assert got == [(3, "倍", "multiple", 2020, 2010)]


def test_cases_a_work_is_done_for() -> None:
    got = [(t.value, t.unit) for t in targets_of("为6万例白内障患者免费实施复明手术。", 2012, 2012)]
    assert got == [(6, "万例")]


def test_a_copys_spaced_item_marks(tmp_path: Path) -> None:
    text = (
        "一、新建、改 ( 扩 ) 建中小学、幼儿园 25 所,新增学位 2.7 万个。普通高中招生扩招 3000 人以上。\n\n"
        "( 一 ) 新建、改 ( 扩 ) 建中小学、幼儿园 25 所,新增学位 2.7 万个\n\n"
        "( 二 ) 普通高中招生扩招 3000 人以上\n"
    )
    got = sorted((t.value, t.unit) for t in document_targets(tmp_path, text, 2024, 2024))
    assert got == [(2.7, "万个"), (25, "所"), (3000, "人")]


def test_buses_bought_new_are_new() -> None:
    assert [t.kind for t in targets_of("新购节能环保公交车1000辆。", 2017, 2017)] == ["increment"]


def test_graded_places_listed_share_the_noun_after_the_last() -> None:
    text = "到2018年，10个国家级和8个省级贫困县摘帽。"
    got = [t.metric for t in targets_of(text, 2018, 2018)]
    assert got == ["国家级贫困县摘帽", "省级贫困县摘帽"]


def test_a_short_scope_and_will_before_new_things() -> None:
    got = [(t.metric, t.kind) for t in targets_of("城乡将新增学位27万个。", 2012, 2012)]
    assert got == [("学位", "increment")]
