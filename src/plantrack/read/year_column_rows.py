"""Indicator tables a scan broke into lines under a header of years alone.

An old plan's table as OCR leaves it: the header's year columns run together on one line
(1980年 1985年1985年比1980年增长, 1980年（万人）1985年（万人） 1985年比1980年增减), then each row as
its name, its unit on the next line when it has one (市斤/人), and one line per value. A value the
scan lost is a blank line; a row whose next name comes early has lost its last cells. A row may
also stand on one line (普通高中 969 · 8 750 一22 · 7％), and the values of a column the scan read
apart may follow the rows (+ 14 · 7％ / + 5 · 5倍 …): they are the cells that column lost, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# 1980年, 1985年（万人）, 1985年比1980年增长: one header cell
_CELL = (
    r"(?:19|20)\d\d年(?:[（(][^）)]{1,6}[）)])?"
    r"(?:比(?:19|20)\d\d年(?:增长|增减|增加|下降|降低|提高)(?:[（(][^）)]{1,6}[）)])?)?"
)
_HEADER_CELL = re.compile(_CELL)
_HEADER = re.compile(rf"\s*(?:{_CELL}\s*){{2,6}}")
_UNIT_BRACKET = re.compile(r"[（(]([^）)]{1,6})[）)]$")
# 969 · 8, 4，538 · 3, 一22 · 7％, + 5 · 5倍: a scan's value, its sign and point apart
_VALUE = r"[+\-一－]?\s?\d[\d，,]*(?:\s?[·.．•]\s?\d+)?\s?[％%倍]?"
_VALUES = re.compile(rf"\s*{_VALUE}(?:\s+{_VALUE})*\s*")
_ROW = re.compile(rf"([\u4e00-\u9fff][^\d\s]{{0,15}})\s+({_VALUE}(?:\s+{_VALUE})*)\s*")
_NAME = re.compile(r"[\u4e00-\u9fff][^\d，。；：,;:]{0,15}")
_UNIT = re.compile(r"[\u4e00-\u9fff]{1,3}/[\u4e00-\u9fff]{1,3}")
_JUNK = re.compile(r"[\d\s·•。.，,、]{1,6}")  # 387。, · 。: a page number, a stray mark


def _value(token: str) -> str:
    """一22 · 7％ -> -22.7%, 4，538 · 3 -> 4538.3, + 5 · 5倍 -> 5.5倍."""
    token = re.sub(r"\s", "", token).replace("％", "%")
    token = re.sub(r"^[一－]", "-", token).lstrip("+")
    token = re.sub(r"[·．•]", ".", token)
    return re.sub(r"(?<=\d)[，,](?=\d{3})", "", token)


def _values(text: str) -> list[str] | None:
    if not _VALUES.fullmatch(text):
        return None
    return [_value(m.group(0)) for m in re.finditer(_VALUE, text)]


@dataclass(slots=True)
class _Row:
    name: str
    unit: str = ""
    values: list[str] = field(default_factory=list)


def year_header(text: str) -> list[str] | None:
    """The header cells of a line of year columns alone, else None."""
    if not _HEADER.fullmatch(text):
        return None
    cells = _HEADER_CELL.findall(text)
    return cells if "比" not in cells[0] else None


def year_column_rows(lines: list[tuple[str, int]]) -> tuple[list[list[str]], int]:
    """(rows with a header row, lines used) of a table under a header of years; `lines` are
    (text, blank lines before it) from the header on. ([], 0) when no table stands there."""
    header = year_header(lines[0][0].strip()) if lines else None
    if header is None:
        return [], 0
    width = len(header)
    rows: list[_Row] = []
    apart: list[str] = []  # values read apart from their rows, after the last row
    used = 0
    for k, (raw, blanks) in enumerate(lines[1:], 1):
        text = raw.strip()
        row = rows[-1] if rows else None
        if row is not None and not apart and len(row.values) < width:
            row.values += [""] * min(blanks, width - len(row.values))  # lost cells
        if one := _ROW.fullmatch(text.replace("\t", " ")):
            apart = []  # a page number between rows, not a column's cells
            rows.append(_Row(one.group(1), values=_values(one.group(2)) or []))
        elif _NAME.fullmatch(text) and not _UNIT.fullmatch(text):
            apart = []
            rows.append(_Row(text))
            continue  # a name alone is the table's only when values follow
        elif row is not None and _UNIT.fullmatch(text) and not row.unit and not row.values:
            row.unit = text
        elif row is not None and (values := _values(text)) is not None:
            if len(row.values) + len(values) <= width and not apart:
                row.values += values
            else:
                apart += values
        elif row is not None and _JUNK.fullmatch(text):
            continue
        else:
            break
        used = k + 1
    rows = [row for row in rows if any(row.values)]
    return (_built(header, rows, apart), used) if len(rows) >= 2 else ([], 0)


def _built(header: list[str], rows: list[_Row], apart: list[str]) -> list[list[str]]:
    """The header (指标, 单位, the year columns) and a row of cells for each row."""
    width = len(header)
    for row in rows:
        row.values = (row.values + [""] * width)[:width]
    short = [row for row in rows if not row.values[-1]]
    if apart and len(apart) == len(short):
        for row, value in zip(short, apart, strict=True):
            row.values[-1] = value
    units = [m.group(1) if (m := _UNIT_BRACKET.search(c)) else "" for c in header]
    plain = [_UNIT_BRACKET.sub("", c) for c in header]
    shared_unit = next((u for u in units if u), "")
    return [
        ["指标", "单位", *plain],
        *[[row.name.strip(), row.unit or shared_unit, *row.values] for row in rows],
    ]
