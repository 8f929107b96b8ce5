"""Outline recognition: cleaned blocks -> a tree of nodes with stable, readable ids.

Ids follow DESIGN.md: c3 (第三章), c3.s2 (第二节), c3.s2.p4 (4th paragraph), c2.s4.box2 (专栏2),
c2.s4.box2.i3 (its item 3); b1 for 第一编, h1.. for list headings (一、 （一） …), tbl1.. for tables.
Content before the first heading is attached to an inferred parent derived from the headings that
follow it (the sample opens inside 第二章 第二节 because its first headings are 第三节 … 第三章).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrack.model import Block, Node
from plantrack.read.headings import (
    BOX_RE,
    CHAPTER_RE,
    LIST_CN_RE,
    LIST_DIGIT_RE,
    LIST_PAREN_CN_RE,
    LIST_PAREN_DIGIT_RE,
    PART_RE,
    SECTION_RE,
    cn_number,
)

CN_NUMERALS = "零一二三四五六七八九"
LIST_LEVELS = (LIST_CN_RE, LIST_PAREN_CN_RE, LIST_DIGIT_RE, LIST_PAREN_DIGIT_RE)
TITLE_WORDS = re.compile(r"(规划|纲要|方案|计划|意见|纲领)")
MAX_HEADING_CHARS = 40  # a numbered line longer than this, with a full stop, is a paragraph
HEADING_KINDS = frozenset({"part", "chapter", "section", "box", "heading"})
LEAD_SENTENCE = re.compile(r"^(?P<lead>[^。！？；]{2,60}?)[。！？；]")


def cn_numeral(number: int) -> str:
    """3 -> 三, 15 -> 十五, 20 -> 二十 (for headings of inferred nodes)."""
    if number < 10:
        return CN_NUMERALS[number]
    tens, ones = divmod(number, 10)
    return f"{'' if tens == 1 else CN_NUMERALS[tens]}十{CN_NUMERALS[ones] if ones else ''}"


def lead_sentence(text: str) -> str:
    """A task's title: its lead sentence (提速发展新一代信息技术产业), else its first clause."""
    match = LEAD_SENTENCE.match(text)
    if match:
        return match.group("lead")
    first = re.split(r"[，,。；]", text, maxsplit=1)[0]
    return first if len(first) <= 60 else first[:60] + "…"


@dataclass
class _Container:
    node: Node
    paragraphs: int = 0
    headings: int = 0
    tables: int = 0
    items: int = 0
    children: list[str] = field(default_factory=list)


@dataclass
class Outline:
    title: str | None
    text: str
    nodes: list[Node]
    warnings: list[str]


def join_blocks(blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    """The plan's cleaned text (blocks joined by newlines) and each block's span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for block in blocks:
        text = block_text(block)
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), spans


def block_text(block: Block) -> str:
    if block.kind == "table" and block.rows:
        return "\n".join("\t".join(cell.strip() for cell in row) for row in block.rows)
    return block.text


def _plan_title(blocks: list[Block]) -> str | None:
    if not blocks:
        return None
    first = blocks[0]
    text = first.text.strip()
    if (
        first.kind != "table"
        and len(text) <= 80
        and TITLE_WORDS.search(text)
        and not text.endswith("。")
        and not _structural(text)
    ):
        return text
    return None


def _structural(text: str) -> tuple[str, int, str] | None:
    for kind, pattern in (("part", PART_RE), ("chapter", CHAPTER_RE), ("section", SECTION_RE)):
        match = pattern.match(text)
        if match and len(text) <= 80 and not text.endswith("。"):
            return kind, cn_number(match.group("num")), match.group("title").strip()
    match = BOX_RE.match(text)
    if match and len(text) <= 80:
        return "box", cn_number(match.group("num")), match.group("title").strip()
    return None


def _list_heading(text: str) -> tuple[int, int, str] | None:
    """(level, number, rest) for 一、 （一） 1. （1） lines."""
    for level, pattern in enumerate(LIST_LEVELS, start=1):
        match = pattern.match(text)
        if match:
            return level, cn_number(match.group("num")), match.group("title").strip()
    return None


# 4.3总体目标, 2.3.2 规划期限: a numbered section of a design institute's plan (the first number
# is its chapter); a figure with a unit (2.5万亩) or a sentence is no such heading
_DECIMAL_HEADING = re.compile(
    r"^(?P<chapter>\d{1,2})\.\d{1,2}(?:\.\d{1,2}){0,3}\s*(?P<title>[\u4e00-\u9fff“”（）()、\s]{4,30})$"
)
_NOT_A_TITLE_START = re.compile(r"^(?:[万亿千百十]|%|个|平方|公里|米|吨|元|人|户|倍|年|座|家)")


# 2  现状分析: a chapter of a design institute's plan, numbered without 第…章; read as one only
# in a plan without 第…章 whose decimal sections (2.1 …) sit under such numbers
_BARE_CHAPTER = re.compile(
    r"^(?P<chapter>\d{1,2})(?P<gap>[ \t\u3000]*)(?P<title>[\u4e00-\u9fff“”（）()、]{2,30})$"
)
# 3综合能源站规划布局 (no space): a title, not a count — 3个…, 2号线…, 5万亩… open no chapter
_COUNTED_START = re.compile(r"^[个项条名所处辆台套批次类种级期天月日岁号栋层户人家座间张]")


def _bare_chapters(blocks: list[Block], start: int) -> set[str]:
    """The lines that open bare-numbered chapters (`2  现状分析`), or none when the plan has
    第…章 headings, no decimal section under such a number, or numbers that do not rise."""
    bare: list[tuple[int, str]] = []
    decimal: set[int] = set()
    for block in blocks[start:]:
        if block.kind == "table":
            continue
        line = block.text.strip()
        if CHAPTER_RE.match(line) and _structural(line):
            return set()
        match = _BARE_CHAPTER.match(line)
        title = match.group("title") if match else ""
        counted = match is not None and not match.group("gap") and _COUNTED_START.match(title)
        if match and not _NOT_A_TITLE_START.match(title) and not counted:
            bare.append((int(match.group("chapter")), line))
        chapter = _decimal_chapter(line)
        if chapter is not None:
            decimal.add(chapter)
    numbers = [n for n, _ in bare]
    if len(bare) < 2 or numbers != sorted(set(numbers)) or not decimal & set(numbers):
        return set()
    return {line for _, line in bare}


def _decimal_heading(line: str) -> re.Match[str] | None:
    """A decimal-numbered section heading (4.3总体目标), else None (2.5万亩…: a figure)."""
    match = _DECIMAL_HEADING.match(line)
    if match is None or _NOT_A_TITLE_START.match(match.group("title").strip()):
        return None
    return match


def _decimal_chapter(line: str) -> int | None:
    """The chapter number of a decimal-numbered section heading, else None."""
    match = _decimal_heading(line)
    return int(match.group("chapter")) if match else None


def _is_short_heading(rest: str) -> bool:
    body = rest.rstrip("。")
    return len(body) <= MAX_HEADING_CHARS and "。" not in body


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.nodes: list[Node] = []
        self.seen: set[str] = set()
        self.warnings: list[str] = []
        self.root = _Container(Node("", "root", "", "", [], (0, 0)))
        self.part: _Container | None = None
        self.chapter: _Container | None = None
        self.section: _Container | None = None
        self.box: _Container | None = None
        self.lists: list[tuple[int, _Container]] = []  # (level, container)

    # -- containers -------------------------------------------------------------------------
    def current(self) -> _Container:
        if self.box:
            return self.box
        if self.lists:
            return self.lists[-1][1]
        return self.section or self.chapter or self.part or self.root

    def _add(self, parent: _Container, node: Node) -> Node:
        if node.node_id in self.seen:
            # a document that repeats a heading (two 第三章): keep both, the second as c3_2
            copy = 2
            while f"{node.node_id}_{copy}" in self.seen:
                copy += 1
            self.warnings.append(
                f"{node.text[:30]}: repeated heading, stored as {node.node_id}_{copy}"
            )
            node.node_id = f"{node.node_id}_{copy}"
        self.seen.add(node.node_id)
        node.parent = parent.node.node_id or None
        node.ordinal = len(self.nodes)
        self.nodes.append(node)
        parent.children.append(node.node_id)
        return node

    def _child_id(self, parent: _Container, suffix: str) -> str:
        return f"{parent.node.node_id}.{suffix}" if parent.node.node_id else suffix

    def _heading_node(
        self,
        kind: str,
        node_id: str,
        number: int | None,
        title: str,
        line: str,
        span: tuple[int, int],
        parent: _Container,
        inferred: bool = False,
    ) -> _Container:
        path = [*parent.node.path, line] if parent.node.node_id else [line]
        node = Node(
            node_id, kind, title or line, line, path, span, number=number, inferred=inferred
        )
        return _Container(self._add(parent, node))

    def open_part(self, number: int, title: str, line: str, span: tuple[int, int]) -> None:
        self.part = self._heading_node("part", f"b{number}", number, title, line, span, self.root)
        self.chapter = self.section = self.box = None
        self.lists = []

    def open_chapter(
        self, number: int, title: str, line: str, span: tuple[int, int], inferred: bool = False
    ) -> None:
        parent = self.part or self.root
        # chapter numbers run through the whole plan: ids stay short (c12, not b3.c12)
        container = self._heading_node(
            "chapter", f"c{number}", number, title, line, span, parent, inferred
        )
        self.chapter, self.section, self.box = container, None, None
        self.lists = []

    def open_section(
        self, number: int, title: str, line: str, span: tuple[int, int], inferred: bool = False
    ) -> None:
        parent = self.chapter or self.part or self.root
        node_id = self._child_id(parent, f"s{number}")
        self.section = self._heading_node(
            "section", node_id, number, title, line, span, parent, inferred
        )
        self.box = None
        self.lists = []

    def open_box(self, number: int, title: str, line: str, span: tuple[int, int]) -> None:
        parent = self.lists[-1][1] if self.lists else (self.section or self.chapter or self.root)
        node_id = self._child_id(parent, f"box{number}")
        self.box = self._heading_node("box", node_id, number, title, line, span, parent)

    def close_lists(self, level: int) -> None:
        """Close the list headings of `level` and below."""
        while self.lists and self.lists[-1][0] >= level:
            self.lists.pop()

    def open_list(
        self, level: int, number: int, title: str, line: str, span: tuple[int, int]
    ) -> None:
        self.close_lists(level)
        parent = self.current()
        parent.headings += 1
        node_id = self._child_id(parent, f"h{parent.headings}")
        container = self._heading_node("heading", node_id, number, title, line, span, parent)
        self.lists.append((level, container))

    # -- leaves -----------------------------------------------------------------------------
    def add_item(self, number: int, line: str, span: tuple[int, int]) -> None:
        box = self.box
        assert box is not None
        box.items += 1
        node_id = self._child_id(box, f"i{number}")
        body = _list_heading(line)
        rest = body[2] if body else line
        node = Node(
            node_id, "item", lead_sentence(rest), line, [*box.node.path], span, number=number
        )
        self._add(box, node)

    def add_paragraph(self, line: str, span: tuple[int, int]) -> None:
        parent = self.current()
        parent.paragraphs += 1
        node_id = self._child_id(parent, f"p{parent.paragraphs}")
        path = [*parent.node.path] if parent.node.node_id else []
        node = Node(
            node_id, "paragraph", lead_sentence(line), line, path, span, number=parent.paragraphs
        )
        self._add(parent, node)

    def add_table(self, text: str, span: tuple[int, int]) -> None:
        parent = self.current()
        parent.tables += 1
        node_id = self._child_id(parent, f"tbl{parent.tables}")
        first_row = text.split("\n", 1)[0].replace("\t", " ")
        path = [*parent.node.path] if parent.node.node_id else []
        self._add(
            parent, Node(node_id, "table", first_row[:60], text, path, span, number=parent.tables)
        )


def _first_structural(blocks: list[Block], start: int) -> list[tuple[str, int]]:
    """The structural headings in order (kind, number), for inferring the opening parent."""
    found = []
    for block in blocks[start:]:
        if block.kind == "table":
            continue
        info = _structural(block.text.strip())
        if info and info[0] in ("part", "chapter", "section"):
            found.append((info[0], info[1]))
    return found


def _infer_opening(
    builder: _Builder, headings: list[tuple[str, int]], span: tuple[int, int], warnings: list[str]
) -> None:
    """Open the inferred chapter/section that content before the first heading belongs to."""
    first_kind, first_number = headings[0]
    if first_kind == "part":
        return  # preamble of a whole plan: keep it at the root
    next_chapter = next((n for k, n in headings if k == "chapter"), None)
    if first_kind == "chapter":
        chapter = first_number - 1
        if chapter >= 1:
            builder.open_chapter(chapter, "", f"第{cn_numeral(chapter)}章（推断）", span, True)
        return
    # first heading is a section: the opening text is the previous section of a chapter
    chapter = (next_chapter - 1) if next_chapter else None
    if chapter is None or chapter < 1:
        warnings.append("text before the first heading: its chapter could not be inferred")
        chapter = 0
    builder.open_chapter(chapter, "", f"第{cn_numeral(chapter)}章（推断）", span, True)
    if first_number > 1:
        section = first_number - 1
        builder.open_section(section, "", f"第{cn_numeral(section)}节（推断）", span, True)


def build_outline(blocks: list[Block]) -> Outline:
    """Recognise the outline of a plan's cleaned blocks."""
    text, spans = join_blocks(blocks)
    title = _plan_title(blocks)
    start = 1 if title else 0
    builder = _Builder(text)
    warnings: list[str] = []
    headings = _first_structural(blocks, start)
    bare = _bare_chapters(blocks, start)
    opening_done = False
    for block, span in zip(blocks[start:], spans[start:], strict=True):
        line = block_text(block).strip()
        if not line:
            continue
        if block.kind == "table":
            builder.add_table(block_text(block), span)
            continue
        info = _structural(line)
        if not opening_done:
            opening_done = True
            if headings and (info is None or info[0] == "box"):
                _infer_opening(builder, headings, span, warnings)
        if info is None and line in bare:
            parts = _BARE_CHAPTER.match(line)
            info = ("chapter", int(parts.group("chapter")), parts.group("title")) if parts else None
        decimal = None if info else _decimal_heading(line)
        chapter = int(decimal.group("chapter")) if decimal else None
        if info:
            _open_structural(builder, info, line, span)
        elif chapter is not None and builder.chapter and builder.chapter.node.number != chapter:
            # 第一章 “十三五”期间…情况, then 4.3总体目标: chapter 4 has begun, though its
            # 第四章 line was left out of the copy — chapter 1 no longer governs what follows
            builder.open_chapter(chapter, line, line, span, inferred=True)
        elif decimal is not None and builder.box is None:
            _open_decimal(builder, decimal, line, span)
        else:
            _add_body_line(builder, block, line, span)
    _close_spans(builder.nodes)
    if builder.nodes and not any(node.kind in HEADING_KINDS for node in builder.nodes):
        warnings.insert(0, _flat_warning(builder.nodes))
    return Outline(title, text, builder.nodes, [*warnings, *builder.warnings])


def _open_decimal(
    builder: _Builder, match: re.Match[str], line: str, span: tuple[int, int]
) -> None:
    """1.1 “五个中心”建设既定目标如期实现, 2.3.2 规划期限: a decimal section heading opens a heading
    nested by its depth (1.1 under 一、, 1.1.1 under 1.1), so its words govern what follows."""
    numbers = re.findall(r"\d+", line[: match.start("title")])
    level = min(len(numbers), len(LIST_LEVELS))  # 1.1 -> 2, 1.1.1 -> 3
    builder.open_list(level, int(numbers[-1]), match.group("title").strip(), line, span)


def _flat_warning(nodes: list[Node]) -> str:
    """Judged on the outline built, so list headings (一、 （一）) count as headings."""
    paragraphs = sum(node.kind == "paragraph" for node in nodes)
    tables = len(nodes) - paragraphs
    extra = f" and {tables} tables" if tables else ""
    return f"no headings found: stored as a flat list of {paragraphs} paragraphs{extra}"


def _open_structural(
    builder: _Builder, info: tuple[str, int, str], line: str, span: tuple[int, int]
) -> None:
    """Open the 编, 章, 节 or 专栏 that a structural heading line starts."""
    kind, number, heading_title = info
    if kind == "part":
        builder.open_part(number, heading_title, line, span)
    elif kind == "chapter":
        builder.open_chapter(number, heading_title, line, span)
    elif kind == "section":
        builder.open_section(number, heading_title, line, span)
    else:
        builder.open_box(number, heading_title, line, span)


def _add_body_line(builder: _Builder, block: Block, line: str, span: tuple[int, int]) -> None:
    """Add a non-structural line: a box item, a list or style heading, or a paragraph."""
    listed = _list_heading(line)
    if builder.box is not None:
        if listed:
            builder.add_item(listed[1], line, span)
            return
        if builder.box.items == 0:  # an unnumbered box: its first line is item 1
            builder.add_item(1, line, span)
            return
        builder.box = None  # a plain paragraph ends the box
    if block.kind == "heading":
        level = (block.level or 1) + 4  # style headings nest below 编/章/节
        builder.open_list(level, builder.current().headings + 1, line, line, span)
        return
    if listed and _is_short_heading(listed[2]):
        builder.open_list(listed[0], listed[1], listed[2], line, span)
        return
    if listed:
        builder.close_lists(listed[0])  # 二、…。 after 一、…回顾: its number makes it a sibling
    builder.add_paragraph(line, span)


def _close_spans(nodes: list[Node]) -> None:
    """A container's span runs from its heading to the end of its last descendant."""
    by_id = {node.node_id: node for node in nodes}
    for node in reversed(nodes):
        if node.parent and node.parent in by_id:
            parent = by_id[node.parent]
            if node.span[1] > parent.span[1]:
                parent.span = (parent.span[0], node.span[1])
