"""What governs a paragraph: its deadline scope and whether it reviews the past.

A plan states a deadline once and lets it govern what follows: a lead clause `到2025年，…`
governs the sentences after it in its paragraph; a heading with a year
(`三、2026年经济社会发展主要预期目标`) governs its section; a deadline on a line of its own
(`到2027年：`) carries into the lines below it until the next deadline or heading. Relative
years are resolved from the document's facts: `今年`/`明年` from the year it was issued
(`今后五年` = that year and the four after it),
`“十四五”末` = 2025, `“十五五”时期` = 2030, `3年内` from the plan's start.

Passages that report the past (工作回顾, 过去一年, “十四五”时期主要成就, 发展基础 …) hold figures
that are observations, not targets, under any heading style (第X章, 一、, （一）, 1., a plain
short line); `parse.review` has the review vs plan model. A plain-line heading is not in the
outline: the tracker keeps it, at the level of the outline path it stands in, until a heading
of that or a higher level that looks ahead (or another plain heading that says either).

`ContextTracker.enter(path, text)` is called for each paragraph in document order and returns
the `ParagraphContext` the target grammar reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.review import (
    AHEAD_WORDS,
    CRITERIA_HEADING,
    FORECAST_HEADING,
    GOAL_WORDS,
    PERIOD_NAME_RE,
    PROGRESS_HEADING,
    REVIEW_WORDS,
    STRIVE,
    THIS_YEAR_DONE,
    YEAR_TO_DATE_RE,
    first_year,
    heading_verdict,
    period_first,
    plain_heading,
    reported_year_before,
    review_lead,
)
from plantrack.parse.table_kind import row_binding
from plantrack.parse.target_words import CN_YEAR, SPAN_FROM_START
from plantrack.read.headings import cn_number, five_year_period

if TYPE_CHECKING:
    from plantrack.model import Target

FIVE_YEAR_RE = re.compile(r"[“\"‘]?([十][一二三四五六七八九])五[”\"’]?(末|期末|时期|期间|规划期)?")
RELATIVE_RE = scan_first_chars(
    re.compile(
        # 当年新增…比例, 四五类桥梁当年处置率: the share of what is new or done in a year, no date
        # (到2030年 governs it)
        # 计划全年新建、续建项目241项: the year's plan, this year's
        rf"(?P<this>今年|本年度|(?<=计划)全年|全年(?=计划)|(?<![按以])当年(?!价|新|[\u4e00-\u9fff]{{1,3}}率)"
        # 年内二仙桥等6个市政公园建成开园: within this year (not 3年内, 2024年内, 五年内: counted)
        rf"|(?<![\d一二两三四五六七八九十百千年])年内(?![容外])(?=[\u4e00-\u9fff，,])"
        # 到年底全省高速铁路通车里程突破2300公里, 年底前完成: this year's end (not 2025年底, 每年年底, 每年底,
        # 上年底, 次年底, 明年底, 到“十四五”年底)
        rf"|(?<![\d〇零一二两三四五六七八九十年每上次去明今”\"])年底(?:前|以前)?(?=[\u4e00-\u9fff，,])"
        # 在12月15日之前,…完成…: a day of the year without its year, this year's
        rf"|(?<![\d年月日至到—\-~～])\d{{1,2}}月(?:\d{{1,2}}日|底|末)(?:之|以)?前"
        rf")|(?P<next>明年)|(?P<last>(?<![与较])去年(?!同期))"
        # “十三五”前两年每年脱贫100万人: the first years of a period, to the last of them
        rf"|[“\"‘]?(?P<opening>十[一二三四五六七八九])五[”\"’]?(?:时期|期间)?的?前"
        rf"(?P<first_n>[一二两三四]|\d)年(?![前内])"
        rf"|(?<![比较与“\"])(?<![比较与][“\"])(?P<five>[“\"‘]?十[一二三四五六七八九]五[”\"’]?(?:末|期末|时期|期间|规划期内?|期内)"
        # “十四五”新建…: the period alone opening a clause
        rf"|(?<![^，。；：\n])[“\"‘]十[一二三四五六七八九]五[”\"’](?![的规以来]))"
        # (not 到2022年的四年内: the years a span of dates already names)
        rf"|(?<![\d一二两三四五六七八九十百])(?<!年的)(?P<within>[一二两三四五六七八九十]{{1,2}}|\d{{1,2}})年内"
        rf"|(?:今后|未来)(?P<ahead>[一二两三四五六七八九十]|\d{{1,2}})年(?!前|以前)"
        # 3年突破6400亿、5年跨越7500亿: a figure due so many years from the plan's start
        rf"|(?<![\d一二两三四五六七八九十百千年第近])(?P<span>[一二两三四五六七八九十]|\d)年"
        rf"(?=(?:突破|达到|超过|跨越|跨赿|实现)[\d一二两三四五六七八九十])"
        rf"|第(?P<nth_year>[一二三四五])年"  # 第一年全区应完成700亩: the plan's first year
        # 用3—5年时间, 用三年时间: counted from the plan's start, to the far end of a range
        rf"|{SPAN_FROM_START}"
        # not 比一九八〇年 nor 在二〇〇六年基础上: a base year
        rf"|(?:到|至)?(?<![比较与于从由])(?P<cn>{CN_YEAR})年(?!(?:底|末)?的?基础上)"
        rf"|(?:到|至)?(?P<century>本|下个?)世纪(?P<part>末|中叶)"  # 到本世纪末 in 1988: 2000
    )
)
# A year in a heading, or a line that is only a deadline: 到2027年： / 到2027年，主要目标是：
# (not 为2013年以来最好: the year a record is counted from)
HEADING_YEAR_RE = re.compile(rf"(?:到|至)?((?:19|20)\d\d)年(?!以来)|{FIVE_YEAR_RE.pattern}")
# 近期目标（2022－2025）：, 中期（2026—2030年）: a phase of the plan and its years, opening a paragraph
_PHASE_LEAD_RE = re.compile(
    r"^(?:近期|中期|远期)(?:目标)?[（(](?:19|20)\d\d\s*年?\s*[－—–\-~至]\s*((?:19|20)\d\d)\s*年?[）)]"
)
# 今后的五年，是…关键性五年 / 在今后五年里: a sentence of a review section that turns to the years
# ahead (an excerpt that dropped the heading after it)
_TURNS_AHEAD_RE = re.compile(
    r"(?:^|[。！？])(?:在)?(?:今后|未来)的?(?:[一二两三四五六七八九十]|\d{1,2})年(?:里|内|中|间)?[，,是]"
)
# 提高人民生活水平的主要预期目标是：… under a line read as a review (资源节约和保护取得明显成效):
# a paragraph that states goals turns its section ahead, itself included
_GOALS_LEAD_RE = re.compile(
    r"[^。！？\d]{0,24}?的(?:主要)?(?:预期)?目标(?:是|为)[:：]"
    # 2015年预期目标显示,西藏将确保…: a year's goals, announced
    r"|[^。！？\d]{0,12}?(?:19|20)\d\d年的?(?:主要)?预期目标(?:显示|是|为)[:：，,]"
)
# 在热烈的掌声中，陈永高代表县人民政府向大会报告工作。: a sentence without a figure that only
# introduces what follows (a news item's line on who reports)
_PREFACE = re.compile(
    r"^[^。！？\d]{4,40}(?:报告工作|作政府工作报告|作报告)。"
    # 中新网哈尔滨12月12日电 (记者 姜辉)在…新闻发布会上,…厅长孙宇介绍说,: a news item's dateline
    # and the official who speaks
    r"|^[^。！？；]{0,30}?\d{1,2}日电[^。！？；]{0,120}?(?:介绍说|介绍|表示|指出|说)[，,:：]"
    # 河北省政府代理省长陈全国作政府工作报告时表示，刚刚过去的一年，…: who reports, and when
    r"|^[^。！？；\d]{2,40}?(?:作政府工作报告|作报告|报告工作)时(?:表示|指出|说|介绍)[，,:：]"
)
# 今年东城要完成…, 2016年，将整合…: the year a clause of a run-on line opens on
_RUN_ON_YEAR_RE = re.compile(
    r"(?:^|(?<=[。；，,;、：:]))\s*(?:[\u4e00-\u9fff]{1,4}?)?(?:(?P<this>今年)|(?P<year>(?:19|20)\d\d)年[，,])"
)
# 工控“进未来”标准厂房: a name in quotes, whatever words it holds
_QUOTED_NAME_RE = re.compile(r"“[^“”。，；]{1,12}”")
# what ends a review carried from its lead paragraph (报告指出，过去一年… / 经济运行持续回升。…):
# words of the year ahead, of goals or of work still to do
_AHEAD_RE = re.compile(
    AHEAD_WORDS
    + r"|今年|明年|下一步|新的一年|(?:19|20)\d\d年底?前|要求|建议|意见|部署|重点工作|主要工作"
)
# 社零额从760亿元预计提升到2025年的1255亿元: in a review, the estimate for the year it ends on
_ESTIMATE_TO = re.compile(r"预计[\u4e00-\u9fff]{0,4}到((?:19|20)\d\d)年")
_ESTIMATE_RE = re.compile(
    _ESTIMATE_TO.pattern
    + r"|^(?:19|20)\d\d年[，,]预计"  # 2018年，预计全县民生支出11.73亿元: the year's estimate, told
)
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")


def without_estimates(text: str, year: int | None) -> str:
    """A review's text without its estimates for a year up to the document's own (预计提升到2025年
    in a review of 2025): they tell how the period ends, not what lies ahead."""
    if year is None:
        return text
    return _ESTIMATE_TO.sub(lambda m: "" if int(m.group(1)) <= year else m.group(0), text)


# 全面完成了2011年各项水利工程建设任务: a task done, no task ahead; 今年实施了…: the year's work done
_DONE_TASK_RE = re.compile(
    r"完成了[^，。；]{0,20}?任务"
    # 提前一年完成“十四五”规划目标任务, 超额完成年度任务: a goal reached, not one ahead
    r"|(?:提前[一两三\d]年|超额|圆满|如期)完成[^，。；]{0,20}?任务"
    # 省十三届人大一次会议确定的年度目标任务基本完成: the year's goals, met
    r"|确定的(?:年度|全年)?目标任务(?:基本|全面|圆满|全部)?完成"
    r"|如期(?:实现|完成)[^，。；]{0,20}?目标"  # 如期实现血吸虫病传播阻断目标: reached
    rf"|今年(?={THIS_YEAR_DONE})"  # 今年实施了4条通乡油路改造: this year's work, done
    # 略低于8％的预定目标, 实现了预定目标, 达到了年度目标: a goal set before, measured against
    r"|(?:预定|原定|既定)目标|(?:实现|达到|完成)了[^，。；]{0,10}?目标"
)
_AS_OF_RE = re.compile(r"\s*(?:截止到?|截至|到)")
# 报告数据统计期限为2025年1月1日至2025年12月31日: a report (a 政府信息公开工作年度报告) states the
# period its figures cover; what follows reports that period, bar a paragraph with a word ahead
_REPORTED_PERIOD_RE = re.compile(
    r"统计(?:期限|期间|时限|区间|时段)(?:为|是)?(?:自|从)?(?:19|20)\d\d年\d{1,2}月\d{1,2}日起?(?:至|到|—|-)"
)
_REPORT_AHEAD_RE = re.compile(rf"(?<!即)将|下一步|明年|今后|未来|力争|{STRIVE}")
# 今后五年的重点目标 / 未来三年主要任务： on a line of its own
_YEARS_AHEAD_LINE_RE = re.compile(
    r"^(?:今后|未来)(?:[一二两三四五六七八九十]|\d{1,2})年(?:的)?(?:重点|主要)?(?:奋斗)?(?:目标|任务)[：:]?$"
)
# (not a page's dateline: 2022年03月02日 甘肃三农在线 字体:)
DEADLINE_LINE_RE = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:近期目标|远期目标|中期目标)?[：:]?"
    r"(?:到|至)?(20\d\d)年(?!\d{1,2}月\d{1,2}日)(?:底|末)?(?:前)?[，,：:]?[^。；]{0,24}[：:]$"
    r"|^(?:到|至)(20\d\d)年(?:底|末)?[，,：:]?$"
    # 根据发展纲要，到2025年，我省将实现“路网结构优化、…”目标，…。: one sentence that names the
    # goals without a figure, its paragraphs after it stating them
    r"|^(?:(?:根据|按照|依据)[^，,。\d]{1,12}[，,])?(?:到|至)(20\d\d)年(?:底|末)?[，,]"
    r"[^。；！？\d]{0,80}目标[^。；！？\d]{0,40}。$"
)


@dataclass(slots=True, frozen=True)
class DocFacts:
    """The years a document's relative dates are read from."""

    year: int | None = None  # the year it was issued (今年)
    start_year: int | None = None
    end_year: int | None = None

    @classmethod
    def from_period(cls, period: tuple[int, int] | None, year: int | None = None) -> DocFacts:
        if period is None:
            return cls(year=year)
        return cls(year=year or period[0], start_year=period[0], end_year=period[1])


@dataclass(slots=True)
class ParagraphContext:
    """What governs one paragraph."""

    facts: DocFacts
    deadline: int | None = None  # a deadline inherited from a heading or a deadline line
    review: bool = False  # the paragraph reports the past
    progress: bool = False  # …under a heading that reports progress on tasks (进展情况, 完成情况)
    criteria: bool = False  # under a heading of what applicants must meet (申报条件)
    forecast: bool = False  # under a heading of forecasts (需求预测): only the plan's decisions
    allocation: bool = False  # an item of a total's distribution (…的分配如下：): money allotted
    year_to_date: bool = False  # in a report of the year so far (截止到11月末，…): 今年 is past
    base_year: int | None = None  # an item of a list whose lead names the year changes are on


# 主要农业产品一九五七年的计划产量及其比一九五二年增长的情况如下列：: the items after it change
# on that year; an item is a short name and a colon (粮食：达到…，增长百分之十七点六。)
BASE_LIST_LEAD_RE = re.compile(
    r"(?:比|同)((?:19|20)\d\d|[一二三四五六七八九〇零○]{4})年[^。：:]{0,40}如下列?[：:]\s*$"
)
LIST_ITEM_RE = re.compile(r"\s*[\u4e00-\u9fff、（）()]{1,12}[：:]")
# 基本建设投资5，000亿元的分配如下：, 其分配和百分比如下：: the figures after it are a total's parts
ALLOCATION_LEAD_RE = re.compile(r"分配(?:和百分比|情况)?如下|(?:开支|支出|投资)安排如下")
# an item of it: 其中…, (一)…, 一、… (、… where a scan lost the numeral), or a name and its money at
# once (燃料动力工业586 · 3亿元。)
ALLOCATION_ITEM_RE = re.compile(
    r"\s*(?:其中|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]?、"
    r"|[\u4e00-\u9fff、（）()]{2,24}\d[\d，,.· ]*[万亿]?元)"
)


def five_year_end(nth: str) -> int:
    """十四 -> 2025 (the end of the 14th five-year plan)."""
    return five_year_period(cn_number(nth))[1]


def relative_year(match: re.Match[str], facts: DocFacts) -> int | None:
    """The year a RELATIVE_RE match names, or None when the facts do not tell."""
    if match.group("this"):
        return facts.year
    if match.group("next"):
        return facts.year + 1 if facts.year else None
    if match.group("last"):
        return facts.year - 1 if facts.year else None
    if match.group("five"):
        nth = re.search(r"十[一二三四五六七八九]", match.group("five"))
        return five_year_end(nth.group(0)) if nth else None
    if match.group("opening"):
        n = cn_number(match.group("first_n"))
        return five_year_end(match.group("opening")) - 5 + n if 0 < n < 5 else None
    if match.group("ahead"):
        # 今后五年的主要目标 in a 2017 report: 2017–2021 (the years from the one it was issued in)
        n, first = cn_number(match.group("ahead")), facts.year or facts.start_year
        return first + n - 1 if first and 0 < n <= 10 else None
    if match.group("nth_year"):
        n = cn_number(match.group("nth_year"))
        return facts.start_year + n - 1 if facts.start_year else None
    counted = next(
        (match.group(g) for g in ("within", "taking", "striving", "span") if match.group(g)), None
    )
    if counted:
        n = cn_number(counted)
        return facts.start_year + n - 1 if facts.start_year and 0 < n <= 10 else None
    if match.group("century"):
        if not facts.year:
            return None
        start = (facts.year - 1) // 100 * 100 + (0 if match.group("century") == "本" else 100)
        return start + (100 if match.group("part") == "末" else 50)
    return cn_number(match.group("cn"))  # 二〇三五 -> 2035


def heading_deadline(heading: str) -> int | None:
    """The year a heading puts on its section: 三、2026年…主要预期目标 -> 2026; “十五五” -> 2030.

    Only headings that announce goals or work (not 2025年工作回顾, which is a review). A heading
    that names several goal years (“十五五”时期目标任务和2026年工作安排) gives the first; its
    paragraphs choose among them (`heading_deadlines`, `ContextTracker.enter`)."""
    years = heading_deadlines(heading)
    return years[0][0] if years else None


_HEADING_PART_RE = re.compile(r"[和与及、]|以及")


def heading_deadlines(heading: str) -> list[tuple[int, bool]]:
    """Each goal year a heading names, with whether it ends a five-year plan.

    The heading is read part by part (parts joined by 和/与/及): a part that reviews
    (“十四五”时期发展成就) gives no year, so 成就和“十五五”时期主要目标任务 gives 2030 only."""
    if REVIEW_WORDS.search(heading) and not GOAL_WORDS.search(heading):
        return []
    found: list[tuple[int, bool]] = []
    for part in _HEADING_PART_RE.split(heading):
        if REVIEW_WORDS.search(part) and not GOAL_WORDS.search(part):
            continue
        for m in HEADING_YEAR_RE.finditer(part):
            if m.group(1):
                found.append((int(m.group(1)), False))
            elif _FIRST_YEAR_RE.match(part, m.end()):
                # 推动“十五五”开好局、起好步: the period's first year, the report's own
                found.append((five_year_end(m.group(2)) - 4, False))
            elif m.group(3) in (None, "末", "期末", "时期", "期间", "规划期"):
                found.append((five_year_end(m.group(2)), True))
    return found


# “十五五”开好局、起好步 / “十五五”首年 / 开局之年: the first year of the period
_FIRST_YEAR_RE = re.compile(r"[”\"]?(?:时期)?的?(?:开好局|起好步|开局|起步|首年|第一年|开门红)")


# A paragraph about the plan period (the outline, its five-year goals, yearly averages over it)
_PERIOD_PARAGRAPH_RE = re.compile(r"十[一二三四五六七八九]五|纲要|规划|五年|年均")
# A paragraph about the one year (今年, the year's 主要预期目标)
_YEAR_PARAGRAPH_RE = re.compile(r"今年|本年|当年|主要预期目标|年度")
_LEAD_WINDOW = 40  # how far into a paragraph its lead is read


def choose_deadline(years: list[tuple[int, bool]], text: str, facts: DocFacts) -> int | None:
    """Which of a heading's goal years governs a paragraph under it.

    One year: that one. Several (“十五五”时期目标任务和2026年工作安排): a paragraph whose lead
    speaks of the plan period (十五五, 纲要, 年均) takes the period's end; one about the year
    (今年, 主要预期目标) or any other paragraph takes the single year, the document's year first."""
    if not years:
        return None
    if len(years) == 1:
        return years[0][0]
    periods = [y for y, is_period in years if is_period]
    singles = [y for y, is_period in years if not is_period]
    lead = text[:_LEAD_WINDOW]
    if periods and _PERIOD_PARAGRAPH_RE.search(lead) and not _YEAR_PARAGRAPH_RE.search(lead):
        return periods[0]
    if singles:
        return facts.year if facts.year in singles else singles[0]
    return years[0][0]


def is_review_heading(heading: str) -> bool | None:
    """True for a heading that reviews the past, False for one that announces goals, else None
    (a chapter that names both, 发展基础与总体要求, is not a pure review; `review.heading_verdict`)."""
    return heading_verdict(heading)


# ——车网互动初见成效。: a goal written as a dash item
_DASH_ITEM = re.compile(r"^\s*(?:\*\*)?(?:——|－－|--)")
# 到2025年 / 2025年前 in a lead paragraph; narrower than target_words.DEADLINE_RE, whose 截至2023年
# dates what was done, not the goals after it
_LEAD_DEADLINE = re.compile(r"(?:到|至)((?:19|20)\d\d)年(?:底|末)?|((?:19|20)\d\d)年(?:底|末)?前")
# “十五五”时期主要目标任务“十五五”时期在…: a lead about a five-year period, its heading run into it
_LEAD_PERIOD = re.compile(rf"^[一二三四五六七八九十]{{1,3}}、{FIVE_YEAR_RE.pattern}")


def deadline_line(text: str) -> int | None:
    """到2027年： / 到2025年，主要目标是： on a line of their own -> 2027/2025; 近期目标（2022－2025）：…
    opening a paragraph -> 2025 (the phase's end governs the paragraphs of that phase)."""
    m = DEADLINE_LINE_RE.match(text.strip())
    if m:
        return int(m.group(1) or m.group(2) or m.group(3))
    phase = _PHASE_LEAD_RE.match(text.strip())
    return int(phase.group(1)) if phase else None


def is_review_paragraph(text: str, facts: DocFacts) -> bool:
    """过去一年，… / ——这是…的五年 / 2024年，我们… (a year before the document's own) opens a review."""
    return review_lead(text, first_year(facts.start_year, facts.year))


# 建成使用, 投入运营, 建成通车, 全线贯通, 改造完成, 开学使用: a work reported finished
_WORK_DONE_RE = re.compile(
    r"(?:建成|完工)(?:并|后)?(?:投入|免费)?(?:使用|运营|运行|通车|开放|投用|投产)|投入(?:使用|运营)"
    r"|全线(?:贯通|通车)|(?<!确保)(?<!力争)(?:改造|建设|施工|整治)完成|开学使用|竣工(?:投用|验收)"
    # 还开发了…系列产品，建成了…基地，初步形成了…格局: what was made, told with 了
    r"|(?:建成|开发|形成|建立|打造|培育|引进|完成|实现)了"
)


# …指标分解一览表, …任务表（单位：万元）: a line that only names the table below it
_TABLE_CAPTION = re.compile(r"^\s*[^，。；！？,;]{2,60}表(?:[（(][^）)]{1,20}[）)])?\s*$")
# 三是…, （二）…, 2.…, 四、…: an item of a numbered list (one of a plan's tasks as often as a report)
_NUMBERED = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]"
    r"|[一二三四五六七八九十]{1,3}、)"
)


def _reports_works_done(text: str, first: int | None) -> bool:
    """旅游富民工程。投资3.2亿元,…建成使用;…投入运营;…: a paragraph that reports two or more works
    finished and looks nowhere ahead reports its year's work, figures and all. Not one whose
    clauses open on a year of the plan's own (2014年，开工建设…3个项目…建成通车…；2015年，… in
    a plan for 2014–2015: the works each year is to finish)."""
    done = {m.group(0) for m in _WORK_DONE_RE.finditer(text)}
    if len(done) < 2 or _AHEAD_RE.search(text):
        return False
    return not (first and any(int(y) >= first for y in _CLAUSE_YEAR.findall(text)))


_CLAUSE_YEAR = re.compile(r"(?:^|[。；;])\s*((?:19|20)\d\d)年[，,]")


def _past_preface(text: str) -> str:
    """The paragraph without a preface sentence that only says who reports, so that the lead
    after it (陈永高说，2025年是…的一年) is read as the paragraph's own."""
    m = _PREFACE.match(text)
    return text[m.end() :] if m else text


class ContextTracker:
    """Walks a document's paragraphs in order and says what governs each."""

    def __init__(self, facts: DocFacts) -> None:
        self.facts = facts
        self.first = first_year(facts.start_year, facts.year)
        self.periods_from = period_first(self.first, facts.end_year, facts.year)
        self._carried: int | None = None  # from a deadline line
        self._lead: tuple[tuple[str, ...], int] | None = None  # a paragraph's one deadline
        self._carried_path: tuple[str, ...] = ()
        self._year_path: tuple[str, ...] | None = None  # a passage about the report's year
        # a plain-line heading that says review or goals: (its text, its outline level, the path
        # above it); it governs what follows until a heading of its level or higher looks ahead
        self._plain: tuple[str, int, tuple[str, ...]] | None = None
        self._turned: tuple[str, ...] | None = None  # a review section whose text turned ahead
        self._review_from: tuple[str, ...] | None = None  # the headings of a review's lead
        self._year_to_date = False  # that lead reports the year so far (截止到11月末，…)
        self._allotting: tuple[str, ...] | None = None  # the path of a distribution's items
        self._listed_base: int | None = None  # the base year a list's lead named
        # the year a line that ends on ； stated: (its headings, the year), for the lines after it
        self._run_on: tuple[tuple[str, ...], int] | None = None
        self._reported = False  # a report that stated the period its figures cover
        self._verdicts: dict[str, bool | None] = {}
        self._years: dict[str, list[tuple[int, bool]]] = {}

    def verdict(self, heading: str) -> bool | None:
        """`review.heading_verdict`, once per heading."""
        if heading not in self._verdicts:
            self._verdicts[heading] = heading_verdict(heading, self.first)
        return self._verdicts[heading]

    def _states_goals(self, text: str) -> bool:
        """A paragraph that opens on goals (…的主要预期目标是：, 2015年预期目标显示,), of a year
        from the plan's first on when it names one."""
        lead = _GOALS_LEAD_RE.match(text)
        if lead is None:
            return False
        years = [int(y) for y in _YEAR_RE.findall(lead.group())]
        return not years or min(years) >= (self.first or 0)

    def _deadlines(self, heading: str) -> list[tuple[int, bool]]:
        if heading not in self._years:
            self._years[heading] = heading_deadlines(heading)
        return self._years[heading]

    def _after_lead(self, path: tuple[str, ...], text: str, deadline: int | None) -> int | None:
        """到2025年，…取得重要进展。 then ——车网互动初见成效。…: the dash items after a paragraph
        with one deadline are that deadline's goals (until a paragraph that is no dash item)."""
        if _DASH_ITEM.match(text):
            lead = self._lead
            return lead[1] if deadline is None and lead and lead[0] == path else deadline
        years = {int(a or b) for a, b in _LEAD_DEADLINE.findall(text)}
        period = _LEAD_PERIOD.match(text)
        if period and period.group(2) in ("时期", "期间") and not years:
            years = {five_year_end(period.group(1))}
        self._lead = (path, years.pop()) if len(years) == 1 else None
        return deadline

    def _year_passage(self, path: tuple[str, ...], text: str, deadline: int | None) -> int | None:
        """In a one-year report, a paragraph about the year (今年…主要预期目标) under a heading
        that names the five-year period, and the task paragraphs after it under that heading,
        are due that year; a paragraph whose lead is about the period keeps the period's end."""
        year = self.facts.year
        one_year = year is not None and self.facts.start_year == self.facts.end_year == year
        if year is None or not one_year or deadline is None or deadline <= year:
            return deadline
        lead = text[:_LEAD_WINDOW]
        own_year = f"{year}年" in lead or "今年" in lead or "本年" in lead
        about_year = own_year or bool(_YEAR_PARAGRAPH_RE.search(lead))
        if about_year and not own_year and PERIOD_NAME_RE.search(lead):
            about_year = False  # “十五五”时期的主要预期目标是：… the period's goals, not the year's
        if about_year:
            self._year_path = path
        elif self._year_path != path or _PERIOD_PARAGRAPH_RE.search(lead):
            return deadline
        return year

    def _governing(self, path: tuple[str, ...], text: str) -> list[str]:
        """The headings over a paragraph, outermost first, the plain-line heading in its place.

        A plain heading ends where the path above it changes, or at a heading of its own level
        that looks ahead; a new plain heading that says review or goals replaces it."""
        plain = self._plain
        if plain is not None:
            _, level, above = plain
            if path[:level] != above or (len(path) > level and self.verdict(path[level]) is False):
                plain = None
        verdict = self.verdict(text) if plain_heading(text) else None
        # (a table's caption names its year: it governs no review, 2024年度…绩效目标表 dates it)
        if verdict is not None and not (verdict and _TABLE_CAPTION.match(text)):
            plain = (text, len(path), path)
        self._plain = plain
        if plain is None:
            return list(path)
        return [*path[: plain[1]], plain[0], *path[plain[1] :]]

    def _years_ahead_line(self, text: str) -> int | None:
        """今后五年的重点目标 on a line of its own: the years from the document's own (a plain line
        with a year of its own, 2017年主要工作, ends what such a line carried)."""
        line = text.strip()
        if self.facts.year and _YEARS_AHEAD_LINE_RE.match(line):
            ahead = RELATIVE_RE.match(line)  # its 今后N年: the years from the document's own
            return relative_year(ahead, self.facts) if ahead else None
        if self._carried is not None and plain_heading(text):
            return heading_deadline(text)
        return None

    def enter(self, headings: list[str], text: str) -> ParagraphContext:
        """The context of a paragraph under `headings` (outermost first) with body `text`."""
        path = tuple(headings)
        if path != self._carried_path:
            self._carried = None
        governing = self._governing(path, text)
        review = False
        for heading in reversed(governing):
            verdict = self.verdict(heading)
            if verdict is not None:
                review = verdict
                break
        turned = review  # a review heading's section, unless the paragraph turns it ahead
        if review:
            # the paragraphs after one that turned to the years ahead are no review
            section = tuple(governing)
            if self._turned == section:
                review = False
            elif self._states_goals(text):
                self._turned, review = section, False
            elif _TURNS_AHEAD_RE.search(text):
                self._turned = section
        deadline = None
        for heading in reversed(governing):
            deadline = choose_deadline(self._deadlines(heading), text, self.facts)
            if deadline:
                break
        if turned and not review and deadline and self.first and deadline < self.first:
            # 2014年西藏粮食产量创新高 over 2015年预期目标显示,…: a review heading's year is no
            # deadline of the goals under it
            deadline = None
        deadline = self._year_passage(path, text, deadline)
        if self._carried is not None:
            deadline = self._carried
        line_deadline = deadline_line(text) or self._years_ahead_line(text)
        if line_deadline is not None:
            self._carried, self._carried_path = line_deadline, path
            deadline = line_deadline
        deadline = self._after_lead(path, text, deadline)
        deadline = self._run_on_year(path, text, deadline)
        # (浦东新区2007年养老服务实事项目指标分解一览表: a table's caption names its year, it does not
        # report it)
        caption = _TABLE_CAPTION.match(text) is not None
        lead = not caption and review_lead(_past_preface(text), self.first, self.periods_from)
        # 1、2018年，…列入…2个: an item of a progress report that opens with a past year reports it
        progress = review and not lead and any(PROGRESS_HEADING.search(h) for h in governing)
        # 报告指出，一年来… then 民生福祉保障有力。…占比73.9%: the paragraphs after a review's lead
        # under the same headings go on reviewing until one looks ahead
        carried = (
            not lead
            and not review
            and self._review_from == path
            and text.strip() != ""  # a table (its node holds no text) reports its own years
            and "\t" not in text
            and not self._turns_ahead(text, self._year_to_date)
        )
        # a lead in words (过去一年, …取得历史性成就) or a past year (2024年，周口…) opens such a
        # review; the state as of a past year (截止2020年末，现状加油站402座) does not
        opens = lead and not _AS_OF_RE.match(text)
        # 报告显示，2023年鄂州市…, a paragraph that looks nowhere ahead: the year's account goes on in
        # the paragraphs after it
        opens = opens or (
            not review and not carried and not caption and self._reported_before(text)
        )
        # 旅游富民工程。…建成使用;…投入运营 then 城建惠民工程。投资2.5亿元,改造老旧小区22个;…: the
        # paragraphs after one that reported works done go on reporting until one looks ahead
        works = not review and not carried and _reports_works_done(text, self.first)
        self._review_from = (
            path if opens or carried or (works and not _NUMBERED.match(text)) else None
        )
        if opens:
            self._year_to_date = YEAR_TO_DATE_RE.search(text[: _LEAD_WINDOW * 2]) is not None
        elif not carried:
            self._year_to_date = False
        # (the report's own period is noted first: a review heading may be over its statement)
        reported = self._reports_its_period(text)
        review = review or lead or carried or reported or opens or works
        criteria = any(CRITERIA_HEADING.search(h) for h in path)
        # the innermost heading only: 第三章 需求预测 may hold a 第二节 …发展规划
        forecast = bool(path and FORECAST_HEADING.match(path[-1]))
        allocation = self._allotted(path, text)
        base_year = self._listed_base_year(text)
        return ParagraphContext(
            self.facts,
            deadline,
            review,
            progress,
            criteria,
            forecast,
            allocation,
            review and self._year_to_date,
            base_year,
        )

    def _run_on_year(self, path: tuple[str, ...], text: str, deadline: int | None) -> int | None:
        """今年东城要完成…搬迁； then 要拆除存量违法建设4.5万平方米；: a line that ends on ； goes on
        in the next line, and the year its sentence stated (今年, 2016年，) still governs there,
        until a line ends on 。"""
        run_on, self._run_on = self._run_on, None
        carried = run_on[1] if run_on is not None and run_on[0] == path else None
        if carried is not None:
            deadline = carried
        if not text.rstrip().endswith(("；", ";")):
            return deadline
        stated = [self._stated_year(m) for m in _RUN_ON_YEAR_RE.finditer(text)]
        year = next((y for y in reversed(stated) if y is not None), carried)
        if year is not None:
            self._run_on = (path, year)
        return deadline

    def _stated_year(self, m: re.Match[str]) -> int | None:
        """The year a clause opens on (今年, 2016年，), from the plan's first on."""
        year = self.facts.year if m.group("this") else int(m.group("year"))
        return year if year and self.first and year >= self.first else None

    def _reports_its_period(self, text: str) -> bool:
        """From the paragraph that states the period a report's figures cover (报告数据统计期限为
        2025年1月1日至2025年12月31日) on, every paragraph reports it, unless it looks ahead."""
        self._reported = self._reported or _REPORTED_PERIOD_RE.search(text) is not None
        return self._reported and _REPORT_AHEAD_RE.search(text) is None

    def _reported_before(self, text: str) -> bool:
        """报告显示，2023年鄂州市…: a report's account of a year before the plan's, nothing ahead
        (not …。2016年，区政府将继续…: the plan's own year named after it)."""
        if not reported_year_before(text, 0, len(text), self.first, self.periods_from):
            return False
        return all(int(y) < (self.first or 0) for y in _YEAR_RE.findall(text))

    def _turns_ahead(self, text: str, year_to_date: bool = False) -> bool:
        """Words of the year ahead or a year from the plan's first on end a carried review (not
        the review's own estimate for the year it ends on: 预计提升到2025年的1255亿元, nor the 今年
        of a report of the year so far: 截止到11月末，… then 今年，全省新增…)."""
        probe = _QUOTED_NAME_RE.sub("", _DONE_TASK_RE.sub("", _ESTIMATE_RE.sub("", text)))
        if year_to_date:
            probe = probe.replace("今年", "")
        return _AHEAD_RE.search(probe) is not None or self._names_a_year_ahead(probe, year_to_date)

    def _names_a_year_ahead(self, text: str, after_first: bool = False) -> bool:
        """2028年，公共充电桩达到2万个: a year from the plan's first on names what lies ahead (in a
        report of the year so far, a year after the plan's first)."""
        first = self.first
        if first is None:
            return False
        return any(int(y) >= first + after_first for y in _YEAR_RE.findall(text))

    def _listed_base_year(self, text: str) -> int | None:
        """The base year of an item of a list whose lead said 比一九五二年…如下列：; the first
        paragraph that is no item ends the list."""
        listed = self._listed_base if LIST_ITEM_RE.match(text) else None
        lead = BASE_LIST_LEAD_RE.search(text)
        self._listed_base = cn_number(lead.group(1)) if lead else listed
        return listed

    def _allotted(self, path: tuple[str, ...], text: str) -> bool:
        """An item of a distribution a paragraph before opened (…5，000亿元的分配如下：) — a
        paragraph under it that opens with 其中 or a list mark; the first other one ends it."""
        allotting, self._allotting = self._allotting, None
        item = allotting is not None and path[: len(allotting)] == allotting
        item = item and ALLOCATION_ITEM_RE.match(text) is not None
        if item or ALLOCATION_LEAD_RE.search(text):
            self._allotting = allotting if item else path
        return item


# 1.约束性指标。 / （二）预期性指标: a heading that says whether the indicators under it bind
_BINDING_HEADING = re.compile(
    r"^[\s（(]?[一二三四五六七八九十\d]{0,2}[)）、.．]?\s*(约束性|预期性)指标[。：:]?$"
)


def bound_by_heading(targets: list[Target], headings: list[str]) -> None:
    """The 属性 a list's heading gives its targets (1.约束性指标。 over ⑴耕地保有量保持在6120万亩):
    约束性 binds, 预期性 does not; the innermost such heading decides."""
    if not targets:
        return
    for heading in reversed(headings):
        m = _BINDING_HEADING.match(heading.strip())
        if m:
            for t in targets:
                if t.binding is None:
                    t.binding = row_binding(m.group(1))
            return
