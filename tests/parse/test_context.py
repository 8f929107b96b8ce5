"""What governs a paragraph: deadline scope, relative years, review passages (parse/context.py).

Each case is a real .txt file read and parsed the way ingest does it."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.parse.context import (
    RELATIVE_RE,
    DocFacts,
    deadline_line,
    heading_deadline,
    heading_deadlines,
    relative_year,
)
from plantrack.parse.plan import parse_document
from plantrack.parse.review import heading_verdict, looks_ahead, period_first, reports_past
from plantrack.read import read_document
from plantrack.read.headings import cn_number


def targets_of(tmp_path: Path, text: str, period: tuple[int, int]) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="某市规划", period=period)
    return [(t.metric, t.value, t.deadline) for t in parsed.targets if t.value is not None]


def test_a_heading_with_a_year_governs_its_section(tmp_path: Path) -> None:
    text = (
        "一、2025年工作回顾\n"
        "过去一年，全市地区生产总值增长5.5%，城镇新增就业12万人。\n"
        "二、2026年经济社会发展主要预期目标\n"
        "地区生产总值增长5%左右，城镇新增就业10万人以上。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [("地区生产总值增长", 5, 2026), ("城镇新增就业", 10, 2026)]


def test_a_deadline_on_a_line_of_its_own_carries_into_the_lines_below(tmp_path: Path) -> None:
    text = (
        "第二章 发展目标\n"
        "到2027年，主要目标是：\n"
        "规上工业企业达到3000家。\n"
        "高新技术企业超过1500家。\n"
        "第三章 重点任务\n"
        "新建5G基站1000个。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [
        ("规上工业企业", 3000, 2027),
        ("高新技术企业", 1500, 2027),
        ("5G基站", 1000, 2030),
    ]


def test_dash_items_after_a_paragraph_with_one_deadline_are_its_goals(tmp_path: Path) -> None:
    text = (
        "一、工作目标\n"
        "坚持创新引导，到2027年，车网互动规模化应用取得重要进展。\n"
        "——示范引领初见成效。建成双向充放电示范项目50个以上。\n"
        "——设施网络更加完善。新建智能有序充电桩2000个。\n"
        "二、重点任务\n"
        "新建公共充电桩300个。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [
        ("双向充放电示范项目", 50, 2027),
        ("智能有序充电桩", 2000, 2027),
        ("公共充电桩", 300, 2030),
    ]


def test_dash_items_after_a_five_year_heading_run_into_its_text_are_its_goals(
    tmp_path: Path,
) -> None:
    # a 2026 report copied without its breaks: the heading 二、“十五五”时期主要目标任务 runs into
    # its paragraph, and the dash goals after it are the period's, not the year before's
    text = (
        "二、“十五五”时期主要目标任务“十五五”时期是基本实现社会主义现代化的关键时期。"
        "根据省委全会精神，今后五年经济社会发展要努力实现以下主要目标。\n"
        "——高质量发展取得显著成效。全省地区生产总值年均增长5%左右。\n"
        "三、2026年工作安排主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert got == [("地区生产总值增长", 5, 2030), ("地区生产总值增长", 5.5, 2026)]


@pytest.mark.parametrize(
    ("sentence", "period", "deadline"),
    [
        ("今年地区生产总值增长5%左右。", (2026, 2026), 2026),
        ("明年城镇新增就业10万人以上。", (2026, 2027), 2027),  # (a one-year plan: its own year)
        ("到“十四五”末，森林覆盖率达到62%。", (2021, 2025), 2025),
        ("“十五五”时期，地区生产总值年均增长5%。", (2026, 2030), 2030),
        ("到二〇三五年，人均地区生产总值达到20万元。", (2026, 2030), 2035),
        ("3年内新建养老床位3000张。", (2026, 2030), 2028),
    ],
)
def test_relative_years(
    tmp_path: Path, sentence: str, period: tuple[int, int], deadline: int
) -> None:
    got = targets_of(tmp_path, "第一章 主要目标\n" + sentence + "\n", period)
    assert [d for _, _, d in got] == [deadline]


@pytest.mark.parametrize(
    "heading",
    [
        "第一章 发展基础",
        "一、2025年工作回顾",
        "（一）“十四五”时期主要成就",
        "1.过去五年工作回顾",
        "第一章 现代化建设实现良好开局",  # b35 重庆: the 十四五 review of a 十五五 outline
    ],
)
def test_review_passages_give_no_targets_under_any_heading_style(
    tmp_path: Path, heading: str
) -> None:
    text = f"{heading}\n全市地区生产总值达到1.8万亿元，常住人口城镇化率提高到78%。\n"
    assert targets_of(tmp_path, text, (2026, 2030)) == []


def test_a_paragraph_that_reports_the_past_gives_no_targets(tmp_path: Path) -> None:
    text = (
        "第一章 总体要求\n"
        "初步统计，去年全省地区生产总值48810亿元、增长8.0%。\n"
        "今年全省地区生产总值增长6.5%。\n"
        "2025年，我们完成了城镇新增就业15万人。\n"
    )
    assert targets_of(tmp_path, text, (2026, 2026)) == [("地区生产总值增长", 6.5, 2026)]


def test_deadline_helpers() -> None:
    assert heading_deadline("三、2026年经济社会发展主要预期目标") == 2026
    assert heading_deadline("一、2025年工作回顾") is None
    assert heading_deadline("第二章 “十五五”时期发展目标") == 2030
    assert deadline_line("到2027年：") == 2027
    assert deadline_line("到2027年，全市规上工业企业达到3000家。") is None
    assert cn_number("二〇三五") == 2035 and cn_number("二〇二七") == 2027
    assert DocFacts.from_period((2026, 2030)).year == 2026


def test_the_next_n_years_end_n_years_after_the_year_of_issue(tmp_path: Path) -> None:
    # 今后五年 / 未来三年 in a text issued in 2023 (its period read as 2023–2035): 2027 / 2025
    text = (
        "今后五年的奋斗目标是：全县旅游总收入超过80亿元，森林覆盖率达到68%。\n"
        "未来三年，新建口袋公园30个。\n"
    )
    got = targets_of(tmp_path, text, (2023, 2035))
    assert got == [("旅游总收入", 80, 2027), ("森林覆盖率", 68, 2027), ("口袋公园", 30, 2025)]


def test_a_heading_with_two_goal_years_lets_each_paragraph_choose(tmp_path: Path) -> None:
    # 五年规划的目标 and the year's work under one heading: the paragraph's lead decides
    text = (
        "一、2025年和“十四五”时期工作回顾\n"
        "过去一年，全市外贸进出口增长6%。\n"
        "二、“十五五”时期奋斗目标和2026年重点任务\n"
        "规划纲要建议稿提出：全市居民收入年均增长6%，森林覆盖率达到45%。\n"
        "今年全市的主要预期目标是：外贸进出口增长3%左右。\n"
        "加快数字转型，新增智能工厂20家。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert [(metric, deadline) for metric, _value, deadline in got] == [
        ("居民收入增长", 2030),
        ("森林覆盖率", 2030),
        ("外贸进出口增长", 2026),
        ("智能工厂", 2026),
    ]


def test_a_review_part_of_a_heading_gives_no_year() -> None:
    years = heading_deadlines("二、“十四五”时期发展成就和“十五五”时期主要目标任务")
    assert years == [(2030, True)]
    assert heading_deadline("二、“十四五”时期发展成就和“十五五”时期主要目标任务") == 2030


def test_a_heading_on_the_start_of_the_period_names_the_report_year() -> None:
    # 推动“十五五”开好局、起好步: the first year of the period, not its end
    assert heading_deadlines("三、一鼓作气勇争先，全力推动“十五五”开好局、起好步") == [
        (2026, False)
    ]
    assert heading_deadlines("二、“十五五”时期主要目标任务") == [(2030, True)]


def test_the_year_passage_under_a_period_heading_is_due_that_year(tmp_path: Path) -> None:
    # a one-year report: 今年…主要预期目标 and the task paragraphs after it under a heading
    # that names only the period are the year's; a paragraph about the period keeps 2030
    text = (
        "二、奋力推动“十五五”发展\n"
        "“十五五”时期，全省居民收入年均增长6%。\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
        "增强投资带动力。实施省重点技改项目1500个以上。\n"
        "规划纲要提出，森林覆盖率达到67%。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert [(metric, deadline) for metric, _value, deadline in got] == [
        ("居民收入增长", 2030),
        ("地区生产总值增长", 2026),
        ("省重点技改项目", 2026),
        ("森林覆盖率", 2030),
    ]


# -- the review vs plan model (parse/review.py) ---------------------------------------------------

# A review section of three paragraphs, none of which names the past in its first words, then a
# forward section: the review ends at the forward heading of the same level, not before.
_REVIEW_BODY = (
    "水利基础持续夯实。新建小型水库6座，治理中小河流120公里。\n"
    "旅游市场加快回暖。接待游客4200万人次，旅游收入480亿元。\n"
    "民生保障更加有力。新增城镇就业3.2万人，建成保障性住房5000套。\n"
)


@pytest.mark.parametrize(
    ("review", "forward"),
    [
        ("第一章 发展基础", "第二章 发展目标"),
        ("一、2025年工作回顾", "二、2026年工作安排"),
        ("（一）“十四五”时期主要成就", "（二）“十五五”时期主要目标"),
        ("1.过去五年工作回顾", "2.今后五年的目标任务"),
        ("“十四五”时期工作回顾", "“十五五”时期的主要目标任务"),  # plain lines
        ("2025年工作回顾", "2026年重点工作"),  # plain lines
    ],
)
def test_a_review_section_runs_to_the_next_forward_heading_in_any_style(
    tmp_path: Path, review: str, forward: str
) -> None:
    text = f"{review}\n{_REVIEW_BODY}{forward}\n森林覆盖率达到52%，新建小型水库8座。\n"
    got = targets_of(tmp_path, text, (2026, 2030))
    assert [(m, v) for m, v, _ in got] == [("森林覆盖率", 52), ("小型水库", 8)]


def test_a_plain_review_heading_covers_numbered_items_below_it(tmp_path: Path) -> None:
    # the items of a plain-line review are numbered headings of their own: still the review
    text = (
        "过去一年工作回顾\n"
        "一、农业生产稳定\n粮食产量达到82万吨，新建高标准农田15万亩。\n"
        "二、城乡面貌改善\n改造老旧小区60个，新建公园12座。\n"
        "今年工作安排\n"
        "新建高标准农田18万亩。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert got == [("高标准农田", 18, 2026)]


def test_a_plain_forward_heading_gives_its_section_a_deadline(tmp_path: Path) -> None:
    text = "“十五五”时期的主要目标任务\n全县旅游收入年均增长8%。\n"
    got = targets_of(tmp_path, text, (2026, 2026))
    assert [d for _, _, d in got] == [2030]


@pytest.mark.parametrize(
    ("heading", "verdict"),
    [
        ("“十四五”时期发展成就和2025年工作回顾", True),
        ("（三）主要目标完成情况", True),  # the last marker is the head: a report on targets
        ("第一章 发展基础与总体要求", False),  # a forward part makes it forward
        ("2026年重点工作", False),
        ("“十五五”时期工作", False),
        ("“十四五”时期工作", True),  # in a plan from 2026 the 十四五 is past
        ("一、顺利实现“十四五”发展目标", True),  # b10 宝山: goals of a period that has ended
        ("1.“十四五”时期浦东引领区建设迈出坚实步伐", True),  # b10 浦东: no review word at all
        ("二、“十四五”成就和“十五五”目标", False),  # a part that looks ahead
        ("四、加快建设交通强市", None),
        ("一、“十三五”期间发展成果", True),  # b7 housing plan: 发展成果 reports the past
        ("（三）推动科技成果转化", None),  # 成果 alone is no review word
        ("第一章 规划实施评估", True),
        ("（一）工作基础", True),
        ("（五）夯实发展根基", None),  # a task: 根基/基础 with a work verb is no review
    ],
)
def test_a_heading_is_read_part_by_part_its_last_marker_deciding(
    heading: str, verdict: bool | None
) -> None:
    assert heading_verdict(heading, 2026) is verdict


@pytest.mark.parametrize(
    "lead",
    [
        "——这是砥砺奋进、生态环境持续向好的五年。",
        "这五年，我们坚持生态优先。",
        "刚刚过去的2025年，面对多重困难。",
        "五年来，全县上下团结一心。",
    ],
)
def test_a_paragraph_that_opens_on_the_past_is_a_review(tmp_path: Path, lead: str) -> None:
    text = f"六、生态建设\n{lead}完成造林面积8万亩，森林覆盖率达到46%。\n"
    assert targets_of(tmp_path, text, (2026, 2026)) == []


def test_a_paragraph_reporting_done_facts_is_a_review_whatever_its_heading(
    tmp_path: Path,
) -> None:
    # no review heading, no review lead: two sentences with figures report completed facts
    text = (
        "三、文化旅游\n"
        "景区接待游客比上年增长12%，达到2600万人次。"
        "旅游总收入增长9.5%、高于全省2个百分点，居全省第3位。"
        "新建旅游公路80公里。\n"
    )
    assert targets_of(tmp_path, text, (2026, 2026)) == []
    # one done fact beside plans is not enough: the plan's figures stay targets
    plan = "三、文化旅游\n全县游客人数已突破2000万人次。新建旅游公路80公里，建成驿站20个。\n"
    assert [v for _, v, _ in targets_of(tmp_path, plan, (2026, 2026))] == [80, 20]


def test_a_sentence_that_looks_ahead_in_a_review_is_still_read(tmp_path: Path) -> None:
    text = (
        "一、过去五年工作回顾\n"
        "五年来，全县完成造林面积30万亩，森林覆盖率提高到45%。"
        "今后五年，力争到2030年森林覆盖率达到50%。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [("森林覆盖率", 50, 2030)]


@pytest.mark.parametrize(
    ("sentence", "ahead", "past"),
    [
        ("到2030年，湿地保护率达到60%", True, False),
        ("截至2025年底，湿地保护率达到55%", False, True),
        ("全年游客人数同比增长7%", False, True),
        ("粮食产量连续5年稳定在80万吨以上", False, True),
        ("培育未来产业集群3个", False, False),
        ("力争新增国家A级景区5家", True, False),
    ],
)
def test_sentence_markers(sentence: str, ahead: bool, past: bool) -> None:
    assert looks_ahead(sentence, 0, len(sentence), 2026) is ahead
    assert reports_past(sentence, 0, len(sentence)) is past


def test_a_paragraph_led_by_a_year_before_the_plan_reports_the_past(tmp_path: Path) -> None:
    # 2025年，… in a plan for 2026–2030 is an observation (GUIDE.md: 2023年全市…达到…); 2028年，…
    # in it is a staged goal
    text = (
        "2025年，新增光伏装机容量8万千瓦，公共充电桩达到1.2万个。\n"
        "2025年底，公共充电桩达到1.3万个。\n"
        "2028年，公共充电桩达到2万个以上。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert [(v, d) for _, v, d in got] == [(2, 2028)]


TABLE = "指标\t单位\t2025年\t2030年\t属性\n森林覆盖率\t%\t18.3\t19.5\t约束性\n"


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("一、“十四五”时期发展成就\n", False),  # a table in a review section
        ("三、主要目标\n表1 “十四五”规划主要指标完成情况\n", False),  # a caption that reports
        ("三、主要目标\n表1 “十五五”时期主要指标\n", True),
    ],
)
def test_a_table_that_reports_the_past_gives_no_targets(
    tmp_path: Path, before: str, found: bool
) -> None:
    got = targets_of(tmp_path, before + TABLE, (2026, 2030))
    assert got == ([("森林覆盖率", 19.5, 2030)] if found else [])


def test_a_span_of_years_taken_counts_from_the_plans_start() -> None:
    # 用3—5年时间 in a 2025 report: to the far end, 2029; 用三年时间: 2027
    facts = DocFacts(year=2025, start_year=2025, end_year=2025)
    years = [relative_year(m, facts) for m in RELATIVE_RE.finditer("用3—5年时间，…；用三年时间，…")]
    assert years == [2029, 2027]


def test_what_an_applicant_must_meet_is_no_target(tmp_path: Path) -> None:
    # b34: a pilot notice's 申报主体和要求 states the bar a district clears to apply (面积达到…以上)
    text = (
        "一、工作目标\n"
        "到2027年，全市创建低碳示范社区60个。\n"
        "二、申报主体和要求\n"
        "（1）示范社区住户达到1000户以上。\n"
        "（2）建筑面积达到5万平方米以上。\n"
        "三、保障措施\n"
        "各区于2026年底前完成首批15个示范社区建设。\n"
    )
    got = targets_of(tmp_path, text, (2025, 2027))
    assert [(m, v) for m, v, _ in got] == [("低碳示范社区", 60), ("示范社区建设", 15)]


def test_a_plan_that_is_a_noun_does_not_look_ahead() -> None:
    # b23 江西: 全省本科招生计划新增2万余个 reports the past; 计划新建… looks ahead
    past = "高考综合改革平稳落地，全省本科招生计划新增2万余个。"
    assert not looks_ahead(past, 0, len(past), 2025)
    ahead = "全省计划新建学校30所。"
    assert looks_ahead(ahead, 0, len(ahead), 2025)


def test_a_plan_from_a_periods_last_year_reviews_that_period(tmp_path: Path) -> None:
    # b34 吕梁: a plan of 2025–2030 belongs to the 十五五; its “十四五”期间…印发了… reports the past,
    # while an action plan of 2025–2027 keeps 2025 ahead
    assert period_first(2025, 2030) == 2026 and period_first(2025, 2027) == 2025
    text = (
        "一、发展现状与形势\n"
        "“十四五”期间，我市印发了专项规划，全市加油站规划800座，充电桩5000座。"
        "截至目前，加油站实际建成约500座。\n"
        "二、规划目标\n"
        "到2030年，全市建成综合能源站60座。\n"
    )
    got = targets_of(tmp_path, text, (2025, 2030))
    assert [(v, d) for _, v, d in got] == [(60, 2030)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "截至目前，全区共建设98座加油站，9座加气站和99座快充站。",
        "截至2024年6月底，全区已建成公用充电桩1200个，换电站8座。",
    ],
)
def test_a_paragraph_that_opens_with_where_things_stand_reports_the_past(
    tmp_path: Path, paragraph: str
) -> None:
    # b36 涪陵: 截至目前，… / 截至2024年6月底，… in a plan of 2025–2030 state what there is
    text = f"一、规划背景\n{paragraph}\n二、发展目标\n到2030年，全区建成综合能源站20座。\n"
    assert [(v, d) for _, v, d in targets_of(tmp_path, text, (2025, 2030))] == [(20, 2030)]


def test_a_heading_that_names_the_years_it_looks_back_on_reviews() -> None:
    # b38 松江: 一、转型升级中砥砺奋进的五年 under 第一章 …站上新起点
    from plantrack.parse.review import heading_verdict

    assert heading_verdict("一、转型升级中砥砺奋进的五年", 2026) is True
    assert heading_verdict("一、极不平凡的一年", 2026) is True
    assert heading_verdict("展望未来的五年", 2026) is not True
    assert heading_verdict("二、今后五年的主要任务", 2026) is False
