"""From a read document to a `ParsedPlan`: clean, outline, targets, tables, entities."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from plantrack.model import OCR_REVIEW_BELOW, Document, Location, Node, ParsedPlan, Target
from plantrack.parse.done_documents import (
    PROGRESS_TITLE,
    done_title,
    issued,
    past_table,
    year_done,
)
from plantrack.parse.header_rows import group_expanded
from plantrack.parse.outline import Outline, build_outline
from plantrack.parse.restated import new_targets, under_headings
from plantrack.parse.share_rules import places_of_the_total_before
from plantrack.read import limits
from plantrack.read.clean import clean_blocks
from plantrack.read.headings import cn_number, five_year_period
from plantrack.read.script import simplified
from plantrack.read.task_tables import reports_progress, task_columns

if TYPE_CHECKING:
    from plantrack.parse.context import ParagraphContext

PERIOD_RANGE = re.compile(
    r"[（(]?\s*((?:19|20)\d{2})\s*[—–\-~至到]+\s*((?:19|20)\d{2})\s*年?\s*[）)]?"
)
# 2024年政府工作报告 / 2024年…工作报告: a one-year plan
REPORT_YEAR = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}工作报告")
FIVE_YEAR_NTH = re.compile(r"第([一二三四五六七八九十]+)个五年")
FIVE_YEAR_SHORT = re.compile(
    r"“([一二三四五六七八九十]{2,3})五”|([一二三四五六七八九十]{2,3})五(?:规划|时期|期间)"
)
REGION = re.compile(
    r"^(?P<region>(?:中华人民共和国|[\u4e00-\u9fff]{2,8}?(?:自治区|特别行政区|省|市|自治州|州|盟|区|县|旗)))"
)
SUB_REGION = re.compile(
    r"^[\u4e00-\u9fff]{1,5}?(?:新区|区|县|市|旗)(?=国民经济|“|[\u4e00-\u9fff]{0,12}(?:规划|方案|纲要))"
)
LEVELS = (
    ("自治区", "province"),
    ("省", "province"),
    ("市", "city"),
    ("州", "city"),
    ("区", "district"),
    ("县", "county"),
    ("旗", "county"),
)


def detect_period(title: str) -> tuple[int, int] | None:
    """（2026—2030年） or 第十五个五年 / “十五五” in a title -> (start, end)."""
    match = PERIOD_RANGE.search(title)
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if start <= end:
            return start, end
    match = REPORT_YEAR.search(title)
    if match:
        return int(match.group(1)), int(match.group(1))
    match = FIVE_YEAR_NTH.search(title)
    if match:
        return five_year_period(cn_number(match.group(1)))
    match = FIVE_YEAR_SHORT.search(title)
    if match:
        return five_year_period(cn_number(match.group(1) or match.group(2)))
    return None


def detect_region(title: str) -> tuple[str | None, str | None]:
    """(region, level) from a title: 宁波市… -> ("宁波市", "city"); 国家/全国 -> ("全国", "nation")."""
    if title.startswith(("中华人民共和国", "国家", "全国")):
        return "全国", "nation"
    match = REGION.match(title)
    if not match:
        return None, None
    region = match.group("region")
    sub = SUB_REGION.match(title[len(region) :])
    if sub and not region.endswith(("区", "县")):
        region += sub.group(0)
    level = next((lvl for suffix, lvl in LEVELS if region.endswith(suffix)), None)
    return region, level


def location_of(node: Node, nodes_by_id: dict[str, Node]) -> Location:
    """A target's location record: chapter/section/box/item numbers and the heading path."""
    chain: list[Node] = []
    current: Node | None = node
    while current is not None:
        chain.append(current)
        current = nodes_by_id.get(current.parent) if current.parent else None
    numbers = {n.kind: n.number for n in chain}
    path = [
        n.text if n.kind in ("part", "chapter", "section", "box", "heading") else n.title
        for n in reversed(chain)
    ]
    return Location(
        node=node.node_id,
        chapter=numbers.get("chapter"),
        section=numbers.get("section"),
        column=numbers.get("box"),
        item=numbers.get("item"),
        path=path,
    )


def extract_plan_targets(
    nodes: list[Node],
    end_year: int | None,
    period: tuple[int, int] | None,
    warnings: list[str] | None = None,
    source: str = "document",
    title: str | None = None,
    own_title: str | None = None,
) -> list[Target]:
    """Sentence targets of every paragraph and box item, and indicator-table rows.

    Paragraphs are read in document order so that what governs them (a deadline on a line of
    its own, a heading with a year, a review passage) reaches them (`parse.context`). A title
    that reports progress (2025年1-6月…实事项目进展情况) governs the text (not its tables) as a
    heading would. `own_title` is the document's own title line when the title was given from
    outside: a bulletin says what it is there (2023年浙江省国民经济和社会发展统计公报) whatever it was
    filed as."""
    from plantrack.parse.allocation import is_allocation_table
    from plantrack.parse.context import (
        ContextTracker,
        DocFacts,
        ParagraphContext,
        bound_by_heading,
    )
    from plantrack.parse.performance import (
        performance_table,
        performance_targets,
        without_restated,
    )
    from plantrack.parse.tables import looks_like_indicator_table, targets_from_table
    from plantrack.parse.targets import extract_targets, read_words

    by_id = {node.node_id: node for node in nodes}
    tracker = ContextTracker(DocFacts.from_period(period, issued(nodes, period)))
    preamble = _review_preamble(nodes, period)
    plain_title = simplified(title) if title else ""  # 完成情況公示: matched in simplified words
    progress_title = bool(PROGRESS_TITLE.search(plain_title))
    if (
        (progress_title and year_done(nodes, period))
        or done_title(plain_title, period)
        or (own_title and done_title(simplified(own_title), period))
    ):
        return []  # …完成情况公示 … 至2020年12月底，…圆满完成…: the plan's year is over and reported
    above = (plain_title,) if progress_title else ()
    # 山东今年新开工6条高铁: a headline of the year's work dates what its body leaves undated
    # (山东17市2016年惠民实事有哪些: the issuing year's list of projects, too)
    this_year = _THIS_YEAR_TITLE.search(plain_title) is not None or _years_projects(
        plain_title, tracker.facts.year
    )
    found: list[Target] = []
    # the opening's sentence targets, by value, unit, deadline
    seen: dict[tuple, list[Target]] = {}
    places: dict[str, str] = {}  # the government a paragraph quotes, by node
    opening = _opening(nodes)
    headlines: set[str] = set()
    by_heading: dict[tuple[str, ...], list[Target]] = {}  # the targets each heading states
    for count, node in enumerate(nodes):
        if count % 64 == 0:
            limits.tick(source)  # the time budget of an upload (read/limits.py)
        location = location_of(node, by_id)
        # a list heading can state a target: （一）地区生产总值增长7%以上
        if node.kind in ("paragraph", "item", "heading"):
            headings = [*above, *location.path[:-1]]
            context = tracker.enter(headings, node.text)
            context = _dated_by_title(context, this_year)
            if count < preamble and _reports_the_year_before(node.text, context):
                context = ParagraphContext(context.facts, context.deadline, review=True)
            if count < opening:
                headlines.add(node.text)
            elif node.text in headlines:
                continue  # the page's headline again above its body (a site prints it twice)
            stated = extract_targets(
                node.text,
                node_id=node.node_id,
                end_year=end_year or 0,
                location=location,
                offset=node.span[0],
                context=context,
                warnings=warnings,
            )
            bound_by_heading(stated, headings)
            places_of_the_total_before(node.text, stated, found)
            stated = new_targets(node.text, stated, found, seen, count < opening, places)
            path = tuple(location.path)
            stated = under_headings(stated, path, by_heading, node.kind == "heading")
            found.extend(stated)
        elif node.kind == "table":
            rows = [line.split("\t") for line in node.text.split("\n")]
            if performance_table(rows) is not None:  # 一级指标 | 二级指标 | 三级指标 | 指标值
                # the plan's year, or without one the year the form says (2025年度… over it)
                year = end_year or tracker.enter(location.path[:-1], "").deadline
                stated = performance_targets(
                    rows,
                    node_id=node.node_id,
                    location=location,
                    deadline=year,
                    read_words=read_words,
                )
                found = [*without_restated(found, stated), *stated]
                continue
            allocation = is_allocation_table(rows)  # it joins a header over two rows itself
            if not allocation:
                rows = group_expanded(rows) or rows  # 序号 | 指标 | 目标 over 2024年 | 2025年 | …
            caption = nodes[count - 1].text if count else ""
            # a table's columns say which figures are planned and which done, whatever the title
            when = tracker.enter(location.path[:-1], "")  # what governs the table
            if past_table(rows[0], caption, when.review, progress_title, period):
                continue
            if looks_like_indicator_table(rows):
                notes = table_notes(nodes[count + 1 : count + 1 + _NOTE_LOOKAHEAD])
                found.extend(
                    targets_from_table(
                        rows,
                        node_id=node.node_id,
                        location=location,
                        period=period,
                        notes=notes,
                        read_words=read_words,
                    )
                )
            # (| 专栏2：… | over | 商业卫星…：…力争到2030年，建成产业规模超过500亿元… |: a box a
            # converter wrote as a table of one column; its cells are read as paragraphs)
            elif columns := task_columns(rows[0]) or _box_of_prose(rows):
                # 2024年…任务清单 over the table: its tasks are that year's
                year = _year_led(caption)
                if year:
                    when = replace(when, deadline=year)
                found.extend(
                    _task_cell_targets(node, rows, columns, location, end_year, when, warnings)
                )
            else:
                found.extend(
                    _place_table_targets(rows, allocation, node, location, caption, period)
                )
    return found


def _opening(nodes: list[Node]) -> int:
    """How many paragraphs open the document before its body: at most eight, and none from its
    first heading, item or table on (a plan's first chapter is body, not a headline)."""
    for count, node in enumerate(nodes[:_OPENING]):
        if node.kind != "paragraph":
            return count
    count = min(len(nodes), _OPENING)
    if not any(_BOX_LINE.match(node.text) for node in nodes[:count]):
        return count
    # a summary box of ■ lines under short labels (主导产业 / ■…1.7万亿元 / 功能承载 / ■…) opens
    # the page to its end, however many lines it takes
    while count < len(nodes) and nodes[count].kind == "paragraph":
        text = nodes[count].text
        if not (_BOX_LINE.match(text) or _BOX_LABEL.fullmatch(text)):
            break
        count += 1
    return count


def _dated_by_title(context: ParagraphContext, this_year: bool) -> ParagraphContext:
    """A paragraph under a headline of the year's work (`this_year`) that nothing else dates is
    the issuing year's (山东今年新开工6条高铁 over …建成5个高速公路新建、改扩建项目), not the period's end."""
    if this_year and context.deadline is None and not context.review and context.facts.year:
        return replace(context, deadline=context.facts.year)
    return context


# 山东今年新开工6条高铁, 今年河北将压减钢铁产能: a headline of the year's work (not 今年以来: so far)
_THIS_YEAR_TITLE = re.compile(r"今年(?!以来|上半年|一季度|前三季度|[1１一]-?\d*月)")
_YEARS_PROJECTS_TITLE = re.compile(
    r"((?:19|20)\d\d)年[^，。；]{0,6}?(?:民生实事|惠民实事|为民办实事|实事项目|十件实事|民生工程)"
)


def _years_projects(title: str, year: int | None) -> bool:
    """A title naming the issuing year's list of projects (山东17市2016年惠民实事有哪些)."""
    named = _YEARS_PROJECTS_TITLE.search(title)
    return named is not None and year is not None and int(named.group(1)) == year


_BOX_LINE = re.compile(r"\s*[■□▪◆●]")
_BOX_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*")


# a headline, a lead, a summary (after a page's own lines: its site, its date, its page)
_OPENING = 8


def _place_table_targets(
    rows: list[list[str]],
    allocation: bool,
    node: Node,
    location: Location,
    caption: str,
    period: tuple[int, int] | None,
) -> list[Target]:
    """A table that is neither an indicator nor a task table: yearly targets by category, an
    allocation table (its caption dates it and says what it counts) or a project list's sums."""
    from plantrack.parse.allocation import allocation_targets, caption_subject
    from plantrack.parse.subtotal_rows import subtotal_targets
    from plantrack.parse.yearly_rows import is_yearly_table, yearly_targets

    node_id, offset = node.node_id, node.span[0]
    if is_yearly_table(rows):
        return yearly_targets(rows, node_id=node_id, location=location, offset=offset)
    dated = _year_led(caption) or (period[1] if period else None)
    if allocation:
        return allocation_targets(
            rows,
            node_id=node_id,
            location=location,
            end_year=dated,
            offset=offset,
            subject=caption_subject(caption),
            base_year=period[0] - 1 if period else None,
        )
    return subtotal_targets(rows, node_id=node_id, location=location, end_year=dated, offset=offset)


_SHIFTED_TASK = 12  # characters: a cell of a shifted row this long may be its task


# 2024年苏州市…任务清单, 2024年推进任务: a caption or a task header led by the year it plans
_YEAR_LED = re.compile(r"^\s*((?:19|20)\d\d)\s*年(?!以来|来)[^，。；,;]{2,60}$")
_HEADER_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def _year_led(text: str) -> int | None:
    m = _YEAR_LED.match(text)
    return int(m.group(1)) if m else None


def _task_cell_targets(
    node: Node,
    rows: list[list[str]],
    columns: list[int],
    location: Location,
    end_year: int | None,
    context: ParagraphContext,
    warnings: list[str],
) -> list[Target]:
    """A task table's targets: each task cell (重点任务, 具体工作) read as a paragraph of its own,
    its ids f"{node_id}.r{row}c{column}.t{n}" and its span in the plan's text. A column whose
    header names a year (2024年推进任务) gives its cells that deadline, else the caption's or
    the section's (`context`)."""
    from plantrack.parse.targets import extract_targets

    by_column = {}
    for c, head in enumerate(rows[0]):
        year = _HEADER_YEAR.search(head)
        by_column[c] = replace(context, deadline=int(year.group(1))) if year else context
    found: list[Target] = []
    start = node.span[0]
    width = sum(1 for c in rows[0] if c.strip())
    progress = reports_progress(rows[0])  # its short rows hold what was done: never read them
    for r, row in enumerate(rows):
        # a row under merged 序号 / 重点任务 cells (rowspans a copy flattened) starts further
        # left than its columns: each of its longer cells may be the task
        shifted = not progress and 1 < sum(1 for c in row if c.strip()) < width
        for c, cell in enumerate(row):
            task = c in columns or (shifted and len(cell.strip()) >= _SHIFTED_TASK)
            if r and task and cell.strip():
                found.extend(
                    extract_targets(
                        cell,
                        node_id=f"{node.node_id}.r{r}c{c}",
                        end_year=end_year or 0,
                        location=location,
                        offset=start,
                        context=by_column.get(c, context),
                        warnings=warnings,
                    )
                )
            start += len(cell) + 1  # the tab or newline after the cell
    return found


_PROSE_CELL = 20  # characters: a cell this long with a comma or a full stop is prose


def _box_of_prose(rows: list[list[str]]) -> list[int]:
    """[0] for a table of one column whose cells below the first hold sentences (a box, 专栏, of
    text: its one column is read as task cells are), else []."""
    if len(rows) < 2 or any(len(row) != 1 for row in rows):
        return []
    prose = any(len(row[0]) >= _PROSE_CELL and re.search(r"[，。；]", row[0]) for row in rows[1:])
    return [0] if prose else []


# 全省经济社会发展的主要预期目标是：…, 二、2025年主要目标: where a one-year report turns to the year
_GOAL_WORDS = re.compile(r"控制在|以内|不超过|不低于|不少于|力争|确保|预期|目标")
_YEAR_GOALS_RE = re.compile(r"主要预期目标|预期目标(?:是|为|[:：])|主要目标(?:是|为|[:：])")


def _review_preamble(nodes: list[Node], period: tuple[int, int] | None) -> int:
    """In a one-year report (a 政府工作报告, an annual plan), the paragraphs before the one that
    states the year's goals report the year before — copied as a passage, they come without the
    heading that said 工作回顾. The index of that paragraph, or 0 (no preamble) when the document
    plans for more than a year or states no such goals."""
    if period is None or period[0] != period[1]:
        return 0
    year_heading = None  # 二、关于1998年政府工作的建议: the year's work begins under it
    for count, node in enumerate(nodes):
        if node.kind in ("paragraph", "item", "heading") and _YEAR_GOALS_RE.search(node.text):
            return count if year_heading is None else year_heading
        if year_heading is None and _turns_ahead(node, period[0]):
            year_heading = count
    opening = nodes[:year_heading] if year_heading else []
    if opening and not any(n.kind == "heading" or _GOAL_WORDS.search(n.text) for n in opening):
        # a page that opens on the year's results, then 二、2026年重点工作 without a goals line
        # (not the tail of a goals list: ——城镇登记失业率控制在4%以内。)
        return year_heading
    return 0


def _turns_ahead(node: Node, first: int) -> bool:
    """A heading, or a plain line standing as one, that turns to the year's work or the years
    ahead: 二、关于1998年政府工作的建议, 今后五年的重点目标, 2017年主要工作."""
    from plantrack.parse.context import heading_deadline
    from plantrack.parse.review import looks_ahead, plain_heading

    if node.kind != "heading" and not (node.kind == "paragraph" and plain_heading(node.text)):
        return False
    if (heading_deadline(node.text) or 0) >= first:
        return True
    return node.kind == "paragraph" and looks_ahead(node.text, 0, len(node.text), first, dated=True)


def _reports_the_year_before(text: str, context: ParagraphContext) -> bool:
    """A paragraph of the preamble that is not already a review and looks nowhere ahead (the
    “十五五” goals a 2026 report states before its year's are goals, and so are the tasks of a
    paragraph that opens with the report's own year: 2013年，全县计划招引20个以上过亿项目)."""
    from plantrack.parse.review import first_year, lead_year, looks_ahead

    facts = context.facts
    if context.review or (context.deadline or 0) > (facts.year or 0):
        return False
    first = first_year(facts.start_year, facts.year)
    if first and (lead_year(text) or 0) >= first:
        return False
    # 梳理后，记者发现，2026年，江西11个设区市均将GDP目标增速设定在5%以上: the goals of the
    # report's own year, named after a lead (every year it names is that year or later)
    years = [int(y) for y in _YEAR_NAMED.findall(text)]
    if (
        first
        and years
        and min(years) >= first
        and (_GOAL_WORDS.search(text) or _ANNOUNCED.search(text))
    ):
        return False
    return not looks_ahead(text, 0, len(text), first, dated=True)


_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?![\d一二三四五六七八九十]{1,2}月)")
# 上海2023年为民办实事项目正式公布，共10方面32项，包括…: the year's list made public, then its items
_ANNOUNCED = re.compile(r"(?:正式)?(?:公布|发布|出炉|揭晓)[，,：:]")


_NOTE_LOOKAHEAD = 4  # a table's notes: 注 lines and footnotes ([1] 指…) right under it
_NOTE_START = re.compile(r"^\s*(?:注|说明|备注|[①②③④⑤]|\[\d+\]|［\d+］|\d[.、．]|[（(]\d[）)])")


def table_notes(following: list[Node]) -> str:
    """The 注 lines under a table (注：〔〕内为五年累计数…), up to the next table or text."""
    lines = []
    for node in following:
        if node.kind == "table" or not _NOTE_START.match(node.text):
            break
        lines.append(node.text)
    return "\n".join(lines)


def file_title(source: str) -> str:
    """The title of a plan without a title line: its file's own name, without the folder it
    sits in (an upload's temporary folder must never show) and without the extension."""
    name = re.split(r"[\\/]", source.strip())[-1]
    stem, dot, _ = name.rpartition(".")
    return (stem if dot and stem else name).strip() or "untitled"


def _first_line(outline: Outline) -> str | None:
    """The document's own title: its title, or a short first line (a text file has no title
    field; 2023年浙江省国民经济和社会发展统计公报 opens it)."""
    if outline.title:
        return outline.title
    first = outline.nodes[0].text if outline.nodes else ""
    return first if 0 < len(first) <= _TITLE_LINE_MAX else None


_TITLE_LINE_MAX = 60


def parse_document(
    doc: Document, *, title: str | None = None, period: tuple[int, int] | None = None
) -> ParsedPlan:
    """Clean the blocks, recognise the outline, extract targets and entities."""
    limits.tick(doc.source)
    blocks, repairs = clean_blocks(doc.blocks)
    outline = build_outline(blocks)
    limits.tick(doc.source)
    plan_title = title or outline.title or doc.title or file_title(doc.source)
    period = period or detect_period(plan_title)
    warnings = [*doc.warnings, *outline.warnings]
    own_title = _first_line(outline)  # tested as a title of results unless plan_title is it
    targets = extract_plan_targets(
        outline.nodes,
        period[1] if period else None,
        period,
        warnings=warnings,
        source=doc.source,
        title=plan_title,
        own_title=own_title if own_title != plan_title else None,
    )
    limits.tick(doc.source)
    from plantrack.parse.entities import extract_entities  # lazy: keeps CLI start fast

    entities = extract_entities(outline.nodes)
    from plantrack.parse.provenance import mark_provenance

    mark_provenance(blocks, outline.nodes, targets)
    doubtful = [t.id for t in targets if t.needs_review]
    if doubtful:
        shown = ", ".join(doubtful[:10]) + (" …" if len(doubtful) > 10 else "")
        warnings.append(
            f"OCR: {len(doubtful)} target(s) to check against the scan (a word read with "
            f"confidence below {OCR_REVIEW_BELOW:.0f}%): {shown}"
        )
    if period is None:
        warnings.append("plan period not found in the title: give it with --period 2026-2030")
    return ParsedPlan(
        title=plan_title,
        text=outline.text,
        nodes=outline.nodes,
        targets=targets,
        entities=entities,
        period=period,
        repairs=repairs,
        warnings=warnings,
    )
