"""The eighty-seventh round, second session: a share of a work to finish is no share of a task
done, and a count whose verb comes after it (43个项目全面动工) is a target of its own kind."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_share_of_a_work_to_finish_keeps_the_sentence() -> None:
    text = "建成20条花卉景观大道；统筹推进136个“双宜小村”建设，完成40%城中村综合治理；"
    got = {(t.metric, t.value, t.unit) for t in targets_of(text, 2018, 2018)}
    assert ("花卉景观大道", 20, "条") in got
    assert ("城中村综合治理", 40, "%") in got


def test_a_share_of_the_task_done_is_still_a_result() -> None:
    # 新增就业人员14.26万人，完成111%: the year's result against its task
    assert targets_of("全年新增就业人员14.26万人，完成111%。", 2018, 2018) == []


def test_a_count_then_the_verb_that_starts_or_ends_its_works() -> None:
    text = "年内新增完工项目10个；大空港、前海铁石片区43个项目全面动工，1270个排水小区年内完工。"
    got = {(t.metric, t.value, t.kind) for t in targets_of(text, 2018, 2018)}
    assert ("项目全面动工", 43, "level") in got  # 新增 of the clause before does not carry
    assert ("排水小区", 1270, "level") in got


def test_a_count_already_under_way_is_no_target() -> None:
    text = "全省首个千亩濒危药材种植基地已在铜鼓县三都镇东浒村等地开工。"
    assert targets_of(text, 2018, 2020) == []


def test_a_yearly_list_parted_by_spaces_gives_each_figure_its_year(tmp_path: Path) -> None:
    text = "分年度建设任务\n建设公办幼儿园2011年完成300所 2012年400所 2013年500所\n"
    got = {(t.value, t.deadline) for t in document_targets(tmp_path, text, 2011, 2020)}
    assert got == {(300, 2011), (400, 2012), (500, 2013)}


def test_a_year_after_a_verb_and_a_space_is_no_item(tmp_path: Path) -> None:
    text = "流动资金周转天数，要由1990年的127天缩短到 1995年的95天。\n"
    got = [(t.value, t.deadline, t.baseline) for t in document_targets(tmp_path, text, 1991, 1995)]
    assert got == [(95, 1995, 127)]


def test_a_title_on_what_a_period_achieved_makes_its_figures_results(tmp_path: Path) -> None:
    text = "“十二五”时期，全省绿化覆盖率达到65%，完成营造林5002万亩。\n"
    title = "四川“十二五”时期绿化成绩"
    assert document_targets(tmp_path, text, 2011, 2015, title) == []
    # the next period's goals under a title that names the period before: still targets
    later = document_targets(tmp_path, "到2020年，全省森林覆盖率达到40%。\n", 2016, 2020, title)
    assert [t.value for t in later] == [40]


def test_a_line_that_heads_a_past_years_results_opens_a_review(tmp_path: Path) -> None:
    text = "2016成绩\n预计实现GDP4285亿元增长8.5%\n2017目标\n一般公共预算收入增长5%\n"
    got = [(t.value, t.unit) for t in document_targets(tmp_path, text, 2017, 2017)]
    assert got == [(5, "%")]


def test_what_a_place_did_in_a_past_year_after_ju_liao_jie_is_a_result(tmp_path: Path) -> None:
    text = (
        "据了解,凤冈2014年整合县级涉农部门资金9832.69万元,加强茶园基地建设,完成新建茶园2.19万亩。\n"
    )
    assert document_targets(tmp_path, text, 2015, 2015) == []
    # the plan's own year after the place: its figures are targets
    ahead = "据了解,凤冈2015年完成新建茶园4万亩。\n"
    assert [t.value for t in document_targets(tmp_path, ahead, 2015, 2015)] == [4]


def test_a_paragraph_that_tells_what_was_made_with_le_is_a_review(tmp_path: Path) -> None:
    text = (
        "力争到2025年，全市苹果产值达到170亿元。\n"
        "“培育国家和省级龙头企业13家，发展关联企业200多家。”他说，还开发了果汁等系列产品，"
        "建成了西部最大的纸制品包装产业基地，果品年仓储能力80万吨，初步形成了现代果业格局。\n"
    )
    got = [t.value for t in document_targets(tmp_path, text, 2020, 2025)]
    assert got == [170]


def test_a_change_on_the_year_before_that_set_a_record_is_a_result() -> None:
    text = (
        "中秋国庆假期，全省接待国内游客2538.86万人次、实现国内旅游收入192.15亿元，"
        "同比增长113.56%和179.29%，两项指标均创历史新高。要加快建设旅游强省，确保旅游收入达到100亿元。"
    )
    assert [t.value for t in targets_of(text, 2023, 2030)] == [100]


def test_figures_beside_the_years_goal_exceeded_are_results() -> None:
    text = "全年完成营造林1363万亩、种草3210万亩，超额完成年度目标。"
    assert targets_of(text, 2020, 2020) == []
    # a plan's formula keeps its figures
    plan = "全年完成营造林1297万亩，完成或超额完成年度目标。"
    assert [t.value for t in targets_of(plan, 2020, 2020)] == [1297]


def test_bing_wang_is_a_word_of_the_metric_not_and() -> None:
    (found,) = targets_of("加快发展风电，并网风电装机达到500万千瓦。", 2006, 2010)
    assert found.metric == "并网风电装机"


def test_a_quoted_list_of_measured_things_joined_by_plus_is_a_list() -> None:
    text = "用三年时间统筹推进“22.6平方公里生态区+620公里绿道+14个公园”城市绿化体系建设。"
    got = {(t.value, t.unit) for t in targets_of(text, 2017, 2019)}
    assert got == {(22.6, "平方公里"), (620, "公里"), (14, "个")}
    # a structure named with + (“1+N”) is still a name
    assert targets_of("构建“1+N”政策体系。", 2017, 2019) == []


def test_a_count_then_opened_to_the_public_before_a_comma_of_the_list() -> None:
    text = "年内二仙桥等6个市政公园建成开园、全区公园总规模突破1100亩。"
    got = {(t.value, t.unit) for t in targets_of(text, 2017, 2017)}
    assert (6, "个") in got
    # 11个…中的5处将在年内建成开放: the 5 is the target, not 将在
    text = "11个新城滨河森林公园中的5处将在年内建成开放。"
    assert {t.value for t in targets_of(text, 2011, 2011)} == {5}


def test_a_title_on_what_a_year_before_the_plan_achieved_reports_results(tmp_path: Path) -> None:
    text = "完成50个老旧小区改造，惠及群众2.5万人。\n"
    title = "共和县2025年及“十四五”时期民生成就（新闻摘要）"
    assert document_targets(tmp_path, text, 2026, 2026, title) == []


def test_a_reports_first_section_on_last_years_achievements_is_no_title(tmp_path: Path) -> None:
    text = "一、2025年主要工作和“十四五”发展成就\n全省生产总值增长5.5%。\n二、2026年主要目标\n全省生产总值增长5%左右。\n"
    got = [
        t.value for t in document_targets(tmp_path, text, 2026, 2026, "2026年浙江省政府工作报告")
    ]
    assert got == [5]


def test_report_ti_chu_then_yi_nian_lai_opens_a_review(tmp_path: Path) -> None:
    text = (
        "报告提出,一年来,山东坚持稳中求进工作总基调,基本完成“十三五”规划中期目标。\n"
        "“稳”的基础更加牢固,全年实现生产总值7.65万亿元,比上年增长6.4%。\n"
        "“进”的势头更加明显,地方一般公共预算收入6485亿元,增长6.3%。省十三届人大一次会议确定的年度目标任务基本完成。\n"
    )
    assert document_targets(tmp_path, text, 2019, 2019) == []


def test_a_place_and_a_past_year_after_ascii_commas_is_past() -> None:
    text = "付京说,,贵州省2015年完成扶贫生态移民搬迁15万人,,减少贫困人口130万人。"
    assert targets_of(text, 2016, 2016) == []


def test_only_so_much_now_is_no_target() -> None:
    text = "其中真正达到定居标准的仅占牧民总户数的37%，到2019年定居牧民达到76万人。"
    assert [t.value for t in targets_of(text, 2011, 2019)] == [76]


def test_progress_against_the_years_plan_or_task_is_a_result() -> None:
    assert targets_of("全市重点工程完成当年投资计划的116.6%。", 2017, 2017) == []
    assert targets_of("全市保障房新开工65479套，完成全年5万套任务的131%。", 2017, 2017) == []


def test_a_figure_against_the_year_before_as_a_multiple_is_a_result() -> None:
    text = (
        "信贷规模不断扩大，全年新增贷款3913亿元，为上年的两倍。旅游业总收入突破2000亿元，增长17%。"
    )
    assert targets_of(text, 2010, 2010) == []


def test_a_work_done_as_the_base_of_the_next_is_no_target() -> None:
    text = "在完成中部4省139处大型排涝泵站改造的基础上，今年再改造大型排涝泵站50处。"
    assert [t.value for t in targets_of(text, 2009, 2009)] == [50]


def test_a_figure_due_so_many_years_from_the_plans_start() -> None:
    text = "工业总产值方面3年突破6400亿、8年超过10000亿。"
    got = sorted((t.value, t.deadline) for t in targets_of(text, 2018, 2025))
    assert got == [(6400, 2020), (10000, 2025)]
    # a year's own figure (2018年突破) is no span of years
    assert [t.deadline for t in targets_of("力争2018年工业总产值突破6400亿元。", 2016, 2020)] == [
        2018
    ]
