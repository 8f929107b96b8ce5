"""Project plans (重大工程建设计划 and the like): what a plan counts as its goal — new starts,
completions, investment made — and what only describes its list (在建, 总投资, N个…分别是)."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets
from saved_text import parse_lines

LOC = Location(node="c1.p1", chapter=1, path=["一、正式项目"])


def found(text: str, year: int = 2027) -> list[tuple]:
    context = ParagraphContext(DocFacts(end_year=year, start_year=year, year=year))
    targets = extract_targets(text, node_id="p", end_year=year, location=LOC, context=context)
    return [(t.metric, t.value, t.unit, t.kind.value) for t in targets]


def test_new_starts_and_completions_of_a_category_keep_their_own_verb_and_kind() -> None:
    got = found("教育卫生类项目9个，其中计划新开工4个、计划建成3个、在建2个。")
    assert ("教育卫生类项目新开工", 4, "个", "increment") in got
    assert ("教育卫生类项目建成", 3, "个", "level") in got
    assert all(value != 2 for _, value, _, _ in got)  # 在建: work under way, not a goal


def test_a_plan_total_names_its_verb_when_the_noun_is_only_项目() -> None:
    got = found("全年计划新开工项目31个、计划建成项目12个、在建项目20个。")
    assert got == [("新开工项目", 31, "个", "increment"), ("建成项目", 12, "个", "level")]


def test_investment_made_is_a_target_and_the_projects_total_investment_is_not() -> None:
    got = found("项目总投资约245亿元，2027年计划完成投资58.5亿元。")
    assert got == [("完成投资", 58.5, "亿元", "level")]


def test_a_count_that_opens_the_list_of_its_items_is_not_a_target() -> None:
    assert found("（1）4个计划新开工项目分别是：城北水厂二期和滨江路改造；") == []
    assert found("3个续建项目为：体育中心、图书馆和档案馆。") == []


def test_a_noun_shared_by_a_number_first_list_counts_for_every_item() -> None:
    got = found("新建8个、改建5个社区食堂。")
    assert got == [("社区食堂", 8, "个", "increment"), ("社区食堂", 5, "个", "level")]


def test_new_and_rebuilt_together_are_a_level() -> None:
    got = found("推进农村人居环境整治，新建、改建3万户农村卫生厕所。")
    assert got == [("农村卫生厕所", 3, "万户", "level")]


def test_a_progress_report_reads_each_items_task_and_not_what_was_done(tmp_path) -> None:
    # a 督查 report on last year's tasks: each item restates its task, then reports on it
    lines = [
        "区政府：",
        "现将2023年政府工作报告重点工作任务落实情况报告如下。",
        "一、重点工作任务进展情况",
        "1.建设科创孵化基地，新增科技型企业120家。全年新增科技型企业96家，完成目标的80%。",
        "2.打造3条城市漫游线路，夜间消费额增长8%。2023年夜间消费额同比增长5.2%。",
        "3.改造老旧小区供水管网25公里。已完成改造18公里。",
    ]
    parsed = parse_lines(tmp_path, lines, title="重点工作任务落实情况的报告", period=(2023, 2023))
    got = {(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets}
    assert ("科技型企业", 120, "家", 2023) in got
    assert ("夜间消费额增长", 8, "%", 2023) in got
    assert all(t.value not in (96, 80, 5.2, 18) for t in parsed.targets)  # what was done


def test_counts_in_the_object_of_improving_and_setting_up_verbs() -> None:
    got = found("改善老城区等8个重点片区街巷环境面貌。完善600个居住小区垃圾分类设施。")
    assert [(m, v, u) for m, v, u, _ in got] == [
        ("重点片区街巷环境面貌", 8, "个"),
        ("居住小区垃圾分类设施", 600, "个"),
    ]
    got = found("设置优化1200处街头休憩座椅，归集发布不少于5万个青年就业岗位。")
    assert [(m, v, u) for m, v, u, _ in got] == [
        ("街头休憩座椅", 1200, "处"),
        ("青年就业岗位", 5, "万个"),
    ]


def test_the_length_of_one_lane_is_not_a_count() -> None:
    assert found("在环城路交叉口以北设置80米减速车道。") == []


def test_a_sentence_that_reports_its_task_done_holds_no_target() -> None:
    # a 实事 completion report: the item heading states the task, the body what was done
    assert found("新增托育托位300个") == [("托育托位", 300, "个", "increment")]
    assert found("新增412个托育托位，超额完成年度任务。") == []
    assert found("全面完成6家社区食堂建设，均已完成目标任务。") == []
    # a promise to finish the year's task is still a target
    assert found("新增托育托位300个，确保完成年度任务。") == [("托育托位", 300, "个", "increment")]


def test_the_number_of_items_a_list_holds_is_no_target() -> None:
    assert found("关于印发新时代幸福建设20件民生实事(2026年)工作方案的通知") == []
    assert found("把推进2026年20件民生实事作为重要抓手。") == []


def test_years_of_the_last_century_date_a_sentence_too() -> None:
    # a 1996 document: 1995年… reports the year before its plan; 到2000年 is its deadline
    context = ParagraphContext(DocFacts(end_year=2000, start_year=1996, year=1996))
    past = "1995年全国共发生5级以上地震48次，其中大陆地区26次。"
    assert extract_targets(past, node_id="p", end_year=2000, location=LOC, context=context) == []
    ahead = "到1998年，招生规模达到2000人。"
    got = extract_targets(ahead, node_id="p", end_year=2000, location=LOC, context=context)
    assert [(t.value, t.deadline) for t in got] == [(2000, 1998)]


def test_sessions_are_counted_and_a_projects_phase_is_a_name() -> None:
    assert found("实施“青年技能”培训不少于6期。") == [("“青年技能”培训", 6, "期", "level")]
    got = found("力争推进机场三期改扩建、二期工程等项目建设，交通投资超过300亿元。")
    assert [(v, u) for _, v, u, _ in got] == [(300, "亿元")]


def test_a_year_that_opens_a_sentence_without_a_comma_governs_the_sentences_after_it() -> None:
    context = ParagraphContext(DocFacts(end_year=2035, start_year=2022, year=2022))
    text = (
        "2025年港口集疏运量较2021年翻一番以上。即铁路箱量达到60万标准箱，年均增长12%以上。"
        "2030年再翻一番。即铁路箱量达到120万标准箱。"
    )
    got = extract_targets(text, node_id="p", end_year=2035, location=LOC, context=context)
    assert [(t.value, t.deadline) for t in got if t.unit != "倍"] == [
        (60, 2025),
        (12, 2025),
        (120, 2030),
    ]


def test_speeds_and_trips_are_units_and_a_voltage_class_is_part_of_the_noun() -> None:
    assert found("公交高峰运行车速不低于18公里/时。") == [
        ("公交高峰运行车速", 18, "公里/时", "level")
    ]
    assert found("完成120座10千伏开关站双侧电源改造。") == [
        ("10千伏开关站双侧电源改造", 120, "座", "level")
    ]
    assert found("新能源公交车辆第二终端布设40辆次。")[0][1:3] == (40, "辆次")


def test_等_inside_a_word_does_not_cut_the_noun_counted() -> None:
    got = found("建设30所高水平高等职业学校和80个骨干专业（群）。")
    assert [(m, v) for m, v, _, _ in got] == [("高水平高等职业学校", 30), ("骨干专业（群）", 80)]
    assert found("建成6个国家级示范园区等重点平台。")[0][:2] == ("国家级示范园区", 6)


def test_half_is_a_share_of_fifty_per_cent() -> None:
    got = found("实践性教学课时原则上占总课时一半以上。")
    assert [(v, u) for _, v, u, _ in got] == [(50, "%")]
    assert found("“双师型”教师占专业课教师总数超过一半。")[0][1:3] == (50, "%")
    assert found("将工作重心一半放在基层。") == []  # no share of anything stated


def test_choosing_a_number_of_places_or_units_is_a_count() -> None:
    got = found("在全省范围内选择8个左右有条件的县开展试点。")
    assert [(v, u, c) for _, v, u, c in got] == [(8, "个", "level")]
    assert found("选取2家停车保养场推进信息化改建。")[0][1:3] == (2, "家")


def test_running_one_school_well_in_each_county_is_a_target_and_a_list_of_deeds_is_not() -> None:
    got = found("每个县至少办好1所优质高中。")
    assert [(m, v, u) for m, v, u, _ in got] == [("优质高中", 1, "所")]
    assert found("投入80亿元办好30件群众急难愁盼民生实事。") == []
    assert found("继续办好12件惠民实事。") == []


def test_verbs_that_make_or_equip_take_the_count_in_their_object() -> None:
    # 建好, 建强, 增配, 配备, 推出: the count after them is what is to be made or supplied
    got = found("建好12个省级区域医疗中心、建强20家产业技术研究院，增配60台救护车。")
    assert [(v, u) for _, v, u, _ in got] == [(12, "个"), (20, "家"), (60, "台")]
    assert found("推出15个社区文化客厅。")[0][:3] == ("社区文化客厅", 15, "个")
