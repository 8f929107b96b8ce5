"""Fourth round: general mechanisms for targets that no single-sentence rule claimed (recall on
unseen documents), each in words other than the documents they were seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, end_year: int = 2027) -> list[tuple]:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    return [(t.metric, t.value, t.unit, t.comparator) for t in targets if t.value is not None]


def test_a_count_inside_the_object_of_a_work_verb() -> None:
    # the verb, then a scope or examples, then the count and its noun: the count is the target
    assert found("组织开展12个以上重点流域水生态修复。") == [("重点流域水生态修复", 12, "个", ">=")]
    assert found("推进甲港、乙港等8个物流园区提档升级。") == [("物流园区提档升级", 8, "个", ">=")]
    got = found("完成钢铁、建材行业60%以上产能节能诊断。")
    assert [(g[1], g[2], g[3]) for g in got] == [(60, "%", ">=")]
    assert "节能诊断" in got[0][0]


def test_the_object_of_a_work_verb_keeps_the_guards() -> None:
    # money inside an object is a threshold; a duration is not a count; a grade is a name
    assert [g[1:3] for g in found("实施5000万元以上技改项目80个。")] == [(80, "个")]
    assert found("开展3年攻坚，持续改善人居环境。") == []
    assert found("建设2个10万吨级泊位。")[0][1:3] == (2, "个")


def test_a_classifier_then_da_opens_the_counted_noun() -> None:
    # 处/个 + 大…: the noun (大型灌区), not a qualifier like 世界500强 or 8大产业
    assert found("实施8处大型灌区续建配套改造。") == [("大型灌区续建配套改造", 8, "处", ">=")]


def test_a_shared_growth_rate_for_measures_ending_in_liang() -> None:
    # A量和B量年均增长率: one value for each listed measure
    got = found("港口货物吞吐量和集装箱运输量年均增长率不低于6%。")
    assert [g[0] for g in got] == ["港口货物吞吐量年均增长率", "集装箱运输量年均增长率"]


def test_a_scale_word_after_the_value() -> None:
    # 突破三百亿规模: 规模 says what the value is, it does not end a longer phrase
    got = found("力争全县文旅产业营收突破三百亿规模。")
    assert [(g[1], g[2], g[3]) for g in got] == [(300, "亿元", ">")]


def test_counts_of_the_plans_own_parts_are_not_targets() -> None:
    assert found("重点做好以下9个方面的工作。") == []
    assert found("共设置24项指标，其中12个预期性指标、12个约束性指标。") == []
    assert found("抓好农业等6个领域节水工作。") == []


def test_money_handed_out_is_not_a_target() -> None:
    assert found("全年发放助学贷款5亿元，新增就业岗位2万个。") == [("就业岗位", 2, "万个", ">=")]


def test_a_bare_measure_after_a_listed_value_takes_its_subject() -> None:
    # A播种面积X、产量Y: 产量 is A's
    got = found("确保油料播种面积120万亩、产量30万吨以上。")
    assert [g[0] for g in got] == ["油料播种面积", "油料产量"]


def test_parallel_items_share_the_measure_of_the_last() -> None:
    got = found("苹果、柑橘、葡萄产量分别达到80万吨、20万吨、5万吨。")
    assert [g[0] for g in got] == ["苹果产量", "柑橘产量", "葡萄产量"]
    got = found("绿色矿山、绿色工厂创建率分别达到60%、40%。")
    assert [g[0] for g in got] == ["绿色矿山创建率", "绿色工厂创建率"]
    # an item that is an indicator already keeps its name
    got = found("生产总值、城乡居民收入比2010年翻一番。")
    assert [g[0] for g in got] == ["生产总值", "城乡居民收入"]


def test_a_lead_in_clause_lends_no_subject() -> None:
    # 主要预期目标是：经济增长5%左右 — 经济 is the subject, not the lead's words
    got = found("明年全县发展的主要预期目标是：经济增长6%左右，城镇新增就业3000人。")
    assert got[0][0] == "经济增长"


def aspired(text: str) -> list[bool]:
    targets = extract_targets(text, node_id="c1.p1", end_year=2027, location=LOC)
    return [t.aspiration for t in targets if t.value is not None]


def test_aspiration_after_a_subject_marks_its_own_clause() -> None:
    # A力争达到X，B超过Y: only A; a clause without a verb of its own shares it
    assert aspired("到2027年，文旅产业营收力争达到90亿元，占全县生产总值比重超过8%。") == [
        True,
        False,
    ]
    assert aspired("全年外贸进出口额力争突破300亿元，实际利用外资2亿美元。") == [True, True]


def test_a_part_in_brackets_after_a_value() -> None:
    # A缩短至X分钟（新建B Y分钟内）: the same measure for a part, its own comparator
    got = found("城区主干道平均通勤时间缩短至25分钟（新区20分钟以内），公交分担率提高。")
    assert got == [
        ("城区主干道平均通勤时间", 25, "分钟", "<="),
        ("城区主干道平均通勤时间（新区）", 20, "分钟", "<="),
    ]


def test_more_objects_of_work_verbs_and_their_guards() -> None:
    # a creation verb two words before the count; a count after an attribute's value and 的
    assert found("建立健全8个以上产学研联盟。") == [("产学研联盟", 8, "个", ">=")]
    assert [g[1:3] for g in found("重点推进总投资600亿元的45个重大项目建设。")] == [(45, "个")]
    # a value followed by 的目标任务 is the target itself
    assert [g[1:3] for g in found("完成全年工业投资增长12%的目标任务。")] == [(12, "%")]
    # 为期3个月 is a duration, not a count of 月
    assert found("开展为期6个月的安全生产大检查。") == []


def test_a_list_number_is_not_part_of_the_metric() -> None:
    assert found("2.建成智慧社区40个；")[0][0] == "智慧社区"
    assert found("（3）城市燃气普及率达到99%。")[0][0] == "城市燃气普及率"


def deadlines(text: str) -> list[int | None]:
    targets = extract_targets(text, node_id="c1.p1", end_year=2027, location=LOC)
    return [t.deadline for t in targets if t.value is not None]


def test_a_year_in_brackets_before_a_colon_is_a_deadline() -> None:
    assert deadlines("阶段目标（2025年）：新建口袋公园30个。") == [2025]


def test_more_comparator_words() -> None:
    assert found("规上企业逾600家。") == [("规上企业", 600, "家", ">")]
    assert found("耕地保有量至少达到90万亩。") == [("耕地保有量", 90, "万亩", ">=")]
    assert found("燃煤消费量压缩至300万吨。") == [("燃煤消费量", 300, "万吨", "<=")]
