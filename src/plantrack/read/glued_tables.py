"""Indicator tables whose cells ran together: the text layer of a PDF copied into a page.

Two shapes are rebuilt, each from a header that names the columns:

- year columns (指标 预期值 2016年 2017年 2018年): every row is a name followed by one value per
  year, glued (`再生水回用率30%40%55%`, `农田灌溉水有效利用系数0.720.750.78`); the values are
  split by the value grammar, and each year becomes a target column (预期值 over the years);
- numbered rows (指标名称 计量单位 2020年目标值 资料来源): `2 战略性新兴产业增加值占GDP 比重%
  ≥ 15省统计局` — a row number, the name, the unit, the value and the source department;
  with a weights column (监测指标 单位 权重 目标值): `1.人均GDP(2010年不变价)元4.0≥57000` — the
  name, the unit, the weight and the value, the next row's number glued to it (`≥570002.第三…`).

Rows that do not fit (a value written in words, 不超自治区年度下达指标) are left out rather than
guessed. The result is a table block like any other; parse/tables reads it.
"""

from __future__ import annotations

import re

from plantrack.read.lexicon import EMPTY_CELLS, RATIO_UNIT, UNIT_RE

_YEARS_HEADER = re.compile(
    r"指标(?:名称)?\s*(?P<group>预期值|目标值|目标)?\s*(?P<years>(?:(?:19|20)\d\d\s*年\s*){2,})"
)
_NUMBERED_HEADER = re.compile(
    r"指标名称\s*(?:计量)?单位\s*(?P<year>(?:19|20)\d\d)\s*年\s*目标值?\s*(?:资料来源|数据来源)?"
)
_WEIGHTED_HEADER = re.compile(
    r"指标(?:名称)?\s*(?:计量)?单位\s*权重\s*(?:(?P<year>(?:19|20)\d\d)\s*年)?\s*目标值?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_VALUE = r"(?:-|—|\d+(?:\.\d+)?(?:%|‰|L/d|m³|[a-zA-Z]{1,3}/[a-zA-Z]{1,3})?)"
_NAME = r"[^\d%‰\-—。；;]{2,30}?"
# the page break that cut a repeated header: 指标预期值2016年2017年20 | 2、18年
_CUT_HEADER_END = re.compile(r"指标(?:名称)?(?:预期值|目标值)?(?:(?:19|20)\d\d年)*(?:\d{1,3})?$")
_CUT_HEADER_START = re.compile(r"^\d{1,2}[、.]\s*(?:\d{1,2}年)?")
# where a row's name starts after a value written in words (…年度下达指标 | 再生水回用率)
_NAME_RESTART = re.compile(r".*(?:指标|任务|标准|要求)")
# ≥ 15, =100, <4/<5.5 (two indicators of one row: 城镇登记失业率/城镇调查失业率), and 翻一番 with
# the level it means in brackets: 翻一番(全省人均GDP ≥ 10万元)
_RATE_ROW = re.compile(
    rf"(?P<name>{_NAME})(?:低于|高于|不超过|不低于|控制在)[^。；;\d]{{0,12}}(?:\d+(?:\.\d+)?%)?"
    r"[^。；;\d]{0,6}?年均?(?P<verb>降低|下降|增长|提高|减少)率?\s*(?P<num>\d+(?:\.\d+)?)%"
)
_COMPARE = re.compile(
    r"(?P<double>翻[一两二三]番\s*(?:[(（][^()（）]{1,30}[)）])?)"
    r"|(?P<comp>[≥≤<>＜＞=]=?)\s*(?P<num>\d+(?:\.\d+)?"
    r"(?:\s*/\s*[≥≤<>＜＞=]=?\s*\d+(?:\.\d+)?)*)"
)


def glued_table(text: str, carry: list[str] | None = None) -> list[list[str]] | None:
    """Rows (header first) rebuilt from one block of glued text, or None. `carry` is the header
    of a glued table in the block before (a table cut by a page break)."""
    numbered = _NUMBERED_HEADER.search(text)
    if numbered:
        return _numbered_rows(text[numbered.end() :], int(numbered.group("year")))
    weighted = _WEIGHTED_HEADER.search(text)
    if weighted:
        year = weighted.group("year")
        return _numbered_rows(text[weighted.end() :], int(year) if year else None, weighted=True)
    header = _YEARS_HEADER.search(text)
    if header and carry is None:
        years = _YEAR.findall(header.group("years"))
        cells = ["指标", *(f"{y}年预期值" for y in years)]
        body = text[header.end() :]
    elif carry:  # the table goes on after a page break (its header may be repeated in it)
        cells, body = carry, _CUT_HEADER_START.sub("", text.strip())
    else:
        return None
    rows = _year_rows(body, len(cells) - 1)
    return [cells, *rows] if len(rows) >= 2 else None


def _year_rows(body: str, width: int) -> list[list[str]]:
    """name + `width` glued values, as often as they occur (repeated headers skipped)."""
    body = _CUT_HEADER_END.sub("", _YEARS_HEADER.sub("。", body))
    values = "".join(f"({_VALUE})" for _ in range(width))
    row_re = re.compile(rf"(?P<name>{_NAME}){values}(?![\d.%])")
    rows = []
    for m in row_re.finditer(body):
        name = _NAME_RESTART.sub("", m.group("name")).strip(" ，,")
        if len(name) >= 2:
            rows.append((m.start(), [name, *m.groups()[1:]]))
    for m in _RATE_ROW.finditer(body):
        # 万元GDP用水量低于全区平均值的50%或年降低率5%: one cell over every year; the figure of
        # its own is the yearly rate, a target for the last year
        name = _NAME_RESTART.sub("", m.group("name")).strip(" ，,")
        if len(name) >= 2:
            metric = f"{name}年{m.group('verb')}率"
            rows.append((m.start(), [metric, *([""] * (width - 1)), f"{m.group('num')}%"]))
    return [row for _, row in sorted(rows, key=lambda r: r[0])]


def _numbered_rows(body: str, year: int | None, weighted: bool = False) -> list[list[str]] | None:
    """`1 name unit value source 2 name …`: rows cut at the running row numbers; `weighted`: a
    weight between the unit and the value (its column left out)."""
    pieces = _cut_at_numbers(body)
    rows = [["指标名称", "单位", f"{year}年目标值" if year else "目标值"]]
    for piece in pieces:
        rows.extend(_numbered_piece(piece, weighted))
    return rows if len(rows) >= 3 else None


def _cut_at_numbers(body: str) -> list[str]:
    """The text between row numbers 1, 2, 3 … (each followed by a Chinese character)."""
    pieces, start, n = [], None, 1
    while (found := _row_number(body, n, start or 0)) is not None:
        if start is not None:
            pieces.append(body[start : found[0]])
        start, n = found[1], n + 1
    if start is not None:
        pieces.append(body[start:])
    return pieces


_COMPARE_SIGN = re.compile(r"[≥≤<>＜＞=]")
_GLUED_VALUE = re.compile(_COMPARE_SIGN.pattern + r"\s*[\d.]*$")


def _row_number(body: str, n: int, pos: int) -> tuple[int, int] | None:
    """(start, end) of row number `n` from `pos`: `n` before a Chinese character, `n.` or `n、`
    before a word (4.R&D经费…).
    Glued to a digit it counts only after a value (≥9818城镇…: 98, then row 18; ≥570002.第三…:
    57000, then row 2), not inside a year or a decimal (2010年, 2.5)."""
    # (a bare number below 10 may be written 04: ≥9904 每千… is 99, then row 4; but ≥9023 每千… is
    # 90, then row 23, and 570002.第三… row 2.)
    zero = "0?" if n < 10 else ""
    number = re.compile(rf"{n}[.．、]\s*(?=[\u4e00-\u9fffA-Za-z“])|{zero}{n}\s*(?=[\u4e00-\u9fff])")
    glued: tuple[int, int] | None = None
    for m in re.finditer(rf"(?={number.pattern})", body[pos:]):
        at = pos + m.start()
        before = body[at - 1] if at else ""
        glued_to_value = _GLUED_VALUE.search(body, max(0, at - 24), at) is not None
        if before == "." or (before.isdigit() and not glued_to_value):
            continue
        end = number.match(body, at)
        found = (at, end.end() if end else at + len(str(n)))
        if not before.isdigit():
            # ≥ 55省农委5 服务…: a number standing free before the next value beats one glued
            if glued is None or not _COMPARE_SIGN.search(body, glued[1], at):
                return found
            return glued
        glued = glued or found
    return glued


def _numbered_piece(piece: str, weighted: bool = False) -> list[list[str]]:
    """One numbered row, or several when it holds sub-rows: 基本社会保障城乡基本养老保险参保率%
    ≥98省人社厅城乡基本医疗保险参保率% ≥98 … (each after the source department of the last)."""
    rows, start = [], 0
    for m in _COMPARE.finditer(piece):
        head = piece[start : m.start()]
        if rows or start:
            head = _SOURCE_END.sub("", head, count=1)
        row = _numbered_row(_without_weight(head), m, True) if weighted else _numbered_row(head, m)
        if row:
            rows.append(row)
        start = m.end()
    return rows


_WEIGHT_END = re.compile(r"\d+(?:\.\d+)?\s*$")  # 元4.0: the weight after the unit
_WEIGHT_AFTER_RATIO = re.compile(r"为1(\d+(?:\.\d+)?)\s*$")  # 以农为11.5: 以农为1, weight 1.5


def _without_weight(head: str) -> str:
    """A weighted row's head without its weight (元4.0 -> 元, 以农为11.5 -> 以农为1)."""
    ratio = _WEIGHT_AFTER_RATIO.search(head)
    return head[: ratio.start(1)] if ratio else _WEIGHT_END.sub("", head)


_SOURCE_END = re.compile(r"^[^\d%]*?(?:局|厅|委|办|总队|中心|部)\s*")


def _numbered_row(head: str, m: re.Match[str], unitless: bool = False) -> list[str] | None:
    """战略性新兴产业增加值占GDP 比重% + ≥ 15 -> [name, %, ≥15]; None without a unit unless
    `unitless` (a weighted table's index row: 公共交通服务指数…标车 =100, no unit read)."""
    head = head.strip()
    tail = _unit_at_end(head)
    if tail is None and not unitless:
        return None
    tail = tail or ""
    name = re.sub(r"\s+", "", head[: len(head) - len(tail)])
    unit = RATIO_UNIT if _RATIO_TO_ONE.fullmatch(tail) else "" if tail in EMPTY_CELLS else tail
    if m.group("double"):
        value = re.sub(r"\s+", "", m.group("double"))
    else:
        value = re.sub(r"\s+", "", m.group("comp") + m.group("num"))
    return [name, unit, value] if len(name) >= 2 else None


# 城乡居民收入比以农为1: a ratio to one; 基尼系数-: no unit (a dash in the unit column)
_RATIO_TO_ONE = re.compile(r"以[\u4e00-\u9fff]{1,2}为1$")


def _unit_at_end(head: str) -> str | None:
    """The longest unit the text ends with (亿元, %, 人年, 标台 …); `:1` for 以农为1, the dash of
    a unit column without one."""
    compact = head.rstrip()
    ratio = _RATIO_TO_ONE.search(compact)
    if ratio:
        return compact[ratio.start() :]
    if compact.endswith(("-", "—")) and len(compact) > 1 and not compact[-2].isdigit():
        return compact[-1]
    for size in range(min(8, len(compact)), 0, -1):  # 吨标准煤/万元
        tail = compact[-size:]
        if tail in ("%", "‰") or UNIT_RE.match(tail):
            return tail
    return None
