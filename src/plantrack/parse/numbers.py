"""Numbers with units as plans write them: 2000亿元, 12%左右, 一百五十家, 10EFLOPS.

`find_quantities` scans text once with one compiled pattern and returns every number that has a
unit, with the comparator word right after it (以上, 以内, 左右 …). Numbers that are names rather
than values (5G, G60, 世界500强, 第6版, “1510”) come back with `name` set to the reason, so
`--explain` can say why they were skipped. Chinese numerals are normalised with
`cn2an.cn2an(span, "smart")` on the captured span only (never `cn2an.transform` on running text).
"""

from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.marks import quote_spans
from plantrack.parse.number_names import name_reason
from plantrack.parse.quantity import LIST_JOIN_CHARS, SUFFIX_COMPARATORS, Quantity
from plantrack.read.lexicon import ALT_COUNT, BASE_UNITS, RATIO_UNIT

# Scale words kept in the unit as written and normalised into value_base/unit_base.
SCALES: dict[str, float] = {
    "万亿": 1e12,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,  # 8千套 (after a figure only; 千瓦, 千米, 千克 are units of their own)
}
_KILO_UNITS = "瓦米克伏卡帕"


_CN = "零〇一二两三四五六七八九十百千"
# Bounded: an unbounded run with the lookahead below backtracks quadratically on 一一一….
# 二十二万七千千瓦: a 千 before 瓦, 米, 克 … is the unit's (千瓦), not the numeral's
_KILO_NEXT = rf"(?!(?<=千)[{_KILO_UNITS}])"
# 零部件, 零件, 零售, 零星: words that open with 零, no zero
_NO_ZERO = r"(?!零(?:部件|件|售|星|散|碎|配件|担))"
_CN_NUM = rf"(?<![{_CN}]){_NO_ZERO}[{_CN}]{{1,12}}(?:点[{_CN}]{{1,6}})?{_KILO_NEXT}"
# 四亿五千万吨, 一万二千公里: a Chinese numeral with a scale inside it (older plans write them so)
# 一亿五千零七十二万四千吨: both scales inside it
_CN_COMPOUND = (
    rf"(?<![{_CN}])[{_CN}]{{1,6}}"
    rf"(?:亿[{_CN}]{{1,8}}万[{_CN}]{{1,8}}|亿[{_CN}]{{1,8}}(?=万)|万[{_CN}]{{1,8}}){_KILO_NEXT}"
)
# 万吨/年, 万元/人, 吨/日: a unit per a denominator.
_PER = (
    r"(?:/(?:十万|百万|万|千|百亿|百|亿|[1-9]\d{0,2})?(?:年|日|天|月|小时|人|户|亩|公顷|床|元|万元|枚|辆|台|吨|千克|公斤|车"
    r"|千瓦时|平方公里|平方米|公里))?"  # 千瓦时/百公里, 个/百万人, 个/5公里
)
# a classifier that opens a word is no unit: 支持, 口岸, 宗教, 份额, 笔记
_UNIT_GUARDS = {
    "支": "持撑付出援配柱",
    "口": "岸径腔号碑罩味",
    "眼": "光睛科界前下中里镜泪神望",  # 1500眼 wells; not 眼光, 眼下
    "班": "子车次组级长主底机轮列线制",  # 40班 classes; not 班子, 班车, 班次
    "宗": "教旨",
    "份": "额",
    "笔": "记",
    "根": "据本源治植除系",
    "对": "口应接外标照比于策象付抗话待称象",
    "周": "年期边末岁转",  # 100周年, 周期, 周边: not weeks
    "例": "如外",
    "具": "有备体",  # 具有, 具备, 具体: not a count
    "台": "阶",  # 迈上3万亿台阶: a step, not machines
    "担": "当任保负忧心纲子",  # 担保, 担任: not a weight
    "枪": "支击战械手",  # 枪支: not charging connectors
    "匹": "配敌",  # 匹配: not bolts of cloth
    "方": "面案式法针向便位略圆形正舱块阵格",  # 3方面, 两方案: not cubic metres
    "节": "能水约电地点日假庆目奏省俭制",  # 12节车厢, not 节能, 节点
    "发": "展布放起出生现挥射电动表行明",  # 50发火箭, not 发展, 发布
    "组": "织成建合团件网",  # 1000组样品, not 组织, 组建
    "箱": "体式包变涵梁",  # 2000万箱卷烟, not 箱体, 箱式变电站
    "批": "准复示发量评办件",  # 3批清单, not 批准, 批复
    "个点": "位",  # 21个点位: points, counted (not 3个点, percentage points)
    "门": "户槛诊类店票口面径禁窗头前卫道心峡县湾",  # 70万门 phone lines; not 门户, 三门峡
    "部": "门委署位分长",  # 100部精品剧目; not 等21部门印发, 10部委
    "面": "积向对临貌料板上下前值层食条粉试谈",  # 62面指路标志, not 面积, 面向
    "成": "都为立果绩本员熟功效交长型品像年人形份分效批套片就色",  # 八成, not 成都, 成为
    "t": "a-zA-Z/",  # 120万t tonnes, not 1500万tce nor a 3t/h boiler's rating
}
# Longest first (BASE_UNITS' order); the plain one-character units as one character class, which
# the engine tests in one step instead of trying some fifty alternatives in turn.
_UNIT_ALT = "|".join(
    [
        f"{re.escape(u)}(?![{_UNIT_GUARDS[u]}])" if u in _UNIT_GUARDS else re.escape(u)
        for u in BASE_UNITS
        if len(u) > 1 or u in _UNIT_GUARDS
    ]
    + [
        "["
        + "".join(re.escape(u) for u in BASE_UNITS if len(u) == 1 and u not in _UNIT_GUARDS)
        + "]"
    ]
)
_SCALE_ALT = f"万亿|亿|千万|百万|万|(?<=\\d)千(?![{_KILO_UNITS}])"
# 50项内街小巷, 3公里内河航道: 内 opening a word (内街, 内河, 内部 …) is no bound
_INNER_WORD = "(?![街河容部陆需涝外设科环湾线港])"
_SUFFIX_ALT = "|".join(
    w + _INNER_WORD if w == "内" else w for w in sorted(SUFFIX_COMPARATORS, key=len, reverse=True)
)

_UNIT_OR_SUFFIX = rf"(?:{_SCALE_ALT})?(?:{_UNIT_ALT})|(?:{_SCALE_ALT})(?![{_CN}])|{_SUFFIX_ALT}"
# A Chinese numeral is only captured when a unit or comparator word follows (the lookahead keeps
# the scan in C over the many 一 and 三 of running text: 一流, 三网一平台).
# The lookahead names every character a quantity can start with: the scan skips the rest of the
# text without trying the alternatives (about twice as fast on plan text).
# 四比一, 三点五比一: a ratio to one in Chinese numerals (not 比一九八〇年)
_CN_TO_ONE = r"比一(?![〇○零一二两三四五六七八九十百千万亿年])"
QUANTITY_RE = re.compile(
    rf"(?=[\d{_CN}])(?:(?P<pct>[百千]分之)(?P<pnum>{_CN_NUM}|\d+(?:\.\d+)?)"
    rf"(?:[到至—](?P<phigh>{_CN_NUM})(?![\d{_CN}年月日个]))?"  # 百分之四到五: a range
    rf"|(?P<num>(?<![\d.])(?<!\d,)\d+(?:[,.]\d+)*"
    rf"|(?:{_CN_COMPOUND}|{_CN_NUM})(?=[多余]?(?:{_UNIT_OR_SUFFIX})|{_CN_TO_ONE})))"  # 四十多亿元
    rf"(?P<more>[多余](?=(?:{_SCALE_ALT})?(?:{_UNIT_ALT})))?"  # 1900多个, 50余人: more than
    rf"(?P<unit>(?:{_SCALE_ALT})?(?:(?<=[万亿])[多余])?(?:{_UNIT_ALT}){ALT_COUNT}{_PER}"
    rf"|(?:{_SCALE_ALT})(?![{_CN}])"
    r"|/(?:10万|十万|1万|万|1000|千|100|百))?"  # rates: 8/10万, 3/千
    rf"(?P<suffix>{_SUFFIX_ALT})?"
)
_SUFFIX_RE = re.compile(_SUFFIX_ALT)
# （含私人桩）以上: a note in brackets between a value's unit and its comparator word
# (not （台、套）: the other units of a count)
_NOTE_THEN_SUFFIX = re.compile(
    rf"[（(](?![\u4e00-\u9fff](?:、[\u4e00-\u9fff])*[）)])[^（）()，。；]{{2,12}}[）)]"
    rf"(?P<suffix>{_SUFFIX_ALT})"
)


# (not 000: the tail of a figure whose first digit was lost, ?000多条)
_ARABIC_OK = re.compile(r"^(?!00+(?![.\d]))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_RANGE_DASHES = {
    "-",
    "—",
    "–",
    "~",
    "～",
    "至",
    "到",
    "—一",
    "－",
    "―",  # a horizontal bar, as converters write the dash (60―70%)
    "——",
    "--",
    "---",
}


@lru_cache(maxsize=8192)
def parse_number(span: str) -> float | None:
    """Arabic or Chinese numeral span -> float; None when malformed (1,2.3.4 or 一二三四五六)."""
    if not span:
        return None
    if span[0].isdigit():
        if not _ARABIC_OK.match(span):
            return None
        return float(span.replace(",", ""))
    if span[0] in "百千":
        span = "一" + span  # 千亿元 = 一千亿元
    try:
        value = cn2an.cn2an(span, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


# 万吨, 万元 (not 万亿元): the scale a compound numeral with 亿 in it ends on
_TEN_THOUSANDS = re.compile(r"万(?!亿)")


def _compound_number(num: str, unit: str | None) -> float | None:
    """四亿五千 before 万吨 -> 45000 (in the unit written, 万吨; `find_quantities` restates it
    in 亿吨); 一万二千 -> 12000."""
    inner = "亿" if "亿" in num else "万" if "万" in num else None
    if inner is None:
        return parse_number(num)
    head, rest = num.split(inner, 1)
    rest = rest.lstrip("零〇") or rest  # 一万零五百: the zero only marks the gap
    if inner == "亿" and "万" in rest:  # 一亿五千零七十二万四千: in ones
        high, low = parse_number(head), _compound_number(rest, unit)
        return None if high is None or low is None else high * 1e8 + low
    high, low = parse_number(head), parse_number(rest)
    if high is None or low is None:
        return None
    return high * 1e4 + low  # 四亿 is 40000 of the 万吨 after it; 一万 is 10000 ones


@lru_cache(maxsize=1024)
def split_scale(unit: str | None) -> tuple[float, str | None]:
    """'亿元' -> (1e8, '元'); '万人' -> (1e4, '人'); '%' -> (1, '%'); '万' -> (1e4, None)."""
    if not unit:
        return 1.0, unit
    for word, factor in SCALES.items():
        if unit.startswith(word) and not (word == "千" and unit[1:2] in _KILO_UNITS):
            rest = unit[len(word) :]
            return factor, (rest or None)
    return 1.0, unit


def normalise(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """(value_base, unit_base) when the unit carries a scale word, else (None, None)."""
    if value is None or not unit:
        return None, None
    factor, base = split_scale(unit)
    if factor == 1.0:
        return None, None
    return value * factor, base


def _unit_of(m: re.Match[str]) -> str | None:
    """The unit a quantity match states: % for 百分之, ‰ for 千分之 ("" when a unit follows
    those too), else what follows the number."""
    unit = m.group("unit")
    if unit and unit.startswith("％"):
        unit = "%" + unit[1:]  # full-width percent, when the text was not normalised
    if m.group("pct"):
        return "" if unit is not None else "%" if m.group("pct") == "百分之" else "‰"
    return unit


# 2.1∶1, 四比一, 3比1: a ratio to one (not 比一九八〇年, 比10年前: a comparison)
_TO_ONE = re.compile(rf"∶1|{_CN_TO_ONE}|比1(?![\d.])")


def _tail(text: str, end: int, unit: str | None, suffix: str | None) -> tuple[int, str | None, int]:
    """(end, comparator word, end of a ratio or 0) of a value: 2.1∶1左右 a ratio to one (its value
    the first term); 12万个（含私人桩）以上 a note between the unit and the comparator word."""
    ratio = 0
    to_one = _TO_ONE.match(text, end) if unit is None and suffix is None else None
    if to_one:
        end = ratio = to_one.end()
        after = _SUFFIX_RE.match(text, end)
        if after:
            suffix, end = after.group(0), after.end()
    if unit and suffix is None and text[end : end + 1] in ("（", "("):
        noted = _NOTE_THEN_SUFFIX.match(text, end)
        if noted:
            suffix, end = noted.group("suffix"), noted.end()
    return end, suffix, ratio


def _value_in_unit(num: str, unit: str | None, chinese: bool) -> tuple[float | None, str | None]:
    """The value of a numeral in its unit: 一亿一千八百万亩 is 1.18 亿亩, in the largest scale the
    numeral writes."""
    value = _compound_number(num, unit) if chinese else parse_number(num)
    if not chinese or value is None or not unit:
        return value, unit
    if unit[0] in "万亿":  # 四亿五千 before 万吨 is 4.5 亿吨
        if "亿" in num and _TEN_THOUSANDS.match(unit):
            return round(value / 1e4, 8), "亿" + unit[1:]
        return value, unit
    if "亿" in num:  # 一亿五千零七十二万四千吨 is 1.50724 亿吨
        return round(value / 1e8, 8), "亿" + unit
    if "万" in num:  # 六百二十四万八千吨 is 624.8 万吨
        return round(value / 1e4, 8), "万" + unit
    return value, unit


# 二至三家, 三到五个: the lower end of a range of Chinese numerals (not 第一至三批)
_CN_LOW_END = re.compile(
    r"(?<![第\d零〇一二两三四五六七八九十百千])([一二两三四五六七八九十]{1,2})[至到]$"
)


def _chinese_range(
    text: str, start: int, num: str, value: float | None, unit: str | None, more: str | None
) -> tuple[int, str, float | None, float | None]:
    """二至三家: the range's start, lower numeral, lower value and upper value; the numeral as it
    is (and no upper value) when it is Arabic, has no unit or no lower end stands before it."""
    if num[0].isdigit() or not unit or more:
        return start, num, value, None
    m = _CN_LOW_END.search(text, max(0, start - 3), start)
    if m is None:
        return start, num, value, None
    low = parse_number(m.group(1))
    if low is None or value is None or low >= value:
        return start, num, value, None
    return start - len(m.group(0)), m.group(1), low, value


_BARE_SCALES = frozenset(("万", "亿", "千万", "百万", "万亿"))
# 达到80亿尾。, 100亿单位；, 2000万空方，: one or two characters after a bare scale that close the
# clause are its measure word (the noun it counts was named before the number); not a grade, a
# bound word or a page count (全文约12万字: the document itself)
_SCALE_MEASURE = re.compile(r"([\u4e00-\u9fff]{1,2})(?=[。，；,;！!？?\n]|$)")
_NOT_MEASURES = frozenset((
    "级", "多", "余", "强", "字", "大关", "关口", "台阶", "量级", "规模", "目标", "任务", "水平",
    "以上", "以下", "左右", "上下", "以内", "之多", "有余", "年",
))  # fmt: skip


def _closing_measure(text: str, end: int, unit: str | None, bare: bool) -> tuple[str | None, int]:
    """(unit, end) of a figure whose bare scale the clause's last characters measure (80亿尾。)."""
    if bare and unit in _BARE_SCALES:
        measure = _SCALE_MEASURE.match(text, end)
        if measure and measure.group(1) not in _NOT_MEASURES:
            return unit + measure.group(1), measure.end(1)
    return unit, end


# 六成五: the tenth after 成 (and the comparator word after it)
_TENTHS = re.compile(rf"(?P<digit>[一二三四五六七八九])(?P<suffix>{_SUFFIX_ALT})?")


def _tenths(
    text: str, end: int, unit: str | None, suffix: str | None
) -> tuple[float, str | None, int]:
    """(the tenth after 成, suffix, end) of 六成五左右 (a Chinese numeral's tenths)."""
    m = _TENTHS.match(text, end) if unit == "成" and suffix is None else None
    if m is None:
        return 0.0, suffix, end
    return (parse_number(m.group("digit")) or 0) / 10, m.group("suffix"), m.end()


def find_quantities(text: str, quotes: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every number in `text` with its unit and comparator word (either may be None), in order.

    Quantities that are names get `name` = why (so callers can explain and skip them). A Chinese
    numeral with neither unit nor comparator word is not returned at all (三网一平台, 一流).
    """
    if quotes is None:
        quotes = quote_spans(text)
    starts = [s for s, _ in quotes]
    found: list[Quantity] = []
    ratio_end = 0  # the end of the last ratio read: the 1 of its ∶1 is no quantity
    for m in QUANTITY_RE.finditer(text):
        if m.start() < ratio_end:
            continue
        num = m.group("num") or m.group("pnum")
        unit = _unit_of(m)
        suffix = m.group("suffix")
        chinese = not num[0].isdigit()
        if unit == "" or (unit == "成" and not chinese):
            continue  # 百分之五十万: no share; 9成以上…: tenths as a page's shorthand
        if chinese and unit is None and suffix is None and not _TO_ONE.match(text, m.end()):
            continue  # 三网一平台, 两带多园, 一流: Chinese numerals need a unit (or 比一)
        if unit is None and suffix == "内":
            continue
        if chinese and unit == "批":
            continue  # 建设一批示范项目: some, not a count (3批清单 counts)
        start = m.start()
        unit, end = _closing_measure(text, m.end(), unit, suffix is None and not chinese)
        tenth, suffix, end = _tenths(text, end, unit, suffix)
        end, suffix, ratio = _tail(text, end, unit, suffix)
        ratio_end = ratio or ratio_end
        if ratio:
            unit = RATIO_UNIT  # 2.1∶1: a ratio to one, its unit written as gold writes it
        more = m.group("more")
        if unit and unit[1:2] in ("余", "多") and unit[0] in "万亿":
            unit, more = unit[0] + unit[2:], unit[1]  # 1.7万余个: more than 1.7万个
        value, unit = _value_in_unit(num, unit, chinese)
        value = round(value + tenth, 6) if tenth and value is not None else value  # 六成五
        start, num, value, high = _chinese_range(text, start, num, value, unit, more)
        q = Quantity(start, end, num + (more or ""), value, unit, suffix, chinese)
        q.more = bool(more)
        q.high = high
        if m.group("phigh"):
            q.high = parse_number(m.group("phigh"))
        q.name = name_reason(text, q, quotes, starts)
        prev = found[-1] if found else None
        if prev is not None and _joined(text, prev, q):
            continue
        found.append(q)
    if "半" in text:
        _add_halves(text, found)
    if "分之" in text or "/" in text:
        _add_fractions(text, found)
    if "万" in text or "亿" in text:
        _add_bare_scales(text, found, quotes, starts)
    _share_list_units(text, found)
    _per_volume_first(text, found)
    return found


def _joined(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether `q` is the rest of `prev` (and joined to it): 3万 + 8000亿元, 5% + —6%."""
    if _tens_of_thousands(prev, q):
        _join_thousands(prev, q)  # 3万8000亿元, 1万2千亩: one number in two scales
        return True
    between = text[prev.end : q.start]
    if (
        prev.name is None
        and q.name is None
        # 23.6一34.8%: an OCR'd dash between two Arabic figures
        and (between in _RANGE_DASHES or (between == "一" and not (prev.chinese or q.chinese)))
        and (prev.unit is None or (q.unit or "").startswith(prev.unit))
        and prev.suffix is None
    ):
        # 5%—6%, 3-5个: one quantity, at least the lower end.
        prev.end, prev.unit, prev.suffix, prev.high = q.end, q.unit, q.suffix, q.value
        return True
    return False


def _tens_of_thousands(prev: Quantity, q: Quantity) -> bool:
    """3万 then 8000亿元 (or 2千亩) right after it: the thousands of one number."""
    if prev.end != q.start or prev.unit != "万" or prev.suffix or prev.chinese or q.chinese:
        return False
    if not q.unit or q.unit.startswith(("万", "亿万")) or q.value is None or q.high is not None:
        return False
    if q.unit.startswith("千"):
        return q.num_text.isdigit() and len(q.num_text) == 1 and len(q.unit) > 1
    return q.num_text.isdigit() and len(q.num_text) == 4


def _join_thousands(tens: Quantity, rest: Quantity) -> None:
    """3万 + 8000亿元 -> 3.8万亿元, 1万 + 2千亩 -> 1.2万亩: written in the larger scale."""
    unit = rest.unit or ""
    thousands = (rest.value or 0) * (1000 if unit.startswith("千") else 1)
    tens.value = (tens.value or 0) + thousands / 10000
    tens.num_text = f"{tens.value:g}"
    tens.unit = "万" + unit.removeprefix("千")
    tens.end, tens.suffix = rest.end, rest.suffix


def _per_volume_first(text: str, found: list[Quantity]) -> None:
    """每立方米35微克以下: a concentration written volume first reads as 35微克/立方米 以下, its
    span taking 每立方米 in (so 控制在 before it is the comparator's word, as for 35微克/立方米以下)."""
    if "每" not in text:
        return
    for q in found:
        mass = text[q.end : q.end + 2]
        if q.unit is not None or q.suffix is not None or mass not in ("微克", "毫克"):
            continue
        volume = next((v for v in ("立方米", "升") if text.endswith("每" + v, 0, q.start)), None)
        if volume is None:
            continue
        q.start, q.end, q.unit = q.start - len(volume) - 1, q.end + 2, f"{mass}/{volume}"
        after = _SUFFIX_RE.match(text, q.end)
        if after:
            q.suffix, q.end = after.group(0), after.end()


# 一半以上, 超过一半, 过半: half, a share of 50 per cent
_HALF = re.compile(r"(?:一半|过半)(?P<suffix>以上)?")


def _add_halves(text: str, found: list[Quantity]) -> None:
    """一半以上 / 超过一半 / 过半 as 50 %, between the quantities already found."""
    for m in _HALF.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        q = Quantity(m.start(), m.end(), m.group(0), 50.0, "%", m.group("suffix"), True)
        if m.group(0).startswith("过"):
            q.suffix = "以上"  # 过半: more than half
        found.append(q)
    found.sort(key=lambda q: q.start)


# 三分之一, 1/3: a fraction (not 1/10万, 2025/1/3, 10/10万: a rate or a date)
_FRACTION = re.compile(
    r"(?:(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])(?![十百千万亿])"
    r"|(?<![\d./])(?P<anum>[1-9])/(?P<aden>[2-9])(?![\d./万千百亿]))"
    rf"(?P<suffix>{_SUFFIX_ALT})?"
)


def _add_fractions(text: str, found: list[Quantity]) -> None:
    """三分之一以上, 1/3左右: a fraction as its decimal to six places (as gold writes it), no
    unit, in place of the pieces the scan read in it (三分, 1, 3以上)."""
    for m in _FRACTION.finditer(text):
        if m.group("den"):
            num, den = parse_number(m.group("num")), parse_number(m.group("den"))
        else:
            num, den = float(m.group("anum")), float(m.group("aden"))
        if not num or not den or num >= den:
            continue
        start, end, suffix = m.start(), m.end(), m.group("suffix")
        found[:] = [q for q in found if q.end <= start or q.start >= end]
        shown = text[start : end - len(suffix or "")]
        found.append(Quantity(start, end, shown, round(num / den, 6), None, suffix, False))
    found.sort(key=lambda q: q.start)


# 突破万亿元, 超万亿元, 推广万种, 达到万辆级规模: a scale with no digit before it is one of that
# scale. Only right after a verb of reaching (每万人口, 万家灯火 and 亿万 are not quantities).
_BARE_SCALE = scan_first_chars(
    re.compile(
        r"(?:(?<=突破|超过|达到|迈上|迈向|跨越|推广|计划|培育|带动)|(?<=超))(?P<unit>(?:万亿|亿|万)"
        r"(?:元|种|辆|名|人|户|个|家|台|套|吨|千瓦|项|件|亩))(?P<suffix>以上)?"
    )
)


def _add_bare_scales(
    text: str, found: list[Quantity], quotes: list[tuple[int, int]], starts: list[int]
) -> None:
    """突破万亿元 as 1 万亿元 (and 开发推广万种产品, 达到万辆级规模), between the quantities found."""
    for m in _BARE_SCALE.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        q = Quantity(m.start(), m.end(), "", 1.0, m.group("unit"), m.group("suffix"), True)
        q.name = name_reason(text, q, quotes, starts)
        found.append(q)
    found.sort(key=lambda q: q.start)


# 个 before 个工作日, 个 before 个百分点: a measure word a longer unit opens with
_MEASURE_WORDS = frozenset(("个",))


_LIST_JOINS = frozenset(LIST_JOIN_CHARS)


def _share_list_units(text: str, found: list[Quantity]) -> None:
    """分别达到407、262万千瓦, 15、12和10标台: the bare numbers of a list take the unit its last
    value states;
    分别控制在20个、13个、5个工作日: so do values whose measure word the last unit opens with."""
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if (
            q.name is None
            and not q.chinese
            and nxt.unit is not None
            and nxt.name is None
            and text[q.end : nxt.start] in _LIST_JOINS
            and not _item_number(text, q)
        ):
            if q.unit is None:
                q.unit = nxt.unit  # its span stays the number as written
            elif q.unit in _MEASURE_WORDS and nxt.unit.startswith(q.unit) and nxt.unit != q.unit:
                q.unit = nxt.unit  # 20个 before 5个工作日: 20个工作日


def _item_number(text: str, q: Quantity) -> bool:
    """10、70%以上自然保护区…: a list item's number opening a line or a sentence, not a value of
    a list (分别达到407、262万千瓦)."""
    opens = q.start == 0 or text[q.start - 1] in "\n。；;！？"
    return opens and text[q.end : q.end + 1] == "、" and text[q.start : q.end].isdigit()
