"""A performance form whose value has a column of its own for its nature: `三级指标 | 指标性质 |
指标值 | 度量单位` (≧ / ═ / ≦ or 定量 / 定性), as Yunnan's and Hunan's 绩效目标表 and 自评表 print
it, copied from a web page into pipe lines whose rows run together or break anywhere.

The lines that hold such a header and the rows after it are read as one run of cells; each row is
found by its own shape — a name, a nature, a number, a unit (`学生受资助人数 | ≧ | 735 | 人次`) —
whatever merged cells (一级指标, 二级指标) or results (实际完成值, 分值, 得分) stand around it. The run
becomes one table block `一级指标 | 二级指标 | 三级指标 | 指标值` with the value written the way a
form writes it in one cell (≥735人次), the shape `parse.performance` reads.

A self-evaluation form (`三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分`) is read the same way: each
row is a name, perhaps its score, then its target; the actual value after it is a result.
"""

from __future__ import annotations

import re

from plantrack.model import Block

# the header's name column, then its nature column (指标性质, 指标值类型)
_HEADER = re.compile(r"三级指标\s*\|\s*(?:指标性质|指标值类型)\s*\|\s*\*?指标值")
_NATURES = {
    "≧": "≥", "≥": "≥", "＞": ">", ">": ">", "≦": "≤", "≤": "≤", "＜": "<", "<": "<",
    "═": "=", "=": "=", "＝": "=", "定量": "",
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_UNIT = re.compile(r"[%‰a-zA-Z\u4e00-\u9fff/（）()·]{1,8}")
_MIN_ROWS = 2


def _run(blocks: list[Block], i: int) -> int:
    """Where the run of pipe lines from block i ends."""
    k = i
    while k < len(blocks) and blocks[k].kind == "paragraph" and "|" in blocks[k].text:
        k += 1
    return k


def _rows(cells: list[str]) -> list[list[str]]:
    """The rows `name | nature | number | unit` among the run's cells (empty ones dropped), each
    under the levels (产出指标, 数量指标) the cells before it last named."""
    rows = []
    first = second = ""
    for k in range(len(cells) - 3):
        name, nature, number, unit = cells[k : k + 4]
        level = re.sub(r"\s+", "", name)
        if level in _FIRST_LEVELS:
            first, second = level, ""
        elif _SECOND_LEVEL.fullmatch(level) and nature not in _NATURES:
            second = level
        if nature not in _NATURES or not _NUMBER.fullmatch(number) or not _UNIT.fullmatch(unit):
            continue
        if name in _NATURES or _NUMBER.fullmatch(name):
            continue
        rows.append([first, second or first, name, f"{_NATURES[nature]}{number}{unit}"])
    return rows


_FIRST_LEVELS = frozenset(("产出指标", "效益指标", "满意度指标", "成本指标"))
_SECOND_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,10}指标(?:等)?")


# 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分: a self-evaluation form, its score before its target
_SCORE_HEADER = re.compile(r"三级指标\s*\|\s*分值\s*\|\s*年度指标值")
_VALUE_CELL = re.compile(
    r"(?:[≥≤><=＞＜≧≦])?\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)"
)
_SCORE = re.compile(r"\d{1,2}")
_NAME = re.compile(r"[★☆*]?[\u4e00-\u9fff][^|]{1,40}")


def _scored_rows(cells: list[str]) -> list[list[str]]:
    """The rows `name | (score) | target | actual …` of a self-evaluation form: the target is the
    first value after the name (a score, a bare 1- or 2-digit number, may stand between)."""
    rows = []
    first = second = ""
    k = 0
    while k < len(cells) - 1:
        name = re.sub(r"\s+", "", cells[k])
        level = re.sub(r"[(（].*", "", name)  # 产 出 指 标 (50分): the level, its points dropped
        if level in _FIRST_LEVELS or name.rstrip("(0123456789分)") in _FIRST_LEVELS:
            first, second, k = level, "", k + 1
            continue
        if _SECOND_LEVEL.fullmatch(name):
            second, k = name, k + 1
            continue
        at = k + 1 + (1 if _SCORE.fullmatch(cells[k + 1]) and k + 2 < len(cells) else 0)
        if _NAME.fullmatch(cells[k]) and _VALUE_CELL.fullmatch(cells[at].replace(" ", "")):
            value = cells[at].replace(" ", "").replace("≧", "≥").replace("≦", "≤")
            rows.append([first, second or first, name.lstrip("★☆*"), value])
            k = at + 2  # past the target and the actual value beside it
            continue
        k += 1
    return rows


# 年度总体目标 | 预期目标 | 实际完成情况: a form's goals, then what was done
_RESULT_HEADER = re.compile(r"预期目标\s*\|\s*(?:实际)?完成(?:情况|值)[\s|]*$")


def _results_dropped(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The line after a `预期目标 | 实际完成情况` header without its last cell: the year's results
    (整治美丽宜居自然村庄202个), which a self-evaluation form sets beside its goals."""
    out, repairs = list(blocks), []
    for i in range(len(out) - 1):
        if not _RESULT_HEADER.search(out[i].text) or "|" not in out[i + 1].text:
            continue
        row = out[i + 1]
        cells = [c for c in row.text.split("|") if c.strip()]
        if len(cells) >= 2:
            text = " | ".join(c.strip() for c in cells[:-1])
            out[i + 1] = Block(text, row.kind, row.page, row.line)
            repairs.append(
                f"line {row.line}: a form's 实际完成情况 cell dropped (results, not goals)"
            )
    return out, repairs


def nature_rows(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with each such form rebuilt as a table block, and a repair line for each."""
    out: list[Block] = []
    blocks, repairs = _results_dropped(blocks)
    i = 0
    while i < len(blocks):
        end = _run(blocks, i)
        text = " | ".join(b.text for b in blocks[i:end])
        header = (_HEADER.search(text) or _SCORE_HEADER.search(text)) if end > i else None
        if header is None:
            out.extend(blocks[i : max(end, i + 1)])
            i = max(end, i + 1)
            continue
        cells = [c.strip() for c in text[header.end() :].split("|")]
        read = _rows if header.re is _HEADER else _scored_rows
        rows = read([c for c in cells if c])
        if len(rows) < _MIN_ROWS:
            out.extend(blocks[i:end])
            i = end
            continue
        before = text[: header.start()]
        first = blocks[i]
        if before.strip(" |"):
            out.append(Block(before.strip(" |"), "paragraph", first.page, first.line))
        table = [["一级指标", "二级指标", "三级指标", "指标值"], *rows]
        body = "\n".join("\t".join(r) for r in table)
        out.append(Block(body, "table", first.page, first.line, rows=table))
        repairs.append(
            f"line {first.line}: a form with a nature column read as a table of {len(rows)} rows"
        )
        i = end
    return out, repairs
