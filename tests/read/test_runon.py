"""Run-on text (a plan without its paragraph breaks) split back into paragraphs."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Block
from plantrack.read.clean import clean_blocks
from plantrack.read.runon import RUN_ON_MIN, split_lost_indents, split_run_on
from saved_text import parse_lines

# A State Council notice as a CSV cell keeps it (国办发〔2005〕8号, abridged): headings run into
# the text, the review of 2004 and the plan for 2005 in one line.
REVIEW = (
    "一、进一步提高对清理违规电站项目工作的认识随着国民经济的快速发展，我国电力建设取得了令人瞩目的成就。"
    "到2004年底，全国电站装机规模达到4.4亿千瓦，年发电量21870亿千瓦时，同比增长14.8%。"
    "2004年批准开工电站项目6100万千瓦，投产电站规模超过了5000万千瓦，电力发展速度超过了国民经济增长速度。"
)
PLAN = (
    "二、合理安排近期电站建设近年来我国电力需求增长很快，需要在国家能源中长期发展规划指导下适度加快电力建设。"
    "近期每年新开工电站规模应控制在6000万千瓦左右。"
)
FILLER = (
    "各地区、各有关部门和单位要以科学发展观为指导，严格遵守国家的有关政策和规定，确保政令畅通。"
)


def run_on(*parts: str) -> str:
    text = "".join(parts)
    while len(text) < RUN_ON_MIN:
        text += FILLER
    return text


def paragraphs(text: str) -> list[str]:
    blocks, _ = split_run_on([Block(text, "paragraph", None, 1)])
    return [b.text for b in blocks]


def test_a_run_on_paragraph_splits_at_its_headings_and_loses_nothing() -> None:
    text = run_on(
        REVIEW,
        PLAN,
        "三、继续做好电站项目清理工作(一)对违规项目要综合治理。(二)对隐瞒不报的项目责令停建。",
    )
    pieces = paragraphs(text)
    assert pieces[0].startswith("一、进一步提高")
    assert pieces[1].startswith("二、合理安排")
    assert [p[:4] for p in pieces[2:5]] == ["三、继续", "(一)对", "(二)对"]
    assert "".join(pieces) == text


def test_a_heading_without_punctuation_before_the_next_number_is_a_paragraph_of_its_own() -> None:
    text = run_on(
        "一、“十三五”时期的主要成效（一）污染防治攻坚战阶段性目标任务全面完成蓝天保卫战方面，完成了改造。"
    )
    pieces = paragraphs(text)
    assert pieces[0] == "一、“十三五”时期的主要成效"
    assert pieces[1].startswith(
        "（一）污染防治攻坚战阶段性目标任务全面完成蓝天保卫战方面，完成了改造。"
    )


def test_an_items_body_label_after_its_heading_opens_a_paragraph() -> None:
    text = run_on(
        "4、开展医共体巡回义诊活动30场次 项目内容:在15个乡(镇)全覆盖开展义诊活动30场次。"
        "5、完成水库除险加固 说明项目内容:实施水库除险加固工程。"
    )
    pieces = paragraphs(text)
    assert pieces[0] == "4、开展医共体巡回义诊活动30场次"
    assert pieces[1].startswith("项目内容:在15个乡(镇)")
    # only after a heading: a sentence that names its content reads on
    assert pieces[2].startswith("5、完成水库除险加固 说明项目内容:实施")


def test_a_number_inside_a_sentence_is_no_paragraph() -> None:
    text = run_on("本规划第三章提出，到2025年建成3个中心，其中1.5万平方米用于展示。")
    assert paragraphs(text)[0].startswith("本规划第三章提出，到2025年建成3个中心，其中1.5万平方米")


def test_a_paragraph_of_ordinary_length_keeps_its_inline_list() -> None:
    text = "主要目标：（一）新开工电站规模控制在6000万千瓦左右；（二）关停小火电机组1500万千瓦。"
    assert paragraphs(text) == [text]


def test_clean_blocks_reports_the_split() -> None:
    text = run_on(REVIEW, PLAN)
    blocks, repairs = clean_blocks([Block(text, "paragraph", None, 7)])
    assert [b.line for b in blocks] == [7] * len(blocks)
    assert any(
        r.startswith(f"split a run-on paragraph of {len(text)} characters (line 7)")
        for r in repairs
    )


def test_a_run_on_notice_keeps_its_review_out_of_its_targets(tmp_path: Path) -> None:
    plan = parse_lines(
        tmp_path, [run_on(REVIEW, PLAN)], "国务院办公厅关于电站项目清理的通知", (2005, 2005)
    )
    values = sorted(t.value for t in plan.targets if t.value is not None)
    assert values == [6000]  # 4.4亿千瓦, 21870, 14.8%, 6100, 5000 report 2004


def test_a_sentence_that_announces_the_goals_opens_their_paragraph() -> None:
    review = "民生事业在惠民利民中更有温度。城镇新增就业6.45万人，帮扶就业率达90%以上。"
    goals = "综合各方面因素，建议今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。"
    pieces = paragraphs(run_on(review, goals))
    assert pieces[0] == review
    assert pieces[1].startswith(goals)


def test_markdown_marks_before_a_heading_do_not_hide_it() -> None:
    text = run_on(
        "各位代表：现在，我代表区人民政府向大会报告工作。**一、2025年工作回顾**五年奋斗，成效显著。"
    )
    assert paragraphs(text)[1].startswith("**一、2025年工作回顾**")


def test_a_short_document_in_one_paragraph_is_run_on_and_a_paragraph_among_others_is_not() -> None:
    text = REVIEW + PLAN + FILLER * 7
    assert 500 <= len(text) < RUN_ON_MIN
    whole, _ = split_run_on(
        [Block("关于电站项目清理的通知", "paragraph", None, 1), Block(text, "paragraph", None, 2)]
    )
    assert [b.text[:6] for b in whole] == ["关于电站项目", "一、进一步提", "二、合理安排"]
    among = [Block(text, "paragraph", None, 1), Block(FILLER * 8, "paragraph", None, 2)]
    assert split_run_on(among)[0] == among


def test_the_title_before_the_first_heading_is_a_paragraph_of_its_own() -> None:
    text = run_on("政府工作报告一、2025年工作回顾——经济保持平稳增长。全年增长5.3%。")
    pieces = paragraphs(text)
    assert pieces[:2] == ["政府工作报告", "一、2025年工作回顾"]
    assert pieces[2].startswith("——经济保持平稳增长。")


def test_a_goals_sentence_right_after_a_bare_number_stays_with_it() -> None:
    text = run_on("工作很扎实。三、2026年工作安排主要预期目标是：地区生产总值增长5%左右。")
    assert paragraphs(text)[1].startswith("三、2026年工作安排主要预期目标是：")


def test_lost_indents_open_the_paragraphs_a_line_joined() -> None:
    text = (
        "????记者21日获悉，今年该省计划投资209亿元。 ????2013年夏秋之际，该省发生洪水。"
        " ????据悉，汛期前将修复河道水毁工程699处。"
    )
    out, repairs = split_lost_indents([Block(text, "paragraph", line=3)])
    assert [b.text for b in out] == [
        "记者21日获悉，今年该省计划投资209亿元。",
        "2013年夏秋之际，该省发生洪水。",
        "据悉，汛期前将修复河道水毁工程699处。",
    ]
    assert repairs == [
        "split a paragraph (line 3) into 3 where lost indents (????) opened the paragraphs joined in it"
    ]


def test_question_marks_inside_a_sentence_are_no_indent() -> None:
    blocks = [
        Block("确??諝赓，理。", "paragraph", line=1),
        Block("到2025年，全省建成5G基站10万个。??县将新建3个园区。", "paragraph", line=2),
    ]
    out, repairs = split_lost_indents(blocks)
    assert out == blocks and repairs == []
