"""Outline recognition on the real sample and on small plans written for each heading form."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.parse.outline import build_outline, cn_numeral, lead_sentence
from plantrack.read import clean_blocks, read_document


def sample_outline(sample_path):
    blocks, _ = clean_blocks(read_document(sample_path).blocks)
    return build_outline(blocks)


def outline_of(*lines: str):
    return build_outline([Block(line) for line in lines])


def test_sample_structure_matches_the_printed_plan(sample_path) -> None:
    outline = sample_outline(sample_path)
    structural = [
        (n.node_id, n.inferred) for n in outline.nodes if n.kind in ("chapter", "section", "box")
    ]
    assert structural == [
        ("c2", True),
        ("c2.s2", True),
        ("c2.s3", False),
        ("c2.s4", False),
        ("c2.s4.box2", False),
        ("c2.s5", False),
        ("c3", False),
        ("c3.s1", False),
        ("c3.s1.box3", False),
        ("c3.s2", False),
        ("c3.s3", False),
        ("c3.s3.box4", False),
        ("c3.s4", False),
        ("c4", False),
        ("c4.s1", False),
        ("c4.s2", False),
        ("c4.s2.box5", False),
    ]
    assert outline.title == "宁波市国民经济和社会发展的第十五个五年规划纲要"
    assert outline.warnings == []


def test_sample_tasks_boxes_and_items(sample_path) -> None:
    outline = sample_outline(sample_path)
    by_id = {n.node_id: n for n in outline.nodes}
    assert [by_id[f"c2.s2.p{i}"].title for i in range(1, 6)] == [
        "提速发展新一代信息技术产业",
        "推动绿色能源产业规模化发展",
        "大力培育生命健康产业",
        "加快壮大航空航天与海工装备产业",
        "推动低空经济产业创新发展",
    ]
    assert by_id["c4.s1.p1"].title == "强化算力资源统筹供给"
    assert by_id["c2.s4.box2"].title == "生产性服务业发展重点工程"
    items = [n for n in outline.nodes if n.parent == "c2.s4.box2"]
    assert [i.title for i in items] == [
        "港航物流",
        "现代贸易",
        "现代金融",
        "科技服务",
        "数字服务",
        "高端专业服务",
    ]
    assert by_id["c4.s2.box5.i8"].title == "“人工智能+”城市治理"
    # after a box, the section's paragraphs continue: 推动生活性服务业提质升级 is c2.s4.p2
    assert by_id["c2.s4.p2"].title == "推动生活性服务业提质升级"
    assert by_id["c3.p1"].title == "坚持以科技创新塑造发展新优势"
    assert by_id["c2.s2.p1"].path == ["第二章（推断）", "第二节（推断）"]
    assert by_id["c3.s1.box3.i4"].path == [
        "第三章 建设全域高水平创新型城市，更好引领发展新质生产力",
        "第一节 增强科技创新策源能力",
        "专栏3 科创平台提能工程",
    ]


def test_spans_point_into_the_cleaned_text(sample_path) -> None:
    outline = sample_outline(sample_path)
    for node in outline.nodes:
        if node.kind in ("paragraph", "item"):
            assert outline.text[node.span[0] : node.span[1]] == node.text, node.node_id
    by_id = {n.node_id: n for n in outline.nodes}
    # the repaired paragraph spans the former page break as one paragraph
    repaired = by_id["c3.s2.p1"]
    assert "推动“高校+平台+企业+产业链”结对合作全覆盖" in repaired.text
    assert repaired.span == (4426, 4742)
    # a chapter spans from its heading to its last descendant
    assert "c3.s4.p4" not in by_id  # 营造更优… and 创投资机构… are one paragraph again
    assert by_id["c3"].span[1] == by_id["c3.s4.p3"].span[1]
    assert by_id["c4"].span[1] == len(outline.text)


def test_no_headings_gives_a_flat_list_with_a_warning() -> None:
    outline = outline_of(
        "加快发展数字经济。数字经济核心产业增加值达到1000亿元。",
        "推进绿色低碳转型。单位GDP能耗下降13.5%。",
    )
    assert [n.node_id for n in outline.nodes] == ["p1", "p2"]
    assert outline.warnings == ["no headings found: stored as a flat list of 2 paragraphs"]


def test_list_headings_alone_are_headings_not_a_flat_list() -> None:
    # a 行动方案 numbered 一、 （一） only: its outline has headings, so no flat-list warning
    outline = outline_of(
        "某市数字经济发展行动方案",
        "一、总体要求",
        "到2027年，数字经济核心产业增加值达到3000亿元。",
        "二、重点任务",
        "（一）建设算力基础设施",
        "全市算力规模超过10EFLOPS。",
    )
    assert [n.node_id for n in outline.nodes] == ["h1", "h1.p1", "h2", "h2.h1", "h2.h1.p1"]
    assert not any("no headings found" in w for w in outline.warnings), outline.warnings


def test_parts_chapters_sections_and_list_headings() -> None:
    outline = outline_of(
        "某省国民经济和社会发展第十五个五年规划纲要",
        "第一编 发展基础",
        "第一章 发展环境",
        "第一节 发展基础",
        "一、经济实力",
        "综合实力显著增强。地区生产总值突破9万亿元。",
        "（一）创新能力",
        "创新能力明显提升。",
        "二、社会民生",
        "人民生活水平稳步提高。",
        "第二编 创新驱动",
        "第十二章 强化企业创新",
        "支持企业创新。",
    )
    ids = [(n.node_id, n.kind) for n in outline.nodes]
    assert ids == [
        ("b1", "part"),
        ("c1", "chapter"),
        ("c1.s1", "section"),
        ("c1.s1.h1", "heading"),
        ("c1.s1.h1.p1", "paragraph"),
        ("c1.s1.h1.h1", "heading"),
        ("c1.s1.h1.h1.p1", "paragraph"),
        ("c1.s1.h2", "heading"),
        ("c1.s1.h2.p1", "paragraph"),
        ("b2", "part"),
        ("c12", "chapter"),
        ("c12.p1", "paragraph"),
    ]
    by_id = {n.node_id: n for n in outline.nodes}
    assert by_id["c12"].parent == "b2"
    assert by_id["c1.s1.h1.h1.p1"].path == [
        "第一编 发展基础",
        "第一章 发展环境",
        "第一节 发展基础",
        "一、经济实力",
        "（一）创新能力",
    ]


def test_content_before_a_chapter_heading_is_the_previous_chapter() -> None:
    outline = outline_of("坚持扩大内需。", "第九十九章 附则", "本纲要自印发之日起实施。")
    assert [(n.node_id, n.inferred) for n in outline.nodes] == [
        ("c98", True),
        ("c98.p1", False),
        ("c99", False),
        ("c99.p1", False),
    ]


def test_numbered_long_lines_outside_boxes_are_paragraphs() -> None:
    outline = outline_of(
        "第一章 总体要求", "1.加快数字化改造。实施智能化改造项目500个以上。", "2.重点产业"
    )
    kinds = [(n.node_id, n.kind) for n in outline.nodes]
    assert kinds == [("c1", "chapter"), ("c1.p1", "paragraph"), ("c1.h1", "heading")]


def test_a_numbered_paragraph_is_a_sibling_of_the_headings_of_its_level() -> None:
    # 二、 run into its text (a copy that lost its line breaks) ends the section 一、 opened
    outline = outline_of(
        "一、2024年工作回顾",
        "全年地区生产总值增长5.3%。",
        "二、2025年主要目标任务今年是收官之年。地区生产总值增长5.5%左右。",
        "（一）扩大有效投资",
    )
    assert [n.node_id for n in outline.nodes] == ["h1", "h1.p1", "p1", "h2"]


def test_tables_become_table_nodes() -> None:
    outline = build_outline(
        [
            Block("第一章 主要指标"),
            Block("", kind="table", rows=[["指标", "2025年"], ["GDP", "1.8"]]),
        ]
    )
    table = outline.nodes[1]
    assert (table.node_id, table.kind, table.text) == ("c1.tbl1", "table", "指标\t2025年\nGDP\t1.8")


def test_helpers() -> None:
    assert [cn_numeral(n) for n in (2, 10, 15, 20, 99)] == ["二", "十", "十五", "二十", "九十九"]
    assert lead_sentence("加强行业模型研究开发。实施垂直模型。") == "加强行业模型研究开发"
    assert lead_sentence("没有句号的一段文字，后面还有") == "没有句号的一段文字"


def test_repeated_headings_keep_unique_ids_with_a_warning() -> None:
    outline = outline_of(
        "第三章 创新",
        "第一节 平台",
        "建设实验室。",
        "第三章 创新",
        "第一节 平台",
        "建设实验室。",
        "专栏1 工程",
        "1.甲。",
        "1.乙。",
    )
    ids = [n.node_id for n in outline.nodes]
    assert ids == [
        "c3",
        "c3.s1",
        "c3.s1.p1",
        "c3_2",
        "c3_2.s1",
        "c3_2.s1.p1",
        "c3_2.s1.box1",
        "c3_2.s1.box1.i1",
        "c3_2.s1.box1.i1_2",
    ]
    assert len(set(ids)) == len(ids)
    assert outline.warnings == [
        "第三章 创新: repeated heading, stored as c3_2",
        "1.乙。: repeated heading, stored as c3_2.s1.box1.i1_2",
    ]


def test_a_decimal_section_of_a_later_chapter_ends_the_chapter_before() -> None:
    # b36 重庆: 第一章 “十三五”期间…发展情况, then 4.3总体目标 (its 第四章 line left out of the copy)
    outline = outline_of(
        "第一章 “十三五”期间发展情况",
        "1.3加油站现状情况",
        "“十三五”期末，全市加油站1738座。",
        "2.5万亩高标准农田",
        "4.3总体目标",
        "到2025年，全市加油站总数控制在2100座左右。",
    )
    chapters = [(n.node_id, n.text) for n in outline.nodes if n.kind == "chapter"]
    assert chapters == [("c1", "第一章 “十三五”期间发展情况"), ("c4", "4.3总体目标")]
    last = outline.nodes[-1]
    assert last.parent == "c4" and last.text.startswith("到2025年")
    # 1.3… (chapter 1's own section, a heading in it) and 2.5万亩… (a figure) open no chapter
    inside = [n.node_id for n in outline.nodes if n.text.startswith(("1.3", "2.5"))]
    assert len(inside) == 2 and all(node_id.startswith("c1.") for node_id in inside)


def test_bare_numbered_chapters_of_a_design_institute_plan() -> None:
    # b36 涪陵: `2  现状分析` … `3  综合能源站规模预测`, decimal sections under them, no 第…章
    outline = outline_of(
        "1  总则",
        "1.1 规划目的",
        "2  现状分析",
        "2.2 涪陵区能源站现状",
        "涪陵区现有98个已建成加油站。",
        "3  综合能源站规模预测",
        "到2030年，规划建设综合能源站28座。",
    )
    chapters = [(n.node_id, n.title) for n in outline.nodes if n.kind == "chapter"]
    assert chapters == [("c1", "总则"), ("c2", "现状分析"), ("c3", "综合能源站规模预测")]
    assert outline.nodes[-1].parent == "c3"


def test_bare_numbers_are_no_chapters_without_decimal_sections_or_beside_chapters() -> None:
    plain = outline_of("1  加强组织领导", "各部门要落实责任。", "2  强化资金保障", "加大投入。")
    with_chapters = outline_of(
        "第一章 总则", "1.1 规划目的", "1  加强组织领导", "2  强化资金保障", "2.1 资金"
    )
    falling = outline_of("3  现状分析", "3.1 现状", "2  规划目标", "2.1 目标")
    for outline in (plain, with_chapters, falling):
        assert [n.text for n in outline.nodes if n.kind == "chapter"] in ([], ["第一章 总则"])


def test_bare_chapters_written_without_a_space_and_counts_that_are_none() -> None:
    # b36 南川: 2 现状分析 … 3综合能源站规划布局 (no space), decimal sections 1.5规划期限, 3.1…
    outline = outline_of(
        "1.5规划期限",
        "2 现状分析",
        "2.2 南川区能源站现状",
        "南川区现有60个加油站。",
        "3综合能源站规划布局",
        "3.1综合能源站规模预测",
        "5个重点项目",
        "到2030年，建设44座。",
    )
    chapters = [n.title for n in outline.nodes if n.kind == "chapter"]
    assert chapters == ["现状分析", "综合能源站规划布局"]  # 5个重点项目 is a count


def test_a_decimal_section_heading_nests_by_its_depth() -> None:
    outline = outline_of(
        "一、新阶段新起点",
        "1.1 “十三五”规划既定目标如期实现",
        "“十三五”期间是全市发展史上具有里程碑意义的五年。",
        "1.1.1 综合经济实力大幅提升。人均生产总值超过2.1万美元。",
        "1.2 “十四五”时期的主要目标",
        "到2025年，人均生产总值达到2.6万美元。",
    )
    paths = [n.path for n in outline.nodes if n.kind == "paragraph"]
    assert paths == [
        ["一、新阶段新起点", "1.1 “十三五”规划既定目标如期实现"],
        ["一、新阶段新起点", "1.1 “十三五”规划既定目标如期实现"],
        ["一、新阶段新起点", "1.2 “十四五”时期的主要目标"],
    ]
