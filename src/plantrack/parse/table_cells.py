"""The cells of an indicator table (主要指标表), and the 注 lines under it.

A value cell: `6左右`, `≥95`, `<5.5`, `=100`, `〔18〕`, `[累计达到1000]`, `〔约20〕`, `翻一番`, `—`;
anything else is words (完成国家下达任务, 与经济增长同步). What a bracket means is read from the
note under the table (`注：〔〕内为五年累计数，［］内为五年平均数`, `带〔〕的为累计数`): a
cumulative change over the period, or a five-year average (a yearly figure). Without a note a
bracketed value is cumulative, as the national plans' notes say.

A cell that holds more than one target splits its row in `row_variants.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrack.parse.numbers import RATIO_UNIT, find_quantities, parse_number
from plantrack.parse.quantity import SUFFIX_COMPARATORS
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
    r"(?<=[\d%‰上下内右分])\s*(?:[（(][^（）()\d]{1,12}[）)]"
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
