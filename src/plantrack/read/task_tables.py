"""Task tables (任务分工表) that arrive as text, one cell per line: rebuilt into table blocks.

An action plan's 重点任务分工表 — 序号 | 重点任务 | 具体工作 | 时间进度 | 责任部门 — copied from a web
page comes one cell per line. Left as paragraphs, the cleaner re-joins its cells as if the text
were hard-wrapped (…数据正常率达到90%以上全年推进建设管理委24加强…), which glues one task's figure to
the next task's words. The header is found by its words (序号, a task column, a time or a
responsible-body column); a row starts at a 序号 that follows the last one, a category row at a
一/二/… line; a merged cell written once (重点任务 over its rows) leaves a row short, so a short row's
cells stand at its right end. The table ends at a line that is neither a row's start nor within
its width. A project list (序号 | 项目名称 | 建设内容 | 总投资 | 责任单位) is rebuilt the same way so
that its cells are not glued either, and so is a progress report (序号 | 项目内容 | 月度工作计划 |
牵头单位 | 落实情况). The parse layer reads each task cell as a paragraph (`parse.plan`); a project
list's cells give no targets (GUIDE.md: project attributes), nor do the plan and progress columns
of a progress report.
"""

from __future__ import annotations

import re

from plantrack.read.lexicon import (
    FIGURE_SPACE_RE,
    NOTE_WORDS,
    OWNER_WORDS,
    PROGRESS_WORDS,
    ROW_CATEGORY_RE,
    ROW_INDEX_RE,
)

_TASK = (
    # 2024年推进任务: the year's tasks
    r"(?:(?:19|20)\d\d年度?)?(?:重点|主要|具体|工作|推进)?(?:任务|工作|举措|措施)(?:内容|名称|举措|措施|目标)?"
    r"|工作(?:内容|措施|举措|要点)"
    r"|主要内容|项目内容|实事内容|(?:年度|全年)?目标任务|考核指标"
)
_WHEN = (
    r"(?:时间|进度)(?:进度|安排|节点|要求)?|完成(?:时限|时间|期限)|时间节点|时限|进度安排"
    r"|(?:年度|季度|月度)(?:工作)?计划|考核时间"
)
_PROGRESS = rf"{PROGRESS_WORDS}|{NOTE_WORDS}"
# a project list (项目名称 | 建设内容 | 总投资 | 责任单位): its cells are the projects' attributes
_PROJECT = r"项目名称|项目|建设内容|建设规模(?:及内容)?|(?:总|计划)?投资(?:[（(][^）)]{1,6}[）)])?|建设(?:地点|年限|期限|性质)|实施主体|业主单位"
# 领域, 类别: the field a row's task is in (工业, 能源与环境), written once over its rows
_FIELD = r"领域|类别|分类|行业"
# 2024年目标, 2025年度目标任务: a column of one year's targets in a yearly task list
_YEAR_PLAN = r"(?:19|20)\d\d\s*年度?(?:工作)?(?:目标任务|工作目标|目标|任务|计划)"
_HEADER = re.compile(
    rf"^(?:序号|{_TASK}|{_WHEN}|{OWNER_WORDS}|{_PROJECT}|{_PROGRESS}|{_FIELD}|{_YEAR_PLAN})$"
)
_PROJECT_RE = re.compile(rf"^(?:{_PROJECT})$")
_TASK_RE = re.compile(rf"^(?:{_TASK})$")
_WHO_RE = re.compile(rf"^(?:{_WHEN}|{OWNER_WORDS})$")
_PROGRESS_RE = re.compile(rf"^(?:{_PROGRESS})$")
# 月度工作计划: what a month is to bring (4月:完成筛查人数1480人), read like a task cell
_PLAN_RE = re.compile(rf"^(?:(?:年度|季度|月度)(?:工作)?计划|{_YEAR_PLAN})$")
# （一）实施设备更新行动: a group of tasks written across the table between its rows
GROUP_CELL = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\S{2,20}$")
# 五、保障措施, 第三章: a heading after the table, never a cell
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])")
_MAX_CELL = 400
_MAX_HEADER = 16  # header cells looked at
MAX_TASK_CELLS = 4000  # lines read at most for one table


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def tidy_task(line: str) -> str:
    """A task table's cell as text: the line without its outer spaces and bars, and without the
    spaces a header cell wrapped in two (分管 领导) or a typesetter put beside a figure (1-10 月)."""
    return _CJK_SPACE.sub("", FIGURE_SPACE_RE.sub("", line.strip().strip("|").strip()))


def _header_words(cells: list[str]) -> list[str]:
    """Header cells as words: without outer spaces and the spaces that spread one (项 目 内 容)."""
    return [_CJK_SPACE.sub("", c.strip()) for c in cells]


def task_header(cells: list[str], numbered: bool = True) -> int:
    """The number of header cells at the start of `cells` when they head a task table or a
    project list (序号, a task or project column and a time or responsible-body column), else 0."""
    cells = _header_words(cells[:_MAX_HEADER])  # 项 目 内 容, 责任 单位
    n = 0
    while n < len(cells) and _HEADER.match(cells[n]):
        n += 1
    head = cells[:n]
    if (
        n >= 3
        and ("序号" in head or not numbered)
        and any(_TASK_RE.match(c) or _PROJECT_RE.match(c) for c in head)
        and any(_WHO_RE.match(c) for c in head)
    ):
        return n
    return 0


def task_columns(header: list[str]) -> list[int]:
    """The task columns (重点任务, 具体工作 …) of a task table's header row, else [] (a project
    list's cells are attributes of its projects: 全长45公里, 总投资120亿元 are no targets)."""
    cells = _header_words(header)
    if not task_header(cells, numbered=False):
        return []
    return [i for i, c in enumerate(cells) if _TASK_RE.match(c) or _PLAN_RE.match(c)]


def reports_progress(header: list[str]) -> bool:
    """A task table with a progress column (落实情况, 完成进度): a progress report, whose task
    cells still state the plan."""
    return bool(task_columns(header)) and any(_PROGRESS_RE.match(c) for c in _header_words(header))


# 牵头 / 市领导: a header cell a copy broke over two lines (牵头市领导)
_LEADER = re.compile(r"^[市区县]?领导$")


def _header_rejoined(cells: list[str]) -> tuple[list[str], int]:
    """The cells with a header cell broken over two lines (牵头 / 市领导) made one again, and how
    many cells that joined away."""
    head = _header_words(cells[:_MAX_HEADER])
    for j in range(len(head) - 1):
        if head[j] == "牵头" and _LEADER.match(head[j + 1]):
            return [*cells[:j], head[j] + head[j + 1], *cells[j + 2 :]], 1
    return cells, 0


def task_rows(cells: list[str]) -> tuple[list[list[str]], int]:
    """Rows (header first) of a task table from its cells, one per line, and the number of cells
    used; ([], 0) when the cells do not start with a task table's header."""
    cells, joined = _header_rejoined(cells)
    rows, used = _task_rows(cells)
    return rows, used + joined if used else 0


def _task_rows(cells: list[str]) -> tuple[list[list[str]], int]:
    width = task_header(cells)
    if not width:
        return [], 0
    rows = [cells[:width]]
    row: list[str] = []
    number = 0
    used = width
    lengths: dict[int, int] = {}  # how many cells the task rows have had
    for k in range(width, min(len(cells), width + MAX_TASK_CELLS)):
        cell = cells[k]
        usual = max(lengths, key=lambda n: lengths[n]) if lengths else width
        # 3 where a row still lacks cells is a value (总投资 3), not the next row's 序号
        room = bool(row) and ROW_INDEX_RE.match(row[0]) is not None and len(row) < max(2, usual - 1)
        # the first row may carry any number (rows 24–26 of a longer table), then one more each
        nxt = ROW_INDEX_RE.match(cell) and (int(cell) == number + 1 or not rows[1:]) and not room
        if nxt or ROW_CATEGORY_RE.match(cell) or GROUP_CELL.match(cell):
            if row:
                rows.append(_placed(row, width))
                if ROW_INDEX_RE.match(row[0]):
                    lengths[len(row)] = lengths.get(len(row), 0) + 1
            row = [cell]
            number = int(cell) if ROW_INDEX_RE.match(cell) else number
            used = k + 1
            continue
        full = len(row) >= (usual if ROW_INDEX_RE.match(row[0] if row else "") else 2)
        if not row or full or len(cell) > _MAX_CELL or _HEADING.match(cell):
            break  # the text after the table
        row.append(cell)
        used = k + 1
    if row:
        # a short last row with nothing after the table: the text was cut, not a cell merged
        cut = used == len(cells) and ROW_INDEX_RE.match(row[0]) is not None
        rows.append(row[:width] + [""] * (width - len(row)) if cut else _placed(row, width))
    return (rows, used) if len(rows) > 2 else ([], 0)


def _placed(row: list[str], width: int) -> list[str]:
    """A row padded to the header's width; a short row (a merged cell written once) keeps its
    序号 first and its other cells at the right end; a category row is 序号 and its title."""
    if len(row) >= width or ROW_CATEGORY_RE.match(row[0]):
        return row[:width] + [""] * (width - len(row))
    return [row[0]] + [""] * (width - len(row)) + row[1:]
