"""The ninety-second round: any verb after 已 reports work done (平顶山市已造林18万亩), and a bare
amount after it measures the same work (已完成1420户，约15万平方米); the task counted before 已送230场
stays; a subject a done figure names goes on to the target after it (国家已经组织了57户企业集团试点，
今年要扩大到120户); a headline's distinctive amount restated by the body is one target, named as the
body names it; a measure's 指标 before a rate is the measure (能源消耗指标必须下降19.5%); a planned
investment is a level whatever kind the count before it has (新开工项目25项,2010年计划投资123.3亿元);
a progress table's columns of work done so far are not read (累计开工数, 开工率, 计划投资完成率) and
its count of tasks is counted in 个, not in the money column's 万元; 到年底 is this year's end; the people a
bare 万 counts after 贫困人口脱贫 are 万人; the households still without power (还有…64万人没有用上电) are a
state; a headline of the year's work (山东今年新开工6条高铁) dates what its body leaves undated."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets


def test_any_verb_after_already_reports_work_done(tmp_path: Path) -> None:
    text = "南阳市计划造林47.1万亩。此外,平顶山市已造林18万亩,紧随其后。"
    got = [t.value for t in document_targets(tmp_path, text, 2017, 2017)]
    assert got == [47.1]


def test_a_bare_amount_after_work_done_measures_the_same_work(tmp_path: Path) -> None:
    text = (
        "按照上级部门要求,认真做好建筑能效提升工程,今年我镇共有东刘村、伊家村等82734户开展建筑能效提升,"
        "现工程已完成1420户,约15万平方米。"
    )
    values = [t.value for t in document_targets(tmp_path, text, 2020, 2020)]
    assert 15 not in values and 1420 not in values


def test_the_task_counted_before_its_progress_stays(tmp_path: Path) -> None:
    text = "剩余8项中,126条农村黑臭水体治理已完成120条(95%),263场送戏进万村已送230场(87%)。"
    values = {t.value for t in document_targets(tmp_path, text, 2025, 2025)}
    assert {126, 263} <= values
    assert 230 not in values and 120 not in values


def test_the_subject_of_a_done_figure_goes_on_to_the_target_after_it(tmp_path: Path) -> None:
    text = "为了发展大型企业集团,国家已经组织了57户企业集团试点,今年要扩大到120户。"
    got = [(t.metric, t.value) for t in document_targets(tmp_path, text, 1997, 1997)]
    assert got == [("企业集团试点", 120)]


def test_a_headlines_distinctive_amount_restated_by_the_body_is_one_target(
    tmp_path: Path,
) -> None:
    text = (
        "湖南将建38.77万套保障房\n\n"
        "今年湖南省将继续大力推进该项工作,全年开工建设保障性住房和棚户区改造住房38.77万套。"
    )
    got = [(t.value, t.metric) for t in document_targets(tmp_path, text, 2012, 2012)]
    assert len(got) == 1
    assert got[0][0] == 38.77 and "保障性住房" in got[0][1]


def test_a_round_amount_in_a_headline_and_a_body_may_be_two_targets(tmp_path: Path) -> None:
    text = "全市新建幼儿园20所\n\n今年全市新建幼儿园20所,改造农村公路20公里。"
    units = sorted(t.unit for t in document_targets(tmp_path, text, 2020, 2020))
    assert units == ["公里", "所"]


def test_a_measures_indicator_before_a_rate_is_the_measure(tmp_path: Path) -> None:
    text = "“十一五”期间,深圳单位生产总值能源消耗指标必须下降19.5%。"
    (t,) = document_targets(tmp_path, text, 2006, 2010)
    assert (t.value, t.unit) == (19.5, "%")
    assert "能源消耗" in t.metric and "指标" not in t.metric


def test_a_planned_investment_is_a_level_after_new_projects(tmp_path: Path) -> None:
    text = "其中:续建项目37项,2010年计划投资185.9亿元;新开工项目25项,2010年计划投资123.3亿元。"
    kinds = {t.value: t.kind for t in document_targets(tmp_path, text, 2010, 2010)}
    assert kinds[123.3] == "level" and kinds[25] == "increment"


_PROGRESS_TABLE = """全省2021年重点民生实事项目完成进度表
(截至2021年8月底)
序号 |
市 州 |
计划完成数 |
累计开工数 |
开工率 |
计划投资额(万元) |
累计完成投资额(万元) |
计划投资完成率 |
1 |
长沙市 |
150 |
143 |
95.33% |
86157.25 |
36836.13 |
42.75% |
2 |
株洲市 |
71 |
44 |
61.97% |
13533.40 |
4756.44 |
35.15% |
3 |
湘潭市 |
87 |
71 |
81.61% |
19099.87 |
6930.72 |
36.29% |"""


def test_a_progress_tables_columns_of_work_done_so_far_are_not_read(tmp_path: Path) -> None:
    found = document_targets(tmp_path, _PROGRESS_TABLE, 2021, 2021)
    got = {(t.metric, t.value, t.unit) for t in found}
    assert ("长沙市计划完成数", 150, "个") in got
    assert ("株洲市计划投资额", 13533.4, "万元") in got
    assert not any("累计" in t.metric or t.metric.endswith("率") for t in found)


def test_this_years_end_dates_a_target_in_a_plan_of_five_years(tmp_path: Path) -> None:
    text = "计划开工建设6个高铁项目,到年底全省高速铁路通车里程突破2300公里。"
    deadlines = {t.value: t.deadline for t in document_targets(tmp_path, text, 2021, 2025)}
    assert deadlines[2300] == 2021


def test_the_people_lifted_out_of_poverty_are_counted_in_people(tmp_path: Path) -> None:
    text = "到2020年,全省贫困人口脱贫66万。"
    (t,) = document_targets(tmp_path, text, 2016, 2020)
    assert (t.value, t.unit) == (66, "万人")


def test_the_households_still_without_power_are_a_state(tmp_path: Path) -> None:
    text = "南疆三地州还有17.3万户、64万人没有用上电。到2015年,使22个县级城市通上管道天然气。"
    got = [t.value for t in document_targets(tmp_path, text, 2011, 2015)]
    assert got == [22]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("今年要全面完成已批复的15个片区改造。", 15),  # 已 before the noun the work is done to
        ("今年完成造林500万亩已于3月启动。", 500),  # 已于 a date
        ("到2025年,实现90%以上行政村没有垃圾乱堆乱放现象。", 90),  # a goal of none left
        ("今年计划改造老旧小区120个,目前已完成80个,约30万平方米;年底前再完成40个。", 40),
    ],
)
def test_what_the_new_rules_leave_a_target(tmp_path: Path, text: str, value: float) -> None:
    assert value in [t.value for t in document_targets(tmp_path, text, 2021, 2025)]


@pytest.mark.parametrize(
    "text", ["每年底前新增城镇就业3万人。", "到“十四五”年底,新增城镇就业3万人。"]
)
def test_a_year_end_that_is_not_this_years_is_the_plans(tmp_path: Path, text: str) -> None:
    (t,) = document_targets(tmp_path, text, 2021, 2025)
    assert t.deadline == 2025


def test_a_headlines_amount_of_another_thing_in_the_body_stays_its_own(tmp_path: Path) -> None:
    text = "我市今年将新建农村公路125公里\n\n今年,全市将新建城市道路125公里,新建农村公路80公里。"
    got = {(t.value, t.metric[-4:]) for t in document_targets(tmp_path, text, 2021, 2021)}
    assert got == {(125, "农村公路"), (125, "城市道路"), (80, "农村公路")}


def test_a_plans_table_of_period_totals_is_read_whole(tmp_path: Path) -> None:
    text = (
        "“十四五”各市造林任务分解表\n序号 |\n市州 |\n累计完成造林(万亩) |\n1 |\n长沙市 |\n12 |\n"
        "2 |\n株洲市 |\n8 |\n3 |\n湘潭市 |\n6 |"
    )
    got = {(t.metric, t.value) for t in document_targets(tmp_path, text, 2021, 2025)}
    assert ("长沙市累计完成造林", 12) in got and ("湘潭市累计完成造林", 6) in got


def test_a_unit_the_header_states_beats_the_count_default(tmp_path: Path) -> None:
    text = (
        "各市改造任务表\n序号 |\n市州（单位：户） |\n改造任务数 |\n1 |\n长沙市 |\n1200 |\n"
        "2 |\n株洲市 |\n800 |\n3 |\n湘潭市 |\n600 |"
    )
    units = {t.unit for t in document_targets(tmp_path, text, 2021, 2021)}
    assert units == {"户"}


def test_a_headline_of_the_years_work_dates_its_undated_body(tmp_path: Path) -> None:
    text = "铁路建设方面,新增高铁通车里程200公里以上。到2025年,高速公路里程突破10000公里。"
    title = "山东今年新开工6条高铁 实现青岛地铁1号线全线通车"
    deadlines = {t.value: t.deadline for t in document_targets(tmp_path, text, 2021, 2025, title)}
    assert deadlines == {200: 2021, 10000: 2025}
    untitled = {t.value: t.deadline for t in document_targets(tmp_path, text, 2021, 2025)}
    assert untitled[200] == 2025
