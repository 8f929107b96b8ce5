"""The shapes evaluation: a pipe table written again as tab, spaced and one-cell-per-line text."""

from evaluation.eval_shapes import pipe_tables, render, reshaped, table_rows

TEXT = "\n".join(
    [
        "表1 分区域目标",
        "| 地区 | 充电站（座） | 备注 |",
        "| --- | --- | --- |",
        "| **甲市** | 27 |  |",
        "| 合计 | 27 |",
        "六、保障措施",
    ]
)


def test_the_pipe_table_is_found_and_its_cells_cleaned() -> None:
    lines = TEXT.split("\n")
    assert pipe_tables(lines) == [(1, 5)]
    assert table_rows(lines[1:5]) == [
        ["地区", "充电站（座）", "备注"],
        ["甲市", "27", ""],
        ["合计", "27"],
    ]


def test_each_shape_writes_the_cells_its_own_way() -> None:
    rows = [["地区", "充电站（座）", "备注"], ["甲市", "27", ""], ["合计", "27"]]
    assert render(rows, "tabs")[2] == "合计\t\t27"  # a merged cell's blank after its text
    assert render(rows, "spaces")[1] == "甲市    27"
    assert render(rows, "per line") == ["地区", "充电站（座）", "备注", "甲市", "27", "合计", "27"]
    assert render(rows, "blank between cells")[:2] == ["地区", ""]


def test_the_rest_of_the_document_stays() -> None:
    out = reshaped(TEXT, "per line").split("\n")
    assert out[0] == "表1 分区域目标" and out[-1] == "六、保障措施" and "甲市" in out
    assert reshaped(TEXT, "pipes") == TEXT
