"""Fifty-sixth round: forms of the retired documents' misses in words of their own — a span of
the plan's years before 累计完成, points counted with 个点位, an attribute of a counted noun beside
another, a share that qualifies the noun, a bound on things that get under way, 锻造, a subset
in brackets inside a list, a paragraph that explains the targets above, doubling from the level
now, new things where they go, the items of a news digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of
from plantrack.model import TargetKind


def test_the_plan_s_three_years_summed_up_are_ahead() -> None:
    text = (
        "推进人行道断头贯通工作，三年累计完成人行道断头贯通25400㎡。"
        "针对部分缓行路段，实施道路设施局部改造，三年累计完成缓拥堵提升21个点位。"
    )
    found = {(t.value, t.unit) for t in targets_of(text, 2024, 2026)}
    assert found == {(25400.0, "㎡"), (21.0, "个")}


def test_the_past_three_years_summed_up_are_a_review() -> None:
    text = "过去三年累计完成人行道断头贯通25400㎡。近三年累计完成缓拥堵提升21个点位。"
    assert targets_of(text, 2024, 2026) == []


def test_a_figure_beside_another_attribute_of_a_counted_noun_is_no_target() -> None:
    text = "到2027年，培育年产值超100亿元、具备较强国际竞争力的龙头企业2家。"
    found = [(t.value, t.unit) for t in targets_of(text, 2025, 2027)]
    assert found == [(2.0, "家")]


def test_a_figure_of_its_own_before_another_target_stays() -> None:
    text = "到2027年，实现产值超100亿元、形成具有国际竞争力的产业集群2个。"
    found = sorted((t.value, t.unit) for t in targets_of(text, 2025, 2027))
    assert found == [(2.0, "个"), (100.0, "亿元")]


def test_a_share_that_qualifies_the_noun_leaves_the_amount_of_work() -> None:
    text = "到2025年，完成3万平方米节能率不低于15%的既有公共建筑节能改造。"
    found = [(t.value, t.unit) for t in targets_of(text, 2023, 2025)]
    assert found == [(3.0, "万平方米")]


def test_a_bound_on_things_that_get_under_way() -> None:
    (target,) = targets_of("到2030年，推动重点片区内不少于300个更新项目实施。", 2025, 2030)
    assert (target.value, target.unit, target.metric) == (300.0, "个", "重点片区内更新项目实施")


def test_to_forge_clusters_makes_them() -> None:
    text = "到2035年，锻造纺织鞋服、石油化工、建材家居等3个万亿级产业集群。"
    (target,) = targets_of(text, 2021, 2035)
    assert (target.value, target.unit) == (3.0, "个")
    assert "产业集群" in target.metric


def test_a_subset_in_brackets_does_not_close_the_list_item() -> None:
    text = (
        "力争到2026年,实现关键组部件(软件)100项、整机新产品50项"
        "(其中达到产业化水平的人形机器人整机产品不少于3项)、示范应用场景30个。"
    )
    values = sorted(t.value for t in targets_of(text, 2024, 2026))
    assert values == [3.0, 30.0, 50.0, 100.0]


def test_a_paragraph_that_explains_the_targets_above_restates_them(tmp_path: Path) -> None:
    text = (
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，"
        "城镇新增就业1200万人以上；居民消费价格涨幅2%左右。\n\n"
        "提出上述预期目标，综合考虑了国内外形势和各方面因素。经济增长预期目标为5%左右，"
        "既是稳就业、防风险、惠民生的需要。城镇调查失业率5.5%左右，体现了加大稳就业力度的要求。"
        "居民消费价格涨幅2%左右，目的在于改善供求关系。\n"
    )
    found = sorted(t.value for t in document_targets(tmp_path, text, 2025, 2025))
    assert found == [2.0, 5.0, 5.5, 1200.0]


def test_doubling_from_the_level_now_restates_the_target_before_it() -> None:
    text = (
        "至2015年,我省的森林覆盖率将达到23%,在现在的14.12%的基础上实现翻一番,"
        "森林面积保有量将达到5400万亩。"
    )
    found = {t.value: (t.unit, t.baseline) for t in targets_of(text, 2011, 2015)}
    assert found == {23.0: ("%", 14.12), 5400.0: ("万亩", None)}


@pytest.mark.parametrize(
    "text",
    [
        "到2024年，在公共场所新增配置自动体外除颤仪47台。",
        "到2026年，优先在边境地区、集体经济薄弱村新建各类棚室5万个。",
        "到2025年，新开发各类公益性岗位2.5万个。",
        "到2023年，新开业老年人供餐点30个。",
    ],
)
def test_new_things_where_they_go_are_an_increment(text: str) -> None:
    (target,) = targets_of(text, 2023, 2026)
    assert target.kind == TargetKind.INCREMENT


def test_the_site_of_one_project_is_no_scope_of_new_things() -> None:
    assert targets_of("1.在马桥镇新建设计供水规模为6000立方米水厂一座。", 2026, 2026) == []


@pytest.mark.parametrize(
    "text",
    ["确保城镇新增就业100万人以上。", "城镇新增就业100万人以上。", "全年城镇新增就业100万人。"],
)
def test_urban_new_jobs_is_one_indicator(text: str) -> None:
    (target,) = targets_of(text, 2025, 2025)
    assert (target.metric, target.kind) == ("城镇新增就业", TargetKind.LEVEL)


def test_a_district_before_its_verb_of_new_things_is_still_the_scope() -> None:
    (target,) = targets_of("今年李沧区要新建两所小学。", 2012, 2012)
    assert (target.value, target.kind) == (2.0, TargetKind.INCREMENT)
    assert "李沧区" not in target.metric


def test_a_year_between_a_subject_and_its_verb_is_the_deadline() -> None:
    text = (
        "风电、光伏发电装机规模2025年达到2500万千瓦以上、2030年达到4000万千瓦以上，"
        "抽水蓄能电站装机规模2030年达到2000万千瓦。"
    )
    found = {t.value: (t.deadline, t.metric) for t in targets_of(text, 2022, 2025)}
    assert found == {
        2500.0: (2025, "风电、光伏发电装机规模"),
        4000.0: (2030, "风电、光伏发电装机规模"),
        2000.0: (2030, "抽水蓄能电站装机规模"),
    }


def test_a_year_a_place_saw_before_the_plan_is_the_past() -> None:
    assert targets_of("全省森林覆盖率2020年达到60%。", 2026, 2030) == []


def test_a_budget_s_spending_and_new_debt_are_no_targets() -> None:
    text = (
        "实施更加积极的财政政策。一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。"
        "今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元。要加快各项资金下达拨付。"
    )
    assert targets_of(text, 2025, 2025) == []


def test_a_growth_of_budget_spending_stays_a_target() -> None:
    (target,) = targets_of("一般公共预算支出增长3%以上。", 2023, 2023)
    assert (target.value, target.unit) == (3.0, "%")


def test_the_aim_before_a_doubling_is_not_its_subject() -> None:
    text = (
        "为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番打好基础，"
        "到2030年，地区生产总值年均增长5%左右。"
    )
    doubled = [t for t in targets_of(text, 2026, 2030) if t.unit == "倍"]
    assert [t.metric for t in doubled] == ["实现2035年人均地区生产总值"]


def test_two_subjects_joined_by_he_each_have_the_value() -> None:
    found = {
        t.metric: t.value
        for t in targets_of("五年城镇新增就业和转移农业劳动力各4500万人。", 2006, 2010)
    }
    assert found == {"城镇新增就业": 4500.0, "转移农业劳动力": 4500.0}


def test_the_work_closing_a_list_is_every_item_s() -> None:
    found = {
        t.metric: t.value for t in targets_of("实现大棚蔬菜700亩、时令蔬菜800亩种植。", 2015, 2015)
    }
    assert found == {"大棚蔬菜": 700.0, "时令蔬菜": 800.0}


def test_an_item_headed_by_what_improved_reports_the_year() -> None:
    text = (
        "二是反映安全发展水平的主要相对指标明显下降。同比降幅均在12%以上，"
        "其中亿元GDP生产安全事故死亡率由0.172降到0.137，降幅20.35%。"
    )
    assert targets_of(text, 2011, 2011) == []


def test_a_plan_item_headed_by_an_aim_is_read() -> None:
    text = "二是生态环境持续改善。到2025年，单位地区生产总值能耗下降13.5%。"
    (target,) = targets_of(text, 2021, 2025)
    assert (target.value, target.unit) == (13.5, "%")


def test_what_a_statistical_bulletin_shows_is_the_past(tmp_path: Path) -> None:
    text = (
        "国家卫生健康委员会近日发布的《2018年我国卫生健康事业发展统计公报》显示，"
        "我国居民人均预期寿命由2017年的76.7岁提高到2018年的77.0岁，"
        "婴儿死亡率从6.8‰下降到6.1‰。《“十三五”卫生与健康规划》提出，"
        "到2020年我国人均预期寿命应大于77.3岁，婴儿死亡率应小于7.5‰。\n"
    )
    found = sorted(t.value for t in document_targets(tmp_path, text, 2016, 2020))
    assert found == [7.5, 77.3]


def test_the_size_of_a_road_rebuilt_is_no_target() -> None:
    text = "实施翠竹路改造工程，改造翠竹桥至扬子中路段，长度约740米，宽度约33米，建设3个口袋公园。"
    found = [(t.value, t.unit) for t in targets_of(text, 2026, 2026)]
    assert found == [(3.0, "个")]


def test_each_item_of_a_digest_is_read_apart(tmp_path: Path) -> None:
    text = (
        "2026年度十大民生实事项目概览 - 通过人大代表票决确定了2026年度十大民生实事项目 [1] "
        "项目四:劳有所得 - 实施精准就业帮扶 全年城镇新增就业2700人 不断提高基本养老保险保障水平 [2] "
        "项目九:住有所居 - 更新更换143台老旧电梯 [4]\n"
    )
    found = {t.value: t.metric for t in document_targets(tmp_path, text, 2026, 2026)}
    assert found == {2700.0: "城镇新增就业", 143.0: "老旧电梯"}
