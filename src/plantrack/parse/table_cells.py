"""The cells of an indicator table (主要指标表), and the 注 lines under it.

A value cell: `6左右`, `≥95`, `<5.5`, `=100`, `〔18〕`, `[累计达到1000]`, `〔约20〕`, `翻一番`, `—`;
anything else is words (完成国家下达任务, 与经济增长同步). What a bracket means is read from the
note under the table (`注：〔〕内为五年累计数，［］内为五年平均数`, `带〔〕的为累计数`): a
cumulative change over the period, or a five-year average (a yearly figure). Without a note a
bracketed value is cumulative, as the national plans' notes say.

Some cells hold more than one target; `row_variants` splits such a row into one row each:
`城镇登记失业率/城镇调查失业率 | <4/<5.5`, `[成片:五年累计约110 零星:五年累计约20]`, and
`翻一番(全省人均GDP≥10万元)` (a multiple, and a level for the scope in brackets).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from plantrack.parse.numbers import RATIO_UNIT, SUFFIX_COMPARATORS, find_quantities, parse_number
from plantrack.parse.target_words import MEASURE_VERBS
from plantrack.read.lexicon import EMPTY_CELLS, UNIT_RE, VALUE_PERIOD_NOTE

_CELL = re.compile(
    r"^(?P<pre>≥|≤|>=|<=|＞|＜|>|<|=|＝|约|不低于|不少于|不高于|不超过|超过|超|突破|达到|低于|高于)?\s*"
    r"(?P<open>[〔［\[【(（])?\s*(?P<num>-?\d+(?:[,.]\d+)*)(?:\s*[—–~～至-]{1,2}\s*(?P<max>\d+(?:[,.]\d+)*))?\s*(?:(?P<inner>%|‰)(?=\s*[〕］\]】)）]))?\s*(?P<close>[〕］\]】)）])?\s*"
    r"(?P<unit>%|‰|/(?:10万|十万|1万|万|1000|千|100|百)|[^\d\s以左上下内〔［\[【(（〕］\]】)）]{0,6}?)?\s*"
    r"(?P<suf>及以上|以上|以下|以内|左右|上下)?\s*$"
)
PRE_COMP = {
    "≥": ">=",
    ">=": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "≤": "<=",
    "<=": "<=",
    "不高于": "<=",
    "不超过": "<=",
    ">": ">",
    "＞": ">",
    "超过": ">",
    "超": ">",
    "突破": ">",
    "达到": ">=",
    "达": ">=",
    "高于": ">",
    "<": "<",
    "＜": "<",
    "低于": "<",
    "=": "=",
    "＝": "=",
    "约": "~",
}
_SUF_COMP = {"及以上": ">=", "以上": ">=", "以下": "<=", "以内": "<=", "左右": "~", "上下": "~"}
# [累计达到1000], 〔累计新增20〕, [五年累计约110]: words inside a cumulative cell
_CELL_WORDS = re.compile(
    r"(?<=[〔［\[【(（])\s*(?:五年)?累计(?:新增|达到|增加|减少|下降)?|(?<=[〔［\[【(（])\s*(?:新增|达到)"
)
# 〔约20〕, [≥6]: a comparator inside the bracket goes before it
_INNER_COMP = re.compile(r"^([〔［\[【(（])\s*(约|≥|≤|>=|<=|>|<|＞|＜)")
# 翻一番 / 翻两番: a multiple of the baseline
_DOUBLING = re.compile(r"^翻(?P<n>[一两二三])番$")
_DOUBLING_TIMES = {"一": 2.0, "两": 4.0, "二": 4.0, "三": 8.0}
# one bracket form for each pair: [ and ［ are the same note, ( and （ too
_OPENERS = {"〔": "〔", "［": "［", "[": "［", "【": "【", "(": "（", "（": "（"}
_NOTE = re.compile(
    r"(?P<b>〔\s*〕|［\s*］|\[\s*\]|【\s*】|（\s*）|\(\s*\))"
    r"[^，。；,;〔［\[【（(]{0,12}?(?P<what>累计|平均|年均)"
)


@dataclass(slots=True)
class Cell:
    """What a value cell says. `bracket`: "cumulative", "average" or None (no bracket)."""

    value: float | None = None
    unit: str | None = None
    comparator: str | None = None
    bracket: str | None = None
    words: str | None = None  # 完成国家下达任务, 与经济增长同步: a value in words
    multiple: bool = False  # 翻一番: `value` times the baseline
    total: bool = False  # [累计达到1000]: a total reached, not a change since the base year
    year: int | None = None  # 2027年60%，2028年…: the value is due that year
    scope: str | None = None  # 5分钟覆盖区超80%: the words the value is of
    aspiration: bool = False  # 力争150家
    each_year: bool = False  # 每年6900: a yearly amount in the row's unit, not a growth rate
    value_max: float | None = None  # 〔3000—4000〕: the upper end of a range


# 力争完成2000亿元左右, 增加20, 力争150家: words that lead to the value
_LEAD = re.compile(
    r"^(?P<asp>力争|争取|努力)?\s*(?P<each>每年)?\s*(?P<total>(?:五年|[1-9一二三四五六七八九十]年)?累计(?:完成|达到|实现|新增|增加)?)?"
    r"\s*(?:实现|完成|确保|增加|新增|提高到|提升到|提高至|提升至)?"
    r"\s*(?=(?:超过|超|突破|达到|不低于|不少于|约)?\s*\d)"
)
# 800万 on a 平方米 row: a magnitude the row's unit goes after
MAGNITUDES = ("万亿", "亿", "千万", "百万", "万", "千")


# 2027年60%，2028年进一步优化布局: a value with the year it is due, then words
_STAGED = re.compile(r"^((?:19|20)\d\d)年(?:底|末)?\s*(?:达到)?([^,;；。]{1,12}?)\s*(?:[,;；。]|$)")


# 高于全区税收年均增速3个百分点以上, 5分钟覆盖区超80%: words, then the figure they lead to (a
# share or points: a count after words is a task, not a value)
_WORDED = re.compile(
    r"^(?P<lead>.*?[\u4e00-\u9fff])\s*(?P<pre>超过|超|达到|达|不低于|不少于|不高于|不超过|低于|高于)?"
    r"\s*(?P<fig>\d[\d.]*\s*(?:%|‰|个百分点|百分点)\s*(?:及以上|以上|以下|以内|左右)?)$"
)
# 达到或好于Ⅲ类水体比例不低于75: a bare figure after a bound word, in the row's unit
_WORDED_BARE = re.compile(
    r"^(?P<lead>.*?[\u4e00-\u9fffⅠ-Ⅻ])\s*(?P<pre>不低于|不少于|不高于|不超过|超过|低于|高于)"
    r"\s*(?P<fig>\d[\d.]*)$"
)
# the words compare with another figure (高于全区增速 …) rather than scope the value
_REFERENCE = re.compile(r"^(?:高于|低于|超过|不低于|不高于|比|较|与|相当于)")


def _worded_figure(text: str, notes: dict[str, str] | None) -> Cell | None:
    """A figure at the end of words: 5分钟覆盖区超80% -> 80 %, >, scope 5分钟覆盖区;
    高于全区税收年均增速3个百分点以上 -> 3 个百分点, >= (the words are a reference)."""
    m = _WORDED.match(text) or _WORDED_BARE.match(text)
    if not m:
        return None
    cell = read_cell(m.group("fig"), notes=notes)
    if cell.value is None:
        return None
    lead, pre = m.group("lead"), m.group("pre")
    reference = _REFERENCE.match(lead)
    if pre or cell.comparator is None:
        word = pre or (reference.group(0) if reference else "")
        cell.comparator = PRE_COMP.get(word) or cell.comparator
    if not reference and len(lead) <= 12:
        cell.scope = lead
    return cell


# 注：括号内数据为2019年平均值: a bracketed 基期 figure is of another year than the column's
_NOTE_YEAR = re.compile(r"(?:（\s*）|\(\s*\)|括号)内?[^，。；,;]{0,8}?((?:19|20)\d\d)\s*年")
BRACKET_YEAR = "year"  # the key of that year in `bracket_notes`
STAR = "*"  # the key of what a star after a value means
_STAR_NOTE = re.compile(
    r"\\?[*＊※]\s*号?(?:的|者)?(?:数据|指标|数值)?\s*(?:为|是|表示)\s*(?:五年|规划期)?(?P<what>年均|平均|累计)"
)
# 5—5.5*: a value the note under the table explains; 预计20: the base year's figure, estimated
_STAR_MARK = re.compile(r"\s*[*＊※]$")
_RATIO = re.compile(
    r"^(?P<pre>≤|≥|<|>|约|不超过|不高于)?\s*(?P<num>\d+(?:\.\d+)?)\s*[∶:：︰]\s*1\s*"
    r"(?P<suf>左右|以内|以下|以上)?$"
)
_ESTIMATED = re.compile(r"^(?:预计|预估|初步测算)\s*")


def bracket_notes(text: str) -> dict[str, str]:
    """注：〔〕内为五年累计数，［］内为五年平均数 -> {"〔": "cumulative", "［": "average"};
    括号内数据为2019年… -> {"year": "2019"} (the year of a bracketed 基期 figure); 带*为年均增速
    -> {"*": "average"} (a value marked with a star)."""
    notes: dict[str, str] = {}
    year = _NOTE_YEAR.search(text or "")
    if year:
        notes[BRACKET_YEAR] = year.group(1)
    star = _STAR_NOTE.search(text or "")
    if star:
        notes[STAR] = "cumulative" if star.group("what") == "累计" else "average"
    for m in _NOTE.finditer(text or ""):
        opener = _OPENERS[m.group("b")[0]]
        notes.setdefault(opener, "cumulative" if m.group("what") == "累计" else "average")
    return notes


def _per_year(unit: str | None) -> tuple[str | None, bool]:
    """万平方米/年 -> (万平方米, True): an amount each year."""
    if unit and unit.endswith("/年") and len(unit) > 2:
        return unit[:-2], True
    return unit, False


def _bracket(m: re.Match[str], cumulative_column: bool, notes: dict[str, str] | None) -> str | None:
    """What the bracket around a value means: the note's word, else cumulative for 〔〕［］ (and
    round brackets in a 累计 column)."""
    opener = m.group("open")
    if not opener or m.group("close") is None:
        return None
    meaning = (notes or {}).get(_OPENERS[opener])
    if meaning:
        return meaning
    return "cumulative" if opener in ("〔", "［", "[", "【") or cumulative_column else None


def _starred_or_ratio(t: str, cumulative_column: bool, notes: dict[str, str] | None) -> Cell | None:
    """5—5.5* (the note under the table says what a star means), 2.1∶1左右 (a ratio to one,
    its first term the value), else None."""
    starred = _STAR_MARK.search(t)
    if starred:
        cell = read_cell(t[: starred.start()].replace("\\", ""), cumulative_column, notes)
        if cell.value is not None and (notes or {}).get(STAR):
            cell.bracket = (notes or {})[STAR]
        return cell
    ratio = _RATIO.match(t)
    if ratio is None:
        return None
    comp = PRE_COMP.get(ratio.group("pre") or "") or _SUF_COMP.get(ratio.group("suf") or "")
    return Cell(parse_number(ratio.group("num")), RATIO_UNIT, comp)


_WIDE_MINUS = re.compile(r"^[－−](?=\d)")


def read_cell(
    text: str, cumulative_column: bool = False, notes: dict[str, str] | None = None
) -> Cell:
    """A value cell -> `Cell`. In a column whose header says 累计, a value in round brackets is
    cumulative too (9); a note under the table says what each bracket means."""
    t = _ESTIMATED.sub("", (text or "").strip().replace("％", "%").replace("，", ","))
    t = _WIDE_MINUS.sub("-", t)  # －1.8: a negative figure typed with a full-width minus
    special = _starred_or_ratio(t, cumulative_column, notes)
    if special is not None:
        return special
    t = _SQUARED.sub("²", t)  # 4.8km/km2: the square the cell could not type
    t = _QUALIFIER.sub(
        "", VALUE_PERIOD_NOTE.sub("", t)
    )  # ≥98%（除危废外）: words qualify the value
    total = bool(re.search(r"(?<=[〔［\[【(（])\s*(?:累计)?达到", t))
    t = _INNER_COMP.sub(r"\2\1", _CELL_WORDS.sub("", t))
    if t in EMPTY_CELLS:
        return Cell()
    doubling = _DOUBLING.match(t)
    if doubling:
        return Cell(_DOUBLING_TIMES[doubling.group("n")], "倍", ">=", multiple=True)
    lead = _LEAD.match(t)
    if lead and lead.end():
        cell = read_cell(t[lead.end() :], cumulative_column, notes)
        cell.aspiration = cell.value is not None and bool(lead.group("asp"))
        if cell.value is not None and lead.group("total"):
            cell.bracket = "cumulative"  # 累计完成3250: the sum over the plan's years
        cell.each_year = cell.value is not None and bool(lead.group("each"))
        return cell if cell.value is not None else Cell(words=t)
    m = _CELL.match(t)
    staged = None if m else _STAGED.match(t)
    if staged:
        cell = read_cell(staged.group(2), cumulative_column, notes)
        if cell.value is not None:
            cell.year = int(staged.group(1))
            return cell
    if not m:
        worded = _worded_figure(t, notes)
        return worded or Cell(words=t.strip("〔〕［］[]【】()（） "))
    value = parse_number(m.group("num").lstrip("-"))
    if value is None:
        return Cell()
    if m.group("num").startswith("-"):
        value = -value
    unit = m.group("unit") or m.group("inner") or None  # （86.4%）: the unit inside the bracket
    unit, yearly = _per_year(unit)
    if unit and not (unit in ("%", "‰") or unit in MAGNITUDES or UNIT_RE.match(unit)):
        return Cell()  # 12%%, 5x: not a value we can trust
    comp = PRE_COMP.get(m.group("pre") or "") or _SUF_COMP.get(m.group("suf") or "")
    if m.group("pre") in ("达到", "达") and m.group("suf") in ("左右", "上下"):
        comp = "~"  # 达到20左右: about 20
    bracket = _bracket(m, cumulative_column, notes)
    top = parse_number(m.group("max")) if m.group("max") else None
    return Cell(
        value,
        unit,
        comp,
        bracket,
        total=total and bracket == "cumulative",
        each_year=yearly,
        value_max=top if top is not None and top > value else None,
    )


# “十五五”突破2000亿元, 到2030年达到…: the period or year that opens a clause of a words cell
_PART_LEAD = re.compile(r"^其中[，,：:]?")
_CLAUSE_LEAD = re.compile(
    r"^(?:[“\"]?十[一二三四五六]五[”\"]?(?:末|期间|时期)?|到?(?:19|20)\d\d年(?:底|末)?)"
)


def clause_cell(words: str, notes: dict[str, str] | None = None) -> Cell | None:
    """A words cell with one figure among its clauses: 与全市经济增速保持同步、力争高于全市，
    “十五五”突破2000亿元 -> 2000 亿元, >. None when no clause, or more than one, reads as a
    value (those cells are read as prose)."""
    found = []
    for clause in re.split(r"[，,；;、。（(]", words):
        # 完成市、区设定指标（其中2026年0.23万套）: the bracketed part, a clause of its own
        clause = _PART_LEAD.sub("", clause.strip().strip("）) "))
        lead = _CLAUSE_LEAD.match(clause)
        clause = clause[lead.end() :] if lead else clause
        if clause and re.search(r"\d", clause):
            cell = read_cell(clause, notes=notes)
            if cell.value is not None:
                year = re.search(r"(?:19|20)\d\d", lead.group(0)) if lead else None
                cell.year = cell.year or (int(year.group(0)) if year else None)
                found.append(cell)
    return found[0] if len(found) == 1 else None


# the bound words around a figure inside a words cell (不低于90分, 震后20分钟内); their
# comparators are the measure verbs' and the suffixes' (target_words, numbers)
_BOUND_BEFORE = re.compile(r"(不低于|不少于|不超过|不高于|超过|突破|达到|低于|高于|约)$")
_BOUND_AFTER = re.compile(r"^(以上|以下|以内|之内|内|左右)")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_SCALE = re.compile(r"\d[：:]\d")


def clause_figures(words: str) -> list[tuple[str, Cell]]:
    """The figure of each clause of a words cell, with the clause's other words: 上海行政区达到
    0.8级，邻近地区（行政区域外50公里）达到1.5级 -> (上海行政区, 0.8 级 >=), (邻近地区, 1.5 级 >=);
    城市100%，农村70%; 震后20分钟内提供快速评估结果 -> 20 分钟 <=. Empty unless every clause with
    a digit holds exactly one figure with a unit (bracketed words are left out)."""
    out: list[tuple[str, Cell]] = []
    for clause in re.split(r"[，,；;。]", words):
        bare = _BRACKETED.sub("", clause.strip())
        if not re.search(r"\d", bare):
            continue
        if _SCALE.search(bare):
            return []  # 1：25万图: a map's scale, not a figure
        figures = [q for q in find_quantities(bare) if q.unit and q.unit != "年" and not q.chinese]
        if len(figures) != 1:
            return []
        q = figures[0]
        before = _BOUND_BEFORE.search(bare, 0, q.start)
        after = _BOUND_AFTER.match(q.suffix or bare[q.end :])
        comparator = (
            SUFFIX_COMPARATORS[after.group(1)] if after
            else MEASURE_VERBS[before.group(1)] if before
            else ">="
        )  # fmt: skip
        start = before.start() if before else q.start
        end = q.end if q.suffix else q.end + (after.end() if after else 0)
        words_left = (bare[:start] + bare[end:]).strip()
        out.append((words_left, Cell(value=q.value, unit=q.unit, comparator=comparator)))
    return out


_SQUARED = re.compile(r"(?<=\d[kK]m/[kK]m)2$|(?<=\d[kK]m)2$|(?<=\dm)2$")
_QUALIFIER = re.compile(
    r"(?<=[\d%‰上下内右])\s*(?:[（(][^（）()\d]{1,12}[）)]"
    # ≥25或持续提高: the figure, or a trend the plan accepts in its place
    r"|或(?:持续|保持|稳步|逐步|进一步)?(?:提高|提升|改善|下降|降低|稳定|好转|增长))$"
)
_PRICE_YEAR = re.compile(r"[（(]\s*((?:19|20)\d\d)\s*年?\s*(?:不变价|可比价|价格)[）)]")


def price_year(name: str) -> tuple[str, int | None]:
    """地区生产总值(2010 年不变价) -> (地区生产总值, 2010): the year a 翻一番 counts from."""
    m = _PRICE_YEAR.search(name)
    if not m:
        return name, None
    return (name[: m.start()] + name[m.end() :]).strip(), int(m.group(1))


_LABELLED = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{1,6})[:：]\s*(?P<value>[^:：]*?\d(?:\.\d+)?)\s*"
    r"(?=[\u4e00-\u9fff]{1,6}[:：]|$)"
)
_DOUBLING_WITH = re.compile(
    r"^(?P<double>翻[一两二三]番)\s*[（(]\s*(?P<scope>[^（()）\d≥≤<>＜＞]{0,12}?)\s*"
    r"(?P<value>(?:≥|≤|>=|<=|>|<|＞|＜)?\s*\d[^（()）]*)[）)]$"
)
_SCOPE = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|城镇|农村)$")


def _split_slash(text: str) -> list[str]:
    """a/b/c on slashes outside brackets (万元/人 inside a unit bracket is kept)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "（(〔［[【"
        depth -= ch in "）)〕］]】"
        if ch == "/" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def row_variants(row: list[str], name: int, values: list[int], unit: int | None) -> list[list[str]]:
    """One row per target a row holds (the first is the row itself, changed):

    - `城镇登记失业率/城镇调查失业率 | <4/<5.5`: a name and a value for each slash;
    - `[成片:五年累计约110 零星:五年累计约20]`: a row per label, named 改造面积（成片）;
    - `翻一番(全省人均GDP≥10万元)`: the multiple, and a row for the level in brackets (named by
      its words, or the row's name under a scope word: 全省 + 居民人均可支配收入)."""
    cells = [c.strip() for c in row]
    if name >= len(cells):
        return [row]
    prefixed = _prefix_labelled(cells, name, values) or _bracket_pair(cells, name, values)
    prefixed = prefixed or _power_and_energy(cells, values)
    if prefixed:
        return prefixed
    for col in (c for c in values if c < len(cells) and cells[c]):
        split = _slashes(cells, name, col, values) or _listed(cells, name, col, values)
        split = split or _labelled(cells, name, col)
        split = split or _doubling(cells, name, col, unit, values)
        if split:
            return split
    return [row]


_PREFIX_PART = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{2,6})(?P<value>(?:≥|≤|>=|<=|＞|＜|>|<|不低于|不少于|不高于|不超过)\s*"
    r"\d[\d.]*\s*(?:%|‰)?)[；;，,、\s]*"
)


def _prefix_parts(text: str) -> list[tuple[str, str]]:
    found = list(_PREFIX_PART.finditer(text))
    return [(m.group("label"), m.group("value")) for m in found] if _covers(found, text) else []


def _prefix_labelled(cells: list[str], name: int, values: list[int]) -> list[list[str]] | None:
    """`重点城市≥30；一般城市≥15`: a row per part named before its value (重点城市 + the row's
    name), from the last column that holds such parts; such parts in an earlier column (a 现状 of
    other parts: 设区市≥25；县级市≥20) belong to no one row and are left out."""
    cols = [c for c in values if c < len(cells) and len(_prefix_parts(cells[c])) >= 2]
    if not cols:
        return None
    out = []
    for label, value in _prefix_parts(cells[cols[-1]]):
        row = list(cells)
        row[name] = label + cells[name]
        row[cols[-1]] = value
        for c in cols[:-1]:
            row[c] = ""
        out.append(row)
    return out


# >40万千瓦/80万千瓦时: a store's power and its energy
_POWER_ENERGY = re.compile(
    r"^(?P<pre>[>≥＞]|不低于|不少于|超过)?\s*(?P<power>\d[\d.]*\s*[万亿]?千瓦)\s*/\s*"
    r"(?P<energy>\d[\d.]*\s*[万亿]?千瓦时)$"
)


def _power_and_energy(cells: list[str], values: list[int]) -> list[list[str]] | None:
    """`用户侧储能装机规模 | >40万千瓦/80万千瓦时 | …`: a row for the power, a row for the energy."""
    cols = [c for c in values if c < len(cells) and _POWER_ENERGY.match(cells[c])]
    if not cols:
        return None
    out = []
    for part in ("power", "energy"):
        row = list(cells)
        for c in cols:
            m = _POWER_ENERGY.match(cells[c])
            row[c] = (m.group("pre") or "") + m.group(part) if m else cells[c]
        out.append(row)
    return out


_NAME_PAIR = re.compile(r"^(.+?)[（(]([\u4e00-\u9fff]{2,16})[）)]$")
_VALUE_PAIR = re.compile(r"^(\d[\d.]*)\s*[（(](\d[\d.]*)[）)]\s*([^\d\s（()）]{0,6})$")


def _bracket_pair(cells: list[str], name: int, values: list[int]) -> list[list[str]] | None:
    """`市域绿道长度（骨干绿道长度） | 2000（1000）公里`: the whole and, in brackets, its part, a
    row each (a unit in the name's brackets, 人均GDP（万元）, is no part)."""
    m = _NAME_PAIR.match(cells[name])
    if m is None or UNIT_RE.fullmatch(m.group(2)):
        return None
    cols = [c for c in values if c < len(cells) and _VALUE_PAIR.match(cells[c])]
    if not cols:
        return None
    out = []
    for group in (1, 2):
        row = list(cells)
        row[name] = m.group(group)
        for c in cols:
            v = _VALUE_PAIR.match(cells[c])
            row[c] = v.group(group) + v.group(3) if v else cells[c]
        out.append(row)
    return out


def _slashes(cells: list[str], name: int, col: int, values: list[int]) -> list[list[str]] | None:
    return _split_row(cells, name, col, values, _split_slash(cells[name]), _split_slash)


def _listed(cells: list[str], name: int, col: int, values: list[int]) -> list[list[str]] | None:
    """`县道、乡村道优良路率(MQI) | 98%、98%`: a name and a value for each item of a 、 list."""
    if "、" not in cells[col]:
        return None
    return _split_row(cells, name, col, values, listed_names(cells[name]), _split_list)


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in text.split("、")]


def listed_names(name: str) -> list[str]:
    """县道、乡村道优良路率 -> 县道优良路率, 乡村道优良路率; 城镇、农村居民收入 -> 城镇居民收入,
    农村居民收入: the heads of a 、 list and the measure they share, written once after the
    last (it starts after the last head's own ending, 道, or at the length of the first)."""
    parts = _split_list(name)
    if len(parts) < 2 or any(not p for p in parts):
        return []
    first, last = parts[0], parts[-1]
    end = last.find(first[-1], 1)
    cut = end + 1 if 0 < end < len(last) - 2 else len(first)
    shared = last[cut:]
    if len(shared) < 2:
        return []
    return [p + shared for p in parts[:-1]] + [last]


def _split_row(
    cells: list[str],
    name: int,
    col: int,
    values: list[int],
    names: list[str],
    split: Callable[[str], list[str]],
) -> list[list[str]] | None:
    parts = split(cells[col])
    if len(names) < 2 or len(parts) != len(names) or any(len(n) < 2 for n in names):
        return None
    if not all(parts) or all(read_cell(p).value is None for p in parts):
        return None  # 高于全市平均水平/5: one part in words, the other a figure
    out = []
    for i, part_name in enumerate(names):
        row = list(cells)
        row[name] = part_name
        for c in values:
            if c < len(cells):
                pieces = split(cells[c])
                row[c] = pieces[i] if len(pieces) == len(names) else cells[c]
        out.append(row)
    return out


def _labelled(cells: list[str], name: int, col: int) -> list[list[str]] | None:
    inner = cells[col]
    if ":" not in inner and "：" not in inner:
        return _bracket_labelled(cells, name, col)  # most cells: a fast exit
    opener, closer = "", ""
    if inner[:1] in "〔［[【" and inner[-1:] in "〕］]】":
        opener, closer, inner = inner[0], inner[-1], inner[1:-1]
    matches = list(_LABELLED.finditer(inner))
    found = [(m.group("label"), m.group("value").strip()) for m in matches]
    if len(found) < 2 or not _covers(matches, inner):
        found = _labelled_with_units(inner)
    if len(found) < 2:
        return None
    return _label_rows(cells, name, col, [(label, f"{opener}{v}{closer}") for label, v in found])


def _covers(matches: list[re.Match[str]], text: str) -> bool:
    """The matches, end to end, are the whole text (spaces aside)."""
    return "".join(m.group(0) for m in matches).replace(" ", "") == text.replace(" ", "")


def _label_rows(
    cells: list[str], name: int, col: int, parts: list[tuple[str, str]]
) -> list[list[str]]:
    """A row per (label, value): the row's name with the label (改造面积（成片）), the value in
    the cell that held them all."""
    out = []
    for label, value in parts:
        row = list(cells)
        row[name] = _with_label(cells[name], label)
        row[col] = value
        out.append(row)
    return out


_VALUE_THEN_LABEL = re.compile(
    r"(?P<value>(?:≥|≤|>=|<=|>|<|＞|＜|约)?\s*\d[\d.]*\s*(?:%|‰)?)\s*[（(](?P<label>[^（）()\d]{1,8})[）)]"
)


def _bracket_labelled(cells: list[str], name: int, col: int) -> list[list[str]] | None:
    """≥30（初中）≥55（高中）: a value for each part named in brackets after it, a row each."""
    inner = cells[col]
    if inner.count("（") + inner.count("(") < 2:
        return None
    found = list(_VALUE_THEN_LABEL.finditer(inner))
    if len(found) < 2 or not _covers(found, inner):
        return None
    return _label_rows(
        cells, name, col, [(m.group("label"), m.group("value").strip()) for m in found]
    )


_LABEL_VALUE = re.compile(
    r"\s*(?:约|≥|≤|>=|<=|>|<|＞|＜|超过|不低于|不少于)?\s*\d[\d.,]*\s*(?:%|‰)?"
)


def _labelled_with_units(text: str) -> list[tuple[str, str]]:
    """新一代信息技术：1300亿元高端装备制造：1200亿元 -> [(新一代信息技术, 1300亿元), …]: each
    value ends at the longest unit after its number, and the next label starts there."""
    parts = re.split(r"[:：]", text)
    if len(parts) < 3:
        return []
    label, out = parts[0].strip(" ，,；;、"), []
    for k, part in enumerate(parts[1:], 1):
        number = _LABEL_VALUE.match(part)
        if not number or not label or re.search(r"\d", label) or len(label) > 12:
            return []
        rest = part[number.end() :]
        size = next((n for n in range(min(len(rest), 5), 0, -1) if UNIT_RE.fullmatch(rest[:n])), 0)
        if not size and rest[:1] in MAGNITUDES:
            size = 1
        out.append((label, part[: number.end() + size].strip()))
        label = rest[size:].strip(" ，,；;、")
        if k == len(parts) - 1 and label:
            return []  # words after the last value: not a list of labelled values
    return out


def _with_label(name: str, label: str) -> str:
    """改造面积(万平方米) + 成片 -> 改造面积（成片）(万平方米): a unit bracket stays last."""
    unit = re.search(r"[（(][^（()）]{1,12}[）)]$", name)
    if unit and (UNIT_RE.match(unit.group(0)[1:-1]) or unit.group(0)[1:-1] in ("%", "‰")):
        return f"{name[: unit.start()]}（{label}）{unit.group(0)}"
    return f"{name}（{label}）"


def _doubling(
    cells: list[str], name: int, col: int, unit: int | None, values: list[int]
) -> list[list[str]] | None:
    m = _DOUBLING_WITH.match(cells[col].replace(" ", ""))
    if not m:
        return None
    first = list(cells)
    first[col] = m.group("double")
    second = list(cells)
    base_name, _ = price_year(cells[name])
    base_name = re.sub(r"[（(][^（()）]{1,12}[）)]$", "", base_name).strip()
    scope = m.group("scope")
    second[name] = scope if scope and not _SCOPE.match(scope) else f"{scope}{base_name}"
    for c in values:
        if c < len(second):
            second[c] = ""
    second[col] = m.group("value")
    if unit is not None and unit < len(second):
        second[unit] = ""  # the level in brackets has its own unit (万元), not the row's (亿元)
    return [first, second]
