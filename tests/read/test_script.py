"""Traditional characters are read as simplified; a simplified text is left as it is."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Block
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.script import is_traditional, to_simplified

TRADITIONAL = (
    "澳門特別行政區經濟和社會發展第三個五年規劃\n"
    "到2030年，每萬人擁有5G基站30個，網際網路出口頻寬達98Tbps，新增就業崗位2萬個以上。\n"
)
SIMPLIFIED = (
    "澳门特别行政区经济和社会发展第三个五年规划\n"
    "到2030年，每万人拥有5G基站30个，网际网路出口频宽达98Tbps，新增就业岗位2万个以上。\n"
)


def _targets(path: Path) -> tuple[set[tuple], list[str]]:
    parsed = parse_document(read_document(path), period=(2026, 2030))
    return {(t.metric, t.value, t.unit, t.comparator.value) for t in parsed.targets}, parsed.repairs


def test_a_traditional_text_gives_the_targets_of_its_simplified_twin(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(TRADITIONAL, encoding="utf-8")
    (tmp_path / "s.txt").write_text(SIMPLIFIED, encoding="utf-8")
    traditional, repairs = _targets(tmp_path / "t.txt")
    simplified, plain = _targets(tmp_path / "s.txt")
    assert traditional == simplified
    assert (30, "个") in {(v, u) for _, v, u, _ in traditional}
    assert any(r.startswith("converted") and "traditional" in r for r in repairs)
    assert not any("traditional" in r for r in plain)


def test_a_simplified_text_is_not_touched() -> None:
    # t2s would turn 乾 into 干: a simplified text keeps its characters
    blocks = [Block("乾隆年间的古建筑群保护修缮，到2027年完成修缮面积3万平方米。" * 3)]
    assert not is_traditional(blocks[0].text)
    assert to_simplified(blocks) == (blocks, [])


def test_table_cells_are_converted_too() -> None:
    rows = [["指標名稱", "單位", "2030年"], ["每萬人擁有5G基站數", "個", "30"]]
    block = Block("\n".join("\t".join(r) for r in rows), "table", rows=rows)
    prose = Block("澳門特別行政區經濟和社會發展規劃，到2030年實現經濟適度多元發展。" * 2)
    (converted_prose, table), _ = to_simplified([prose, block])
    assert table.rows == [["指标名称", "单位", "2030年"], ["每万人拥有5G基站数", "个", "30"]]
    assert "澳门特别行政区" in converted_prose.text


def test_pinyin_glosses_after_characters_are_dropped() -> None:
    # b37 长春, b20 十堰: a mirror page that glosses characters: 經(jīng)濟, 產(chǎn)值
    from plantrack.read.script import without_pinyin

    blocks, repairs = without_pinyin(
        [Block("全力以赴提振經(jīng)濟，完成產(chǎn)值3165億元(ABC)", "paragraph")]
    )
    assert blocks[0].text == "全力以赴提振經濟，完成產值3165億元(ABC)"
    assert repairs == ["dropped 2 pinyin gloss(es) after characters"]
    assert without_pinyin([Block("（一）总体要求", "paragraph")])[1] == []


def test_a_gloss_with_a_space_or_a_lost_character_is_dropped_too() -> None:
    # b51 上海 2007: 社會(huì ) and 以?xún): a mirror that lost a character and its bracket
    from plantrack.read.script import without_pinyin

    blocks, repairs = without_pinyin(
        [Block("全社會(huì )研發投入，控制在百分之三以?xún)取?", "paragraph")]
    )
    assert blocks[0].text == "全社會研發投入，控制在百分之三以内。"
    assert repairs == ["dropped 1 pinyin gloss(es) after characters"]


def test_the_within_that_mirror_garbles_is_within_again(tmp_path: Path) -> None:
    path = tmp_path / "報告.txt"
    path.write_text(
        "城鎮登記失業(yè)率控制在百分之四點(diǎn)五以?xún),物價漲幅控制在百分之三以?xún)取?\n",
        "utf-8",
    )
    parsed = parse_document(read_document(path), period=(2007, 2007))
    assert [(t.value, t.comparator) for t in parsed.targets] == [(4.5, "<="), (3, "<=")]


def test_glosses_without_tone_marks_are_dropped_where_a_page_has_many() -> None:
    # b55 拉萨, b58 福州: a mirror that glosses without tone marks, a character's gloss repeated
    from plantrack.read.script import without_pinyin

    glossed = "到2025年，畜(chu)禽(qin)(qin)糞(fen)污綜合(he)利(li)用(yong)率達到92%，示范場(chang)3個(ge)。"
    blocks, repairs = without_pinyin([Block(glossed, "paragraph")])
    assert blocks[0].text == "到2025年，畜禽糞污綜合利用率達到92%，示范場3個。"
    assert repairs == ["dropped 9 pinyin gloss(es) after characters"]
    # a bracketed word or two on an ordinary page is no gloss: 面积(ha), 编号(a)
    plain = [Block("面积(ha)为120，编号(a)与(b)。", "paragraph")]
    assert without_pinyin(plain) == (plain, [])
