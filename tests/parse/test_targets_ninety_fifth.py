"""The ninety-first round: a bare measure later in a list is of what the first item measures
(粮食播种面积和产量 → 粮食产量); a bare 总量/增加值 is of the subject the clause before grows or
works (地区生产总值…，总量…; 规模以上工业完成总产值…，实现增加值…); a count kept before a bound that
classes the things it counts (50家年销售收入超百亿元企业); places listed after a measure share it and
its base year (…辛集的细颗粒物浓度比2012年下降33%，邢台、邯郸下降30%)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def test_a_bare_measure_later_in_a_list_is_of_the_first_items_thing(tmp_path: Path) -> None:
    text = "全市粮食播种面积和产量分别稳定在3012万亩、216亿斤以上；农业总产值和增加值分别达到255亿元和146亿元。"
    got = {(t.metric, t.value) for t in document_targets(tmp_path, text, 2024, 2024)}
    assert got == {
        ("粮食播种面积", 3012),
        ("粮食产量", 216),
        ("农业总产值", 255),
        ("农业增加值", 146),
    }


def test_a_bare_total_is_of_the_subject_whose_growth_the_clause_before_gives(
    tmp_path: Path,
) -> None:
    text = "“十四五”期间,地区生产总值年均增速高于全省平均水平,总量达到1600亿元。"
    (t,) = document_targets(tmp_path, text, 2021, 2025)
    assert (t.metric, t.value, t.unit) == ("地区生产总值总量", 1600, "亿元")


def test_a_bare_value_added_is_of_the_industry_that_works(tmp_path: Path) -> None:
    text = "力争到2020年,全区规模以上工业完成总产值6700亿元,年均增长11.93%,实现增加值1500亿元左右。"
    got = {(t.metric, t.value) for t in document_targets(tmp_path, text, 2016, 2020)}
    assert got == {
        ("规模以上工业完成总产值", 6700),
        ("规模以上工业完成总产值增长", 11.93),
        ("规模以上工业增加值", 1500),
    }


def test_the_growth_of_a_value_added_keeps_its_whole_name(tmp_path: Path) -> None:
    text = "到2021年,产业增加值达到21.31亿元,同比增速16%以上。"
    metrics = {t.value: t.metric for t in document_targets(tmp_path, text, 2021, 2021)}
    assert metrics[16] == "产业增加值增速"


def test_a_count_before_a_bound_that_classes_its_things_is_kept(tmp_path: Path) -> None:
    text = "到2015年,重点培育50家年销售收入超百亿元企业。"
    got = [(t.value, t.unit) for t in document_targets(tmp_path, text, 2011, 2015)]
    assert got == [(50, "家")]


def test_places_listed_after_a_measure_share_it_and_its_base_year(tmp_path: Path) -> None:
    text = (
        "目标是到2017年,北京周边及大气污染较重的石家庄、唐山和辛集的细颗粒物浓度比2012年下降33%,"
        "邢台、邯郸下降30%,秦皇岛、沧州、衡水下降25%以上,承德、张家口下降20%以上。"
    )
    got = [
        (t.metric, t.value, t.baseline_year) for t in document_targets(tmp_path, text, 2013, 2017)
    ]
    assert got == [
        ("北京周边及大气污染较重的石家庄、唐山和辛集的细颗粒物浓度下降", 33, 2012),
        ("邢台、邯郸细颗粒物浓度下降", 30, 2012),
        ("秦皇岛、沧州、衡水细颗粒物浓度下降", 25, 2012),
        ("承德、张家口细颗粒物浓度下降", 20, 2012),
    ]


def test_a_yearly_pace_does_not_take_the_base_year_of_a_change_before(tmp_path: Path) -> None:
    text = "到1995年,工农业总产值比1990年增长30%,平均每年工农业总产值增长5.4%。"
    got = {t.value: t.baseline_year for t in document_targets(tmp_path, text, 1991, 1995)}
    assert got[5.4] is None


def test_a_bare_output_after_things_listed_before_is_each_things(tmp_path: Path) -> None:
    text = "到2020年,蔬菜、水果等产品供应稳定增加,总产量分别达到2300万吨、600万吨。"
    got = {(t.metric, t.value) for t in document_targets(tmp_path, text, 2016, 2020)}
    assert got == {("蔬菜总产量", 2300), ("水果总产量", 600)}


def test_a_bare_noun_counted_is_named_by_what_is_done_to_it(tmp_path: Path) -> None:
    text = "明年要确保25个项目竣工,50个项目进度加快,25个项目开工建设。"
    got = [(t.metric, t.value) for t in document_targets(tmp_path, text, 2005, 2005)]
    assert got == [("项目竣工", 25), ("项目进度加快", 50), ("项目开工建设", 25)]


def test_a_plan_spelled_out_after_ji_dates_each_year(tmp_path: Path) -> None:
    text = (
        "安徽省确定了三年滚动计划:即2018年实现70万以上贫困人口脱贫、700个以上贫困村出列,"
        "2019年实现40万左右贫困人口脱贫。"
    )
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2018, 2020)}
    assert got == {(70, 2018), (700, 2018), (40, 2019)}


def test_work_already_done_on_people_counted_is_no_target(tmp_path: Path) -> None:
    text = "到2020年,贫困人口全部脱贫。安徽省已对484万贫困人口、3000个贫困村进行建档立卡。"
    assert [t.value for t in document_targets(tmp_path, text, 2018, 2020)] == []


def test_a_service_for_people_ends_where_the_next_item_begins(tmp_path: Path) -> None:
    text = "今年新增养老床位1万张、为17万名老人提供社区居家养老服务、设立200个老年人助餐服务点。"
    metrics = {t.value: t.metric for t in document_targets(tmp_path, text, 2008, 2008)}
    assert metrics[17] == "老人提供社区居家养老服务"
    assert metrics[200] == "老年人助餐服务点"


def test_an_investment_after_a_sectors_project_count_is_the_sectors(tmp_path: Path) -> None:
    text = "今年计划安排重点项目139项。其中,水利12项,计划完成投资20.4亿元;交通22项,计划完成投资247.7亿元。"
    metrics = {t.value: t.metric for t in document_targets(tmp_path, text, 2013, 2013)}
    assert (metrics[20.4], metrics[247.7]) == ("水利完成投资", "交通完成投资")


def test_the_end_of_the_tenth_five_year_plan_is_a_base_year(tmp_path: Path) -> None:
    text = "到2010年,单位地区生产总值能耗比“十五”期末降低20%左右。"
    (t,) = document_targets(tmp_path, text, 2006, 2010)
    assert (t.metric, t.baseline_year) == ("单位地区生产总值能耗降低", 2005)


def test_a_doubling_on_the_end_of_a_plan_names_the_subject_before(tmp_path: Path) -> None:
    text = "生产总值保持年均两位数增长,到2011年,在十五”末的基础上再翻一番,到2012年,总量力争突破5000亿元。"
    got = {
        (t.metric, t.value, t.baseline_year) for t in document_targets(tmp_path, text, 2008, 2012)
    }
    assert got == {("生产总值", 2, 2005), ("生产总值总量", 5000, None)}


def test_what_a_statistics_bureau_published_is_no_target(tmp_path: Path) -> None:
    text = (
        "世界农化网中文网报道: 据国家统计局公布,吉林省粮食总产668.6亿斤。其中玉米512亿斤,稻谷124亿斤。\n"
        "2013年吉林省粮食播种面积稳定在7800万亩以上。"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2013, 2013)] == [7800]


def test_the_years_plan_after_this_year_so_far_is_read(tmp_path: Path) -> None:
    text = "今年以来,承德统筹推进工程造林和社会造林,全年计划营造林137万亩。"
    assert [(t.metric, t.value) for t in document_targets(tmp_path, text, 2021, 2021)] == [
        ("营造林", 137)
    ]


def test_a_task_assigned_to_a_bureau_is_no_statistics_of_the_past(tmp_path: Path) -> None:
    text = (
        "一、2006年主要调控预期目标\n2.财政一般预算收入增长12%。\n"
        "一般预算收入522.5亿元,比上年增长12%,其中地方财政收入237.9亿元,比上年增长12%。(市财政局)\n"
        "4.农民人均纯收入增长7.5%。\n农民人均纯收入增长7.5%,达到8400元,比上年增加600元。(市发改委)\n"
    )
    values = sorted(t.value for t in document_targets(tmp_path, text, 2006, 2006))
    assert values == [7.5, 12, 12, 237.9, 522.5, 600, 8400]


def test_the_state_now_heard_at_a_meeting_is_no_target(tmp_path: Path) -> None:
    text = (
        "全国森林城市建设座谈会在承德召开\n"
        "从近日在承德市召开的全国森林城市建设座谈会上了解到,截至目前,河北省森林面积达9000万亩,"
        "森林覆盖率达32%。全省城市建成区绿地率达37%,人均公园绿地面积达14平方米。\n"
    )
    assert document_targets(tmp_path, text, 2017, 2017) == []


def test_a_dash_before_an_item_is_a_bullet(tmp_path: Path) -> None:
    text = "一、制造业高质量发展行动\n-新升规企业1500家以上\n-新增公办学位6.35万个\n"
    got = {(t.metric, t.kind.value) for t in document_targets(tmp_path, text, 2023, 2023)}
    assert got == {("新升规企业", "level"), ("公办学位", "increment")}


def test_a_list_of_types_shares_the_noun_after_its_last(tmp_path: Path) -> None:
    text = "今年培养100名领军型、1000名成长型、10000名创业型企业家。"
    metrics = [t.metric for t in document_targets(tmp_path, text, 2023, 2023)]
    assert metrics == ["领军型企业家", "成长型企业家", "创业型企业家"]


def test_a_dash_ends_a_clause(tmp_path: Path) -> None:
    text = "今年完善交通网供水圈,新建5G基站3000座以上——铺设输水管道145公里。"
    got = {(t.metric, t.value) for t in document_targets(tmp_path, text, 2020, 2020)}
    assert got == {("5G基站", 3000), ("铺设输水管道", 145)}


def test_the_investment_to_be_done_is_a_target(tmp_path: Path) -> None:
    text = "到2022年,酒泉市力争完成总投资368亿元,新建成戈壁日光温室15万亩。"
    assert {t.value for t in document_targets(tmp_path, text, 2020, 2022)} == {368, 15}


def test_a_measure_places_share_ends_where_another_is_named(tmp_path: Path) -> None:
    text = (
        "目标是到2017年,石家庄、唐山的细颗粒物浓度比2012年下降33%,邢台、邯郸下降30%,"
        "全省优良天数比例达到80%,承德、张家口提高5个百分点。"
    )
    metrics = [t.metric for t in document_targets(tmp_path, text, 2013, 2017)]
    assert metrics[1] == "邢台、邯郸细颗粒物浓度下降"
    assert "细颗粒物" not in metrics[3]


def test_things_listed_before_lose_their_verb_and_stay_in_their_sentence(tmp_path: Path) -> None:
    text = "到2020年,推进蔬菜、水果等产品供应稳定增加,总产量分别达到2300万吨、600万吨。"
    metrics = [t.metric for t in document_targets(tmp_path, text, 2016, 2020)]
    assert metrics == ["蔬菜总产量", "水果总产量"]
    text = "到2020年,大力发展蔬菜、水果等特色产业。总产量分别达到2300万吨、600万吨。"
    metrics = [t.metric for t in document_targets(tmp_path, text, 2016, 2020)]
    assert metrics == ["总产量", "总产量"]


def test_a_doubling_takes_the_whole_subject_that_grows(tmp_path: Path) -> None:
    text = "城镇居民人均可支配收入持续较快增长,到2020年比2010年翻一番。"
    got = [(t.metric, t.value) for t in document_targets(tmp_path, text, 2016, 2020)]
    assert got == [("城镇居民人均可支配收入", 2)]
