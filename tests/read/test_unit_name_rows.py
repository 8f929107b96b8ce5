"""A progress table copied one cell per line whose indicators carry their units in brackets
(城镇新增就业(人) / 26000 / owner / progress / rate / remark)."""

from __future__ import annotations

from pathlib import Path

from plantrack.read.unit_name_rows import HEADER, unit_name_rows
from saved_text import parse_lines

CELLS = [
    "目标任务", "牵头单位", "进度", "完成率(%)", "备注",
    "1", "社区就业促进", "城镇新增就业(人)", "5200", "区人力资源", "社会保障局", "4100", "78.8", "序时推进",
    "2", "城镇登记失业率低于(%)", "4.5", "4.2", "107", "超额完成",
    "3", "对创业人员给予补贴", "应补尽补", "区人社局", "发放补贴86万元。", "达到时间进度",
    "4*", "2022级职业院校毕业生就业率(%)", "92", "区教体局", "95", "103.3", "超额完成",
    "5", "开展农民工技能培训(人次)", "1500", "区农业农村局", "1620", "108", "超额完成",
]  # fmt: skip


def test_each_name_with_its_unit_and_the_figure_below_is_a_row() -> None:
    rows, used = unit_name_rows(CELLS)
    assert rows[0] == HEADER
    assert [r[:3] for r in rows[1:]] == [
        ["城镇新增就业", "人", "5200"],
        ["城镇登记失业率", "%", "低于4.5"],  # the bound in the name goes with the figure
        ["2022级职业院校毕业生就业率", "%", "92"],
        ["开展农民工技能培训", "人次", "1500"],
    ]
    assert rows[1][3].startswith("区人力资源 社会保障局 4100")
    assert used == len(CELLS)


def test_fewer_than_three_rows_or_a_first_row_too_far_are_no_table() -> None:
    assert unit_name_rows(CELLS[:15]) == ([], 0)
    far = ["目标任务", *[f"说明{k}" for k in range(13)], *CELLS[5:]]
    assert unit_name_rows(far) == ([], 0)


def test_cells_far_past_the_last_row_are_left_as_text() -> None:
    tail = [f"附注第{k}条" for k in range(20)]
    rows, used = unit_name_rows(CELLS + tail)
    assert used == CELLS.index("1500") + 1  # the last row's figure ends the table
    assert rows[-1] == ["开展农民工技能培训", "人次", "1500", ""]


def test_the_table_in_a_report_gives_its_targets(tmp_path: Path) -> None:
    lines = ["2022年1—6月民生工程项目实施进度表", "工程名称", "序号", "项目内容", *CELLS, "",
             "上半年各项民生工程总体进展顺利，下半年将继续加大推进力度，确保全面完成年度任务。"]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, "民生工程进度", (2022, 2022))
    got = {(t.metric, t.value, t.unit, t.comparator) for t in parsed.targets if t.value}
    assert got == {
        ("城镇新增就业", 5200, "人", ">="),
        ("城镇登记失业率", 4.5, "%", "<"),
        ("2022级职业院校毕业生就业率", 92, "%", ">="),
        ("开展农民工技能培训", 1500, "人次", ">="),
    }
