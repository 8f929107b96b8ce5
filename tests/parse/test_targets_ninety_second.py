"""The eighty-eighth round: a doubling after a level of the same subject is a target of its own,
a base year in Chinese numerals (在二〇〇六年基础上) is no deadline, and a ratio to one written
四比一 or 2.5比1 is a ratio."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_doubling_after_a_level_doubles_that_subject() -> None:
    text = "力争到2015年，边境区域内国民生产总值达到1300亿元以上，比2010年翻一番，年均增长14%以上。"
    got = {
        (t.metric, t.value, t.unit, t.kind, t.baseline_year) for t in targets_of(text, 2011, 2015)
    }
    assert ("边境区域内国民生产总值", 1300, "亿元", "level", None) in got
    assert ("边境区域内国民生产总值", 2, "倍", "multiple", 2010) in got


def test_a_growth_in_times_after_a_level_still_restates_it() -> None:
    # 增长1倍 after the level it reaches: the same figure told twice, one target
    text = "到1990年，网点达到2500万个，比1985年增长1倍。"
    assert [(t.value, t.unit) for t in targets_of(text, 1986, 1990)] == [(2500, "万个")]


def test_a_base_year_in_chinese_numerals_is_no_deadline() -> None:
    text = "力争到二〇一二年人均GDP达到二万二千元，在二〇〇六年基础上翻一番。"
    got = {(t.value, t.unit, t.deadline, t.baseline_year) for t in targets_of(text, 2007, 2020)}
    assert got == {(2.2, "万元", 2012, None), (2, "倍", 2012, 2006)}


def test_a_ratio_to_one_in_chinese_numerals() -> None:
    text = "到2012年，城乡居民收入之比由目前的四比一降至三点五比一。到2020年，城乡居民收入比降至二点五比一。"
    got = {
        (t.value, t.unit, t.comparator, t.deadline, t.baseline)
        for t in targets_of(text, 2007, 2020)
    }
    assert got == {(3.5, ":1", "<=", 2012, 4), (2.5, ":1", "<=", 2020, None)}


def test_a_ratio_to_one_written_with_bi_and_arabic_digits() -> None:
    got = [
        (t.value, t.unit, t.comparator)
        for t in targets_of("到2020年，城乡居民收入比控制在2.5比1以内。", 2016, 2020)
    ]
    assert got == [(2.5, ":1", "<=")]


def test_a_comparison_with_a_year_is_no_ratio() -> None:
    got = [
        (t.value, t.unit)
        for t in targets_of("到1990年，钢产量比一九八〇年增长百分之五十。", 1986, 1990)
    ]
    assert got == [(50, "%")]


def test_an_adverb_between_the_baseline_and_its_verb() -> None:
    text = "到2005年，天津港区面积将从三十平方公里逐步扩大到一百平方公里。"
    got = [(t.metric, t.value, t.baseline) for t in targets_of(text, 2001, 2005)]
    assert got == [("天津港区面积", 100, 30)]


def test_an_amount_done_named_after_its_de() -> None:
    text = "今年力争完成约300亿元的中央水利投资，实现80亿元的销售收入。"
    got = {(t.metric, t.value, t.comparator) for t in targets_of(text, 2009, 2009)}
    assert got == {("中央水利投资", 300, "~"), ("销售收入", 80, ">=")}


def test_an_amount_that_sizes_a_project_is_still_no_target() -> None:
    assert targets_of("今年完成总投资300亿元的项目建设。", 2009, 2009) == []


def test_figures_of_many_places_in_chinese_numerals_after_their_metric() -> None:
    text = "一九五九年，钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤。"
    got = {(t.metric, t.value, t.unit) for t in targets_of(text, 1959, 1959)}
    assert got == {("钢产量", 1800, "万吨"), ("煤产量", 3.8, "亿吨"), ("粮食产量", 10500, "亿斤")}


def test_chinese_numerals_that_list_values_or_tell_what_came_are_not_figures() -> None:
    assert targets_of("安徽省带来了五十二个、总值二十五亿多美元的旅游项目。", 2006, 2006) == []


def test_the_parts_of_a_layout_or_a_system_are_no_targets() -> None:
    text = (
        "总体发展格局是建设6个旅游板块、5条特色旅游廊道、2个冰雪旅游名城，"
        "建设6个口岸旅游城市、8个精品旅游区、20个精品旅游点等支撑发展体系。"
        "到2010年，接待游客达到3000万人次。"
    )
    got = [(t.metric, t.value) for t in targets_of(text, 2006, 2010)]
    assert got == [("接待游客", 3000)]


def test_the_length_of_the_document_itself_is_no_target() -> None:
    assert targets_of("《规划》全文7万余字，共十篇。", 2021, 2025) == []


def test_what_was_done_since_something_began_is_past(tmp_path: Path) -> None:
    text = (
        "自2008年江西省启动“一大四小”工程以来，累计造林1600多万亩，森林覆盖率也从60.5%提高到63.1%。"
        "此次江西省启动森林城乡建设，到2015年森林覆盖率达到65%。"
    )
    got = [(t.value, t.deadline) for t in document_targets(tmp_path, text, 2012, 2015)]
    assert got == [(65, 2015)]


def test_a_review_a_speaker_mentions_is_past(tmp_path: Path) -> None:
    text = (
        "姜治莹在报告中提到，“十二五”时期，长春市经济总量从3329亿元增加到5530亿元，年均增长9.3%。"
        "地方级财政收入从180.8亿元增加到388.2亿元，增加1.15倍。"
    )
    assert document_targets(tmp_path, text, 2016, 2020) == []


def test_a_goal_set_for_the_plans_year_turns_a_review_paragraph_ahead(tmp_path: Path) -> None:
    text = (
        "2009年预计全年生产总值将突破950亿元，增长12%以上。据此，市委经济工作会议明确提出，"
        "2010年我市经济增长目标为13%。为实现13%的增长目标，市委经济工作会议还确定了"
        "地方财政一般预算收入增长10%、全社会固定资产投资增长20%等一揽子目标计划。"
    )
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2010, 2010)}
    assert {(10, 2010), (20, 2010), (13, 2010)} <= got
    assert not {v for v, _ in got} & {950, 12}


def test_an_aim_named_again_does_not_turn_a_story_ahead(tmp_path: Path) -> None:
    text = (
        "去年，自治区计划用10年时间帮助76万名牧民逐步改变游牧的生产方式。为实现这一目标，自治区启动了"
        "定居兴牧水利工程，规划内共有工程27项，可解决259.7万亩饲草地的水源问题。"
    )
    assert not {t.value for t in document_targets(tmp_path, text, 2011, 2011)} & {27, 259.7}


def test_a_time_limit_shortened_to_a_number_of_days() -> None:
    got = [
        (t.metric, t.value, t.unit, t.comparator)
        for t in targets_of("将身份证办理时限缩短为30天。", 2016, 2016)
    ]
    assert got == [("身份证办理时限", 30, "天", "<=")]


def test_close_to_or_reaching_is_about() -> None:
    got = [
        (t.metric, t.value, t.comparator)
        for t in targets_of("2020年地区生产总值接近或达到4万亿元。", 2016, 2020)
    ]
    assert got == [("地区生产总值", 4, "~")]


def test_a_dash_closes_the_clause_of_the_second_of_two_bounds() -> None:
    text = "“十一五”末，合肥全市地区生产总值确保1900亿元，力争达到2100亿元——合肥市“十一五”规划为未来发展绘制蓝图。"
    got = [(t.metric, t.value, t.aspiration) for t in targets_of(text, 2006, 2010)]
    assert got == [("合肥全市地区生产总值", 1900, False), ("合肥全市地区生产总值", 2100, True)]


def test_a_class_of_size_opens_the_counted_noun() -> None:
    text = "到2020年，黄河流域完成1000万亩大中型灌区节水改造任务，开工建设5件大中型水库。"
    got = {(t.value, t.unit) for t in targets_of(text, 2016, 2020)}
    assert got == {(1000, "万亩"), (5, "件")}


def test_one_kind_of_livestock_counted_after_the_herd() -> None:
    text = "2012年牧业年度大小畜存栏398万头，其中牛42万头。"
    got = [(t.metric, t.value, t.unit) for t in targets_of(text, 2012, 2012)]
    assert ("牛", 42, "万头") in got


def test_a_growth_a_verb_keeps_named_after_the_value_grows_the_subject() -> None:
    text = "今年，全市省级以上开发区主营业务收入继续保持20%以上增长，城乡居民最低生活保障标准将实现10%的增长。"
    got = {(t.metric, t.value) for t in targets_of(text, 2019, 2019)}
    assert got == {("省级以上开发区主营业务收入增长", 20), ("城乡居民最低生活保障标准增长", 10)}


def test_tenths_of_a_rate_in_chinese_numerals() -> None:
    text = "到2010年，广东省的城镇化率将达到六成五左右，农业产值的比重达到七成以上。"
    got = {(t.value, t.unit, t.comparator) for t in targets_of(text, 2006, 2010)}
    assert got == {(6.5, "成", "~"), (7, "成", ">=")}


def test_tenths_told_loosely_or_a_city_named_are_no_targets() -> None:
    text = "四川今年将完成9成以上灾后恢复重建投资，全市九成以上幼儿园达到规范化标准。成都市新建学校5所。"
    assert [(t.value, t.unit) for t in targets_of(text, 2010, 2010)] == [(5, "所")]


def test_this_year_after_a_field_named_dates_the_sentences_after_it(tmp_path: Path) -> None:
    text = (
        "而在城乡基础设施统筹方面，今年成都将实施村组道路标准化建设2000公里。"
        "实施169个乡镇卫生院和社区卫生服务中心的提档升级。"
    )
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2013, 2017)}
    assert got == {(2000, 2013), (169, 2013)}


def test_works_already_started_are_past() -> None:
    text = "前三年，我市已经启动了140个一般场镇改造工作，本次启动实施余下的34个。"
    assert [t.value for t in targets_of(text, 2013, 2017)] == [34]


def test_a_year_plan_told_with_jiang_looks_ahead(tmp_path: Path) -> None:
    text = "西藏自治区政府日前决定：2013年西藏将再安排8.75亿元，完成52035户农牧民安居工程，使约46万农牧民住进安全适用的新房。"
    got = {(t.value, t.unit) for t in document_targets(tmp_path, text, 2013, 2013)}
    assert got == {(52035, "户"), (46, "万人")}  # the money put up is no target


def test_a_headlines_bare_yi_and_the_bodys_yi_yuan_are_one_target(tmp_path: Path) -> None:
    text = "广西柳州经济目标锁定：力争2012年工业总产值达到4000亿\n\n到2012年，柳州工业总产值力争达到4000亿元。"
    got = [(t.value, t.unit) for t in document_targets(tmp_path, text, 2008, 2012)]
    assert got == [(4000, "亿元")]


def test_a_level_kept_with_weichi_is_held() -> None:
    text = "2021年，旱作雨养在张家口坝上地区维持40万亩。"
    assert [(t.value, t.comparator) for t in targets_of(text, 2021, 2021)] == [(40, "=")]


def test_brands_made_known_are_counted() -> None:
    got = [
        (t.metric, t.value, t.value_max)
        for t in targets_of("到2020年，打响2至3个影响全国乃至全球的茶油品牌。", 2015, 2020)
    ]
    assert got == [("影响全国乃至全球的茶油品牌", 2, 3)]
