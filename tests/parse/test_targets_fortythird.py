"""Forty-third round: what the retired batches still missed, in words other than their documents'."""

from __future__ import annotations

import pytest

from paragraph import targets_of
from plantrack.parse.listed_metrics import parallel_metrics
from plantrack.parse.not_targets import said_not_a_target
from plantrack.parse.numbers import find_quantities
from plantrack.parse.review import review_lead


def test_places_listed_before_a_rate_each_have_it() -> None:
    got = targets_of("到2030年，甲州市、乙阳市城市公交分担率达到50%以上。")
    assert [(t.metric, t.value) for t in got] == [
        ("甲州市城市公交分担率", 50),
        ("乙阳市城市公交分担率", 50),
    ]
    got = targets_of("全市新建建筑中装配式建筑占比达到40%，其中丙江市、丁山县占比达到50%。")
    assert [(t.metric, t.value) for t in got][1:] == [("丙江市占比", 50), ("丁山县占比", 50)]


@pytest.mark.parametrize(
    "subject",
    [
        "甲区、乙区新建公共充电桩数量",  # a count: the two places may share it
        "中心城区和五个新城完整社区覆盖率",  # a count of towns, a community: no list of places
        "甲园区、乙园区污水收集率",  # parks are no places that set rates
    ],
)
def test_what_is_no_list_of_places_sharing_a_rate(subject: str) -> None:
    assert parallel_metrics(subject) is None


def test_a_real_growth_rate_each_year_is_annual_and_shared() -> None:
    got = targets_of("城乡居民人均可支配收入和农村居民人均纯收入年均实际增长超过6%。")
    assert [(t.metric, t.value, t.comparator, t.kind.value) for t in got] == [
        ("城乡居民人均可支配收入年均实际增长", 6, ">", "annual"),
        ("农村居民人均纯收入年均实际增长", 6, ">", "annual"),
    ]
    got = targets_of("居民人均可支配收入年均实际增长5.5%。")
    assert [(t.value, t.kind.value) for t in got] == [(5.5, "annual")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("职工工资总额将增加三十多亿元", 30, "亿元"),  # 多 between a Chinese numeral and its scale
        ("棉纱产量达到一千二百多万件", 1200, "万件"),
        ("发电设备达到十五万六千千瓦", 15.6, "万千瓦"),  # the 千 of 千瓦 is the unit's
        ("装机容量达到一百二十万千瓦", 120, "万千瓦"),
    ],
)
def test_chinese_numerals_before_多_and_before_a_kilo_unit(
    text: str, value: float, unit: str
) -> None:
    quantities = [q for q in find_quantities(text) if q.unit]
    assert [(q.value, q.unit) for q in quantities] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("如某某矿务局在一九七七年把当年的矸石全部用尽，生产水泥二万多吨。", 1979),
        ("例如甲县2022年建成污水管网120公里。", 2024),
        ("一九七七年，全国原煤产量达到五亿吨。", 1979),
        ("1998年，全省粮食产量达到300亿斤。", 1999),
    ],
)
def test_a_sentence_set_in_a_year_before_the_plan_opens_a_review(text: str, first: int) -> None:
    assert review_lead(text, first)
    assert not review_lead(text, first - 3)  # the same year inside the plan's time looks ahead


def test_an_example_of_what_was_done_is_no_target() -> None:
    text = "要推广先进经验。如某某矿务局在一九七七年把当年排出的矸石全部用尽，生产水泥二万四千多吨，矸石砖一百万块。"
    assert targets_of(text, 1979, 1979) == []


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit"),
    [
        ("全面消除30处城市易涝点。", "城市易涝点", 30, "处"),
        ("有序关停全区6座小型垃圾焚烧厂。", "小型垃圾焚烧厂", 6, "座"),
        ("提档升级12个农贸市场。", "农贸市场", 12, "个"),
        ("对全市40所公办幼儿园全面提档升级。", "公办幼儿园", 40, "所"),
        ("对辖区25条老旧街巷的路灯进行维修更换。", "老旧街巷的路灯维修更换", 25, "条"),
    ],
)
def test_the_count_a_work_verb_acts_on(text: str, metric: str, value: float, unit: str) -> None:
    got = targets_of(text, 2025, 2025)
    assert [(t.metric, t.value, t.unit) for t in got] == [(metric, value, unit)]


def test_a_reach_that_picks_what_is_closed_is_no_count() -> None:
    assert targets_of("关停供热半径20公里范围内的燃煤小锅炉。", 2025, 2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "将制造业企业研发费用加计扣除比例从75%提高到100%。",
        "小型微利企业年应纳税所得额上限由100万元提高到300万元。",
        "平均每台设备补贴额由2万元提高到3万元。",
        "城乡居民医保个人最高缴费档次由2000元/年提高到3000元/年。",
        "调频补偿价格报价上限暂定为0.5元/千瓦时。",
    ],
)
def test_the_setting_of_a_tax_fee_or_price_rule_is_no_target(text: str) -> None:
    assert targets_of(text, 2025, 2025) == []


def test_a_collection_rate_is_still_a_target() -> None:
    got = targets_of("到2030年，污水处理费征收率达到95%。")
    assert [(t.metric, t.value) for t in got] == [("污水处理费征收率", 95)]


# From retired b44 (read after its end score), in words other than its documents'.


@pytest.mark.parametrize(
    "text",
    [
        "对符合条件的示范项目给予资金支持，最高不超过2000万元。",
        "单个企业年度奖励金额最高不超过500万元。",
        "项目单位应在完成验收后，10个工作日内完成资料报送。",
        "鼓励社会资本参与，民间资本持股比例可达20%。",
        "将中小企业合同预付款比例提高至合同金额的40%以上。",
    ],
)
def test_rules_of_grants_procedures_and_shares_allowed_are_no_targets(text: str) -> None:
    assert targets_of(text, 2025, 2027) == []


def test_a_time_limit_set_as_a_goal_is_still_a_target() -> None:
    got = targets_of("将企业开办时间压缩至3个工作日以内。", 2025, 2027)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(3, "个工作日", "<=")]


def test_values_of_a_list_share_the_unit_their_measure_word_opens() -> None:
    got = targets_of("立项、用地审批时限分别控制在15个、10个工作日。", 2025, 2027)
    assert [(t.value, t.unit) for t in got] == [(15, "个工作日"), (10, "个工作日")]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("实现6%左右的地区生产总值增长目标。", "地区生产总值增长", 6),
        ("城镇新增就业8万人以上的预期目标。", "城镇新增就业", 8),
        ("力争具备50万千瓦以上需求响应能力。", "需求响应能力", 50),
        ("坚决守住全省耕地不少于5000万亩这条红线。", "耕地", 5000),
    ],
)
def test_a_goal_named_after_its_value(text: str, metric: str, value: float) -> None:
    got = targets_of(text, 2025, 2025)
    assert [(t.metric, t.value) for t in got] == [(metric, value)]


def test_a_span_of_years_before_a_goal_is_no_value() -> None:
    assert targets_of("确定今后五年的主要发展目标。", 2026, 2030) == []


def test_a_change_reported_with_了_is_the_past() -> None:
    assert targets_of("去年原煤增产了八百万吨，钢增产了将近五十万吨。", 1958, 1958) == []
    q = find_quantities("十亿元")[0]
    pre = "基本建设投资比上年预计数增加了"  # compared with the year before: what is planned
    assert said_not_a_target(q, "增加", pre, "", "基本建设投资", pre) is None
    assert said_not_a_target(q, "增加", "原煤增产了", "", "原煤", "原煤增产了") is not None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("二亿一千三百万吨", 2.13, "亿吨"),
        ("九十二亿四千万元", 92.4, "亿元"),
        ("三万二千公里", 3.2, "万公里"),  # and with 万 inside, in 万 (b43, b44)
    ],
)
def test_a_chinese_numeral_with_亿_inside_is_in_its_largest_scale(
    text: str, value: float, unit: str
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_the_target_set_for_a_product_and_a_topic_clause_of_investment() -> None:
    got = targets_of("一九五八年钢的指标为七百万吨，比上一年增加一百五十万吨。", 1958, 1958)
    assert (got[0].metric, got[0].value) == ("钢", 700)
    got = targets_of("一九五九年的基本建设总投资额，拟定为二百亿元，增长百分之十。", 1959, 1959)
    assert [(t.metric, t.value) for t in got] == [
        ("基本建设总投资额", 200),
        ("基本建设总投资额增长", 10),
    ]


def test_what_a_past_year_saw_for_the_first_time_is_the_past() -> None:
    text = "全省粮食产量稳定增长，其中2024年首次突破700亿斤，2025年力争达到720亿斤。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2025, 2025)] == [(720, 2025)]


def test_a_streak_of_years_so_far_is_the_past_unless_aimed_at() -> None:
    assert targets_of("全市粮食总产量连续8年稳定在200万吨以上。", 2025, 2025) == []
    got = targets_of("力争全市粮食总产量连续3年稳定在200万吨以上。", 2025, 2027)
    assert [t.value for t in got] == [200]


def test_a_note_in_brackets_between_a_value_and_its_comparator_word() -> None:
    got = targets_of("全市计划建成公共充电桩3万个（含换电站）以上。", 2025, 2027)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(3, "万个", ">=")]
    quantity = find_quantities("淘汰老旧设备500台（套）以上")[0]
    assert (quantity.value, quantity.unit, quantity.suffix) == (500, "台（套）", "以上")


@pytest.mark.parametrize(
    "text",
    [
        "有关部门要在收到申请之日起15个工作日内，作出是否受理的决定。",
        "医疗机构应于名单公布后20天内，完成采购挂网。",
    ],
)
def test_a_time_limit_counted_from_an_event_is_a_procedure(text: str) -> None:
    assert targets_of(text, 2025, 2027) == []


def test_a_time_to_arrive_is_still_a_target() -> None:
    got = targets_of("城区消防救援力量8分钟内到达现场。", 2025, 2027)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(8, "分钟", "<=")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("到2027年，中心城区内新增口袋公园20座。", "increment"),  # 新增 after a scope word
        ("老旧小区加装电梯新增300台。", "increment"),  # 新增 right before the value
        ("城镇新增就业1.5万人。", "level"),  # an indicator whose name holds 新增
    ],
)
def test_新增_as_the_verb_of_the_target(text: str, kind: str) -> None:
    assert [t.kind.value for t in targets_of(text, 2025, 2027)] == [kind]
