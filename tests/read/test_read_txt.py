"""Text and Markdown reading: encodings, tables, headings, origins."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from plantrack.errors import ReadError
from plantrack.read import read_document
from plantrack.read.txt import parse_text

PLAN = (
    "宁波市国民经济和社会发展第十五个五年规划纲要\n"
    "\n"
    "第三章 建设全域高水平创新型城市\n"
    "\n"
    "第一节 增强科技创新策源能力\n"
    "打造重大科技力量矩阵。到2030年，研发投入强度达到3.5%以上。\n"
    "专栏3 科创平台提能工程\n"
    "1.科技基础设施。预研建设海洋关键材料原位动态可视化综合研究设施。\n"
)
EXPECTED = [
    "宁波市国民经济和社会发展第十五个五年规划纲要",
    "第三章 建设全域高水平创新型城市",
    "第一节 增强科技创新策源能力",
    "打造重大科技力量矩阵。到2030年，研发投入强度达到3.5%以上。",
    "专栏3 科创平台提能工程",
    "1.科技基础设施。预研建设海洋关键材料原位动态可视化综合研究设施。",
]


@pytest.mark.parametrize(
    ("encoding", "data", "expected_encoding"),
    [
        ("utf-8", PLAN.encode("utf-8"), "utf-8"),
        ("utf-8-bom", codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8-sig"),
        ("gbk", PLAN.encode("gbk"), "gbk"),
        # 𠀀 (U+20000) needs GB18030's four-byte form: not GBK
        ("gb18030", (PLAN + "𠀀字。\n").encode("gb18030"), "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE + PLAN.encode("utf-16-le"), "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), "utf-16"),
        ("crlf", PLAN.replace("\n", "\r\n").encode("gbk"), "gbk"),
    ],
)
def test_encodings(tmp_path: Path, encoding, data, expected_encoding):
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == expected_encoding
    assert doc.format == "txt"
    texts = [b.text for b in doc.blocks]
    assert texts[: len(EXPECTED)] == EXPECTED
    if encoding == "gb18030":
        assert texts[-1] == "𠀀字。"
    assert all(b.kind == "paragraph" for b in doc.blocks)


def test_line_numbers_kept(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = read_document(path)
    assert [b.line for b in doc.blocks] == [1, 3, 5, 6, 7, 8]
    assert all(b.page is None for b in doc.blocks)


def test_form_feed_gives_pages(tmp_path: Path):
    path = tmp_path / "paged.txt"
    path.write_text("第一页内容。\n\f第二页内容。\n第二页还有。\n", encoding="utf-8")
    doc = read_document(path)
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("第一页内容。", 1),
        ("第二页内容。", 2),
        ("第二页还有。", 2),
    ]


def test_short_ambiguous_bytes_are_refused_not_guessed(tmp_path: Path):
    path = tmp_path / "tiny.txt"
    path.write_bytes("你好".encode("gbk"))  # 4 bytes: valid GBK, Big5, CP949 ...
    with pytest.raises(ReadError, match=r"tiny\.txt: cannot tell the text encoding.*UTF-8"):
        read_document(path)


def test_tab_separated_lines_become_one_table(tmp_path: Path):
    path = tmp_path / "table.txt"
    path.write_text(
        "主要指标\n"
        "指标\t2025年\t2030年\t属性\n"
        "研发投入强度（%）\t3.2\t3.5\t预期性\n"
        "城镇调查失业率（%）\t<5.5\t<5.5\t预期性\n"
        "说明：以上为预期值。\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    table = doc.blocks[1]
    assert table.rows == [
        ["指标", "2025年", "2030年", "属性"],
        ["研发投入强度（%）", "3.2", "3.5", "预期性"],
        ["城镇调查失业率（%）", "<5.5", "<5.5", "预期性"],
    ]
    assert table.line == 2


def test_markdown_headings_emphasis_and_tables(tmp_path: Path):
    path = tmp_path / "plan.MD"
    path.write_text(
        "# 宁波市规划纲要\n\n"
        "## 第三章 建设创新型城市\n\n"
        "**打造重大科技力量矩阵**。构建*区域*重大科技力量体系，见[附表](a.html)。\n\n"
        "- 推进`人工智能+`行动。\n\n"
        "| 指标 | 2030年 |\n|---|---|\n| 研发投入强度 | 3.5% |\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.format == "md"
    assert [(b.kind, b.level, b.text) for b in doc.blocks[:4]] == [
        ("heading", 1, "宁波市规划纲要"),
        ("heading", 2, "第三章 建设创新型城市"),
        ("paragraph", None, "打造重大科技力量矩阵。构建区域重大科技力量体系，见附表。"),
        ("paragraph", None, "推进人工智能+行动。"),
    ]
    assert doc.blocks[4].kind == "table"
    assert doc.blocks[4].rows == [["指标", "2030年"], ["研发投入强度", "3.5%"]]


def test_text_without_headings_reads_fine(tmp_path: Path):
    path = tmp_path / "flat.txt"
    path.write_text("推进产业发展。\n\n加快改革开放。\n", encoding="utf-8")
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["推进产业发展。", "加快改革开放。"]


@pytest.mark.parametrize("prefix", ["", "a"])  # shift the bytes so a sample cut could split a char
def test_large_gbk_file_detected_from_a_sample(tmp_path: Path, prefix):
    sample = Path(__file__).resolve().parents[2] / "samples" / "ningbo-15th-fyp-excerpt.txt"
    text = prefix + sample.read_text(encoding="utf-8") * 40  # ~700 KB in GBK
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "gbk"
    assert doc.blocks[-1].text.startswith("8.“人工智能+”城市治理。")
    assert len(doc.blocks) == 73 * 40 + len(prefix)  # "a" is a line of its own


def test_utf16_without_bom_long_text(tmp_path: Path):
    path = tmp_path / "nobom.txt"
    path.write_bytes((PLAN * 20).encode("utf-16-le"))
    doc = read_document(path)
    assert doc.encoding == "utf-16-le"
    assert [b.text for b in doc.blocks[:6]] == EXPECTED


def test_a_markdown_table_in_plain_text_is_a_table_only_over_its_separator() -> None:
    # a Markdown file saved as .txt keeps its tables; pipe lines without | --- | stay paragraphs
    # for the recovery of tables copied as text (`read.text_tables`)
    blocks = parse_text("| 指标 | 2025年 |\n| --- | --- |\n| 森林覆盖率 | 45% |\n")
    assert [b.kind for b in blocks] == ["table"]
    assert blocks[0].rows == [["指标", "2025年"], ["森林覆盖率", "45%"]]
    loose = parse_text("| 指标 | 2025年 |\n| 森林覆盖率 | 45% |\n")
    assert [b.kind for b in loose] == ["paragraph", "paragraph"]


def test_a_markdown_table_from_html_drops_its_empty_header_and_breaks() -> None:
    # HTML-to-Markdown writes an empty header row over the real one, and <br> inside cells
    text = (
        "|  |  |  |\n| --- | --- | --- |\n| 序号 | 重点任务 | 完成时限 |\n"
        "| 1 | 空气质量<br>目标 | 年底前 |\n"
    )
    (table,) = parse_text(text)
    assert table.rows == [["序号", "重点任务", "完成时限"], ["1", "空气质量 目标", "年底前"]]


def test_markdown_escapes_in_a_table_cell_are_undone() -> None:
    blocks = parse_text("| 指标 | 2030年 |\n| --- | --- |\n| 地区生产总值增长 | 5—5.5\\* |\n")
    assert blocks[0].rows[-1] == ["地区生产总值增长", "5—5.5*"]


def test_a_markdown_heading_mark_before_a_plans_heading_is_dropped_in_text() -> None:
    # b37 北京, b35 中山: a Markdown copy saved as .txt: `# 第一章 …`, `## 第四章 …`
    blocks = parse_text("# 第一章 能源绿色低碳转型新起点\n\n## 第四章 需求预测\n\n# 只是一行字\n")
    assert [b.text for b in blocks] == [
        "第一章 能源绿色低碳转型新起点",
        "第四章 需求预测",
        "# 只是一行字",
    ]


def test_a_line_set_in_bold_is_read_without_its_marks_in_text() -> None:
    # b37 上海: **一、2024年国民经济和社会发展计划执行情况** heads its section
    blocks = parse_text("**一、2024年国民经济和社会发展计划执行情况**\n\n各位代表：\n")
    assert blocks[0].text == "一、2024年国民经济和社会发展计划执行情况"


def test_bold_inside_a_line_of_a_markdown_copy_is_dropped():
    blocks = parse_text(
        "**——可再生能源发电目标。**2025年，可再生能源发电装机达到5500万千瓦以上。\n"
    )
    assert blocks[0].text == "——可再生能源发电目标。2025年，可再生能源发电装机达到5500万千瓦以上。"


def test_a_text_file_that_holds_a_page_s_markup_is_read_as_the_page(tmp_path: Path) -> None:
    # a page's source saved as .txt: its 主要指标 table is a table, its paragraphs text
    cells = ["指标", "2020年", "2025年", "属性"], ["森林覆盖率(%)", "45.31", "46.3", "约"]
    rows = "".join(
        "<tr>" + "".join(f"<td><div>{c}</div></td>" for c in row) + "</tr>" for row in cells
    )
    markup = (
        '<p align="left">“十四五”时期，林业主动服务全市发展大局。</p> <h2>主要目标</h2> '
        f'<p align="center">“十四五”林业发展主要目标指标表</p> <table border="1"><tbody>{rows}'
        "</tbody></table> <p>到2025年，全市完成营造林50万亩。</p>"
    )
    path = tmp_path / "林业规划.txt"
    path.write_text(markup, encoding="utf-8")
    doc = read_document(path)
    assert [b.rows for b in doc.blocks if b.kind == "table"] == [[list(r) for r in cells]]
    assert not any("<" in b.text for b in doc.blocks)
    assert any("HTML markup" in w for w in doc.warnings)
    # a text that only mentions a tag stays text
    plain = tmp_path / "说明.txt"
    plain.write_text("网页中的<p>标签表示段落。\n全市新建公园5个。\n", encoding="utf-8")
    assert read_document(plain).format == "txt"


def test_a_table_goes_on_over_a_page_break() -> None:
    """A PDF's text saved with its form feeds: a table's rows on the next page, under a page
    number, belong to the same table."""
    text = (
        "| 指标 | 单位 | 2030年 |\n| --- | --- | --- |\n| 人均预期寿命 | 岁 | 80.5 |\n"
        "— 5 —\n\f| 城镇新增就业 | 万人 | 30 |\n正文继续。\n"
        "指标\t单位\t2030年\n研发投入强度\t%\t3.5\n\n\f常住人口城镇化率\t%\t80\n"
    )
    blocks = parse_text(text)
    tables = [b for b in blocks if b.kind == "table"]
    assert [len(t.rows) for t in tables] == [3, 3]
    assert tables[0].rows[-1] == ["城镇新增就业", "万人", "30"]
    assert tables[1].rows[-1] == ["常住人口城镇化率", "%", "80"]
    # two tables apart by a blank line on one page stay two
    apart = parse_text(
        "指标\t单位\t2030年\n研发投入强度\t%\t3.5\n\n指标\t单位\t2025年\n人口\t万人\t900\n"
    )
    assert [b.kind for b in apart] == ["table", "table"]


def test_a_running_header_of_a_pdfs_saved_text_is_dropped() -> None:
    """The title repeated at the top of every page after the first, and the page numbers,
    are the PDF's page furniture: the first page keeps its title."""
    title = "关于推进城市更新的实施方案"
    pages = [
        f"{title}\n到2027年，完成老旧小区改造200个。\n— 1 —",
        f"{title}\n新增停车泊位5000个。\n— 2 —",
        f"{title}\n建设口袋公园30个。\n— 3 —",
    ]
    texts = [b.text for b in parse_text("\n\f".join(pages))]
    assert texts.count(title) == 1 and texts[0] == title
    assert "新增停车泊位5000个。" in texts and "建设口袋公园30个。" in texts


def test_a_two_page_texts_title_repeated_short_atop_page_two_is_dropped() -> None:
    """A two-page PDF whose header over page 2 is the title cut short: once is no pattern of
    pages, but a line atop a later page that is the first line's opening is its header."""
    title = "济南市人民政府办公厅关于印发济南市促进民营经济发展壮大三年行动方案的通知"
    pages = [
        f"{title}\n到2027年，民营经营主体总量占全市",
        f"{title[:30]}\n98.7%以上。\n— 2 —",
    ]
    texts = [b.text for b in parse_text("\n\f".join(pages))]
    assert title[:30] not in texts and texts[0] == title
    assert "98.7%以上。" in texts


def test_a_later_pages_first_line_that_only_shares_a_word_with_the_title_stays() -> None:
    title = "济南市人民政府办公厅关于印发济南市促进民营经济发展壮大三年行动方案的通知"
    pages = [f"{title}\n一、总体要求", "济南市民营经济增加值年均增长6%。\n— 2 —"]
    texts = [b.text for b in parse_text("\n\f".join(pages))]
    assert "济南市民营经济增加值年均增长6%。" in texts


def test_table_rows_stay_when_a_running_header_goes() -> None:
    title = "关于推进城市更新的实施方案"
    pages = [
        f"{title}\n到2027年，完成老旧小区改造200个。\n— 1 —",
        f"{title}\n指标\t单位\t2027年\n口袋公园\t个\t30\n— 2 —",
        f"{title}\n建设口袋公园30个。\n— 3 —",
    ]
    blocks = parse_text("\n\f".join(pages))
    assert [b.text for b in blocks].count(title) == 1
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [["指标", "单位", "2027年"], ["口袋公园", "个", "30"]]


def test_a_cell_that_is_a_figure_alone_is_no_running_line() -> None:
    """<1, <15000, 80: a one-cell-per-line table's figures meet the top of many pages; the
    figure alone (its key all digits) repeats as cells do and stays."""
    pages = [f"指标{n}\n\n下降{n}%\n— {n} —" for n in range(1, 4)]
    pages = [page + f"\n\f<{n}5000\n\n预期性" for n, page in enumerate(pages, 1)]
    texts = [b.text for b in parse_text("\n".join(pages))]
    assert [t for t in texts if t.startswith("<")] == ["<15000", "<25000", "<35000"]


def test_a_double_spaced_table_is_one_table() -> None:
    """A web page's rows copied as paragraphs of their own: a blank line between rows, pipe or
    tab, keeps them in one table."""
    piped = "| 指标 | 单位 | 2025年 |\n\n| --- | --- | --- |\n\n| 森林覆盖率 | % | 45 |\n\n| 耕地保有量 | 万亩 | 120 |\n"
    tabbed = "指标\t单位\t2025年\n\n森林覆盖率\t%\t45\n\n耕地保有量\t万亩\t120\n"
    for text in (piped, tabbed):
        (table,) = [b for b in parse_text(text) if b.kind == "table"]
        assert table.rows == [
            ["指标", "单位", "2025年"],
            ["森林覆盖率", "%", "45"],
            ["耕地保有量", "万亩", "120"],
        ]


def test_two_pipe_tables_a_blank_line_apart_stay_two() -> None:
    first = "| 指标 | 2025年 |\n| --- | --- |\n| 森林覆盖率 | 45 |\n"
    second = "| 项目 | 投资 |\n| --- | --- |\n| 水库 | 12 |\n"
    tables = [b for b in parse_text(first + "\n" + second) if b.kind == "table"]
    assert [t.rows for t in tables] == [
        [["指标", "2025年"], ["森林覆盖率", "45"]],
        [["项目", "投资"], ["水库", "12"]],
    ]


def test_a_forms_template_placeholders_are_filled_or_dropped() -> None:
    from plantrack.read.txt import filled_placeholders

    line = "种植数量(≥**株)>=17600株;成活率(≥**%)>=85;补助成本(≤**元/株)≤28.40/株。"
    assert filled_placeholders(line) == "种植数量>=17600株;成活率>=85%;补助成本≤28.40/株。"
    assert filled_placeholders("**加粗**正文") == "**加粗**正文"
    # a pipe row: the figure is in the next cell
    assert filled_placeholders("| 苗木成活率(≥**%) | 85 | |") == "| 苗木成活率 | 85% | |"
