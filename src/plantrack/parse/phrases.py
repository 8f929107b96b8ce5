"""The phrase around a number: its metric, verb and kind words (the vocabulary of the grammar).

`read_head` splits the text before a number into metric, measure verb (达到/超过/控制在 …) and kind
words (累计, 每年, 年均, 新增 …); the helpers cut leading connectives and trailing particles, split
and complete 、 lists, and find a metric written after its number. Data only comes from
`target_words` (imported as `vocab`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from plantrack.parse import target_words as vocab
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.numbers import find_quantities
from plantrack.parse.quantity import LIST_JOIN_CHARS
from plantrack.read.headings import cn_number


class ClauseMemory(Protocol):
    """What `elided` reads of the clause before (clause.ClauseState)."""

    subject: str
    clause: str


MAX_METRIC = 60
MAX_PRE = 200  # text before a number that can hold its metric (a clause may be 20,000 chars)


@dataclass(slots=True)
class Head:
    """What the text before a quantity says: its metric and verb."""

    metric: str
    verb: str | None
    kind: str | None
    lead_verb: bool
    base_year: int | None
    verb_word: str | None = None  # the creation/increment verb that was stripped
    priced: bool = False  # the text before named only the prices the figure is in (按1995年价)

    @property
    def work_verb(self) -> str | None:
        """The work verb the text opens with (新开工2个, 建成2个), if any: the item's own verb."""
        return self.verb_word if self.lead_verb else None


_YEARLY_WORK = re.compile(r"(?:年均|每年)(?:新增|新建|增加|更新|建成|建设|完成|改造|培育)$")
# 年培训2万人次以上: 年 (not a year's 2025年) right before the work is 每年
_YEARLY_DOING = re.compile(
    r"(?<![\d〇零一二三四五六七八九十今明去当全上本])年(?:培训|举办|开展|接待|新增)$"
)
# 火灾事故年平均发生率, 年均养护工程比例: a rate over each year (年均浓度, 年均停电时间 are levels)
_YEARLY_RATE = re.compile(
    r"(?:年均|年平均)(?!浓度|停电)[^，。；]*?(?:率|比例|比重|速度|增幅|涨幅)$"
)
# 五年内大学毕业生共150万人, 五年合计，财政总支出6098亿元: a sum over the plan's years
_PERIOD_SUM = scan_first_chars(
    re.compile(
        r"(?<![\d〇○零一二两三四五六七八九十])(?:[一二两三四五六七八九十]|\d{1,2})年(?:内|间|中|里)?"
        r"[^。；\d]{0,30}?(?:总共|共计|合计|(?<![公中])共(?![享同建青治有性识赢商担]))[^。；\d]{0,16}$"
    )
)
# 按1990年不变价计算, (按1995年价, 以现价计: the prices a figure is counted in, no indicator
_PRICE_BASIS = re.compile(
    r"[（(]?(?:按|以)(?:照)?(?:(?:19|20)\d\d年)?(?:不变价格?|可比价格?|现价|价格?|年价)(?:计算|计)?$"
)
_FIGURE_OPENING = re.compile(r"(?:约|超过|达到|为)?\d")
# name no indicator without their verb (建设总规模为485万千瓦, 建成投产232万千瓦)
_GENERIC_NOUNS = ("项目", "工程", "重大项目", "重点项目", "规模", "总规模", "投产")
# nouns that open with an action verb: 建设用地总规模, 建成区绿化覆盖率, 计划完成投资120.9亿元
_VERB_LIKE_NOUNS = ("建设用地", "建成区", "完成投资")


# 通过实施, 实施, 推进: the carrying out of what the verb after it names; 再 (在…的基础上再新增…:
# more of the new)
_CARRY_OUT = re.compile(
    r"(?:通过)?(?:实施|推进|开展)|通过|(?P<base>在?20\d\d年(?:底|末)?的?基础上)?[，,]?再"
)


# 城乡将, 各地要, 本市拟: a short scope and the future before a new-thing verb
_SCOPE_WILL = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:将|要|拟)")


def strip_lead(text: str, keep_done: bool = False) -> tuple[str, str | None, bool, str | None]:
    """Drop connectives, deadline phrases and kind adverbs at the start; then at most one verb.

    Returns (rest, kind, had_verb, verb)."""
    kind: str | None = None
    while text:
        bylined = text.find("讯", 0, 24) >= 0 or text.find("电", 0, 24) >= 0
        m = (vocab.LEAD_RE if bylined else vocab.LEAD_NO_BYLINE_RE).match(text)
        if not m or not m.end():
            break
        if m.group("kind"):
            kind = vocab.KIND_ADVERBS[m.group("kind")]
        text = text[m.end() :]
    scoped = _SCOPE_WILL.match(text)
    if scoped and vocab.INCREMENT_RE.match(text, scoped.end()):
        text = text[scoped.end() :]  # 城乡将新增学位27万个: a short scope, 将, then what is new
    carried_out = _CARRY_OUT.match(text)
    if carried_out and (new := vocab.INCREMENT_RE.match(text, carried_out.end())):
        # 通过实施新增…楼宇10幢: the new things are the target
        if base := carried_out.group("base"):  # 在2025年的基础上再新增: its base year kept
            return base + text[new.end() :], kind or "increment", True, new.group(0)
        text = text[carried_out.end() :]
    m = vocab.INCREMENT_RE.match(text)
    if m:
        rest = text[m.end() :]
        other = vocab.ACTION_RE.match(rest, 1) if rest[:1] in "、和及与" else None
        if other:  # 新建、改建农村户用卫生厕所: new and other work together, a level
            return rest[other.end() :], kind, True, text[: m.end() + other.end()]
        return rest, kind or "increment", True, m.group(0)
    m = vocab.ACTION_RE.match(text)
    if m and not text.startswith(_VERB_LIKE_NOUNS):
        return text[m.end() :], kind, True, m.group(0)
    if not keep_done and text.startswith("完成") and not text.startswith(_VERB_LIKE_NOUNS):
        return text[2:], kind, True, "完成"
    return text, kind, False, None


def strip_trail(text: str) -> str:
    m = vocab.TRAIL_RE.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    if text[-1:] in _YEAR_ENDS and (year := vocab.TRAIL_YEAR_RE.search(text)):
        text = strip_trail(text[: year.start()])  # 抽水蓄能电站装机规模2030年: the deadline
    if text.endswith(("“", '"')) and text.count(text[-1]) == 1:
        text = text[:-1]  # 制造业比重“由…提高至…”: the quote that opens the change, not the metric
    return text.strip(" 　")


_YEAR_ENDS = frozenset("年底末")


def bare_verb(matched: str) -> str:
    """The measure verb of a `VERB_RE` match (分别达到了每万名 -> 达到)."""
    return vocab.VERB_DECORATION_RE.sub("", matched)


def _plain(pre: str) -> str:
    """The text before a number without what only dates it or names it again: 增加到2025年的
    28000亿元 (the year is the deadline), Y（以下简称X） (X)."""
    if pre.endswith("的"):
        pre = _YEAR_AFTER_VERB.sub("", pre)
    if "以下简称" in pre:
        pre = vocab.ALIAS_RE.sub(lambda m: m.group(1), pre)
    return pre


def _without_base_year(metric: str) -> tuple[str, int | None]:
    """The metric without the base year of its change, and that year: 比2020年, 比一九八〇年,
    比“十五”期末 (2005), 在2019年基础上."""
    bm = vocab.BASE_YEAR_RE.search(metric)
    if not bm:
        on = vocab.BASE_ON_RE.search(metric)  # 在2019年基础上提升10%: the same base year
        if on is None:
            return metric, None
        return metric[: on.start()] + metric[on.end() :], base_year_of(on)
    return metric[: bm.start()] + metric[bm.end() :], base_year_of(bm)


def base_year_of(m: re.Match[str]) -> int:
    """The year of a `BASE_YEAR_RE` or `BASE_ON_RE` match: written, or the last of a five-year
    plan (“十五”期末: 2005, “十一五”末: 2010)."""
    return cn_number(m.group(1)) if m.group(1) else 1955 + 5 * cn_number(m.group(2))


_BASED_ON = re.compile(
    r"(?:(?P<verb>控制在|不超过|不高于|达到|为)?基于|(?P<bound>控制在|不超过|不高于))"
    r"(?P<year>(?:19|20)\d\d)年[^，。；,;\d]{2,20}?的$"
)


def read_head(pre: str) -> Head:
    """Split the text before a number into metric, measure verb and kind words."""
    pre = plain = _plain(pre[-MAX_PRE:])
    verb = None
    m = vocab.VERB_RE.search(pre[-20:]) if pre else None
    if m and vocab.WORK_THEN_CHANGE_RE.search(pre):
        m = None  # 改造提升: a work verb, not a change
    if m:
        verb = bare_verb(m.group(0))
        pre = pre[: len(pre) - len(m.group(0))]
    elif whole := vocab.VERB_THEN_WHOLE_RE.search(pre[-12:]):
        verb = whole.group("verb")  # 占比要达全省六分之一: the share of the whole province
        pre = pre[: len(pre) - len(whole.group(0))]
    elif pre.endswith("的") and (based := _BASED_ON.search(pre)):
        # 扩展倍数控制在基于2020年城镇建设用地规模的1.3倍以内: the verb, then the base it multiplies
        verb = based.group("verb") or based.group("bound")  # (控制在2020年…规模的1.3倍以内)
        pre = f"{pre[: based.start()]}比{based.group('year')}年"
    elif pre.endswith("的") and (share := vocab.SHARE_BOUND_RE.search(pre)):
        # 面积不得超过当年计划任务量的30%: the bound applies to the subject's share of the base
        verb = share.group("verb")
        pre = f"{pre[: share.start()]}占{share.group('base')}的比例"
    pre = pre.strip(" 　")
    while pre and pre[0] in "、，,":
        pre = pre[1:]
    agent = vocab.AGENT_RE.search(pre)
    if agent:
        pre = ("每年" if agent.group("yearly") else "") + pre[agent.end() :]
    # 完成改造企业不少于20家: with a measure verb, 完成 belongs to the subject.
    metric, kind, lead_verb, verb_word = strip_lead(pre, keep_done=verb is not None)
    metric, base_year = _without_base_year(metric)
    metric = vocab.CN_YEAR_END_RE.sub("", vocab.PREVIOUS_YEAR_RE.sub("", metric))
    if verb and metric.endswith("计划"):
        metric = _PLANNED.sub("", metric)  # 工农业总产值计划增长: planned to grow (not 招生计划)
    metric, kind = _kind_words(metric, kind, plain)
    # 国内生产总值按1990年不变价计算达到750亿元 / (按1995年价为1150亿元: the prices, not the
    # indicator (when nothing else is left, the subject is the clause's before)
    metric, priced = _PRICE_BASIS.subn("", metric)
    if metric in _GENERIC_NOUNS and verb_word:
        metric = verb_word + metric  # 计划新开工项目27个: the new starts, not any 项目
    if len(metric) > MAX_METRIC:
        metric = metric[-MAX_METRIC:]
    return Head(metric, verb, kind, lead_verb, base_year, verb_word, priced > 0)


def _kind_words(metric: str, kind: str | None, plain: str) -> tuple[str, str | None]:
    """The metric without the words that say its kind (累计, 年均, 每年), and that kind; `plain`
    is all the text before the number (五年内…共: a sum over the plan's years)."""
    # 年均 counts only right before the verb (年均增长); 年均浓度 is a level.
    for word in vocab.KIND_ADVERBS:
        if metric.endswith(word):
            kind = kind or vocab.KIND_ADVERBS[word]
            metric = strip_trail(metric[: -len(word)])
        elif not word.startswith("年均") and word in metric:
            kind = kind or vocab.KIND_ADVERBS[word]
            metric = metric.replace(word, "")
    metric = strip_trail(metric)
    if _YEARLY_WORK.search(metric) or _YEARLY_RATE.search(metric) or _YEARLY_DOING.search(metric):
        kind = kind or "annual"  # 电梯年均新增15台: 年均 before the new-thing verb
    if kind is None and _PERIOD_SUM.search(plain):
        kind = "cumulative"
        metric = metric.removesuffix("共")
    if kind is None and _NEW_AFTER_SCOPE.search(metric):
        kind = "increment"  # 外环绿带内新增城市公园35座, 加装电梯新增400台: the new ones
    natural = metric.endswith("自然增长率") and "平均" not in metric  # a rate of its own, a level
    if metric.endswith(vocab.GROWTH_RATE_ENDS) and not natural:
        kind = kind or "annual"  # a yearly figure (targets._one_years_growth: or one year's)
    return metric, kind


def split_list(text: str) -> list[str]:
    """Split 'A、B、C' at top level (not inside “…” or （…）); 和/及 are too often inside words."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in text:
        if ch in "“（(《「":
            depth += 1
        elif ch in "”）)》」" and depth:
            depth -= 1
        if depth == 0 and ch == "、":
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    return [p for p in parts if p]


def complete_list(metrics: list[str]) -> list[str]:
    """Each item of an 、 list completed from the last: 省级、市级农业龙头企业 -> 省级农业龙头企业;
    城镇居民、农村居民人均可支配收入 -> 城镇居民人均可支配收入; 城镇、农村居民… -> 城镇居民…;
    化学需氧量、氨氮排放总量 -> 化学需氧量排放总量 (shared heads)."""
    if not metrics:
        return metrics
    last = metrics[-1]
    if _parallel_places(metrics[:-1], last):
        # 县城、建制镇、集镇、农村用水普及率: the last's first word is two characters like 集镇
        return [*(m + last[2:] for m in metrics[:-1]), last]
    done = [*(_complete(m, last) for m in metrics[:-1]), last]
    return [done[0], *(_owned(m, done[0]) for m in done[1:])]


# 生产总值保持年均两位数增长, 地区生产总值年均增速高于全省平均水平, 城镇居民人均可支配收入持续较快增长:
# the subject whose growth a clause describes (no figure)
GROWING_SUBJECT = re.compile(
    r"([\u4e00-\u9fff]{2,14}?)(?:保持|实现)?(?:年均|平均每年)?"
    r"(?:两位数|较快|快速|稳定|持续|稳步|平稳|高速|中高速)*(?:增长|增速|增幅)"
)


# 粮食播种面积和产量, 农业总产值和增加值: a later item that is a bare measure of what the first
# item measures (its measure words dropped: 粮食产量, 农业增加值)
_BARE_MEASURES = frozenset(("产量", "总产量", "产值", "总产值", "增加值", "播种面积", "面积"))
_FIRST_MEASURE = re.compile(f"(?:{'|'.join(sorted(_BARE_MEASURES, key=len, reverse=True))})$")


def _owned(item: str, first: str) -> str:
    """粮食产量 for 产量 after 粮食播种面积: the first item's thing (one run of characters, two at
    least: not 比重 after 2020年的…) before this bare measure."""
    m = _FIRST_MEASURE.search(first) if item in _BARE_MEASURES else None
    stem = first[: m.start()] if m else ""
    return stem + item if len(_CJK.findall(stem)) == 1 and len(stem) >= 2 else item


def _parallel_places(items: list[str], last: str) -> bool:
    """Short bare words (2–4 characters, one of two) before a last item that opens with a
    two-character word and goes on with what they share."""
    return (
        len(items) >= 2
        and len(last) > 4
        and _CJK2.match(last) is not None
        and any(len(m) == 2 for m in items)
        and all(2 <= len(m) <= 4 and _CJK.fullmatch(m) and m not in last for m in items)
        and not any(m.endswith(h) for m in items for h in vocab.SHARED_HEADS)
    )


def _complete(item: str, last: str) -> str:
    for size in (3, 2, 1):  # 居民 / 级: the item's tail found inside the last item
        tail = item[-size:] if len(item) > size else ""
        k = last.find(tail) if tail else -1
        if tail and k > 0 and k + size < len(last) and len(item) <= 8:
            return item + last[k + size :]
    if len(item) == 2 and len(last) > 4 and item != last[:2] and _CJK2.match(last):
        return item + last[2:]  # 城镇、农村居民人均可支配收入: two-character parallel words
    head = next((h for h in vocab.SHARED_HEADS if last.endswith(h) and last != h), None)
    if head and not any(item.endswith(h) for h in vocab.SHARED_HEADS) and len(item) <= 8:
        return item + head
    k = len(item)
    if k == 1 and _CJK.fullmatch(item) and len(last) >= 3 and last[-2:] in _ONE_CHAR_HEADS:
        return item + last[-2:]  # 肉、奶、禽蛋产量: 肉产量, 奶产量
    # 水果、蔬菜、茶叶产量 / 美丽河湖、美丽海湾建成率: parallel words of one length, the last
    # followed by the measure they share
    if (
        2 <= k <= 6
        and len(last) >= k + 2
        and _CJK.fullmatch(last[:k])
        and vocab.MEASURE_END_RE.search(last[k:])
        and not vocab.MEASURE_END_RE.search(item)
    ):
        return item + last[k:]
    return item


# the measures a list of one-character goods shares (肉、奶、禽蛋产量; 水、电、气价格)
_ONE_CHAR_HEADS = frozenset(("产量", "产值", "价格", "总量", "消费", "面积", "销量"))
_CJK2 = re.compile(r"^[\u4e00-\u9fff]{2}")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


_SEE_NOTE = re.compile(r"[（(][^（()）]*(?:[（(][^（()）]*[）)])?[^（()）]*(?:详见|见附件|附后)")


COMPLETION_RE = re.compile(
    r"^\s*[，,]?\s*(?:已|累计|实际)?完成(?:了)?\s*\d[\d,.]*\s*(?P<unit>[^\d\s，。；,;、]{0,4})"
)


def completion_after(after: str, unit: str | None) -> bool:
    """4000人 / 完成736人，完成率18.04%: what follows the value reports its completion, in the
    value's unit (not 15天 / 完成1次清洗)."""
    m = COMPLETION_RE.match(after) if "完成" in after[:8] else None
    return m is not None and counted_alike(unit, m.group("unit"))


def counted_alike(unit: str | None, other: str | None) -> bool:
    """8000人次 / 2579人, 4000人 / 736人: one unit is the other, or opens it (a completion counts
    in its target's unit)."""
    if not unit or not other:
        return False
    return other.startswith(unit) or unit.startswith(other)


_NOTE_CLOSE = re.compile(r"^[（(][^（()）]*[）)]")


_LIST_ITEM = re.compile(r"[、和及与][^\d，。；、]{0,6}?\d+(?:\.\d+)?")
_LIST_ITEM_SPAN = 24  # characters read for one item's count and unit


def _shared_noun(after: str) -> str:
    """、改建6家社区老年活动室: the noun the items of a number-first list share, written once after
    the last (empty when the next item has a noun of its own: 新开工2个、计划建成2个)."""
    rest = after
    while rest[:1] in "、和及与":
        item = _LIST_ITEM.match(rest)
        if item is None:
            return ""
        counted = find_quantities(rest[:_LIST_ITEM_SPAN])
        if not counted or counted[0].start >= item.end() or not counted[0].unit:
            return ""
        rest = rest[counted[0].end :]
    return "" if not rest or rest[:1] in "、，,；;。" else post_metric(rest)


_LEVEL_WORDS = re.compile(rf"{vocab.LEVEL_WORDS}(?:[，。；,;]|$)")


# 作者, 来源, 文章字数, 中国电力网发布时间: a web page's labels after the text, not a metric
_PAGE_CHROME = re.compile(
    r"(?:作者|来源|文章字数|责任编辑|浏览次数|[\u4e00-\u9fff]{0,8}发布(?:时间|日期))(?:$|[:：\s])"
)


# 建筑与小区、公园与绿地、水务系统等海绵重点项目。: examples listed, then the kind they are of
_EXAMPLES_OF = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){1,5}等[\u4e00-\u9fff]{2,10}(?=[，。；,;]|$)"
)


# 30%的县区、40%的乡镇完成…: the next share of the list, left out of this share's metric
_SHARE_NEXT = re.compile(
    r"^([\u4e00-\u9fff（）()]{2,10})、[\d.]+%(?:以上|左右)?的[\u4e00-\u9fff（）()]{1,8}?"
    r"(?=完成|实现|达到|建成|设有|建有|开展|具备|接受)"
)


def drop_next_share(words: str) -> str:
    """县区、40%的乡镇完成…: the words of one share's metric, without the next share of its list."""
    return _SHARE_NEXT.sub(r"\1", words, count=1)


# 养老床位、开设500个小学生爱心暑托班: the next item of a list, its own words before its number
_NEXT_NUMBERED_ITEM = re.compile(r"、(?=[\u4e00-\u9fff]{1,8}?\d)")
# 项目1320公里: a figure right after the counted noun, measuring the same things
# (not 100家年销售收入1亿元以上的…企业: a threshold of the noun after it)
_FIGURE_AFTER_NOUN = re.compile(
    r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?(?:万|亿)?(?:公里|千米|米|亩|公顷|平方米|亿元|万元)(?=$|[、，,；;。）)])"
)


def post_metric(after: str) -> str:
    """Metric written after the number: 建成10个以上高水平示范应用场景 (up to 等 or the next
    number of a list: 3个千亿级产业集群和5个百亿级产业集群)."""
    after = drop_next_share(after.lstrip("的"))
    if _LEVEL_WORDS.match(after):
        return ""  # 稳定在17亿亩的水平上: the level, not what it measures
    if after[:1] in "、和及与" and not after.startswith(("和美", "和谐")):  # 250个和美乡村: a word
        return _shared_noun(after)  # 新建10家、改建6家社区老年活动室: the noun after the last item
    if after[:1] in "，,；;" or after.startswith("——"):
        return ""  # (——: a dash closes the clause, the words after it are another's)
    # 提质改造农村公路5000公里 为乡村振兴注入强动力: what it is for (not 为民服务中心)
    if _PURPOSE.match(after):
        return ""
    if COMPLETION_RE.match(after):
        return ""  # 4000人完成736人: the completion reported beside the target, not its metric
    if _PAGE_CHROME.match(after):
        return ""  # 新增中小学学位2万个文章字数: a web page's label, glued on by copying
    if after[:1] in "（(":
        # 101个（受益面积78.2万亩）低洼圩区: a note on the value; the metric follows it, if any
        close = _NOTE_CLOSE.search(after)
        return post_metric(after[close.end() :]) if close else ""
    note = _SEE_NOTE.search(after)
    if note and note.start() > 0:
        after = after[: note.start()]  # 整治任务量（各街镇任务详见附件）: a pointer, not the metric
    examples = _EXAMPLES_OF.match(after)
    if examples:
        # 100个建筑与小区、公园与绿地…等海绵重点项目: the examples, then the things they are
        return strip_trail(examples.group(0))
    m = vocab.POST_CUT.search(after)
    if m and m.start() > 0:
        after = after[: m.start()] + _noun_of_the_list(after, m.start())
    item = _NEXT_NUMBERED_ITEM.search(after)
    if item and item.start() > 0:
        after = after[: item.start()]  # 新增5000张养老床位、开设500个…: the next item
    figure = _FIGURE_AFTER_NOUN.search(after)
    if figure:  # 建设11个项目1320公里: the next figure, of the same projects
        after = after[: figure.start()]
    done = _PROGRESS_CUT.search(after)
    if done and done.start() > 0:
        after = after[: done.start()]  # 126条农村黑臭水体治理已完成120条: what is done of it
    metric = strip_trail(after[:MAX_METRIC])
    if metric.endswith(("）", ")")) and metric.count("（") + metric.count("(") == 0:
        metric = metric.rstrip("）)")  # (其中:11座宽路窄桥): the note's closing bracket
    return "" if metric in vocab.NOT_A_METRIC else metric  # 迈上3万亿元台阶: elided


_PURPOSE = re.compile(
    r"为(?![民老农企小残群侨妇儿])[^，。；、]{1,12}(?:注入|提供|奠定|打下|创造|助力)"
)
# 百亿级, 三十亿以上, 国家级: a grade of the things counted
_GRADE = r"(?:[十百千万亿\d一二三四五六七八九]{1,6}(?:级|亿元?以上|亿元?级)|(?:国家|省|市|县|区)级)"
_GRADE_ONLY = re.compile(_GRADE)
# (10个国家级和8个省级贫困县摘帽: the noun of the graded things the list ends on)
_NEXT_GRADED_NOUN = re.compile(rf"[、和]\d+个{_GRADE}([\u4e00-\u9fff]{{2,12}})")


def _noun_of_the_list(after: str, cut: int) -> str:
    """The noun a list's grades or types share, written after its last item (5个百亿级、10个三十亿
    以上重大工业项目; 100名领军型、1000名成长型、10000名创业型企业家), or ""."""
    shared = _NEXT_GRADED_NOUN.match(after, cut) if _GRADE_ONLY.fullmatch(after[:cut]) else None
    if shared is None and _TYPE_ONLY.fullmatch(after[:cut]):
        shared = _LAST_TYPED_NOUN.match(after, cut)
    return shared.group(1) if shared else ""


# 领军型, 成长型: a type of the things counted, their noun after the list's last type
_TYPE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}型")
_TYPED_ITEM = r"[、和]\d[\d.]*[个名家所座条项位]?[\u4e00-\u9fff]{1,4}?型"
_LAST_TYPED_NOUN = re.compile(rf"(?:{_TYPED_ITEM})+([\u4e00-\u9fff]{{2,8}})")
_PROGRESS_CUT = re.compile(r"已经?(?:全部)?[完送建开实治改发办培]|正在|累计完成")


_YEAR_AFTER_VERB = re.compile(rf"(?<=[到至])(?:(?:19|20)\d\d|{vocab.CN_YEAR})年(?:底|末)?的$")
_PLANNED = re.compile(r"(?<=[值量额])计划$")
# 城乡居民按人口平均的消费水平，将比…增长22%: a clause that only names a measure, the topic of
# the change the next clause states
# 外环绿带内新增…, …加装电梯新增: 新增/新建 after a scope word or ending the words before the value
# (小区新增…充电设施, …优化提质项目、新增床位, 全年新增床位: after a place, a list's 、 or a time)
# (not 城镇新增就业, an indicator whose name holds 新增)
_NEW_AFTER_SCOPE = scan_first_chars(
    re.compile(
        r"(?:[内中里]|(?<=[^建造修缮])、|(?<=[园校院站所村区城台港])|力争|争取|确保|全年|年内|今年)"
        r"(?:新[增建](?!就业|劳动力|贷款|[和及或、改扩])|新引进|新培育|新认定|新创建|新招引|新落地)"
        r"|(?<![及和、])新增$"
        r"|(?<=[造设])新开工$"  # 城镇老旧小区改造新开工49个: the new starts of the work named
    )
)  # 幼儿园新增…托位: the new ones at the places counted before; 油料力争新增面积2500万亩
_BASE_ON_TAIL = re.compile(r"在[^，,；;。]{1,14}?的?基础上$")
_TOPIC_CLAUSE = re.compile(
    r"^[\u4e00-\u9fff（）()、A-Za-z]{1,30}?(?:水平|总额|投资额|总值|产值|产量|收入|比重|总量|规模|人数|增加值|的能源|能耗|率|人口)$"
)


# 2025年, “六五”期间, “十四五”时期: a time before the thing a clause names alone
_YEAR_LEAD = re.compile(
    r"^(?:(?:19|20)\d\d年|[“‘]?十?[一二三四五六七八九]五[”’]?(?:期间|时期|末)?)"
)


def elided(head: Head, metric: str, state: ClauseMemory) -> str:
    """The subject a clause leaves out: 到2030年突破2.4万亿元; 累计淘汰… after 加快淘汰X."""
    verb = metric or head.verb_word
    if verb and verb in state.clause:
        obj = state.clause[state.clause.find(verb) + len(verb) :]
        figure = _FIGURE_OPENING.search(obj)  # 项目总投资约17.1亿元: a value follows, no subject
        if (figure and figure.start() == 0) or (obj and obj[0] in LIST_JOIN_CHARS):
            return ""  # 公路、水路投资…，其中公路465亿元: a noun the clause lists, not a verb
        return strip_trail(obj)[:MAX_METRIC]
    if not metric and state.subject:
        # 市政设施类项目5个，其中计划新开工2个: the subject's new starts (a work verb of its own)
        lead = head.work_verb if head.verb is None else None
        return state.subject + (lead or "")
    unled = _YEAR_LEAD.sub("", state.clause.strip(), count=1)
    before = strip_lead(unled)[0] if head.verb and not metric else ""
    before = _BASE_ON_TAIL.sub("", before)  # 死亡人数在“十五”末的基础上，每年下降2.5%
    topic = _TOPIC_CLAUSE.match(before)
    if topic:
        return topic.group(0).removeprefix("的")  # 居民消费水平，将比1980年增长22%: the topic
    if unled == before:  # nothing but a time led: 第三产业，1990年达到2810亿元
        # 包括农业、工业…五个部门生产的社会总产品，…达到10，300亿元: the noun after the last 的
        return named_alone(before, 12) or named_alone(before.rpartition("的")[2], 12)
    return ""


_NAME_ONLY = re.compile(r"[\u4e00-\u9fff（）()]+")


def named_alone(clause: str, longest: int = MAX_METRIC) -> str:
    """The thing a clause names and nothing else, at most `longest` characters: 自行车, 缝纫机,
    第三产业, …组织生产的产品 — the subject of the figure in the clause after it."""
    name = strip_trail(strip_lead(clause.strip())[0])
    if len(name) > longest or not _NAME_ONLY.fullmatch(name) or vocab.VERB_RE.search(name):
        return ""
    return name


def before(text: str, start: int, pos: int) -> str:
    """The text before `pos` that can hold a metric, from `start` at the earliest."""
    return text[max(start, pos - MAX_PRE) : pos]
