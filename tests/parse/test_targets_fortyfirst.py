"""Forty-first round: what b40 (retired) showed missed, in words other than its documents'."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def targets_of(text: str, start: int, end: int) -> list:
    """The targets of one paragraph of a plan for start–end, issued in its first year."""
    context = ParagraphContext(DocFacts(end_year=end, start_year=start, year=start))
    found = extract_targets(text, node_id="p", end_year=end, location=LOC, context=context)
    return [t for t in found if t.value is not None]


def dated(text: str, start: int, end: int) -> list[tuple]:
    return [(t.value, t.deadline) for t in targets_of(text, start, end)]


def test_a_span_from_the_start_opening_a_sentence_governs_the_sentences_after_it() -> None:
    text = (
        "用三年时间，基本完成全省农村公路提档升级。新建改建农村公路5000公里。"
        "用5年时间，全面建成“四好农村路”。建成示范县30个。"
    )
    assert dated(text, 2024, 2030) == [(5000, 2026), (30, 2028)]


def test_a_map_scale_is_no_value() -> None:
    assert dated("开展1∶5万区域地质调查和1:25万航空物探，新发现矿产地20处。", 2021, 2025) == [
        (20, 2025)
    ]


def test_how_much_there_is_is_no_target() -> None:
    text = "当前全省各类小微园区多达2300个，平均入驻率不足60%，到2027年建成标准化园区100个。"
    assert dated(text, 2024, 2027) == [(100, 2027)]


def test_chinese_numerals_with_a_scale_inside_and_a_year_in_chinese() -> None:
    # older national plans write every figure and year in Chinese numerals
    text = (
        "一九九〇年粮食产量要达到四亿五千万吨，新建和改建公路一万二千公里，棉花产量四百二十五万吨。"
    )
    found = targets_of(text, 1986, 1990)
    assert [(t.metric, t.value, t.unit, t.deadline) for t in found] == [
        ("粮食产量", 4.5, "亿吨", 1990),  # in the numeral's largest scale (as b43/b44 label it)
        ("新建和改建公路", 1.2, "万公里", 1990),  # 万 inside: in 万 (GUIDE, value)
        ("棉花产量", 425, "万吨", 1990),
    ]


def test_a_year_in_chinese_numerals_before_the_plan_is_the_past() -> None:
    assert dated(
        "一九八五年，全国原煤产量达到八亿吨。到一九九〇年，原煤产量达到十亿吨。", 1986, 1990
    ) == [(10, 1990)]


def test_ping_jun_mei_nian_is_one_yearly_adverb() -> None:
    found = targets_of("“八五”期间，国民生产总值平均每年增长6%。", 1991, 1995)
    assert [(t.metric, t.value, t.kind) for t in found] == [("国民生产总值增长", 6, "annual")]


def test_a_review_run_inside_a_plan_paragraph_is_the_past_until_a_sentence_looks_ahead() -> None:
    # the 2011 national report: its year's paragraph opens on the plan, then reviews 2010
    text = (
        "2016年是“十三五”开局之年，做好今年的工作至关重要。过去一年，我们的各项工作取得了很大成绩。"
        "全市地区生产总值增长8.3%，城镇新增就业12万人。今年，地区生产总值增长7%左右。"
    )
    assert dated(text, 2016, 2016) == [(7, 2016)]


def test_a_standard_of_money_paid_raised_from_one_figure_to_another_is_no_target() -> None:
    text = "城乡居民基础养老金标准统一由55元提高到70元，新增养老床位2000张。"
    assert dated(text, 2015, 2015) == [(2000, 2015)]


def test_money_the_state_spends_is_no_target() -> None:
    text = "今年中央财政用于“三农”的支出达到3397亿元，五年内国家财政将投入200多亿元，建设农村公路12万公里。"
    assert dated(text, 2006, 2010) == [(12, 2010)]  # 五年内 governs it
