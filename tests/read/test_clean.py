"""clean_blocks and normalize_width, on the real sample plan and on small cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from paragraph import document_targets
from plantrack.model import Block
from plantrack.read import read_document
from plantrack.read.clean import (
    chinese_punctuation,
    clean_blocks,
    ends_sentence,
    normalize_width,
)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ningbo-15th-fyp-excerpt.txt"


@pytest.fixture(scope="module")
def sample() -> tuple[list[Block], list[str]]:
    return clean_blocks(read_document(SAMPLE).blocks)


def test_sample_has_exactly_three_page_breaks(sample):
    _, repairs = sample
    joins = [r for r in repairs if r.startswith("re-joined page break:")]
    assert joins == [
        "re-joined page break: 体/系",
        "re-joined page break: 全/覆盖",
        "re-joined page break: 提高国/创投资机构",
    ]


def test_sample_joined_paragraphs_read_through(sample):
    blocks, _ = sample
    texts = [b.text for b in blocks]
    assert any("质量监管体系，推进重点领域标准化建设。" in t for t in texts)
    assert any("结对合作全覆盖，促进“企业家+科学家+投资人”协同创新" in t for t in texts)
    assert any("惩治力度。提高国创投资机构投资风险容忍度" in t for t in texts)
    # the fragments no longer start blocks of their own
    assert not any(t.startswith(("系，", "覆盖，", "创投资机构")) for t in texts)
    # the joined block keeps the line of its first half
    joined = next(b for b in blocks if "质量监管体系" in b.text)
    assert joined.line == 31
    assert joined.text.startswith("推动生活性服务业提质升级。")


def test_sample_continuation_mark_removed(sample):
    blocks, repairs = sample
    assert "removed continuation mark: 【上接第6版】" in repairs
    assert blocks[0].text == "宁波市国民经济和社会发展的第十五个五年规划纲要"
    assert blocks[1].text.startswith("提速发展新一代信息技术产业。实施“芯屏端软”")
    assert not any("上接" in b.text for b in blocks)


def test_sample_headings_and_items_are_not_joined(sample):
    blocks, _ = sample
    texts = [b.text for b in blocks]
    assert "第三节 前瞻布局一批未来产业" in texts
    assert "第三章 建设全域高水平创新型城市，更好引领发展新质生产力" in texts
    assert "专栏2 生产性服务业发展重点工程" in texts
    assert sum(t.startswith("1.") for t in texts) == 4  # 专栏2..5 item 1
    assert len(blocks) == 73 - 3  # 73 raw blocks, three halves joined


def test_normalize_width_digits_letters_percent():
    assert normalize_width("增长１２％，达到２０３０年") == "增长12%，达到2030年"
    assert normalize_width("ＡＩ＋５Ｇ") == "AI＋5G"


def test_small_form_punctuation_is_the_ordinary_mark(tmp_path: Path) -> None:
    assert normalize_width("利用率达到100%﹔完成﹐项目﹕") == "利用率达到100%；完成，项目："
    assert normalize_width("规模达５﹒８６万亿元") == "规模达5.86万亿元"
    assert normalize_width("2﹒2026年市级重大项目") == "2﹒2026年市级重大项目"  # an item's number


def test_zero_width_marks_inside_words_are_dropped(tmp_path: Path) -> None:
    assert normalize_width("达\u200b到1\u200b2%") == "达到12%"
    assert normalize_width("\u200b") == "\u200b"  # a line of them alone stays a line
    found = document_targets(tmp_path, "到2027年，新建公园\u200b绿地1\u200b2个。\n", 2025, 2027)
    assert [(t.metric, t.value) for t in found] == [("公园绿地", 12.0)]
    text = "持续打好蓝天保卫战﹔重点建设用地安全利用率达到100%﹔新建公园10个。\n"
    found = document_targets(tmp_path, text, 2024, 2024)
    assert sorted(t.value for t in found) == [10.0, 100.0]
    assert normalize_width("比重达到３．５％。") == "比重达到3.5%。"
    # Chinese punctuation stays full-width; a lone ．is not a decimal point
    assert normalize_width("（一）、，。：；“”") == "（一）、，。：；“”"
    assert normalize_width("第一．") == "第一．"


def test_continuation_variants_and_page_numbers():
    raw = [
        Block("（上接第３版）加快建设。"),
        Block("— 12 —"),
        Block("- 13 -"),
        Block("第 3 页"),
        Block("推进改革【下转第八版】"),
        Block("第二节 深化改革"),
    ]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == ["加快建设。", "推进改革", "第二节 深化改革"]
    assert repairs == [  # page numbers go first, before any table is rebuilt
        "removed page number: — 12 —",
        "removed page number: - 13 -",
        "removed page number: 第 3 页",
        "removed continuation mark: （上接第3版）",
        "removed continuation mark: 【下转第八版】",
        "normalised full-width digits/letters in 1 block(s)",
    ]


def test_a_collection_pages_title_is_removed_and_its_targets_are_kept():
    raw = [
        Block("2023年政府工作报告-12篇(第58/84页)"),
        Block("力争今年电力装机规模达到1.3亿千瓦。"),
        Block("第三篇共12篇(第5/9页)未完"),  # not a whole title line: kept
    ]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == [
        "力争今年电力装机规模达到1.3亿千瓦。",
        "第三篇共12篇(第5/9页)未完",
    ]
    assert repairs == ["removed a collection page's title: 2023年政府工作报告-12篇(第58/84页)"]


def test_page_break_join_rules():
    raw = [
        Block("宁波市规划纲要"),  # a short title: not half a paragraph
        Block("加快发展。推进质量监管体", page=1),
        Block("系，推进标准化建设。", page=2),
        Block("支持重点企业发展壮大，打造", page=2),
        Block("（一）重点任务"),  # a heading is never swallowed
        Block("到2030年，带动作用显著", kind="paragraph"),
        Block("a\tb", kind="table", rows=[["a", "b"]]),  # tables are not joined
    ]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == [
        "宁波市规划纲要",
        "加快发展。推进质量监管体系，推进标准化建设。",
        "支持重点企业发展壮大，打造",
        "（一）重点任务",
        "到2030年，带动作用显著",
        "a\tb",
    ]
    assert repairs == ["re-joined page break: 体/系"]
    assert blocks[1].page == 1


def test_spaces_between_chinese_collapsed_heading_space_kept():
    blocks, _ = clean_blocks(
        [Block("  推进 产业 发展，5G 网络。 "), Block("第三章　建设 创新型城市")]
    )
    assert [b.text for b in blocks] == ["推进产业发展，5G 网络。", "第三章 建设创新型城市"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建设。", True),
        ("“先飞区”试点。", True),
        ("（试点）。）", True),
        ("建设：", True),
        ("提高国", False),
        ("打造“先飞区”", False),
        ("", False),
    ],
)
def test_ends_sentence(text, expected):
    assert ends_sentence(text) is expected


def test_box_item_cut_by_a_page_break_is_rejoined():
    raw = [
        Block("专栏3 科创平台提能工程"),
        Block("1.科技基础设施。预研建设海洋关键材料原位动态可视化综合研究设施等，加大国家"),
        Block("— 7 —"),
        Block("海洋综合试验场宁波片区建设支持力度。"),
        Block("（二）重点实验室"),  # a list heading without a sentence: never continued
        Block("加快建设海洋关键材料全国重点实验室。"),
    ]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == [
        "专栏3 科创平台提能工程",
        "1.科技基础设施。预研建设海洋关键材料原位动态可视化综合研究设施等，加大国家"
        "海洋综合试验场宁波片区建设支持力度。",
        "（二）重点实验室",
        "加快建设海洋关键材料全国重点实验室。",
    ]
    assert repairs == ["removed page number: — 7 —", "re-joined page break: 国家/海洋综合试"]


def test_hard_wrapped_text_gets_one_summary_repair():
    sentence = "推进科技创新和产业创新深度融合，强化企业科技创新主体地位，建立健全创新资源向企业集聚的政策体系。"
    # wrapped every 20 characters: 3 lines a paragraph, each line with a comma in it
    lines = [sentence[i : i + 20] for i in range(0, len(sentence), 20)]
    raw = [Block(line) for _ in range(20) for line in lines]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == [sentence] * 20
    assert repairs == [f"re-joined {20 * (len(lines) - 1)} hard-wrapped lines into paragraphs"]


def test_bare_number_is_a_page_number_only_at_a_page_edge():
    raw = [
        Block("研发投入强度达到3.5%。", page=1),
        Block("30", page=1),  # inside a page (e.g. a table cell on its own line): kept
        Block("推进产业发展，", page=1),
        Block("12", page=1),  # last line of page 1: a page number
        Block("加快改革开放。", page=2),
    ]
    blocks, repairs = clean_blocks(raw)
    assert [b.text for b in blocks] == [
        "研发投入强度达到3.5%。",
        "30",
        "推进产业发展，加快改革开放。",
    ]
    assert repairs == ["removed page number: 12", "re-joined page break: 发展，/加快改革开"]


def test_bullets_and_circled_items_are_never_joined_as_page_breaks() -> None:
    blocks = [
        Block("推进以下工作，主要包括"),
        Block("①新建5G基站1000个"),
        Block("•改造老旧小区200个"),
        Block("⑵建设公共充电桩5000个"),
    ]
    cleaned, repairs = clean_blocks(blocks)
    assert [b.text for b in cleaned] == [b.text for b in blocks]
    assert not [r for r in repairs if r.startswith("re-joined")]


def test_ascii_punctuation_between_chinese_words_becomes_chinese() -> None:
    from plantrack.read.clean import chinese_punctuation

    assert chinese_punctuation("到2025年底,50平方公里以上;到2030年:80平方公里") == (
        "到2025年底，50平方公里以上；到2030年：80平方公里"
    )
    assert chinese_punctuation("投资1,000亿元, GDP") == "投资1,000亿元, GDP"


def test_ascii_quotes_around_chinese_words_become_the_chinese_pair() -> None:
    from plantrack.read.clean import chinese_punctuation

    assert chinese_punctuation('规划显示,"十三五"期间,渔业"提质增效"') == (
        "规划显示，“十三五”期间，渔业“提质增效”"
    )
    assert chinese_punctuation('字段"name"与"GDP"') == '字段"name"与"GDP"'  # no Chinese inside


def test_a_title_line_with_quotes_stands_alone_but_an_open_one_runs_on() -> None:
    raw = [
        Block("“十三五”时期林业工作总结"),  # closed quotes: a title, never glued to what follows
        Block("五年来全县造林面积累计达到30万亩。"),
        Block("关于印发《某县林业发展"),  # an open 《: the title runs on to the next line
        Block("行动方案》的通知"),
        Block("林业发展的"),  # a trailing 的 runs on
        Block("主要目标"),
        Block("是：森林覆盖率达到40%。"),  # 是： continues the line before, title or not
    ]
    blocks, _ = clean_blocks(raw)
    assert [b.text for b in blocks] == [
        "“十三五”时期林业工作总结",
        "五年来全县造林面积累计达到30万亩。",
        "关于印发《某县林业发展行动方案》的通知",
        "林业发展的主要目标是：森林覆盖率达到40%。",
    ]


def test_a_number_alone_on_a_line_is_never_joined():
    # the cells of a table nobody recognised, one per line: row 24's 序号 stays a line of its own
    blocks = [
        Block("推进建筑节能精细化管理，确保数据正常率达到90%以上"),
        Block("24"),
        Block("加强公共机构能耗网上直报工作，确保直报率不低于98%"),
        Block("三"),
        Block("推动交通领域绿色转型，年内新增充电桩200根"),
    ]
    cleaned, _ = clean_blocks(blocks)
    assert [b.text for b in cleaned] == [b.text for b in blocks]


def test_a_pages_data_line_is_never_joined_to_the_text_after_it():
    # b23 湖南: 发布时间 / the title / 2020年,全省… (a review paragraph) came out as one paragraph
    lines = [
        "发布时间: 2021年03月09日",
        "湖南省2021年国民经济和社会发展计划",
        "2020年,全省经济稳中向好。",
    ]
    blocks = [Block(kind="paragraph", text=t, line=n) for n, t in enumerate(lines, 1)]
    cleaned, _ = clean_blocks(blocks)
    assert cleaned[0].text.startswith("发布时间")
    assert cleaned[-1].text.startswith("2020年")


@pytest.mark.parametrize(
    "items",
    [
        # a 实事 list copied from a web page: one item per line, a blank line between, no
        # punctuation
        [
            "改建60张认知障碍照护床位、300张护理型床位",
            "完成200户居家环境适老化改造",
            "为150户独居老年人开展安全监测服务",
        ],
        # b26 长宁: longer than a short line, but both open with 推出: two items, not a line a
        # page break cut
        [
            "推出8处以上区级“家门口的好去处”、20个居民区公共文化服务示范点",
            "推出不少于300场公益性文艺演出、500场阅读推广活动",
        ],
    ],
)
def test_items_between_blank_lines_are_never_joined(tmp_path: Path, items: list[str]) -> None:
    path = tmp_path / "实事.txt"
    path.write_text("\n\n".join(items) + "\n", encoding="utf-8")
    cleaned, _ = clean_blocks(read_document(path).blocks)
    assert [b.text for b in cleaned] == items


def test_short_lines_each_closed_by_its_figure_are_items(tmp_path: Path) -> None:
    # a 主要目标 list copied line under line, no blank line, no end punctuation; a 、 inside
    # keeps each from reading as a title
    items = [
        "城市、农村社区养老服务设施覆盖率分别达到90%、60%",
        "每万人拥有社会组织数达到7个",
        "县(市、区)城乡居民基本养老保险参保率稳定在95%以上",
        "建成示范社区、示范街道",
    ]
    path = tmp_path / "目标.txt"
    path.write_text("\n".join(items) + "\n", encoding="utf-8")
    cleaned, _ = clean_blocks(read_document(path).blocks)
    assert [b.text for b in cleaned] == items
    # a line a break cut after its figure goes on with what qualifies it
    path.write_text("全市森林、湿地覆盖率达到45%\n以上，生态保护稳步加强。\n", encoding="utf-8")
    cleaned, _ = clean_blocks(read_document(path).blocks)
    assert [b.text for b in cleaned] == ["全市森林、湿地覆盖率达到45%以上，生态保护稳步加强。"]


def test_digits_spaced_one_by_one_and_a_space_before_a_date_word_are_closed_up() -> None:
    blocks = [
        Block("二、关于1 9 9 8 年政府工作的建议", "paragraph"),
        Block("粮食总产量稳定在4 9 2 5 0 万吨，投资增长1 0 ％。", "paragraph"),
        Block("地区生产总值 亿元 3 4 5", "paragraph"),  # a row's cells between spaces stay apart
        Block("棉花总产量稳定在 4 0 0 万吨。", "paragraph"),  # a PDF's space before them too
    ]
    cleaned, _ = clean_blocks(blocks)
    assert [b.text for b in cleaned] == [
        "二、关于1998年政府工作的建议",
        "粮食总产量稳定在49250万吨，投资增长10%。",
        "地区生产总值亿元 3 4 5",
        "棉花总产量稳定在400万吨。",
    ]


def test_a_middle_dot_before_a_per_cent_is_a_decimal_point() -> None:
    cleaned, _ = clean_blocks([Block("全年增长19·5％，汲取“3·15”教训。", "paragraph")])
    assert cleaned[0].text == "全年增长19.5%，汲取“3·15”教训。"


def test_a_paragraph_broken_by_a_page_number_between_blank_lines_is_rejoined(tmp_path) -> None:
    long_line = "加快建设现代化产业体系，推动传统产业转型升级，培育壮大战略性新兴产业和未来产业体"
    path = tmp_path / "纲要.txt"
    path.write_text(f"{long_line}\n\n— 12 —\n\n系，提升产业链供应链韧性。\n", encoding="utf-8")
    cleaned, _ = clean_blocks(read_document(path).blocks)
    assert [b.text for b in cleaned] == [long_line + "系，提升产业链供应链韧性。"]


def test_a_heading_run_into_its_text_is_split_off() -> None:
    # b37 北京 as a PDF's text: 一、过去五年的主要成效 “十三五”规划实施以来，… on one line
    body = "“十三五”规划实施以来，本市能源领域深入推进能源结构调整，成效显著。"
    blocks, repairs = clean_blocks(
        [
            Block(f"一、过去五年的主要成效 {body}", "paragraph"),
            Block("（一）加快发展 现代产业体系", "paragraph"),
        ]
    )
    assert [b.text for b in blocks] == [
        "一、过去五年的主要成效",
        body,
        "（一）加快发展现代产业体系",
    ]
    assert "split a heading from the text run into it: 一、过去五年的主要成效" in repairs


def test_a_full_width_slash_in_a_unit_is_made_half_width() -> None:
    # b37 吕梁: 氢能供应能力20万吨／年以上; b26 天津: 38微克／立方米
    assert normalize_width("氢能供应能力20万吨／年以上") == "氢能供应能力20万吨/年以上"


def test_an_ocr_middle_dot_beside_a_space_is_a_decimal_point() -> None:
    # the 1991 national outline as OCR'd: 化肥产量达到1 · 2亿吨, 平均每年增长3· 5％; an event's
    # date written with a middle dot keeps it
    blocks, _ = clean_blocks(
        [Block("化肥产量达到1 · 2亿吨左右，农业总产值平均每年增长3· 5％。吸取“1·24”火灾事故教训。")]
    )
    assert (
        blocks[0].text
        == "化肥产量达到1.2亿吨左右，农业总产值平均每年增长3.5%。吸取“1·24”火灾事故教训。"
    )


def test_a_year_with_a_digit_an_ocr_misread_is_read_as_the_year() -> None:
    # old plans as OCR'd: ] 995年, 1g80年, 19b0年; a bracket or a letter elsewhere stays
    blocks, _ = clean_blocks(
        [Block("产量由] 990年的100万吨增加到]995年的120万吨，比1g85年增长20％，比19b5年增长30％。")]
    )
    assert (
        blocks[0].text
        == "产量由1990年的100万吨增加到1995年的120万吨，比1985年增长20%，比1985年增长30%。"
    )
    kept, _ = clean_blocks([Block("[注] 900余个村，5g网络覆盖。")])
    assert kept[0].text == "[注] 900余个村，5g网络覆盖。"


def test_a_chinese_year_whose_zero_was_typed_latin_is_read_as_the_year() -> None:
    # 到二0一二年, 比二O一O年, 比二000年: a 0 or an O for 〇; a code or a number elsewhere stays
    blocks, _ = clean_blocks(
        [Block("到二0一二年地区生产总值突破六千亿元，比二O一O年翻一番，比二000年翻两番。")]
    )
    assert (
        blocks[0].text
        == "到二〇一二年地区生产总值突破六千亿元，比二〇一〇年翻一番，比二〇〇〇年翻两番。"
    )
    kept, _ = clean_blocks([Block("型号A二0一二年款，编号120一二年检。")])
    assert kept[0].text == "型号A二0一二年款，编号120一二年检。"


def test_a_full_stop_before_a_year_that_opens_the_next_sentence_stays_a_full_stop() -> None:
    # an old plan as scanned: …增长12。1985年… (the % lost), beside 76。7 (a converter's point)
    blocks, _ = clean_blocks([Block("产量增长12。1985年达到76。7%。")])
    assert blocks[0].text == "产量增长12。1985年达到76.7%。"


def test_a_share_run_into_the_next_subject_and_its_figure_gets_its_separator_back() -> None:
    # the 六五 plan as scanned: 平均每年增長9 · 2％出口额402亿元; 5%以上 and 30%的企业 stay
    blocks, _ = clean_blocks([Block("进口增长9 · 2％出口额402亿元，占比30%的企业5%以上。")])
    assert blocks[0].text == "进口增长9.2%；出口额402亿元，占比30%的企业5%以上。"


def test_a_scans_qiao_before_a_digit_is_fifteen() -> None:
    blocks, _ = clean_blocks([Block("火电巧0万千瓦，比1980年增长巧· 2％，能工巧匠100名。")])
    assert blocks[0].text == "火电150万千瓦，比1980年增长15.2%，能工巧匠100名。"


def test_a_scans_comma_before_a_per_cent_is_a_decimal_point() -> None:
    # 比1980年增长27，4％; a thousands separator (2，187亿元) has three digits after it
    blocks, _ = clean_blocks([Block("产值2，187亿元，比1980年增长27，4％，年均增长5%。")])
    assert blocks[0].text == "产值2，187亿元，比1980年增长27.4%，年均增长5%。"


def test_a_subscript_on_a_line_of_its_own_goes_back_into_its_sentence() -> None:
    # the 2015 national report as copied from a web page: 广义货币M₂ written M / 2 / 预期增长…
    blocks, repairs = clean_blocks(
        [
            Block("稳健的货币政策要松紧适度。广义货币M", "paragraph", None, 1),
            Block("2", "paragraph", None, 2),
            Block("预期增长12%左右。", "paragraph", None, 3),
            Block("2", "paragraph", None, 4),
            Block("（二）加快产业升级", "paragraph", None, 5),
        ]
    )
    assert [b.text for b in blocks] == [
        "稳健的货币政策要松紧适度。广义货币M2预期增长12%左右。",
        "2",
        "（二）加快产业升级",
    ]
    assert "re-joined a subscript: 币M2" in repairs


def test_a_bullet_item_ends_at_a_blank_line(tmp_path: Path) -> None:
    # ●…(含高技能人才80万人), a blank line, then the next item's title: two paragraphs
    text = (
        "开展职业技能培训\n\n"
        "●高质量推进技能建设，全年完成技能培训300万人次、新增技能人才240万人（含高技能人才80万人）\n\n"
        "扩大门诊费用异地就医直接结算范围\n"
    )
    path = tmp_path / "清单.txt"
    path.write_text(text, encoding="utf-8")
    blocks, _ = clean_blocks(read_document(path).blocks)
    assert [b.text[:4] for b in blocks] == ["开展职业", "●高质量", "扩大门诊"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the line before ends on a noun: the next year's goals open a paragraph of their own
        (
            "打造25个左右行业垂类大模型、100个左右典型应用场景，新增省级及以上各类创新平台2个左右\n\n"
            "2030年，应用普及率超90%。\n",
            2,
        ),
        # …力争到 / 2030年，…: the sentence goes on below
        (
            "全市人工智能产业规模持续扩大，人工智能与制造、文化、消费等重点领域深度融合，力争到\n\n2030年，"
            "达到1500亿元。\n",
            1,
        ),
    ],
)
def test_a_line_opening_on_a_year_opens_a_paragraph(tmp_path: Path, text: str, count: int) -> None:
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    blocks, _ = clean_blocks(read_document(path).blocks)
    assert len(blocks) == count


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("寿命≥71,65至74岁老年人", "寿命≥71，65至74岁老年人"),
        ("比例≥3,社区", "比例≥3，社区"),
        ("总投资1,000亿元", "总投资1,000亿元"),
    ],
)
def test_a_comma_after_a_figure_that_is_no_thousands_separator(text: str, cleaned: str) -> None:
    assert chinese_punctuation(text) == cleaned


def test_one_space_between_a_figure_and_its_words_is_dropped() -> None:
    blocks, _ = clean_blocks(
        [Block("累计完成改造煤电机组规模 16 台 980 万千瓦以上，2024 年 3 月完成。")]
    )
    assert blocks[0].text == "累计完成改造煤电机组规模16台980万千瓦以上，2024年3月完成。"


def test_a_headings_number_keeps_its_space() -> None:
    blocks, _ = clean_blocks([Block("3.2 通许县汽车与电动汽车现状")])
    assert blocks[0].text == "3.2 通许县汽车与电动汽车现状"


def test_a_table_cells_date_loses_the_typesetters_space() -> None:
    rows = [["序号", "2024 年推进任务"], ["1", "组织实施技术改造项目1000个以上。"]]
    text = "\n".join("\t".join(r) for r in rows)
    blocks, _ = clean_blocks([Block(text, "table", None, 1, 0, rows)])
    assert blocks[0].rows[0] == ["序号", "2024年推进任务"]


def test_a_line_cut_inside_a_decimal_point_is_rejoined() -> None:
    blocks, _ = clean_blocks(
        [
            Block("城乡居民人均可支配收入同比分别增长5%、6%，城镇新增就业1."),
            Block("9万人。粮食产量73万吨。"),
        ]
    )
    assert [b.text for b in blocks] == [
        "城乡居民人均可支配收入同比分别增长5%、6%，城镇新增就业1.9万人。粮食产量73万吨。"
    ]


def test_one_space_before_a_percent_sign_is_dropped() -> None:
    blocks, _ = clean_blocks([Block("今年地区生产总值预期增长 7.5 %左右，居民收入增长 8 ％。")])
    assert blocks[0].text == "今年地区生产总值预期增长7.5%左右，居民收入增长8%。"


def test_a_list_item_with_a_spaced_quantity_is_no_run_in_heading() -> None:
    """一、实现城镇新增就业 8500 人…: the space before a quantity is a typesetter's; a heading
    run into its text still splits (一、主要目标 到2025年…)."""
    item = "一、实现城镇新增就业 8500 人,劳务输转 11.36 万人以上。"
    blocks, _ = clean_blocks([Block(item)])
    assert [b.text for b in blocks] == ["一、实现城镇新增就业8500人，劳务输转11.36万人以上。"]
    run_in = "一、主要目标 到2025年，全市地区生产总值突破5000亿元，城镇新增就业5万人。"
    blocks, _ = clean_blocks([Block(run_in)])
    assert blocks[0].text == "一、主要目标"


def test_a_table_cells_figure_loses_the_typesetters_space() -> None:
    rows = [["序号", "主要任务"], ["24", "优化提升 50 条背街后巷交通组织。"], ["25", "合计 1 2 3"]]
    text = "\n".join("\t".join(r) for r in rows)
    blocks, _ = clean_blocks([Block(text, "table", None, 1, 0, rows)])
    assert [r[1] for r in blocks[0].rows[1:]] == ["优化提升50条背街后巷交通组织。", "合计 1 2 3"]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # cut inside a figure, or between a figure and its unit or range end, under an item's
        # number: the item's line runs on whatever its opening looks like
        (["2、到2022年，新开工改造城镇老旧小区253个，涉及居民3961", "0户。"], "涉及居民39610户。"),
        (
            ["2、全市城镇新增就业人数5.8万人以上，其中再就业1.2", "万人以上。"],
            "再就业1.2万人以上。",
        ),
        (["（一）到2025年，全区人均避难面积达到2.", "3平方米。"], "达到2.3平方米。"),
        (["即争创3-5个领军型县域冠军产业，培育10", "-15个成长型县域冠军产业。"], "培育10-15个"),
    ],
)
def test_an_item_line_cut_inside_a_quantity_runs_on(lines: list[str], joined: str) -> None:
    blocks, _ = clean_blocks([Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)])
    assert len(blocks) == 1 and joined in blocks[0].text


def test_a_table_rows_last_figure_is_not_cut_inside_a_quantity() -> None:
    lines = [
        "一、市级重点民生实事 16842",
        "4906.1 29.1",
        "1 实施城镇老旧小区改造 新开工改造城镇老旧小区67个",
    ]
    blocks, _ = clean_blocks([Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)])
    assert blocks[-1].text.startswith("1 实施") or blocks[-1].text.startswith("1实施")


def test_a_title_like_line_at_the_wrap_width_runs_on() -> None:
    """A line without punctuation as long as the width the text is wrapped at is a cut line,
    not a title: 本区应急避难场所建设类型分为…和社区应急避难场 / 所2类，…"""
    prose = "坚持融合式建设、标准化嵌入、功能性叠加、多灾种防护的原则，在建设方式上融入相关场"
    lines = [prose[:37] + "。"] * 9  # sentences of a text hard-wrapped at 38 characters
    lines += ["本区应急避难场所建设类型分为等级应急避难场所(包括6个等级)和社区应急避难场"]
    lines += ["所2类，其中等级应急避难场所建设面积应不少于总量的30%。"]
    assert len(lines[-2]) == 38 and not re.search("[，。；：、]", lines[-2])
    blocks, _ = clean_blocks([Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)])
    assert "社区应急避难场所2类" in blocks[-1].text


def test_a_page_number_inside_a_table_copied_one_cell_a_line_is_no_cell(tmp_path: Path) -> None:
    lines = ["序号", "指标", "单位", "2025年", "2030年", "属性"]
    lines += ["1", "人均预期寿命", "岁", "79", "80.5", "预期性", "— 5 —"]
    lines += ["2", "城镇新增就业", "万人", "28", "30", "预期性", "本方案自印发之日起施行。"]
    path = tmp_path / "table.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    blocks, repairs = clean_blocks(read_document(path).blocks)
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[-1][1:] == ["城镇新增就业", "万人", "28", "30", "预期性"]
    assert "removed page number: — 5 —" in repairs


def test_a_news_lead_cut_by_the_wrap_width_still_opens_its_paragraph() -> None:
    """记者从…获悉 over two lines of a text wrapped at 38 characters: the headline above stays
    apart (joined, the lead would read as the headline's tail and its report as plans)."""
    prose = "坚持融合式建设、标准化嵌入、功能性叠加、多灾种防护的原则，在建设方式上融入相关场"
    lines = [prose[:37] + "。"] * 9
    lines += ["新闻发布丨筑牢城市里子，龙江水气热提档补短"]
    lines += ["记者从省委宣传部、省政府新闻办公室主办的“高质量完成‘十四五’规划”系列主题"]
    lines += ["新闻发布会上获悉，“十四五”期间，我省新建改造供水管网5300公里。"]
    assert len(lines[-2]) == 38
    blocks, _ = clean_blocks([Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)])
    assert blocks[-2].text == "新闻发布丨筑牢城市里子，龙江水气热提档补短"
    assert blocks[-1].text.startswith("记者从省委宣传部") and blocks[-1].text.endswith("5300公里。")


def test_list_items_apart_that_each_end_on_a_figure_are_not_joined(tmp_path: Path) -> None:
    # 人民网's summary of the 2020 report: one goal a line, a blank line between, no full stops
    text = (
        "  二、今年主要目标\n\n  没有提出全年经济增速具体目标\n\n"
        "  城镇新增就业900万人以上,调查失业率6%左右,登记失业率5.5%左右\n\n"
        "  居民消费价格涨幅3.5%左右\n\n  现行标准下农村贫困人口全部脱贫、贫困县全部摘帽\n"
    )
    found = document_targets(tmp_path, text, 2020, 2020)
    assert [(t.metric, t.value) for t in found] == [
        ("城镇新增就业", 900.0),
        ("调查失业率", 6.0),
        ("登记失业率", 5.5),
        ("居民消费价格涨幅", 3.5),
    ]


def test_a_digit_and_point_written_as_one_character_or_a_lost_point_are_read_back() -> None:
    # 控制在⒋2以内 (⒋ is U+248B, "4."), 提高到2?5%左右 (an encoding's lost point)
    cleaned, _ = clean_blocks(
        [Block("城镇登记失业率控制在⒋2以内，研发经费支出比重提高到2?5%左右。")]
    )
    assert cleaned[0].text == "城镇登记失业率控制在4.2以内，研发经费支出比重提高到2.5%左右。"
    kept, _ = clean_blocks([Block("⒋加快发展现代农业。你知道吗?5个方面")])
    assert kept[0].text == "⒋加快发展现代农业。你知道吗?5个方面"


def test_a_headline_that_opens_on_its_year_and_a_space_reads_the_year() -> None:
    cleaned, _ = clean_blocks([Block("2011 长安GDP预期增长9.4%")])
    assert cleaned[0].text == "2011年长安GDP预期增长9.4%"
    kept, _ = clean_blocks([Block("2011 2012 2013")])
    assert kept[0].text == "2011 2012 2013"


def test_a_letter_o_after_a_decimal_point_is_a_zero() -> None:
    blocks, _ = clean_blocks([Block("接待入境旅游者204.O万人次，年均增长20%；型号V2.Ok保持。")])
    assert blocks[0].text == "接待入境旅游者204.0万人次，年均增长20%；型号V2.Ok保持。"


def test_a_words_pinyin_in_square_brackets_is_dropped() -> None:
    blocks, repairs = clean_blocks(
        [Block("新疆定居[DingJi]工程覆盖牧民[MuMin]，数据库[NoSQL]保留。")]
    )
    assert blocks[0].text == "新疆定居工程覆盖牧民，数据库[NoSQL]保留。"
    assert any("pinyin" in r for r in repairs)


def test_a_space_after_a_values_bound_stays_for_the_parser_to_part_a_headline(
    tmp_path: Path,
) -> None:
    blocks, _ = clean_blocks(
        [Block("山东将造林160万亩以上 完成森林抚育120万亩"), Block("记者获悉。")]
    )
    assert [b.text for b in blocks] == ["山东将造林160万亩以上 完成森林抚育120万亩", "记者获悉。"]
    got = {(t.metric, t.value) for t in document_targets(tmp_path, blocks[0].text, 2019, 2019)}
    assert got == {("山东将造林", 160), ("森林抚育", 120)}


def test_a_wrapped_line_whose_comma_follows_a_bound_still_joins() -> None:
    blocks, _ = clean_blocks(
        [Block("粮食产量稳定在500万吨以上，力争全省林地"), Block("面积扩大到900万亩。")]
    )
    assert [b.text for b in blocks] == [
        "粮食产量稳定在500万吨以上，力争全省林地面积扩大到900万亩。"
    ]
