"""Tokenizer: word tokens, domain dictionary, thesaurus, query terms, bigram mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plantrack.search.tokenize import Tokenizer, load_thesaurus, normalise, shared_tokenizer


def get_tokenizer() -> Tokenizer:
    """The default tokenizer without any store's words (frozen, cached)."""
    return shared_tokenizer("hybrid")


def test_tokens_are_lowercase_words_without_punctuation():
    tokens = get_tokenizer().tokens("高性能算力规模超过10EFLOPS，“5G+工业互联网”！")
    assert "算力" in tokens and "10eflops" in tokens and "5g" in tokens
    assert all(re.fullmatch(r"[0-9a-z\u4e00-\u9fff]+", t) for t in tokens)


def test_full_width_forms_are_normalised():
    assert normalise("５Ａ级ＡＢＣ") == "5a级abc"
    assert "5a" in get_tokenizer().tokens("国家５Ａ级物流企业")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("提升计算能力", "算力"),
        ("招收博士后研究人员", "博士后"),
        ("国家五A级物流企业", "5a"),
    ],
)
def test_thesaurus_terms_also_index_their_canonical_term(text, canonical):
    assert canonical in get_tokenizer().tokens(text)


def test_thesaurus_is_an_extendable_data_file(tmp_path: Path):
    path = tmp_path / "thesaurus.txt"
    path.write_text("# 注释\n甬舟/宁波舟山\n", encoding="utf-8")
    assert load_thesaurus(path) == [["甬舟", "宁波舟山"]]
    tok = Tokenizer("rjieba", thesaurus=path)
    assert "甬舟" in tok.tokens("宁波舟山港一体化")


def test_domain_words_become_single_tokens():
    tok = Tokenizer("rjieba")
    assert "甬江创新走廊乙" not in tok.tokens("建设甬江创新走廊乙")
    assert tok.add_words(["甬江创新走廊乙", "x", "甬江创新走廊乙"]) == 1
    assert "甬江创新走廊乙" in tok.tokens("建设甬江创新走廊乙")


def test_query_terms_drop_question_words_and_are_bounded():
    tok = get_tokenizer()
    terms = tok.query_terms("到2030年算力规模要达到多少？")
    assert "算力" in terms and "多少" not in terms and "要" not in terms
    assert tok.query_terms("？！……") == []
    assert tok.query_terms("   ") == []
    assert len(tok.query_terms("数字经济" * 2000 + "人工智能算力规模" * 500, limit=24)) <= 24


def test_bigram_mode_needs_no_dictionary():
    assert Tokenizer("bigram").tokens("算力规模EFLOPS") == ["算力", "力规", "规模", "eflops"]


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="tokenizer mode"):
        Tokenizer("whitespace")


def test_segmenting_while_words_are_added_from_other_threads():
    from concurrent.futures import ThreadPoolExecutor

    tok = Tokenizer("rjieba")

    def work(i: int) -> int:
        if i % 5 == 0:
            tok.add_words([f"测试新词{i}号"])
        return len(tok.tokens("高性能算力规模超过10EFLOPS，计算能力提升" * 20))

    with ThreadPoolExecutor(max_workers=4) as pool:
        sizes = set(pool.map(work, range(200)))
    assert len(sizes) == 1
