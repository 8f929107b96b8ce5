"""A news digest's one-line summary split back into its items."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.read.bullet_summary import split_bullets
from plantrack.read.clean import clean_blocks

DIGEST = (
    "2026年京口区十大民生实事项目概览 - 京口区通过人大代表票决确定了十大民生实事项目 [1] "
    "项目四:劳有所得 - 实施精准就业帮扶 全年城镇新增就业2700人 [2] "
    "项目九:住有所居 - 更新更换143台老旧电梯 [4] 项目十:逝有所安 - 对禹山公墓进行修缮 [5]"
)


def test_a_digest_is_split_at_its_bullets_and_source_marks() -> None:
    blocks, repairs = split_bullets([Block(DIGEST, "paragraph", None, 3)])
    texts = [b.text for b in blocks]
    assert texts == [
        "2026年京口区十大民生实事项目概览。",
        "京口区通过人大代表票决确定了十大民生实事项目。",
        "项目四:劳有所得。",
        "实施精准就业帮扶，全年城镇新增就业2700人。",
        "项目九:住有所居。",
        "更新更换143台老旧电梯。",
        "项目十:逝有所安。",
        "对禹山公墓进行修缮。",
    ]
    assert {b.line for b in blocks} == {3}
    assert repairs == [
        f"split a digest of {len(DIGEST)} characters (line 3) into its 8 items "
        "at their ' - ' bullets and [n] source marks"
    ]


def test_a_paragraph_with_a_dash_or_a_footnote_is_left_whole() -> None:
    text = "2025—2027年 - 全市新建学校10所[1]，改造操场5个。"
    blocks, repairs = split_bullets([Block(text, "paragraph", None, 1)])
    assert [b.text for b in blocks] == [text] and repairs == []


def test_a_table_is_never_split() -> None:
    table = Block(DIGEST, "table", None, 1)
    assert split_bullets([table]) == ([table], [])


def test_a_figure_spaced_from_its_unit_is_not_a_clause_break() -> None:
    digest = (
        "概览 - 市人大票决确定了十项民生实事 [1] 基础设施 - 实施堤防工程 包括挡墙 13.46 千米 "
        "道路 8.72 千米 [2] 城市环境 - 建设 3 个口袋公园 [3]"
    )
    texts = [b.text for b in split_bullets([Block(digest, "paragraph", None, 1)])[0]]
    assert "实施堤防工程，包括挡墙 13.46 千米，道路 8.72 千米。" in texts


def test_a_digest_hard_wrapped_over_lines_is_split_once_rejoined() -> None:
    """A digest cut at one width arrives as lines none of which holds its bullets: the lines
    are rejoined first, then the digest is split into its items."""
    width = 38
    prose = [
        ("坚持融合式建设、标准化嵌入、功能性叠加、多灾种防护的原则，在建设方式上融入相关场")[:37]
        + "。"
    ]
    lines = prose * 9 + [DIGEST[i : i + width] for i in range(0, len(DIGEST), width)]
    blocks, _ = clean_blocks([Block(line, "paragraph", None, n) for n, line in enumerate(lines, 1)])
    texts = [b.text for b in blocks]
    assert texts[9:] == [
        "2026年京口区十大民生实事项目概览。",
        "京口区通过人大代表票决确定了十大民生实事项目。",
        "项目四：劳有所得。",
        "实施精准就业帮扶全年城镇新增就业2700人。",  # the space went with the lines' join
        "项目九：住有所居。",
        "更新更换143台老旧电梯。",
        "项目十：逝有所安。",
        "对禹山公墓进行修缮。",
    ]
