"""The report as a Word document (python-docx): real Heading styles (the navigation pane works),
real tables with a repeated header row, charts as pictures, A4 with page numbers."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Cm, Pt, RGBColor
from lxml.etree import SubElement

from plantrack.model import STATUS_STYLE
from plantrack.report.charts import Charts, render_charts
from plantrack.report.common import atomic_path
from plantrack.report.data import ReportData
from plantrack.report.layout import Heading, Image, Paragraph, Table, build_blocks

BODY_FONT, HEADING_FONT = "宋体", "黑体"
TEXT_WIDTH_CM = 17.0


def _east_asian(style, font: str) -> None:
    """Word picks the font for Chinese from w:eastAsia, which python-docx does not set."""
    # get_or_add_rFonts keeps the schema's element order (Word rejects rFonts after w:sz)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _setup(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    _east_asian(normal, BODY_FONT)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]
        _east_asian(style, HEADING_FONT)
        style.font.color.rgb = RGBColor(0x1F, 0x23, 0x28)
    document.styles["Title"].font.size = Pt(20)
    document.styles["Heading 1"].font.size = Pt(15)
    document.styles["Heading 2"].font.size = Pt(12.5)
    _page_number_footer(section)


def _page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("第 ")
    run = paragraph.add_run()
    for tag, attrs in (
        ("w:fldChar", {"w:fldCharType": "begin"}),
        ("w:instrText", {}),
        ("w:fldChar", {"w:fldCharType": "end"}),
    ):
        element = OxmlElement(tag)
        for key, value in attrs.items():
            element.set(qn(key), value)
        if tag == "w:instrText":
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        run._r.append(element)
    paragraph.add_run(" 页")


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _shade(tc, fill: str) -> None:
    tc_pr = tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def _set_cell(
    tc,
    text: str,
    *,
    size: float = 8.5,
    bold: bool = False,
    colour: str | None = None,
    right: bool = False,
) -> None:
    """Fill a table cell's paragraph with one run: the XML python-docx's paragraph_format,
    add_run and font setters write, built directly (they took most of a report's DOCX time:
    thousands of cells, each a dozen property look-ups)."""
    p = tc.find(f"{_W}p")
    p_pr = SubElement(p, f"{_W}pPr")
    SubElement(p_pr, f"{_W}spacing").set(f"{_W}after", "0")
    if right:
        SubElement(p_pr, f"{_W}jc").set(f"{_W}val", "right")
    r = SubElement(p, f"{_W}r")
    r_pr = SubElement(r, f"{_W}rPr")
    if bold:
        SubElement(r_pr, f"{_W}b")
    if colour is not None:
        SubElement(r_pr, f"{_W}color").set(f"{_W}val", colour)
    SubElement(r_pr, f"{_W}sz").set(f"{_W}val", str(round(size * 2)))
    if any(ch in text for ch in "\t\n\r"):
        r.text = text  # tabs and line breaks: python-docx's own rules (w:tab, w:br)
        return
    t = SubElement(r, f"{_W}t")
    t.text = text
    if text[:1].isspace() or text[-1:].isspace():
        t.set(_PRESERVE, "preserve")


def _table(document, block: Table) -> None:
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    total = sum(block.widths) or 1
    widths = [Cm(TEXT_WIDTH_CM * w / total) for w in block.widths]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice and WPS follow (Word follows w:tcW)
    twips = [str(w.twips) for w in widths]
    colours = {s: style.colour[1:].upper() for s, style in STATUS_STYLE.items()}
    for r, tr in enumerate(table._tbl.tr_lst):
        for c, tc in enumerate(tr.tc_lst):
            tc.get_or_add_tcPr().get_or_add_tcW().set(f"{_W}w", twips[c])
            if r == 0:
                _set_cell(tc, block.headers[c], bold=True)
                _shade(tc, "E4EBF3")
                continue
            status = block.statuses[r - 1] if r - 1 < len(block.statuses) else ""
            colour = colours.get(status) if c == block.status_column else None
            _set_cell(tc, block.rows[r - 1][c], colour=colour, right=c in block.numeric)
    _repeat_header(table.rows[0])
    document.add_paragraph()


class _Pictures:
    """Adds pictures with a counter for their ids and a table of the images already stored.

    python-docx's `add_picture` scans the whole document for a free id and hashes every stored
    image again for each new picture (both quadratic: a report of 200 charts spent most of its
    time there). The ids and part names it would give are kept: one more than the largest
    numeric id, /word/media/imageN.png."""

    def __init__(self, document) -> None:
        self.document = document
        ids = [int(v) for v in document.element.xpath("//@id") if v.isdigit()]
        self.next_id = max(ids, default=0) + 1
        self.parts: dict[str, ImagePart] = {}

    def add(self, block: Image) -> None:
        """A centred picture in a paragraph of its own."""
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        image = DocxImage.from_blob(block.png)
        part = self.parts.get(image.sha1)
        if part is None:
            package = self.document.part.package
            name = PackURI(f"/word/media/image{len(package.image_parts) + 1}.{image.ext}")
            part = ImagePart.from_image(image, name)
            package.image_parts.append(part)
            self.parts[image.sha1] = part
        r_id = self.document.part.relate_to(part, RT.IMAGE)
        cx, cy = image.scaled_dimensions(Cm(min(block.width_cm, TEXT_WIDTH_CM)), None)
        inline = CT_Inline.new_pic_inline(self.next_id, r_id, image.filename, cx, cy)
        paragraph.add_run()._r.add_drawing(inline)
        self.next_id += 1


def build_docx(data: ReportData, charts: Charts | None = None):
    """A python-docx Document holding the report."""
    document = Document()
    _setup(document)
    props = document.core_properties
    props.title = f"{data.title} {data.subtitle}"
    props.author = "plantrack"
    props.subject = data.kind_zh
    seen_section = False
    pictures = _Pictures(document)
    for block in build_blocks(data, charts or render_charts(data)):
        if isinstance(block, Heading):
            heading = document.add_heading(block.text, level=min(block.level, 3))
            if block.level == 0:
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                seen_section = True
        elif isinstance(block, Paragraph):
            if block.style == "subtitle":
                paragraph = document.add_paragraph(block.text, style="Subtitle")
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                continue
            paragraph = document.add_paragraph(block.text)
            if block.style == "note":
                for run in paragraph.runs:
                    run.font.size = Pt(9)
                    run.font.color.rgb = RGBColor(0x59, 0x63, 0x6E)
                if not seen_section:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.style == "lead":
                for run in paragraph.runs:
                    run.bold = True
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Image):
            pictures.add(block)
            caption = document.add_paragraph(block.caption, style="Caption")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return document


def write_docx(data: ReportData, path: Path, charts: Charts | None = None) -> None:
    document = build_docx(data, charts)
    with atomic_path(path) as tmp:
        document.save(str(tmp))
