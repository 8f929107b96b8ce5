"""What a whole sentence says about the values its clauses found (`targets._sentence` calls these
after its clauses): the deadline a value falls under, a forecast's list, progress against the
year's plan, the items of a distribution, a value the items listed after it share, a list of
years that dates each value, and the base year a sentence opens on."""

from __future__ import annotations

import re

from plantrack.parse import review
from plantrack.parse import target_words as vocab
from plantrack.parse.context import ALLOCATION_LEAD_RE
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.found import Found, Scan
from plantrack.parse.listed_after import items_sharing_a_value
from plantrack.parse.past_scan import first_year_of
from plantrack.parse.quantity import Quantity
from plantrack.read.headings import cn_number

# 拿几项…的一九五四年预计产量来同一九四九年比较一下，…：电力一百零八亿度…: a list of forecasts
_FORECAST_LIST = re.compile(r"预计[^。：:；]{0,40}[：:]")
_AIMED = re.compile(review.AIM_WORDS)  # not the 要 of 重要


def deadline_at(
    scan: Scan, deadlines: list[tuple[int, int, bool]], pos: int
) -> tuple[int | None, bool]:
    """(deadline, past) of a value at `pos`: the last deadline phrase before it in the sentence,
    else the paragraph's deadline or the plan's end."""
    deadline, past = scan.deadline or scan.end_year or None, scan.past
    for p, y, was in deadlines:
        if p <= pos:
            if _ground_before(scan.text, p, pos):
                continue
            deadline, past = y, was
        elif (
            (scan.text.startswith(_WITHIN_THIS_YEAR, p) or _DONE_BY_AFTER.match(scan.text, p))
            and p - pos <= _AFTER_REACH
            and not _CLAUSE_BREAK.search(scan.text, pos, p)
        ):
            # 13个抽水蓄能电站今年内全部核准启动建设, 10个万吨级泊位在年底建成, 4个高速公路项目2009年底
            # 建成通车: the time right after the value, in its clause
            return y, was
    return deadline, past


def _ground_before(text: str, p: int, pos: int) -> bool:
    """在去年建设166座城际快充站的基础上，计划建设22座…: a year in the ground a goal stands on
    dates that clause only."""
    end = _CLAUSE_BREAK.search(text, p, pos)
    return end is not None and text.endswith("基础上", 0, end.start())


_AFTER_REACH = 16  # characters from a value to 今年内 or 年底建成 after it that still dates it
_WITHIN_THIS_YEAR = ("今年内", "本年内", "今年年内")
# 10个万吨级泊位在年底建成, …今年底建成, …2009年底建成通车: the end of a year right after the things
# counted, the work that finishes them after it
_DONE_BY_AFTER = re.compile(rf"(?:(?:19|20)\d\d|[今明本当])?年(?:底|末){vocab.DONE_BY_YEAR_END}")
_CLAUSE_BREAK = re.compile(r"[，。；：,;:（(、！？\n]")


def forecast_list(scan: Scan, s0: int, s1: int, start: int) -> None:
    """…的一九五四年预计产量…，可以看到…：电力一百零八亿度…: the figures a forecast's colon opens
    are forecasts, unless an aim word leads them (今年要确保…)."""
    text, found = scan.text, scan.found
    forecast = _FORECAST_LIST.search(text, s0, s1) if len(found) > start else None
    if forecast is None or _AIMED.search(text, s0, forecast.end()):
        return
    for f in [f for f in found[start:] if f.pos >= forecast.end()]:
        scan.ex.add(text, f.pos, f.pos + 1, False, "a figure of a forecast's list (…预计产量…：)")
        found.remove(f)


# 预计到2025年，福州市汽车保有量为188万辆: a sentence that opens on 预计 foresees how many vehicles
# people will own; the plan sets no such figure (not 预计建设公用充电桩14288个: the plan's work)
_FORESEEN = re.compile(r"\s*预计")
_STOCK_OWNED = "保有量"


def foreseen_stock(scan: Scan, s0: int, start: int) -> None:
    """A forecast of a stock people own (预计…汽车保有量为188万辆) is not a target."""
    text, found = scan.text, scan.found
    if len(found) == start or _FORESEEN.match(text, s0) is None:
        return
    for f in [f for f in found[start:] if _STOCK_OWNED in f.metric]:
        scan.ex.add(text, f.pos, f.pos + 1, False, "a forecast of a stock owned (预计…保有量)")
        found.remove(f)


def drop_sentence(scan: Scan, start: int, reason: str) -> None:
    """Take back every figure the sentence found (from `start` on), each with `reason`."""
    for f in scan.found[start:]:
        scan.ex.add(scan.text, f.pos, f.pos + 1, False, reason)
    del scan.found[start:]


# 专家表示，…我国人群健康预期寿命为69.4岁; 数据显示：美国人均期望寿命为78.5岁: facts someone
# reports (an aim, a deadline or a year ahead in the sentence makes it a goal again)
_REPORTED = scan_first_chars(
    re.compile(
        r"(?:专家|学者|研究|数据|统计|调查|监测)(?:表示|显示|指出|认为|表明)|据(?:最新)?(?:统计|测算|调查)"
        # 根据2021年上半年武汉经济数据，…: a period's figures, cited
        r"|(?<![^，。；：\s])(?:根据|据)[^，。；！？]{2,30}?数据[，,]"
        # 根据赛迪顾问…发布的《2021中国数字经济城市发展白皮书》，…: a study's findings, cited
        r"|(?<![^，。；：\s])(?:根据|据)[^，。；！？]{0,40}?《[^》]{2,40}(?:白皮书|蓝皮书|报告|公报|年鉴)》"
        # 比去年同期增长28.6%, 从去年同期的6360亿元升至…: a period measured against the same one before
        r"|[比较与从](?:去年|上年|(?:19|20)\d\d年)同期"
        # 深圳GDP首次超过三万亿: a mark passed for the first time (not 力争…首次突破: an aim)
        r"|首次(?:超过|突破|跨越|迈上|站上|跃上|跻身)"
        # 武汉一年内就举办28场…推广会: so much done in so short a time (not 年内就业: a word)
        r"|[年月](?:内|来|间)就(?!业|医|学|近|地|餐|诊|读|位|是)"
    )
)
# 开学季，广西共有83所新建中小学幼儿园投入使用，新增学位达3万个: how many came into use (a count
# of what is there now, and the figures that go with it)
_IN_USE_NOW = re.compile(r"共有\d[^，。；,]{0,24}(?:投入使用|建成投用|建成使用)(?=[，。；,])")
_AHEAD = re.compile(rf"{review.AIM_WORDS}|努力|将|到(?:19|20)\d\d年|(?:19|20)\d\d年(?:前|底|末)")


def reported_facts(scan: Scan, s0: int, s1: int, start: int) -> None:
    """A sentence that opens by saying who reports what (专家表示, 数据显示), or counts what came
    into use (共有83所…投入使用), and looks nowhere ahead states facts: none of its figures is a
    target."""
    text, found = scan.text, scan.found
    if len(found) == start:
        return
    if _REPORTED.search(text, s0, found[start].pos):
        reason = "a fact someone reports (专家表示, 数据显示)"
    elif _IN_USE_NOW.search(text, s0, s1):
        reason = "what came into use (共有83所…投入使用)"
    else:
        return
    if _AHEAD.search(text, s0, s1) is None:
        drop_sentence(scan, start, reason)


def against_the_plan(scan: Scan, s0: int, s1: int, start: int) -> None:
    """A sentence that measures what was done against the year's plan (…，比年度计划高20.3个
    百分点) reports progress: none of its figures is a target."""
    text, found = scan.text, scan.found
    if len(found) == start or review.AGAINST_PLAN_RE.search(text, s0, s1) is None:
        return
    drop_sentence(scan, start, "progress against the plan (比年度计划高…)")


def allocated(scan: Scan, start: int) -> None:
    """…5，000亿元的分配如下：能源工业1，176.6亿元…: the money after a distribution's lead, and in
    the items below it, is allotted from a total, not a target (the total before it is one)."""
    text, found = scan.text, scan.found
    if len(found) == start:
        return
    if scan.context.allocation:
        after = 0
    else:
        lead = ALLOCATION_LEAD_RE.search(text, 0, found[-1].pos)
        if lead is None:
            return
        after = lead.end()
    for f in [f for f in found[start:] if f.pos >= after and _allotted(f)]:
        scan.ex.add(text, f.pos, f.pos + 1, False, "money a distribution allots (…的分配如下：)")
        found.remove(f)


def _allotted(f: Found) -> bool:
    """Money allotted, or its share of the total (工业部门为313.2亿元，占百分之40.9)."""
    money = vocab.MONEY_UNIT_RE.search(f.unit or "") is not None
    # 占财政总支出的27.9%, and its change from the period before (比“五五”时期的4.9%提高1.8%)
    return money or (f.unit in ("%", "‰") and "占" in f.metric and "比重" not in f.metric)


def listed_after(
    scan: Scan,
    s0: int,
    s1: int,
    sq: list[Quantity],
    start: int,
    deadlines: list[tuple[int, int, bool]],
) -> None:
    """产量将增长百分之五十以上的有生铁、钢…等十七种: the value each listed item reaches, in
    place of what the clauses read there (the 十七种 counts the list)."""
    listed = items_sharing_a_value(scan.text, s0, s1, sq)
    if not listed:
        return
    a, b = listed[0].span
    scan.found[start:] = [f for f in scan.found[start:] if not a <= f.pos < b]
    deadline, past = deadline_at(scan, deadlines, listed[0].pos)
    if past:
        return
    for f in listed:
        f.deadline = deadline
    scan.found.extend(listed)
    scan.ex.add(scan.text, a, a + 1, True, f"one value for {len(listed)} items listed after it")


# 2025、2030年…分别达到137、165亿立方米: a list of years, one for each value of the sentence
# (opening with a literal, so that the engine skips by a character set: speed)
_YEAR_LIST = re.compile(r"20\d\d年?[、和及](?:20\d\d年?[、和及])*20\d\d年")


def year_list(scan: Scan, s0: int, s1: int, values: list[Found]) -> None:
    """Give the values of a sentence that opens with a list of years each its own year, in
    order, when there are as many values after the list as years in it (all of the plan's)."""
    if not values:
        return
    m = _YEAR_LIST.search(scan.text, s0, s1)
    if not m:
        return
    years = [int(y) for y in re.findall(r"20\d\d", m.group(0))]
    first = first_year_of(scan)
    after = [f for f in values if f.pos >= m.end()]
    if len(after) != len(years) or (first and min(years) < first):
        return
    for f, year in zip(after, years, strict=True):
        f.deadline = year


# 与2023年相比，吨钢综合能耗降低2%左右: a sentence that opens on the base year of its changes
_BASE_LEAD = scan_first_chars(
    re.compile(
        rf"\s*(?:与|同|和)((?:19|20)\d\d|{vocab.CN_YEAR})年(?:底|末)?(?:相比|比较)[，,]"
        rf"|\s*(?:比|较)((?:19|20)\d\d|{vocab.CN_YEAR})年(?:底|末)?[，,]"
    )
)
_CHANGED = re.compile(r"(?:提高|降低|下降|增长|减少|提升|增加|缩小|压减|削减|压缩)$")


def _awaits_base_year(f: Found) -> bool:
    """A change (增长, 下降 …) with a value and no base year of its own yet."""
    return f.value is not None and f.baseline_year is None and _CHANGED.search(f.metric) is not None


def listed_base_year(year: int | None, found: list[Found]) -> None:
    """粮食：达到…，增长百分之十七点六 under a lead 比一九五二年增长的情况如下列：: each change of
    the item is on the lead's year."""
    if year is None:
        return
    for f in found:
        if _awaits_base_year(f):
            f.baseline_year = year


# 细颗粒物浓度下降: the measure and change two targets of one sentence share (at least this long)
_SHARED_CHANGE = 6


def shared_base_year(found: list[Found]) -> None:
    """石家庄…的细颗粒物浓度比2012年下降33%，邢台、邯郸细颗粒物浓度下降30%: a later change of the
    same measure in the same unit is on the base year of the first."""
    for i, f in enumerate(found):
        if not _awaits_base_year(f) or f.kind == "annual":
            continue  # 平均每年增长: a yearly pace has no base year to share
        for g in found[:i]:
            if (
                g.baseline_year is not None
                and g.unit == f.unit
                and len(f.metric) >= _SHARED_CHANGE
                and g.metric.endswith(f.metric[-_SHARED_CHANGE:])
            ):
                f.baseline_year = g.baseline_year
                break


def lead_base_year(text: str, s0: int, s1: int, found: list[Found]) -> None:
    """与2023年相比，… as a clause of its own (opening the sentence, or after ， or ；): the base
    year of each change set after it up to the next ；."""
    if not found or (text.find("比", s0, s1) < 0 and text.find("较", s0, s1) < 0):
        return  # nothing to date, or no 比/较 for _BASE_LEAD (its leading \s* defeats the prefix scan)
    for m in _BASE_LEAD.finditer(text, s0, s1):
        if m.start() != s0 and text[m.start() - 1] not in "；;，,":
            continue
        ends = (text.find(mark, m.end(), s1) for mark in "；;")
        end = min((k for k in ends if k >= 0), default=s1)
        year = cn_number(m.group(1) or m.group(2))
        for f in found:
            if m.end() <= f.pos < end and _awaits_base_year(f):
                f.baseline_year = year


# 地区生产总值同比增长2.9%: a figure measured against the same time of the year before
_YEAR_ON_YEAR = re.compile(r"同比|比上年同期|较上年同期")
# 1地区生产总值 / …委地区生产总值: the indicator named again when the two end alike in this many
# characters at least (工业投资); shorter endings name too little to match on
_SUBJECT_MIN = 4


def progress_of_a_task(scan: Scan, s0: int, start: int) -> None:
    """A sentence after the one that set a paragraph's target that names the same indicator with
    a year-on-year change (1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。) tells the
    progress made on it: none of its figures is a target."""
    text, found = scan.text, scan.found
    if start == 0 or len(found) == start:
        return
    here = found[start].pos
    on = _YEAR_ON_YEAR.search(text, s0, here)
    if on is None:
        return
    said = text[s0 : on.start()]
    named = (f.subject[-_SUBJECT_MIN:] for f in found[:start] if len(f.subject) >= _SUBJECT_MIN)
    if any(said.endswith(ending) for ending in named):
        drop_sentence(scan, start, "the progress made on the task the paragraph set (同比)")
