"""Whether a document or a table reports results rather than sets targets: a title that reports a
year's or a period's work done or a bulletin, a caption of a past year's results, a header of
final results."""

from __future__ import annotations

import re

from plantrack.model import Node
from plantrack.read.header_cells import DONE_SO_FAR, PLANNED_GROWTH
from plantrack.read.headings import cn_number, five_year_period
from plantrack.read.lexicon import PROGRESS_COLUMN
from plantrack.read.task_tables import reports_progress


def past_table(
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


# 2025年1-6月…为民办实事项目进展情况, …重点工作推进情况: a report on progress, as its title says
# …完成情况公示（转载页）, …完成情况新闻发布会: the notice or the briefing that reports it, too
PROGRESS_TITLE = re.compile(
    r"(?:进展|完成|落实|执行|推进)情况(?:的?(?:报告|通报|公告|公示)|新闻发布会)?"
    r"(?:[（(][^（）()]*[）)])?[）)]?$"
    r"|成绩单"  # 2022锡山民生实事成绩单来了: the year's results
    r"|(?<!确保)(?<!力争)兑现[^，。；]{0,12}实事|实事[^，。；]{0,12}(?:全部|如期|全面)?兑现"  # 西宁市兑现30项民生实事
)


def _targets_beside_progress(header: list[str]) -> bool:
    """指标名称 | 年度目标 | 完成情况, 指标名称 | 预期增长(%) | 上半年完成(%): a progress report
    whose target column still states the plan (what was done so far is not read)."""
    cells = [c.strip() for c in header]
    planned = any("目标" in c or PLANNED_GROWTH.match(c) for c in cells)
    return planned and any(PROGRESS_COLUMN.match(c) or DONE_SO_FAR.match(c) for c in cells)


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
    r"[^。；（(]{0,12}?进展(?:顺利|良好|有序)"
    # 共和县2025年及“十四五”时期民生成就（…）: what a year before the plan's own achieved
    r"|[^。；（(]{0,30}(?:成就|成果)(?:[（(][^（()）]{1,60}[）)])?$)"
)


_SECTION_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


# 延安完成“十大民生实事”年度任务: a place that did its year's works (not 确保完成, 要完成)
_WORKS_DONE_TITLE = re.compile(
    r"[^，。；（(]{2,10}(?<!确保)(?<!力争)(?<!要)(?<!将)完成[^，。；（(]{0,4}“?[^，。；（(“]{0,8}实事”?"
    r"[^，。；（(]{0,4}任务"
)


def done_title(title: str, period: tuple[int, int] | None) -> bool:
    """A title that reports the plan's last year's work done, or a year's statistics bulletin
    (黄南州2023年国民经济和社会发展统计公报): its figures are results."""
    if _BULLETIN_TITLE.search(title) or _FINAL_REPORT_TITLE.search(title):
        return True
    if _WORKS_DONE_TITLE.match(title):
        return True
    plan = _PLAN_DONE_TITLE.search(title)
    # 国新办“高质量完成‘十四五’规划”系列主题新闻发布会 (of 2025): the period's results
    if (
        plan
        and period
        and five_year_period(cn_number(plan.group(1) or plan.group(2)))[1] >= period[1]
    ):
        return True
    # 一、2025年主要工作和“十四五”发展成就: a report's first section, not its title
    if _SECTION_HEADING.match(title):
        return False
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


def year_done(nodes: list[Node], period: tuple[int, int] | None) -> bool:
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


_CAPTION_MAX = 40


def _review_caption(text: str) -> bool:
    """表1 “十四五”规划主要指标完成情况: a short caption that says the table reports the past."""
    from plantrack.parse.review import heading_verdict

    return len(text) <= _CAPTION_MAX and heading_verdict(text) is True


# 发布时间：2020-12-24, 温州网 2020-12-24 08:17:00: the day a page was published, near its top
_PUBLISHED_RE = re.compile(
    r"(?:发布(?:时间|日期)|日期|时间)[：:]\s*((?:19|20)\d\d)[-年/.]"
    r"|(?<!\d)((?:19|20)\d\d)-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d"
    r"|(?<!\d)((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d\d"  # 2023年01月06日 16:55:04, 2005年12月12日04:48
)
_PUBLISHED_LOOK = 6  # nodes from the top where a page states when it was published


def published(nodes: list[Node], period: tuple[int, int] | None) -> int | None:
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


def issued(nodes: list[Node], period: tuple[int, int] | None) -> int | None:
    """The year a document was issued (今年): the year its page was published, else the year
    before a one-year plan whose text looks ahead to 明年 and never says 今年 (兵团明年计划种植棉花
    680万亩, told in December for the year the plan is of), else None (the plan's first year)."""
    year = published(nodes, period)
    if year is not None or period is None or period[0] != period[1]:
        return year
    words = [node.text for node in nodes]
    whole = "\n".join(words)
    ahead = _NEXT_YEAR.search(whole) is not None or (
        _NEXT_YEAR_DUE.search(whole) is not None and _WINTER_SEASON.search(whole) is None
    )
    this_year = [
        s for text in words if "今年" in text for s in _SENTENCE.split(text) if "今年" in s
    ]
    reported = all(_DONE_THIS_YEAR.search(s) and not _AHEAD.search(s) for s in this_year)
    return period[0] - 1 if ahead and reported else None


# 明年 as the year a plan is for (not 延长到明年3月份: a date within a plan of this year)
_NEXT_YEAR = re.compile(r"明年(?![\d一二三四五六七八九十]{1,2}月)")
# 争取在明年6月前…完成: a date the plan's goal is due by (not in a winter's campaign, 今冬明春…力争明年
# 3月底前完成: a date within this year's season)
_NEXT_YEAR_DUE = re.compile(r"明年(?=[\d一二三四五六七八九十]{1,2}月(?:底|末)?前)")
_WINTER_SEASON = re.compile(r"今冬|冬春")
_SENTENCE = re.compile(r"[。！？；\n]")
# 今年提前一年实现, 今年…增长到今年的10.81万人, 今年以来: 今年 in a sentence that reports what it did
_DONE_THIS_YEAR = re.compile(r"了|已|实现|完成|提前|达到|增长到|提高到|(?<=今年)以来")
_AHEAD = re.compile(r"将|要|力争|确保|计划|预计|争取")


def _published_years(nodes: list[Node]) -> list[str]:
    """The years the top of a page says it was published in."""
    found = (_PUBLISHED_RE.search(node.text) for node in nodes[:_PUBLISHED_LOOK])
    return [next(y for y in m.groups() if y) for m in found if m]
