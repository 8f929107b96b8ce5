"""Forty-fifth round: what retired b49 missed, in words other than its documents'."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values, targets_of
from plantrack.model import Block
from plantrack.read.clean import clean_blocks


def test_lines_of_a_page_each_closed_by_a_growth_figure_are_items(tmp_path: Path) -> None:
    lines = [
        "回顾2023年",
        "全县地区生产总值增长7.1%,一般公共预算收入增长6.2%",
        "城乡居民收入分别增长5.9%和7.4%",
        "展望2024年",
        "全县地区生产总值增长6.5%左右,工业增加值增长8%左右",
        "城乡居民收入分别增长6%和7%左右",
        "城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%以内",
    ]
    values = document_values(tmp_path, "\n".join(lines) + "\n", 2024, 2024)
    assert values == [6.5, 8, 6, 7, 5.5, 3]


def test_a_line_that_turns_to_a_year_is_never_joined() -> None:
    blocks = [
        Block("建成一批示范社区", "paragraph", line=1),
        Block("展望2025年", "paragraph", line=2),
        Block("新增养老床位800张", "paragraph", line=3),
        Block("回顾2024年", "paragraph", line=4),
        Block("新增养老床位800张", "paragraph", line=5),
    ]
    cleaned, _ = clean_blocks(blocks)
    assert [b.text for b in cleaned] == [
        "建成一批示范社区",
        "展望2025年",
        "新增养老床位800张",
        "回顾2024年",
        "新增养老床位800张",
    ]


def test_a_line_closed_by_a_growth_figure_then_a_new_subject_are_two_items() -> None:
    blocks = [
        Block("一般公共预算收入增长9.1%", "paragraph", line=1),
        Block("重点项目完成投资300亿元", "paragraph", line=2),
    ]
    cleaned, _ = clean_blocks(blocks)
    assert len(cleaned) == 2
    # a line longer than a page copied item by item is a paragraph wrapped, whatever it ends with
    long = (
        "全县上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
        "着力推动高质量发展，一般公共预算收入增长9.1%"
    )
    cleaned, _ = clean_blocks(
        [Block(long, "paragraph", line=1), Block("全年目标任务圆满完成。", "paragraph", line=2)]
    )
    assert len(cleaned) == 1


def test_the_tasks_of_a_paragraph_opening_with_the_reports_year_are_goals(tmp_path: Path) -> None:
    text = (
        "据初步统计，2023年全区实现地区生产总值210亿元，增长6%。\n"
        "2024年，全区计划引进10个以上亿元项目，新增城市绿地12万平方米。\n"
        "全区2024年的主要预期目标是：地区生产总值增长6%左右。\n"
    )
    assert document_values(tmp_path, text, 2024, 2024) == [10, 12, 6]


def test_a_bare_year_line_heads_its_section(tmp_path: Path) -> None:
    text = (
        "主要预期目标\n\n地区生产总值增长6%左右；固定资产投资增长7%。\n\n"
        "2023\n\n城市建设迈上新台阶\n\n地区生产总值突破3000亿元，增长5.2%，增速高于全省0.6个百分点。\n"
    )
    assert document_values(tmp_path, text, 2024, 2024) == [6, 7]


def test_the_three_public_expenses_budget_is_no_target() -> None:
    assert targets_of("区级“三公”经费预算较上年压减8%。", 2024, 2024) == []
    assert [t.value for t in targets_of("区级公务用车数量较上年压减8%。", 2024, 2024)] == [8]


def test_aspiration_after_a_period_end_deadline_governs_the_sentence() -> None:
    got = targets_of(
        "到十四五末力争全县生产总值翻一番，实现60亿元以上，年均增长12%以上。", 2021, 2025
    )
    assert [(t.value, t.aspiration) for t in got] == [(2, True), (60, True), (12, True)]


def test_a_past_period_lead_dates_the_sentences_after_it() -> None:
    text = (
        "“十三五”期间，全县生产总值达12.4亿元，首次突破十亿元大关。"
        "全社会固定资产投资完成30.5亿元，荣获省级文明县城称号。"
        "到“十四五”末，力争生产总值达到20亿元。"
    )
    assert [t.value for t in targets_of(text, 2021, 2025)] == [20]


def test_delegates_attending_named_after_their_number_are_no_target() -> None:
    assert targets_of("大会应到代表215名，实到代表201名。", 2024, 2024) == []
    assert targets_of("412名县人大代表出席会议。", 2024, 2024) == []


def test_a_year_and_its_months_opening_a_sentence_date_it() -> None:
    past = "抓好投资工作。2023年1-10月份，全区完成固定资产投资88.6亿元，实施亿元以上项目41个。"
    assert targets_of(past, 2024, 2024) == []
    got = targets_of("2025年6月底前，建成公共充电桩500个。", 2024, 2026)
    assert [(t.value, t.deadline) for t in got] == [(500, 2025)]


def test_a_review_section_that_turns_to_the_years_ahead_ends_there(tmp_path: Path) -> None:
    text = (
        "过去五年工作的基本总结\n\n"
        "五年来，全省经济持续发展，粮食产量达到600亿斤。\n\n"
        "省第十次党代会描绘了发展蓝图。今后的五年，是全面建成小康社会的关键五年。"
        "到2020年，力争全省生产总值达到4万亿元左右。\n\n"
        "要加强水利建设，争取每年新增有效灌溉面积50万亩以上。\n"
    )
    assert document_values(tmp_path, text, 2016, 2020) == [4, 50]


def test_the_end_and_the_middle_of_the_century_are_deadlines() -> None:
    got = targets_of("到本世纪末，粮食产量力争达到5000亿公斤。", 1986, 1990)
    assert [(t.value, t.deadline) for t in got] == [(5000, 2000)]
    got = targets_of("到本世纪中叶，森林覆盖率达到30%。", 2018, 2020)
    assert [(t.value, t.deadline) for t in got] == [(30, 2050)]


def test_a_figures_price_basis_between_it_and_its_subject_is_passed_over() -> None:
    text = "1995年全省社会总产值，按照1990年不变价格计算，达到2,480亿元，平均每年增长8.2%。"
    got = targets_of(text, 1991, 1995)
    assert [(t.metric, t.value) for t in got] == [
        ("社会总产值", 2480),
        ("社会总产值增长", 8.2),
    ]


def test_a_thing_named_alone_before_its_figure_is_its_subject() -> None:
    got = targets_of("其中：第二产业，1995年达到1,150亿元，平均每年增长9%。", 1991, 1995)
    assert [(t.metric, t.value) for t in got] == [("第二产业", 1150), ("第二产业增长", 9)]
    # a clause that does something is no such subject
    assert targets_of("加快结构调整，1995年达到1,150亿元。", 1991, 1995) == []


def test_a_count_of_one_class_of_a_lists_items_is_no_target() -> None:
    text = (
        "今年为民办实事项目共30项，其中新建停车场等缓解停车难类6项，口袋公园等提升城区环境类9项。"
    )
    assert targets_of(text, 2024, 2024) == []
    assert [t.value for t in targets_of("新建口袋公园9处。", 2024, 2024)] == [9]


def test_a_target_named_again_is_no_new_target() -> None:
    text = "为确保2.6万亩这一目标完成，各乡镇要压实责任。"
    assert targets_of(text, 2024, 2024) == []


def test_the_proposals_a_congress_handled_and_who_was_excused_are_no_targets() -> None:
    assert targets_of("会议期间共收到代表建议、批评和意见612件。", 2024, 2024) == []
    assert targets_of("应到委员35人，因事因病请假3人。", 2024, 2024) == []
    assert [
        t.value for t in targets_of("今年办好民生实事12件，解决群众急难愁盼问题30件。", 2024, 2024)
    ] == [30]


def test_the_capital_a_budget_adds_is_an_allocation() -> None:
    assert targets_of("增加国家铁路建设资本金800亿元。", 2024, 2024) == []


def test_a_title_that_reports_progress_governs_the_text(tmp_path: Path) -> None:
    text = (
        "截至6月底，全区为民办实事项目累计完成投资12.3亿元。\n\n"
        "养老服务方面，3个社区助餐点已运营，完成200名残疾人居家托养服务。\n\n"
        "8个口袋公园建设已完成5个，12条背街小巷改造已完成9条。\n"
    )
    # what is done is no target; the tasks restated beside their progress are
    title = "2025年1-6月某区为民办实事项目进展情况"
    assert document_values(tmp_path, text, 2025, 2025, title) == [8, 12]
    # the same text under a plan's title sets its figures as goals
    assert 200 in document_values(tmp_path, text, 2025, 2025, "2025年某区为民办实事项目")
