"""Where a paragraph's deadline phrases stand: 到2027年, 2028年前, a leading 2027年，, 今年, 明年, “十四五”末,
3年内, a place and its past year (甘肃2014年新建…), the day things stood (截至今年4月底) — read once per
paragraph, used per sentence; and the deadline a sentence's lead (到2025年，…) or a goal set for the
plan's year (2010年…目标为13%) hands on to the sentences after it."""

from __future__ import annotations

import re
from itertools import pairwise

from plantrack.parse import review
from plantrack.parse import target_words as vocab
from plantrack.parse.context import (
    RELATIVE_RE,
    relative_year,
)
from plantrack.parse.found import Scan
from plantrack.parse.past_scan import (
    first_year_of,
    within,
)


def deadlines_of(scan: Scan) -> list[tuple[int, int, bool]]:
    """(position, year, past) of every deadline phrase in the paragraph: 到2027年, 2028年前, a
    leading 2027年，, 今年, 明年, “十四五”末, 3年内, 二〇三五年 — read once, used per sentence."""
    text, facts = scan.text, scan.context.facts
    first = first_year_of(scan)
    out: list[tuple[int, int, bool]] = []
    if "截至" in text or "月" in text:  # 截至今年4月底，装机规模近200万千瓦: the state now
        now = facts.year or first or scan.end_year or 0
        out.extend((m.end() - 1, now, True) for m in _AS_OF_NOW.finditer(text))
    if "年" not in text and "五" not in text and "世纪" not in text and "月" not in text:
        return out  # every deadline phrase holds 年, but “十四五”末, 本世纪末, 12月15日前 (speed)
    dated = vocab.YEAR_RE.search(text) is not None  # every deadline phrase holds 20XX年 (speed)
    for m in vocab.DEADLINE_RE.finditer(text) if dated else ():
        year = int(next(g for g in m.groups() if g))
        led = not (m.group(1) or m.group(2))  # a year that leads its clause, measure or value
        # 2025年，全市…达到… in a plan from 2026 (or ending 2030): a figure of the past; so is
        # 增长到2020年 in a plan for 2021–2025 (a plan sets no target before its own start)
        if first:
            past = year < first and (led or facts.start_year is not None)
        else:
            past = led and bool(scan.end_year) and year <= scan.end_year - 5
        out.append((m.start(), year, past))
    if dated and first is not None:
        for m in _FIRST_TIME_IN.finditer(text):
            year = int(m.group(1) or m.group(2))
            if year < first:  # 其中2024年首次突破1.4万亿斤: what a past year saw
                out.append((m.start(), year, True))
        for m in _PLACE_YEAR_DONE.finditer(text):
            # 甘肃2014年新建农村公路突破1万公里: what a place did; 全市2027年建成…: by 2027
            out.append((m.start(1), int(m.group(1)), int(m.group(1)) < first))
    if "开局之年" in text:
        for m in _OPENING_YEAR.finditer(text):  # 2026开局之年，…: that year's measures
            year = int(m.group(1))
            out.append((m.start(1), year, bool(first and year < first)))
    if vocab.RELATIVE_HINT_RE.search(text):
        for m in RELATIVE_RE.finditer(text):
            relative = relative_year(m, facts)
            if relative and not vocab.YEAR_AS_NAME_RE.match(text, m.end()):
                out.append(
                    (m.start(), relative, bool(first and relative < first))
                )  # 去年: the past
    if "《" in text:
        # 《…第十四个五年规划和二〇三五年远景目标纲要》: a year a title names dates nothing
        titles = [m.span() for m in _TITLE.finditer(text)]
        out = [d for d in out if not any(a < d[0] < b for a, b in titles)]
    out.sort()
    return out


_TITLE = re.compile(r"《[^《》]{1,80}》")


# 2026开局之年，…, 2026年是“十五五”开局之年，…: the first year of a period, named as such
_OPENING_YEAR = re.compile(
    r"(?:^|(?<=[，。；！\n]))\s*((?:19|20)\d\d)年?(?:是|作为|为)?[^，。；\d]{0,12}?开局之年"
)


# 截至今年4月, 截至目前, 今年1—8月: the state of things when the text was written (the year so
# far), not a target
# (市财政1至11月用于民生的支出: the months so far without 今年, but not a year's months, 2025年1-6月)
_AS_OF_NOW = re.compile(
    rf"截至(?:今年\d{{1,2}}月|目前|当前|本月|上月)(?:底|末|份)?"
    # 截至3月末，全市实现城镇新增就业9.53万人: this year's months so far, the year left unsaid
    # (not 确保截至6月底…: a date to meet)
    rf"|(?<!力争)(?<!确保)(?<!争取)截[至止]\d{{1,2}}月(?:底|末|份)?(?=[，,])"
    rf"|(?:今年|(?<![\d年月日.\-—–~至/])){vocab.MONTHS_SO_FAR}"
)


# 其中2024年首次突破…, 2023年已达到…, 在2009年为…: a year and what happened in it (for the first
# time, already, or as it stood)
_FIRST_TIME_IN = re.compile(
    r"((?:19|20)\d\d)年(?:全年|底|末)?(?=首次|首度|已经|已)"
    r"|(?<=在)((?:19|20)\d\d)年(?:底|末)?(?=为|是)"  # 这一比重在2009年为5.4%: what that year saw
)


# 甘肃2014年新建…, 我省2023年完成…: a place, a year and the work done in it (not 比2020年, 较…)
_PLACE_YEAR_DONE = re.compile(
    r"(?:^|(?<=[，,。；;！？]))(?:[\u4e00-\u9fff]{1,4}[省市县区州旗]|全[省市县区国]|我[省市县区国]|本[省市县区]"
    r"|[\u4e00-\u9fff]{2,3}(?<![比较由从于在至到以同与和及为是占截止]))"
    r"((?:19|20)\d\d)年(?:全年(?=[\u4e00-\u9fff])"  # 深圳2021年全年地区生产总值3.07万亿元
    r"|(?:全年|底|末)?(?=新建|新增|完成|实现|建成|改造|开工|累计|共|接待|引进|培训|发放"
    r"|[\u4e00-\u9fff]{0,4}投资"  # 兴仁2011年水利建设投资9600万: what a place spent
    r"|[\u4e00-\u9fff]{2,16}?任务为"  # 湖南2014年城镇保障性安居工程建设任务为44.16万套: that year's
    # 天津2014年温室大棚蔬菜产量超362万吨: a place, a year, a measure and the figure it reached
    r"|[\u4e00-\u9fff]{2,12}?(?:超过?|达到?|突破)\d))"
)


def lead_deadline(
    scan: Scan, s0: int, s1: int, deadlines: list[tuple[int, int, bool]] | None = None
) -> None:
    """到2025年，… opening a sentence governs the sentences after it in its paragraph."""
    if deadlines is None:
        if not scan.deadlines:
            return
        deadlines = within(scan.deadlines, scan.deadline_at, max(0, s0 - 1), s1)
    if deadlines and vocab.LEAD_DEADLINE_RE.match(scan.text, s0, s1):
        # 2023年…赶上全国水平，2024年超过…，2025年如期实现…目标: staged years, the last governs on
        last = deadlines[-1] if _staged(deadlines) else deadlines[0]
        scan.deadline, scan.past = last[1], last[2]
    elif scan.past and deadlines and not deadlines[-1][2] and _GOAL_SET.search(scan.text, s0, s1):
        # 2009年预计…。据此，…明确提出，2010年我市经济增长目标为13%。为实现…: the year the goal is
        # set for turns the paragraph ahead
        scan.deadline, scan.past = deadlines[-1][1], False
    elif scan.past and vocab.PROJECTS_DECIDED_RE.search(scan.text, s0, s1):
        # 2022年10月下旬开始，…征集意见。…最终确定了30项重点民生实事项目。具体为：… the story of
        # how the year's projects were chosen ends in them: no longer the past
        scan.deadline, scan.past = scan.context.deadline, False


_GOAL_SET = re.compile(review.GOAL_SAID)


def _staged(deadlines: list[tuple[int, int, bool]]) -> bool:
    """Three or more years, each later than the one before: the stages of one goal."""
    years = [y for _, y, _ in deadlines]
    return len(years) >= 3 and all(a < b for a, b in pairwise(years))
