"""What a converter leaves in a plan's text: full stops dropped (a sentence per line) and a 1950s
typesetter's numerals digit by digit. `clean` reads both back."""

from __future__ import annotations

import re
from collections import Counter

from plantrack.model import Block

_LINE_MIN = 30  # characters: a line of prose, not a heading or a list item

# 三、八五六·二亿斤, 百分之九八·三, 二七○·一亿元: a 1950s typesetter's numeral, digit by digit, a
# middle dot for its decimal point and a 、 between thousands — read where a unit or 百分之 says it
# is a quantity (not 五·一 or 一·二八, dates)
_CN_DIGITS = "〇○零一二三四五六七八九"
_CN_WHOLE = rf"[{_CN_DIGITS}]{{1,3}}(?:、[{_CN_DIGITS}]{{3}})+|[{_CN_DIGITS}]{{1,7}}"
_CN_POINT_NUMBER_RE = re.compile(
    rf"(?<![{_CN_DIGITS}十百千万亿、])(?:(?<=百分之)(?P<pct>{_CN_WHOLE})(?:·(?P<pfrac>[{_CN_DIGITS}]{{1,3}}))?"
    rf"|(?P<whole>{_CN_WHOLE})·(?P<frac>[{_CN_DIGITS}]{{1,3}})"
    r"(?=[亿万倍元斤吨担亩米瓦度个台辆件条%％]|公里)"
    rf"|(?P<bare>{_CN_WHOLE})(?=[亿万倍元斤吨担亩米瓦度个台辆件条处%％]|公里))(?![十百千])"
)
# 六、六七四万亩: thousands set apart by a 、
_GROUPED_RE = re.compile(rf"[{_CN_DIGITS}]、[{_CN_DIGITS}]{{3}}")
# a zero written ○ or 〇 inside a numeral: no Chinese numeral but a year or a typesetter's holds one
_ZERO_DIGITS = ("○", "〇")
_CN_DIGIT_VALUES = str.maketrans(_CN_DIGITS, "00012345678" + "9")


def positional_numerals(text: str) -> str:
    """三、八五六·二亿斤 -> 3856.2亿斤, 百分之九八·三 -> 百分之98.3 where a unit or 百分之 says so."""
    if (
        "·" not in text
        and "百分之" not in text
        and not any(z in text for z in _ZERO_DIGITS)
        and not _GROUPED_RE.search(text)
    ):
        return text  # every such numeral holds one of these (speed)
    return _CN_POINT_NUMBER_RE.sub(_positional, text)


def _positional(m: re.Match[str]) -> str:
    """三、八五六·二 -> 3856.2; 百分之一○一 -> 百分之101; 四○○万亩 -> 400万亩 (two digits without
    a zero, 百分之六七 or 三五个, stay: six or seven per cent, three to five, in today's usage)."""
    bare = m.group("bare")
    grouped = (  # 营造经济林六、六七四万亩 (not at a line's start: 六、 opens an item there)
        bare is not None and "、" in bare and m.start() > 0 and m.string[m.start() - 1] != "第"
    )
    if (
        bare is not None
        and not grouped
        and (not any(z in bare for z in _ZERO_DIGITS) or not bare.strip("○〇、"))
    ):
        return m.group(0)  # 三五个: three to five, not 35; ○○个: a form's blank
    zero = any(z in m.group(0) for z in _ZERO_DIGITS)  # 百分之二○, 四○○万亩, 七、二○○万亩
    whole = (m.group("pct") or m.group("whole") or bare).replace("、", "")
    frac = m.group("pfrac") or m.group("frac")
    if frac is None and not zero and not grouped and (len(whole) < 3 or "、" in m.group(0)):
        return m.group(0)
    number = whole.translate(_CN_DIGIT_VALUES)
    return f"{number}.{frac.translate(_CN_DIGIT_VALUES)}" if frac else number


_STOPLESS_MIN = 8  # lines of text: fewer say nothing about how a document was converted
_STOPLESS_SHARE = 0.1
_FULL_STOP_RE = re.compile(r"[。！？!?]")
_FIXED_WIDTH_SHARE = 0.5


def sentence_per_line(blocks: list[Block], width: int | None) -> bool:
    """A text whose converter dropped every 。 and put each sentence on a line of its own (a
    plan's plain-text copy: 面对…变化和重大风险挑战，…新的历史性变化 / 我们有效应对…): many lines
    of prose with commas, hardly one with a full stop — unless its lines are cut at one `width`
    (`wrap_width`)."""
    lines = [b.text for b in blocks if b.kind == "paragraph" and len(b.text) > _LINE_MIN]
    if len(lines) < _STOPLESS_MIN:
        return False
    stops = sum(1 for line in lines if _FULL_STOP_RE.search(line))
    commas = sum(1 for line in lines if "，" in line)
    return (
        stops <= _STOPLESS_SHARE * len(lines)
        and commas * 2 >= len(lines)
        and width is None  # cut at one width: sentences run on wherever the width leaves them
    )


def wrap_width(lines: list[str]) -> int | None:
    """The width most lines of prose are cut at, when at least half of them are (±1), else None."""
    lines = [line for line in lines if len(line) > _LINE_MIN]
    if len(lines) < _STOPLESS_MIN:
        return None
    widths = Counter(len(line) for line in lines)
    width = widths.most_common(1)[0][0]
    near = sum(n for w, n in widths.items() if abs(w - width) <= 1)
    return width if near >= _FIXED_WIDTH_SHARE * len(lines) else None
