"""Statistical bulletins: figures found in sentences, matched to targets, applied above a threshold."""

from pathlib import Path

import pytest
from docx import Document as DocxDocument

from plantrack.errors import ReadError
from plantrack.model import Location, Target
from plantrack.track.bulletin import THRESHOLD, bulletin_year, coverage, find_figures, match

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_BULLETIN = ROOT / "samples" / "bulletins" / "ningbo-2026-bulletin.txt"


def figures(text):
    return [(f.context, f.value, f.unit, f.how) for f in find_figures(text)]


def test_figures_with_their_clause_and_way_of_counting():
    assert figures("全年金融业增加值2150亿元，增长6.1%。") == [
        ("全年金融业增加值", 2150, "亿元", "stock"),
        ("增长", 6.1, "%", "growth"),
    ]
    assert figures("年末累计建成5G-A基站3200个。")[0] == (
        "年末累计建成5G-A基站",
        3200,
        "个",
        "total",
    )
    assert figures("新认定高新技术企业612家。")[0][3] == "flow"


def test_lists_share_their_verb_and_respectively():
    assert figures("全年新集聚国内一流科技领军人才96名、海外优秀人才172名。")[1] == (
        "海外优秀人才",
        172,
        "名",
        "flow",
    )
    assert [f[0] for f in figures("数字农业工厂、数字化种养基地分别达到96家、205家。")] == [
        "数字农业工厂",
        "数字化种养基地",
    ]


def test_a_clause_without_subject_continues_the_previous_one():
    found = figures("新增省级以上企业研发机构150家，总数达到1470家。")
    assert found[1][0].startswith("省级以上企业研发机构")
    assert found[1][3] == "stock"


def test_coverage_of_the_target_metric():
    assert coverage("金融业增加值", "全年金融业增加值") == 1.0
    assert coverage("专精特新“小巨人”企业", "国家级专精特新“小巨人”企业累计达到") == 1.0
    # 金融业实现增加值: 金融 融业 增加 加值 of 金融 融业 业增 增加 加值 = 4/5
    assert coverage("金融业增加值", "金融业实现增加值") == pytest.approx(0.8)
    assert coverage("5G-A基站", "5G基站累计建成") < 0.5  # 5G is not 5G-A
    # "A、B等X" may be written "AX"
    assert coverage("新一代智能终端、智能体等应用普及率", "新一代智能终端应用普及率达到") == 1.0


def target(id_, metric, unit, kind="level", value=100.0):
    return Target(
        id=id_,
        metric=metric,
        value=value,
        unit=unit,
        comparator=">=",
        kind=kind,
        deadline=2030,
        text=metric,
        location=Location(node="c1"),
    )


def test_match_needs_a_unit_that_converts_and_prefers_the_right_count():
    targets = [target("a", "高新技术企业", "家", "annual"), target("b", "金融业增加值", "亿元")]
    found = find_figures(
        "高新技术产业增加值4120亿元。新认定高新技术企业612家，年末有效高新技术企业总数达到6180家。"
        "金融业增加值0.25万亿元。"
    )
    by_id = {p.target_id: p for p in match(found, targets, 2026)}
    assert (by_id["a"].value, by_id["a"].confidence) == (612, 1.0)  # the flow, not the stock
    assert (by_id["b"].value, by_id["b"].unit) == (0.25, "万亿元")  # converted when recorded


def test_two_equally_good_targets_lower_the_confidence():
    targets = [target("a", "研发机构", "家"), target("b", "研发机构数量", "家")]
    found = find_figures("研发机构数量1200家。")
    assert max(p.confidence for p in match(found, targets, 2026)) < THRESHOLD


def test_year_from_the_title():
    assert bulletin_year("宁波市2026年国民经济和社会发展统计公报\n…2025年…") == 2026
    assert bulletin_year("没有年份") is None


FIN = "c2.s4.box2.i3.t1"


def test_sample_bulletin_proposes_and_applies(sample_ws):
    result = sample_ws.bulletin(SAMPLE_BULLETIN)
    assert result.year == 2026
    proposals = {p.target_id: p for p in result.proposals}
    fin = proposals[FIN]
    assert (fin.value, fin.unit, fin.confidence) == (2150, "亿元", 1.0)
    assert fin.sentence == "全年金融业增加值2150亿元，增长6.1%。"
    assert proposals["c4.s1.p4.t1"].basis == "total"  # 年末累计建成5G-A基站3200个
    assert sample_ws.observations() == []  # nothing recorded without apply

    applied = sample_ws.bulletin(SAMPLE_BULLETIN, apply=True)
    stored = {o.target_id: o for o in sample_ws.observations()}
    confident = {p.target_id for p in applied.proposals if p.confidence >= THRESHOLD}
    assert set(stored) == confident
    assert {p.action for p in applied.proposals if p.target_id in confident} == {"recorded"}
    low = [p for p in applied.proposals if p.confidence < THRESHOLD]
    assert low and all(p.action == "below threshold" for p in low)
    assert stored[FIN].source.startswith("ningbo-2026-bulletin.txt：全年金融业增加值2150亿元")
    assert stored[FIN].vintage == "2026年统计公报"
    again = sample_ws.bulletin(SAMPLE_BULLETIN, apply=True)
    assert {p.action for p in again.proposals if p.target_id in confident} == {"unchanged"}


def test_bulletin_in_word_with_year_option(sample_ws, tmp_path):
    path = tmp_path / "公报.docx"
    doc = DocxDocument()
    doc.add_paragraph("统计公报")
    doc.add_paragraph("全年金融业增加值2290亿元，增长5.7%。")
    doc.save(path)
    with pytest.raises(ReadError, match="no year in the title; give --year"):
        sample_ws.bulletin(path)
    result = sample_ws.bulletin(path, year=2027, apply=True)
    assert [(p.target_id, p.period, p.action) for p in result.proposals] == [
        (FIN, "2027", "recorded")
    ]


def test_bulletin_keeps_a_figure_already_recorded_and_revises_a_different_one(sample_ws):
    sample_ws.record(FIN, period=2026, value=21_500_000, unit="万元", source="市金融办")
    sample_ws.record("c2.s4.box2.i1.t1", period=2026, value=12, source="市商务局")
    result = sample_ws.bulletin(SAMPLE_BULLETIN, apply=True)
    actions = {p.target_id: p.action for p in result.proposals}
    assert actions[FIN] == "unchanged"  # 2150 亿元 = 21,500,000 万元: the department's row stays
    assert actions["c2.s4.box2.i1.t1"] == "updated"  # 13 家 in the bulletin, 12 recorded
    (fin,) = sample_ws.observations(target_id=FIN)
    assert (fin.source, fin.version) == ("市金融办", 1)
    logistics = sample_ws.history(target_id="c2.s4.box2.i1.t1")
    assert [(h["old"] or {}).get("value") for h in logistics] == [None, 12]


def test_bulletin_as_html_page(sample_ws, tmp_path):
    path = tmp_path / "gongbao.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>宁波市2027年国民经济和社会发展统计公报</title></head>"
        "<body><h1>宁波市2027年国民经济和社会发展统计公报</h1>"
        "<p>全年新认定高新技术企业480家，国家高新技术企业总数6650家。</p>"
        "<p>年末累计建成5G-A基站4600个。</p></body></html>",
        encoding="utf-8",
    )
    result = sample_ws.bulletin(path)
    found = {
        (p.target_id, p.value, p.period) for p in result.proposals if p.confidence >= THRESHOLD
    }
    assert found == {("c3.s2.p1.t2", 480, "2027"), ("c4.s1.p4.t1", 4600, "2027")}


def test_bulletin_table_rows_become_figures(sample_ws, tmp_path):
    path = tmp_path / "2027公报.docx"
    doc = DocxDocument()
    doc.add_paragraph("宁波市2027年国民经济和社会发展统计公报")
    doc.add_paragraph("表1  2027年主要科技指标")
    rows = [
        ["指标", "单位", "绝对数", "比上年增长（%）"],
        ["金融业增加值", "亿元", "2290", "5.7"],
        ["新认定高新技术企业", "家", "480", "—"],
        ["全社会研发经费支出", "亿元", "688", "10.1"],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(path)
    result = sample_ws.bulletin(path)
    found = {(p.target_id, p.value) for p in result.proposals if p.confidence >= THRESHOLD}
    assert found == {(FIN, 2290), ("c3.s2.p1.t2", 480)}
    fin = next(p for p in result.proposals if p.target_id == FIN)
    assert fin.sentence == "金融业增加值2290亿元。"


def test_a_yearly_cut_feeds_a_reduction_target_and_other_years_are_not_matched():
    from plantrack.parse.targets import extract_targets
    from plantrack.track.assess import assess

    loc = Location(node="c1.p1", chapter=1, path=["第一章"])
    (energy,) = extract_targets(
        "单位地区生产总值能耗下降13.5%。", node_id="c1.p1", end_year=2030, location=loc
    )
    text = "单位地区生产总值能耗比上年下降3.2%。2025年末单位地区生产总值能耗下降2.9%。"
    (proposal,) = match(find_figures(text), [energy], 2026)
    assert (proposal.value, proposal.unit, proposal.basis) == (3.2, "%", None)  # a yearly cut
    risen = match(find_figures("单位地区生产总值能耗上升1.5%。"), [energy], 2026)
    assert [p.value for p in risen] == [-1.5]  # the wrong way: a negative cut
    # the 2025 figure (another year, in a 2026 bulletin) is never proposed; 比2025年 is a comparison
    assert match(find_figures("2025年末单位地区生产总值能耗下降2.9%。"), [energy], 2026) == []
    compared = match(find_figures("单位地区生产总值能耗比2025年下降3.1%。"), [energy], 2026)
    assert [(p.value, p.basis) for p in compared] == [(3.1, None)]  # the 2026 bulletin: a year
    since = match(find_figures("单位地区生产总值能耗比2025年下降6.1%。"), [energy], 2027)
    assert [(p.value, p.basis) for p in since] == [(6.1, "total")]  # two years: the cumulative cut
    from plantrack.model import Observation

    cuts = [Observation(energy.id, "2026", 3.2, "%"), Observation(energy.id, "2027", 3.0, "%")]
    assert assess(energy, cuts, base_year=2025).status == "on_track"


def test_a_sentence_that_looks_ahead_gives_no_observation():
    # a report read as a bulletin: what was done is observed, next year's goal is not
    text = (
        "全年完成造林面积12万亩，比上年增长8%。"
        "明年力争完成造林面积15万亩。"
        "到2030年，森林覆盖率达到45%。"
        "截至2027年末，省级未来工厂累计45家。"
    )
    assert [f.value for f in find_figures(text, 2027)] == [12, 8, 45]
    # without the bulletin's year every figure is kept, as before
    assert [f.value for f in find_figures(text)] == [12, 8, 15, 45, 45]
