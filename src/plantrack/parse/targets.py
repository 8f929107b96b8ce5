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
from bisect import bisect_left
from dataclasses import dataclass

from plantrack.model import Location, Target
from plantrack.parse import target_words as vocab
from plantrack.parse.numbers import (
    WEAK_UNITS,
    Quantity,
    find_quantities,
    in_spans,
    normalise,
    quote_spans,
)

_MAX_METRIC = 60
_MAX_PRE = 200  # text before a number that can hold its metric (a clause may be 20,000 chars)


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
    subject: str = ""  # the metric without a change verb, for elided subjects later on

    def __post_init__(self) -> None:
        self.subject = self.subject or self.metric


@dataclass(slots=True)
class _Head:
    """What the text before a quantity says: its metric and verb."""

    metric: str
    verb: str | None
    kind: str | None
    lead_verb: bool
    base_year: int | None
    verb_word: str | None = None  # the creation/increment verb that was stripped


@dataclass(slots=True)
class _State:
    """What a sentence carries from clause to clause."""

    kind: str | None = None
    subject: str = ""
    clause: str = ""


def _strip_lead(text: str, keep_done: bool = False) -> tuple[str, str | None, bool, str | None]:
    """Drop connectives, deadline phrases and kind adverbs at the start; then at most one verb.

    Returns (rest, kind, had_verb, verb)."""
    kind: str | None = None
    while text:
        m = vocab.LEAD_RE.match(text)
        if not m or not m.end():
            break
        if m.group("kind"):
            kind = vocab.KIND_ADVERBS[m.group("kind")]
        text = text[m.end() :]
    m = vocab.INCREMENT_RE.match(text)
    if m:
        return text[m.end() :], kind or "increment", True, m.group(0)
    m = vocab.ACTION_RE.match(text)
    if m:
        return text[m.end() :], kind, True, m.group(0)
    if not keep_done and text.startswith("完成"):
        return text[2:], kind, True, "完成"
    return text, kind, False, None


def _strip_trail(text: str) -> str:
    m = vocab.TRAIL_RE.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.strip(" 　")


def _bare_verb(matched: str) -> str:
    """The measure verb of a `VERB_RE` match (分别达到了每万名 -> 达到)."""
    return vocab.VERB_DECORATION_RE.sub("", matched)


def _head(pre: str) -> _Head:
    """Split the text before a number into metric, measure verb and kind words."""
    pre = pre[-_MAX_PRE:]
    verb = None
    m = vocab.VERB_RE.search(pre[-20:]) if pre else None
    if m:
        verb = _bare_verb(m.group(0))
        pre = pre[: len(pre) - len(m.group(0))]
    pre = pre.strip(" 　")
    while pre and pre[0] in "、，,":
        pre = pre[1:]
    agent = vocab.AGENT_RE.search(pre)
    if agent:
        pre = ("每年" if agent.group("yearly") else "") + pre[agent.end() :]
    # 完成改造企业不少于20家: with a measure verb, 完成 belongs to the subject.
    metric, kind, lead_verb, verb_word = _strip_lead(pre, keep_done=verb is not None)
    base_year = None
    bm = vocab.BASE_YEAR_RE.search(metric)
    if bm:
        base_year = int(bm.group(1))
        metric = metric[: bm.start()] + metric[bm.end() :]
    metric = vocab.PREVIOUS_YEAR_RE.sub("", metric)
    # 年均 counts only right before the verb (年均增长); 年均浓度 is a level.
    for word in vocab.KIND_ADVERBS:
        if metric.endswith(word):
            kind = kind or vocab.KIND_ADVERBS[word]
            metric = _strip_trail(metric[: -len(word)])
        elif word != "年均" and word in metric:
            kind = kind or vocab.KIND_ADVERBS[word]
            metric = metric.replace(word, "")
    metric = _strip_trail(metric)
    if metric.endswith(vocab.GROWTH_RATE_ENDS):
        kind = kind or "annual"  # a growth rate is a yearly figure
    if len(metric) > _MAX_METRIC:
        metric = metric[-_MAX_METRIC:]
    return _Head(metric, verb, kind, lead_verb, base_year, verb_word)


def _split_list(text: str) -> list[str]:
    """Split 'A、B、C' at top level (not inside “…” or （…）); 和/及 are too often inside words."""
    parts, depth, cur = [], 0, []
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


def _complete_list(metrics: list[str]) -> list[str]:
    """省级、市级农业龙头企业 -> 省级农业龙头企业, 市级农业龙头企业 (and shared heads)."""
    last = metrics[-1]
    out = []
    for m in metrics[:-1]:
        k = last.find("级")
        if m.endswith("级") and len(m) <= 4 and 0 < k < len(last) - 1:
            m = m + last[k + 1 :]
        else:
            head = next((h for h in vocab.SHARED_HEADS if last.endswith(h) and last != h), None)
            if head and not any(m.endswith(h) for h in vocab.SHARED_HEADS) and len(m) <= 8:
                m = m + head
        out.append(m)
    return [*out, last]


class _Explain:
    """Collects one line per candidate for --explain; a no-op list when not explaining."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.rows: list[dict] = []

    def add(self, text: str, start: int, end: int, taken: bool, reason: str) -> None:
        if self.on:
            self.rows.append(_row(text[start:end], start, end, taken, reason))


def analyse(text: str, end_year: int, explain: bool = False) -> tuple[list[Found], list[dict]]:
    """Every target in `text` (one paragraph or item), and the explain rows when asked."""
    ex = _Explain(explain)
    quotes = quote_spans(text)
    qstarts = [s for s, _ in quotes]
    quantities = find_quantities(text, quotes)
    marks = [(m, "q") for m in vocab.QUALITATIVE_RE.finditer(text)]
    marks += [(m, "m") for m in vocab.MULTIPLE_RE.finditer(text)]
    found: list[Found] = []
    if not quantities and not marks:
        return found, ex.rows
    ctx = (text, end_year, quotes, qstarts, found, ex)
    marks.sort(key=lambda mt: mt[0].start())
    q_at = [q.start for q in quantities]
    m_at = [m.start() for m, _ in marks]
    for s0, s1 in _spans(text, vocab.SENTENCE_END, 0, len(text)):
        sq, sm = _within(quantities, q_at, s0, s1), _within(marks, m_at, s0, s1)
        if sq or sm:
            _sentence(ctx, s0, s1, sq, sm)
    found.sort(key=lambda f: f.pos)
    return found, ex.rows


def _spans(text: str, sep: re.Pattern[str], a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    for m in sep.finditer(text, a, b):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if b > start:
        out.append((start, b))
    return out


def _within(items: list, starts: list[int], a: int, b: int) -> list:
    """The items (sorted by their `starts`) that start in [a, b)."""
    return items[bisect_left(starts, a) : bisect_left(starts, b)]


def _before(text: str, start: int, pos: int) -> str:
    """The text before `pos` that can hold a metric, from `start` at the earliest."""
    return text[max(start, pos - _MAX_PRE) : pos]


def _sentence(ctx, s0: int, s1: int, sq: list[Quantity], sm: list) -> None:
    text, end_year, _, _, found, ex = ctx
    sentence = text[s0:s1]
    deadlines = []
    for m in vocab.DEADLINE_RE.finditer(sentence):
        year = int(m.group(1) or m.group(2) or m.group(3))
        # 2025年，全市…达到… in a plan ending 2030: a figure of the past (a review), not a target
        past = bool(m.group(3)) and bool(end_year) and year <= end_year - 5
        deadlines.append((s0 + m.start(), year, past))
    asp = [s0 + m.start() for m in vocab.ASPIRATION_RE.finditer(sentence)]
    state = _State()
    q_at = [q.start for q in sq]
    m_at = [m.start() for m, _ in sm]
    for c0, c1 in _spans(text, vocab.CLAUSE_SEP, s0, s1):
        cq, cm = _within(sq, q_at, c0, c1), _within(sm, m_at, c0, c1)
        while c0 < c1 and text[c0] in " 　":
            c0 += 1
        if cq or cm:
            before = len(found)
            _clause(ctx, c0, c1, cq, state)
            for m, t in cm:
                if t == "q":
                    _qualitative(ctx, c0, c1, m)
                else:
                    _multiple(ctx, c0, c1, m)
            for f in found[before:]:
                f.deadline, past = end_year or None, False  # 0/None: the period is unknown
                for p, y, was in deadlines:
                    if p <= f.pos:
                        f.deadline, past = y, was
                f.aspiration = any(p < f.pos for p in asp)
                if past:
                    ex.add(text, f.pos, f.pos + 1, False, f"a figure of {f.deadline}: the past")
                    found.remove(f)
            if len(found) > before:
                state.kind = found[-1].kind
                state.subject = found[-1].subject or state.subject
        state.clause = text[c0:c1]


def _clause(ctx, c0: int, c1: int, cq: list[Quantity], state: _State) -> None:
    """Numeric targets of one clause."""
    text, _, _, _, found, ex = ctx
    clause = text[c0:c1]
    span = (c0, c1)
    k = clause.find("分别")
    if k >= 0 and _fenbie(ctx, c0, c1, k, cq):
        return
    seg_start = c0
    chain_kind: str | None = None
    pending: tuple[float | None, int | None, str] | None = None
    items: list[tuple[Quantity, Found]] = []
    # the next quantity that is not a name, for each position (3岁以下 … 达到5个)
    nexts: list[Quantity | None] = [None] * len(cq)
    for i in range(len(cq) - 2, -1, -1):
        nexts[i] = cq[i + 1] if cq[i + 1].name is None else nexts[i + 1]
    for i, q in enumerate(cq):
        if q.name:
            ex.add(text, q.start, q.end, False, q.name)
            continue
        pre = _before(text, seg_start, q.start)
        chained = seg_start > c0 and text[seg_start : seg_start + 1] in ("、", "和", "及", "与")
        after = text[q.end : min(c1, q.end + 120)]  # bounded: a clause may be 20,000 chars
        bm = vocab.BASELINE_PRE_RE.search(pre[-12:])
        if bm and any(after.startswith(v) for v in vocab.MEASURE_VERBS):
            cut = len(pre) - 12 + bm.start() if len(pre) > 12 else bm.start()
            pending = (q.value, int(bm.group(1)) if bm.group(1) else None, pre[:cut])
            ex.add(text, q.start, q.end, True, "baseline (由/从 … 到) of the next value")
            seg_start = q.end
            continue
        nxt = nexts[i]
        if nxt is not None and _embedded(text, q, nxt):
            ex.add(text, q.start, q.end, False, "part of the next target's metric")
            continue
        if q.unit == "倍" and vocab.TIMES_VERB_RE.search(pre):
            ex.add(text, q.start, q.end, False, "增加一倍 is a multiple (read with 翻番)")
            continue
        head = _head(pre)
        metric = head.metric
        if pre.endswith("的") and head.verb is None and state.subject and q.unit != "%":
            metric = metric + "的" + state.subject  # 其中研发投入超亿元的10家 (机构)
        if pending and not metric:
            metric = _head(pending[2] + "达到").metric
        vb = vocab.VERB_BEFORE_NUMBER.search(pre[-8:]) if head.verb is None and metric else None
        if vb and after and not after.startswith(("、", "和", "用于", "以上", "的")):
            metric = ""  # the metric follows the number
            if vb.group(0).lstrip("至少最") in vocab.INCREMENT_VERBS:
                head.kind = head.kind or "increment"
        reason = _reject(q, head, after, metric, chained)
        if head.verb is None and vocab.ATTRIBUTE_RE.search(pre):
            reason = "a project attribute (全长, 总投资, 建成后…), not a target"
        if reason:
            ex.add(text, q.start, q.end, False, reason)
            continue
        kind = head.kind
        if head.verb_word in vocab.INCREMENT_VERBS and (
            q.unit in (None, "%") or q.unit.endswith("率")
        ):
            metric, kind = head.verb_word + metric, None  # 新建数据中心PUE: a level, not 新建
        post_metric = False
        if not metric or (head.lead_verb is False and metric in vocab.ACTION_VERBS):
            metric = _post_metric(after)
            post_metric = bool(metric)
            if vocab.NUMERAL_NAME_RE.match(metric):
                ex.add(text, q.start, q.end, False, "a name (五个一批): numeral after numeral")
                continue
        if not metric or (len(metric) <= 2 and metric in state.clause):
            metric = _elided(head, metric, state) or metric
        if metric.startswith("占") and state.subject:
            metric = state.subject + metric  # …增加值突破3000亿元，占地区生产总值比重…
        if after.startswith("用于") and head.metric:
            metric = _strip_trail(head.metric) + _post_metric(after)
        if (
            not metric
            or not vocab.CJK_OR_ALNUM.search(metric)
            or len(vocab.CJK_OR_ALNUM.findall(metric)) < 2
        ):
            ex.add(text, q.start, q.end, False, "no metric before or after the number")
            continue
        if kind is None:
            if chained and chain_kind:
                kind = chain_kind
            elif (
                head.verb is None
                and not head.lead_verb
                and state.kind
                and not clause.startswith(vocab.OWN_VERB_START)
            ):
                kind = state.kind
            else:
                kind = "level"
        subject = metric
        if head.verb in vocab.CHANGE_VERBS and not post_metric:
            metric = metric + head.verb
        if q.unit is None and not metric.endswith(vocab.RATIO_METRIC):
            ex.add(text, q.start, q.end, False, "number without unit")
            continue
        comp = q.comparator or (vocab.MEASURE_VERBS[head.verb] if head.verb else ">=")
        f = Found(q.start, span, metric, q.value, q.unit, comp, kind, subject=subject)
        f.baseline_year = head.base_year
        if pending:
            f.baseline, f.baseline_year = pending[0], pending[1] or f.baseline_year
            pending = None
        found.append(f)
        items.append((q, f))
        ex.add(text, q.start, q.end, True, f"{head.verb or 'count'} -> {metric}")
        chain_kind = kind
        state.kind = kind
        seg_start = q.end
        cut = vocab.POST_CUT.search(after) if post_metric else None
        if cut and cut.group(0) != "等":
            seg_start = q.end + cut.start()  # the next item of a number-first list starts here
    # A comparator word after the last value of a list applies to the earlier bare ones
    # (概念验证中心30个、中试平台30个以上).
    if len(items) > 1 and items[-1][0].comparator:
        for q, f in items[:-1]:
            if q.comparator is None and f.comparator == ">=":
                f.comparator = items[-1][0].comparator


def _fenbie(ctx, c0: int, c1: int, k: int, cq: list[Quantity]) -> bool:
    """A 分别 list: metrics before 分别, values after it, paired in order. False if not one."""
    text, _, _, _, found, ex = ctx
    listed = [q for q in cq if q.start > c0 + k and q.name is None]
    if len(listed) < 2:
        return False
    head = _head(_before(text, c0, c0 + k))
    metrics = _complete_list(_split_list(head.metric))
    vm = vocab.VERB_RE.search(text[c0 + k + 2 : listed[0].start])
    verb = _bare_verb(vm.group(0)) if vm else None
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
        name = _strip_trail(metric) + (verb if verb in vocab.CHANGE_VERBS else "")
        f = Found(q.start, (c0, c1), name, q.value, q.unit, comp, head.kind or "level")
        f.baseline_year, f.subject = head.base_year, metric
        found.append(f)
        ex.add(text, q.start, q.end, True, f"分别 list item -> {name}")
    taken = {id(q) for q in listed}
    for q in cq:
        if id(q) not in taken:
            ex.add(text, q.start, q.end, False, q.name or "before 分别")
    return True


def _embedded(text: str, q: Quantity, nxt: Quantity) -> bool:
    """3岁以下 in 每千人口拥有3岁以下婴幼儿托位数达到5个: a number inside the next metric."""
    between = text[q.end : nxt.start]
    if (
        not between
        or between[0] in "、和及与"
        or vocab.VERB_RE.search(text[max(0, q.start - 20) : q.start])
    ):
        return False
    if vocab.VERB_RE.search(between[-20:]) or between.startswith("的"):
        return True
    # 新开工5000万元以上产业项目200个: a qualifier directly before the next count's noun
    return q.suffix is not None and len(between) <= 20 and not re.search(r"[、，,和及与]", between)


def _elided(head: _Head, metric: str, state: _State) -> str:
    """The subject a clause leaves out: 到2030年突破2.4万亿元; 累计淘汰… after 加快淘汰X."""
    verb = metric or head.verb_word
    if verb and verb in state.clause:
        obj = state.clause[state.clause.find(verb) + len(verb) :]
        return _strip_trail(obj)[:_MAX_METRIC]
    if not metric and state.subject:
        return state.subject
    return ""


def _reject(q: Quantity, head: _Head, after: str, metric: str, chained: bool) -> str | None:
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
    rest = vocab.BRACKET_NOTE_RE.sub("", after).strip(" ）)”")  # （折合8英寸） is a note
    if head.verb and rest and not rest.startswith(("、", "和", "及", "用于", "等")):
        return f"{head.verb} + number inside a longer phrase (…{rest[:6]})"
    if head.verb == "为" and not metric:
        return "为 + number without a subject"
    return None


def _post_metric(after: str) -> str:
    """Metric written after the number: 建成10个以上高水平示范应用场景 (up to 等 or the next
    number of a list: 3个千亿级产业集群和5个百亿级产业集群)."""
    after = after.lstrip("的")
    m = vocab.POST_CUT.search(after)
    if m and m.start() > 0:
        after = after[: m.start()]
    return _strip_trail(after[:_MAX_METRIC])


def _qualitative(ctx, c0: int, c1: int, m: re.Match[str]) -> None:
    text, _, quotes, qstarts, found, ex = ctx
    word = m.group(0).strip("“”")
    if m.group(0)[0] != "“" and in_spans(m.start(), quotes, qstarts):
        ex.add(text, m.start(), m.end(), False, "inside quotes: a name")
        return
    rest = text[m.end() : c1].strip()
    prev = text[m.start() - 1] if m.start() > 0 else ""
    if word == "全部完成":
        # 危旧房屋全部完成解危治理: the subject before and the task after.
        subject = _strip_trail(_strip_lead(_before(text, c0, m.start()))[0])
        rest, word = "", word
        metric_override = subject + _strip_trail(text[m.end() : c1].strip())
    else:
        metric_override = ""
    if m.group(0)[0] == "“" and not text[c0 : m.start()].endswith("实现"):
        ex.add(text, m.start(), m.end(), False, "“零…” without 实现: a name")
        return
    if rest and word in vocab.MILESTONE_BEFORE_SUBJECT:
        if rest.startswith(vocab.FULL_COVERAGE) or re.search(r"\d", rest):
            ex.add(text, m.start(), m.end(), False, "milestone word over another target")
            return
        metric = _strip_trail(_strip_lead(rest[:_MAX_PRE])[0])[:_MAX_METRIC]
    elif rest or prev in "健完齐":
        ex.add(text, m.start(), m.end(), False, f"{word} not at the end of its clause")
        return
    else:
        before = _strip_lead(_before(text, c0, m.start()))[0]
        k = before.find("实现")
        if k > 1 and word.endswith("覆盖"):
            before = before[:k]  # 示范区实现区县（市）全覆盖: the subject is before 实现
        metric = _strip_trail(before)[-_MAX_METRIC:]
    if metric_override:
        metric = metric_override[-_MAX_METRIC:]
    if not metric:
        ex.add(text, m.start(), m.end(), False, "milestone word without a subject")
        return
    value, comp = (1.0, ">=") if word == "零的突破" else (None, None)
    f = Found(m.start(), (c0, c1), metric, value, None, comp, "qualitative", milestone=word)
    found.append(f)
    ex.add(text, m.start(), m.end(), True, f"milestone {word} -> {metric}")


def _multiple(ctx, c0: int, c1: int, m: re.Match[str]) -> None:
    text, _, quotes, qstarts, found, ex = ctx
    prev = text[m.start() - 1] if m.start() else ""
    nxt = text[m.end()] if m.end() < len(text) else ""
    if in_spans(m.start(), quotes, qstarts) or prev == "双" or nxt in "一二两三四五六七八九十":
        ex.add(text, m.start(), m.end(), False, "part of a name (双翻番三覆盖)")
        return
    head = _head(_before(text, c0, m.start()))
    if not head.metric:
        ex.add(text, m.start(), m.end(), False, "翻番 without a subject")
        return
    if m.group(0).startswith("翻"):
        value = float(vocab.MULTIPLE_VALUE[m.group(1)])
    else:
        value = float(vocab.TIMES_VALUE[m.group(2)])
    f = Found(m.start(), (c0, c1), head.metric, value, "倍", ">=", "multiple")
    f.baseline_year, f.milestone = head.base_year, m.group(0)
    found.append(f)
    ex.add(text, m.start(), m.end(), True, f"{m.group(0)} = ×{value:g} -> {head.metric}")


def _in_review(location: Location) -> bool:
    """True inside a chapter or section that reviews the past (第一章 发展基础)."""
    headings = location.path[:-1] if len(location.path) > 1 else location.path
    # the innermost heading that says either decides: 第二章 发展基础与总体要求 › 第二节 主要目标
    # is a goals section, and a chapter that names both (…与总体要求) is not a pure review
    for heading in reversed(headings):
        if not vocab.NUMBERED_HEADING_RE.match(heading):
            continue
        if vocab.GOAL_HEADING.search(heading):
            return False
        if vocab.REVIEW_HEADING.search(heading):
            return True
    return False


def extract_targets(
    text: str, *, node_id: str, end_year: int, location: Location, offset: int = 0
) -> list[Target]:
    """Targets in one paragraph/box item. `offset` = start of `text` in the plan's cleaned text
    (so Target.span is absolute). Ids are f"{node_id}.t{n}" numbered from 1 in text order.

    A node whose text is a tab-separated indicator table is read by `tables.targets_from_table`
    (ids f"{node_id}.r{row}")."""
    if "\t" in text:
        from plantrack.parse.tables import table_targets_in_text

        table = table_targets_in_text(
            text, node_id=node_id, location=location, end_year=end_year, offset=offset
        )
        if table is not None:
            return table
    if _in_review(location):
        return []
    found, _ = analyse(text, end_year)
    targets = []
    for n, f in enumerate(found, 1):
        tid, cite = f"{node_id}.t{n}", text[f.span[0] : f.span[1]].strip()
        t = Target(tid, f.metric, f.value, f.unit, f.comparator, f.kind, f.deadline, cite, location)
        t.baseline, t.baseline_year, t.aspiration = f.baseline, f.baseline_year, f.aspiration
        t.milestone, t.span = f.milestone, (offset + f.span[0], offset + f.span[1])
        t.value_base, t.unit_base = normalise(f.value, f.unit)
        targets.append(t)
    return targets


def _row(text: str, start: int, end: int, taken: bool, reason: str) -> dict:
    return {"text": text, "start": start, "end": end, "taken": taken, "reason": reason}


def explain_targets(text: str, *, end_year: int) -> list[dict]:
    """For --explain: each candidate number/phrase, taken or not, and why (one line reason)."""
    _, rows = analyse(text, end_year, explain=True)
    covered = bytearray(len(text) + 1)
    for r in rows:
        covered[r["start"] : r["end"]] = b"\x01" * (r["end"] - r["start"])
    for q in find_quantities(text):
        if not covered[q.start]:
            rows.append(_row(q.text, q.start, q.end, False, q.name or "no clause context"))
            covered[q.start : q.end] = b"\x01" * (q.end - q.start)
    bare = "number without unit (a name, code, year or list number)"
    for m in vocab.BARE_NUMBER.finditer(text):
        if not covered[m.start()]:
            rows.append(_row(m.group(0), m.start(), m.end(), False, bare))
    rows.sort(key=lambda r: r["start"])
    return rows
