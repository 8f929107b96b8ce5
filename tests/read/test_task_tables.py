"""Task tables (任务分工表): rebuilt from one cell per line, their task cells read for targets."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrack.model import ParsedPlan
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.task_tables import task_columns, task_rows, tidy_task
from saved_text import parse_lines

HEADER = ["序号", "重点任务", "具体工作", "时间进度", "责任部门"]
CELLS = [
    *HEADER,
    "一", "推进能源绿色低碳转型",
    "1", "新增光伏装机规模6380千瓦（以市级下达目标为准）", "全年推进", "发展改革委、各街镇",
    "2", "加强能耗监测数据分析，确保上传市平台数据正常率达到90%以上", "全年推进", "建设管理委",
    "二", "推动交通领域绿色转型",
    "3", "年内新增200根公用和专用充电桩", "年内完成", "交通委",
]  # fmt: skip
AFTER = "五、保障措施"
TAIL = "加强组织领导，压实各方责任。"


def test_the_rows_of_a_task_table_one_cell_per_line() -> None:
    rows, used = task_rows([*CELLS, AFTER, TAIL])
    assert used == len(CELLS)
    assert rows[0] == HEADER
    assert rows[1] == ["一", "推进能源绿色低碳转型", "", "", ""]
    # the merged 重点任务 cell is written once: the short row keeps its cells at the right end
    assert rows[2] == [
        "1",
        "",
        "新增光伏装机规模6380千瓦（以市级下达目标为准）",
        "全年推进",
        "发展改革委、各街镇",
    ]
    assert [r[0] for r in rows] == ["序号", "一", "1", "2", "二", "3"]


@pytest.mark.parametrize(
    "header",
    [
        ["指标名称", "单位", "2025年", "2030年"],  # an indicator table
        ["序号", "重点任务"],  # nobody to do it: no time or responsible-body column
    ],
)
def test_other_headers_are_no_task_table(header: list[str]) -> None:
    assert task_columns(header) == []
    assert task_rows([*header, "1", "建设道路5公里", "2026年", "交通局"]) == ([], 0)


def _cells_a_line(tmp_path: Path, cells: list[str]) -> ParsedPlan:
    """The task table's cells one a line, blank lines between them, under a caption and over the
    text after it, read as a plan's .txt."""
    text = "附表 重点工作分工\n\n" + "\n\n".join([*cells, AFTER, TAIL]) + "\n"
    path = tmp_path / "安排.txt"
    path.write_text(text, encoding="utf-8")
    return parse_document(
        read_document(path), title="某区2025年节能降碳工作安排", period=(2025, 2025)
    )


def test_a_task_table_copied_as_text_keeps_its_cells_apart(tmp_path: Path) -> None:
    parsed = _cells_a_line(tmp_path, CELLS)
    assert "rebuilt a task table of 5 rows from one-cell-per-line text" in parsed.repairs
    got = {(t.metric, t.value, t.unit, t.comparator.value, t.kind.value) for t in parsed.targets}
    assert got == {
        ("光伏装机规模", 6380, "千瓦", ">=", "increment"),
        ("上传市平台数据正常率", 90, "%", ">=", "level"),
        ("公用和专用充电桩", 200, "根", ">=", "increment"),
    }
    for t in parsed.targets:  # each cites its own cell, not the next row's words
        assert t.text in parsed.text[t.span[0] : t.span[1]]
        assert "全年推进" not in t.text and "年内完成" not in t.text
    assert AFTER in parsed.text and TAIL in parsed.text


def test_a_word_task_table_gives_the_targets_of_its_task_cells(tmp_path: Path) -> None:
    path = tmp_path / "方案.docx"
    document = docx.Document()
    document.add_paragraph("重点任务分工表")
    rows = [
        HEADER,
        ["1", "推进能源绿色低碳转型", "新增光伏装机规模6380千瓦", "全年推进", "发展改革委"],
    ]
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.save(path)
    parsed = parse_document(read_document(path), title="某区工作方案", period=(2025, 2025))
    (target,) = parsed.targets
    assert (target.metric, target.value, target.unit) == ("光伏装机规模", 6380, "千瓦")
    assert parsed.text[target.span[0] : target.span[1]] == "新增光伏装机规模6380千瓦"


def test_a_project_list_is_rebuilt_but_gives_no_targets(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "建设内容", "总投资（亿元）", "责任单位"]
    cells = [*header, "1", "滨江大道", "新建道路5公里", "12", "交通局",
             "2", "湿地公园", "新建公园8公顷", "3", "园林局"]  # fmt: skip
    assert task_columns(header) == []
    rows, used = task_rows([*cells, AFTER])
    # 3 where row 2 still lacks cells is its 总投资, not a third row's 序号
    assert rows[2] == ["2", "湿地公园", "新建公园8公顷", "3", "园林局"]
    assert used == len(cells)
    path = tmp_path / "项目.txt"
    path.write_text(
        "附表 重点项目\n\n" + "\n\n".join([*cells, AFTER, TAIL]) + "\n", encoding="utf-8"
    )
    parsed = parse_document(read_document(path), title="某区重点项目", period=(2025, 2025))
    assert parsed.targets == []  # project attributes (GUIDE.md), not glued into false targets
    assert AFTER in parsed.text


def test_a_progress_report_in_pipe_rows_reads_its_plan_not_its_progress(tmp_path: Path) -> None:
    # b13 泰顺: 序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况, under a caption that says
    # 进展情况 (a report): the plan columns are read, the 落实情况 column is not
    text = "\n".join(
        [
            "2024年5月民生实事项目进展情况汇总表",
            "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |",
            "1 | 为全县65岁以上老年人免费体检18000人。 | 5月:完成体检4000人。 | 县卫健局 |"
            " 已完成。完成体检5200人,完成率28.9%。 |",
            "2 | 新增公共场所应急救护点位36个。 | 5月:确定点位。 | 县红十字会 | 已确定点位20个。 |",
        ]
    )
    path = tmp_path / "进展.txt"
    path.write_text(text + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), title="民生实事进展情况", period=(2024, 2024))
    assert "rebuilt a task table of 2 rows from pipe text" in parsed.repairs
    got = {(t.value, t.unit) for t in parsed.targets}
    assert got == {(18000, "人"), (4000, "人"), (36, "个")}  # not 5200, 28.9% or 20


def _values_read(tmp_path: Path, lines: list[str], title: str, year: int) -> set[tuple]:
    """(value, unit) of every target plantrack reads from `lines` saved as a .txt file."""
    parsed = parse_lines(tmp_path, lines, title, (year, year))
    return {(t.value, t.unit) for t in parsed.targets}


def test_rows_under_a_merged_number_cell_start_one_column_on(tmp_path: Path) -> None:
    # b21 临安: an item's second and third tasks come as rows of their own without the merged
    # 序号 and 责任单位 cells (目标 | 进展 | ||); their first cell is the plan, not the progress
    text = "\n".join(
        [
            "2026年区政府民生实事项目进展情况表(截至9月底)",
            "序号 | 项目内容 | 进展情况 | 责任单位 |",
            "1 | 新建成婴幼儿成长驿站5家。 | 新建成驿站9家。 | 卫生健康局 |",
            "新增婴幼儿照护服务托位400个。 | 新增托位520个。 | ||",
            "开展胃肠癌联合筛查8000例以上。 | 开展筛查9120例。 | ||",
            "2 | 实施农村公路大中修80公里。 | 完成大中修45公里。 | 交通运输局 |",
        ]
    )
    got = _values_read(tmp_path, text.split("\n"), "民生实事进展情况", 2026)
    assert got == {(5, "家"), (400, "个"), (8000, "例"), (80, "公里")}  # not 9, 520, 9120 or 45


def test_a_progress_table_cut_from_the_middle_of_a_longer_one(tmp_path: Path) -> None:
    # b24 崇川: each cell on its own line ending in a bar, header cells wrapped in two (分管 领导),
    # a progress column per month (1-10月推进情况), rows numbered from 24
    cells = [
        "序号",
        "主要任务",
        "全年目标任务",
        "分管 领导",
        "牵头 单位",
        "责任主体与协同单位",
        "1-10月推进情况",
        "1-11月推进情况",
        "是否达序",
        "说明",
        "24",
        "优化提升40条背街后巷交通组织。",
        "王某",
        "城管局",
        "相关街道",
        "已进场施工,完成30%。",
        "已进场施工,完成60%。",
        "是",
        "",
        "25",
        "新增四分类达标小区180个。",
        "王某",
        "城管局",
        "各街道",
        "已完成选址。",
        "在46个小区建成38个厢房。",
        "否",
        "合同滞后了2个月。",
    ]
    path = tmp_path / "进展.txt"
    path.write_text("\n".join(f"{c} |" for c in cells) + "\n", encoding="utf-8")
    parsed = parse_document(
        read_document(path), title="重点民生实事项目推进情况", period=(2026, 2026)
    )
    got = {(t.value, t.unit) for t in parsed.targets}
    assert got == {(40, "条"), (180, "个")}  # not 30%, 60%, 46, 38 or 2个月


def test_a_pipe_progress_table_without_a_number_column(tmp_path: Path) -> None:
    # b25 乐清: 项 目 内 容 | 8月计划进度 | 实际进度情况 | 完成率 | 责任 单位 | 具体分管领导 |
    text = "\n".join(
        [
            "项 目 内 容 | 8月计划进度 | 实际进度情况 | 完成率 | 责任 单位 | 具体分管领导 |",
            "(1)组建教共体60对以上。 | 5对教共体继续开展活动。 | 组建5对教共体,设立工作室7个。 | 72% | 市教育局 | 王某 |",
            "(2)创建乡村小而优示范学校4所以上。 | 完成硬件建设。 | 组建5个名师团队。 | 60% | 市教育局 | 王某 |",
        ]
    )
    got = _values_read(tmp_path, text.split("\n"), "民生实事进展", 2026)
    assert got == {(60, "对"), (4, "所")}  # not 5对, 7个, 72%, 5个 or 60%


def test_a_task_table_with_each_cell_between_bars(tmp_path: Path) -> None:
    # b13 谯城: | / 序号 / | / 考核指标 / | / 序时进度 / … one cell per line between bar lines, a
    # header cell on two lines (分管 / 领导); the text ends inside the last row
    lines = ["|", "序号", "|", "考核指标", "|", "序时进度", "|", "分管", "领导", "|",
             "|", "1", "|", "城镇新增就业3200人以上。", "|", "截至目前,新增就业2100人。", "|",
             "李某", "|",
             "|", "2", "|", "新建口袋公园8个、改造提升街心绿地5处。", "|", "已开工4个"]  # fmt: skip
    path = tmp_path / "考核.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), title="考核指标序时进度表", period=(2025, 2025))
    assert "rebuilt a task table of 2 rows from cell-per-line between bars text" in parsed.repairs
    got = {(t.value, t.unit) for t in parsed.targets}
    assert got == {(3200, "人"), (8, "个"), (5, "处")}  # not the 2100 of the 序时进度 column


def test_a_task_list_by_field_with_the_years_tasks(tmp_path: Path) -> None:
    # b37 苏州's annex: 序号 | 领域 | 2024年推进任务 | 牵头责任部门, the field written once over rows
    lines = [
        "附件1",
        "",
        "| 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |",
        "| --- | --- | --- | --- |",
        "| 一、实施设备更新行动 |",
        "| 1 | 工业 | 组织实施技术改造项目800个以上。 | 市工信局 |",
        "| 2 | 新建8家绿色工厂、3个绿色园区。 | 市工信局、市发改委 |",
        "| 3 | 农业农村 | 更新老旧农机300台（套）。 | 市农业农村局 |",
    ]
    parsed = parse_lines(tmp_path, lines, "设备更新实施方案", (2024, 2027))
    got = {(t.value, t.unit) for t in parsed.targets}
    assert got == {(800, "个"), (8, "家"), (3, "个"), (300, "台（套）")}


def test_a_yearly_task_list_in_rows_apart_by_spaces(tmp_path: Path) -> None:
    # a PDF's copy of 序号 | 任务内容 | 2024年目标 | 2025年目标 | 牵头单位, a group line between
    lines = [
        "序号    任务内容    2024年目标    2025年目标    牵头单位",
        "（一）实施设备更新行动",
        "1    推动能源设备更新改造    更新老旧设备850台    更新老旧设备1200台    区发改委",
        "2    推动重点行业技术改造    实施技改项目20个以上    实施技改项目25个以上    区工信局",
        "",
        "二、保障措施",
    ]
    parsed = parse_lines(tmp_path, lines, "设备更新实施方案", (2024, 2027))
    got = [(t.value, t.unit, t.deadline) for t in parsed.targets]
    assert got == [(850, "台", 2024), (1200, "台", 2025), (20, "个", 2024), (25, "个", 2025)]


def test_a_group_of_tasks_between_rows_one_cell_per_line(tmp_path: Path) -> None:
    cells = [
        "序号", "任务内容", "2024年目标", "2025年目标", "牵头单位",
        "（一）实施设备更新行动",
        "1", "推动能源设备更新改造", "更新老旧设备850台", "更新老旧设备1200台", "区发改委",
        "2", "推动重点行业技术改造", "实施技改项目20个以上", "实施技改项目25个以上", "区工信局",
    ]  # fmt: skip
    rows, used = task_rows(cells)
    assert used == len(cells)
    assert rows[1][0] == "（一）实施设备更新行动"
    parsed = parse_lines(tmp_path, cells, "设备更新实施方案", (2024, 2027))
    got = [(t.value, t.deadline) for t in parsed.targets]
    assert got == [(850, 2024), (1200, 2025), (20, 2024), (25, 2025)]


def test_a_task_cell_loses_the_space_beside_a_figure() -> None:
    """1-10 月推进情况 (a figure spaced from its word) is one header cell, 1-10月推进情况."""
    assert tidy_task("1-10 月推进情况 |") == "1-10月推进情况"


def test_a_long_task_cell_a_pdf_wrapped_is_one_cell(tmp_path: Path) -> None:
    """Cells apart by blank lines, a long cell over two lines with none between them (a PDF's
    saved text): one cell, and the rows after it stay in step."""
    long = CELLS.index("加强能耗监测数据分析，确保上传市平台数据正常率达到90%以上")
    cells = [c if k != long else c[:15] + "\n" + c[15:] for k, c in enumerate(CELLS)]
    parsed = _cells_a_line(tmp_path, cells)
    assert "rebuilt a task table of 5 rows from one-cell-per-line text" in parsed.repairs
    got = {(t.metric, t.value, t.unit) for t in parsed.targets}
    assert ("公用和专用充电桩", 200, "根") in got
    assert ("上传市平台数据正常率", 90, "%") in got


def test_a_task_table_over_pdf_pages_keeps_its_rows(tmp_path: Path) -> None:
    """A PDF's saved text (form feeds, — 5 — at a page's foot, the running title atop the next):
    a cell cut by a page break is one cell, and a row number at a page's top is no page number."""
    running = "某区2025年节能降碳工作安排"
    cells = "\n\n".join(CELLS)
    cut = cells.replace("发展改革委、各街镇", f"发展改革委、\n— 5 —\n\f{running}\n各街镇")
    paged = cut.replace("建设管理委\n\n二", f"建设管理委\n\n二\n— 6 —\n\f{running}")
    paged = paged.replace(
        "推动交通领域绿色转型\n\n3", f"推动交通领域绿色转型\n— 7 —\n\f{running}\n3"
    )
    text = f"{running}\n\n附表 重点工作分工\n\n{paged}\n\n{AFTER}\n\n{TAIL}\n"
    path = tmp_path / "安排.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title=running, period=(2025, 2025))
    assert "rebuilt a task table of 5 rows from one-cell-per-line text" in parsed.repairs
    got = {(t.metric, t.value, t.unit) for t in parsed.targets}
    assert got == {
        ("光伏装机规模", 6380, "千瓦"),
        ("上传市平台数据正常率", 90, "%"),
        ("公用和专用充电桩", 200, "根"),
    }
    assert "removed page number: 3" not in parsed.repairs


def test_a_progress_table_with_its_leaders_header_broken_over_two_lines(tmp_path: Path) -> None:
    # b124 余姚 民生实事 进展情况: 牵头 / 市领导 one header cell on two lines, 形象进度(%) a progress column
    header = ["序号", "目标任务", "牵头", "市领导", "责任单位", "进展情况", "形象进度(%)"]
    rows = [
        ["1", "新建公用和专用电动汽车充电桩350个,其中农村185个", "吕  乐", "市发改局"],
        ["新建公共充电桩99个,其中农村79个。", "28%"],
        ["2", "建设电动自行车“充电驿站”1440个", "吕  乐", "市消防大队"],
        ["已完成方案制定。目前各乡镇街道进行选址。", "30%"],
        ["3", "建成“宁静小区”5个、“宁静工厂”16家", "毛丕显", "生态环境局余姚分局"],
        ["“宁静小区”中1家已基本完成建设。", "65%"],
    ]
    lines = ["2025年民生实事项目进展情况(截至5月15日)", *header, *(c for r in rows for c in r)]
    text = "\n\n".join(lines)
    parsed = parse_lines(tmp_path, text.split("\n"), "2025年民生实事项目进展情况", (2025, 2025))
    got = sorted((t.value, t.unit) for t in parsed.targets if t.value is not None)
    assert got == [(5, "个"), (16, "家"), (185, "个"), (350, "个"), (1440, "个")]
