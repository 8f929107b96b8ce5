"""Twentieth round: classes of misses still left in the retired batches, each in words other
than the documents they were seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets
from saved_text import parse_lines

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, start: int = 2026, end: int = 2026) -> list[tuple]:
    context = ParagraphContext(DocFacts(end_year=end, start_year=start, year=start))
    targets = extract_targets(text, node_id="p", end_year=end, location=LOC, context=context)
    return [(t.metric, t.value, t.unit) for t in targets]


def test_things_counted_then_the_work_on_them() -> None:
    # a 民生实事 item that names the things and ends with the work done on them
    assert found("5. 城区12所中小学校舍维修加固。") == [("城区中小学校舍维修加固", 12, "所")]
    assert found("老城片区3座人行天桥改造。") == [("老城片区人行天桥改造", 3, "座")]
    # a note whose bracket the clause's end cuts open does not hide the work
    got = found("镇村道路45座危桥改造(其中:县道8座、乡道37座)。")
    assert got[0] == ("镇村道路危桥改造", 45, "座")


def test_a_number_inside_a_phrase_without_work_is_still_no_target() -> None:
    # the words after the number go on: nothing says the things are to be made or mended
    assert found("沿江5座码头周边环境明显改善。") == []
    # 二次供水: a Chinese numeral that is part of a name, even before a work verb
    assert found("实施郊区居民住宅二次供水设施改造。") == []


def test_the_people_a_service_reaches() -> None:
    # 为/向 N名 … and a service: the people reached are the target, the service the metric
    assert found("为1200名失独老人购买意外伤害保险。") == [("失独老人购买意外伤害保险", 1200, "名")]
    assert found("向3000名困难群众发放冬季救助物资。") == [("困难群众发放冬季救助物资", 3000, "名")]
    # the service named before them
    assert found("减免1.2万名在园幼儿保教费。") == [("减免在园幼儿保教费", 1.2, "万名")]
    # 培训 before a count of people is how much training, not whom it serves (no change there)
    assert found("开展职业技能培训8万人次。") == [("开展职业技能培训", 8, "万人次")]


def test_a_count_without_a_noun_counts_the_things_the_clause_before_adds() -> None:
    assert found("推进老旧小区加装电梯，全年新增120部。") == [("老旧小区加装电梯", 120, "部")]
    got = found("公交首末站增设充电桩，三年累计新增300个，方便市民出行。")
    assert got == [("公交首末站增设充电桩", 300, "个")]
    # a clause before with a figure of its own lends nothing; a share is not a count
    assert found("全县新建公园5个，全年新增3个。")[1][0] != "全县新建公园5个"
    assert found("推进老旧小区加装电梯，覆盖率达到60%。")[0][0] == "覆盖率"


def test_a_share_of_units_after_a_distributive_scope() -> None:
    # 各县(区) says where each share applies; it is not the subject of 不少于
    assert found("各乡镇不低于50%的村建成综合服务站。") == [("村建成综合服务站", 50, "%")]
    assert found("各县（区）不少于20%的养老机构设置认知障碍照护专区。")[0][1:] == (20, "%")


def test_a_bound_between_the_verb_and_the_number() -> None:
    # 增加超N个 / 为超N名: the verb's reading holds, 超 gives the comparator
    assert found("全年增加超200个行政村通客车。") == [("行政村通客车", 200, "个")]
    got = extract("为超3万名65岁以上老年人免费提供健康体检。")
    assert (got[0].value, got[0].unit, got[0].comparator.value) == (3, "万名", ">")
    assert found("坚守120万亩耕地保护红线。") == [("耕地保护红线", 120, "万亩")]


def test_a_standard_of_money_paid_out_is_no_target() -> None:
    assert found("城乡低保标准提高到不低于800元/月和520元/月。") == []
    assert found("特困人员基本生活标准提高到每人每月900元。") == []
    # a wage floor or an income is not money the government pays out
    assert found("城乡居民人均可支配收入达到5万元。") == [("城乡居民人均可支配收入", 5, "万元")]


def extract(text: str):
    context = ParagraphContext(DocFacts(end_year=2026, start_year=2026, year=2026))
    return extract_targets(text, node_id="p", end_year=2026, location=LOC, context=context)


def test_a_fenbie_list_of_money_paid_out_is_no_target() -> None:
    assert found("中央和省级补助资金分别为3亿元和2亿元。") == []
    assert found("城乡低保标准分别提高到不低于800元/月和520元/月。") == []
    # revenue is not money paid out
    got = found("一般公共预算收入和税收收入分别达到300亿元和240亿元。")
    assert got == [("一般公共预算收入", 300, "亿元"), ("税收收入", 240, "亿元")]


def test_the_places_a_work_is_done_in() -> None:
    # 在/对 N个 … 实施/开展/启动 …: the places reached are the target, the work the metric
    got = found("在12个乡镇开展农村集体经济强村试点。")
    assert got == [("乡镇开展农村集体经济强村试点", 12, "个")]
    # a threshold right after the count qualifies the things counted; it is no target
    got = found("对全市300个20户以上自然村实施污水治理。")
    assert [(v, u) for _, v, u in got] == [(300, "个")]


def test_a_coverage_stated_as_a_share() -> None:
    # 实现100%覆盖: the share is the value, the coverage the measure; no second, qualitative record
    assert found("农村生活垃圾收运处置体系实现100%覆盖。") == [
        ("农村生活垃圾收运处置体系覆盖率", 100, "%")
    ]
    assert found("家庭医生签约服务实现100%全覆盖。") == [("家庭医生签约服务覆盖率", 100, "%")]


def kinds(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.kind.value) for t in extract(text)]


def test_a_clause_whose_own_verb_follows_a_manner_inherits_no_kind() -> None:
    text = "新增学生宿舍床位6万个，线上线下开展家庭教育指导活动1万场。"
    assert kinds(text) == [(6, "increment"), (1, "level")]
    text = "新建田间道路38公里、农田林网241公里，种植乡土苗木8000株。"
    assert kinds(text) == [(38, "increment"), (241, "increment"), (8000, "level")]
    # without a verb of its own the clause still inherits (新培养A1200名，B1000名)
    assert kinds("新培养技能人才1200名，高级工800名。") == [(1200, "increment"), (800, "increment")]


def test_the_time_within_which_something_arrives() -> None:
    got = extract("城区消防救援力量实现5分钟内到达火灾现场。")
    assert [(t.metric, t.value, t.unit, t.comparator.value) for t in got] == [
        ("城区消防救援力量到达火灾现场用时", 5, "分钟", "<=")
    ]
    assert found("群众诉求3个工作日内办结。") == [("群众诉求办结用时", 3, "个工作日")]
    # a duration that names a place stays no target
    assert found("打造15分钟生活圈。") == []


def test_a_paragraph_of_achievements_stated_as_states_reached() -> None:
    # no heading, no 了: 全部完成, 荣获, 预计增长, 创历史新高 report the year just past
    text = (
        "民生保障全面加强。城镇新增就业6.45万人。1.2万套保障房建设任务全部完成。"
        "13个集体荣获全国民族团结进步模范集体。城乡居民收入预计分别增长4.4%、7.1%。"
    )
    assert extract(text) == []
    # the same figures as a year's tasks are targets
    tasks = "城镇新增就业6.5万人。完成1.2万套保障房建设任务。城乡居民收入分别增长5%、7%。"
    assert [t.value for t in extract(tasks)] == [6.5, 1.2, 5, 7]


def test_items_in_title_marks_are_clauses() -> None:
    # a 政策解读 page lists the year's items each in 《》
    text = "《通知》主要包括《城镇新增就业1500人以上》《建成幼儿园2所,新增园位600个以上》。"
    assert found(text) == [("城镇新增就业", 1500, "人"), ("幼儿园", 2, "所"), ("园位", 600, "个")]
    # a document's or a book's name keeps its marks: its numbers are names
    assert found("认真落实《关于实施2026年10件民生实事的通知》。") == []
    assert found("贯彻《2030年前碳达峰行动方案》。") == []


def test_a_share_of_the_places_covered() -> None:
    assert found("5G网络覆盖95%以上行政村。") == [("5G网络覆盖行政村比例", 95, "%")]
    assert found("千兆光网覆盖90%的行政村。") == [("千兆光网覆盖行政村比例", 90, "%")]


def test_a_count_of_the_plans_own_targets_is_no_target() -> None:
    assert found("——关于经济发展类目标(13个)") == []


def test_a_list_of_pollutants_shares_its_emission_cut() -> None:
    got = found("今年化学需氧量、氨氮排放量要下降2%。")
    assert got == [("化学需氧量排放量下降", 2, "%"), ("氨氮排放量下降", 2, "%")]
    # a list of things that are not pollutants stays one target (高新技术、科技型中小企业数量)
    assert len(found("高新技术、科技型中小企业数量增长10%以上。")) == 1


def test_an_item_number_glued_to_the_count_after_it() -> None:
    # 2.50个小区: item 2, then 50 小区 — a count unit takes no decimal
    assert found("2.50个小区新增电动自行车充电设施。") == [("小区新增电动自行车充电设施", 50, "个")]
    assert found("2.5万个充电桩建成投用。")[0][1:] == (2.5, "万个")  # a decimal with 万 stays


def test_a_ratio_of_incomes_and_a_count_whose_things_the_clause_before_names() -> None:
    assert found("城乡居民收入倍差缩小到1.7以内。") == [("城乡居民收入倍差", 1.7, None)]
    got = found("启动新一轮棚户区改造攻坚计划，今年开工50万套。")
    assert got[0][1:] == (50, "万套") and "棚户区改造" in got[0][0]


def test_a_share_achieved_and_a_temperature() -> None:
    assert found("城市建成区实现100%清洁取暖。") == [("城市建成区清洁取暖比例", 100, "%")]
    got = found("居民起居室供热室温全部达到20℃。")
    assert [(v, u) for _, v, u in got] == [(20, "℃")]


def test_a_number_after_an_ascii_comma_is_read() -> None:
    # copied text keeps ASCII commas between a word and a number: 剩余8项中,15个…
    got = found("全年新建公园5个,15个口袋公园改造。")
    assert [(v, u) for _, v, u in got] == [(5, "个"), (15, "个")]


def test_a_progress_report_keeps_its_tasks_and_drops_what_is_done() -> None:
    text = "剩余8项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%)。"
    assert found(text) == [("嵌入式养老机构建设", 2, "个"), ("农村幸福院建设", 15, "个")]
    # a figure given with its completion rate is what was done
    assert found("为困难残疾人提供康复救助2539名,完成率100.27%。") == []


def test_a_years_statistics_copied_without_their_heading() -> None:
    # bare figures, an achievement no plan states as a goal, nothing that looks ahead
    text = "——人民生活水平得到新提升。城镇新增就业75.95万人，创历年新高，城镇调查失业率平均值5.2%。"
    text += "农村常住居民人均可支配收入增长6.4%。"
    assert extract(text) == []
    # a review whose completed facts stand in sentences without figures (正式发布, 入选, 获…奖)
    text = (
        "城市功能持续增强。正式发布都市圈发展规划，城镇化率达71.8%。开工老旧小区改造36万户。"
        "4个项目获中国人居环境范例奖，福州入选首批城市更新示范城市。"
    )
    assert extract(text) == []


def test_a_plans_yearly_lines_with_running_totals_stay_targets() -> None:
    # 累计完成 and a precise rate in a plan's line for a year: no achievement word, so targets
    text = "2026年新增完成377个未治理自然村，累计完成977个行政村治理，行政村治理率达90.55%。"
    assert [t.value for t in extract(text)] == [377, 977, 90.55]


def test_a_years_output_to_the_hundredth_of_a_yi_is_a_statistic() -> None:
    text = (
        "——经济运行稳中有进、发展态势向上向好。全年地区生产总值达到32193.15亿元、增长5.7%，"
        "规上工业增加值增长7.3%，社会消费品零售总额增长3.6%，市场预期和社会信心不断增强。"
    )
    assert extract(text) == []
    # the same with a bound or an aim is a goal
    assert (
        len(extract("全年地区生产总值力争达到32200亿元、增长5.5%左右，规上工业增加值增长6%。")) == 3
    )


def test_a_star_before_list_items_is_a_mark() -> None:
    got = found("2.*新增1家社区长者食堂、*3家乡村长者照护之家。")
    assert got == [("社区长者食堂", 1, "家"), ("乡村长者照护之家", 3, "家")]
    assert [t.kind.value for t in extract("*新建改建20个健身苑点。")] == ["level"]


def test_an_achievement_that_names_the_period_is_no_look_ahead() -> None:
    # 提前完成“十四五”…任务 in a 2026 report names the period it achieved something in
    text = (
        "（三）绿色转型实现突破。新能源发电装机达1.15亿千瓦，核准和在建核电机组1003万千瓦、居全国第二位。"
        "海阳核能供暖入选国家首批绿色低碳示范项目。提前完成“十四五”主要污染物减排任务。"
    )
    assert extract(text) == []
    # a goal for the period stays a goal
    got = extract("确保完成“十四五”减排任务，新能源发电装机达到1.3亿千瓦。")
    assert [t.value for t in got] == [1.3]


def test_a_progress_report_restating_its_targets_with_a_bound() -> None:
    # under a 完成情况 heading, the item restates the year's target with 不少于, then the progress
    context = ParagraphContext(DocFacts(end_year=2026, start_year=2026, year=2026), review=True)
    text = "1.引进龙头企业投资项目不少于3个;新开工亿元以上产业项目100个。上半年,引进投资项目2个。"
    got = extract_targets(text, node_id="p", end_year=2026, location=LOC, context=context)
    assert [t.value for t in got] == [3, 100]
    # a review paragraph without a bound or a look ahead still gives nothing
    done = "上半年,引进投资项目2个,新开工亿元以上产业项目60个。"
    assert extract_targets(done, node_id="p", end_year=2026, location=LOC, context=context) == []


def test_a_one_year_reports_preamble_reports_the_year_before(tmp_path) -> None:
    # copied without its 工作回顾 heading: what comes before the year's 主要预期目标 is the past,
    # but the five-year goals a report states before its year's are goals
    lines = [
        "——我们坚持稳中求进。外资企业数量增长19.2%，服务贸易增长23.9%，新增经营主体19.5万户。",
        "——我们集中力量、重点突破，确保七大攻坚战见行见效。新增涉税经营主体19.5万户、增长22.1%。",
        "“十五五”时期，全省地区生产总值年均增长5%左右。",
        "全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业17万人以上。",
    ]
    parsed = parse_lines(tmp_path, lines, "政府工作报告", (2026, 2026))
    assert sorted((t.value, t.unit) for t in parsed.targets if t.value is not None) == [
        (5, "%"),
        (5, "%"),
        (17, "万人"),
    ]
