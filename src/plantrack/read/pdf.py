"""PDF: text per page with pypdfium2; running headers, footers and page numbers removed; lines
re-joined into paragraphs.

pdfium gives the text in content-stream order (reading order for the single-column documents
plans are printed as) with a CR LF at each visual line end. We look at the box of the first and
last character of each line to find the lines at the top and bottom of a page (header/footer
candidates), the text block's left and right edges (indented first lines, full-width lines).
A paragraph cut by a page break is left as two blocks for `clean_blocks` to re-join and report.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass

from plantrack.errors import ReadError
from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.clean import PAGE_NUMBER_RE, ends_sentence, is_title_heading, normalize_width
from plantrack.read.headings import is_heading

_PDF_MAGIC = b"%PDF-"
# Lines repeated in the top/bottom zone of at least this share of pages are running heads.
_RUNNING_SHARE = 0.6
_MIN_PATHS = 4  # vector paths on a page before we look for ruled tables with pdfplumber
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page can be a header/footer
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
_TITLE_MAX_CHARS = 40
_PUNCT_RE = re.compile(r"[，。；：、！？,;:!?（）()“”《》]")
# What PDF producers write when nobody set a title.
_PLACEHOLDER_TITLES = {"(anonymous)", "untitled", "anonymous", "无标题"}


@dataclass(slots=True)
class _Line:
    text: str
    number: int  # 1-based position on its page, as extracted
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    height: float | None = None
    table: Block | None = None  # a placeholder line standing for a table found here


def _check_container(data: bytes, name: str) -> None:
    if _PDF_MAGIC not in data[:1024]:
        raise ReadError(f"{name}: not a PDF file (%PDF header missing)")


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium  # imported here: only PDF reading pays for it

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise ReadError(f"{name}: the PDF is password-protected; remove the password") from None
        raise ReadError(f"{name}: corrupt PDF ({reason})") from None


def _page_lines(textpage) -> list[_Line]:
    """The page's visual lines with the box of their first and last character."""
    count = textpage.count_chars()
    text = textpage.get_text_range() if count else ""
    # Characters outside the BMP make the Python text shorter than pdfium's UTF-16 index:
    # then positions are unknown and only the text rules apply.
    aligned = len(text) == count
    lines: list[_Line] = []
    start = 0
    for number, raw in enumerate(text.split("\r\n"), start=1):
        end = start + len(raw)
        stripped = raw.strip()
        line = _Line(stripped, number)
        if stripped and aligned:
            first = start + (len(raw) - len(raw.lstrip()))
            last = start + len(raw.rstrip()) - 1
            left, bottom, _, top = textpage.get_charbox(first, loose=True)
            _, bottom_last, right, top_last = textpage.get_charbox(last, loose=True)
            line.x0, line.x1 = left, right
            line.top = max(top, top_last)
            line.height = max(top - bottom, top_last - bottom_last)
        if stripped:
            lines.append(line)
        start = end + 2
    return lines


def _may_hold_table(lines: list[_Line]) -> bool:
    """pdfium puts a space between table cells; running Chinese text has almost none (the
    space after 第三节 in a heading and those in a running header do not count)."""
    edges = {id(line) for line in _edge_lines(lines)}
    spaced = [
        line for line in lines
        if " " in line.text and id(line) not in edges and not is_heading(line.text)
    ]  # fmt: skip
    return len(spaced) >= 2


def _has_rulings(page) -> bool:
    """True when the page draws at least a few vector paths: a ruled table is possible."""
    import pypdfium2.raw as pdfium_c

    paths = 0
    for index in range(pdfium_c.FPDFPage_CountObjects(page)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page, index))
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= _MIN_PATHS:
                return True
    return False


def _table_rows(table) -> list[list[str]]:
    """pdfplumber table -> rows of cell text; a horizontally merged cell appears once, a
    vertically merged one repeats its text in every row it spans (as in the .docx reader)."""
    extracted = table.extract()
    grid = [row.cells for row in table.rows]
    origins = [(i, j, box) for i, row in enumerate(grid) for j, box in enumerate(row) if box]
    column_x: dict[int, float] = {}
    for _, j, box in origins:
        column_x.setdefault(j, (box[0] + box[2]) / 2)
    rows: list[list[str]] = []
    for i, row in enumerate(grid):
        row_y = next(((box[1] + box[3]) / 2 for box in row if box), None)
        cells: list[str] = []
        for j, box in enumerate(row):
            if box is not None:
                cells.append(_cell_text(extracted[i][j]))
                continue
            x = column_x.get(j)
            if x is None or row_y is None:
                continue
            owner = next(
                ((oi, oj) for oi, oj, ob in origins
                 if ob[0] <= x <= ob[2] and ob[1] <= row_y <= ob[3]),
                None,
            )  # fmt: skip
            if owner is not None and owner[0] != i:
                cells.append(_cell_text(extracted[owner[0]][owner[1]]))
        rows.append(cells)
    return rows


def _cell_text(value: str | None) -> str:
    # a cell's text wraps over lines inside the cell: the line breaks are layout
    return "".join((value or "").split("\n")).strip()


def _place_tables(lines: list[_Line], tables: list, height: float, page: int) -> list[_Line]:
    """Replace the lines inside each table's box by one placeholder carrying the table."""
    if not tables:
        return lines
    boxes = []
    for table in tables:
        x0, top, x1, bottom = table.bbox  # pdfplumber: y measured from the top of the page
        rows = _table_rows(table)
        text = "\n".join("\t".join(row) for row in rows)
        block = Block(text, "table", page, None, rows=rows)
        boxes.append((x0, height - bottom, x1, height - top, block))
    placed: set[int] = set()
    out: list[_Line] = []
    for line in lines:
        if line.top is None or line.x0 is None or line.x1 is None:
            out.append(line)
            continue
        middle = line.top - (line.height or 0.0) / 2
        inside = next(
            (i for i, (x0, y0, x1, y1, _) in enumerate(boxes)
             if y0 - 1 <= middle <= y1 + 1 and line.x0 < x1 and line.x1 > x0),
            None,
        )  # fmt: skip
        if inside is None:
            out.append(line)
        elif inside not in placed:
            placed.add(inside)
            block = boxes[inside][4]
            block.line = line.number
            out.append(_Line("", line.number, table=block))
    return out


def _edge_lines(lines: list[_Line]) -> list[_Line]:
    """The lines nearest the top and bottom edges of the page (by position when known)."""
    if all(line.top is not None for line in lines):
        ordered = sorted(lines, key=lambda line: -(line.top or 0.0))
    else:
        ordered = lines
    if len(ordered) <= 2 * _EDGE_LINES:
        return list(ordered)
    return ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]


def _running_key(text: str) -> str:
    """Header/footer identity: page-varying numbers and spacing ignored."""
    return _DIGITS_RE.sub("#", _SPACE_RE.sub("", text))


def _drop_running_lines(pages: list[list[_Line]]) -> tuple[list[list[_Line]], int]:
    """Remove page numbers and lines repeated at the top/bottom of most pages."""
    edges = [_edge_lines([line for line in lines if line.table is None]) for lines in pages]
    seen: dict[str, int] = {}
    for page_edges in edges:
        for key in {_running_key(line.text) for line in page_edges}:
            seen[key] = seen.get(key, 0) + 1
    threshold = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    running = {key for key, count in seen.items() if count >= threshold}
    removed = 0
    kept_pages: list[list[_Line]] = []
    for lines, page_edges in zip(pages, edges, strict=True):
        drop = {
            id(line)
            for line in page_edges
            if _running_key(line.text) in running
            or PAGE_NUMBER_RE.match(normalize_width(line.text))
        }
        removed += len(drop)
        kept_pages.append([line for line in lines if id(line) not in drop])
    return kept_pages, removed


def _layout(pages: list[list[_Line]]) -> tuple[float, float, float, bool] | None:
    """(left edge, right edge, character size, indented paragraphs used) of the body text."""
    boxes = [line for lines in pages for line in lines if line.x0 is not None and not line.table]
    if not boxes:
        return None
    heights = sorted(line.height or 0.0 for line in boxes)
    char = heights[len(heights) // 2] or 10.0
    left = min(line.x0 or 0.0 for line in boxes)
    right = max(line.x1 or 0.0 for line in boxes)
    indented = sum(1 for line in boxes if (line.x0 or 0.0) - left > 1.5 * char)
    return left, right, char, indented >= max(2, len(boxes) // 20)


def _continues(prev: _Line, line: _Line, layout: tuple[float, float, float, bool] | None) -> bool:
    """True when `line` continues the paragraph whose last line is `prev`."""
    if is_heading(line.text):
        return False
    full = indented = None
    if layout is not None and prev.x1 is not None and line.x0 is not None:
        left, right, char, uses_indent = layout
        # ragged right: CJK line breaking leaves full lines up to ~2 characters short
        full = prev.x1 >= right - 3 * char
        indented = uses_indent and line.x0 - left > 1.5 * char
    # A heading line stands alone; the first line of a list item (1.港航物流…) that fills the
    # width runs on into the next line.
    if is_heading(prev.text) and (full is False or (full is None and is_title_heading(prev.text))):
        return False
    if not ends_sentence(prev.text):
        if indented and full is False:
            return False  # a short line, then an indented first line: a new paragraph
        # A short unpunctuated line (a title) does not run on into the text below it.
        short_title = len(prev.text) <= _TITLE_MAX_CHARS and not _PUNCT_RE.search(prev.text)
        return not (short_title and full is not True)
    # A sentence that ends exactly at the right edge may still run on: the next line says.
    return bool(full) and indented is False


def _paragraphs(
    lines: list[_Line], page: int, layout: tuple[float, float, float, bool] | None
) -> list[Block]:
    blocks: list[Block] = []
    prev: _Line | None = None
    for line in lines:
        if line.table is not None:
            blocks.append(line.table)
            prev = None
            continue
        if prev is not None and blocks and _continues(prev, line, layout):
            blocks[-1].text += line.text
        else:
            blocks.append(Block(line.text, "paragraph", page, line.number))
        prev = line
    return blocks


def read_pdf(data: bytes, name: str) -> Document:
    """Read a PDF's text layer into paragraph blocks with their page number."""
    _check_container(data, name)
    pdf = _open(data, name)
    plumber = None
    try:
        pages: list[list[_Line]] = []
        limits.check(name, "pages", len(pdf), "pages")
        for index in range(len(pdf)):
            limits.tick(name)
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                lines = _page_lines(textpage)
                if lines and _may_hold_table(lines) and _has_rulings(page):
                    if plumber is None:
                        import pdfplumber  # only for pages that may hold a ruled table

                        plumber = pdfplumber.open(io.BytesIO(data))
                    tables = plumber.pages[index].find_tables()
                    lines = _place_tables(lines, tables, page.get_height(), index + 1)
                pages.append(lines)
            finally:
                textpage.close()
                page.close()
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        if title.lower() in _PLACEHOLDER_TITLES:
            title = ""
    except ReadError:
        raise
    except Exception as exc:  # pdfium errors on a broken page
        raise ReadError(f"{name}: corrupt PDF ({type(exc).__name__}: {exc})") from None
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()
    if not any(pages):
        raise ReadError(f"{name}: the PDF has no text layer (a scanned image?); OCR it first")
    pages, removed = _drop_running_lines(pages)
    layout = _layout(pages)
    blocks: list[Block] = []
    for number, lines in enumerate(pages, start=1):
        blocks.extend(_paragraphs(lines, number, layout))
    document = Document(blocks, source=name, format="pdf", title=title or None)
    if removed:
        document.warnings.append(f"removed {removed} running header/footer/page-number line(s)")
    return document
