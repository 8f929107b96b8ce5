"""Allocation tables (任务分解表) that arrive as text, one cell per line: rebuilt into table blocks.

An action plan's annex often splits its target over places — 序号 | 街镇 | 2026年任务量 | … with
one row per district or town and a 合计/总计 row. Copied from a web page it comes one cell per
line (a cell wrapped over two lines has no blank line between them). The header is found by its
words: 序号, a place column (街镇, 区, 县（市、区）, 单位 …) and an amount column after it
(任务, 目标, 数量, 面积, a year, or a unit in brackets). A row starts at the 序号 that follows the last one, or at
合计/总计; its first cells are the place and the amount, the rest are kept as they come (a merged
cell written once makes rows of different lengths). A 单位：亩 line above the header gives the
amount's unit, written into the amount's header (2026年任务量（亩）). `parse.allocation` reads
the amount column.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plantrack.read.lexicon import ROW_INDEX_RE

PLACE_HEADER = re.compile(
    r"^(?:各)?(?:街镇|镇街|乡镇|镇（街道）|街道|区县|县区|县（市、区）|县\(市、区\)|区|县|市|镇|地区"
    r"|省|省份|省（区、市）|省区市|市州|市（州）|地市|设区市|城市|市县|县市|县市区|州市|行政区|地区名称"
    r"|市（区）|区（县）|县（区）|县（市）|市（县）|州（市）|县（市、区、管委会）"
    r"|单位|辖区|区域|分区|片区|[市县区]别|[\u4e00-\u9fff]{1,2}区号|(?:建设)?地点)(?:[（(][^）)]{1,8}[）)])?(?:名称)?$"
)
# 新增充电桩（个）: a column's unit in brackets at the end of its header
UNIT_BRACKET = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
# 2026年任务量, 目标任务, 新增充电桩（个）: an amount (a unit in brackets says so too)
AMOUNT_HEADER = re.compile(r"任务|目标|数量|面积|规模|(?:19|20)\d\d年|[（(][^（）()]{1,6}[）)]$")
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|全[市区县]合计)$")
# 制表日期：2026.1   单位：亩 — the unit of the table's figures
TABLE_UNIT = re.compile(r"单位[：:]\s*([^\s，。；、]{1,8})\s*$")
# …一览表（县区分布）（单位：座）: the unit in the caption's closing brackets
# 2009年各设区市造林绿化任务表, 目标任务分解表, 年度计划表: a caption that says the table sets tasks
TASK_CAPTION = re.compile(r"(?:任务|目标|计划)(?:分解|分配|安排|下达)?(?:一览)?表")
_BRACKETED_UNIT = re.compile(r"[（(]单位[：:]\s*([^\s，。；、（）()]{1,8})[）)]\s*$")
_NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
# 三、保障措施, 第三章, 附件2: what follows the table
_AFTER = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分]|附件)")
_MAX_CELL = 60
_COUNTED_COLUMNS = 2  # header cells with a unit in brackets that make a table of amounts
_PLANNED = re.compile(r"规划|新增|新建|合计|计划|任务|目标")
# 1.0公里: a figure that carries its unit (a column of such cells is an amount in that unit)
# 1,200 / 3.5: a plain figure, as a table's cell holds it
FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
FIGURE_WITH_UNIT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*([^\d\s.,]{1,4})$")
MAX_ALLOCATION_CELLS = 2000


def caption_unit(line: str) -> str | None:
    """The unit a table's caption or the line above it gives (单位：亩, （单位：座）), else None."""
    m = _BRACKETED_UNIT.search(line) or TABLE_UNIT.search(line)
    return m.group(1) if m else None


def place_first(header: list[str]) -> bool:
    """序号 | 街镇 | … or 街镇 | …: a header whose place column opens it."""
    cells = [c.strip() for c in header]
    if cells and cells[0] == "序号":
        cells = cells[1:]
    return bool(cells) and PLACE_HEADER.match(cells[0]) is not None


def allocation_header(cells: list[str]) -> int:
    """The number of header cells at the start of `cells` when they head an allocation table
    (序号, a place, an amount, … up to the first row's 序号 1), else 0."""
    if len(cells) < 4 or cells[0] != "序号" or not PLACE_HEADER.match(cells[1]):
        return 0
    for n, cell in enumerate(cells[2:], 2):
        if cell == "1":
            return n if any(AMOUNT_HEADER.search(c) for c in cells[2:n]) else 0
        if _NUMBER.match(cell) or len(cell) > _MAX_CELL:
            return 0
    return 0


# 青村镇, 西渡街道, 奉城镇 over 老奉城 and 头桥: a place that opens a row of a table without 序号
_PLACE_CELL = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}$")
_ADMIN_END = re.compile(r"(?:镇|街道|乡|区|县|市|新区|园区|管委会|社区|村)(?:[（(][^）)]*[）)])?$")
# 2024年, 2024年约1900亩: a cell that names a year
YEAR_CELL = re.compile(r"^(?:19|20)\d\d年")


def _place_rows(
    cells: list[str], unit: str | None, tasked: bool = False
) -> tuple[list[list[str]], int]:
    """A wide allocation table without 序号 (街镇 | … | 2024-2026年任务量 | … | 2024年 | 2025年 …):
    its header runs to the first place with a figure after it; a row is a place and its figures;
    a place without figures heads the places under it (奉城镇 / 老奉城 → 奉城镇（老奉城）).
    `tasked`: the caption calls the table a task table (…造林任务表), so its plain columns
    (设区市 | 合计 | 人工造林 | 封山育林) are amounts too, each in the caption's unit or that of
    the bracketed column before it."""
    if len(cells) < 6 or not PLACE_HEADER.match(cells[0]):
        return [], 0
    first = next((n for n, c in enumerate(cells) if _NUMBER.match(c)), 0)
    head = cells[: first - 1]
    if first < 3:
        return [], 0
    # 充电站(座) | 换电站(座) | …: columns counted in their units say the table's figures are
    # amounts as well as 任务 over years does
    counted = sum(1 for c in head[1:] if UNIT_BRACKET.search(c)) >= _COUNTED_COLUMNS
    # …一览表单位：个 over 镇街名称 | “十三五”规划延续 | “十四五”规划新增 | …: the caption's unit
    counted = counted or (
        unit is not None and sum(1 for c in head[1:] if _PLANNED.search(c)) >= _COUNTED_COLUMNS
    )
    tasks = any("任务" in c for c in head) and sum(1 for c in head if YEAR_CELL.match(c)) >= 2
    if not (counted or tasks or tasked):
        return [], 0
    for k in range(1, len(head) if tasked else 2):
        own = UNIT_BRACKET.search(head[k]) if tasked else None
        if own:
            unit = unit or own.group(1)  # 造林任务（万亩） | 人工造林 | 封山育林: one unit
        elif unit and not re.search(r"[（(][^）)]+[）)]$", head[k]):
            head[k] = f"{head[k]}（{unit}）"  # 面积单位：亩 above the table
    rows: list[list[str]] = [head]
    row: list[str] = []
    parent = ""
    used = first - 1
    for k in range(first - 1, min(len(cells), first + MAX_ALLOCATION_CELLS)):
        cell = cells[k]
        if _NUMBER.match(cell.replace(" ", "")) or (row and FIGURE_WITH_UNIT.match(cell)):
            if not row:
                break
            row.append(cell)
            used = k + 1
            continue
        top = bool(_ADMIN_END.search(cell) or TOTAL_ROW.match(cell))
        if len(cell) > _MAX_CELL or _AFTER.match(cell) or not (top or _PLACE_CELL.match(cell)):
            break  # 备注：…, a paragraph: the text after the table
        if len(row) == 1:
            parent = row[0]  # 奉城镇 with no figures: the places under it follow
        elif row:
            rows.append(row)
            parent = "" if top else parent
        row = [f"{parent}（{cell}）" if parent and not top else cell]
    if len(row) > 1:
        rows.append(row)
    return (rows, used) if len(rows) > 2 else ([], 0)


def allocation_rows(
    cells: list[str], unit: str | None = None, tasked: bool = False
) -> tuple[list[list[str]], int]:
    """Rows (header first) of an allocation table from its cells and the number of cells used;
    ([], 0) when the cells do not start with an allocation table's header or no row has a
    place and a figure. `tasked`: its caption calls it a task table (`_place_rows`)."""
    width = allocation_header(cells)
    if not width:
        return _place_rows(cells, unit, tasked)
    header = cells[:width]
    if unit and not re.search(r"[（(][^）)]+[）)]$", header[2]):
        header[2] = f"{header[2]}（{unit}）"
    rows = [header]
    row: list[str] = []
    number = 0
    used = width
    for k in range(width, min(len(cells), width + MAX_ALLOCATION_CELLS)):
        cell = cells[k]
        nxt = cells[k + 1] if k + 1 < len(cells) else ""
        # a 序号 is followed by its place: 6 before a figure is a figure (嘉兴 | 26 | 15 | 6 | 5)
        index = ROW_INDEX_RE.match(cell) and int(cell) == number + 1 and not _NUMBER.match(nxt)
        starts = index or TOTAL_ROW.match(cell)
        if starts and (not row or len(row) >= 3):
            if row:
                rows.append(row)
            row = [cell] if ROW_INDEX_RE.match(cell) else ["", cell]
            number = int(cell) if ROW_INDEX_RE.match(cell) else number
            used = k + 1
            continue
        if not row or len(cell) > _MAX_CELL or len(row) > 2 * width or _AFTER.match(cell):
            break  # the text after the table
        row.append(cell)
        used = k + 1
    if row:
        rows.append(row)
    figured = [r for r in rows[1:] if len(r) >= 3 and _NUMBER.match(r[2].replace(" ", ""))]
    return (rows, used) if len(figured) >= 2 else ([], 0)


def pipe_place_rows(
    header: list[str], lines: list[str], split: Callable[[str], list[str] | None]
) -> tuple[list[list[str]], int]:
    """热区号 | 热区范围 | 2020供热面积(万㎡) | … over `RQ1 | 北街、磨头 | 32.48 | 16.22 |`: an
    allocation table whose rows a copy left as bar-separated lines without the bar that opens
    them (so neither a Markdown table nor joined prose). `header` is the first line's cells,
    `lines` the lines after it, cut into cells by `split`. A row shorter than the header (合计 |
    100.05 | 50.01: its merged place cells) keeps its figures under the last columns. Returns the
    rows and how many lines they used, the header's included, or ([], 0)."""
    if not place_first(header) or not any(AMOUNT_HEADER.search(c) for c in header):
        return [], 0
    rows = [header]
    for line in lines:
        cells = split(line) if "|" in line else None
        if not cells or len(cells) > len(header):
            break
        pad = len(header) - len(cells)
        rows.append(cells[:1] + [""] * pad + cells[1:])
    return (rows, len(rows)) if len(rows) >= 3 else ([], 0)
