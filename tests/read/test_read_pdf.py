"""PDF reading: Chinese text over several pages, running header, page numbers, page breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.errors import ReadError
from plantrack.read import clean_blocks, read_document

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # Debian: fonts-wqy-microhei
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="needs apt package fonts-wqy-microhei")

HEADER = "宁波市人民政府公报  2026年第1期"
TASK = (
    "面向国家战略需求和产业发展需要，构建定位清晰、协同发展的区域重大科技力量体系。"
    "支持甬江实验室高水平建设，到2030年新建省级以上重点实验室20家以上。"
)
# uneven lengths, so page breaks fall inside paragraphs
PARAGRAPHS = [f"第{n}项任务加快推进。" + TASK * (1 + n % 3) for n in range(1, 13)]
EXPECTED = [
    "宁波市国民经济和社会发展第十五个五年规划纲要",
    "第三章 建设全域高水平创新型城市",
    *PARAGRAPHS,
    "第一节 增强科技创新策源能力",
    "优化市域创新空间布局。" + TASK,
]


def _build_pdf(path: Path, *, header: str | None = HEADER, footer: str = "— {page} —") -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body = ParagraphStyle(
        "body", fontName="WQY", fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK"
    )
    head = ParagraphStyle(
        "head", fontName="WQY", fontSize=14, leading=26, alignment=1, wordWrap="CJK"
    )

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("WQY", 9)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, header)
        canvas.drawCentredString(A4[0] / 2, 30, footer.format(page=doc.page))
        canvas.restoreState()

    story = [Paragraph(EXPECTED[0], head), Paragraph(EXPECTED[1], head)]
    story += [Paragraph(text, body) for text in PARAGRAPHS]
    story += [Paragraph(EXPECTED[-2], head), Paragraph(EXPECTED[-1], body)]
    template = SimpleDocTemplate(str(path), pagesize=A4, title="宁波市规划纲要（测试）")
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)


def test_pdf_blocks_pages_and_running_header(tmp_path: Path):
    path = tmp_path / "plan.pdf"
    _build_pdf(path)
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.title == "宁波市规划纲要（测试）"
    texts = [b.text for b in doc.blocks]
    assert not any("公报" in t or "—" in t for t in texts)  # header and — N — gone
    pages = sorted({b.page for b in doc.blocks})
    assert pages[0] == 1 and len(pages) >= 3 and pages == list(range(1, len(pages) + 1))
    assert doc.blocks[0].page == 1 and doc.blocks[0].line == 3  # after header and page number
    # paragraphs run over page breaks: the reader leaves them in two parts ...
    splits = [
        i
        for i in range(1, len(doc.blocks))
        if doc.blocks[i].page != doc.blocks[i - 1].page
        and doc.blocks[i - 1].text + doc.blocks[i].text in EXPECTED
    ]
    assert splits
    assert len(doc.blocks) == len(EXPECTED) + len(splits)
    # ... and the cleaner joins them and says so
    blocks, repairs = clean_blocks(doc.blocks)
    assert [b.text for b in blocks] == EXPECTED
    assert len([r for r in repairs if r.startswith("re-joined page break: ")]) == len(splits)
    assert any("header/footer" in w for w in doc.warnings)


def test_pdf_page_numbers_only(tmp_path: Path):
    path = tmp_path / "numbers.pdf"
    _build_pdf(path, header=None, footer="第 {page} 页")
    blocks, _ = clean_blocks(read_document(path).blocks)
    assert [b.text for b in blocks] == EXPECTED


def test_pdf_not_a_pdf(tmp_path: Path):
    path = tmp_path / "plan.pdf"
    path.write_text("这不是PDF", encoding="utf-8")
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert str(exc.value) == f"{path}: not a PDF file (%PDF header missing)"


def test_pdf_corrupt(tmp_path: Path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    with pytest.raises(ReadError, match=r"broken\.pdf: corrupt PDF \(") as exc:
        read_document(path)
    assert "\n" not in str(exc.value)


def test_pdf_without_text_or_image(tmp_path: Path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "drawing.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 300, 400, fill=1)  # a drawing: no text layer and no scanned image
    pdf.save()
    with pytest.raises(ReadError, match=r"drawing\.pdf: no text found, neither a text layer"):
        read_document(path)


def _typeset(path: Path, paragraphs: list[list[str]]) -> None:
    """Draw lines by hand: 12pt, first line of each paragraph indented two characters."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("WQY", 12)
    y = 760
    for lines in paragraphs:
        for number, line in enumerate(lines):
            pdf.drawString(96 if number == 0 else 72, y, line)
            y -= 20
    pdf.save()


def test_pdf_sentence_ending_at_the_right_edge_runs_on(tmp_path: Path):
    first = "推进科技创新和产业创新深度融合，强化企业科技创新主体地"  # 28 chars after indent
    second = "位，建立健全创新资源向企业集聚的政策体系，打造科技领军企业。"  # 30 chars, full
    third = "深化国家科技成果转移转化示范区建设。"  # short: the paragraph ends here
    other = ["加快科技成果转化应用。建强科技成果转化矩阵，推动概念验证中", "心建设。"]
    path = tmp_path / "edge.pdf"
    _typeset(path, [[first, second, third], other, ["第二节 推动产业融合"], ["推进改革。"]])
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == [
        first + second + third,
        "".join(other),
        "第二节 推动产业融合",
        "推进改革。",
    ]
    assert [b.line for b in doc.blocks] == [1, 4, 6, 7]


def test_pdf_with_password(tmp_path: Path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("user", "owner"))
    pdf.drawString(100, 700, "secret plan")
    pdf.save()
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert str(exc.value) == f"{path}: the PDF is password-protected; remove the password"


def test_pdf_ruled_table_between_paragraphs(tmp_path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body = ParagraphStyle("b", fontName="WQY", fontSize=11, leading=18, wordWrap="CJK")
    data = [
        ["类别", "指标", "2025年", "2030年", "属性"],
        ["创新驱动", "研发投入强度（%）", "3.2", "3.5", "预期性"],
        ["", "每万人高价值发明专利拥有量（件）", "25", "30", "预期性"],
        ["说明", "", "", "", "〔〕内为五年累计数"],
    ]
    table = Table(data)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "WQY"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (0, 1), (0, 2)),  # 创新驱动 over two rows
                ("SPAN", (0, 3), (3, 3)),  # 说明 over four columns
            ]
        )
    )
    before = "专栏1 主要指标。到2030年主要指标如下表。"
    after = "加快推进服务业扩大开放。深化国家服务业扩大开放综合试点。"
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(before, body), table, Paragraph(after, body)]
    )
    doc = read_document(path)
    assert [(b.kind, b.text if b.kind != "table" else None) for b in doc.blocks] == [
        ("paragraph", before),
        ("table", None),
        ("paragraph", after),
    ]
    assert doc.blocks[1].rows == [
        ["类别", "指标", "2025年", "2030年", "属性"],
        ["创新驱动", "研发投入强度（%）", "3.2", "3.5", "预期性"],
        ["创新驱动", "每万人高价值发明专利拥有量（件）", "25", "30", "预期性"],  # vertical span
        ["说明", "〔〕内为五年累计数"],  # horizontal span once
    ]
    assert doc.blocks[1].page == 1
