"""三次产业结构调整为8∶42∶50: a plan's target for the shares of the three industries, written as
one ratio — one target per industry (`targets._sentence` calls it per sentence)."""

from __future__ import annotations

import re

from plantrack.parse.found import Found

_NUMBER = r"(\d{1,2}(?:\.\d{1,2})?)"
_COLON = r"\s*[:：∶︰]\s*"
# 产业比重2005年调整到10∶40∶50, 三次产业结构优化为5.5:42:52.5: the measure, a verb, three shares
_SHARES = re.compile(
    r"(?P<measure>(?:三次)?产业(?:增加值)?(?:比重|比例|结构|构成))"
    r"[^，。；\d]{0,6}?(?:(?P<year>(?:19|20)\d\d)年(?:底|末)?)?[^，。；\d]{0,6}?"
    rf"(?:调整(?:到|为)|优化(?:到|为)|达到|变为|为){_NUMBER}{_COLON}{_NUMBER}{_COLON}{_NUMBER}"
    r"(?![\d.:：∶︰])"
)
_PARTS = ("第一产业", "第二产业", "第三产业")
_TOTAL = (99.0, 101.0)  # shares of a whole: they add up to 100 (rounding aside)


def industry_shares(text: str, s0: int, s1: int) -> list[Found]:
    """产业比重2005年调整到10∶40∶50 -> 产业比重（第一产业）10 %, …（第二产业）40 %, …（第三产业）50 %,
    each due in the year written inside (else its deadline is left to the caller); [] when
    text[s0:s1] states no such ratio (or its parts do not add up to 100)."""
    if "产业" not in text[s0:s1]:
        return []  # most sentences (a fast gate: speed)
    out: list[Found] = []
    for m in _SHARES.finditer(text, s0, s1):
        values = [float(m.group(i)) for i in (3, 4, 5)]
        if not _TOTAL[0] <= sum(values) <= _TOTAL[1]:
            continue
        measure = m.group("measure")
        year = int(m.group("year")) if m.group("year") else None  # 产业比重2005年调整到…
        for part, value, i in zip(_PARTS, values, (3, 4, 5), strict=True):
            metric = f"{measure}（{part}）"
            f = Found(m.start(i), (m.start(), m.end()), metric, value, "%", ">=", "level", year)
            out.append(f)
    return out
