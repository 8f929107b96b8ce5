"""From a read document to a `ParsedPlan`: clean, outline, targets, tables, entities."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from plantrack.model import OCR_REVIEW_BELOW, Document, Location, Node, ParsedPlan, Target
from plantrack.parse.header_rows import group_expanded
from plantrack.parse.numbers import is_count
from plantrack.parse.outline import Outline, build_outline
from plantrack.read import limits
from plantrack.read.clean import clean_blocks
from plantrack.read.headings import cn_number, five_year_period
from plantrack.read.lexicon import PROGRESS_COLUMN
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
    tracker = ContextTracker(DocFacts.from_period(period, _published(nodes, period)))
    preamble = _review_preamble(nodes, period)
    plain_title = simplified(title) if title else ""  # 完成情況公示: matched in simplified words
    progress_title = bool(_PROGRESS_TITLE.search(plain_title))
    if (
        (progress_title and _year_done(nodes, period))
        or _done_title(plain_title, period)
        or (own_title and _done_title(simplified(own_title), period))
    ):
        return []  # …完成情况公示 … 至2020年12月底，…圆满完成…: the plan's year is over and reported
    above = (plain_title,) if progress_title else ()
    found: list[Target] = []
    # the opening's sentence targets, by value, unit, deadline
    seen: dict[tuple, list[Target]] = {}
    places: dict[str, str] = {}  # the government a paragraph quotes, by node
    opening = _opening(nodes)
    headlines: set[str] = set()
    under: list[Target] = []  # the targets of the heading the paragraphs are under
    for count, node in enumerate(nodes):
        if count % 64 == 0:
            limits.tick(source)  # the time budget of an upload (read/limits.py)
        location = location_of(node, by_id)
        # a list heading can state a target: （一）地区生产总值增长7%以上
        if node.kind in ("paragraph", "item", "heading"):
            headings = [*above, *location.path[:-1]]
            context = tracker.enter(headings, node.text)
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
            stated = _new_targets(node.text, stated, found, seen, count < opening, places)
            stated, under = _under_heading(node.kind, stated, under)
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
            if _past_table(rows[0], caption, when.review, progress_title, period):
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


def _past_table(
    header: list[str],
    caption: str,
    review: bool,
    progress_title: bool,
    period: tuple[int, int] | None,
) -> bool:
    """A table of the past: “十四五”规划主要指标完成情况, or a table in a review section (a
    progress report's 项目内容 column still states the plan; its 落实情况 is not read), or
    …“十三五”…主要指标完成情况 (the year's results beside its targets), or one whose caption
    reports a year before the plan's own (`_results_of_a_past_year`)."""
    if _results_of_a_past_year(caption, period):
        return True
    reviewed = review or _review_caption(caption)
    if reviewed and not (reports_progress(header) or _targets_beside_progress(header)):
        return True
    return (progress_title or reviewed) and _final_results(header)


# 发布时间：2020-12-24, 温州网 2020-12-24 08:17:00: the day a page was published, near its top
_PUBLISHED_RE = re.compile(
    r"(?:发布(?:时间|日期)|日期|时间)[：:]\s*((?:19|20)\d\d)[-年/.]"
    r"|(?<!\d)((?:19|20)\d\d)-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d"
    r"|(?<!\d)((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d\d"  # 2023年01月06日 16:55:04, 2005年12月12日04:48
)
_PUBLISHED_LOOK = 6  # nodes from the top where a page states when it was published


def _published(nodes: list[Node], period: tuple[int, int] | None) -> int | None:
    """The year a page says it was published, when it falls inside the plan's period after its
    first year (a report on the plan written in its last year: 今年 is that year) or is the year
    before the period (2024-12-27 news of the 2025 plan: 明年 is 2025), else None."""
    if period is None:
        return None
    years = _published_years(nodes)
    if not years:
        return None
    year = int(years[0])
    return year if period[0] < year <= period[1] or year == period[0] - 1 else None


def _published_years(nodes: list[Node]) -> list[str]:
    """The years the top of a page says it was published in."""
    found = (_PUBLISHED_RE.search(node.text) for node in nodes[:_PUBLISHED_LOOK])
    return [next(y for y in m.groups() if y) for m in found if m]


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


_BOX_LINE = re.compile(r"\s*[■□▪◆●]")
_BOX_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*")


# 旅游总收入同比增长20% / 全州旅游总收入增长20%: the place's scope and 同比 name no other figure;
# nor do 目标 or 预期 before 增长 and a leading 包括 (湖南GDP目标增长 / 其中包括地区生产总值增长)
_NOT_NAMING = re.compile(r"全[州市省县区盟旗]|同比|的|(?:目标|预期)(?=增长)|^包括")


def _restated(
    target: Target, seen: dict[tuple, list[Target]], in_opening: bool, places: dict[str, str]
) -> bool:
    """A target the document's opening stated (a headline, a lead, a summary) that the body
    restates (人均体育场地面积3.6平方米 again): the same value, unit, range and deadline, its metric
    inside the earlier one's or holding it, or, in another paragraph and for no rate, sharing a
    noun phrase of four characters or more with it. One record per target; the first is kept.
    Only the opening counts: a long plan may state one figure in two chapters on purpose. The
    record kept takes 力争 from a restatement that says it."""
    if target.value is None:
        return False
    key = (target.value, target.value_max, target.unit, target.deadline)
    metric, node = _core(target.metric), target.location.node
    place = places.get(node)
    for first in seen.get(key, ()):
        if place and places.get(first.location.node, place) != place:
            continue  # 沈阳's 社会消费品零售总额增长8% after 长春's: a roundup's second government
        if first.span == target.span and first.location.node == node and not _repeats(first.text):
            continue  # 新开工15个小区、完工15个小区: one clause, two figures
        if _same_target(target, metric, node, first):
            first.aspiration = first.aspiration or target.aspiration  # 力争 said once of the two
            if "GDP" in first.metric and ("生产总值" in target.metric or "GDP" in target.metric):
                # a headline's GDP, named in full by the body (北京GDP增速今年定 over GDP增长)
                first.metric = target.metric
            return True
    if in_opening:
        seen.setdefault(key, []).append(target)
    return False


def _under_heading(
    kind: str, stated: list[Target], under: list[Target]
) -> tuple[list[Target], list[Target]]:
    """A paragraph's targets less those its item heading states, and the targets the next
    paragraphs are under (（十）新增6个社区“宝宝屋” over 新增6个社区“宝宝屋”。: one target)."""
    if kind == "heading":
        return stated, stated
    return [t for t in stated if not _restates_heading(t, under)], under


def _restates_heading(target: Target, heading: list[Target]) -> bool:
    """A paragraph's target that its item heading states (the same value, unit and deadline, a
    metric of the one inside the other's): a report's item restated in its body."""
    if target.value is None:
        return False
    key = (target.value, target.value_max, target.unit, target.deadline)
    metric = _core(target.metric)
    return any(
        key == (h.value, h.value_max, h.unit, h.deadline)
        and _same_target(target, metric, target.location.node, h)
        for h in heading
    )


def _core(metric: str) -> str:
    """A metric's words as restatements share them (湖南GDP目标增长 / 地区生产总值增长)."""
    # (今年GDP预增8.3%, 北京GDP增速今年定5% over 地区生产总值增长…: a headline's growth)
    core = _NOT_NAMING.sub("", metric).replace("GDP", "地区生产总值")
    return core.replace("预增", "增长").replace("增速", "增长")


_FIGURES = re.compile(r"\d+(?:\.\d+)?[万亿]?美?元?")


_REPEATED_RUN = 8  # characters a headline run into its body repeats


def _repeats(text: str) -> bool:
    """新增公交线路38条福建上半年新增公交线路38条: a clause that says one thing twice (a headline glued
    to the body that restates it)."""
    run = _REPEATED_RUN
    return any(text.find(text[i : i + run], i + 1) >= 0 for i in range(len(text) - run))


def _same_target(target: Target, metric: str, node: str, first: Target) -> bool:
    """Whether `target` (its metric's core `metric`, in paragraph `node`) restates `first`."""
    other, where = _core(first.metric), first.location.node
    short, long = sorted((metric, other), key=len)
    named = len(short) >= _MIN_RESTATED or (short.isascii() and short.isalpha())  # GDP
    if (named and short in long) or metric == other:
        return True  # 学校 / 学校: a headline printed twice (标题: … [打印本页], 标题: …)
    if len(short) >= _MIN_HEAD_NOUN and long.endswith(short) and is_count(target.unit or ""):
        return True  # 电动汽车充电站 / 充电站: the headline's noun, its head the body's
    if len(short) >= 2 and long.endswith(short) and target.unit and target.unit not in _RATE_UNITS:
        return True  # 苹果产业产值达170亿元 / 产值达到170亿元: the body's measure, its subject said
    # 新(改、扩)建农村公路 / 小康路及农村公路提等升级改造256.1公里 in a later paragraph: one
    # noun phrase in both (not 城镇居民人均可支配收入和农村居民人均纯收入均增长10%, one sentence)
    if where == node or target.unit in _RATE_UNITS or not target.unit:
        return False  # 地区生产总值增长5% / 进出口总值增长5%: rates coincide
    figures, others = set(_FIGURES.findall(metric)), set(_FIGURES.findall(other))
    if figures and others and not figures & others:
        return False  # 总投资超10亿元的内资产业项目500个 / 总投资超1亿美元项目500个: two classes
    shared = SequenceMatcher(None, metric, other, autojunk=False).find_longest_match()
    return shared.size >= _MIN_RESTATED


# 提出上述预期目标，综合考虑了…。经济增长预期目标为5%左右，…: the reasons for the targets above
# 确定经济增长4.5%的预期目标，主要是兼顾…: the same, naming the target again
_EXPLAINS_ABOVE = re.compile(
    r"\s*(?:(?:提出|确定|设定|制定)?上述|(?:提出|确定|设定|制定)[^，。；]{1,20}的)(?:主要)?(?:预期|发展)?目标"
)


def _new_targets(
    text: str,
    stated: list[Target],
    found: list[Target],
    seen: dict[tuple, list[Target]],
    in_opening: bool,
    places: dict[str, str],
) -> list[Target]:
    """A paragraph's targets less those it restates: the opening's (`_restated`), and, in a
    paragraph that explains the targets above, any with the value, range, unit and deadline of
    one found before. One record per target."""
    if _EXPLAINS_ABOVE.match(text):
        before = {(t.value, t.value_max, t.unit, t.deadline) for t in found}
        stated = [t for t in stated if (t.value, t.value_max, t.unit, t.deadline) not in before]
    speaker = _SPEAKER.search(text)
    if speaker and stated:
        places[stated[0].location.node] = speaker.group(1).lstrip("在于")
    return [t for t in stated if not _restated(t, seen, in_opening, places)]


# 在长春市第十六届人民代表大会…上,长春市市长…: the government whose report a paragraph of a roundup
# quotes
_SPEAKER = re.compile(
    r"([\u4e00-\u9fff]{2,4}[省市县区州])(?:市长|省长|县长|区长|州长|人民政府"
    r"|第[一二三四五六七八九十]{1,3}届人民代表大会)"
)


# a headline, a lead, a summary (after a page's own lines: its site, its date, its page)
_OPENING = 8
_MIN_HEAD_NOUN = 3  # characters of a counted noun a body restates as the end of the headline's
_RATE_UNITS = frozenset(("%", "‰", "个百分点", "倍"))
_MIN_RESTATED = 4  # 农村公路: a shorter metric (投资, 增长) names too little to be the same target


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


# 2025年1-6月…为民办实事项目进展情况, …重点工作推进情况: a report on progress, as its title says
# …完成情况公示（转载页）, …完成情况新闻发布会: the notice or the briefing that reports it, too
_PROGRESS_TITLE = re.compile(
    r"(?:进展|完成|落实|执行|推进)情况(?:的?(?:报告|通报|公告|公示)|新闻发布会)?"
    r"(?:[（(][^（）()]*[）)])?[）)]?$"
    r"|成绩单"  # 2022锡山民生实事成绩单来了: the year's results
    r"|(?<!确保)(?<!力争)兑现[^，。；]{0,12}实事|实事[^，。；]{0,12}(?:全部|如期|全面)?兑现"  # 西宁市兑现30项民生实事
)
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


def _targets_beside_progress(header: list[str]) -> bool:
    """指标名称 | 年度目标 | 完成情况: a progress report whose target column still states the
    plan (its 完成情况 is not read)."""
    cells = [c.strip() for c in header]
    return any("目标" in c for c in cells) and any(PROGRESS_COLUMN.match(c) for c in cells)


_YEAR_OF = re.compile(r"((?:19|20)\d\d)年")
# 至2020年12月底，教育体育局圆满完成2020年民生实事工程建设任务
_YEAR_END_DONE = re.compile(
    r"[截至止]{1,2}((?:19|20)\d\d)年(?:12月底|12月末|年底|年末)[，,][^。；]{0,30}(?:圆满|全部|全面)完成"
)


# 海南2024年十大民生实事项目如期完成, 贺兰县2024年为民办实事10项全部办理完成（…网站新闻）: a title
# that reports the year's work done (not 确保…如期完成)
# (2023年苏州民生实事项目,交卷！, …交出亮眼答卷, …成绩单, …圆满收官: a news title's words for the same)
_DONE_TITLE = re.compile(
    r"((?:19|20)\d\d)年(?:[^，。；]{2,30}(?<!确保)(?<!力争)(?:如期|全面|圆满|顺利|全部)(?:办理|建设)?完成"
    r"(?:[（(][^（()）]{1,40}[）)])?$"
    r"|[^。；（(]{2,30}(?:交卷|交出[^，。；]{0,6}答卷|成绩单|圆满收官)"
    # 2024年天津20项民心工程一季度进展顺利: the year's work so far, reported
    r"|[^。；（(]{2,30}(?:一季度|上半年|前三季度|[1-9一二三四五六七八九十]{1,2}月份?)(?:以来)?"
    r"[^。；（(]{0,12}?进展(?:顺利|良好|有序))"
)


def _done_title(title: str, period: tuple[int, int] | None) -> bool:
    """A title that reports the plan's last year's work done, or a year's statistics bulletin
    (黄南州2023年国民经济和社会发展统计公报): its figures are results."""
    if _BULLETIN_TITLE.search(title) or _FINAL_REPORT_TITLE.search(title):
        return True
    plan = _PLAN_DONE_TITLE.search(title)
    # 国新办“高质量完成‘十四五’规划”系列主题新闻发布会 (of 2025): the period's results
    if (
        plan
        and period
        and five_year_period(cn_number(plan.group(1) or plan.group(2)))[1] >= period[1]
    ):
        return True
    m = _DONE_TITLE.search(title) or _VOTED_TITLE.search(title)
    if not (m and period):
        return False
    # the plan's last year; or, for a title that ends on the work done, a year before its first
    # (贺兰县2024年为民办实事10项全部办理完成 in a 2025 text — not 2018年…工作报告（…2017年…成绩单…）)
    year = int(m.group(1))
    return year >= period[1] or (year < period[0] and m.end() == len(title))


# 福州市“2024年人民群众最满意的十件实事”评选结果: the year's works, judged when done
_VOTED_TITLE = re.compile(r"((?:19|20)\d\d)年[^，。；]{2,30}评选(?:结果|揭晓)")
_PLAN_DONE_TITLE = re.compile(
    r"(?:高质量|圆满|胜利|全面)完成[“‘\"']?(十[一二三四五六七八九])五[”’\"']?规划"
    # 四川“十二五”时期绿化成绩: what the period achieved
    r"|[“‘\"']?(十[一二三四五六七八九])五[”’\"']?(?:时期|期间|以来)[^，。；]{0,12}(?:成绩|成就|成果)"
)
# …统计公报, or with a note after it: …统计公报（摘要）, …统计公报(开头至畜牧业), …统计公报（存储部分：导语至
# “四、服务业”）
_BULLETIN_TITLE = re.compile(
    r"(?:19|20)\d\d年[^，。；]{0,24}统计公报(?:[（(][^（()）]{1,60}[）)])?$"
)
# 《中国儿童发展纲要(2011—2020年)》终期统计监测报告: the plan's end, measured
_FINAL_REPORT_TITLE = re.compile(r"终期(?:统计)?(?:监测|评估|考核)")


def _year_done(nodes: list[Node], period: tuple[int, int] | None) -> bool:
    """A report of completion says the plan's last year is over and its work all done, or was
    published after it (2023年01月06日 16:55:04 over 2022年…民生实事…完成情况)."""
    if period is None:
        return False
    if any(int(y) > period[1] for y in _published_years(nodes)):
        return True
    return any(
        int(m.group(1)) >= period[1]
        for node in nodes
        if "完成" in node.text
        for m in _YEAR_END_DONE.finditer(node.text)
    )


def _final_results(header: list[str]) -> bool:
    """2020年完成情况 | 2020年规划目标: a year's results beside the targets set for that same
    year (a report after the plan's end; 1-6月完成情况 beside 2025年目标 is progress)."""
    done = {y for c in header if "完成" in c or "实绩" in c for y in _YEAR_OF.findall(c)}
    aims = {y for c in header if "目标" in c for y in _YEAR_OF.findall(c)}
    return bool(done & aims)


# 表一:2021年国民经济与社会发展有关指标完成情况: a year's results (beside the targets it had)
_YEARS_RESULTS_CAPTION = re.compile(r"((?:19|20)\d\d)年[^，。；,;]{0,30}(?:完成|执行)情况")


def _results_of_a_past_year(caption: str, period: tuple[int, int] | None) -> bool:
    """A table whose caption reports how a year before the plan's own went: its cells are results."""
    m = _YEARS_RESULTS_CAPTION.search(caption) if len(caption) <= _CAPTION_MAX else None
    return m is not None and period is not None and int(m.group(1)) < period[0]


def _review_caption(text: str) -> bool:
    """表1 “十四五”规划主要指标完成情况: a short caption that says the table reports the past."""
    from plantrack.parse.review import heading_verdict

    return len(text) <= _CAPTION_MAX and heading_verdict(text) is True


_CAPTION_MAX = 40
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
