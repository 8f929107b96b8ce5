"""The seventy-fourth round: forms of the retired texts b111 and b112."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_year_that_names_a_cohort_of_work_does_not_date_the_clause_in_the_past() -> None:
    found = targets_of(
        "2022年，吉林省在确保2021年开工改造的1623个城镇老旧小区全部完工的基础上，"
        "将计划开工改造1100个老旧小区。",
        2022,
        2022,
    )
    assert [(t.value, t.deadline) for t in found] == [(1623.0, 2022), (1100.0, 2022)]
    assert found[0].metric.endswith("全部完工")  # not …的基础上


def test_a_year_that_leads_a_past_report_still_dates_it() -> None:
    assert targets_of("确保2021年开工改造1623个城镇老旧小区。", 2022, 2022) == []


def test_a_value_the_subject_heads_for_is_its_target() -> None:
    found = targets_of(
        "到2027年，安徽省经济总量将向7万亿元冲刺，人均地区生产总值达到11万元以上。", 2023, 2027
    )
    first = found[0]
    assert (first.metric, first.value, first.unit, first.deadline) == (
        "安徽省经济总量",
        7.0,
        "万亿元",
        2027,
    )
    assert len(found) == 2


def test_heading_for_needs_the_verb_after_the_value() -> None:
    assert targets_of("向7万亿元经济总量的省份学习。", 2023, 2027) == []


def test_every_one_served_is_a_share_of_a_hundred_percent() -> None:
    found = targets_of(
        "为持有居住证的农民工随迁子女100%提供公办学位；新增公办普通高中新生学位2000个。", 2025, 2025
    )
    assert [(t.value, t.unit) for t in found] == [(100.0, "%"), (2000.0, "个")]
    assert "公办学位" in found[0].metric


def test_a_statistics_bulletin_with_a_note_after_its_title_states_results(tmp_path: Path) -> None:
    text = "全县三次产业结构调整为15.3:31.3:53.4，一产业所占比重上升0.4个百分点。\n"
    title = "宁远县2023年国民经济和社会发展统计公报(开头至畜牧业)"
    assert document_targets(tmp_path, text, 2023, 2023, title) == []
    assert document_targets(tmp_path, text, 2023, 2023, "宁远县2023年经济社会发展安排")


def test_a_paragraph_that_explains_a_named_target_does_not_restate_it(tmp_path: Path) -> None:
    text = (
        "经济社会发展主要预期目标是：地区生产总值增长4.5%，区级一般公共预算收入增长5%。\n"
        "确定经济增长4.5%的预期目标，主要是兼顾实现“十四五”规划目标与现实支撑条件。\n"
    )
    found = document_targets(tmp_path, text, 2025, 2025)
    assert [t.value for t in found] == [4.5, 5.0]


def test_a_headlines_gdp_is_the_bodys_gross_regional_product(tmp_path: Path) -> None:
    text = (
        "2024年湖南GDP目标增长6%左右\n"
        "政府工作报告提出了2024年新的预期目标，其中包括地区生产总值增长6%左右。"
        "此外，地方一般公共预算收入增长6%。\n"
    )
    found = document_targets(tmp_path, text, 2024, 2024)
    assert [t.value for t in found] == [6.0, 6.0]
    assert "地区生产总值" in found[0].metric


def test_an_item_whose_parts_stand_in_brackets_is_still_an_item_of_the_list() -> None:
    found = targets_of(
        "计划建设各类充电桩35.54万根，其中共建设充换电站2691座(含充电桩5.87万根、换电站20座)、"
        "个人及单位自用充电桩29.45万根。",
        2021,
        2025,
    )
    assert [(t.value, t.unit) for t in found] == [
        (35.54, "万根"),
        (2691.0, "座"),
        (5.87, "万根"),
        (20.0, "座"),
        (29.45, "万根"),
    ]
    assert found[-1].metric == "个人及单位自用充电桩"


def test_a_places_whole_past_year_is_a_result() -> None:
    found = targets_of(
        "深圳2021年全年地区生产总值3.07万亿元。今年的政府工作报告提出，深圳2022年规模以上工业增加值增长5%。",
        2022,
        2022,
    )
    assert [t.value for t in found] == [5.0]


def test_a_mark_passed_for_the_first_time_is_reported() -> None:
    assert targets_of("深圳GDP首次超过三万亿，离不开核心的制造业的支撑。", 2022, 2022) == []
    assert targets_of("力争地区生产总值首次突破三万亿元。", 2022, 2022)


def test_a_paragraph_on_a_past_years_results_reports_them(tmp_path: Path) -> None:
    text = (
        "从2021年完成情况来看，深圳市去年本级政府投资项目计划共安排588个；2021年完成投资达596.3亿元。"
        "其中，交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元。\n"
        "2022年，全市固定资产投资计划增长5%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2022, 2022)] == [5.0]


def test_a_paragraph_that_ends_on_its_success_reports_results(tmp_path: Path) -> None:
    text = (
        "此外，合肥加速推进产业数字化，“万家企业登云”数量超过1.3万家，累计建成800多家智能工厂、数字化车间。"
        "合肥市在数字经济领域的发展成效显著，成功跻身全国数字化城市第一梯队。\n"
        "到2025年，合肥数字经济核心产业增加值占GDP比重达到12%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2021, 2025)] == [12.0]


def test_so_much_done_in_so_short_a_time_is_reported() -> None:
    assert (
        targets_of(
            "武汉一年内就举办28场智能化改造示范项目推广会，咨询诊断规模以上工业企业616家。",
            2021,
            2025,
        )
        == []
    )
    assert targets_of("年内就业困难人员实现就业1000人。", 2021, 2021)


def test_what_the_year_will_build_turns_a_paragraph_on_the_state_today_ahead(
    tmp_path: Path,
) -> None:
    text = (
        "截至目前,全省60个服务区建成充电桩160套。2023年,全省将建设完成直流快速充电桩757套,"
        "1514个充电车位,年底将实现服务区充电基础设施全覆盖。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2023, 2023)] == [757.0, 1514.0]


def test_all_of_it_meeting_the_standard_is_a_full_share() -> None:
    found = targets_of("到2020年，全省地级城市集中式饮用水水源水质100%达标。", 2016, 2020)
    assert [(t.value, t.unit) for t in found] == [(100.0, "%")]
    assert found[0].metric.endswith("水质达标比例")


def test_a_subheading_of_bare_figures_is_not_joined_to_the_paragraph_under_it(
    tmp_path: Path,
) -> None:
    text = "8%、500万人\n《纲要》中指出,到2035年,市区常住人口达到500万人,地区生产总值年均增长8%以上。\n"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert sorted(t.value for t in found) == [8.0, 500.0]
    assert all("纲要" not in t.metric for t in found)


def test_a_news_sites_stamp_under_the_headline_is_page_furniture(tmp_path: Path) -> None:
    text = (
        "上海:到2028年,新增年产值10亿元以上制造业企业100家\n"
        "Xin Lang Cai Jing·2026-01-09 10:26\n"
        "行动方案提出,到2028年,带动产业链新增规上工业企业500家。\n"
    )
    found = document_targets(tmp_path, text, 2026, 2028)
    assert [t.value for t in found] == [100.0, 500.0]
    assert all("Xin" not in t.metric and "Xin" not in t.text for t in found)
