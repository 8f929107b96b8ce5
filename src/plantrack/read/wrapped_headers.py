"""A table header copied into text with its cells written over two lines, joined back into one
cell each: “十四五” / 完成值, 年均增长 / 〔累计〕, 松江 / “十四五” / 现状, a two-level header copied
cell by cell (2015年目标 / 绝对值 | 增速(%)) and one copied row by row (first lines, then second
lines). `read.text_tables` reads the joined cells as the header."""

from __future__ import annotations

import re

from plantrack.read.header_cells import VALUE_HEADER, is_header_cell

PERIOD_ONLY = re.compile(
    r"^[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间|末|规划)?$|^(?:19|20)\d\d年?$"
)
HEADER_TAIL = re.compile(
    r"^(?:完成|目标|预期|规划|基期|现状|实际|实现)(?:值|情况|目标)?$|^[〔［\[(（].{1,10}[〕］\])）]$"
)


# 苏南 / 目标值: a place's own value column, its name over two lines
_PLACE_VALUE_TAIL = re.compile(r"^(?:目标|现状|实现|基期|规划)值$")


def header_prefix(cells: list[tuple[int, str]], h: int) -> bool:
    """松江 / “十四五” / 现状: a short word (the district's name) over a period header is the
    first line of that header cell."""
    cell = cells[h][1]
    nxt = next((c for _, c in cells[h + 1 : h + 3] if c), "")
    return (
        0 < len(cell) <= 6
        and not re.search(r"\d|[，。；：]", cell)
        and bool(PERIOD_ONLY.match(nxt) or _PLACE_VALUE_TAIL.match(nxt))
    )


def merged_header(cells: list[str]) -> list[str]:
    """Header cells with the second line of a two-line header cell joined to its first
    (“十四五” / 完成值, 年均增长 / 〔累计〕), after a word over a period header is joined to it
    (`_prefixed`) and the second lines of a header copied row by row are given to their cells (`_row_wise`)."""
    out: list[str] = []
    cells = _grouped(_row_wise(_prefixed([c for c in cells if c])))
    for k, cell in enumerate(cells):
        if cell in ("属性", "性质") and out and out[-1] == "指标" and k > 2:
            out[-1] += cell  # 指标 / 属性 after the value columns: 指标属性 over two lines
            continue
        bracket = cell[0] in "〔［[(（"
        # 2027年 / 目标值 / （2030年）: the bracket is 目标值's second line, not 2027年's third
        taken = not bracket and k + 1 < len(cells) and cells[k + 1][0] in "〔［[(（"
        if (
            out
            and HEADER_TAIL.match(cell)
            and (
                bracket
                or (PERIOD_ONLY.match(out[-1]) and not taken)
                or (_PLACE_VALUE_TAIL.match(cell) and not is_header_cell(out[-1]))
            )
        ):
            out[-1] += cell
        else:
            out.append(cell)
    return out


# 2015年目标 | 2015年实绩 over 绝对值 | 增速(%) | 绝对值 | 增速(%): a year's column group
_GROUP_HEADER = re.compile(r"^(?:19|20)\d\d年")


def _repeated_under(subs: list[str], m: int, k: int) -> bool:
    """`subs` are m distinct sub-headers, none a group's year, written k times over (once under
    each of k groups)."""
    return (
        len(subs) == m * k
        and len(set(subs[:m])) == m
        and subs == subs[:m] * k
        and not any(_GROUP_HEADER.match(c) for c in subs)
    )


def _grouped(cells: list[str]) -> list[str]:
    """A two-level header copied cell by cell: k group cells (2015年目标, 2015年实绩), then the
    m sub-headers under each, k times over (绝对值, 增速(%)) — one column per group and
    sub-header (2015年目标绝对值 …)."""
    for m in (2, 3):
        for k in (2, 3):
            if len(cells) < k + m * k:
                continue
            subs, groups = cells[-m * k :], cells[-m * k - k : -m * k]
            if _repeated_under(subs, m, k) and all(_GROUP_HEADER.match(g) for g in groups):
                joined = [g + sub for g in groups for sub in subs[:m]]
                return cells[: -m * k - k] + joined
    return cells


def grouped_header_end(cells: list[str], h: int) -> int:
    """Where a two-level header copied cell by cell ends when the header read so far stops
    inside its sub-headers: 空间类型 | 2020年 | 2030年 over 面积指标(平方公里) | 占全省陆域空间比例,
    twice — the second sub-header is not a header word, but it repeats under each year (h
    unchanged when no such run follows the year cells)."""
    years = [k for k in range(h) if _GROUP_HEADER.match(cells[k]) and len(cells[k]) <= 8]
    if len(years) < 2:
        return h
    start = years[-1] + 1
    while start < len(cells) and not cells[start]:
        start += 1
    k = len(years)
    for m in (2, 3):
        subs = cells[start : start + m * k]
        if (
            start < h <= start + m * k
            and _repeated_under(subs, m, k)
            and not any(re.search(r"\d", c) for c in subs)
        ):
            end = start + m * k
            while end < len(cells) and not cells[end]:
                end += 1
            return end
    return h


def _prefixed(cells: list[str]) -> list[str]:
    """松江 / “十四五” / 现状: a word over a period header is the first line of that header cell
    (and the period's 现状, 完成值 or 指标 its last)."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        nxt = cells[k + 1] if k + 1 < len(cells) else ""
        if not is_header_cell(cell) and PERIOD_ONLY.match(nxt) and "五" in nxt:
            tail = cells[k + 2] if k + 2 < len(cells) else ""
            if HEADER_TAIL.match(tail) or tail == "指标":
                out.append(cell + nxt + ("目标" if tail == "指标" else tail))
                k += 3
                continue
        out.append(cell)
        k += 1
    return out


def _row_wise(cells: list[str]) -> list[str]:
    """现状 | 属性 | 近期规划 | （2025年） | （2030年）: a header copied row by row writes the first
    lines of its cells, then their second lines; the k second lines that end the header go, in
    order, to the last k value cells still without a year (现状（2025年）, 近期规划（2030年）). One
    second line right under its own first line (年均增长 / 〔累计〕, 2030年 / 目标值) is left to the
    line-by-line join."""
    run = 0
    while run < len(cells) - 1 and HEADER_TAIL.match(cells[-1 - run]):
        run += 1
    for k in range(run, 0, -1):  # 目标值 may end the first lines or open the second ones
        before = cells[-1 - k]
        beside = _open_value_header(before) or PERIOD_ONLY.match(before)
        if k == 1 and beside and not _open_period(cells[: -1 - k]):
            return cells
        heads = [i for i, c in enumerate(cells[:-k]) if _open_value_header(c)][-k:]
        if len(heads) == k:
            out = cells[:-k]
            for i, tail in zip(heads, cells[-k:], strict=True):
                out[i] += tail
            return out
    return cells


def _open_period(cells: list[str]) -> bool:
    """“十四五” alone, its 完成值 not under it: a period still waiting for its second line."""
    return any(
        PERIOD_ONLY.match(c)
        and "五" in c
        and not (k + 1 < len(cells) and HEADER_TAIL.match(cells[k + 1]))
        for k, c in enumerate(cells)
    )


def _open_value_header(cell: str) -> bool:
    """现状, 近期规划, “十四五”: a value header still waiting for its year (or 完成值)."""
    return bool(VALUE_HEADER.search(cell)) and not re.search(
        r"\d|十[一二三四五六]五.*值$|[）)〕］\]]$", cell
    )
