"""Texts a converter made (read/converted.py): full stops dropped, chapters run into their text, 1950s numerals."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Block
from plantrack.read import read_document
from plantrack.read.clean import clean_blocks

_STOPLESS = [
    "　　第二章　主要目标　　综合考虑未来发展趋势和条件，今后五年全省经济社会发展的主要目标如下",
    "全省生产总值年均增长6%左右，城镇新增就业300万人，居民消费价格涨幅控制在3%左右",
    "农业基础进一步巩固，工业结构继续优化，服务业增加值比重提高3个百分点",
    "　　——生态环境持续改善",
    "单位生产总值能源消耗降低15%，森林覆盖率提高到35%",
    "城乡居民收入与经济增长基本同步，基本公共服务水平明显提高",
    "改革开放不断深化，重点领域和关键环节改革取得新突破，政府职能加快转变",
    "社会文明程度明显提升，人民群众的获得感、幸福感、安全感持续增强",
    "城乡区域发展的协调性进一步增强，新型城镇化和乡村振兴协同推进，城乡差距逐步缩小",
    "对外开放水平不断提高，开放型经济新体制基本形成，营商环境达到国内一流水平",
    "基本公共服务均等化水平明显提高，多层次社会保障体系更加健全，人民生活品质不断改善",
]


def _cleaned(tmp_path: Path, lines: list[str]) -> list[str]:
    path = tmp_path / "纲要.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cleaned, _ = clean_blocks(read_document(path).blocks)
    return [b.text for b in cleaned]


def test_a_chapter_run_into_its_text_after_a_wide_space_stands_alone(tmp_path: Path) -> None:
    texts = _cleaned(tmp_path, _STOPLESS)
    assert texts[0] == "第二章　主要目标"
    assert texts[1].startswith("综合考虑未来发展趋势和条件")


def test_a_chapter_and_its_section_run_into_the_text_stand_alone(tmp_path: Path) -> None:
    line = "　　第二章　经济增长　　（一）社会总产值　　1995年全省社会总产值达到2,480亿元，比1990年增长48%"
    assert _cleaned(tmp_path, [line])[:3] == [
        "第二章　经济增长",
        "（一）社会总产值",
        "1995年全省社会总产值达到2,480亿元，比1990年增长48%",
    ]


def test_lines_of_a_text_without_full_stops_are_sentences(tmp_path: Path) -> None:
    joined = "|".join(_cleaned(tmp_path, _STOPLESS)[1:])
    assert "主要目标如下。全省生产总值" in joined
    assert "提高3个百分点。——生态环境持续改善。单位生产总值" in joined
    assert "基本同步，基本公共服务水平明显提高。改革开放" in joined
    # a text with its full stops joins a line a page cut without one
    stopped = [line + "。" for line in _STOPLESS[1:]]
    stopped[0] = stopped[0][:-1]
    stopped[1] = stopped[1][:-1]
    texts = _cleaned(tmp_path, stopped)
    assert "提高3个百分点——生态环境持续改善。" in "|".join(texts)


def test_a_typesetters_numerals_digit_by_digit_are_read() -> None:
    blocks = [
        Block(
            "粮食由一九五二年年产三、二七八·三亿斤增加到三、八五六·二亿斤，增长百分之一七·六。",
            "paragraph",
        ),
        Block("货物周转量将增长百分之一○一，平均每年递增百分之六七。", "paragraph"),
        Block("纪念五·一劳动节和一·二八事变。", "paragraph"),
    ]
    cleaned, _ = clean_blocks(blocks)
    assert [b.text for b in cleaned] == [
        "粮食由一九五二年年产3278.3亿斤增加到3856.2亿斤，增长百分之17.6。",
        # 百分之六七 is six or seven per cent in today's usage: left as written
        "货物周转量将增长百分之101，平均每年递增百分之六七。",
        "纪念五·一劳动节和一·二八事变。",
    ]


def test_a_typesetters_zero_or_thousands_mark_makes_a_numeral() -> None:
    from plantrack.read.converted import positional_numerals

    assert positional_numerals("增设国营牧场约五○个，扩大灌溉面积七、二○○万亩") == (
        "增设国营牧场约50个，扩大灌溉面积7200万亩"
    )
    assert positional_numerals("营造经济林六、六七四万亩，杉树约为百分之二○") == (
        "营造经济林6674万亩，杉树约为百分之20"
    )


def test_what_only_looks_like_a_typesetters_numeral_stays() -> None:
    from plantrack.read.converted import positional_numerals

    for text in ("新建三五个站点", "二○二五年", "建设○○个", "六、六七四万亩", "百分之六七"):
        assert positional_numerals(text) == text


def test_a_text_hard_wrapped_at_one_width_runs_its_sentences_on(tmp_path: Path) -> None:
    prose = "，".join(line.strip("　—") for line in _STOPLESS[1:]) + "。"
    lines = [prose[i : i + 38] for i in range(0, len(prose), 38)]
    texts = _cleaned(tmp_path, ["第二章 主要目标", *lines])
    assert texts[1:] == [prose]  # one sentence, no full stop put at each line's end


def test_a_numbered_item_cut_at_the_wrap_width_runs_on(tmp_path: Path) -> None:
    prose = "，".join(line.strip("　—") for line in _STOPLESS[1:]) + "。"
    item = "（10）改造15万户农村户用卫生厕所，建设3100个农村公共厕所、285个旅游厕所、350个城镇社区公共卫生厕所。"
    lines = [prose[i : i + 38] for i in range(0, len(prose), 38)]
    lines += [item[i : i + 38] for i in range(0, len(item), 38)]
    texts = _cleaned(tmp_path, ["第二章 主要目标", *lines])
    assert texts[-1] == item


def test_a_latin_word_cut_at_the_wrap_width_is_one_word(tmp_path: Path) -> None:
    prose = "，".join(line.strip("　—") for line in _STOPLESS[1:]) + "。"
    goal = "到2027年，全省人工智能产业规模突破1200亿元，智能算力达5.25EFlops，形成50个左右行业垂类模型。"
    cut = len(prose) + goal.index("EFlops") + 3  # the wrap falls after 5.25EFl
    text = "全" * (-cut % 38) + prose + goal
    lines = [text[i : i + 38] for i in range(0, len(text), 38)]
    assert any(line.endswith("EFl") for line in lines)
    assert "智能算力达5.25EFlops" in "".join(_cleaned(tmp_path, ["第二章 主要目标", *lines]))
