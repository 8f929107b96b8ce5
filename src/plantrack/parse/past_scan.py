"""Which paragraphs of a plan, and which sentences of a paragraph, report the past: a review
passage by its heading or lead, two sentences that report completed facts, a year's bare
statistics or its estimated outcome, a review run inside a plan paragraph — and which sentences
of such a passage are read all the same (`targets.analyse` asks)."""

from __future__ import annotations

import re
from bisect import bisect_left

from plantrack.parse import review
from plantrack.parse import target_words as vocab
from plantrack.parse.clause import task_beside_progress
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.found import Scan
from plantrack.parse.quantity import Quantity


def clause_start(text: str, s0: int, at: int) -> int:
    """Where the clause holding `at` starts, in the sentence that starts at s0."""
    return max(s0, max(text.rfind(mark, s0, at) for mark in "，,；;：:") + 1)


def within(items: list, starts: list[int], a: int, b: int) -> list:
    """The items (sorted by their `starts`) that start in [a, b)."""
    return items[bisect_left(starts, a) : bisect_left(starts, b)]


# 截至2021年底，… : where things stood at the end of a year (before the text was issued)
_AS_OF_YEAR_END = re.compile(r"\s*截[至止]到?((?:19|20)\d\d)年(?:12月)?(?:底|末)")


def _stood_at_year_end(scan: Scan, s0: int, s1: int, first: int | None, since: int | None) -> bool:
    """截至2021年底，…: where things stood at the end of a year before the text was issued, or
    at the end of the plan's first year when nothing in the sentence looks ahead."""
    as_of = _AS_OF_YEAR_END.match(scan.text, s0, s1)
    if not as_of or first is None:
        return False
    year, issued = int(as_of.group(1)), scan.context.facts.year
    if issued is not None and year < issued:
        return True
    # up to its first ；: a garbled page runs the next sentence on without its 。
    stop = next((i for i in (scan.text.find(m, as_of.end(), s1) for m in "；;") if i > 0), s1)
    ahead = review.looks_ahead(scan.text, as_of.end(), stop, first, periods_from=since)
    return year <= first and not ahead


def reported_before(scan: Scan, s0: int, s1: int) -> bool:
    """报告显示，2023年鄂州市…: the sentence gives a report's account of a year before the plan's
    first and looks nowhere ahead (`review.reported_year_before`); or it tells a record against
    the year before (`_told_record`)."""
    first, since = first_year_of(scan), _periods_from(scan)
    return review.reported_year_before(scan.text, s0, s1, first, since) or _told_record(
        scan, s0, s1
    )


# 同比增长113.56%和179.29%，两项指标均创历史新高: a change on the year before that set a record
_RECORD_TOLD = scan_first_chars(
    re.compile(
        r"(?:同比|比上年|比去年|较上年)[^。；;！]*?(?:创(?:历史|历年|同期)新高|均创新高)"
        r"|(?:创(?:历史|历年|同期)新高|均创新高)[^。；;！]*?(?:同比|比上年|比去年|较上年)"
    )
)


def _told_record(scan: Scan, s0: int, s1: int) -> bool:
    """A sentence that gives a change on the year before and the record it set, with no word of
    an aim: what a past period came to."""
    text = scan.text
    return (
        "新高" in text
        and _RECORD_TOLD.search(text, s0, s1) is not None
        and review.AIM_RE.search(text, s0, s1) is None
    )


def looks_back(scan: Scan, s0: int, s1: int, before: bool) -> bool:
    """Whether the sentence at s0 is in a review run inside a plan paragraph: one opens on a
    sentence that opens a review (过去一年，…, 这五年，…) and runs until a sentence looks ahead."""
    first, since = first_year_of(scan), _periods_from(scan)
    sentence = scan.text[s0:s1].lstrip()
    if review.review_lead(sentence, first, since) or reported_before(scan, s0, s1):
        return True
    if _stood_at_year_end(scan, s0, s1, first, since):
        return True  # 截至2021年底，海南省总装机约1042万千瓦 (a text of 2022): where things stood
    if before and vocab.PROJECTS_DECIDED_RE.search(scan.text, s0, s1):
        return False  # …征集意见。…最终确定了30项重点民生实事项目。具体为：…: the list is the plan
    if before and first and (review.lead_year(sentence) or 0) >= first:
        return False  # …。2024年，全市将新建口袋公园10个: the plan's own year turns the run ahead
    return before and not review.looks_ahead(scan.text, s0, s1, first, periods_from=since)


# 截至去年12月底, 截至2014年年底: the progress at the end of a year (compared with the plan's first)
# 全部改造工作已于2014年11月14日前完工: the date a task was finished
_YEAR_END = re.compile(
    r"截[至止](?:去年|上年|((?:19|20)\d\d)年)(?:12月底|12月末|年底|年末)"
    r"|已于((?:19|20)\d\d)年[^，。；]{0,12}(?:完工|完成|建成|竣工)"
)


def _year_closed(scan: Scan) -> bool:
    """A progress report's 进展情况 told at the end of a year before the plan's own: the tasks
    it reports on were that year's."""
    first = first_year_of(scan)
    if first is None or "进展情况" not in scan.text:
        return False
    years = (m.group(1) or m.group(2) for m in _YEAR_END.finditer(scan.text))
    return any(year is None or int(year) < first for year in years)


def _names_plan(text: str) -> bool:
    """Every match of `review.AGAINST_PLAN_RE` names a 计划, 任务 or 目标: without one of them the
    paragraph need not be searched (a fast gate: speed)."""
    return "计划" in text or "任务" in text or "目标" in text


def reviews(scan: Scan, sentences: list[tuple[int, int]], q_at: list[int]) -> bool:
    """The paragraph reviews the past: its heading or lead says so (`scan.context.review`), or
    two or more of its sentences report completed facts (顺利完工, 创历史新高 … with or without a
    figure of their own), one at least holds a figure, and none looks ahead."""
    if scan.context.review or (_names_plan(scan.text) and review.AGAINST_PLAN_RE.search(scan.text)):
        return True  # …，比年度计划高20.3个百分点: a paragraph of a progress report
    if _year_closed(scan):
        return True  # 任务目标：… 进展情况：截至去年12月底，…已圆满完成: a finished year's tasks
    if review.PAST_RE.search(scan.text) is None:
        return False  # most paragraphs: nothing reported as done
    if not any(within(q_at, q_at, s0, s1) for s0, s1 in sentences) or _OWNER_TAG.search(scan.text):
        return False  # (…，比上年增加1200元。（市发改委）: a task assigned, not a result)
    return review.past_paragraph(scan.text, sentences, first_year_of(scan), _periods_from(scan))


# 不少于, 不超过 …: the bound of a goal
_BOUNDS = r"不少于|不低于|不超过|不高于"
# the words of a goal: a bound, an aim, a plan (a paragraph with any of them sets targets)
_GOAL_WORDS = scan_first_chars(
    re.compile(rf"{review.AIM_WORDS}|{_BOUNDS}|控制在|保持在|稳定在|预期(?:目标|增长|性)|任务")
)
_BARE_FIGURES = 3


def bare_statistics(scan: Scan, sentences: list[tuple[int, int]], quantities: list) -> bool:
    """Figures all bare (no 以上/左右…, no bound, aim or plan word in the paragraph), three or
    more of them, a sentence that reports a completed fact and none that looks ahead: the
    statistics of a year gone by, copied without the heading that said so."""
    if len(quantities) < _BARE_FIGURES:
        return False  # most paragraphs (speed)
    figures = [q for q in quantities if q.name is None and q.unit]
    if len(figures) < _BARE_FIGURES or any(q.suffix for q in figures):
        return False
    text = scan.text
    if _GOAL_WORDS.search(text) or review.ACHIEVED_RE.search(text) is None:
        return False
    return _OWNER_TAG.search(text) is None and _none_looks_ahead(scan, sentences)


# …，比上年增长12%。（市财政局）: the body that owns a task, named after it (a task division)
_OWNER_TAG = re.compile(r"[（(][^（）()]{0,24}(?:局|委|办|厅|部|院|政府)[^（）()]{0,12}[）)]\s*$")


# 粮食431162吨,增3.8%;棉花1391吨,减7.9%: a yearbook's figures, each with its change on the
# year before in a bare 增/减 (a goal says 增长, and names no cut in one product of a list)
_YEARBOOK_CHANGE = re.compile(r"\d[^，,；;。\d]{0,4}[，,]\s*(?P<way>[增减])\s*\d+(?:\.\d+)?%")


def yearbook_changes(scan: Scan) -> bool:
    """Two or more figures each followed by its bare change on the year before (增3.8%,
    减7.9%), a cut among them, and no goal word: a chorography's or yearbook's statistics."""
    text = scan.text
    if "减" not in text:
        return False  # most paragraphs (speed)
    ways = [m.group("way") for m in _YEARBOOK_CHANGE.finditer(text)]
    return len(ways) >= 2 and "减" in ways and _GOAL_WORDS.search(text) is None


# 预计地区生产总值超过2100亿元…，三大指标增速均创历史新高: the year's outcome as estimated (地区生产
# 总值持续高速增长。预计完成…: after a sentence that sums it up)
_ESTIMATE_LEAD = re.compile(
    r"\s*(?:[^，。；,;\d]{2,24}。)?(?:[^，。；,;\d]{0,12}[，,])?预计(?!到|至|未来|今后)"
)


def estimated_outcome(scan: Scan, sentences: list[tuple[int, int]]) -> bool:
    """A paragraph that opens with 预计 and states an achievement (创历史新高, 居全市前列) with no
    sentence that looks ahead: a report of how the year just ended came out."""
    text = scan.text
    if not _ESTIMATE_LEAD.match(text) or review.ACHIEVED_RE.search(text) is None:
        return False
    return _none_looks_ahead(scan, sentences)


def _none_looks_ahead(scan: Scan, sentences: list[tuple[int, int]]) -> bool:
    """No sentence of the paragraph looks ahead (a year of the plan, an aim)."""
    first, since = first_year_of(scan), _periods_from(scan)
    return not any(
        review.looks_ahead(scan.text, s0, s1, first, periods_from=since) for s0, s1 in sentences
    )


def first_year_of(scan: Scan) -> int | None:
    facts = scan.context.facts
    return review.first_year(facts.start_year, facts.year)


def _periods_from(scan: Scan) -> int | None:
    """From which year a five-year period is ahead (`review.period_first`)."""
    facts = scan.context.facts
    return review.period_first(first_year_of(scan), facts.end_year, facts.year)


# 投资项目不少于3个: a bound states what is to be reached, even under a 完成情况 heading
BOUND_GOAL = re.compile(_BOUNDS)


def _looks_ahead_only(scan: Scan, s0: int, s1: int) -> bool:
    """In a review passage, a sentence that looks ahead (or restates a target with a bound: a
    progress report's 引进…项目不少于3个) and reports nothing done is read."""
    ahead = review.looks_ahead(
        scan.text, s0, s1, first_year_of(scan), periods_from=_periods_from(scan)
    )
    ahead = ahead or BOUND_GOAL.search(scan.text, s0, s1) is not None
    ahead = ahead or review.TASK_SAID_RE.search(scan.text, s0, s1) is not None
    return ahead and not review.reports_past_beyond_goal(scan.text, s0, s1)


def read_in_review(scan: Scan, s0: int, s1: int, sq: list[Quantity]) -> bool:
    """A sentence of a paragraph that reviews the past that is read all the same: it looks
    ahead, restates a task of a progress report, or (outside a review heading) names each
    task's figure beside what is done of it."""
    if _year_closed(scan):
        return False
    if (
        _looks_ahead_only(scan, s0, s1)
        or _restated_task(scan, s0, s1)
        or _task_before_progress(scan, s0, s1)
    ):
        return True
    context = scan.context
    return (not context.review or context.progress) and task_beside_progress(scan.text, sq)


_ITEM_OPENING = re.compile(r"\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])")


def after_the_past(scan: Scan, s0: int, s1: int, sq: list[Quantity]) -> list[Quantity]:
    """In a review passage, a sentence read for its look ahead: the figures of its clauses
    before the one that looks ahead report the past (加气站目标共建设82座，较“十三五”增长90%，预计
    十五五期间，增速将逐步放缓)."""
    at = review.ahead_at(scan.text, s0, s1, first_year_of(scan), periods_from=_periods_from(scan))
    if at is None or not sq or sq[0].start >= at:
        return sq
    clause = clause_start(scan.text, s0, at)
    return [q for q in sq if q.start >= clause]


def ahead_part(scan: Scan, s0: int, s1: int) -> int | None:
    """In a sentence that reports the past, where a part after a ； opens on the plan's own year
    and looks ahead (2019年，全省共接待游客3.74亿人次…；2020年，力争…达到4.3亿人次), else None."""
    first = first_year_of(scan)
    if first is None:
        return None
    text = scan.text
    for mark in _SEMICOLON.finditer(text, s0, s1):
        k = mark.end()
        year = review.lead_year(text[k:s1].lstrip())
        if year is not None and year >= first and review.looks_ahead(text, k, s1, first):
            return k
    return None


_SEMICOLON = re.compile(r"[；;]")


# 新增婴幼儿托位460个…。目前，…已完成改扩建…: the progress told after a task's own sentence
_PROGRESS_NEXT = re.compile(r"[。！；\s]*(?:目前|截至目前|截止目前|该项目已)")


def _task_before_progress(scan: Scan, s0: int, s1: int) -> bool:
    """A paragraph of a progress report that opens on its task's figures and goes on with what
    is done so far (…学位1050个。目前，…主体完工…; 建成…14家。该项目已完成。): the first sentence
    is the task, read unless it reports something done itself."""
    return (
        scan.context.progress
        and s0 == 0
        and _PROGRESS_NEXT.match(scan.text, s1) is not None
        and not review.reports_past(scan.text, s0, s1)
    )


def _restated_task(scan: Scan, s0: int, s1: int) -> bool:
    """In a report on the progress of tasks, an item's first sentence restates its task
    (3.…打造5条精品游线路，旅游产业增加值增长5%。2022年全年…同比下降2.6%。): read it, unless it
    reports something done itself."""
    return (
        scan.context.progress
        and s0 == 0
        and _ITEM_OPENING.match(scan.text) is not None
        and not review.reports_past(scan.text, s0, s1)
    )
