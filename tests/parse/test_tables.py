"""Indicator tables: rows -> targets with baseline, binding, annual column; bad cells."""

from __future__ import annotations

import docx
import pytest

from plantrack.model import Location
from plantrack.parse.table_cells import clause_cell
from plantrack.parse.tables import looks_like_indicator_table, targets_from_table
from plantrack.parse.targets import extract_targets, read_words
from saved_text import parse_lines

LOC = Location(node="c2.t1", chapter=2)
HEADER = ["序号", "指标", "2025年", "2030年", "年均增长（%）", "属性"]
ROWS = [
    HEADER,
    ["1", "地区生产总值（亿元）", "18000", "24000", "5.5左右", "预期性"],
    ["2", "常住人口（万人）", "980", "1000以上", "—", "预期性"],
    ["3", "城镇调查失业率（%）", "—", "5.5以内", "—", "预期性"],
    ["4", "细颗粒物（PM2.5）平均浓度（微克/立方米）", "26", "24", "—", "约束性"],
    ["5", "单位地区生产总值能源消耗降低（%）", "—", "完成国家下达任务", "—", "约束性"],
    ["6", "新增城镇就业人数（万人）", "—", "〔50〕", "—", "预期性"],
    ["7", "居民人均可支配收入增长（%）", "—", "—", "6以上", "预期性"],
]


def by_id(rows: list[list[str]], period: tuple[int, int] = (2026, 2030)) -> dict[str, dict]:
    targets = targets_from_table(rows, node_id="c2.t1", location=LOC, period=period)
    return {t.id: t.to_dict() for t in targets}


def test_rows_become_targets() -> None:
    got = by_id(ROWS)
    assert set(got) == {
        "c2.t1.r1",
        "c2.t1.r1.annual",
        "c2.t1.r2",
        "c2.t1.r3",
        "c2.t1.r4",
        "c2.t1.r5",
        "c2.t1.r6",
        "c2.t1.r7.annual",
    }
    gdp = got["c2.t1.r1"]
    assert (gdp["metric"], gdp["value"], gdp["unit"], gdp["comparator"], gdp["kind"]) == (
        "地区生产总值",
        24000,
        "亿元",
        ">=",
        "level",
    )
    assert (gdp["baseline"], gdp["baseline_year"], gdp["deadline"], gdp["binding"]) == (
        18000,
        2025,
        2030,
        False,
    )
    assert gdp["value_base"] == 2.4e12 and gdp["unit_base"] == "元"
    growth = got["c2.t1.r1.annual"]
    assert (
        growth["metric"],
        growth["value"],
        growth["unit"],
        growth["comparator"],
        growth["kind"],
    ) == ("地区生产总值增长", 5.5, "%", "~", "annual")
    pop = got["c2.t1.r2"]
    assert (pop["value"], pop["unit"], pop["comparator"], pop["value_base"]) == (
        1000,
        "万人",
        ">=",
        1e7,
    )
    assert got["c2.t1.r3"]["comparator"] == "<=" and got["c2.t1.r3"]["baseline"] is None
    pm = got["c2.t1.r4"]
    assert (pm["metric"], pm["unit"], pm["comparator"], pm["binding"]) == (
        "细颗粒物（PM2.5）平均浓度",
        "微克/立方米",
        "<=",
        True,
    )
    energy = got["c2.t1.r5"]
    assert (energy["kind"], energy["value"], energy["milestone"], energy["binding"]) == (
        "qualitative",
        None,
        "完成国家下达任务",
        True,
    )
    assert got["c2.t1.r6"]["kind"] == "increment" and got["c2.t1.r6"]["value"] == 50
    income = got["c2.t1.r7.annual"]
    assert (income["metric"], income["value"], income["comparator"]) == (
        "居民人均可支配收入增长",
        6,
        ">=",
    )


def test_unit_column_and_target_header_words() -> None:
    rows = [
        ["指标名称", "单位", "基期值", "目标值", "指标属性"],
        ["森林覆盖率", "%", "61.2", "61.5", "约束性"],
    ]
    assert looks_like_indicator_table(rows)
    (t,) = by_id(rows).values()
    assert (t["metric"], t["unit"], t["value"], t["baseline"], t["deadline"]) == (
        "森林覆盖率",
        "%",
        61.5,
        61.2,
        2030,
    )


def test_a_dash_in_the_unit_column_is_no_unit_and_a_period_before_累计_is_read() -> None:
    rows = [
        ["序号", "指标名称", "单位", "属性", "“十五五”目标值"],
        ["1", "220千伏容载比", "——", "预期性", "1.86"],
        ["2", "失业人员实现再就业人数", "人", "预期性", "5年累计25000"],
    ]
    got = sorted((t["metric"], t["value"], t["unit"], t["kind"]) for t in by_id(rows).values())
    assert got == [
        ("220千伏容载比", 1.86, None, "level"),
        ("失业人员实现再就业人数", 25000, "人", "cumulative"),
    ]


def test_a_figure_or_a_trend_in_its_place_is_the_figure() -> None:
    rows = [
        ["指标名称", "单位", "2023年", "2027年", "属性"],
        ["非化石能源占能源消费总量比重", "%", "23.41", "≥25或持续提高", "约束性"],
        ["森林覆盖率", "%", "30.7", "≥31或保持稳定", "约束性"],
    ]
    got = sorted((t["metric"], t["value"], t["comparator"]) for t in by_id(rows).values())
    assert got == [("森林覆盖率", 31, ">="), ("非化石能源占能源消费总量比重", 25, ">=")]


def test_two_names_on_slashes_with_one_value_in_words() -> None:
    rows = [
        ["指标", "单位", "属性", "2030年"],
        [
            "社会消费品零售总额年均增长率/商品销售总额年均增长率",
            "%",
            "预期性",
            "高于全市平均水平/5",
        ],
    ]
    got = sorted((t["metric"], t["value"]) for t in by_id(rows).values() if t["value"])
    assert got == [("商品销售总额年均增长率", 5)]


def test_a_bare_staged_figure_does_not_take_its_target_s_strict_bound() -> None:
    rows = [
        ["序号", "指标", "2022年", "2025年", "2027年"],
        ["1", "普惠托位占比（%）", "75", "80", ">85"],
        ["2", "PM2.5平均浓度（微克/立方米）", "30", "28", "<25"],
    ]
    got = sorted((t["metric"], t["deadline"], t["comparator"]) for t in by_id(rows).values())
    assert got == [
        ("PM2.5平均浓度", 2025, "<="),
        ("PM2.5平均浓度", 2027, "<"),
        ("普惠托位占比", 2025, ">="),
        ("普惠托位占比", 2027, ">"),
    ]


def test_not_an_indicator_table() -> None:
    assert not looks_like_indicator_table(
        [["项目名称", "建设内容", "总投资"], ["港区", "码头", "30"]]
    )
    assert not looks_like_indicator_table([["指标"]])
    assert not looks_like_indicator_table([])


def test_missing_and_bad_cells_invent_nothing() -> None:
    rows = [
        HEADER,
        ["1", "地区生产总值（亿元）"],
        ["2"],
        [],
        ["3", "", "1", "2", "", ""],
        ["4", "研发投入强度（%）", "3", "1,2.3.4", "12%%", ""],
        ["5", "常住人口（万人）", "980", "", "", "预期性"],
    ]
    assert by_id(rows) == {}


def test_table_in_plan_text_via_extract_targets() -> None:
    text = "\n".join("\t".join(r) for r in ROWS)
    targets = extract_targets(text, node_id="c2.t1", end_year=2030, location=LOC, offset=1000)
    ids = [t.id for t in targets]
    assert ids[:2] == ["c2.t1.r1", "c2.t1.r1.annual"]
    first_row = "\t".join(ROWS[1])
    start = 1000 + len("\t".join(HEADER)) + 1
    assert targets[0].span == (start, start + len(first_row))
    assert text[targets[0].span[0] - 1000 : targets[0].span[1] - 1000] == first_row


def test_docx_table_rows(tmp_path) -> None:
    path = tmp_path / "plan.docx"
    document = docx.Document()
    table = document.add_table(rows=len(ROWS), cols=len(HEADER))
    for i, row in enumerate(ROWS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.save(path)
    loaded = docx.Document(path).tables[0]
    rows = [[cell.text for cell in row.cells] for row in loaded.rows]
    assert looks_like_indicator_table(rows)
    assert by_id(rows) == by_id(ROWS)


def test_staged_years_cumulative_growth_column_and_wrapped_names() -> None:
    rows = [
        ["指标", "2025年", "2027年", "2030年", "年均增长〔累计〕", "属性"],
        ["地区生产总值\n（亿元）", "18000", "20000", "24000", "5.5", "预期性"],
        ["单位地区生产总值能耗降低（%）", "—", "—", "—", "〔13.5〕", "约束性"],
        ["城镇新增就业（万人）", "—", "—", "—", "〔50〕", "预期性"],
    ]
    got = by_id(rows)
    staged = got["c2.t1.r1.y2027"]
    assert (staged["metric"], staged["value"], staged["deadline"], staged["baseline"]) == (
        "地区生产总值",
        20000,
        2027,
        18000,
    )
    assert got["c2.t1.r1"]["deadline"] == 2030
    energy = got["c2.t1.r2.annual"]
    assert (
        energy["metric"],
        energy["value"],
        energy["unit"],
        energy["kind"],
        energy["binding"],
    ) == ("单位地区生产总值能耗降低", 13.5, "%", "cumulative", True)
    jobs = got["c2.t1.r3.annual"]
    assert (jobs["value"], jobs["unit"], jobs["kind"], jobs["value_base"]) == (
        50,
        "万人",
        "cumulative",
        5e5,
    )


def test_project_list_is_not_an_indicator_table() -> None:
    rows = [
        ["项目名称", "建设内容", "总投资（亿元）", "2026年投资"],
        ["梅山港区", "码头", "30", "5"],
    ]
    assert not looks_like_indicator_table(rows)


def test_bracketed_cells_are_cumulative_unless_the_name_says_xinzeng() -> None:
    rows = [
        ["指标", "2025年", "2030年", "属性"],
        ["单位地区生产总值能耗降低（%）", "—", "〔13.5〕", "约束性"],
        ["新增城市轨道交通运营里程（公里）", "—", "[110]", "预期性"],
    ]
    got = by_id(rows)
    assert got["c2.t1.r1"]["kind"] == "cumulative"
    assert got["c2.t1.r2"]["kind"] == "increment"


def test_a_row_with_two_indicators_split_by_a_slash_gives_both() -> None:
    rows = [
        ["指标名称", "单位", "2030年目标值"],
        ["城镇登记失业率/城镇调查失业率", "%", "<3.5/<5"],
        ["万元GDP能耗/万元GDP水耗", "吨标准煤/万元", "0.4"],  # one value: not split
    ]
    got = by_id(rows)
    assert {(t["metric"], t["value"], t["comparator"]) for t in got.values()} == {
        ("城镇登记失业率", 3.5, "<"),
        ("城镇调查失业率", 5, "<"),
        ("万元GDP能耗/万元GDP水耗", 0.4, "<="),
    }
    assert set(got) == {"c2.t1.r1", "c2.t1.r1.s2", "c2.t1.r2"}


def test_doubling_with_a_level_in_brackets_gives_a_multiple_and_the_level() -> None:
    rows = [
        ["指标名称", "单位", "2035年目标值"],
        ["人均地区生产总值(2020年不变价)", "元", "翻一番(全市≥15万元)"],
        ["城乡居民收入", "元", "翻一番(农村居民人均可支配收入≥4万元)"],
    ]
    got = by_id(rows)
    first = got["c2.t1.r1"]
    assert (first["metric"], first["value"], first["unit"], first["kind"]) == (
        "人均地区生产总值",
        2,
        "倍",
        "multiple",
    )
    assert first["baseline_year"] == 2020  # the price year is the year it doubles from
    scope = got["c2.t1.r1.s2"]
    assert (scope["metric"], scope["value"], scope["unit"], scope["kind"]) == (
        "全市人均地区生产总值",
        15,
        "万元",
        "level",
    )
    named = got["c2.t1.r2.s2"]
    assert (named["metric"], named["value"], named["unit"]) == ("农村居民人均可支配收入", 4, "万元")
    assert got["c2.t1.r2"]["baseline_year"] == 2025  # no price year: the table's base year


def test_two_labelled_values_in_one_cell_give_a_target_each() -> None:
    rows = [
        ["指标", "单位", "属性", "2030年", "年均[累计]"],
        ["棚户区改造面积", "万平方米", "约束性", "-", "[城区:五年累计约80 乡镇:五年累计约30]"],
    ]
    got = by_id(rows)
    found = {
        (t["metric"], t["value"], t["comparator"], t["kind"], t["baseline_year"], t["binding"])
        for t in got.values()
    }
    assert found == {
        ("棚户区改造面积（城区）", 80, "~", "cumulative", 2025, True),
        ("棚户区改造面积（乡镇）", 30, "~", "cumulative", 2025, True),
    }


def test_a_cumulative_cell_counts_from_the_year_before_the_plan_unless_it_is_a_total() -> None:
    rows = [
        ["指标", "单位", "2030年", "年均[累计]"],
        ["单位GDP建设用地使用面积下降", "%", "-", "[15]"],
        ["高新技术企业数量", "家", "-", "[累计达到3000]"],
    ]
    got = by_id(rows)  # the plan is 2026–2030 and the table has no 基期 column
    assert got["c2.t1.r1.annual"]["baseline_year"] == 2025
    total = got["c2.t1.r2.annual"]
    assert (total["value"], total["kind"], total["baseline_year"]) == (3000, "cumulative", None)


def test_equals_sign_and_a_cumulative_share_is_a_level() -> None:
    rows = [["指标名称", "单位", "2030年目标值"], ["农村危房累计改造率", "%", "=100"]]
    (t,) = by_id(rows).values()
    assert (t["value"], t["comparator"], t["kind"]) == (100, "=", "level")


def test_staged_years_of_a_unitless_coefficient_and_a_latin_unit() -> None:
    rows = [
        ["指标", "2026年预期值", "2027年预期值", "2028年预期值"],
        ["灌溉水有效利用系数", "0.58", "0.6", "0.62"],
        ["农村居民人均日生活用水量", "80L/d", "85L/d", "90L/d"],
        ["万元GDP能耗年降低率", "", "", "3%"],
    ]
    found = {
        (t.metric, t.value, t.unit, t.deadline, t.kind)
        for t in targets_from_table(rows, node_id="c2.t1", location=LOC, period=(2026, 2028))
    }
    assert found == {
        ("灌溉水有效利用系数", 0.58, None, 2026, "level"),
        ("灌溉水有效利用系数", 0.6, None, 2027, "level"),
        ("灌溉水有效利用系数", 0.62, None, 2028, "level"),
        ("农村居民人均日生活用水量", 80, "L/d", 2026, "level"),
        ("农村居民人均日生活用水量", 85, "L/d", 2027, "level"),
        ("农村居民人均日生活用水量", 90, "L/d", 2028, "level"),
        ("万元GDP能耗年降低率", 3, "%", 2028, "annual"),
    }


def test_the_note_under_a_table_says_what_each_bracket_means() -> None:
    from plantrack.parse.table_cells import bracket_notes

    assert bracket_notes("注：〔〕内为五年累计数，［］内为五年平均数。") == {
        "〔": "cumulative",
        "［": "average",
    }
    assert bracket_notes("注：带[ ]的为累计数") == {"［": "cumulative"}
    assert bracket_notes("注：( )内为年均增速") == {"（": "average"}
    assert bracket_notes("注：［］内为2020年数据。") == {}
    rows = [
        ["指标", "2025年", "2030年", "年均增长［累计］", "属性"],
        ["地区生产总值增长（%）", "5.8", "—", "［5.5］", "预期性"],
        ["研发经费投入强度（%）", "2.5", "3", "〔0.5〕", "预期性"],
        ["城镇新增就业（万人）", "—", "［12］", "—", "预期性"],
    ]
    note = "注：〔〕内为五年累计数，［］内为五年平均数。"
    got = {
        t.id: t
        for t in targets_from_table(
            rows, node_id="t", location=LOC, period=(2026, 2030), notes=note
        )
    }
    gdp = got["t.r1.annual"]
    assert (gdp.metric, gdp.value, gdp.unit, gdp.kind, gdp.baseline_year) == (
        "地区生产总值增长",
        5.5,
        "%",
        "annual",
        None,
    )
    rd = got["t.r2.annual"]
    assert (rd.value, rd.unit, rd.kind, rd.baseline_year) == (0.5, "个百分点", "cumulative", 2025)
    jobs = got["t.r3"]  # ［12］ in the target column: 12万人 a year on average
    assert (jobs.value, jobs.unit, jobs.kind) == (12, "万人", "annual")
    # without the note a square bracket is cumulative, as before
    plain = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    assert {t.id: t.kind for t in plain}["t.r1.annual"] == "cumulative"


def test_a_bracketed_baseline_takes_the_year_the_note_gives() -> None:
    # 现状 of 2020, but two rows only had a 2019 figure: the note under the table says so
    rows = [
        ["序号", "指标名称", "现状值（2020年）", "规划值（2025年）", "远景值（2035年）"],
        ["1", "农村生活垃圾分类覆盖率", "（62.5%）", "90%", "100%"],
        ["2", "绿色建筑占新建建筑比例", "70%", "100%", "100%"],
    ]
    note = "注：括号内数值为2019年统计数。"
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2021, 2025), notes=note)
    got = {(t.metric, t.value, t.deadline, t.baseline, t.baseline_year) for t in targets}
    assert got == {
        ("农村生活垃圾分类覆盖率", 90, 2025, 62.5, 2019),
        ("农村生活垃圾分类覆盖率", 100, 2035, 62.5, 2019),
        ("绿色建筑占新建建筑比例", 100, 2025, 70, 2020),
        ("绿色建筑占新建建筑比例", 100, 2035, 70, 2020),
    }


def test_words_in_brackets_after_a_value_qualify_it() -> None:
    rows = [
        ["指标", "单位", "现状（2020年）", "目标（2025年）", "目标（2035年）"],
        ["工业固废综合利用率", "%", "90", "≥95（不含危险废物）", "98"],
    ]
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2021, 2025))
    assert {(t.value, t.comparator.value, t.deadline) for t in targets} == {
        (95, ">=", 2025),
        (98, ">=", 2035),
    }


def test_a_figure_at_the_end_of_words_is_the_value_with_the_unit_it_states() -> None:
    # b7 普陀, 长宁: the 单位 cell says 分钟 (of the scope), the value a share; words that compare
    # with another figure (高于全区…) give the comparator, words that scope it go to the metric
    rows = [
        ["序号", "指标项", "单位", "类型", "现状（2025年）", "近期规划（2030年）"],
        ["1", "满足消防响应时间", "分钟", "约束性", "/", "5分钟覆盖区超80%"],
        ["2", "新兴产业税收年均增速", "%", "预期性", "/", "高于全区税收年均增速3个百分点以上"],
        ["3", "社会消费品零售总额年均增速", "%", "预期性", "/", "高于全市平均水平"],
    ]
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    got = {(t.metric, t.value, t.unit, t.comparator.value, t.binding) for t in targets if t.value}
    assert got == {
        ("满足消防响应时间（5分钟覆盖区）", 80, "%", ">", True),
        ("新兴产业税收年均增速", 3, "个百分点", ">=", False),
    }


def test_a_header_with_a_year_and_a_period_has_both_years() -> None:
    rows = [
        ["序号", "指标名称", "2025年", "单位", "“十五五”目标值", "属性"],
        ["1", "森林覆盖率", "50.5", "%", "51", "约束性"],
    ]
    (t,) = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    assert (t.value, t.baseline, t.baseline_year, t.deadline) == (51, 50.5, 2025, 2030)


def test_target_cells_in_words_give_the_figures_they_state() -> None:
    # b8 虹口, 青浦: words lead to the value (力争, 完成, 增加, 超), a magnitude before the row's
    # unit, one figure among clauses, labelled values with units, a cell that is two targets
    rows = [
        ["序号", "指标", "单位", "“十五五”目标", "属性"],
        ["1", "地区生产总值年均增长率（期末）", "%", "与全市同步、力争高于全市，“十五五”突破2000亿元", "预期性"],
        ["2", "固定资产投资总额（五年累计）", "亿元", "力争完成2000亿元左右", "预期性"],
        ["3", "每年新增新质航运企业", "家", "力争150家", "预期性"],
        ["4", "新增优质金融机构", "家", "每年新增30家优质金融机构，五年累计新增8家持牌金融机构", "预期性"],
        ["5", "重大项目开竣工面积（五年累计）", "平方米", "800万", "预期性"],
        ["6", "千亿产业集群规模", "亿元", "新一代信息技术：1300亿元高端装备制造：1200亿元", "预期性"],
        ["7", "优良水体比例（期末）", "%", "达到或好于Ⅲ类水体比例不低于75", "约束性"],
        ["8", "公园数量", "座", "增加20", "预期性"],
    ]  # fmt: skip
    targets = targets_from_table(
        rows, node_id="t", location=LOC, period=(2026, 2030), read_words=read_words
    )
    got = {
        (t.metric, t.value, t.unit, t.comparator.value, t.kind.value, t.aspiration) for t in targets
    }
    assert got == {
        ("地区生产总值年均增长率（期末）", 2000, "亿元", ">", "level", False),
        ("固定资产投资总额（五年累计）", 2000, "亿元", "~", "cumulative", True),
        ("每年新增新质航运企业", 150, "家", ">=", "annual", True),
        ("优质金融机构", 30, "家", ">=", "annual", False),
        ("持牌金融机构", 8, "家", ">=", "cumulative", False),
        ("重大项目开竣工面积（五年累计）", 800, "万平方米", ">=", "cumulative", False),
        ("千亿产业集群规模（新一代信息技术）", 1300, "亿元", ">=", "level", False),
        ("千亿产业集群规模（高端装备制造）", 1200, "亿元", ">=", "level", False),
        ("优良水体比例（期末）（达到或好于Ⅲ类水体比例）", 75, "%", ">=", "level", False),
        ("公园数量", 20, "座", ">=", "level", False),
    }


def test_a_range_in_a_bracketed_cell_and_a_unit_bracket_holding_a_bracket() -> None:
    # b9 上海城市更新和住房: 〔3000—4000〕 keeps both ends; 数量（万套（间））: the unit is 万套（间）
    rows = [
        ["序号", "指标", "2025年基期值", "2030年目标值", "属性"],
        ["1", "实施老旧小区改造面积（万平方米）", "〔6880〕", "〔3000—4000〕", "预期性"],
        ["2", "新增供应保障性租赁住房数量（万套（间））", "〔26.7〕", "〔25—27〕", "预期性"],
    ]
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    got = {(t.metric, t.value, t.value_max, t.unit, t.baseline) for t in targets}
    assert got == {
        ("实施老旧小区改造面积", 3000, 4000, "万平方米", 6880),
        ("新增供应保障性租赁住房数量", 25, 27, "万套（间）", 26.7),
    }


def test_a_cumulative_lead_in_a_target_cell_makes_the_target_cumulative() -> None:
    rows = [
        ["序号", "指标", "单位", "属性", "目标值"],
        ["1", "全社会固定资产投资总额", "亿元", "预期性", "累计完成 3250"],
        ["2", "国家和市级重大人才工程引进人数", "人", "预期性", "累计2000"],
    ]
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    got = {(t.metric, t.value, t.unit, t.kind.value) for t in targets}
    assert got == {
        ("全社会固定资产投资总额", 3250, "亿元", "cumulative"),
        ("国家和市级重大人才工程引进人数", 2000, "人", "cumulative"),
    }


def test_a_yearly_amount_and_values_for_parts_named_in_brackets() -> None:
    # b11 普陀: 每年6900 in the 年均【累计】 column is 6900 人 a year, not a growth rate;
    # ≥30（初中）≥55（高中） is a value for each school level
    rows = [
        ["序号", "指标名称", "单位", "属性", "2030年", "年均【累计】"],
        ["1", "失业人员实现再就业人数", "人", "约束性", "—", "每年6900"],
        ["2", "研究生学历专任教师比例", "%", "预期性", "≥30（初中）≥55（高中）", ""],
    ]
    targets = targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    got = {(t.metric, t.value, t.unit, t.comparator.value, t.kind.value) for t in targets}
    assert got == {
        ("失业人员实现再就业人数", 6900, "人", ">=", "annual"),
        ("研究生学历专任教师比例（初中）", 30, "%", ">=", "level"),
        ("研究生学历专任教师比例（高中）", 55, "%", ">=", "level"),
    }


@pytest.mark.parametrize(
    ("words", "value", "unit", "year"),
    [
        ("完成市、区设定指标（其中2026年0.23万套）", 0.23, "万套", 2026),
        ("完成市、区设定指标（其中2026年、2027年累计新增7600张）", 7600, "张", 2027),
        ("到2030年达到60%", 60, "%", 2030),
        ("“十五五”突破2000亿元", 2000, "亿元", None),
    ],
)
def test_a_words_cell_keeps_the_year_and_the_bracketed_part_of_its_figure(
    words: str, value: float, unit: str, year: int | None
) -> None:
    cell = clause_cell(words)
    assert cell is not None
    assert (cell.value, cell.unit, cell.year) == (value, unit, year)


def test_a_words_cell_with_a_figure_in_each_clause_gives_one_target_per_clause() -> None:
    # a 防震减灾 table: cells in words, a figure in each clause, bound words around it
    header = ["类别", "指标内容", "2025年规划值", "指标属性"]
    rows = [
        header,
        ["监测能力", "地震监测能力", "上海行政区达到0.8级，邻近地区（行政区域外50公里）达到1.5级", "约束性"],
        ["监测能力", "地震应急响应保障水平", "震后20分钟内提供快速评估结果，震后30分钟内提供决策意见", "预期性"],
        ["监测能力", "新建建设工程抗震设防达标率", "城市100%，农村70%", "约束性"],
        ["监测能力", "地震危险性区划图", "1：25万图", "约束性"],
        ["公共服务", "社会公众满意度", "不低于90分", "预期性"],
    ]  # fmt: skip
    got = {
        (t.metric, t.value, t.unit, t.comparator.value if t.comparator else None, t.binding)
        for t in targets_from_table(rows, node_id="t", location=Location(node="t"), period=(2021, 2025))
        if t.value is not None
    }  # fmt: skip
    assert got == {
        ("地震监测能力（上海行政区）", 0.8, "级", ">=", True),
        ("地震监测能力（邻近地区）", 1.5, "级", ">=", True),
        ("地震应急响应保障水平（震后提供快速评估结果）", 20, "分钟", "<=", False),
        ("地震应急响应保障水平（震后提供决策意见）", 30, "分钟", "<=", False),
        ("新建建设工程抗震设防达标率（城市）", 100, "%", ">=", True),
        ("新建建设工程抗震设防达标率（农村）", 70, "%", ">=", True),
        ("社会公众满意度", 90, "分", ">=", False),
    }


def test_a_listed_name_shares_its_measure_with_each_item() -> None:
    from plantrack.parse.row_variants import listed_names

    assert listed_names("县道、乡村道优良路率(MQI)") == ["县道优良路率(MQI)", "乡村道优良路率(MQI)"]
    assert listed_names("城镇、农村居民人均可支配收入") == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert listed_names("PM2.5、PM10浓度") == []  # no measure left to share: not split


def test_a_fifteenth_plan_table_with_estimated_bases_starred_rates_and_a_ratio(tmp_path) -> None:
    # b35 重庆 “十五五”纲要: 预计20 in the 2025 column, 5—5.5\* with 注 带\*为年均增速, 2.21∶1
    text = (
        "专栏1　“十五五”经济社会发展主要指标\n\n"
        "| 序号 | 指标名称 | 2025年 | 2030年目标 | 属性 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 地区生产总值增长（%） | 5.3 | 5—5.5\\* | 预期性 |\n"
        "| 2 | 全员劳动生产率（万元/人） | 预计20 | 25 | 预期性 |\n"
        "| 3 | 城乡居民人均可支配收入比 | 2.21∶1 | 2.1∶1左右 | 预期性 |\n\n"
        "注：标“—”暂无数据，带\\*为年均增速。\n"
    )
    parsed = parse_lines(tmp_path, [text.rstrip("\n")], "", (2026, 2030))
    got = {t.metric: t for t in parsed.targets}
    gdp = got["地区生产总值增长"]
    assert (gdp.value, gdp.value_max, gdp.kind, gdp.baseline) == (5, 5.5, "annual", 5.3)
    assert (got["全员劳动生产率"].value, got["全员劳动生产率"].baseline) == (25, 20)
    ratio = got["城乡居民人均可支配收入比"]
    assert (ratio.value, ratio.unit, ratio.comparator, ratio.baseline) == (2.1, ":1", "~", 2.21)


def test_a_cell_of_power_and_energy_gives_a_row_each() -> None:
    # b36 重庆: 用户侧储能装机规模（累计） | >100万千瓦/200万千瓦时
    rows = [
        ["序号", "指标", "2026年目标"],
        ["1", "用户侧储能装机规模（累计）", ">100万千瓦/200万千瓦时"],
    ]
    targets = targets_from_table(rows, node_id="c2.t1", location=LOC, period=(2024, 2026))
    got = [(t.value, t.unit, t.comparator, t.kind) for t in targets]
    assert got == [(100, "万千瓦", ">", "cumulative"), (200, "万千瓦时", ">", "cumulative")]


def test_a_figure_merged_over_the_base_and_target_columns_is_the_target() -> None:
    # 平顶山's 专栏1 as copied: 新建客运枢纽（个） | 6 | (empty) — a count for the whole period
    rows = [
        ["类别", "指标", "2020", "2025"],
        ["基础设施", "高速公路里程（公里）", "379", "537"],
        ["基础设施", "新建客运枢纽（个）", "6", ""],
        ["基础设施", "省级示范区（个）", "0", ""],
    ]
    got = {t["metric"]: (t["value"], t["baseline"]) for t in by_id(rows, (2021, 2025)).values()}
    assert got == {"高速公路里程": (537, 379), "新建客运枢纽": (6, None)}


def test_a_category_column_beside_the_unit_names_the_rows() -> None:
    # 河南's 表2: 类别 | 单位 | 2020年 | 2025年 | 属性, no 指标 column
    rows = [
        ["类别", "单位", "2020年", "2025年", "属性"],
        ["1.1 可再生能源电力总量消纳责任权重", "%", "17.5", "32.2", "预期性"],
        ["2.3 生物天然气", "万立方米", "2000", "5000", "预期性"],
    ]
    got = sorted(
        (t["value"], t["unit"], t["baseline"], t["binding"])
        for t in by_id(rows, (2021, 2025)).values()
    )
    assert got == [(32.2, "%", 17.5, False), (5000, "万立方米", 2000, False)]


def test_a_table_whose_latest_column_precedes_the_plan_holds_no_target() -> None:
    achieved = [
        ["序号", "指标", "2020年", "2025年", "年均增长（%）"],
        ["1", "地区生产总值（亿元）", "14000", "18000", "5.2"],
        ["2", "常住人口（万人）", "940", "980", "0.8"],
    ]
    assert targets_from_table(achieved, node_id="t", location=LOC, period=(2026, 2030)) == []
    planned = targets_from_table(achieved, node_id="t", location=LOC, period=(2021, 2025))
    assert {t.value for t in planned if t.kind == "level"} == {18000, 980}


def test_an_attribute_written_short_or_cut_off_still_binds() -> None:
    rows = [
        ["序号", "指标", "2025年", "2030年", "属性"],
        ["1", "森林覆盖率（%）", "45.3", "46.3", "约"],
        ["2", "地区生产总值（亿元）", "18000", "24000", "预"],
        ["3", "常住人口（万人）", "980", "1000", "—"],
    ]
    got = {
        t.metric: t.binding
        for t in targets_from_table(rows, node_id="t", location=LOC, period=(2026, 2030))
    }
    assert got == {"森林覆盖率": True, "地区生产总值": False, "常住人口": None}


def test_a_column_of_the_change_since_the_base_year_gives_a_change_target() -> None:
    rows = [
        ["指标", "单位", "2020年", "2025年", "2025年比2020年累计下降", "2025年比2020年增长"],
        ["地区生产总值", "亿元", "5000", "6500", "", "30%"],
        ["规模以上工业企业", "家", "1200", "", "", "1.5倍"],
        ["单位地区生产总值能耗下降", "%", "", "", "〔13.5〕", ""],
    ]
    found = {
        (t["metric"], t["value"], t["unit"], t["baseline_year"])
        for t in by_id(rows, (2021, 2025)).values()
    }
    assert ("地区生产总值增长", 30.0, "%", 2020) in found
    assert ("规模以上工业企业增长", 1.5, "倍", 2020) in found
    # the 累计 column stays the cumulative column's: one target, not a second as a change
    assert [f for f in found if f[0].startswith("单位地区生产总值能耗")] == [
        ("单位地区生产总值能耗下降", 13.5, "%", 2020)
    ]


def test_a_target_column_for_each_place_gives_a_target_for_each() -> None:
    rows = [
        ["序号", "指标名称", "单位", "苏南目标值", "全省目标值", "权重"],
        ["1", "人均地区生产总值", "元", "180000", "130000", "4"],
        ["2", "研发经费支出占GDP比重", "%", "3", "", "3"],
    ]
    found = {k: (t["metric"], t["value"]) for k, t in by_id(rows).items()}
    assert sorted(found.values()) == [
        ("人均地区生产总值", 130000),
        ("苏南人均地区生产总值", 180000),
        ("苏南研发经费支出占GDP比重", 3),
    ]


def test_near_and_far_targets_are_not_places() -> None:
    rows = [
        ["指标名称", "单位", "近期目标值", "远期目标值"],
        ["森林覆盖率", "%", "61.5", "62"],
    ]
    assert [t["metric"] for t in by_id(rows).values()] == ["森林覆盖率"]


def test_a_count_unit_glued_to_the_name_is_the_unit() -> None:
    rows = [
        ["指标名称", "单位", "2010年实现值", "2015年目标值"],
        ["企业研发机构数家", "", "502", "800"],
        ["万人发明专利拥有量件", "", "3.3", "12"],
        ["每千人拥有医生数", "", "2.17", "2.3"],
    ]
    found = sorted((t["metric"], t["unit"], t["value"]) for t in by_id(rows, (2011, 2015)).values())
    assert found == [
        ("万人发明专利拥有量", "件", 12),
        ("企业研发机构数", "家", 800),
        ("每千人拥有医生数", None, 2.3),
    ]
