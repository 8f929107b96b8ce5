"""PDF: text per page with pypdfium2; running headers, footers and page numbers removed; lines
re-joined into paragraphs.

pdfium gives the text in content-stream order (reading order for the single-column documents
plans are printed as) with a CR LF at each visual line end. We look at the box of the first and
last character of each line to find the lines at the top and bottom of a page (header/footer
candidates), the text block's left and right edges (indented first lines, full-width lines).
A paragraph cut by a page break is left as two blocks for `clean_blocks` to re-join and report.

A page without text that shows an image (a scan) is rendered at the image's own resolution and
read by OCR (`read/ocr.py`); a PDF may mix text and scanned pages. Lines → paragraphs:
`read/layout.py`, the same rules for both.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from plantrack.errors import ReadError
from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.headings import is_heading
from plantrack.read.layout import Line, assemble, edge_lines
from plantrack.read.ocr import PageImage, ProgressFn, ocr_note, ocr_pages

_PDF_MAGIC = b"%PDF-"
_MIN_PATHS = 4  # vector paths on a page before we look for ruled tables with pdfplumber
# A page with fewer characters than this and an image over this share of its area is a scan.
_SCAN_MAX_CHARS = 20
_SCAN_MIN_AREA = 0.3
# Scans are rendered at their image's resolution, within these bounds (dots per inch).
_OCR_DPI = (150, 300)
# What PDF producers write when nobody set a title.
_PLACEHOLDER_TITLES = {"(anonymous)", "untitled", "anonymous", "无标题"}


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


def _page_lines(textpage) -> list[Line]:
    """The page's visual lines with the box of their first and last character."""
    count = textpage.count_chars()
    text = textpage.get_text_range() if count else ""
    # Characters outside the BMP make the Python text shorter than pdfium's UTF-16 index:
    # then positions are unknown and only the text rules apply.
    aligned = len(text) == count
    lines: list[Line] = []
    start = 0
    for number, raw in enumerate(text.split("\r\n"), start=1):
        end = start + len(raw)
        stripped = raw.strip()
        line = Line(stripped, number)
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


def _may_hold_table(lines: list[Line]) -> bool:
    """pdfium puts a space between table cells; running Chinese text has almost none (the
    space after 第三节 in a heading and those in a running header do not count)."""
    edges = {id(line) for line in edge_lines(lines)}
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


def _place_tables(lines: list[Line], tables: list, height: float, page: int) -> list[Line]:
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
    out: list[Line] = []
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
            out.append(Line("", line.number, table=block))
    return out


def _scan_dpi(page) -> float | None:
    """The resolution of the image covering the page, if the page shows one (a scan)."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    best: float | None = None
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) < _SCAN_MIN_AREA * width * height:
            continue
        pixels_wide = obj.get_px_size()[0]
        dpi = pixels_wide / max((right - left) / 72, 1e-6)
        best = max(best or 0.0, dpi)
    return best


def _needs_ocr(page, lines: list[Line]) -> float | None:
    """The dpi to render a scanned page at, or None for a page with a text layer."""
    if sum(len(line.text) for line in lines) >= _SCAN_MAX_CHARS:
        return None
    dpi = _scan_dpi(page)
    if dpi is None:
        return None
    low, high = _OCR_DPI
    return min(max(dpi, low), high)


def _render(pdf, scans: dict[int, float]) -> Iterator[PageImage]:
    """The scanned pages as greyscale images, one at a time (pdfium: this thread only)."""
    for index, dpi in scans.items():
        page = pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            width, height = page.get_size()
            yield PageImage(bitmap.to_pil(), width, height)
        finally:
            page.close()


def _text_lines(pdf, index: int, data: bytes, state: dict) -> tuple[list[Line], float | None]:
    """A page's text lines (ruled tables placed), and the dpi to OCR it at if it is a scan."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        lines = _page_lines(textpage)
        scan_dpi = _needs_ocr(page, lines)
        if scan_dpi is not None:
            return [], scan_dpi
        if lines and _may_hold_table(lines) and _has_rulings(page):
            if state.get("plumber") is None:
                import pdfplumber  # only for pages that may hold a ruled table

                state["plumber"] = pdfplumber.open(io.BytesIO(data))
            tables = state["plumber"].pages[index].find_tables()
            lines = _place_tables(lines, tables, page.get_height(), index + 1)
        return lines, None
    finally:
        textpage.close()
        page.close()


def read_pdf(
    data: bytes, name: str, *, jobs: int = 1, progress: ProgressFn | None = None
) -> Document:
    """Read a PDF's text layer, and its scanned pages by OCR, into paragraph blocks with their
    page number; `jobs` pages are OCR'd at once, `progress(done, total)` follows them."""
    _check_container(data, name)
    pdf = _open(data, name)
    state: dict = {}
    scans: dict[int, float] = {}
    try:
        pages: list[list[Line]] = []
        limits.check(name, "pages", len(pdf), "pages")
        for index in range(len(pdf)):
            limits.tick(name)
            lines, scan_dpi = _text_lines(pdf, index, data, state)
            pages.append(lines)
            if scan_dpi is not None:
                scans[index] = scan_dpi
        if scans:
            read = ocr_pages(_render(pdf, scans), len(scans), name, jobs=jobs, progress=progress)
            for index, lines in zip(scans, read, strict=True):
                pages[index] = lines
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        if title.lower() in _PLACEHOLDER_TITLES:
            title = ""
    except ReadError:
        raise
    except Exception as exc:  # pdfium errors on a broken page
        raise ReadError(f"{name}: corrupt PDF ({type(exc).__name__}: {exc})") from None
    finally:
        pdf.close()
        if state.get("plumber") is not None:
            state["plumber"].close()
    if not any(pages):
        raise ReadError(f"{name}: no text found, neither a text layer nor text on a scanned page")
    blocks, removed = assemble(pages)
    document = Document(blocks, source=name, format="pdf", title=title or None)
    if scans:
        document.warnings.append(ocr_note(len(scans), len(pages), blocks))
    if removed:
        document.warnings.append(f"removed {removed} running header/footer/page-number line(s)")
    return document
