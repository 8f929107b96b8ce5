"""The sample plan written as .docx, .pdf, .html and .md reads and cleans to the same blocks
as the original .txt (the reference): every format keeps every paragraph, in order."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from plantrack.parse.outline import build_outline
from plantrack.read import clean_blocks, read_document
from plantrack.read.headings import is_heading

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ningbo-15th-fyp-excerpt.txt"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _lines() -> list[str]:
    return [
        line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _is_title(line: str) -> bool:
    return is_heading(line) and not line[0].isdigit()


@pytest.fixture(scope="module")
def reference() -> list[str]:
    blocks, repairs = clean_blocks(read_document(SAMPLE).blocks)
    assert len(repairs) == 4
    return [b.text for b in blocks]


@pytest.fixture(scope="module")
def reference_outline() -> list[tuple[str, str, tuple[int, int]]]:
    blocks, _ = clean_blocks(read_document(SAMPLE).blocks)
    return [(n.node_id, n.kind, n.span) for n in build_outline(blocks).nodes]


def _write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for line in _lines():
        document.add_paragraph(line)
    document.save(str(path))


def _write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body = ParagraphStyle(
        "b", fontName="WQY", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"
    )
    head = ParagraphStyle("h", fontName="WQY", fontSize=13, leading=24, alignment=1, wordWrap="CJK")

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("WQY", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, "宁波日报  2026年1月20日  第7版")
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        canvas.restoreState()

    story = [Paragraph(html.escape(line), head if _is_title(line) else body) for line in _lines()]
    SimpleDocTemplate(str(path), pagesize=A4).build(
        story, onFirstPage=decorate, onLaterPages=decorate
    )


def _write_html(path: Path, container: str, copies: int = 1) -> None:
    paragraphs = "\n".join(
        f"<p><strong>{html.escape(line)}</strong></p>"
        if _is_title(line)
        else f"<p>{html.escape(line)}</p>"
        for line in _lines() * copies
    )
    path.write_text(
        f"""<html><head><meta charset="utf-8"><title>规划纲要_宁波市人民政府</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 规划信息</div>
<div {container}>{paragraphs}</div>
<div class="footer">主办单位：宁波市人民政府办公厅</div><script>var x = 1;</script>
</body></html>""",
        encoding="utf-8",
    )


def _write_md(path: Path) -> None:
    path.write_text("\n\n".join(_lines()) + "\n", encoding="utf-8")


WRITERS = {
    "docx": lambda p: _write_docx(p),
    "pdf": lambda p: _write_pdf(p),
    "known.html": lambda p: _write_html(p, 'id="UCAP-CONTENT"'),
    "unknown.html": lambda p: _write_html(p, 'class="wenzhang"'),
    "md": lambda p: _write_md(p),
    # trafilatura with favor_recall=True kept only one copy of this page's text (docs/reading.md)
    "twice.html": lambda p: _write_html(p, 'class="wenzhang"', copies=2),
}


@pytest.mark.parametrize("kind", list(WRITERS))
def test_format_reads_like_the_text(
    tmp_path: Path, kind: str, reference: list[str], reference_outline
):
    if kind == "pdf" and not FONT.exists():
        pytest.skip("needs apt package fonts-wqy-microhei")
    path = tmp_path / f"sample.{kind}"
    WRITERS[kind](path)
    blocks, repairs = clean_blocks(read_document(path).blocks)
    if kind == "twice.html":
        assert [b.text for b in blocks] == reference * 2
        return
    assert [b.text for b in blocks] == reference
    # the same outline, node for node, with the same spans into the cleaned text
    outline = build_outline(blocks)
    assert [(n.node_id, n.kind, n.span) for n in outline.nodes] == reference_outline
    assert ("c4.s2.box5.i8", "item") in [(n.node_id, n.kind) for n in outline.nodes]
    joins = [r for r in repairs if r.startswith("re-joined page break: ")]
    for expected in ("体/系", "全/覆盖", "提高国/创投资机构"):
        assert f"re-joined page break: {expected}" in joins
    if kind != "pdf":  # a PDF adds the joins of its own page breaks
        assert len(joins) == 3
