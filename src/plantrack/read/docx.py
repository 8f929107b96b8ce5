"""Word (.docx): paragraphs and tables in body order, heading styles as headings."""

from __future__ import annotations

import io
import re
import zipfile

from plantrack.errors import ReadError
from plantrack.model import Block, Document
from plantrack.read import limits

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, or an encrypted .docx
# "Heading 2", Chinese Word's "标题 2", WPS's "heading 2"
_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_container(data: bytes, name: str) -> None:
    if data.startswith(_OLE_MAGIC):
        raise ReadError(
            f"{name}: not a .docx file (an old Word 97-2003 .doc or an encrypted file); "
            "save it as .docx"
        )
    if not data.startswith(_ZIP_MAGIC):
        raise ReadError(f"{name}: not a Word file (zip header missing)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise ReadError(f"{name}: corrupt Word file ({exc})") from None
    if "word/document.xml" not in names:
        raise ReadError(f"{name}: not a Word file (no word/document.xml in the zip)")
    limits.check_zip(data, name, parts=("word/document.xml",))


def _style_level(style) -> int | None:
    """Level of a Heading N / 标题 N style (Title = 0), following base styles."""
    while style is not None:
        if style.name == "Title":
            return 0  # the document title, above Heading 1
        match = _HEADING_STYLE_RE.match(style.name or "")
        if match:
            return int(match.group(1))
        style = style.base_style
    return None


def _heading_level(paragraph, cache: dict[str | None, int | None]) -> int | None:
    """Level from the paragraph's style or from an explicit outline level; None for body text.

    Looking a style up in python-docx scans every style, so levels are cached by style id.
    """
    style_id = paragraph._p.style
    if style_id not in cache:
        cache[style_id] = _style_level(paragraph.style)
    if cache[style_id] is not None:
        return cache[style_id]
    ppr = paragraph._p.pPr
    if ppr is not None:
        outline = ppr.find(f"{_W_NS}outlineLvl")
        if outline is not None:
            value = int(outline.get(f"{_W_NS}val", "9"))
            if value < 9:  # 9 means body text
                return value + 1
    return None


def _paragraph_text(paragraph) -> str:
    # A soft line break (w:br) inside a paragraph is layout, not a new paragraph.
    return paragraph.text.replace("\n", "").strip()


def _table_rows(table) -> list[list[str]]:
    """Cell texts row by row; a horizontally merged cell appears once, a vertical merge repeats."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append("\n".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        rows.append(cells)
    return rows


def read_docx(data: bytes, name: str) -> Document:
    """Read a .docx file's body: one block per non-empty paragraph, one per table.

    `Block.line` is the 1-based position in the body (paragraphs and tables counted together);
    Word files have no fixed pages, so `page` is None.
    """
    _check_container(data, name)
    import docx  # imported here: only .docx reading pays for it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise ReadError(f"{name}: corrupt Word file ({type(exc).__name__}: {exc})") from None
    from docx.table import Table

    blocks: list[Block] = []
    levels: dict[str | None, int | None] = {}
    most = limits.current().blocks
    for position, item in enumerate(document.iter_inner_content(), start=1):
        if position > most:  # empty paragraphs count: each costs the time of a full one
            raise limits.refuse(name, f"more than {most:,} paragraphs and tables", "blocks")
        if position % 256 == 0:
            limits.tick(name)
        if isinstance(item, Table):
            rows = _table_rows(item)
            if any(cell for row in rows for cell in row):
                text = "\n".join("\t".join(row) for row in rows)
                blocks.append(Block(text, "table", None, position, rows=rows))
            continue
        text = _paragraph_text(item)
        if not text:
            continue
        level = _heading_level(item, levels)
        kind = "heading" if level is not None else "paragraph"
        blocks.append(Block(text, kind, None, position, level))
    title = (document.core_properties.title or "").strip() or None
    return Document(blocks, source=name, format="docx", title=title)
