"""Baselines stated beside a target: the level it starts from, written before or after it.

由45%提高到60% (the baseline first, 由/从 … 到), 6050亿元，比1980年的4972亿元增长21.7% (the target,
then its baseline and base year), 婴儿死亡率 5.0‰（目前8.1‰） (the level now, in brackets after the
target). Each reader returns the baseline and its year, or None; `clause` sets them on the target.
"""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.quantity import Quantity
from plantrack.read.headings import cn_number

BASE_OPENS = ("比", "较")  # a clause of 比…年的 opens with one (speed)
# 6050亿元，比1980年的4972亿元增长21.7%: the value before, then its baseline with the base year
_BASE_OF_BEFORE = re.compile(rf"[，,]?(?:比|较)((?:19|20)\d\d|{vocab.CN_YEAR})年(?:底|末)?的")
_VALUE_THEN_COMMA = re.compile(r"[^，。；;]{1,16}[，,]")
# 5.0‰（目前8.1‰）, 5.3亿人（2014年为3.6亿人）: the level now, in brackets after the target
_NOW_IN_BRACKETS = re.compile(
    r"[（(](?:(?:目前|当前|现为|现状|现在)(?:为|是|约)?|(?P<year>(?:19|20)\d\d)年(?:为|是))$"
)
_NOW_ENDS = frozenset("前为是约状在")  # the last character _NOW_IN_BRACKETS can end on (speed)


_TO_VALUE = re.compile(r"到达?(?=\d)")
# an adverb between a baseline and its verb (由45%进一步提高到50%)
_ADVERB = re.compile(r"^(?:逐步|进一步|稳步|逐年|大幅|大幅度|显著|明显|有效|再|将|分别|力争|争取)")


def from_to(pre: str, after: str, q: Quantity) -> tuple[float | None, int | None, str] | None:
    """由45%提高到60%, 由2020年的483.9亿元到2025年将增加为…: `q` (and its year) is the baseline of
    the next value; with the text before 由 (the subject)."""
    bm = vocab.BASELINE_PRE_RE.search(pre[-12:])
    after = after.removeprefix("，").removeprefix(",")  # 由2012年的18%，降至…
    after = _ADVERB.sub("", after, count=1)  # 从30平方公里逐步扩大到100平方公里
    if not bm or not (
        any(after.startswith(v) for v in vocab.MEASURE_VERBS)
        or _TO_VALUE.match(after)  # 从现在的53%到75%, 到达75%
        or (bm.group(1) and vocab.BASELINE_TO_YEAR_RE.match(after))
    ):
        return None
    cut = len(pre) - 12 + bm.start() if len(pre) > 12 else bm.start()
    return q.value, cn_number(bm.group(1)) if bm.group(1) else None, pre[:cut]  # 2020, 一九八〇


def level_in_brackets(
    pre: str, after: str, q: Quantity, start_year: int | None
) -> tuple[float | None, int | None] | None:
    """（目前8.1‰） right after a target: the level now, its baseline; a year in the bracket
    counts only before the plan's start (（2020年达到77.3岁） is a milestone on the way)."""
    m = _NOW_IN_BRACKETS.search(pre, max(0, len(pre) - 12)) if pre[-1:] in _NOW_ENDS else None
    if not m or after.lstrip()[:1] not in "）)":
        return None
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and (start_year is None or year >= start_year):
        return None
    return q.value, year


# 森林覆盖率将达到23%,在现在的14.12%的基础上实现翻一番: the level now, then the multiple that
# restates the target before it
LEVEL_NOW_BASE = re.compile(r"在(?:现在|目前|现有|当前)?的?$")
LEVEL_NOW_MULTIPLE = re.compile(r"的基础上(?:实现|再)?翻(?:一|两)?番")


def level_now_base(text: str, c0: int, q: Quantity) -> bool:
    """在现在的14.12%的基础上实现翻一番, a clause right after a target: `q` is its level now."""
    return (
        LEVEL_NOW_BASE.fullmatch(text, c0, q.start) is not None
        and LEVEL_NOW_MULTIPLE.match(text, q.end) is not None
    )


def restated_base(
    text: str, c0: int, q: Quantity, before: int
) -> tuple[float | None, int | None] | None:
    """比1980年的4972亿元 opening the clause at `c0` right after the value at `before`: that
    value's baseline and base year, not a target of its own."""
    if "比" not in text[c0 : c0 + 2] and "较" not in text[c0 : c0 + 2]:
        return None  # every such clause opens with 比 or 较 (speed)
    m = _BASE_OF_BEFORE.fullmatch(text, c0, q.start)
    if not m or not _VALUE_THEN_COMMA.fullmatch(text, before, c0):
        return None
    return q.value, cn_number(m.group(1))
