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
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from plantrack.parse import target_words as vocab
from plantrack.parse.context import ParagraphContext
from plantrack.parse.numbers import WEAK_UNITS, Quantity
from plantrack.parse.phrases import (
    MAX_METRIC,
    Head,
    bare_verb,
    before,
    complete_list,
    elided,
    post_metric,
    read_head,
    split_list,
    strip_trail,
)


@dataclass(slots=True)
class Found:
    """One target found in a text, before it becomes a `Target` (positions are relative)."""

    pos: int
    span: tuple[int, int]
    metric: str
    value: float | None
    unit: str | None
    comparator: str | None
    kind: str
    deadline: int | None = None  # set per sentence
    aspiration: bool = False
    baseline: float | None = None
    baseline_year: int | None = None
    milestone: str | None = None
    value_max: float | None = None  # the upper end of a range
    subject: str = ""  # the metric without a change verb, for elided subjects later on

    def __post_init__(self) -> None:
        self.subject = self.subject or self.metric


@dataclass(slots=True)
class ClauseState:
    """What a sentence carries from clause to clause."""

    kind: str | None = None
    subject: str = ""
    clause: str = ""


class Explain:
    """Collects one line per candidate for --explain; a no-op list when not explaining."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.rows: list[dict] = []

    def add(self, text: str, start: int, end: int, taken: bool, reason: str) -> None:
        if self.on:
            self.rows.append(explain_row(text[start:end], start, end, taken, reason))


@dataclass(slots=True)
class Scan:
    """One paragraph being read: its text, what governs it, and what was found so far."""

    text: str
    end_year: int
    context: ParagraphContext
    quotes: list[tuple[int, int]]
    qstarts: list[int]
    found: list[Found]
    ex: Explain
    deadline: int | None = None  # the deadline in scope (到2025年 governs what follows)
    past: bool = False  # the year in scope is before the plan: figures are observations
    deadlines: list[tuple[int, int, bool]] = field(default_factory=list)  # (pos, year, past)
    deadline_at: list[int] = field(default_factory=list)


def read_fenbie(scan: Scan, c0: int, c1: int, k: int, cq: list[Quantity], marker: int = 2) -> bool:
    """A 分别 list: metrics before 分别, values after it, paired in order. False if not one.

    `k` is where 分别 stands (relative to c0); `marker` its length (0 for a list without it)."""
    text, found, ex = scan.text, scan.found, scan.ex
    listed = [q for q in cq if q.start > c0 + k and q.name is None]
    if len(listed) < 2:
        return False
    head = read_head(before(text, c0, c0 + k))
    if not head.metric:
        return False  # 到2027年，分别超过90家和870家: the subject is elsewhere
    metrics = complete_list(split_list(head.metric))
    if len(metrics) == 1 and len(listed) == 2 and "和" in metrics[0]:
        metrics = complete_list(metrics[0].split("和", 1))  # A和B分别达到X、Y
    vm = vocab.VERB_RE.search(text[c0 + k + marker : listed[0].start])
    verb = bare_verb(vm.group(0)) if vm else None
    shared = next((q.comparator for q in reversed(listed) if q.comparator), None)
    if len(metrics) == 1 and len(listed) == 2 and "城乡" in metrics[0]:
        # 城乡居民人均可支配收入分别达到A、B: 城镇… A, 农村… B
        metrics = [metrics[0].replace("城乡", "城镇", 1), metrics[0].replace("城乡", "农村", 1)]
    if len(metrics) != len(listed):
        msg = f"分别 list: {len(metrics)} metrics for {len(listed)} values; metric kept whole"
        ex.add(text, c0, c1, False, msg)
        metrics = [head.metric] * len(listed)
    for metric, q in zip(metrics, listed, strict=True):
        comp = q.comparator or shared or (vocab.MEASURE_VERBS.get(verb, ">=") if verb else ">=")
        name = strip_trail(metric) + (verb if verb in vocab.CHANGE_VERBS else "")
        f = Found(q.start, (c0, c1), name, q.value, q.unit, comp, head.kind or "level")
        f.value_max = q.high
        f.baseline_year, f.subject = head.base_year, metric
        found.append(f)
        ex.add(text, q.start, q.end, True, f"分别 list item -> {name}")
    taken = {id(q) for q in listed}
    for q in cq:
        if id(q) not in taken:
            ex.add(text, q.start, q.end, False, q.name or "before 分别")
    return True


def embedded(text: str, q: Quantity, nxt: Quantity) -> bool:
    """3岁以下 in 每千人口拥有3岁以下婴幼儿托位数达到5个: a number inside the next metric."""
    between = text[q.end : nxt.start]
    if (
        not between
        or between[0] in "、和及与"
        or vocab.VERB_RE.search(text[max(0, q.start - 20) : q.start])
    ):
        return False
    if between.startswith("的"):
        return True
    if vocab.VERB_RE.search(between[-20:]):
        # 培育25个社零额超过200亿元的消费强县: the next number qualifies a noun; this one counts it
        return not text.startswith("的", nxt.end)
    # 新开工5000万元以上产业项目200个: a qualifier directly before the next count's noun
    return q.suffix is not None and len(between) <= 20 and not re.search(r"[、，,和及与]", between)


def reject(q: Quantity, head: Head, after: str, metric: str, chained: bool) -> str | None:
    """Why a quantity is not a target, or None."""
    strong_context = head.verb is not None or q.suffix is not None
    if q.unit is None and head.verb is None:
        return "number without unit or verb"
    if q.unit in WEAK_UNITS and not (q.suffix or head.verb not in (None, "为")):
        return f"{q.unit} without a target verb or 以上/以内: a name or a duration"
    at_end = not after.strip() and q.unit not in WEAK_UNITS
    if q.chinese and not (strong_context or head.lead_verb or chained or at_end):
        return "Chinese numeral without a target verb"
    if q.chinese and q.value == 1 and not strong_context:
        return "一 + measure word is not a count target"
    if after.startswith("的") and head.verb is None:
        return "modifies a noun (…的): not a target"
    if after[:1] in vocab.QUALIFIER_AFTER and not head.verb:
        return "a qualifier or name"
    if (
        head.verb is None
        and metric
        and after.strip()
        and not after.startswith(("、", "和", "用于"))
    ):
        return "number inside a phrase, no target verb"
    if metric.endswith(vocab.ATTRIBUTE_ENDS) and head.verb is None and not head.lead_verb:
        return "a project attribute, not a target"
    rest = vocab.BRACKET_NOTE_RE.sub("", after).strip(" ）)”…⋯")  # （折合8英寸） is a note
    rest = rest.removeprefix("的水平").removeprefix("水平")  # 达到10-15天的水平
    if head.verb and rest and not rest.startswith(("、", "和", "及", "用于", "等")):
        return f"{head.verb} + number inside a longer phrase (…{rest[:6]})"
    if head.verb == "为" and not metric:
        return "为 + number without a subject"
    return None


def explain_row(text: str, start: int, end: int, taken: bool, reason: str) -> dict:
    return {"text": text, "start": start, "end": end, "taken": taken, "reason": reason}


@dataclass(slots=True)
class Reading:
    """One quantity of a clause on its way through the rules."""

    q: Quantity
    pre: str  # the text before it, from the clause (or the previous list value) on
    after: str  # the text after it, to the end of the clause (bounded)
    chained: bool  # it follows 、/和 after an earlier value of the same list
    head: Head = field(init=False)
    metric: str = ""
    kind: str | None = None
    post_metric: bool = False  # the metric is written after the number
    settled: bool = False  # a rule has read the metric from the words after the number

    def __post_init__(self) -> None:
        self.head = read_head(self.pre)
        self.metric = self.head.metric
        self.kind = self.head.kind


@dataclass(slots=True)
class ClauseRun:
    """What one clause carries from value to value."""

    clause: str
    state: ClauseState
    chain_kind: str | None = None
    pending: tuple[float | None, int | None, str] | None = None  # 由45%提高到60%: 45, its year


Rule = Callable[[Reading, ClauseRun], str | None]


def rule_borrowed_noun(r: Reading, run: ClauseRun) -> str | None:
    """其中研发投入超亿元的10家: the counted noun is the subject before (…机构)."""
    if r.pre.endswith("的") and r.head.verb is None and run.state.subject and r.q.unit != "%":
        r.metric = r.metric + "的" + run.state.subject
    if run.pending and not r.metric:
        r.metric = read_head(run.pending[2] + "达到").metric
    return None


def rule_verb_before_number(r: Reading, run: ClauseRun) -> str | None:
    """每个乡镇至少建成1家…中心: a creation verb right before the number; the metric follows."""
    if r.head.verb is not None or not r.metric:
        return None
    vb = vocab.VERB_BEFORE_NUMBER.search(r.pre[-8:])
    if vb and r.after and not r.after.startswith(("、", "和", "用于", "以上", "的")):
        r.metric = ""
        if vb.group(0).lstrip("至少最") in vocab.INCREMENT_VERBS:
            r.kind = r.kind or "increment"
    return None


def rule_share_of_units(r: Reading, run: ClauseRun) -> str | None:
    """力争90%以上的村生活垃圾得到治理: a share of units; the metric follows the number."""
    if r.q.unit != "%" or r.metric:
        return None
    if vocab.SHARE_OF_UNITS_RE.match(r.after):
        r.metric = strip_trail(r.after.split("的", 1)[1][:MAX_METRIC])
        r.post_metric = r.settled = True
    return None


def rule_noun_after_verb(r: Reading, run: ClauseRun) -> str | None:
    """保持2300万省外劳动力、240万省外脱贫劳动力…: a verb, then number-noun pairs."""
    if r.settled or r.q.unit in (None, "%", *WEAK_UNITS) or not r.after[:1].isalpha():
        return None  # 为60岁以上老年人…: an age is not a count
    if r.head.verb in vocab.QUALIFIER_VERBS or r.head.verb == "为":
        return None
    verb_only = r.head.verb is None and bool(r.metric) and _names_a_verb_or_list(r.metric)
    if r.metric and not verb_only:
        return None
    if r.head.verb is None and not r.chained and not verb_only:
        return None
    if r.after.startswith(("以上", "以下", "以内", "左右", "的", "等")):
        return None
    metric = post_metric(r.after)
    rest = r.after[len(metric) :].lstrip("等")
    if len(vocab.CJK_OR_ALNUM.findall(metric)) >= 2 and (not rest or rest[0] in "、和及与"):
        r.metric, r.post_metric, r.settled = metric, True, True
        if verb_only and r.head.verb_word in vocab.INCREMENT_VERBS:
            r.kind = r.kind or "increment"
    return None


def _names_a_verb_or_list(metric: str) -> bool:
    """更新 (78个…) or 黄石、十堰、荆门、孝感 (4个…城市): what stands before the number is not the
    metric but the verb or the list of names that the number counts."""
    if metric in vocab.LIST_VERBS:
        return True
    if "、" not in metric:
        return False
    names = split_list(metric)
    return len(names) >= 2 and all(len(n) <= 3 for n in names)


def rule_not_a_budget(r: Reading, run: ClauseRun) -> str | None:
    """中央预算内投资安排5000亿元, 扶贫资金增长43.4%: money budgeted, not a plan target."""
    if vocab.BUDGET_RE.search(r.pre[-MAX_METRIC:]) or (
        r.post_metric and vocab.BUDGET_RE.search(r.metric)
    ):
        return "a budget allocation, not a target"
    return None


def rule_not_a_value(r: Reading, run: ClauseRun) -> str | None:
    """5000万元以上的项目, 世界500强, 15分钟生活圈, 全长45公里: not a target (see `reject`)."""
    if r.head.verb is None and vocab.ATTRIBUTE_RE.search(r.pre):
        return "a project attribute (全长, 总投资, 建成后…), not a target"
    if r.settled:
        return None
    return reject(r.q, r.head, r.after, r.metric, r.chained)


def rule_rate_after_increment_verb(r: Reading, run: ClauseRun) -> str | None:
    """新建数据中心PUE低于1.3: a level of what is new, not an increment."""
    unit = r.q.unit
    if r.head.verb_word in vocab.INCREMENT_VERBS and (unit in (None, "%") or unit.endswith("率")):
        r.metric, r.kind = r.head.verb_word + r.metric, None
    return None


def rule_metric_after(r: Reading, run: ClauseRun) -> str | None:
    """建成10个以上高水平示范应用场景: the metric follows the number."""
    if r.settled or (
        r.metric and not (r.head.lead_verb is False and r.metric in vocab.ACTION_VERBS)
    ):
        return None
    r.metric = post_metric(r.after)
    r.post_metric = bool(r.metric)
    if vocab.NUMERAL_NAME_RE.match(r.metric):
        return "a name (五个一批): numeral after numeral"
    return None


def rule_elided_subject(r: Reading, run: ClauseRun) -> str | None:
    """地区生产总值年均增长5.5%，到2030年突破2.4万亿元: the subject of the clause before;
    …增加值突破3000亿元，占地区生产总值比重…; 财政资金用于科技的比例."""
    state = run.state
    if r.metric in vocab.MEASURE_NOUNS and state.subject:
        # …社零额年均增速11.3%，总量达到2万亿元: 总量 of the subject before
        base = state.subject
        for noun in vocab.MEASURE_NOUNS:
            base = base.removesuffix(noun)
        r.metric = base.removesuffix("年均") + r.metric
    elif not r.metric or (len(r.metric) <= 2 and r.metric in state.clause):
        r.metric = elided(r.head, r.metric, state) or r.metric
    if r.metric.startswith("占") and state.subject:
        r.metric = state.subject + r.metric
    if r.after.startswith("用于") and r.head.metric:
        r.metric = strip_trail(r.head.metric) + post_metric(r.after)
    return None


def rule_has_metric(r: Reading, run: ClauseRun) -> str | None:
    """A target names what it measures: two letters at least, and not the plan's own structure
    (提出3项指标, 10个方面工作)."""
    if len(vocab.CJK_OR_ALNUM.findall(r.metric)) < 2:
        return "no metric before or after the number"
    if r.metric in vocab.STRUCTURE_NOUNS:
        return "a count of the plan's own parts, not a target"
    return None


def rule_kind(r: Reading, run: ClauseRun) -> str | None:
    """新培养A1200名以上，B1000名以上: a clause without a verb inherits the kind before it."""
    if r.kind is not None:
        return None
    head, state = r.head, run.state
    if r.chained and run.chain_kind:
        r.kind = run.chain_kind
    elif (
        head.verb is None
        and not head.lead_verb
        and state.kind
        and not run.clause.startswith(vocab.OWN_VERB_START)
    ):
        r.kind = state.kind
    else:
        r.kind = "level"
    return None


def rule_unit(r: Reading, run: ClauseRun) -> str | None:
    """A number without a unit is a target only for a ratio (城乡居民收入比, 基尼系数, PUE)."""
    if r.q.unit is None and not r.metric.endswith(vocab.RATIO_METRIC):
        return "number without unit"
    return None


RULES: tuple[Rule, ...] = (
    rule_borrowed_noun,
    rule_verb_before_number,
    rule_share_of_units,
    rule_noun_after_verb,
    rule_not_a_value,
    rule_rate_after_increment_verb,
    rule_metric_after,
    rule_elided_subject,
    rule_has_metric,
    rule_not_a_budget,
    rule_kind,
    rule_unit,
)


def _nexts(cq: list[Quantity]) -> list[Quantity | None]:
    """For each quantity, the next one that is not a name (3岁以下 … 达到5个)."""
    nexts: list[Quantity | None] = [None] * len(cq)
    for i in range(len(cq) - 2, -1, -1):
        nexts[i] = cq[i + 1] if cq[i + 1].name is None else nexts[i + 1]
    return nexts


def _skip_before_rules(
    scan: Scan, q: Quantity, nxt: Quantity | None, pre: str, after: str
) -> str | None:
    """Why `q` is not even read (a name, part of the next metric, 增加一倍), else None."""
    if q.name:
        return q.name
    if nxt is not None and embedded(scan.text, q, nxt):
        return "part of the next target's metric"
    if q.unit == "倍" and vocab.TIMES_VERB_RE.search(pre):
        return "增加一倍 is a multiple (read with 翻番)"
    if q.unit == "年" and (q.suffix in ("内", "以内") or after.startswith(("内", "以内"))):
        return "a time span (两年内): when, not a target"
    return None


def _baseline(pre: str, after: str, q: Quantity) -> tuple[float | None, int | None, str] | None:
    """由45%提高到60%: 45 (and its year) is the baseline of the next value."""
    bm = vocab.BASELINE_PRE_RE.search(pre[-12:])
    if not bm or not any(after.startswith(v) for v in vocab.MEASURE_VERBS):
        return None
    cut = len(pre) - 12 + bm.start() if len(pre) > 12 else bm.start()
    return q.value, int(bm.group(1)) if bm.group(1) else None, pre[:cut]


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


def read_clause(scan: Scan, c0: int, c1: int, cq: list[Quantity], state: ClauseState) -> None:
    """Numeric targets of one clause: each quantity through `RULES`."""
    text, ex = scan.text, scan.ex
    k = text.find("分别", c0, c1)
    if k >= 0 and read_fenbie(scan, c0, c1, k - c0, cq):
        return
    k = _implicit_list(scan, c0, cq)
    if k is not None and read_fenbie(scan, c0, c1, k, cq, marker=0):
        return
    run = ClauseRun(text[c0:c1], state)
    seg_start = c0
    items: list[tuple[Quantity, Found]] = []
    for q, nxt in zip(cq, _nexts(cq), strict=True):
        pre = before(text, seg_start, q.start)
        after = text[q.end : min(c1, q.end + 120)]  # bounded: a clause may be 20,000 chars
        pending = None if q.name else _baseline(pre, after, q)
        if pending:
            run.pending, seg_start = pending, q.end
            ex.add(text, q.start, q.end, True, "baseline (由/从 … 到) of the next value")
            continue
        reason = _skip_before_rules(scan, q, nxt, pre, after)
        if reason:
            ex.add(text, q.start, q.end, False, reason)
            continue
        chained = seg_start > c0 and text[seg_start : seg_start + 1] in ("、", "和", "及", "与")
        r = Reading(q, pre, after, chained)
        reason = None
        for rule in RULES:
            reason = rule(r, run)
            if reason:
                break
        if reason:
            ex.add(text, q.start, q.end, False, reason)
            continue
        f = _found(r, run, (c0, c1))
        scan.found.append(f)
        items.append((q, f))
        ex.add(text, q.start, q.end, True, f"{r.head.verb or 'count'} -> {f.metric}")
        run.chain_kind = state.kind = r.kind
        seg_start = q.end
        cut = vocab.POST_CUT.search(after) if r.post_metric else None
        if cut and cut.group(0) != "等":
            seg_start = q.end + cut.start()  # the next item of a number-first list starts here
    _share_last_comparator(items)
    if len(items) == 1:
        _share_value(scan, items[0][1])


def _share_value(scan: Scan, f: Found) -> None:
    """工业投资、民间投资年均增长6%左右 / A率和B率均达到40%: one value for each listed metric.

    Split only when every item ends like an indicator (率, 投资, 收入 …): 高新技术、科技型中小企业
    数量 stays one target."""
    parts = parallel_metrics(f.subject)
    if parts is None:
        return
    verb = f.metric[len(f.subject) :] if f.metric.startswith(f.subject) else ""
    at = scan.found.index(f)
    copies = []
    for part in parts:
        g = Found(f.pos, f.span, part + verb, f.value, f.unit, f.comparator, f.kind, subject=part)
        g.value_max, g.baseline, g.baseline_year = f.value_max, f.baseline, f.baseline_year
        copies.append(g)
    scan.found[at : at + 1] = copies
    scan.ex.add(scan.text, f.pos, f.pos + 1, True, f"one value for {len(parts)} listed metrics")


def parallel_metrics(subject: str) -> list[str] | None:
    """森林覆盖率、建成区绿地率 -> both; 财政总收入和地方财政收入 -> both; else None."""
    parts = split_list(subject) if "、" in subject else subject.split("和")
    parts = [p.strip() for p in parts]
    if len(parts) < 2 or (("、" not in subject) and len(parts) != 2):
        return None
    if all(len(p) >= 3 and vocab.MEASURE_END_RE.search(p) for p in parts):
        return parts
    return None


def _found(r: Reading, run: ClauseRun, span: tuple[int, int]) -> Found:
    """The target a reading gives: 能耗下降 keeps its change verb; 由X提高到Y sets the baseline."""
    head, q = r.head, r.q
    metric = r.metric
    if head.verb in vocab.CHANGE_VERBS and not r.post_metric:
        metric = metric + head.verb
    comp = q.comparator or (vocab.MEASURE_VERBS[head.verb] if head.verb else ">=")
    f = Found(q.start, span, metric, q.value, q.unit, comp, r.kind or "level", subject=r.metric)
    f.value_max = q.high
    f.baseline_year = head.base_year
    if run.pending:
        f.baseline, f.baseline_year = run.pending[0], run.pending[1] or f.baseline_year
        run.pending = None
    return f


def _share_last_comparator(items: list[tuple[Quantity, Found]]) -> None:
    """概念验证中心30个、中试平台30个以上: 以上 after the last value applies to the bare ones."""
    if len(items) > 1 and items[-1][0].comparator:
        for q, f in items[:-1]:
            if q.comparator is None and f.comparator == ">=":
                f.comparator = items[-1][0].comparator
