"""The seventy-first round: forms of the retired texts (民生实事 items with 项目内容 bodies)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, document_values, targets_of


def test_an_items_number_is_not_the_first_of_a_set_of_names() -> None:
    found = targets_of("1、完成2所基层学校能力提升建设", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(2.0, "所")]


def test_a_run_on_list_of_projects_reads_each_heading_once(tmp_path: Path) -> None:
    text = (
        "大会公布了2025年将完成的十件惠民实事。 4、开展医共体巡回义诊活动30场次 项目内容:"
        "在各乡(镇)全覆盖开展医共体巡回义诊活动30场次,为群众在家门口看病就医创造便利条件。"
        " 6、完成15个老旧小区改造 项目内容:聚焦老旧小区短板弱项,完成菜园小学职工宿舍、"
        "供电小区等15个老旧小区的25栋老旧楼房改造,总建筑面积2.84万平方米。" * 8
    )
    found = document_targets(tmp_path, text, 2025, 2025)
    assert ("开展医共体巡回义诊活动", 30.0) in [(t.metric, t.value) for t in found]
    assert "项目内容" not in "".join(t.metric for t in found)
    assert [t.value for t in found].count(15.0) == 8


def test_a_sentence_naming_the_goals_carries_its_deadline_into_the_paragraphs_after(
    tmp_path: Path,
) -> None:
    text = (
        "近日，省交通运输厅发布《农村公路中长期发展纲要》。\n"
        "根据发展纲要，到2025年，我省将实现“路网结构优化、设施品质提升”目标，支撑乡村振兴。\n"
        "路网结构优化。县道三级及以上公路比例达到70%。\n"
        "设施品质提升。四五类桥梁当年处置率达到100%。\n"
        "据介绍，到2035年，我省将形成农村公路交通运输体系。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2035)
    assert [(t.value, t.deadline) for t in found] == [(70.0, 2025), (100.0, 2025)]


def test_a_rate_of_the_same_year_is_no_date() -> None:
    found = targets_of("到2030年，四五类桥梁当年处置率达到100%。", 2026, 2030)
    assert [t.deadline for t in found] == [2030]


def test_numbered_goals_inline_in_a_forms_cell_are_read_one_by_one() -> None:
    text = "达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成"
    found = targets_of(text, 2021, 2021)
    assert [(t.metric, t.value) for t in found] == [
        ("聘用人员", 1.0),
        ("出差", 8.0),
        ("聘用人员在岗率", 100.0),
    ]


def test_a_title_that_reports_the_years_projects_done_gives_no_targets(tmp_path: Path) -> None:
    text = "海南省支持市县打造82家老年食堂，实际投入运营的老年食堂已达118家，完成率为144%。\n"
    assert document_values(tmp_path, text, 2024, 2024, "海南2024年十大民生实事项目如期完成") == []
    # a title that asks for the work to be done is a plan
    assert (
        document_values(tmp_path, text, 2024, 2024, "关于确保2024年十大民生实事项目如期完成的通知")
        != []
    )


def test_a_sites_byline_is_not_part_of_the_metric() -> None:
    found = targets_of("贵阳网·甲秀新闻讯 新增公共停车位1664个、改造棚户区4490户。", 2023, 2023)
    assert (found[0].metric, found[0].kind.value) == ("公共停车位", "increment")


def test_a_grade_before_its_noun_is_not_a_target() -> None:
    found = targets_of("打造形成有色金属1个4千亿级,绿色化工3个3千亿级产业集群。", 2022, 2025)
    assert all(t.unit != "千" for t in found)


def test_a_grant_to_each_class_is_money_handed_out() -> None:
    assert targets_of("对新增的公办幼儿园,市政府给每个班奖补20万元。", 2019, 2020) == []


def test_the_past_n_years_in_digits_open_a_review(tmp_path: Path) -> None:
    text = (
        "山西27日对外发布，到2025年，山西数字经济核心产业增加值占GDP的比重提升至5.4%。\n"
        "过去5年,山西累计开通5G基站1.6万个,在用数据中心设计机架数年均增长率达61%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2021, 2025)] == [5.4]


def test_a_pue_value_is_a_ratio_without_a_unit() -> None:
    found = targets_of("到2025年，大型、超大型数据中心PUE值降到1.3以下。", 2021, 2025)
    assert [(t.value, t.comparator.value) for t in found] == [(1.3, "<=")]
