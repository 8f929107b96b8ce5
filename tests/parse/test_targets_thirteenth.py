"""Thirteenth round: misses of the retired twelfth batch, as classes, each in words other than
the documents they were seen in (tables have theirs in tests/read)."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.phrases import post_metric
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, start: int = 2026, end: int = 2030) -> list[tuple]:
    context = ParagraphContext(DocFacts(end_year=end, start_year=start))
    targets = extract_targets(text, node_id="p", end_year=end, location=LOC, context=context)
    return [(t.metric, t.value, t.unit, t.comparator.value, t.kind.value) for t in targets]


def test_a_ceiling_not_to_be_broken() -> None:
    assert found("全县耕地保有量不突破下限，建设用地总规模不突破85平方公里。") == [
        ("建设用地总规模", 85, "平方公里", "<=", "level")
    ]


def test_words_that_end_in_a_modal_character() -> None:
    # 应 after 供 is the end of 供应, not a modal verb to drop
    assert found("每年天然气供应达到12亿立方米。")[0][0] == "天然气供应"
    assert found("固体废物综合利用量应达到30万吨。")[0][0] == "固体废物综合利用量"
    # 建设用地, 建成区: nouns that open with a creation verb
    assert found("建成区绿地率达到41%。")[0][0] == "建成区绿地率"


def test_the_noun_after_the_number_is_the_metric_in_a_list() -> None:
    got = found("守牢生态保护红线，确保全县35万亩林地、8万亩湿地保护面积不减少。")
    assert [(m, v) for m, v, *_ in got] == [("林地", 35), ("湿地保护面积不减少", 8)]


def test_a_work_verb_closed_by_提升_counts_its_object() -> None:
    # 改造提升 is one work verb: 提升 + number is not a change of a measure here
    got = found("完成新建12万亩、改造提升9万亩高标准农田。")
    # the value after a bare verb counts the noun the next value names
    assert [(m, v, u) for m, v, u, *_ in got] == [
        ("新建高标准农田", 12, "万亩"),
        ("高标准农田", 9, "万亩"),
    ]
    assert found("整治提升农贸市场30个。") == [("整治提升农贸市场", 30, "个", ">=", "level")]


def test_what_shall_be_done_in_total_is_no_report_of_the_past() -> None:
    text = (
        "按照三年行动方案，全县三年应累计完成900亩闲置土地处置。"
        "2026年和2027年已累计完成约600亩，2028年应完成剩余300亩处置任务（各乡镇任务详见附件）。"
    )
    got = found(text, start=2026, end=2028)
    assert [(m, v, k) for m, v, _, _, k in got] == [
        ("闲置土地处置", 900, "cumulative"),
        # the figure of the past hands its 累计 on to no one; the pointer in brackets is cut
        ("处置任务", 300, "level"),
    ]


def test_a_pointer_to_an_annex_is_cut_from_a_metric() -> None:
    assert post_metric("改造任务（具体见附件2）") == "改造任务"
    assert post_metric("改造任务（含老旧小区）") == "改造任务（含老旧小区）"


def test_a_noun_opening_with_节_is_no_section_of_the_plan() -> None:
    assert found("完成区档案馆等8个节能改造项目。") == [("节能改造项目", 8, "个", ">=", "level")]
    assert found("本方案共分6章。") == []


def test_a_leading_span_of_years_is_due_at_its_end() -> None:
    got = found("2026年-2027年创建40个口袋公园，新增2000个共享停车位。", start=2026, end=2030)
    assert [(m, v, k) for m, v, _, _, k in got] == [
        ("口袋公园", 40, "level"),
        ("共享停车位", 2000, "increment"),
    ]
    targets = extract_targets(
        "2026年-2027年创建40个口袋公园。",
        node_id="p",
        end_year=2030,
        location=LOC,
        context=ParagraphContext(DocFacts(end_year=2030, start_year=2026)),
    )
    assert [t.deadline for t in targets] == [2027]


def test_from_a_year_on_is_no_deadline() -> None:
    text = "2026年起将国Ⅱ排放标准机械纳入禁用范围，年均更新非道路移动机械300台左右。"
    context = ParagraphContext(DocFacts(end_year=2028, start_year=2026))
    (target,) = extract_targets(text, node_id="p", end_year=2028, location=LOC, context=context)
    assert (target.value, target.deadline) == (300, 2028)


def test_a_five_year_period_without_年_governs_its_clause() -> None:
    # no 年 in the paragraph: “十四五”末 and a bare “十四五” opening a clause are still deadlines
    context = ParagraphContext(DocFacts(end_year=2030, start_year=2022))
    for text in (
        "“十四五”末新建陆上风电场不少于2座。",
        "建设风电场。“十四五”新建陆上风电场不少于2座。",
    ):
        (target,) = extract_targets(text, node_id="p", end_year=2030, location=LOC, context=context)
        assert target.deadline == 2025


def test_a_note_in_brackets_after_the_value_is_no_metric() -> None:
    got = found("全市屋顶光伏装机容量确保达到100MW，力争达到150MW（本方案口径不含工业厂房）。")
    assert [(m, v) for m, v, *_ in got] == [("屋顶光伏装机容量", 100), ("屋顶光伏装机容量", 150)]
    # the metric may follow the note
    got = found("持续推进36个（受益面积12万亩）圩区达标改造建设。")
    assert [(m, v) for m, v, *_ in got] == [("圩区达标改造建设", 36)]


def test_a_completion_reported_beside_its_target() -> None:
    # a progress report's row: the target, then what was done and the rate of completion
    got = found("3.新增城镇就业岗位2600个 完成1100个,完成率42.3%", start=2024, end=2024)
    assert [(m, v, u) for m, v, u, *_ in got] == [("城镇就业岗位", 2600, "个")]
    got = found("*2.开展技能培训不少于900人次 完成356人次", start=2024, end=2024)
    assert [(m, v) for m, v, *_ in got] == [("开展技能培训", 900)]
    # not a completion of that target: another measure (15天 / 1次), or years before 完成
    assert found("三年累计完成600个积水点改造。", start=2024, end=2026)[0][1] == 600


def test_weeks_and_working_days_as_limits() -> None:
    got = found("力争将药品临床试验审批时间压缩至4周以内，将备案办理时限压缩至15个工作日以内。")
    assert [(m, v, u, c) for m, v, u, c, _ in got] == [
        ("药品临床试验审批时间", 4, "周", "<="),
        ("备案办理时限", 15, "个工作日", "<="),
    ]
    assert found("隆重纪念建校100周年。") == []


def test_a_verb_right_before_the_number_puts_the_metric_after_it() -> None:
    assert found("开发3—5个区域特色预制菜品。")[0][:3] == ("区域特色预制菜品", 3, "个")
    assert found("坚决守住120万亩耕地保护红线。")[0][:3] == ("耕地保护红线", 120, "万亩")


def test_a_count_of_the_plans_own_items_or_in_a_title_is_no_target() -> None:
    assert found("2026年全县实施32项民生实事。") == []
    title = "县政府办公室关于2026年实施32项民生实事的通知 文号：某政办〔2026〕3号"
    assert found(title) == []


def test_a_count_in_brackets_after_its_noun() -> None:
    got = found("新建、改造社区健身场地(45个)、举办全民健身赛事活动(120场)", start=2024, end=2024)
    assert [(m, v, u) for m, v, u, *_ in got] == [
        ("新建、改造社区健身场地", 45, "个"),
        ("全民健身赛事活动", 120, "场"),  # 举办 is the work verb, as 建成 is
    ]
    assert found("一、促进就业(3项)", start=2024, end=2024) == []  # a heading's count of items


def test_a_share_of_units_that_set_something_up() -> None:
    got = found("85%的乡镇卫生院设置中医馆。")
    assert [(m, v, u) for m, v, u, *_ in got] == [("乡镇卫生院设置中医馆", 85, "%")]


def test_work_on_what_exists_is_no_report_of_it() -> None:
    # 改扩建现有N个: the work is the target; 现有 alone reports the state today
    got = found("改扩建现有12个区级应急物资储备库。", start=2026, end=2030)
    assert [(m, v) for m, v, *_ in got] == [("区级应急物资储备库", 12)]
    assert found("全区现有消防站8个。", start=2026, end=2030) == []


def test_places_sharing_the_total_of_the_sentence_before() -> None:
    text = "2026年度全省计划完成农村户厕改造任务3200户。其中，甲市420户，乙市615户。"
    got = found(text, start=2026, end=2026)
    assert [(m, v) for m, v, *_ in got] == [
        ("农村户厕改造任务", 3200),
        ("甲市农村户厕改造任务", 420),
        ("乙市农村户厕改造任务", 615),
    ]


def test_people_a_service_reaches() -> None:
    got = found("免费为2000名65岁以上老年人提供家庭医生签约服务。", start=2026, end=2026)
    assert [(v, u) for _, v, u, *_ in got] == [(2000, "名")]
    assert "家庭医生签约服务" in got[0][0]
    assert found("人均可支配收入为5万元。")[0][0] == "人均可支配收入"


def test_new_count_units_and_money_raised() -> None:
    got = found("开展200堂安全教育课，完成900批次农产品抽检，完成500例新生儿听力筛查。")
    assert [(v, u) for _, v, u, *_ in got] == [(200, "堂"), (900, "批次"), (500, "例")]
    assert found("2026年筹集资金约80亿元，其中财政性资金30亿元。", start=2026, end=2026) == []
    assert found("培育一批龙头企业。") == []  # 一批 is no count


def test_round_hundreds_of_things_achieved() -> None:
    got = found("到2027年，突破百项关键技术，制定百项行业标准。")
    assert [(m, v, u, c) for m, v, u, c, _ in got] == [
        ("关键技术", 100, "项", ">="),
        ("行业标准", 100, "项", ">="),
    ]
    assert found("培育超千亿元企业5家。")[0][1:3] == (5, "家")  # a threshold, then the count


def test_the_size_of_a_place_is_no_target() -> None:
    assert found("创新区覆盖全区，总规划面积约35平方公里。") == []
    assert found("到2030年，公园绿地面积达到120公顷。")[0][:2] == ("公园绿地面积", 120)


def test_a_note_cut_open_by_the_clause_end() -> None:
    # the bracket after the value holds a comma, so the clause ends inside it
    got = found("单位GDP能耗下降3%(分管副市长负责,市发展改革委牵头)。", start=2026, end=2026)
    assert [(m, v) for m, v, *_ in got] == [("单位GDP能耗下降", 3)]
    got = found("实施危桥改造8座(其中:3座四类危桥、5座窄桥)。", start=2026, end=2026)
    assert [(m, v) for m, v, *_ in got] == [("危桥改造", 8), ("四类危桥", 3), ("窄桥", 5)]


def test_a_list_of_items_in_bar_separated_cells() -> None:
    text = "序号 | 项目名称 |\n1 | 名医下乡项目:建设基层名医工作站6个 |\n2 | 水库山塘维修12座 |"
    got = found(text, start=2025, end=2025)
    assert [(v, u) for _, v, u, *_ in got] == [(6, "个"), (12, "座")]


def test_funds_a_government_level_puts_in_are_a_budget() -> None:
    text = "计划安排资金900万元，其中市级安排60万元，县(市、区)匹配300万元。"
    assert found(text, start=2023, end=2023) == []


def test_what_is_installed_or_opened_for_places() -> None:
    got = found("为12个老旧小区安装智能门禁，对30所中小学校食堂安装视频监控，开设80个暑期托管班。")
    assert [(v, u) for _, v, u, *_ in got] == [(12, "个"), (30, "所"), (80, "个")]


def test_a_clause_with_its_own_building_verb_inherits_no_kind() -> None:
    got = found("新建城市道路12公里，续建地下综合管廊3公里。", start=2026, end=2026)
    assert [(v, k) for _, v, _, _, k in got] == [(12, "increment"), (3, "level")]


def test_the_nth_year_of_the_plan_is_a_deadline() -> None:
    context = ParagraphContext(DocFacts(end_year=2028, start_year=2026))
    text = "原则上第一年全区应完成整治任务500亩，第三年全区应完成整治任务300亩。"
    targets = extract_targets(text, node_id="p", end_year=2028, location=LOC, context=context)
    assert [(t.value, t.deadline) for t in targets] == [(500, 2026), (300, 2028)]
    assert all(not t.metric.startswith(("原则上", "第")) for t in targets)


def test_more_than_after_a_magnitude_and_negated_bounds() -> None:
    got = found("完成2.3万余个垃圾箱房改造，补建市政消火栓120具。", start=2019, end=2019)
    assert [(v, u, c) for _, v, u, c, _ in got] == [(2.3, "万个", ">"), (120, "具", ">=")]
    got = found("公共建筑屋顶光伏面积比例不得低于40%，能耗不得超过限额的90%。")
    assert [(v, c) for _, v, _, c, _ in got] == [(40, ">="), (90, "<=")]
    assert found("使用寿命应在20年以上。")[0][0] == "使用寿命"
    assert found("选取3具有代表性的街道试点。") == []


def test_one_thing_a_work_verb_provides_and_other_small_forms() -> None:
    got = found("配置一辆通信保障车，增设1个小型消防站。", start=2021, end=2025)
    assert [(m, v, u) for m, v, u, *_ in got] == [("通信保障车", 1, "辆"), ("小型消防站", 1, "个")]
    assert found("打造一个平台。") == []
    got = found("为全县1600名留守儿童提供关爱服务，河湖清淤10万方。", start=2026, end=2026)
    assert [(v, u) for _, v, u, *_ in got] == [(1600, "名"), (10, "万方")]
    assert found("从3方面推进改革。") == []


def test_a_clause_with_a_verb_of_its_own_keeps_its_own_kind() -> None:
    text = "新建停车泊位4000个以上;新增和改建公共自行车服务点80处,更新公共自行车5000辆。"
    got = found(text, start=2017, end=2017)
    assert [(v, k) for _, v, _, _, k in got] == [
        (4000, "increment"),
        (80, "level"),
        (5000, "level"),
    ]
