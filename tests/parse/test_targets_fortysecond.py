"""Forty-second round: what the retired batches still missed, in words other than their documents'."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.marks import unmark_items
from plantrack.parse.numbers import find_quantities
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def targets_of(text: str, start: int, end: int) -> list:
    """The targets of one paragraph of a plan for start–end, issued in its first year."""
    context = ParagraphContext(DocFacts(end_year=end, start_year=start, year=start))
    found = extract_targets(text, node_id="p", end_year=end, location=LOC, context=context)
    return [t for t in found if t.value is not None]


def read(text: str, start: int = 2026, end: int = 2030) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in targets_of(text, start, end)]


def test_a_scale_without_a_digit_after_a_verb_of_reaching_is_one_of_that_scale() -> None:
    assert read("到2030年，全市数字经济核心产业营业收入突破万亿元。") == [(1, "万亿元", ">")]
    assert read("新能源汽车保有量达到万辆级规模以上。") == [(1, "万辆", ">=")]


def test_a_bare_scale_elsewhere_is_no_quantity() -> None:
    assert read("每万人口拥有执业医师达到4人，惠及千家万户。") == [(4, "人", ">=")]
    assert [q.value for q in find_quantities("亿万农民")] == []


def test_a_threshold_word_after_the_value_does_not_make_it_a_name() -> None:
    assert read("力争全省社会消费品零售总额突破3万亿元大关。") == [(3, "万亿元", ">")]
    assert read("力争软件业务收入迈上2万亿台阶。") == [(2, "万亿元", ">=")]


def test_a_ratio_to_one_is_read_in_every_colon() -> None:
    for colon in ("∶", ":", "：", "︰"):
        text = f"到2030年，城乡居民人均可支配收入比缩小到1.9{colon}1左右。"
        assert read(text) == [(1.9, ":1", "~")], colon
    assert read("到2030年，城乡居民收入比缩小至2:1以内，新建公园20个。") == [
        (2, ":1", "<="),
        (20, "个", ">="),
    ]


def test_a_ratio_colon_becomes_the_ratio_sign_and_nothing_else_moves() -> None:
    text = "专栏3：1.建设10个园区；收入比2.2：1"
    assert unmark_items(text) == "专栏3：1.建设10个园区；收入比2.2∶1"
    assert len(unmark_items(text)) == len(text)


def test_the_size_of_a_years_cohort_is_no_target() -> None:
    text = "今年高校毕业生预计1222万人，城镇新增就业1200万人以上。"
    assert read(text, 2026, 2026) == [(1200, "万人", ">=")]
    assert read("今年全省高校毕业生超过50万人。", 2026, 2026) == []
    assert read("每年引进高校毕业生2万人以上。") == [(2, "万人", ">=")]


def test_the_verbs_of_renewing_equipment_count_the_noun_after_the_number() -> None:
    text = "到2027年，更新替代300台（套）以上老旧锅炉，淘汰1500辆老旧营运货车，替换800台老旧电梯。"
    assert [(t.value, t.unit, t.metric) for t in targets_of(text, 2024, 2027)] == [
        (300, "台（套）", "老旧锅炉"),
        (1500, "辆", "老旧营运货车"),
        (800, "台", "老旧电梯"),
    ]


def test_the_seats_of_a_bus_are_no_count() -> None:
    assert read("加快淘汰35座以上中型客车。", 2024, 2027) == []


def test_a_share_of_things_that_do_something_is_a_target() -> None:
    text = "到2027年，全省70%以上水泥产能完成超低排放改造，90%的乡镇卫生院具备中医药服务能力。"
    assert [(t.value, t.metric) for t in targets_of(text, 2024, 2027)] == [
        (70, "水泥产能完成超低排放改造"),
        (90, "乡镇卫生院具备中医药服务能力"),
    ]


def test_a_full_width_comma_between_groups_of_digits_is_a_thousands_separator() -> None:
    text = "明年棉布产量15，800万米，比今年增加1，200万米；化纤12，300，400吨。"
    assert [(t.value, t.unit) for t in targets_of(text, 1984, 1984)] == [
        (15800, "万米"),
        (1200, "万米"),
        (12300400, "吨"),
    ]
    assert read("到2030年，建成公园12，新增绿道300公里。") == [(300, "公里", ">=")]


def test_a_plan_written_in_chinese_numerals_reads_its_base_years_and_its_subject() -> None:
    text = (
        "全国钢产量计划增长百分之十二点五，平均每年递增百分之二点四。"
        "城镇居民人均收入，将比一九八〇年增长百分之三十。"
    )
    found = targets_of(text, 1983, 1987)
    assert [(t.value, t.metric, t.baseline_year) for t in found] == [
        (12.5, "钢产量增长", None),
        (2.4, "钢产量递增", None),
        (30, "城镇居民人均收入增长", 1980),
    ]


def test_a_change_from_a_base_year_to_a_target_year_in_chinese_numerals() -> None:
    text = "力争使全省农业总产值翻一番，即由一九九○年的三百亿元增加到二○○○年的六百亿元左右。"
    found = targets_of(text, 1991, 2000)
    assert [(t.value, t.unit, t.baseline, t.baseline_year, t.deadline) for t in found] == [
        (2, "倍", None, None, 2000),
        (600, "亿元", 300, 1990, 2000),
    ]
    assert found[1].metric == "农业总产值"


def test_the_subject_of_a_past_figure_carries_to_the_target_after_it() -> None:
    text = "全省财政收入一九八五年为一百二十亿元，一九九〇年将达到一百八十亿元。"
    assert [(t.value, t.metric, t.deadline) for t in targets_of(text, 1986, 1990)] == [
        (180, "财政收入", 1990)
    ]


def test_manyfold_growth_is_no_multiple() -> None:
    assert read("城乡居民的收入将成倍增长。", 1982, 2000) == []


def test_a_growth_by_a_number_of_times_is_counted_in_times() -> None:
    text = "国内生产总值达到八千亿元，比一九八五年增长一点五倍；出口额比1985年增长2.4倍。"
    assert [(t.value, t.unit, t.kind) for t in targets_of(text, 1986, 1990)] == [
        (8000, "亿元", "level"),
        (1.5, "倍", "level"),
        (2.4, "倍", "level"),
    ]
    assert [
        (t.value, t.kind) for t in targets_of("到2030年，经济总量比2020年增长一倍。", 2021, 2030)
    ] == [(2, "multiple")]


def test_per_mille_and_ranges_in_chinese_numerals() -> None:
    text = "人口自然增长率，必须控制在千分之十二以下；农业总产值每年递增百分之三到四。"
    found = targets_of(text, 1986, 1990)
    assert [(t.value, t.value_max, t.unit, t.metric) for t in found] == [
        (12, None, "‰", "人口自然增长率"),
        (3, 4, "%", "农业总产值递增"),
    ]


def test_the_one_character_products_of_an_older_plan() -> None:
    text = "主要产品产量：钢四千二百万吨，增长百分之八；糖五百万吨；布一百六十亿米。"
    assert [(t.metric, t.value, t.unit) for t in targets_of(text, 1986, 1990)] == [
        ("钢", 4200, "万吨"),
        ("钢增长", 8, "%"),
        ("糖", 500, "万吨"),
        ("布", 160, "亿米"),
    ]
    assert read("其中楼8栋，钢5个。", 2026, 2030) == []


def test_the_share_of_a_cost_that_a_grant_pays_is_no_target() -> None:
    text = (
        "对认定的示范项目，给予设备投资额的20%以内、最高200万元奖补。到2027年，建成示范项目30个。"
    )
    assert read(text, 2025, 2027) == [(30, "个", ">=")]


def test_what_a_measure_can_save_is_no_target() -> None:
    text = "改造完成后每年可节约标准煤35万吨，到2027年，单位工业增加值能耗下降13%。"
    assert read(text, 2025, 2027) == [(13, "%", ">=")]


def test_a_five_year_period_after_a_comparison_is_a_base_not_a_deadline() -> None:
    found = targets_of("到2025年，城市停电时间较“十三五”末下降30%以上。", 2022, 2025)
    assert [(t.value, t.deadline, t.baseline_year) for t in found] == [(30, 2025, 2020)]


def test_putting_units_into_operation_counts_them() -> None:
    assert read("力争2027年投产2台机组。", 2024, 2027) == [(2, "台", ">=")]


def test_a_unit_per_a_hundred_or_a_number_of_something() -> None:
    text = "到2027年，新车平均电耗降至13千瓦时/百公里，公共充电桩密度达到1个/3公里，书店达到5个/百万人。"
    assert [(t.value, t.unit) for t in targets_of(text, 2024, 2027)] == [
        (13, "千瓦时/百公里"),
        (1, "个/3公里"),
        (5, "个/百万人"),
    ]


def test_horsepower_is_a_unit() -> None:
    assert read("明年拖拉机产量达到150万马力。", 1980, 1981) == [(150, "万马力", ">=")]


def test_the_count_of_a_governments_practical_projects_is_the_plans_own_structure() -> None:
    text = "20件民生实事是今年工作的重点，确保12件实事项目按时完成。新建公园3个。"
    assert read(text, 2026, 2026) == [(3, "个", ">=")]


def test_a_growth_rate_set_for_one_year_is_that_years_level() -> None:
    text = "2026年全市固定资产投资增速12%，规上工业增加值增长率8%，研发经费年平均增幅10%。"
    assert [(t.value, t.kind) for t in targets_of(text, 2026, 2028)] == [
        (12, "level"),
        (8, "level"),
        (10, "annual"),
    ]
    assert [(t.value, t.kind) for t in targets_of("工业投资增速达到8%。", 2026, 2030)] == [
        (8, "annual")  # in a plan for a period, a yearly figure
    ]
    assert [(t.value, t.kind) for t in targets_of("工业投资增速达到8%。", 2026, 2026)] == [
        (8, "level")  # in a one-year document, the year's own
    ]
    assert [t.kind for t in targets_of("人口自然增长率控制在6‰以内。", 2026, 2030)] == ["level"]


def test_a_list_lines_label_names_its_figures() -> None:
    text = "钢：从一百五十万吨增加到四百万吨，增长一点七倍；棉花：达到三千万担，增长百分之二十；"
    assert [(t.metric, t.value, t.unit) for t in targets_of(text, 1953, 1957)] == [
        ("钢", 400, "万吨"),
        ("钢增长", 1.7, "倍"),
        ("棉花", 3000, "万担"),
        ("棉花增长", 20, "%"),
    ]


def test_older_units_do_not_take_the_words_they_open() -> None:
    assert [(q.value, q.unit) for q in find_quantities("提供3担保，5匹配，棉花5担")] == [
        (3, None),
        (5, None),
        (5, "担"),
    ]


def test_a_share_that_sizes_a_capability_is_its_target() -> None:
    text = "到2030年，全省电网具备8%左右的尖峰负荷响应能力，新增800万吨标准煤的节能能力。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2030)] == [
        (8, "%"),
        (800, "万吨标准煤"),
    ]
    assert read("加快培育10%的企业的数字化改造。", 2026, 2030) == []


def test_a_share_or_count_of_places_a_pilot_extends_to() -> None:
    text = "今年医保支付方式改革试点扩大到30%的县（市、区），家庭医生签约试点扩大到500个县。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2026)] == [(30, "%"), (500, "个")]


def test_a_target_set_by_定为_and_shipping_in_deadweight_tons() -> None:
    assert read("今年全省经济增长目标定为6%左右。", 2026, 2026) == [(6, "%", "~")]
    assert read("五年内新增远洋船舶二十万载重吨。", 1953, 1957) == [(20, "万载重吨", ">=")]


def test_the_spacing_of_stations_in_any_wording_is_a_siting_rule() -> None:
    text = "加油站建设间隔距离宜大于20公里，高速公路宜按每50公里建设一对加氢站。"
    assert read(text, 2026, 2030) == []


def test_the_deficit_and_the_debt_a_budget_plans_are_no_targets_nor_its_ratio() -> None:
    # the ratio 拟按…安排 was read as a target until the fifty-second round; five of the six
    # national reports in the gold since leave it out (b40 ×2, b44 ×2, b67; b20 labels it)
    text = (
        "今年赤字率拟按3%左右安排，拟安排财政赤字4万亿元，拟发行超长期特别国债1万亿元，"
        "拟安排地方政府专项债券3.9万亿元。"
    )
    assert read(text, 2026, 2026) == []
    assert read("今年赤字率控制在3%左右。", 2026, 2026) == [(3, "%", "~")]


def test_a_raise_of_pensions_is_money_paid_out() -> None:
    text = "今年继续提高企业退休人员基本养老金，提高5%；城镇新增就业100万人以上。"
    assert read(text, 2026, 2026) == [(100, "万人", ">=")]
    assert read("企业退休人员基本养老金今年再提高10%。", 2026, 2026) == []


def test_money_the_state_plans_and_a_funding_standard_are_no_targets() -> None:
    text = (
        "中央财政拟安排1000亿元，拟安排中央预算内交通投资500亿元，"
        "人均基本公共卫生服务经费标准由80元提高到85元，城镇新增就业1100万人以上。"
    )
    assert read(text, 2026, 2026) == [(1100, "万人", ">=")]


def test_a_multiplier_effect_is_no_multiple_and_gwh_a_unit() -> None:
    text = "发挥数据要素倍增效应，到2030年，动力电池产能达200GWh，数据中心能效值降至1.25。"
    assert read(text, 2026, 2030) == [(200, "GWh", ">="), (1.25, None, "<=")]


def test_charging_connectors_are_a_unit() -> None:
    assert read("到2027年，全市公共充电桩达到1.2万枪。", 2025, 2027) == [(1.2, "万枪", ">=")]
    assert [q.unit for q in find_quantities("收缴3枪支")] == [None]


def test_a_bare_scale_in_quotes_is_a_name() -> None:
    named = [q for q in find_quantities("实施“产值突破万亿元”行动") if q.unit == "万亿元"]
    assert [q.name is not None for q in named] == [True]
