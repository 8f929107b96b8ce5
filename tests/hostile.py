"""Hostile files built on the fly (nothing big is stored in the repository): the tiny workbook
that declares a cell at row 200,000, column 52; zip bombs; Word bodies of many tags.

Imported by tests under tests/ (pytest puts this folder on sys.path: it holds conftest.py).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HEADER = ["指标编号", "年份", "数值", "单位", "来源"]


def far_cell_xlsx(path: Path, *, value: str | None = "x", row: int = 200_000, column: int = 52):
    """A ~5 KB workbook: a header, one real row, and one cell at `row`, `column` (AZ200000) — a
    value, or with `value=None` an empty cell that only carries a style."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["c1.t1", 2026, 1600, "亿元", "统计局"])
    cell = sheet.cell(row, column)
    if value is None:
        cell.font = Font(bold=True)  # written as <c r="AZ200000" s="1"/>
    else:
        cell.value = value
    book.save(path)
    return path


def padded_zip(source: Path, target: Path, member: str, megabytes: int) -> Path:
    """`source` (a .docx/.xlsx) with one more member of `megabytes` MB of zeros: a few KB in the
    zip, far more once inflated."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        with new.open(member, "w", force_zip64=True) as out:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                out.write(block)
    return target


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def many_paragraphs_docx(paragraphs: int, text: str = "推动高质量发展") -> bytes:
    """A minimal .docx whose body holds `paragraphs` paragraphs of `text` (about 0.3 KB in the
    zip per 10,000 paragraphs: the XML is all repeats)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
                b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            )
            paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
            for start in range(0, paragraphs, 1000):
                out.write(paragraph * min(1000, paragraphs - start))
            out.write(b"</w:body></w:document>")
    return buffer.getvalue()
