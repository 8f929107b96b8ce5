"""HTML: the main text of a government article page, without navigation, scripts or footers.

Two paths (measured in docs/reading.md):
1. Known structure: the article container that Chinese government CMSs use (#UCAP-CONTENT,
   .TRS_Editor, #zoom, .pages_content, ...). We walk it with selectolax and keep every
   paragraph, heading and table in order: exact and fast.
2. Unknown page: boilerplate (nav, header, footer, breadcrumbs, share bars, scripts) is cut
   first, then trafilatura finds the main text (`include_tables=True`, offline). If it finds
   nothing, the stripped body is walked as in 1.
"""

from __future__ import annotations

import re

from plantrack.errors import ReadError
from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.encoding import decode

# Article containers of common government-site CMSs (TRS, Hanweb, 集约化 platforms, WeChat).
KNOWN_CONTAINERS = (
    "#UCAP-CONTENT",
    ".pages_content",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    ".trs_editor_view",
    "#zoom",
    "#Zoom",
    "#js_content",
    "#ivs_content",
    ".article-content",
    ".article_content",
    ".art_con",
    ".con_text",
    ".content_text",
    "#content_text",
    ".xxgk_content",
    ".main-txt",
    "#mainText",
)
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
    "button", "select", "input", "textarea", "svg", "template", "object", "embed",
)  # fmt: skip
_BOILERPLATE_RE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|header|footer|foot|breadcrumbs?|crumbs?|position|location"
    r"|share|bdshare|related|sidebar|copyright|toolbar|search|login|pagination|pager"
    r"|dqwz|wzdh)(?:[-_\s\d]|$)",
    re.IGNORECASE,
)
# A "boilerplate" element holding more than this share of the page's text is kept.
_BOILERPLATE_SHARE = 0.4
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "pre", "center", "figure", "figcaption", "hr", "body", "html", "tbody", "address",
}  # fmt: skip
_SPACE_RE = re.compile(r"\s+")
_META_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_TITLE_SPLIT_RE = re.compile(r"\s*(?:_|\||｜| - | – | — )\s*")
# A page's metadata line, not article text: 发布日期：… 来源：… 字号：[大 中 小] 浏览次数 …
_META_LINE_RE = re.compile(
    r"发布(?:日期|时间)[:：]|字号[:：]|浏览次数|打印本页|关闭窗口|【打印】|【关闭】"
)
_GB_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode by the page's own <meta charset> when it is right, else detect."""
    match = _META_CHARSET_RE.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = match.group(1).decode("ascii").lower()
        codec = "gb18030" if declared in _GB_NAMES else declared
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
    return decode(data, name)


def _text(value: str) -> str:
    return _SPACE_RE.sub(" ", value.replace("\xa0", " ")).strip()


class _Walker:
    """Turn a DOM subtree into blocks: <br> and block elements end a paragraph."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        text = _text("".join(self.buffer))
        self.buffer = []
        if text:
            self.blocks.append(Block(text, "paragraph"))

    def visit(self, node) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buffer.append(child.text_content or "")
            elif tag == "br":
                self.flush()
            elif tag in _HEADINGS:
                self.flush()
                text = _text(child.text(deep=True, separator=""))
                if text:
                    level = _HEADINGS[tag]
                    self.blocks.append(Block(text, "heading", level=level))
            elif tag == "table":
                self.flush()
                rows = _table_rows(child)
                if any(cell for row in rows for cell in row):
                    text = "\n".join("\t".join(row) for row in rows)
                    block = Block(text, "table", rows=rows)
                    self.blocks.append(block)
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.visit(child)
                self.flush()
            elif tag in _DROP_TAGS or tag in ("-comment", "img"):
                continue
            else:  # inline: span, strong, a, font ... keeps filling the same paragraph
                self.visit(child)


def _rows_of(table) -> list:
    """The table's own <tr>s (directly or in thead/tbody/tfoot), not those of nested tables."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child.iter() if tr.tag == "tr")
    return rows


def _span(cell) -> int:
    value = (cell.attributes.get("rowspan") or "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _table_rows(table) -> list[list[str]]:
    """Cell texts row by row; a rowspan repeats its value below, a colspan appears once."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)

    def fill(row: list[str], column: int) -> int:
        while column in pending:
            text, left = pending.pop(column)
            row.append(text)
            if left > 1:
                pending[column] = (text, left - 1)
            column += 1
        return column

    for tr in _rows_of(table):
        row: list[str] = []
        column = 0
        for cell in (c for c in tr.iter() if c.tag in ("td", "th")):
            column = fill(row, column)
            text = _text(cell.text(deep=True, separator=" "))
            row.append(text)
            if _span(cell) > 1:
                pending[column] = (text, _span(cell) - 1)
            column += 1
        fill(row, column)
        rows.append(row)
    return rows


def _decompose_outermost(nodes: list) -> None:
    """Remove nodes, skipping those inside one already chosen (their memory goes with it)."""
    chosen: set[int] = set()
    outermost = []
    for node in nodes:  # document order: an ancestor comes before its descendants
        parent, inside = node.parent, False
        while parent is not None:
            if parent.mem_id in chosen:
                inside = True
                break
            parent = parent.parent
        if not inside:
            chosen.add(node.mem_id)
            outermost.append(node)
    for node in outermost:
        node.decompose()


def _strip_boilerplate(tree) -> None:
    """Remove navigation, headers, footers, share bars ... but never most of the page's text:
    a wrapper called `position-relative` or `has-header` may hold the article itself."""
    body = tree.body
    limit = _BOILERPLATE_SHARE * (len(_text(body.text(deep=True))) if body is not None else 0)
    doomed = []
    for node in tree.css(f"{','.join(_DROP_TAGS)},[class],[id]"):
        if node.tag in ("body", "html"):
            continue
        if node.tag not in _DROP_TAGS:
            marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
            if not _BOILERPLATE_RE.search(marker):
                continue
        if len(_text(node.text(deep=True))) <= limit:
            doomed.append(node)
    _decompose_outermost(doomed)


def _title(tree) -> str | None:
    node = tree.css_first("title")
    if node is None:
        return None
    title = _text(node.text())
    parts = [p for p in _TITLE_SPLIT_RE.split(title) if p]
    # "纲要_宁波市人民政府": the article's title comes first, the site's name last
    return (parts[0] if parts and len(parts[0]) >= 4 else title) or None


def _known_container(tree):
    for selector in KNOWN_CONTAINERS:
        node = tree.css_first(selector)
        if node is not None and _text(node.text(deep=True)):
            return node
    return None


def _trafilatura_blocks(html: str) -> list[Block]:
    """Main text by trafilatura's XML output: head, p (split at <lb/>), list items, tables."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html, include_tables=True, include_comments=False, output_format="xml"
    )
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        main = root
    blocks: list[Block] = []

    def add(kind: str, text: str, level: int | None = None) -> None:
        text = _text(text)
        if text:
            blocks.append(Block(text, kind, level=level))

    for element in main.iter("head", "p", "item", "table", "quote", "code"):
        if element.tag == "table":
            rows = [
                [_text("".join(cell.itertext())) for cell in row.iter("cell")]
                for row in element.iter("row")
            ]
            if any(cell for row in rows for cell in row):
                text = "\n".join("\t".join(row) for row in rows)
                blocks.append(Block(text, "table", rows=rows))
            continue
        if _inside(element, "table") or (element.tag != "item" and _inside(element, "item")):
            continue
        if element.tag == "head":
            rend = element.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            add("heading", "".join(element.itertext()), level)
            continue
        # <lb/> is a line break inside a paragraph: each line is a block of its own
        parts = [element.text or ""]
        for child in element:
            if child.tag == "lb":
                parts.append(child.tail or "")
            else:
                parts[-1] += "".join(child.itertext()) + (child.tail or "")
        for part in parts:
            add("paragraph", part)
    return blocks


def _inside(element, tag: str) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def read_html(data: bytes, name: str, fragment: bool = False) -> Document:
    """Read the main article text of an HTML page. A `fragment` (a page's markup saved as text,
    often without <html> or <body>) is read whole: it has no navigation to leave out."""
    from selectolax.lexbor import LexborHTMLParser

    limits.check_text_bytes(len(data), name, per_character=16)
    text, encoding = _decode_html(data, name)
    tree = LexborHTMLParser(text)
    title = _title(tree)
    _decompose_outermost(tree.css(",".join(_DROP_TAGS[:4])))  # scripts/styles are never content
    container = tree.body if fragment else _known_container(tree)
    method = "selectolax"
    if container is not None:
        walker = _Walker()
        walker.visit(container)
        walker.flush()
        blocks = walker.blocks
    else:
        _strip_boilerplate(tree)
        blocks = _trafilatura_blocks(tree.html or "")
        method = "trafilatura"
        if not blocks and tree.body is not None:
            walker = _Walker()
            walker.visit(tree.body)
            walker.flush()
            blocks = walker.blocks
            method = "selectolax-body"
    blocks = [
        b
        for b in blocks
        if not (b.kind == "paragraph" and len(b.text) < 120 and _META_LINE_RE.search(b.text))
    ]
    document = Document(blocks, source=name, format="html", encoding=encoding, title=title)
    if not blocks:
        raise ReadError(f"{name}: no article text found in the page")
    if method != "selectolax":
        document.warnings.append(f"main text found by {method} (no known article container)")
    return document
