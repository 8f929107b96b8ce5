"""The eighty-ninth round: 项目前期 holds no 目前 (the work of pre-project stages is no state of
today), people who reach a state after 实现 (实现85万人口脱贫), an amount a work forms
(形成1000亿元以上的投资增量), one kind of place counted after another, and money a treasury raises."""

from __future__ import annotations

from paragraph import targets_of


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
