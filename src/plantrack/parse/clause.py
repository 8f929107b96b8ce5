"""One clause of a target sentence, read as a sequence of named rules.

`read_clause` takes each quantity of a clause (from `numbers.find_quantities`) and passes a
`Reading` of it (the text before and after, the head phrase, the metric so far) through the
rules in `RULES`, in order. A rule either refines the reading or returns a reason why the
number is not a target (that reason is what `--explain` shows). What survives becomes a
`Found`. 分别 lists have a reader of their own below; milestone words (全覆盖, 基本建成 …) and
翻番 multiples are read in `milestones.py`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from plantrack.parse import target_words as vocab
from plantrack.parse.baselines import (
    BASE_OPENS,
    from_to,
    level_in_brackets,
    level_now_base,
    restated_base,
)
from plantrack.parse.found import Found, Scan
from plantrack.parse.found_from import found_from
from plantrack.parse.listed_metrics import metrics_of_list
from plantrack.parse.phrases import (
    bare_verb,
    before,
    complete_list,
    counted_alike,
    read_head,
    split_list,
    strip_trail,
)
from plantrack.parse.quantity import Quantity, is_count
from plantrack.parse.reading import ClauseRun, ClauseState, Reading
from plantrack.parse.rules import RULES
from plantrack.parse.shared_values import (
    share_last_comparator,
    share_last_noun,
    share_subject_of_a_second_measure,
    share_value,
    urban_and_rural,
)
from plantrack.read.headings import cn_number

# A和B分别…, 县城、建制镇、集镇及农村…分别: the last item of the list joins two
_JOINS = re.compile(r"和|(?<!普)及|(?<![参给])与")  # not 普及率, 参与率


def _last_joins_two(items: list[str], listed: list[Quantity]) -> list[str]:
    """The items of a 分别 list's subject, its last split at 和/及/与 when the list is one short
    of the values (县城、建制镇、集镇及农村用水普及率分别达到97%、95%、95%和90%)."""
    if len(items) != len(listed) - 1 or len(_JOINS.findall(items[-1])) != 1:
        return items
    first, second = _JOINS.split(items[-1])
    return [*items[:-1], first, second] if first and second else items


# 累计完成任务总量的: the measure a 分别 list of steps gives values of (累计: a running total)
_MEASURE_AFTER = re.compile(r"(?P<sum>累计)?(?P<what>完成[\u4e00-\u9fff]{2,12}?)的?")


def _one_measure(metric: str, between: str, kind: str) -> tuple[str, str]:
    """按季度应分别累计完成任务总量的20%、50%…: one measure, named after 分别, at each step (its
    kind cumulative when 累计 says so); else the metric before 分别 kept whole."""
    measure = _MEASURE_AFTER.fullmatch(between.strip())
    if measure is None:
        return metric, kind
    return metric + measure.group("what"), "cumulative" if measure.group("sum") else kind


def read_fenbie(
    scan: Scan,
    c0: int,
    c1: int,
    k: int,
    cq: list[Quantity],
    marker: int = 2,
    before_subjects: list[str] | None = None,
) -> bool:
    """A 分别 list: metrics before 分别, values after it, paired in order. False if not one.

    `k` is where 分别 stands (relative to c0); `marker` its length (0 for a list without it);
    `before_subjects` what the clause before found (A和B实现“双倍增”，分别超过90家和870家)."""
    text, found, ex = scan.text, scan.found, scan.ex
    listed = [q for q in cq if q.start > c0 + k and q.name is None]
    if len(listed) < 2:
        return False
    head = read_head(before(text, c0, c0 + k))
    head.metric = metrics_of_list(text, c0, head.metric, len(listed), before_subjects or [])
    if not head.metric:
        return False  # 到2027年，分别超过90家和870家: the subject is elsewhere
    lead = text[c0 + k : listed[0].start]
    why = _list_of_no_targets(head.metric, listed, lead, text[c0 + k + marker : listed[0].start])
    if why:
        for q in cq:
            ex.add(text, q.start, q.end, False, why)
        return True
    items = split_list(head.metric.replace("城、乡", "城乡", 1))  # 城、乡居民…: 城镇…, 农村…
    metrics = _three_sectors(head.metric, len(listed)) or complete_list(
        _last_joins_two(items, listed)
    )
    between = text[c0 + k + marker : listed[0].start]
    vm = vocab.VERB_RE.search(between)
    verb = bare_verb(vm.group(0)) if vm else None
    if head.base_year is None and (bm := vocab.BASE_YEAR_RE.search(between)) and bm.group(1):
        head.base_year = cn_number(bm.group(1))  # 分别较2020年降低5%、7%: the base year after 分别
    shared = next((q.comparator for q in reversed(listed) if q.comparator), None)
    if len(metrics) == 1 and len(listed) == 2 and "城乡" in metrics[0]:
        metrics = urban_and_rural(metrics[0])  # 城乡居民人均可支配收入分别达到A、B
    if len(metrics) != len(listed) and _sectors_before(found, c0) and len(listed) == 3:
        # 第一、二、三产业增加值…分别为A、B和C，从业人员…比重分别为D、E和F: the same sectors
        metrics = [f"{sector}{head.metric}" for sector in _SECTORS]
    kind = head.kind or "level"
    if len(metrics) != len(listed):
        msg = f"分别 list: {len(metrics)} metrics for {len(listed)} values; metric kept whole"
        ex.add(text, c0, c1, False, msg)
        whole, kind = _one_measure(head.metric, between, kind)
        metrics = [whole] * len(listed)
    for metric, q in zip(metrics, listed, strict=True):
        comp = q.comparator or shared or (vocab.MEASURE_VERBS.get(verb, ">=") if verb else ">=")
        name = strip_trail(metric) + (verb if verb in vocab.CHANGE_VERBS else "")
        f = Found(q.start, (c0, c1), name, q.value, q.unit, comp, kind)
        f.value_max = q.high
        f.baseline_year, f.subject = head.base_year, metric
        found.append(f)
        ex.add(text, q.start, q.end, True, f"分别 list item -> {name}")
    taken = {id(q) for q in listed}
    for q in cq:
        if id(q) not in taken:
            ex.add(text, q.start, q.end, False, q.name or "before 分别")
    return True


def _paid_out(metric: str, listed: list[Quantity], lead: str) -> bool:
    """中央和省级补助资金分别为3亿元和2亿元, 低保标准分别提高到800元/月和520元/月, 基本生活费
    分别从每人每月181元、243元提高到… (`lead`: the words from 分别 to the first value): sums paid."""
    money = all(q.unit and "元" in q.unit for q in listed)
    paid = (vocab.BUDGET_RE, vocab.HANDOUT_RE, vocab.PAID_STANDARD_RE)
    return money and (
        any(p.search(metric) for p in paid) or bool(vocab.PAID_MONTHLY_RE.search(lead))
    )


def _three_sectors(metric: str, n: int) -> list[str] | None:
    """一二三产增加值分别增长A、B、C: 一产增加值, 二产增加值, 三产增加值; 一、二、三产业分别增长…:
    第一产业, 第二产业, 第三产业 (the sectors' names in full)."""
    m = vocab.THREE_SECTORS_RE.match(metric)
    if not m or n != 3:
        return None
    rest = m.group(1) + m.group(2)
    if rest.startswith(("产业", "次产业")):
        return [f"第{d}产业{rest.split('产业', 1)[1]}" for d in "一二三"]
    return [f"{d}{rest}" for d in "一二三"]


_SECTORS = ("第一产业", "第二产业", "第三产业")


def _sectors_before(found: list[Found], c0: int) -> bool:
    """The three values found last before `c0` are the three sectors' (第一产业…, 第二产业…, …)."""
    last = [f for f in found if f.pos < c0][-3:]
    return len(last) == 3 and all(
        f.subject.startswith(sector) for f, sector in zip(last, _SECTORS, strict=True)
    )


_NEW_ITEM_RE = re.compile(r"[、，,；;](?:累计|其中|每年|年均)")


_COUNTED_THEN_NEXT = re.compile(r"的[^，。；,;、]{2,24}、")
# a share that opens its clause (…，力争70%以上的…, 30%的县区、40%的乡镇…): what it counts follows
_SHARE_OPENS = re.compile(
    r"(?:^|[，,；;：:。、]|年(?:底|末)?|力争|争取|确保|实现|推动|推进)\s*"
    r"(?:全[省市县区州旗]|本[省市县区])?\s*$"
)


# 过5000亿元1个, 超百亿元3家: a bound right before the count of the things it classes
_CLASS_BOUND = re.compile(r"(?:过|超|超过)$")


# 超百亿元企业: the things a bound classes (the count before counts them)
_CLASSED_THINGS = re.compile(
    r"(?:以上)?(?:级)?[\u4e00-\u9fff]{0,6}?(?:企业|集团|项目|集群|产业链|园区|基地|县|品牌)"
)


def embedded(text: str, q: Quantity, nxt: Quantity) -> bool:
    """3岁以下 in 每千人口拥有3岁以下婴幼儿托位数达到5个: a number inside the next metric."""
    between = text[q.end : nxt.start]
    if (
        not between
        and not is_count(q.unit)
        and is_count(nxt.unit)
        and _CLASS_BOUND.search(text, max(0, q.start - 3), q.start)
    ):
        return True  # 其中过5000亿元1个: the bound that classes the industries counted after it
    if (
        not between
        or between[0]
        in "、和及与（("  # 1.2万人以上(其中…0.25万人以上): a part in brackets after it
        or "——" in between  # 新建5G基站3000座以上——铺设…: a dash ends the clause
        or vocab.VERB_RE.search(text[max(0, q.start - 20) : q.start])
    ):
        return False
    if between.startswith("的"):
        # 到2025年，70%的行政村有1座卫生公厕: a share of the places, its own target
        if q.unit == "%" and _SHARE_OPENS.search(text, 0, q.start):
            return False
        # 打造3个以上的A、5个以上的B: two counts of one list, each of its own noun
        return not (
            is_count(q.unit) and nxt.unit == q.unit and _COUNTED_THEN_NEXT.fullmatch(between)
        )
    if q.unit == "%" and between.startswith("面积"):
        return False  # 全市城镇25%面积达到3—5年一遇…: a share of the area, not a qualifier
    if _NEW_ITEM_RE.search(between):
        return False  # 新增1000处A、累计达8000处: a list item of its own (its running total)
    if "、" in between and vocab.COUNT_DONE_RE.match(between):
        return False  # 6个市政公园建成开园、全区公园总规模突破…: a count done, then the next item
    if vocab.VERB_RE.search(between[-20:]):
        # 培育25个社零额超过200亿元的消费强县, 培育50家年销售收入超百亿元企业: the next number
        # qualifies a noun; this one counts it
        return not (
            text.startswith("的", nxt.end)
            or (is_count(q.unit) and _CLASSED_THINGS.match(text, nxt.end) is not None)
        )
    # 新开工5000万元以上产业项目200个: a qualifier directly before the next count's noun
    return q.suffix is not None and len(between) <= 20 and not re.search(r"[、，,和及与]", between)


def _nexts(cq: list[Quantity]) -> list[Quantity | None]:
    """For each quantity, the next one that is not a name (3岁以下 … 达到5个)."""
    nexts: list[Quantity | None] = [None] * len(cq)
    for i in range(len(cq) - 2, -1, -1):
        nexts[i] = cq[i + 1] if cq[i + 1].name is None else nexts[i + 1]
    return nexts


# 新增技能人才4000人 完成736人，完成率18.04%: a progress report's completion beside its target
_COMPLETION_BETWEEN = re.compile(r"\s*[，,]?\s*(?:已|累计|实际)?完成(?:了)?\s*")
# 15个农村幸福院建设已完成8个, 263场送戏进万村已送230场: the task's noun, then what is done of it
_TASK_THEN_DONE = re.compile(
    r"[^，,、。；;：:\d（()）%]{1,30}?(?:已经?|累计|实际)[\u4e00-\u9fff]{0,2}?了?\s*"
)


# 完成736人，完成率18.04%: the rate of that completion
_RATE_BETWEEN = re.compile(r"\s*[，,]\s*完成率(?:为|达)?\s*")
# 为困难残疾人提供康复救助2539名，完成率100.27%: a figure given with its completion rate is done
_RATE_AFTER = re.compile(r"\s*[，,（(]\s*完成率")
# 已完成1个(50%): the share of the task done, in brackets after the completion
_DONE_SHARE_BEFORE = re.compile(r"(?:完成|已送|已建成?)[\d.]+[^\d，,。；]{0,3}[（(]$")


_ITEMS_NAMED = ("这", "上述", "以上", "前述", "其余", "剩余")
# 完成太乙、子午、五台3个街道…安置房建设: the places a task is done in, named then counted
# 太乙、子午、五台: names of two to four characters (not 新、改建: a work)
_PLACES_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{1,3}[^\W\d_建改造修装]$")
_PLACE_AFTER = re.compile(
    r"^(?:街道|镇街|乡镇|镇|乡|社区|行政村|村|县|区|县区|市)"
    r"(?![级域属内民]|服务|卫生|综合|文化|养老|党群|活动|公园|医院|学校|图书馆)"
)


def _completion_of(text: str, target: Quantity, done: Quantity) -> bool:
    """`done` reports what is done of `target` (新增技能人才4000人 完成736人, 15个农村幸福院建设
    已完成8个)."""
    between = (text, target.end, done.start)
    if not (_COMPLETION_BETWEEN.fullmatch(*between) or _TASK_THEN_DONE.fullmatch(*between)):
        return False
    return _same_measure(target, done)


def task_beside_progress(text: str, quantities: list[Quantity]) -> bool:
    """A progress report's sentence names each task's figure with what is done of it (2个嵌入式
    养老机构建设已完成1个(50%)): the first figure of each pair is the task, a target."""
    return any(_completion_of(text, a, b) for a, b in pairwise(quantities) if a.name is None)


def _same_measure(target: Quantity, done: Quantity) -> bool:
    """4000人 / 736人, 8000人次 / 2579人: a completion counts in its target's unit (not 三年累计完成
    1990个, 15天完成1次)."""
    return target.unit != "年" and counted_alike(target.unit, done.unit)


_LIST_MARKS = frozenset("、，,；;。和及")
# 80%的街道至少建设1个…, 70%的行政村有1座…: what each place of a share has
_EACH_OF_SHARE = re.compile(
    r"(?:以上)?的[\u4e00-\u9fff（）()、]{1,10}?(?:至少|均|都|各)?(?:建设|建成|建有|设有|配备|配建|拥有|有)"
)

# 51个村的3020口沼气池建设: the places, then what is built in them
_PLACES_THEN_COUNT = re.compile(_PLACE_AFTER.pattern + r"的(?=\d)")


def _past_bracket(text: str, end: int) -> int:
    """Where the text after a figure goes on: past the bracket that closes right after it."""
    return end + 1 if text[end : end + 1] in ("）", ")") else end


# 11个新城滨河森林公园中的5处, 20个乡镇中有15个: the whole before the part counted of it
# (中 alone ends 初中 and 高中: 小学13所和初中8所 are two counts)
_PART_OF = re.compile(r"[^，。；：、和及与\d]{1,20}(?:中的|中有|之中|当中)(?:的|有)?")


# 具体分布在青峰路四号洞南侧3处、火车站旁1处…: where the things just counted are
_SPREAD = re.compile(r"分布(?:在|于)|分别(?:位于|设在)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


_SPREAD_WINDOW = 400  # characters before a figure its list of places may open in


def _spread_over_places(text: str, q: Quantity) -> bool:
    """`q` stands in the list of where things are (分布在A3处、B1处). Every quantity asks, so
    only the text just before it is read (a paragraph may be a 400,000-character table)."""
    window = max(0, q.start - _SPREAD_WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, q.start)]
    spread = _SPREAD.search(text, ends[-1] if ends else window, q.start)
    # its list runs on with 、 only: a comma ends it (…主要分布在…，划定生态保护红线不低于…)
    return spread is not None and not re.search(r"[，,]", text[spread.end() : q.start])


def _before_the_next(text: str, q: Quantity, nxt: Quantity) -> str | None:
    """Why `q` only serves the quantity after it: inside its metric, or the whole it is a part of."""
    if embedded(text, q, nxt):
        return "part of the next target's metric"
    if is_count(q.unit) and _PART_OF.fullmatch(text, q.end, nxt.start):
        return "the whole a part is counted of (11个新城滨河森林公园中的5处): not a target"
    return None


def _skip_before_rules(
    scan: Scan, q: Quantity, nxt: Quantity | None, pre: str, after: str, prev: Quantity | None
) -> str | None:
    """Why `q` is not even read (a name, part of the next metric, 增加一倍, a completion
    reported beside its target), else None."""
    if q.name:
        return q.name
    if prev is not None:
        between = (scan.text, prev.end, q.start)
        if _completion_of(scan.text, prev, q):
            return "a completion reported beside its target (a progress report)"
        if _RATE_BETWEEN.fullmatch(*between):
            return "a completion rate (a progress report)"
        if prev.end == q.start and q.suffix in ("以上", "以下") and after[:1] not in _LIST_MARKS:
            return "a threshold of the things counted before it (957个50户以上村寨)"
        if prev.unit == "%" and _EACH_OF_SHARE.fullmatch(*between):
            return "what each of the share's places has (80%的街道至少建设1个…): the share is the target"
    if q.unit in ("项", "类", "件") and pre.endswith(_ITEMS_NAMED):
        return "a count of the items named before it (这3项预计11月底前全部完成)"
    if (
        q.unit == "个"
        and "、" in pre[-12:]
        and _PLACES_NAMED.search(pre[-40:])
        and _PLACE_AFTER.match(after)
    ):
        return (
            "a count of the places named before it (太乙、子午、五台3个街道): where, not a target"
        )
    if q.unit == "个" and _PLACES_THEN_COUNT.match(after):
        return "the places the count after it is in (51个村的3020口沼气池): where, not a target"
    if q.unit == "%" and _DONE_SHARE_BEFORE.search(scan.text, max(0, q.start - 16), q.start):
        return "the share of a task done, in brackets after the completion (a progress report)"
    if _RATE_AFTER.match(scan.text, q.end):
        return "a completion reported with its rate (…，完成率…): a progress report"
    if nxt is not None and (why := _before_the_next(scan.text, q, nxt)):
        return why
    if q.unit == "倍" and vocab.TIMES_VERB_RE.search(pre) and q.num_text in vocab.TIMES_VALUE:
        return "增加一倍 is a multiple (read with 翻番)"  # 增长1.6倍: a growth counted in 倍
    if _built_on_the_past(scan, pre, after):
        return "what a past year did, the base the plan builds on (在2007年建成…的基础上)"
    return _where_or_when(scan.text, q, after)


# 在2007年建成2.4万公里农村公路的基础上, 在去年建设166座城际快充站的基础上: the past as a base
_ON_THE_BASE = re.compile(r"[^，。；,;]{0,24}?的基础上")
# (在完成中部4省139处大型排涝泵站改造的基础上: a work done, whatever its year)
_BASE_YEAR_OPENS = re.compile(
    r"在((?:19|20)\d\d)年|在(?:去年|上年)|在(?:已经?)?(?:完成|建成|实现)了?"
)


def _built_on_the_past(scan: Scan, pre: str, after: str) -> bool:
    """The value sits in 在<a past year>…的基础上: what was done before the plan, not its target."""
    if not _ON_THE_BASE.match(after):
        return False
    opens = _BASE_YEAR_OPENS.search(pre)
    if opens is None or "确保" in pre:
        return False
    start = scan.context.facts.start_year
    return opens.group(1) is None or (start is not None and int(opens.group(1)) < start)


def _where_or_when(text: str, q: Quantity, after: str) -> str | None:
    """Why `q` says where the things counted are or how long the work takes."""
    if _spread_over_places(text, q):
        return "where the count is spread (具体分布在青峰路3处、…): a part, not a target"
    if q.unit == "年" and (q.suffix in ("内", "以内") or after.startswith(("内", "以内"))):
        return "a time span (两年内): when, not a target"
    return None


_BASE_CLAUSE_OPENS = (*BASE_OPENS, "在")  # 比1980年的…, 在现在的…的基础上: a baseline's clause


def _base_of_before(
    scan: Scan,
    run: ClauseRun,
    c0: int,
    items: list[tuple[Quantity, Found]],
    pre: str,
    after: str,
    q: Quantity,
) -> str | None:
    """Why `q` is the baseline of the target before it (and set there), or None."""
    f = items[-1][1] if items else None
    if f is not None and f.baseline is None and q.unit == f.unit:
        now = level_in_brackets(pre, after, q, scan.context.facts.start_year)
        if now is not None:
            f.baseline, f.baseline_year = now
            return "baseline (（目前…）) of the value before"
    f = scan.found[-1] if scan.found else None
    if f is not None and f.baseline is None and q.unit == f.unit:
        if level_now_base(scan.text, c0, q):
            f.baseline = q.value
            return "baseline (在现在的…的基础上翻一番) of the value before"
        base = restated_base(scan.text, c0, q, f.pos)
        if base is not None:
            f.baseline, f.baseline_year = base
            run.since = f.baseline_year
            return "baseline (比…年的) of the value before"
    return None


def _implicit_list(scan: Scan, c0: int, cq: list[Quantity]) -> int | None:
    """A、B超过84.5%、64%: a list of metrics and a list of values joined by 、 without 分别.
    Returns where the values' verb starts (relative to c0), or None."""
    text = scan.text
    if len(cq) < 2 or "、" not in text[c0 : cq[0].start]:
        return None
    listed = [q for q in cq if q.name is None]
    if len(listed) < 2 or any(
        text[a.end : b.start].strip() not in ("、", "和", "及") for a, b in pairwise(listed)
    ):
        return None
    pre = text[c0 : listed[0].start]
    vm = vocab.VERB_RE.search(pre[-20:])
    if not vm or "、" not in pre:
        return None
    k = len(pre) - len(vm.group(0))
    metrics = split_list(read_head(pre[:k]).metric)
    return k if len(metrics) == len(listed) else None


_NEXT_ITEM_NAMED = re.compile(r"、[^\d、，,；;。]*?[\u4e00-\u9fff]{2}")
_SHARES_OF_WHOLE = re.compile(r"占[^，。；,;\d]{1,24}的$")


def _list_of_no_targets(metric: str, listed: list[Quantity], lead: str, after: str) -> str | None:
    """Why a 分别 list's values are no targets: money paid out, or the parts' shares of a whole
    (计划新增…，分别占全国新增、改造任务的77.6%、87%: how the whole is split), else None."""
    if _paid_out(metric, listed, lead):
        return "分别 list of money budgeted or paid out"
    if _SHARES_OF_WHOLE.fullmatch(after) and all(q.unit == "%" for q in listed):
        return "分别占…的: the parts' shares of a whole, a breakdown"
    return None


def _fenbie_end(text: str, k: int, c1: int, cq: list[Quantity]) -> int:
    """Where a 分别 list ends: at the 、 after its last value that opens an item naming its own
    measure (…分别达到36%和40%以上、人均公园绿地面积不低于15㎡), else the clause's end."""
    values = [q for q in cq if q.start > k and q.name is None]
    for q, nxt in pairwise(values):
        between = text[q.end : nxt.start]
        # (not …、出栏量分别达到…: a second 分别 list that shares the first's items)
        if _NEXT_ITEM_NAMED.match(between) and "分别" not in between:
            return q.end
    return c1


def _read_list(scan: Scan, c0: int, c1: int, cq: list[Quantity], state: ClauseState) -> bool:
    """Read the clause as a 分别 list (or one without the word) if it is one; the rest of the
    clause after the list's end is read on its own."""
    k = scan.text.find("分别", c0, c1)
    if k >= 0:
        cut = _fenbie_end(scan.text, k, c1, cq)  # …分别达到36%和40%以上、人均公园绿地面积不低于15㎡
        head = [q for q in cq if q.start < cut]
        if read_fenbie(scan, c0, cut, k - c0, head, before_subjects=state.subjects):
            if cut < c1:
                read_clause(scan, cut + 1, c1, [q for q in cq if q.start > cut], state)
            return True
    listed = _implicit_list(scan, c0, cq)
    return listed is not None and read_fenbie(scan, c0, c1, listed, cq, marker=0)


def read_clause(scan: Scan, c0: int, c1: int, cq: list[Quantity], state: ClauseState) -> None:
    """Numeric targets of one clause: each quantity through `RULES`."""
    text, ex = scan.text, scan.ex
    if _read_list(scan, c0, c1, cq, state):
        return
    run = ClauseRun(text[c0:c1], state)
    seg_start = c0
    items: list[tuple[Quantity, Found]] = []
    prev: Quantity | None = None
    q_prev: Quantity | None = None
    for q, nxt in zip(cq, _nexts(cq), strict=True):
        q_prev = prev
        prev = q
        pre = before(text, seg_start, q.start)
        after = text[q.end : min(c1, q.end + 120)]  # bounded: a clause may be 20,000 chars
        pending = None if q.name else from_to(pre, after, q)
        if pending:
            run.pending, seg_start = pending, q.end
            ex.add(text, q.start, q.end, True, "baseline (由/从 … 到) of the next value")
            continue
        based = (
            _base_of_before(scan, run, c0, items, pre, after, q)
            if not q.name and (items or text[c0 : c0 + 1] in _BASE_CLAUSE_OPENS)
            else None
        )
        if based:
            seg_start = q.end
            ex.add(text, q.start, q.end, True, based)
            continue
        reason = _skip_before_rules(scan, q, nxt, pre, after, q_prev)
        if reason:
            ex.add(text, q.start, q.end, False, reason)
            if reason.endswith("(a progress report)"):
                seg_start = _past_bracket(text, q.end)  # the next item starts after the progress
            continue
        chained = seg_start > c0 and text[seg_start : seg_start + 1] in ("、", "和", "及", "与")
        if _STEP_UP.search(pre) and after.startswith(("台阶", "新台阶")):
            pre = pre[:-1] + "迈上"  # 工业增加值上200亿元台阶: 上 a step is 迈上 it
        r = Reading(q, pre[1:] if chained else pre, after, chained)
        reason = None
        for rule in RULES:
            reason = rule(r, run)
            if reason:
                break
        if reason:
            ex.add(text, q.start, q.end, False, reason)
            _keep_state_subject(r, reason, state)
            continue
        f = found_from(r, run, (c0, c1))
        scan.found.append(f)
        items.append((q, f))
        ex.add(text, q.start, q.end, True, f"{r.head.verb or 'count'} -> {f.metric}")
        run.chain_kind = state.kind = r.kind
        run.last, run.last_unit = f.subject, q.unit
        if r.post_metric and r.head.verb:
            run.verb = r.head.verb  # 保持2300万A和240万B: both 保持
        seg_start = q.end
        cut = vocab.POST_CUT.search(after) if r.post_metric else None
        if cut and cut.group(0) != "等":
            seg_start = q.end + cut.start()  # the next item of a number-first list starts here
    if len(items) > 1:
        share_last_noun(items)
        share_last_comparator(items)
        share_subject_of_a_second_measure(items)
    if len(items) == 1:
        share_value(scan, items[0][1])


_NOW_REASON = "what there is now"
_HELD_NOW = re.compile(
    r"^(?:目前|当前|现阶段)?[，,]?(?:全[市省县区])?(?:已经?|现)?(?:累计)?(?:建成|拥有|有)?"
)


def _keep_state_subject(r: Reading, reason: str, state: ClauseState) -> None:
    """已建成充电桩1万个，到2027年达到3万个: the subject of the state of today is the goal's."""
    if reason.startswith(_NOW_REASON) and r.metric:
        state.subject = _HELD_NOW.sub("", r.metric) or r.metric


# 主营业务收入上700亿元台阶 (not 以上, 之上, 线上 …: a bare 上 after a noun)
_STEP_UP = re.compile(r"(?<![以之线网再向])(?<!迈|跨|登|攀|站|冲)上$")
