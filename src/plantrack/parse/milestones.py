"""Milestone words (全覆盖, 基本建成, 零的突破 …) and 翻番 multiples: targets without a plain number.

A milestone word gives a qualitative target of its subject (value null, except 零的突破); 翻一番,
翻两番, 增加一倍 and 倍增 give a multiple (unit 倍, kind `multiple`) for each listed subject.
"""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.found import Found, Scan
from plantrack.parse.marks import in_spans
from plantrack.parse.phrases import (
    GROWING_SUBJECT,
    MAX_METRIC,
    MAX_PRE,
    base_year_of,
    before,
    complete_list,
    read_head,
    split_list,
    strip_lead,
    strip_trail,
)


def read_milestone(scan: Scan, c0: int, c1: int, m: re.Match[str]) -> None:
    """A milestone word (全覆盖, 基本建成, 零的突破 …) as a qualitative target of its subject."""
    text, found, ex = scan.text, scan.found, scan.ex
    quotes, qstarts = scan.quotes, scan.qstarts
    word = m.group(0).strip("“”")
    if m.group(0)[0] != "“" and in_spans(m.start(), quotes, qstarts):
        ex.add(text, m.start(), m.end(), False, "inside quotes: a name")
        return
    rest = text[m.end() : c1].strip()
    prev = text[m.start() - 1] if m.start() > 0 else ""
    if prev == "%" and word.endswith("覆盖"):
        ex.add(text, m.start(), m.end(), False, "the coverage is the value before it (100%全覆盖)")
        return
    if word == "全部完成":
        # 危旧房屋全部完成解危治理: the subject before and the task after.
        subject = strip_trail(strip_lead(before(text, c0, m.start()))[0])
        rest, word = "", word
        metric_override = subject + strip_trail(text[m.end() : c1].strip())
    else:
        metric_override = ""
    if m.group(0)[0] == "“" and not text[c0 : m.start()].endswith("实现"):
        ex.add(text, m.start(), m.end(), False, "“零…” without 实现: a name")
        return
    if rest and word in vocab.MILESTONE_BEFORE_SUBJECT:
        if rest.startswith(vocab.FULL_COVERAGE) or re.search(r"\d", rest):
            ex.add(text, m.start(), m.end(), False, "milestone word over another target")
            return
        metric = strip_trail(strip_lead(rest[:MAX_PRE])[0])[:MAX_METRIC]
    elif rest or prev in "健完齐":
        ex.add(text, m.start(), m.end(), False, f"{word} not at the end of its clause")
        return
    else:
        prefix = strip_lead(before(text, c0, m.start()))[0]
        k = prefix.find("实现")
        if k > 1 and word.endswith("覆盖"):
            prefix = prefix[:k]  # 示范区实现区县（市）全覆盖: the subject is before 实现
        metric = strip_trail(prefix)[-MAX_METRIC:]
    if metric_override:
        metric = metric_override[-MAX_METRIC:]
    if not metric:
        ex.add(text, m.start(), m.end(), False, "milestone word without a subject")
        return
    if any(f.value is not None and c0 <= f.pos < m.start() and f.metric in metric for f in found):
        # 首批100个示范社区全面建成: the count is the target, 全面建成 its verb
        ex.add(text, m.start(), m.end(), False, "the verb of a count target")
        return
    value, comp = (1.0, ">=") if word == "零的突破" else (None, None)
    f = Found(m.start(), (c0, c1), metric, value, None, comp, "qualitative", milestone=word)
    found.append(f)
    ex.add(text, m.start(), m.end(), True, f"milestone {word} -> {metric}")


# 这是一个, 第二个, 即可, 就能: words a talk says a doubling with, none of them what doubles
_NO_SUBJECT = re.compile(
    r"(?:这|那|此|它)?(?:是|就是)?(?:一个|第[一二三四五六七八九十]个|第\d个)?|(?:即|就|便)?(?:可|能|可以|能够)?"
)


def read_multiple(scan: Scan, c0: int, c1: int, m: re.Match[str]) -> None:
    """翻一番/翻两番/增加一倍: one multiple per listed subject (生产总值、城乡居民收入比2010年翻一番
    gives two); a multiple in quotes counts only as the object of 实现 (实现“翻一番”)."""
    text, found, ex = scan.text, scan.found, scan.ex
    prev = text[m.start() - 1] if m.start() else ""
    nxt = text[m.end()] if m.end() < len(text) else ""
    quoted = in_spans(m.start(), scan.quotes, scan.qstarts)
    if quoted and not (
        prev == "“"
        and (
            re.search("实现|达到", text[c0 : m.start()])
            or _BASE_YEAR_BEFORE.search(text, max(c0, m.start() - 12), m.start() - 1)
        )
    ):
        ex.add(text, m.start(), m.end(), False, "part of a name (“双翻番三覆盖”)")
        return
    if vocab.PROGRAMME_AFTER_RE.match(text, m.end()):
        ex.add(text, m.start(), m.end(), False, "part of a programme's name (倍增计划)")
        return
    if (prev == "双" and not m.group(3)) or nxt in "一二两三四五六七八九十":
        ex.add(text, m.start(), m.end(), False, "part of a name (双翻番三覆盖)")
        return
    if m.group(3) and text[max(0, m.start() - 2) : m.start()] in ("提质", "提速", "提档", "提能"):
        ex.add(text, m.start(), m.end(), False, "a slogan (提质倍增), not a target")
        return
    pre = before(text, c0, m.start() - (1 if quoted else 0))
    level = _LEVEL_ON.search(pre)  # 在2015年旅游综合收入248.49亿元的基础上翻一番: the level then
    if level:
        pre = pre[: level.start()] + level.group("year") + "年的基础上"
    head = read_head(vocab.BASE_ON_RE.sub("", pre))
    base = vocab.BASE_ON_RE.search(pre)
    metric = head.metric.removesuffix("基本实现").removesuffix("实现").removesuffix(
        "再"
    ) or _elided(scan, c0, doubling=m.group(0).startswith("翻"))
    if not metric or _NO_SUBJECT.fullmatch(metric):
        # (这是一个翻番, 即可实现翻一番目标: a word of the talk, not what doubles)
        ex.add(text, m.start(), m.end(), False, "翻番 without a subject")
        return
    if _FROM_LEVEL_NOW.match(metric):
        ex.add(
            text, m.start(), m.end(), False, "翻番 from the level now: restates the value before"
        )
        return
    if m.group(4):
        value = round(2 ** float(m.group(4)), 2)  # 翻1.88番 -> 3.68 倍
    elif m.group(0).startswith("翻"):
        value = float(vocab.MULTIPLE_VALUE[m.group(1)])
    elif m.group(3):
        value = 2.0  # 倍增 / “双倍增”: each listed subject doubles
    else:
        value = float(vocab.TIMES_VALUE[m.group(2)])
    comp = "~" if "基本" in pre[-8:] else ">="
    subjects = split_list(metric.replace("和", "、")) or [metric]
    if len(subjects) > 1 and _PURPOSE.match(subjects[0]):
        subjects = subjects[
            1:
        ]  # 为确保…基本实现社会主义现代化、实现…翻一番: the aim, not a subject
    for subject in complete_list(subjects):
        f = Found(m.start(), (c0, c1), strip_trail(subject), value, "倍", comp, "multiple")
        f.baseline_year, f.milestone = head.base_year, m.group(0)
        if base and f.baseline_year is None:
            f.baseline_year = base_year_of(base)
        if level:
            f.baseline = float(level.group("value"))
        found.append(f)
        ex.add(text, m.start(), m.end(), True, f"{m.group(0)} = ×{value:g} -> {subject}")


_PURPOSE = re.compile(r"为(?:确保|实现|推动|促进|保障)")
# 居民人均可支配收入比2020年“翻一番”: the base year right before a quoted multiple
_BASE_YEAR_BEFORE = re.compile(r"(?:比|较)(?:19|20)\d\d年(?:底|末)?$")
# 在2015年旅游综合收入248.49亿元的基础上: the year and the level a multiple starts from
_LEVEL_ON = re.compile(
    r"在(?P<year>(?:19|20)\d\d)年(?:底|末)?的?[\u4e00-\u9fff]{0,12}?(?P<value>\d+(?:\.\d+)?)"
    r"[^\d，。；,;]{0,4}的基础上$"
)
# 在现在的14.12%的基础上实现翻一番 after 将达到23%: the level now (`baselines.level_now_base`)
_FROM_LEVEL_NOW = re.compile(r"在(?:现在|目前|现有|当前)?的?[\d.]+%?的基础上$")
_GROWTH_TAIL = re.compile(r"(?:年均|年平均)?(?:现价)?(?:增长速度|增长率|增长|增速|增幅)$")


def _elided(scan: Scan, c0: int, doubling: bool) -> str:
    """增加值年均增长高于20%，2015年比2010年至少翻一番: a multiple without a subject doubles the
    subject of the growth rate or level before it in the same sentence (国民生产总值达到1300亿元以上,
    比2010年翻一番: a level and its multiple, two targets)."""
    last = next((f for f in reversed(scan.found) if f.pos < c0 and f.value is not None), None)
    if last is None or re.search(r"[。；;！？]", scan.text[last.pos : c0]):
        return _growing_before(scan.text, c0) if doubling else ""
    if last.unit != "%" and not doubling:
        return ""  # 达到2500万个，比1985年增长1倍: 增长N倍 after a level restates it
    return _GROWTH_TAIL.sub("", last.subject)


_DEADLINE_CLAUSE = re.compile(r"(?:到|至)?(?:19|20)\d\d年(?:底|末)?")


def _growing_before(text: str, c0: int) -> str:
    """生产总值保持年均两位数增长，到2011年，在“十五”末的基础上再翻一番: the subject whose growth
    a clause before in the sentence names (past clauses that only date it)."""
    start = max(text.rfind(mark, 0, c0) for mark in "。；;！？：:︰")
    clauses = re.split(r"[，,]", text[start + 1 : c0])[:-1]
    for clause in reversed(clauses):
        if _DEADLINE_CLAUSE.fullmatch(clause.strip()):
            continue
        grown = GROWING_SUBJECT.fullmatch(clause.strip())
        return grown.group(1) if grown else ""
    return ""
