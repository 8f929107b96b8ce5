"""Plain text (.txt) and Markdown (.md): one block per non-empty line, tables kept whole."""

from __future__ import annotations

import re
from collections.abc import Callable

from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.encoding import decode
from plantrack.read.headings import is_heading
from plantrack.read.layout import Line, drop_running_lines
from plantrack.read.page_chrome import PAGE_MARK_RE

_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_MD_EMPHASIS_RE = (
    (_MD_BOLD_RE, r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"(?<!\*)\*(?![\s*])(.+?)(?<![\s*])\*(?!\*)"), r"\1"),
    # _em_ but not snake_case names
    (re.compile(r"(?<![A-Za-z0-9_])_(?![\s_])(.+?)(?<![\s_])_(?![A-Za-z0-9_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
)
_MD_BOLD_LINE_RE = re.compile(r"^\*\*[^*]+\*\*$")
_MD_ESCAPE_RE = re.compile(r"\\([*_`\[\]~#|\\])")
_MD_BULLET_RE = re.compile(r"^(?:[-*+]\s+|>\s?)+")
_MD_RULE_RE = re.compile(r"^(?:[-*_]\s*){3,}$")
_MD_TABLE_SEP_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def _lines(text: str) -> list[tuple[str, int, int]]:
    """(line, line_number, page) for every line; a form feed starts a new page."""
    out: list[tuple[str, int, int]] = []
    page = 1
    for number, line in enumerate(_LINE_BREAK_RE.split(text), start=1):
        if "\f" in line:
            parts = line.split("\f")
            for i, part in enumerate(parts):
                if i:
                    page += 1
                out.append((part, number, page))
            continue
        out.append((line, number, page))
    return out


def strip_markdown(text: str) -> str:
    """Remove simple inline Markdown: **bold**, *em*, `code`, [link](url) -> link."""
    if not any(c in text for c in "*_`[~\\"):
        return text
    for pattern, repl in _MD_EMPHASIS_RE:
        text = pattern.sub(repl, text)
    return _MD_ESCAPE_RE.sub(r"\1", text)  # 5—5.5\* (a star the converter escaped) -> 5—5.5*


def _is_tab_row(line: str) -> bool:
    return line.count("\t") >= 2


def _is_pipe_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


_BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _split_pipe_row(line: str) -> list[str]:
    """A pipe row's cells; a line break inside a cell (`<br>`, as HTML-to-Markdown writes it)
    becomes a space."""
    stripped = _BREAK_TAG_RE.sub(" ", line.strip().strip("|"))
    return [strip_markdown(cell.strip()) for cell in stripped.split("|")]


def _spaced_row(lines: list[tuple[str, int, int]], i: int, is_row: Callable[[str], bool]) -> int:
    """The index of the row after row i: the next line, or the one after a single blank line
    (a double-spaced copy: a web page's rows as paragraphs of their own); else 0."""
    for j in (i + 1, i + 2):
        if j < len(lines) and is_row(lines[j][0]):
            return j
        if j >= len(lines) or lines[j][0].strip():
            return 0
    return 0


def _pipe_table_at(lines: list[tuple[str, int, int]], i: int, markdown: bool) -> int:
    """Pipe rows start a table here: in Markdown any two; in plain text (a Markdown file saved
    as .txt) only a header row over a separator row (| --- | --- |). The index of the second
    row (`_spaced_row`), else 0."""
    after = _spaced_row(lines, i, _is_pipe_row) if _is_pipe_row(lines[i][0]) else 0
    if after and (markdown or _MD_TABLE_SEP_RE.match(lines[after][0].strip())):
        return after
    return 0


def _past_page_break(
    lines: list[tuple[str, int, int]], i: int, is_row: Callable[[str], bool], spaced: bool
) -> int:
    """The index of the row that goes on with a table after line i: past a page break (blank
    lines, a form feed, a page number: a PDF's table over two pages) or, in a `spaced` table,
    past the one blank line between its rows; else i."""
    j, page = i, lines[i - 1][2] if i else 1
    paged = False
    while j < len(lines) and (not lines[j][0].strip() or PAGE_MARK_RE.match(lines[j][0].strip())):
        paged = paged or lines[j][2] != page or bool(lines[j][0].strip())
        j += 1
    if j == len(lines) or not is_row(lines[j][0]):
        return i
    if paged or lines[j][2] != page:
        return j
    if not spaced or j != i + 1:
        return i
    # a spaced table goes on past one blank line, but not into a table of its own (| --- |)
    following = _spaced_row(lines, j, is_row)
    new_table = bool(following) and bool(_MD_TABLE_SEP_RE.match(lines[following][0].strip()))
    return i if new_table else j


_RUNNING_PAGES = 2  # pages: a line at the edge of a single page is the text's own


def _without_running_lines(lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A PDF's text saved with its form feeds: the page numbers and the running header or
    footer at the edges of most pages blanked, as the PDF reader drops them."""
    pages: dict[int, list[Line]] = {}
    for index, (line, _, page) in enumerate(lines):
        if line.strip() and not (_is_tab_row(line) or _is_pipe_row(line)):  # rows are no header
            pages.setdefault(page, []).append(Line(line.strip(), index))
    if len(pages) < _RUNNING_PAGES:
        return lines
    kept, removed = drop_running_lines(list(pages.values()))
    if not removed:
        return lines
    # the first page keeps its lines: its top line is the title the running header repeats
    seen = {line.number for page in list(pages.values())[1:] for line in page}
    dropped = seen - {line.number for page in kept[1:] for line in page}
    return [("" if i in dropped else t, n, p) for i, (t, n, p) in enumerate(lines)]


def parse_text(text: str, markdown: bool = False) -> list[Block]:
    """Split decoded text into blocks: paragraphs, Markdown headings and tables."""
    lines = _lines(text)
    has_pages = "\f" in text
    if has_pages:
        lines = _without_running_lines(lines)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line, number, page = lines[i]
        page_no = page if has_pages else None
        # Consecutive lines with >= 2 tabs each form one table.
        after = _spaced_row(lines, i, _is_tab_row) if _is_tab_row(line) else 0
        if after:
            rows, spaced = [], after > i + 1
            while i < len(lines) and _is_tab_row(lines[i][0]):
                rows.append([cell.strip() for cell in lines[i][0].split("\t")])
                i = _past_page_break(lines, i + 1, _is_tab_row, spaced)
            blocks.append(_table(rows, page_no, number))
            continue
        after = _pipe_table_at(lines, i, markdown)
        if after:
            rows, spaced = [], after > i + 1
            while i < len(lines) and _is_pipe_row(lines[i][0]):
                if not _MD_TABLE_SEP_RE.match(lines[i][0].strip()):
                    rows.append(_split_pipe_row(lines[i][0]))
                i = _past_page_break(lines, i + 1, _is_pipe_row, spaced)
            while rows and not any(rows[0]):
                rows.pop(0)  # an empty header row over the real one (HTML-to-Markdown)
            if rows:
                blocks.append(_table(rows, page_no, number))
            continue
        i += 1
        stripped = line.strip()
        if not stripped:
            continue
        if markdown:
            block = _markdown_block(stripped, page_no, number)
            if block is not None:
                blocks.append(block)
            continue
        if stripped.startswith(("#", "**")):
            stripped = _plain_heading(stripped)
        if "**" in stripped:  # **——发电目标。**2025年，…: a Markdown copy's bold inside a line
            stripped = _MD_BOLD_RE.sub(r"\1", filled_placeholders(stripped))
        blocks.append(Block(stripped, "paragraph", page_no, number))
    return blocks


def _markdown_block(line: str, page: int | None, number: int) -> Block | None:
    """A Markdown line's block: a heading (its level from the #s), a paragraph without its
    bullet and inline marks, or None for a rule or a line left empty."""
    heading = _MD_HEADING_RE.match(line)
    if heading:
        title = strip_markdown(heading.group(2)).strip()
        return Block(title, "heading", page, number, len(heading.group(1))) if title else None
    if _MD_RULE_RE.match(line):
        return None
    text = strip_markdown(_MD_BULLET_RE.sub("", line)).strip()
    return Block(text, "paragraph", page, number) if text else None


# 成活率(≥**%)>=85, 种植数量(≥**株)>=17600株: a form's template left in (** for the figure
# to fill in); the unit it names goes to a bare figure after it, the rest is dropped
_PLACEHOLDER = re.compile(r"[（(]\s*(?:≥|≤|>=|<=|>|<|=)?\s*\*\*\s*([^（）()*]{0,8}?)\s*[）)]")
_BARE_AFTER = re.compile(
    r"(\s*(?:\|\s*)?)((?:≥|≤|>=|<=|>|<|=)?\s*\d+(?:\.\d+)?)(?![\d.%‰\u4e00-\u9fffA-Za-z/])"
)


def filled_placeholders(line: str) -> str:
    """A line without its template placeholders: 成活率(≥**%)>=85 -> 成活率>=85%; in the next
    cell of a row: 苗木成活率(≥**%) | 85 | -> 苗木成活率 | 85% |."""
    out, at = [], 0
    for m in _PLACEHOLDER.finditer(line):
        out.append(line[at : m.start()])
        at = m.end()
        bare = _BARE_AFTER.match(line, at)
        if bare and m.group(1):
            out.append(bare.group(1) + bare.group(2) + m.group(1))
            at = bare.end()
    return "".join(out) + line[at:]


def _plain_heading(line: str) -> str:
    """`# 第一章 …` in a .txt (a Markdown copy saved as text): the heading without its marks,
    when what follows them is a plan's heading (第…章, 一、…); a line set in bold (`**…**`)
    without the marks; any other line as it is."""
    if _MD_BOLD_LINE_RE.match(line):
        return line[2:-2].strip() or line  # **一、2024年…执行情况**: a line set in bold
    heading = _MD_HEADING_RE.match(line)
    if heading is None:
        return line
    title = strip_markdown(heading.group(2)).strip()
    return title if title and is_heading(title) else line


def _table(rows: list[list[str]], page: int | None, line: int) -> Block:
    return Block("\n".join("\t".join(row) for row in rows), "table", page, line, rows=rows)


def read_text_file(data: bytes, name: str, markdown: bool = False) -> Document:
    """Decode `data` (detecting its encoding) and split it into blocks."""
    limits.check_text_bytes(len(data), name)
    text, encoding = decode(data, name)
    limits.check(name, "characters", len(text), "characters")
    blocks = parse_text(text, markdown=markdown)
    return Document(blocks, source=name, format="md" if markdown else "txt", encoding=encoding)
