"""A table a converter flattened into one line (read/flat_rows.py)."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Block
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.flat_rows import unflatten_rows

GAP = "\xa0" * 6
LINE = GAP.join(
    [
        "五年内主要农产品产量的指标如下：",
        "产品",
        "2025年产量",
        "2030年计划数",
        "2030年为2025年的百分比",
        "粮食",
        "4,050万吨",
        "4,300万吨",
        "106",
        "油料",
        "310万吨",
        "360万吨",
        "116",
        "茶叶",
        "41万吨",
        "52万吨",
        "127",
        "粮食的增产，主要靠提高单位面积产量。",
    ]
)


def test_a_one_line_table_is_split_into_its_rows() -> None:
    blocks, repairs = unflatten_rows([Block(LINE, line=7)])
    assert [b.text.split("  ")[0] for b in blocks] == [
        "五年内主要农产品产量的指标如下：",
        "产品",
        "粮食",
        "油料",
        "茶叶",
        "粮食的增产，主要靠提高单位面积产量。",
    ]
    assert blocks[2].text == "粮食  4,050万吨  4,300万吨  106"
    assert repairs == ["line 7: split a table flattened into one line into 6 lines"]


def test_a_one_line_table_gives_each_rows_plan_figure_baseline_and_share_of_the_base(
    tmp_path: Path,
) -> None:
    path = tmp_path / "计划.txt"
    path.write_text(LINE + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), period=(2026, 2030))
    found = [(t.metric, t.value, t.unit, t.baseline, t.baseline_year) for t in parsed.targets]
    assert found == [
        ("粮食", 4300, "万吨", 4050, 2025),
        ("粮食为2025年的百分比", 106, "%", None, 2025),
        ("油料", 360, "万吨", 310, 2025),
        ("油料为2025年的百分比", 116, "%", None, 2025),
        ("茶叶", 52, "万吨", 41, 2025),
        ("茶叶为2025年的百分比", 127, "%", None, 2025),
    ]


def test_a_line_of_prose_with_wide_spaces_stays_one_line() -> None:
    prose = GAP.join(
        ["我们要坚持稳中求进", "推动高质量发展", "2026年", "全市", "新增就业", "5万人"] * 2
    )
    blocks, repairs = unflatten_rows([Block(prose)])
    assert [b.text for b in blocks] == [prose] and repairs == []
