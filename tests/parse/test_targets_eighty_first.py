"""The seventy-seventh round: forms of the retired texts b119 to b122 and the older batches."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def _values(found: list) -> list[tuple]:
    return [(t.value, t.unit) for t in found]


def test_a_news_reports_word_of_what_it_learned_before_a_past_year_opens_a_review(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "记者从自治区交通运输厅获悉,2023年,广西力争完成新建或改造农村公路里程6300公里。",
            "据了解,2022年,自治区交通运输厅在农村寄递物流体系建设等方面进行了大量卓有成效的工作。",
            "在农村寄递物流体系建设方面,全区农村公路总里程突破14万公里,建制村通硬化路率达100%。",
            "下一步,交通运输厅将继续推进农村寄递物流体系建设。",
        ]
    )
    found = document_targets(tmp_path, text, 2023, 2023, "广西2023年农村公路建设目标")
    assert _values(found) == [(6300.0, "公里")]


def test_a_report_said_to_name_a_past_year_beside_the_plans_year_is_no_review(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "报告指出,2015年,全区民生支出16.23亿元,同比增长39.5%。2016年,区政府将办好10件民生实事。",
            "据介绍,十件民生实事包括:一是精准脱贫530户;二是建设农村公路30条。",
        ]
    )
    found = document_targets(tmp_path, text, 2016, 2016, "琼山区2016年民生实事")
    assert (530.0, "户") in _values(found)
    assert (30.0, "条") in _values(found)


def test_a_paragraph_of_work_told_as_done_is_a_review(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "消费市场加快恢复。环球度假区累计接待游客千万人次,城市大道成功入选北京十大商业模式创新品牌。"
            "远洋乐堤港开业运营。12个“一刻钟便民生活圈”顺利通过市级验收。",
            "城市更新提档升级。全年拆除违法建设305.2万平方米,疏整促专项行动年度任务全面完成。"
            "老旧小区改造完工14个,潞河中学北街等8条背街小巷获评首都文明街巷称号。",
        ]
    )
    assert document_targets(tmp_path, text, 2024, 2024, "通州区2024年政府工作报告") == []


def test_a_goal_that_a_work_be_finished_in_full_is_no_review(tmp_path: Path) -> None:
    text = (
        "用一年左右时间，启动一批老化管道更新改造工程，2025年完成不少于750公里燃气管道更新改造，"
        "燃气道路管改造全面完成；完成150公里供水管道更新改造。到2028年，在提前一年全面完成各类燃气"
        "老化管道更新改造的基础上，全面构建城市管道安全管理长效机制。"
    )
    found = document_targets(tmp_path, text, 2025, 2028, "上海市老化管道更新改造实施方案")
    assert _values(found) == [(750.0, "公里"), (150.0, "公里")]


def test_the_progress_a_progress_table_reports_beside_its_task_is_no_target() -> None:
    found = targets_of(
        "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。", 2025, 2025
    )
    assert [(t.value, t.unit) for t in found] == [(6.0, "%")]


def test_a_year_on_year_goal_for_another_indicator_stays_a_target() -> None:
    found = targets_of("地区生产总值增长6%。社会消费品零售总额同比增长8%以上。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(6.0, "%"), (8.0, "%")]


def test_the_count_of_projects_whose_investment_is_the_target_is_no_target() -> None:
    found = targets_of("确保23个省市重点项目完成投资71.6亿元以上。", 2022, 2022)
    assert _values(found) == [(71.6, "亿元")]


def test_a_count_of_projects_to_start_is_still_a_target() -> None:
    found = targets_of("新开工5000万元以上项目200个，完成投资300亿元。", 2024, 2024)
    assert (200.0, "个") in _values(found)


def test_a_reports_account_of_a_past_year_that_names_its_place_bare_is_a_review(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "报告指出,2023年江西出台优化调整稳就业政策“16条”,城镇新增就业完成年计划的112.3%。",
            "创新开展优化县域义务教育资源配置试点。新增公办幼儿园位9.18万个、义务教育学位27.4万个。",
            "为48.7万适龄女生免费接种HPV疫苗,如期实现血吸虫病传播阻断目标,82个县组建紧密型县域医共体。",
        ]
    )
    assert document_targets(tmp_path, text, 2024, 2024, "江西2023年民生实事兑现情况") == []


def test_a_list_under_a_binding_heading_gives_its_targets_that_attribute(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "一、主要目标和任务分工",
            "(一)“十二五”时期主要规划指标。",
            "1.约束性指标。",
            "⑴九年义务教育巩固率达到97%。",
            "⑵耕地保有量保持在6120万亩。",
            "2.预期性指标。",
            "⑴地区生产总值年均增长11%。",
        ]
    )
    found = document_targets(tmp_path, text, 2011, 2015, "东北振兴“十二五”规划任务分工")
    assert [(t.value, t.binding) for t in found] == [(97.0, True), (6120.0, True), (11.0, False)]


def test_a_bare_scale_that_names_a_tier_of_firms_is_no_value() -> None:
    text = (
        "到2020年，力争农业产业化龙头企业达到70家，其中超千亿企业2家、百亿企业8家、十亿企业60家。"
    )
    found = targets_of(text, 2016, 2020)
    assert _values(found) == [(70.0, "家"), (2.0, "家"), (8.0, "家"), (60.0, "家")]
    assert "百亿企业" in found[2].metric


def test_a_page_published_after_its_year_titled_as_实事_delivered_reports_results(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "青海省西宁市兑现30项民生实事",
            "发布时间:2022-03-01 15:31:00来源: 青海日报",
            "2021年,城西区城镇新增就业6870人,建成全省首个虚拟养老院,家庭养老床位达到480张。",
        ]
    )
    assert document_targets(tmp_path, text, 2021, 2021, "青海省西宁市兑现30项民生实事") == []


def test_a_plan_that_promises_to_deliver_its_实事_is_read() -> None:
    from plantrack.parse.done_documents import PROGRESS_TITLE

    assert PROGRESS_TITLE.search("西宁市兑现30项民生实事")
    assert not PROGRESS_TITLE.search("确保兑现2022年十项民生实事实施方案")
