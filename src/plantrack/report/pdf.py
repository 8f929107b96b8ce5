"""The report as an A4 PDF (reportlab): a registered CJK font, page numbers, PDF bookmarks, and
table headers repeated on every page a table runs over."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Image as RLImage,
)
from reportlab.platypus import (
    Paragraph as RLParagraph,
)
from reportlab.platypus import (
    Table as RLTable,
)

from plantrack.model import STATUS_STYLE
from plantrack.report.charts import Charts, render_charts
from plantrack.report.common import atomic_path
from plantrack.report.data import ReportData
from plantrack.report.fonts import register_pdf_font
from plantrack.report.layout import Heading, Image, Paragraph, Table, build_blocks

MARGIN = 18 * mm


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=10.5,
        leading=16,
        wordWrap="CJK",
        bulletFontName=font,
        spaceAfter=6,
        firstLineIndent=0,
    )
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=4
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=15,
            leading=22,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
            textColor=colors.HexColor("#1f2328"),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontSize=12.5,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
            textColor=colors.HexColor("#24476b"),
        ),
        "body": base,
        "lead": ParagraphStyle(
            "lead",
            parent=base,
            backColor=colors.HexColor("#f3f6f9"),
            borderPadding=6,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=9, leading=13, textColor=colors.HexColor("#59636e")
        ),
        "meta": ParagraphStyle(
            "meta",
            parent=base,
            fontSize=9,
            leading=13,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#59636e"),
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0),
        "cellnum": ParagraphStyle(
            "cellnum", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0),
        "caption": ParagraphStyle(
            "caption",
            parent=base,
            fontSize=9,
            leading=13,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#59636e"),
        ),
    }


class _Doc(SimpleDocTemplate):
    """Adds a PDF outline entry (bookmark) for every section heading."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "_outline_level", None)
        if level is None:
            return
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)


def _table(block: Table, styles: dict[str, ParagraphStyle], width: float) -> RLTable:
    total = sum(block.widths) or 1
    col_widths = [width * w / total for w in block.widths]
    data = [[RLParagraph(escape(h), styles["head"]) for h in block.headers]]
    for r, row in enumerate(block.rows):
        cells = []
        for c, value in enumerate(row):
            text = escape(value)
            status = block.statuses[r] if r < len(block.statuses) else ""
            if c == block.status_column and status:
                text = f'<font color="{STATUS_STYLE[status].colour}">{text}</font>'
            cells.append(RLParagraph(text, styles["cellnum" if c in block.numeric else "cell"]))
        data.append(cells)
    table = RLTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),  # not Helvetica
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa4ae")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ebf3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _image(block: Image, styles: dict[str, ParagraphStyle], width: float) -> KeepTogether:
    reader = ImageReader(io.BytesIO(block.png))
    w, h = reader.getSize()
    draw_w = min(block.width_cm * cm, width)
    picture = RLImage(io.BytesIO(block.png), width=draw_w, height=draw_w * h / w)
    return KeepTogether(
        [picture, RLParagraph(escape(block.caption), styles["caption"]), Spacer(1, 6)]
    )


def render_pdf(data: ReportData, charts: Charts | None = None) -> bytes:
    font = register_pdf_font()
    styles = _styles(font)
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=f"{data.title} {data.subtitle}",
        author="plantrack",
        subject=data.kind_zh,
        creator="plantrack",
        initialFontName=font,  # else every page declares Helvetica, which nothing uses
    )
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    seen_section = False
    for block in build_blocks(data, charts or render_charts(data)):
        if isinstance(block, Heading):
            style = {0: "title", 1: "h1"}.get(block.level, "h2")
            paragraph = RLParagraph(escape(block.text), styles[style])
            if block.level >= 1:  # the title itself is not bookmarked
                paragraph._outline_level = block.level - 1
                seen_section = True
            story.append(paragraph)
        elif isinstance(block, Paragraph):
            style = block.style if block.style in styles else "body"
            if block.style == "note" and not seen_section:
                style = "meta"
            story.append(RLParagraph(escape(block.text), styles[style]))
        elif isinstance(block, Table):
            story.append(_table(block, styles, width))
            story.append(Spacer(1, 6))
        elif isinstance(block, Image):
            story.append(_image(block, styles, width))

    header = f"{data.title} · {data.subtitle}"

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(colors.HexColor("#59636e"))
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {document.page} 页")
        if document.page > 1:
            canvas.drawString(MARGIN, A4[1] - 12 * mm, header[:70])
            canvas.setStrokeColor(colors.HexColor("#d0d7de"))
            canvas.line(MARGIN, A4[1] - 13.5 * mm, A4[0] - MARGIN, A4[1] - 13.5 * mm)
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def write_pdf(data: ReportData, path: Path, charts: Charts | None = None) -> None:
    content = render_pdf(data, charts)
    with atomic_path(path) as tmp:
        tmp.write_bytes(content)
