"""Targets (指标/目标) in plan text: value, unit, comparator, kind, deadline, baseline, metric.

A small grammar of our own, clause by clause (docs/targets.md has the rules and the measured
accuracy). A sentence ends at 。！？ or a line break; a clause at ，；：. In each clause every
quantity from `numbers.find_quantities` is read with the text before it (its metric and verb,
达到/超过/控制在 …) and after it (以上/左右, or the metric in 建成10个以上高水平示范应用场景).
Deadlines (到2027年, 2028年前) hold from where they stand to the end of their sentence; 力争/争取
likewise mark `aspiration`. 分别 lists pair metrics with values in order.
The word lists and patterns it reads are in `target_words.py` (imported as `vocab`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrack.model import Location, Target
from plantrack.parse import review
from plantrack.parse import target_words as vocab
from plantrack.parse.aspiration import BOUND_IN_WORDS, aspired, one_aim
from plantrack.parse.clause import ClauseState, read_clause
from plantrack.parse.context import (
    DocFacts,
    ParagraphContext,
    is_review_heading,
    without_estimates,
)
from plantrack.parse.deadline_scan import deadlines_of, lead_deadline
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.found import Explain, Found, Scan, explain_row, total_before
from plantrack.parse.marks import quote_spans, unmark_items, unnumber_spaced_item
from plantrack.parse.milestones import read_milestone, read_multiple
from plantrack.parse.numbers import find_quantities
from plantrack.parse.past_scan import (
    BOUND_GOAL,
    after_the_past,
    ahead_part,
    bare_statistics,
    clause_start,
    estimated_outcome,
    looks_back,
    read_in_review,
    reported_before,
    reviews,
    within,
    yearbook_changes,
)
from plantrack.parse.quantity import Quantity
from plantrack.parse.sentence_steps import (
    against_the_plan,
    allocated,
    deadline_at,
    forecast_list,
    foreseen_stock,
    lead_base_year,
    listed_after,
    listed_base_year,
    progress_of_a_task,
    reported_facts,
    shared_base_year,
    year_list,
)
from plantrack.parse.squeeze import squeeze, unquote_plus_list

# 桦甸（红石）抽水蓄能电站：总投资60亿元，建设总装机规模为120万千瓦…: one project's card in a box
_PROJECT_CARD = re.compile(
    r"^[^，。；：:\d]{2,30}(?:电站|工程|项目|水库|枢纽|机场|港区|铁路|高铁|公路|大桥)\s*[：:]\s*总投资"
)
_PROJECT_CARD_WHY = "a named project's card (…电站：总投资…): its sizes"


def analyse(
    text: str,
    end_year: int,
    explain: bool = False,
    context: ParagraphContext | None = None,
    warnings: list[str] | None = None,
) -> tuple[list[Found], list[dict]]:
    """Every target in `text` (one paragraph or item), and the explain rows when asked.

    A sentence whose reading raises is skipped with a line in `warnings` naming it and its
    position; the rest of the paragraph is read (no sentence can lose a document)."""
    original = text
    text, where = squeeze(unnumber_spaced_item(text))
    text, listed = unquote_plus_list(text)
    if listed is not None:
        where = [where[i] for i in listed] if where else listed
    text = unmark_items(text)
    ex = Explain(explain)
    quotes = quote_spans(text)
    context = context or ParagraphContext(DocFacts(end_year=end_year or None))
    scan = Scan(text, end_year, context, quotes, [s for s, _ in quotes], [], ex)
    scan.deadline = context.deadline
    if item := _ITEM_NAME.match(text):
        scan.item = item.group(1)
    quantities = find_quantities(text, quotes)
    if _PROJECT_CARD.match(text):  # 通化抽水蓄能电站：总投资40亿元，…新建库容1500万立方米
        for q in quantities:
            ex.add(text, q.start, q.end, False, _PROJECT_CARD_WHY)
        return [], ex.rows
    marks = [(m, "q") for m in vocab.QUALITATIVE_RE.finditer(text)]
    if "番" in text or "倍" in text:  # every multiple holds one (a fast gate: speed)
        marks += [(m, "m") for m in vocab.MULTIPLE_RE.finditer(text)]
    if quantities or marks:
        scan.deadlines = deadlines_of(scan)  # only a paragraph with something to date reads them
        scan.deadline_at = [d[0] for d in scan.deadlines]
        marks.sort(key=lambda mt: mt[0].start())
        q_at = [q.start for q in quantities]
        m_at = [m.start() for m, _ in marks]
        sentences = _spans(text, vocab.SENTENCE_END, 0, len(text))
        reviewing = (
            reviews(scan, sentences, q_at)
            or bare_statistics(scan, sentences, quantities)
            or estimated_outcome(scan, sentences)
            or yearbook_changes(scan)
        )
        looking_back = False  # …。过去一年，我们…。国内生产总值增长10.3%…: a review run inside
        for s0, s1 in sentences:
            sq, sm = within(quantities, q_at, s0, s1), within(marks, m_at, s0, s1)
            if not reviewing:  # (报告显示，2023年鄂州市…: a paragraph opens on a year's account)
                looking_back = (
                    looks_back(scan, s0, s1, looking_back) if s0 else reported_before(scan, s0, s1)
                )
            if (
                (not sq and not sm)
                or (reviewing and not read_in_review(scan, s0, s1, sq))
                or looking_back
            ):
                part = ahead_part(scan, s0, s1) if sq else None
                if part is None:
                    lead_deadline(scan, s0, s1)  # 到2027年，…全面建成…。 still opens a scope
                    continue
                # …同比增长22.5%；2020年，力争…: the part that turns to the plan's own year is read
                s0, sq, sm = part, within(quantities, q_at, part, s1), within(marks, m_at, part, s1)
            if reviewing:
                sq = after_the_past(scan, s0, s1, sq)
            before = len(scan.found)
            try:
                _sentence(scan, s0, s1, sq, sm)
            except Exception as exc:
                del scan.found[before:]
                if warnings is not None:
                    where_at = where[s0] if where else s0
                    warnings.append(
                        f"targets: skipped the sentence at character {where_at} "
                        f"({type(exc).__name__}): {original[where_at : where_at + 60]}"
                    )
    scan.found.sort(key=lambda f: f.pos)
    if where is not None:
        _restore(scan.found, ex.rows, where, original)
    return scan.found, ex.rows


# 钢：从135万吨增加到412万吨, 粮食：达到3856亿斤: a line's label names what its figures measure
_LABEL_RE = re.compile(r"[\u4e00-\u9fff（）()、]{1,12}")


# 四、原盐。, 、水泥。, （三）新能源汽车。: a list item's paragraph that opens by naming its thing
_ITEM_NAME = re.compile(
    r"[\s　]*(?:[一二三四五六七八九十]{1,3}、|、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])"
    r"([\u4e00-\u9fff]{1,8})。"
)


def _label(text: str, c0: int, c1: int, s0: int) -> str:
    """The words before a colon that opens a sentence or a list item after ；, when they only name
    a thing: the subject of the figures after the colon."""
    if text[c1 : c1 + 1] not in ("：", ":"):
        return ""  # most clauses (checked first: speed)
    if text[s0:c0].rstrip(" 　\n")[-1:] not in ("", "；", ";"):
        return ""  # not the sentence's first clause nor an item's after ；
    words = _LISTED_AS.sub("", text[c0:c1].strip(" 　"))
    if words in _NO_LABEL or not _LABEL_RE.fullmatch(words) or vocab.VERB_RE.search(words):
        return ""
    return words


_NO_LABEL = frozenset(("其中", "包括", "主要是", "具体是", "分别是"))  # 其中：…: shares, no measure


# 全县区域计划作业面积依次为：郝庄乡0.9万亩、…: the measure a list of places gives in turn
_LISTED_AS = re.compile(r"^(?:全[省市县区州旗镇乡](?:区域|范围)?)?|(?:依次|分别)(?:为|是)$")


# 年均增速, 年平均增幅, 每年增长率: a growth rate over the years (a bare 增速 may be one year's)
_YEARLY_RATE = re.compile(r"年均|年平均|平均每年|每年")
# 2022年增速实现10% (not 到2025年: the end of a period)
_ONE_YEAR = re.compile(r"(?<![到至])(?:19|20)\d\d年(?![底末前])")


def _one_years_growth(scan: Scan, s0: int, f: Found) -> bool:
    """A bare growth rate (增速, 增长率) set for one year — in a one-year document (固定资产投资增速
    15%) or under a year its sentence names (2022年增速实现10%) — is that year's level; in a plan
    for a period it stays a yearly figure."""
    if not f.metric.endswith(vocab.GROWTH_RATE_ENDS):
        return False
    if _YEARLY_RATE.search(scan.text, clause_start(scan.text, s0, f.pos), f.pos):
        return False  # 年均 left the metric for the kind
    facts = scan.context.facts
    one_year = facts.start_year is not None and facts.start_year == facts.end_year
    return one_year or _ONE_YEAR.search(scan.text, s0, f.pos) is not None


def _restore(found: list[Found], rows: list[dict], where: list[int], original: str) -> None:
    """Map positions in the squeezed text back to the original text."""
    for f in found:
        f.pos = where[f.pos]
        f.span = (where[f.span[0]], where[f.span[1] - 1] + 1 if f.span[1] else 0)
    for r in rows:
        r["start"], r["end"] = where[r["start"]], where[r["end"] - 1] + 1
        r["text"] = original[r["start"] : r["end"]]


# 国家级品牌景区(5A级景区,国家生态旅游示范区)达到3家: a comma inside brackets parts no clauses
_BRACKETED = re.compile(r"[（(][^（）()。；;]{0,40}?[,，][^（）()。；;]{0,40}?[）)]")


def _bracketed(text: str, a: int, b: int, sq: Sequence[Quantity]) -> list[tuple[int, int]]:
    """The spans of the brackets in text[a:b] that hold a comma and no figure with a unit (a
    list of names; figures in brackets are clauses of their own; 5 of 5A级景区 is a code)."""
    if text.find("(", a, b) < 0 and text.find("（", a, b) < 0:
        return []  # most sentences (checked first: speed)
    measured = [q.start for q in sq if q.unit]
    spans = (m.span() for m in _BRACKETED.finditer(text, a, b))
    return [(x, y) for x, y in spans if not any(x < p < y for p in measured)]


def _spans(
    text: str,
    sep: re.Pattern[str],
    a: int,
    b: int,
    inside: Sequence[Quantity] = (),
    brackets: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """text[a:b] cut at `sep`, but not at a separator inside one of the quantities `inside`
    (2，187亿元: a thousands separator a converter wrote as a full-width comma) nor at a comma
    inside one of the `brackets`."""
    out, start = [], a
    for m in sep.finditer(text, a, b):
        if inside and any(q.start < m.start() < q.end for q in inside):
            continue
        if brackets and m.group() in ",，" and any(x < m.start() < y for x, y in brackets):
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if b > start:
        out.append((start, b))
    return out


_SHARES_LEAD = re.compile(r"\s*其中[，,：:]?")
# 按照1980年不变价格计算 (the basis of a figure), 就全国来说: an aside between a subject and its figure
_BASIS_CLAUSE = re.compile(
    r"(?:按照?|以)[^，。；]{0,24}(?:计算|计)|[就从对](?:全国|全省|全市|全区|全县|总体|整体)(?:来说|来看|而言|看)"
)


# 超额完成年度任务, 已全部完成: the sentence reports its task done (not 确保完成年度任务)
_TASK_DONE = scan_first_chars(
    re.compile(
        # (not 完成或超额完成国家下达的目标任务: the plan's formula)
        # (…种草3210万亩，超额完成年度目标: the year's goal, met)
        r"(?:(?<!或)超额|提前|已(?:全部)?|圆满|均已)完成(?:了)?(?:年度|全年|既定)?(?:目标)?任务"
        r"|(?<!或)超额完成(?:了)?(?:年度|全年|既定)目标"
        # 全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务: the year's result beside its target
        r"|(?<!或)超额完成[^，。；,;]{1,16}的(?:年度|全年)?(?:目标)?任务?"  # 任务? : a page cut after 任
        # 新增生活垃圾转运能力3350吨/天,完成年度目标任务: the figure, then the task it fulfilled
        r"|(?<=[,，])完成(?:了)?(?:年度|全年)(?:目标)?任务"
        # 新增就业人员14.26万人,完成111%; …104.85万平方米,完成进度达131%: the share of its task done
        # (not 完成40%城中村综合治理: the share of a work to do)
        r"|(?<=[,，])完成(?:进度|任务数)?(?:达到?|为)?\d+(?:\.\d+)?%(?![\u4e00-\u9fff])"
        # 植树造林6万亩,完成省下达任务的126%: more than the task handed down, reached (not 完成灾后
        # 重建主要目标任务的72%: a share to reach)
        r"|(?<=[,，])完成[^，。；,;\d]{0,10}任务的[1-9]\d\d(?:\.\d+)?%"
    )
)
# 新西河2.7公里: a part named and counted, no verb
# 现工程已完成1420户，约15万平方米: the same work done, measured again
_BARE_AMOUNT = re.compile(r"\s*(?:约|近|共|合计|超过?)?[\d.]+[万亿千]?[\u4e00-\u9fff%]{0,4}\s*")
_PART_ITEM = re.compile(r"\s*[\u4e00-\u9fff（）()]{1,10}[\d.]+[\u4e00-\u9fff%]{0,4}\s*")
# 计划新增7条: the plan a progress report holds its result against (searched up to the figure)
_PLANNED_CLAUSE = re.compile(r"(?:^|[，,；;。])[^，,；;。]{0,8}计划[^，,；;。]{0,10}$")
_PLANNED_REACH = 21  # the most characters _PLANNED_CLAUSE spans
# 318件建议提案全部办理完毕: the cases handled, reported (not 确保…全部办结: an aim)
_ALL_HANDLED = scan_first_chars(
    re.compile(r"(?<![前底])全部(?:办结|办复|办理完毕)(?=[，。；,;]|$)")
)
_AIM = re.compile(review.AIM_WORDS)


def _opening_state(scan: Scan, s0: int) -> ClauseState:
    """What a sentence knows before its first clause: its paragraph's item (四、原盐。, for the
    sentences after it) and the total its shares belong to (其中，南宁市274户: of the total before)."""
    state = ClauseState(item=scan.item if s0 else "")
    if scan.found and _SHARES_LEAD.match(scan.text, s0):
        state.total = total_before(scan.found).subject
    return state


# 截至2月19日24时，全国…: the state on a day of this year (no year, no 前); 今年以来，…同比增长约35%:
# the year so far; “十三五”以来辽宁实施…: a past period so far — a report, not a plan
# 杨明红介绍，宁夏打造了…“六大产业集群”，创建…产业园5个: a sentence that opens on work done
# goes on telling what was done (a verb with 了 in its first clause)
_DONE_LEAD = re.compile(
    r"(?:[^。；！？]{0,30}?(?:介绍|表示|指出|说)[，,])?[^，。；！？]{0,20}?"
    r"(?:打造|创建|培育|建成|建立|形成|组建|实施|开展|完成|实现|取得|新建|改造)了"
)
_AS_OF_DAY = re.compile(
    r"截[至止]到?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?!前)|(?:今年|年初)以来(?=[，,])"
    # 截至2025年一季度，…新增6块…空域: the work done so far, quarter by quarter
    r"|截[至止]到?(?:(?:19|20)\d\d年)?(?:第?[一二三1-3]季度|前三季度)(?:末|底)?(?=[，,])"
    # 5年来,我省累计完成营造林1040万亩: the years just past, summed
    r"|(?<![\d一二两三四五六七八九十未])(?:近)?(?:[一二两三四五六七八九十]|\d{1,2})年(?:来|以来)(?=[，,])"
    # 天津近年来投入上百亿元…新建40万亩温室大棚, 柴河林业局3年来在局址新建…, 近年来，…, 二十年来:
    # the years just past, mid-sentence (not 用3年来完成, 分3年来完成: a time to take)
    r"|(?<![\d一二两三四五六七八九十未用花分再需])(?:近|多|几|(?:近)?(?:[一二两三四五六七八九十]{1,3}|\d{1,2}))"
    r"年来(?!完成|实施)(?=[\u4e00-\u9fff，,])"
    # 1988年以来,全国平原绿化累计完成…: the years since a year gone by, summed
    r"|(?<![到至\d])(?:19|20)\d\d年(?:底|末)?以来(?=[，,])"
    # (not 力争“十四五”以来累计降低10%左右: a goal summed over the period so far)
    r"|(?<![到至])(?<!力争)(?<!争取)(?<!确保)(?<!力争“)(?<!争取“)(?<!确保“)“?十[一二三四五六七八九]五”?(?:时期)?以来"
)
# 安徽省自2009年起实施农村危房改造以来,全省共完成113万户; 工程实施以来共改造建设保障性住房1.49亿平方米:
# since the work began, what it has done (not 到2025年，全省自退耕还林工程实施以来累计完成造林500万亩,
# 力争工程实施以来累计完成…: a goal summed since then, its aim or year before it)
_SINCE_WORK_BEGAN = re.compile(
    r"自(?:19|20)\d\d年[^，。；！？,;]{0,30}?以来(?=[，,])|(?:实施|启动|开展|开工)以来"
)
_AIMED_BEFORE = re.compile(r"力争|争取|确保|[到至](?:19|20)\d\d年|将|计划")
# 当前，全省航道通航里程达到5777公里…, 我国现在有2800多个县…，常住人口约7.4亿: a sentence
# that opens on the state now
_NOW_LEAD = re.compile(
    r"\s*(?:(?:目前|当前|现阶段)[，,]"
    r"|[\u4e00-\u9fff]{0,4}?(?:目前|当前|现在)(?:全[省市县区])?(?:共有|已有|拥有|有)(?=\d|[\u4e00-\u9fff])"
    # 湖南省共有乡镇1992个,行政村4.2万个: what a place has, counted (not 到年底全市共有…, 届时全省共有…,
    # 今年全市共有30个重点项目计划开工: a time ahead or an aim before the place)
    r"|(?![\u4e00-\u9fff]{0,3}(?:年|到|届时|力争|争取|计划|预计|将|今|明))"
    r"(?:[\u4e00-\u9fff]{2,4}[省市县区州]|全[省市县区]|我[省市县区])(?:共有|现有)(?=\d|[\u4e00-\u9fff]))"
)
# …, 到2025年力争…: where a sentence that reported turns ahead again
# …，预计到二0一0年，…: a year ahead written in Chinese numerals turns it as 2010年 does
_TURNS_AHEAD = re.compile(
    r"[，,；;](?:预计)?(?:到|至)?(?:20\d\d年|二[〇○0零][〇○0零一二三四五六七八九]{2}年"
    r"|力争|争取|(?:全年)?计划|将|下一步|今后|未来)"  # (…，全年计划营造林137万亩: the year's plan)
)


def _reported_as_of(text: str, s0: int, s1: int, reported: bool = False) -> tuple[int, int]:
    """Where the figures a sentence reports as of a day or since a period began start and end
    (an empty span past its end when it reports none); 目前，/当前， opening it: the state now;
    其中，… after a sentence that `reported` what was done: the parts of it."""
    if reported and _SHARES_LEAD.match(text, s0):
        return _until_ahead(text, s0, s1)  # 已累计建成…。其中，旅游路258公里…
    now = _NOW_LEAD.match(text, s0, s1)
    if now:
        return _until_ahead(text, now.end(), s1)
    if text.find("了", s0, s1) >= 0 and (done := _DONE_LEAD.match(text, s0, s1)):
        return _until_ahead(text, done.end(), s1)
    if text.find("截", s0, s1) < 0 and text.find("来", s0, s1) < 0:  # (以来, 5年来)
        return s1 + 1, s1
    m = _AS_OF_DAY.search(text, s0, s1)
    if (
        m is None
        and text.find("以来", s0, s1) >= 0
        and (began := _SINCE_WORK_BEGAN.search(text, s0, s1))
    ):
        m = None if _AIMED_BEFORE.search(text, s0, began.start()) else began
    return (s1 + 1, s1) if m is None else _until_ahead(text, m.end(), s1)


def _until_ahead(text: str, start: int, s1: int) -> tuple[int, int]:
    """From `start` to where the sentence turns ahead (…，下一步将…), or to its end at s1."""
    ahead = _TURNS_AHEAD.search(text, start, s1)
    return start, ahead.start() if ahead else s1


def _noun_subject(subject: str) -> str:
    """The subject a target hands on, unless it is a bare verb (新开工11万套，基本建成…)."""
    return "" if subject in vocab.INCREMENT_VERBS else subject


def _sentence(scan: Scan, s0: int, s1: int, sq: list[Quantity], sm: list) -> None:
    text, found, ex = scan.text, scan.found, scan.ex
    start = len(found)
    deadlines = within(scan.deadlines, scan.deadline_at, max(0, s0 - 1), s1)
    # every ASPIRATION_RE word holds 争 or 努: most sentences have neither (a fast gate: speed)
    aspiring = text.find("争", s0, s1) >= 0 or text.find("努", s0, s1) >= 0
    asp = [m.start() for m in vocab.ASPIRATION_RE.finditer(text, s0, s1)] if aspiring else []
    first = next((q.start for q in sq if q.name is None), s1)  # the sentence's first value
    as_of = _reported_as_of(text, s0, s1, scan.reported)
    reported = False  # a figure of the sentence was dropped as done
    clause_done = False  # the clause before reported what was done (已完成7.42公里)
    parts_of_done = False  # …and this clause is among its parts (其中A3.79公里，B2.7公里)
    state = _opening_state(scan, s0)
    q_at = [q.start for q in sq]
    m_at = [m.start() for m, _ in sm]
    wide = [q for q in sq if "," in q.num_text or "，" in q.num_text]  # 2,187: one number
    for c0, c1 in _spans(text, vocab.CLAUSE_SEP, s0, s1, wide, _bracketed(text, s0, s1, sq)):
        cq, cm = within(sq, q_at, c0, c1), within(sm, m_at, c0, c1)
        while c0 < c1 and text[c0] in " 　":
            c0 += 1
        if len(found) > start and _SHARES_LEAD.match(text, c0, c1):
            # 总规模9，300万吨，其中，山西7，800万吨: shares of the total this sentence stated
            state.total = total_before(found[start:]).subject
        if text[c0 : c0 + 1] in "按以就从对" and _BASIS_CLAUSE.fullmatch(text, c0, c1):
            continue  # 工农业总产值，按照1980年不变价格计算，达到…: the subject goes on past it
        if not (cq or cm) and (bound := BOUND_IN_WORDS.match(text, c0, c1)):
            state.subject = bound.group(1)  # 大陆自然岸线保有率不低于国家下达任务，其中2025年…
        if cq or cm:
            before, kind_before = len(found), state.kind
            read_clause(scan, c0, c1, cq, state)
            for m, t in cm:
                if t == "q":
                    read_milestone(scan, c0, c1, m)
                else:
                    read_multiple(scan, c0, c1, m)
            parts_of_done = (clause_done and _SHARES_LEAD.match(text, c0, c1) is not None) or (
                parts_of_done and _PART_ITEM.fullmatch(text, c0, c1) is not None
            )
            # …已完成1420户，约15万平方米: the same work measured again (it starts no list of parts)
            measured_again = clause_done and _BARE_AMOUNT.fullmatch(text, c0, c1) is not None
            clause_done = len(found) > before and vocab.DONE_RE.search(text, c0, c1) is not None
            # …已完成7.42公里，其中新店溪3.79公里: the parts of what the clause before did
            done = (as_of[0] <= c1 and c0 < as_of[1]) or (
                len(found) > before and (clause_done or parts_of_done or measured_again)
            )
            previous = found[before - 1].unit if before > start else False  # the value before
            past_subject = ""  # 工资总额1980年为773亿元，1985年将达到983亿元: its subject goes on
            # the sentence's first target, not a count of its structure before it
            # (…五个方面的工作，力争A增长9%，B增长11.5%: 力争 leads the targets)
            lead = max(first, found[start].pos) if len(found) > start else first
            for f in found[before:]:
                f.deadline, past = deadline_at(scan, deadlines, f.pos)
                if (
                    f.baseline_year is None
                    and f.deadline
                    and vocab.ON_LAST_YEAR_RE.search(text, c0, f.pos)
                ):
                    f.baseline_year = f.deadline - 1  # 比上年提高17.2%: on the year before its own
                if f.kind == "annual" and _one_years_growth(scan, s0, f):
                    f.kind = "level"
                alike, previous = previous == f.unit, f.unit  # 力争A1家，B1家: the same unit
                f.aspiration = any(aspired(text, lead, p, f.pos, alike) for p in asp)
                if past or (done and not _before_progress(text, f)):
                    why = f"a figure of {f.deadline}: the past" if past else "reports what was done"
                    ex.add(text, f.pos, f.pos + 1, False, why)
                    found.remove(f)
                    reported = clause_done = True
                    past_subject = f.subject if past or not state.subject else past_subject
            one_aim(found[before:], asp)
            if len(found) == before:
                state.kind = kind_before  # a figure of the past hands no kind on (已累计完成…)
                state.subject = past_subject or state.subject
            else:
                last = found[-1]
                state.kind, state.unit, state.comparator = last.kind, last.unit, last.comparator
                state.subject = _noun_subject(last.subject) or state.subject
            state.subjects = [f.subject for f in found[before:] if f.value is not None]
        else:
            state.subjects = []
        state.clause = text[c0:c1]
        state.label = _label(text, c0, c1, s0)
    listed_after(scan, s0, s1, sq, start, deadlines)
    forecast_list(scan, s0, s1, start)
    foreseen_stock(scan, s0, start)
    against_the_plan(scan, s0, s1, start)
    reported_facts(scan, s0, s1, start)
    progress_of_a_task(scan, s0, start)
    allocated(scan, start)
    _task_told_done(scan, s0, s1, start)
    year_list(scan, s0, s1, found[start:])
    lead_base_year(text, s0, s1, found[start:])
    listed_base_year(scan.context.base_year, found[start:])
    shared_base_year(found[start:])
    lead_deadline(scan, s0, s1, deadlines)
    scan.reported = reported and len(found) == start


def _task_told_done(scan: Scan, s0: int, s1: int, start: int) -> None:
    """新增378张养老床位，超额完成年度任务: the sentence reports what was done, its figures are
    results — bar a figure its clause plans (计划新增7条公交线路，现已新增20条…，完成任务数120%)."""
    text, found = scan.text, scan.found
    if len(found) == start or not (
        _TASK_DONE.search(text, s0, s1)
        or (_ALL_HANDLED.search(text, s0, s1) and not _AIM.search(text, s0, s1))
    ):
        return
    planned: list[Found] = []
    for f in found[start:]:
        if _PLANNED_CLAUSE.search(text, max(0, f.pos - _PLANNED_REACH), f.pos):
            planned.append(f)
        else:
            scan.ex.add(text, f.pos, f.pos + 1, False, "the sentence reports the task done")
    found[start:] = planned


# 15个农村幸福院建设已完成8个: a count of a task, then how far it has come
_TASK_THEN_PROGRESS = re.compile(
    # (not 今年将完成营造林500万亩去年已完成519万亩: a year's result after the task)
    r"[\d.]+(?:[万亿]?(?:[个所家名人户座条项处场件台辆间张套亩吨]|公里)|万)(?:(?!年)[\u4e00-\u9fff（）()“”]){2,20}?"
    r"(?=已(?:经)?(?:超额)?(?:完成|建成|[\u4e00-\u9fff]{1,2}\d))"  # …项目已超额完成, 263场送戏进万村已送230场
)


def _before_progress(text: str, f: Found) -> bool:
    """The count stands right before the progress reported on it (N个X建设已完成M个), only the
    task's words between them: it is the task, not what was done."""
    return _TASK_THEN_PROGRESS.match(text, f.pos) is not None


def _in_review(location: Location) -> bool:
    """True inside a chapter or section that reviews the past (第一章 发展基础)."""
    headings = location.path[:-1] if len(location.path) > 1 else location.path
    # the innermost numbered heading that says either decides (context.is_review_heading)
    for heading in reversed(headings):
        if vocab.NUMBERED_HEADING_RE.match(heading):
            verdict = is_review_heading(heading)
            if verdict is not None:
                return verdict
    return False


# 规划新增加油站布点21个, 计划…先行布局21个, 规划至2030年…布局…28座: a plan's decision in its
# forecast section (规划期内需要…, what is needed, is no decision)
_PLAN_DECIDES = re.compile(r"规划(?!期)|计划|布局|布点|提升至|提高到|提高至|控制在|翻一番|翻番")


def extract_targets(
    text: str,
    *,
    node_id: str,
    end_year: int,
    location: Location,
    offset: int = 0,
    context: ParagraphContext | None = None,
    warnings: list[str] | None = None,
) -> list[Target]:
    """Targets in one paragraph/box item. `offset` = start of `text` in the plan's cleaned text
    (so Target.span is absolute). Ids are f"{node_id}.t{n}" numbered from 1 in text order.

    `context` says what governs the paragraph (an inherited deadline, a review passage; see
    `parse.context`); without one, the heading path of `location` decides review passages.
    A sentence that cannot be read is skipped with a line in `warnings`.

    A node whose text is a tab-separated indicator table is read by `tables.targets_from_table`
    (ids f"{node_id}.r{row}")."""
    if "\t" in text:
        from plantrack.parse.tables import table_targets_in_text

        table = table_targets_in_text(
            text,
            node_id=node_id,
            location=location,
            end_year=end_year,
            offset=offset,
            read_words=read_words,
        )
        if table is not None:
            return table
    if context is None and _in_review(location):
        return []
    if context is not None and context.criteria:
        return []  # 申报条件: the bar an applicant clears, not a target of the plan
    if context is not None and context.forecast and not _PLAN_DECIDES.search(text):
        return []  # 需求预测: what the plan expects, unless it says what it plans from it
    if context is not None and context.review and not context.progress:
        first = context.facts.start_year or context.facts.year
        probe = text.replace("今年", "") if context.year_to_date else text
        probe = without_estimates(probe, context.facts.year)
        if not review.looks_ahead(probe, 0, len(probe), first) and not BOUND_GOAL.search(text):
            return []  # a review passage with nothing that looks ahead: no sentence to read
    found, _ = analyse(text, end_year, context=context, warnings=warnings)
    targets = []
    for n, f in enumerate(found, 1):
        t = f.target(f"{node_id}.t{n}", text[f.span[0] : f.span[1]].strip(), location)
        t.span = (offset + f.span[0], offset + f.span[1])
        targets.append(t)
    return targets


def read_words(text: str, end_year: int) -> list[Found]:
    """The targets of one sentence-like text: a table's target cell in words."""
    return analyse(text, end_year)[0]


def explain_targets(text: str, *, end_year: int) -> list[dict]:
    """For --explain: each candidate number/phrase, taken or not, and why (one line reason)."""
    _, rows = analyse(text, end_year, explain=True)
    covered = bytearray(len(text) + 1)
    for r in rows:
        covered[r["start"] : r["end"]] = b"\x01" * (r["end"] - r["start"])
    for q in find_quantities(text):
        if not covered[q.start]:
            rows.append(explain_row(q.text, q.start, q.end, False, q.name or "no clause context"))
            covered[q.start : q.end] = b"\x01" * (q.end - q.start)
    bare = "number without unit (a name, code, year or list number)"
    for m in vocab.BARE_NUMBER.finditer(text):
        if not covered[m.start()]:
            rows.append(explain_row(m.group(0), m.start(), m.end(), False, bare))
    rows.sort(key=lambda r: r["start"])
    return rows
