"""Marks around numbers: what lies inside quotes and title marks, and list marks unmarked."""

from __future__ import annotations

from plantrack.parse.marks import in_spans, quote_spans, unmark_items


def _inside(text: str, word: str) -> bool:
    spans = quote_spans(text)
    return in_spans(text.index(word), spans, [a for a, _ in spans])


def test_a_number_in_quotes_or_title_marks_is_inside_a_span() -> None:
    text = "实施“1510”工程，落实《宁波市“十五五”规划纲要》，新建学校12所。"
    assert _inside(text, "1510")
    assert _inside(text, "十五五")
    assert not _inside(text, "12所")


def test_a_quoted_saying_is_not_a_name() -> None:
    text = "他表示：“到2027年，全市新建充电桩3000个，新增就业岗位5万个。”"
    assert not _inside(text, "3000个")


def test_a_title_without_marks_is_a_name() -> None:
    text = "关于2024年实施47项民生实事的通知。新建公园5个。"
    assert _inside(text, "47项")
    assert not _inside(text, "5个")


def test_unmarking_keeps_the_length_and_splits_items() -> None:
    text = "《城镇新增就业2000人以上》《建成幼儿园3所》，储能100万千瓦/200万千瓦时，34，250万吨"
    out = unmark_items(text)
    assert len(out) == len(text)
    assert out.startswith("，城镇新增就业2000人以上；，建成幼儿园3所；")
    assert "100万千瓦、200万千瓦时" in out
    assert "34,250万吨" in out
