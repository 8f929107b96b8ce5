"""The run-on evaluation: a document's prose run together, its pipe tables kept."""

from evaluation.eval_runon import _not_split, run_together

from plantrack.model import Block
from plantrack.read import clean

TEXT = "\n".join(
    [
        "一、2024年工作回顾",
        "  全年地区生产总值增长5.3%。",
        "| 指标 | 2025年 | 属性 |",
        "| --- | --- | --- |",
        "| 地区生产总值增速（%） | 5.5 | 预期性 |",
        "二、2025年主要目标",
        "地区生产总值增长5.5%左右。",
    ]
)


def test_prose_lines_run_together_and_pipe_tables_stay() -> None:
    assert run_together(TEXT).split("\n") == [
        "一、2024年工作回顾全年地区生产总值增长5.3%。",
        "| 指标 | 2025年 | 属性 |",
        "| --- | --- | --- |",
        "| 地区生产总值增速（%） | 5.5 | 预期性 |",
        "二、2025年主要目标地区生产总值增长5.5%左右。",
    ]


def test_the_ablation_reads_a_run_on_paragraph_whole_and_restores_the_split() -> None:
    text = "一、回顾全年增长5.3%。" + "二、目标增长5.5%左右。" * 200
    with _not_split():
        blocks, _ = clean.clean_blocks([Block(text)])
        assert len(blocks) == 1
    blocks, _ = clean.clean_blocks([Block(text)])
    assert len(blocks) == 201
