"""The seventieth round: forms of the retired texts (one-character list items, a year's highlights)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values, targets_of


def test_one_character_goods_share_the_measure_of_the_last() -> None:
    found = targets_of("力争全区肉、奶、禽蛋产量分别增长10%、9%、2%。", 2023, 2023)
    assert [t.metric for t in found] == ["肉产量增长", "奶产量增长", "禽蛋产量增长"]


def test_a_section_of_highlights_reports_the_past(tmp_path: Path) -> None:
    text = (
        "二、全市三农工作亮点\n"
        "（一）大豆玉米带状复合种植实现一季双收。2022年，大豆玉米带状复合种植收获面积约11.6万亩，"
        "平均每亩收获玉米约580公斤。\n"
        "三、2023年工作目标\n"
        "全市粮食播种面积稳定在330万亩以上。\n"
    )
    assert document_values(tmp_path, text, 2022, 2023) == [330.0]


def test_a_page_that_opens_on_the_years_results_reviews_until_the_years_work(
    tmp_path: Path,
) -> None:
    text = (
        "实施省重大项目235个、完成投资1477亿元。\n"
        "完成城中村改造1.2万户，推出公租房1.4万套。\n"
        "二、2026年重点工作\n"
        "社会消费品零售总额增长5%左右。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [5.0]


def test_the_tail_of_a_goals_list_above_the_years_work_stays_a_goal(tmp_path: Path) -> None:
    text = (
        "——人口自然增长率控制在8.7‰以内；\n"
        "——城镇登记失业率控制在4%以内。\n"
        "二、2002年国民经济和社会发展的主要任务\n"
        "（一）推进西部大开发战略的深入实施。\n"
    )
    assert document_values(tmp_path, text, 2002, 2002) == [8.7, 4.0]


def test_a_body_that_restates_its_item_heading_is_one_target(tmp_path: Path) -> None:
    text = (
        "2023年为民办实事项目如下：\n"
        "（九）新增养老床位250张\n"
        "新增378张养老床位，超额完成年度任务。\n"
        "（十）新增6个社区“宝宝屋”\n"
        "新增6个社区“宝宝屋”。\n"
    )
    assert document_values(tmp_path, text, 2023, 2023) == [250.0, 6.0]


def test_a_review_goes_on_past_words_that_only_sound_ahead(tmp_path: Path) -> None:
    text = (
        "一、1998年工作回顾和1999年工作的总体要求\n"
        "过去一年，面对复杂严峻的国内外经济环境，全国各族人民团结奋斗，取得了显著成绩。\n"
        "国民经济保持较快增长。\n"
        # 预定目标: the goal set before; 计划生育 and 斗争取得 are no plan nor aim
        "国内生产总值比上年增长7.8％，虽然略低于8％的预定目标。\n"
        "计划生育、卫生、体育等各项社会事业，取得新的成绩。廉政建设和反腐败斗争取得新进展。\n"
        "城镇居民人均可支配收入实际增长5.8％。\n"
        "二、1999年的主要任务\n"
        "今年的经济增长预期为7%左右。\n"
    )
    assert document_values(tmp_path, text, 1999, 1999) == [7.0]


def test_a_paragraph_that_states_goals_turns_a_section_read_as_review_ahead(
    tmp_path: Path,
) -> None:
    # the 十五 outline of 2001: a goal line (资源节约和保护取得明显成效) read as a heading that says
    # review; the next paragraph states goals and turns the section ahead
    text = (
        "\u3000\u3000科技、教育发展的主要预期目标是：2005年全社会研究与开发经费占国内生产总值的比例提高到1.5％以上，科技创新能力增强，技术进步加快\n"
        "各级各类教育加快发展，基本普及九年义务教育的成果进一步巩固，初中毛入学率达到90％以上，高中阶段教育和高等教育毛入学率力争分别达到60％左右和15％左右\n"
        "\u3000\u3000可持续发展的主要预期目标是：人口自然增长率控制在9‰以内，2005年全国总人口控制在13.3亿人以内\n"
        "生态恶化趋势得到遏制，森林覆盖率提高到18.2％，城市建成区绿化覆盖率提高到35％\n"
        "城乡环境质量改善，主要污染物排放总量比2000年减少10％\n"
        "资源节约和保护取得明显成效\n"
        "\u3000\u3000提高人民生活水平的主要预期目标是：居民生活质量有较大提高，基本公共服务比较完善\n"
        "城镇居民人均可支配收入和农村居民人均纯收入年均增长5％左右\n"
        "2005年城镇居民人均住宅建筑面积增加到22平方米，全国有线电视入户率达到40％\n"
    )
    values = document_values(tmp_path, text, 2001, 2005)
    assert values[-3:] == [5.0, 22.0, 40.0]


def test_either_of_two_targets_joined_by_或_is_read() -> None:
    text = "城市生活污水集中收集率力争达到70%或较2020年提高5个百分点以上。"
    found = targets_of(text, 2022, 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("城市生活污水集中收集率", 70.0, "%"),
        ("城市生活污水集中收集率提高", 5.0, "个百分点"),
    ]


def test_a_deadline_after_the_document_it_quotes_governs_the_next_sentences() -> None:
    text = (
        "根据《行动方案》,到2025年,青海推出50条生态旅游精品线路。接待旅游人次7300万,"
        "年均增速20%以上,文化和旅游产业增加值占GDP的12%。到2035年,生态旅游体系基本建立。"
    )
    found = targets_of(text, 2021, 2035)
    assert [t.deadline for t in found] == [2025, 2025, 2025, 2025]
    # a share after a yearly growth rate is a level, not each year's
    assert [t.kind.value for t in found][-2:] == ["annual", "level"]


def test_力争_after_a_count_of_the_works_structure_leads_the_targets() -> None:
    text = (
        "2019年，小溪塔街道将重点抓好五个方面的工作，力争规模工业增加值增长9%，"
        "固定资产投资增长11.5%，社会消费品零售总额增长12%。"
    )
    assert [t.aspiration for t in targets_of(text, 2019, 2019)] == [True, True, True]
