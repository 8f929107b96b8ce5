"""Chinese word segmentation for the search index, offline.

Text -> lower-case word tokens (letters/digits only, so SQLite's unicode61 tokenizer and
PostgreSQL's `to_tsvector('simple', …)` split the stored string exactly where we did).

Segmenter: rjieba (Rust port of jieba, same dictionary; measured in docs/search.md) in
"search" mode, which also yields the sub-words of long words (高性能 -> 高性, 性能, 高性能).
The dictionary is enriched with domain terms: the thesaurus, Ningbo's places, and per plan its
target metrics, entity names and short headings (`Tokenizer.add_words`). Every thesaurus term
also emits its group's canonical term, so 计算能力 in a question meets 算力 in the plan.

No tokenizer is shared through module state: the words a store has learned live in the store
(`search.vocabulary`), and the tokenizer that knows them is held by the caller
(`search.index.SearchIndex`). `shared_tokenizer` caches frozen tokenizers by their exact
vocabulary, a pure function of its arguments.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

THESAURUS = Path(__file__).parent / "data" / "thesaurus.txt"
MODES = ("rjieba", "jieba", "bigram", "hybrid")  # hybrid: rjieba words + Han bigrams
DEFAULT_MODE = "hybrid"  # chosen by measurement: docs/search.md

# Words that carry no topic in a question (question words, particles, generic verbs).
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "或",
        "等",
        "要",
        "将",
        "对",
        "为",
        "把",
        "有",
        "被",
        "从",
        "向",
        "以",
        "于",
        "之",
        "其",
        "这",
        "那",
        "也",
        "都",
        "就",
        "而",
        "并",
        "又",
        "还",
        "中",
        "上",
        "下",
        "哪些",
        "哪个",
        "哪家",
        "哪所",
        "哪里",
        "哪儿",
        "哪",
        "什么",
        "多少",
        "几",
        "几个",
        "几家",
        "几名",
        "个",
        "谁",
        "如何",
        "怎么",
        "怎样",
        "怎么样",
        "吗",
        "呢",
        "么",
        "吧",
        "啊",
        "请问",
        "请",
        "问",
        "一下",
        "是否",
        "能否",
        "可以",
        "需要",
        "应该",
        "应当",
        "计划",
        "规划",
        "提出",
        "提到",
        "方面",
        "内容",
        "情况",
        "具体",
        "分别",
        "包括",
        "包含",
        "包括哪些",
        "有哪些",
        "主要",
        "哪几个",
        "哪几",
        "到底",
        "关于",
        # question words the segmenter knows as words: not content, never in a plan's index
        "几项",
        "几类",
        "几种",
        "几条",
        "几座",
        "几所",
        "几大",
        "一共",
        "总共",
        "共有",
        "哪年",
        "哪一年",
        "一年",
        "何时",
        "时候",
        "什么时候",
        "多大",
        "多高",
        "多长",
        "多少岁",
        "怎么办",
        "为何",
        "哪项",
        "哪类",
        "哪种",
        "哪条",
        "是不是",
        "有没有",
        "什么样",
        "目前",
        "现在",
        "眼下",
        "当前",
        # colloquial fillers: 海外人才这块，宁波打算引进多少人
        "这块",
        "这件事",
        "这个",
        "打算",
        "究竟",
        "大概",
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "is",
        "are",
        "what",
        "which",
        "who",
        "where",
        "how",
        "many",
        "much",
    ]
)

_WORD_SPLIT = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# Full-width ASCII forms (Ａ５（) and the ideographic space, mapped as NFKC would, but fast.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def normalise(text: str) -> str:
    """Full-width forms to ASCII (５Ａ -> 5a) and lower case."""
    return text.translate(_WIDTH).lower()


def load_thesaurus(path: Path = THESAURUS) -> list[list[str]]:
    """Groups of synonyms; the first of each group is canonical."""
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms = [normalise(t.strip()) for t in line.split("/") if t.strip()]
        if len(terms) > 1:
            groups.append(terms)
    return groups


def _clean_token(token: str) -> list[str]:
    if token.isalnum():  # letters, digits, Han: the common case, no regex
        return [token]
    return [part for part in _WORD_SPLIT.split(token) if part]


def _canonical_key(term: str) -> str:
    return "".join(_clean_token(normalise(term)))


def domain_term(word: str) -> str | None:
    """A word as the dictionary takes it (normalised; 2–12 chars with a Han character, no
    spaces), or None when it is not one."""
    word = normalise(word).strip()
    if not (2 <= len(word) <= 12) or not _HAN.search(word):
        return None
    if any(ch.isspace() for ch in word):
        return None
    return word


class Tokenizer:
    """A segmenter with the domain dictionary and thesaurus; thread-safe. `freeze()` makes the
    dictionary read-only (tokenizers cached by `shared_tokenizer` are frozen)."""

    def __init__(self, mode: str = DEFAULT_MODE, thesaurus: Path = THESAURUS) -> None:
        if mode not in MODES:
            raise ValueError(f"tokenizer mode {mode!r}: expected one of {', '.join(MODES)}")
        self.mode = mode
        self._lock = threading.Lock()
        self._frozen = False
        self._words: set[str] = set()
        self.canonical: dict[str, str] = {}
        if mode in ("rjieba", "hybrid"):
            import rjieba

            self._seg = rjieba.Jieba()
        elif mode == "jieba":
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            self._seg = jieba.Tokenizer()
        else:
            self._seg = None
        for group in load_thesaurus(thesaurus):
            head = _canonical_key(group[0])
            for term in group:
                key = _canonical_key(term)
                if key and head and key != head:
                    self.canonical.setdefault(key, head)
            self.add_words(group)
        from plantrack.parse.entities import NINGBO_PLACES

        self.add_words(NINGBO_PLACES)

    # -- dictionary ---------------------------------------------------------------------------
    def add_words(self, words: Iterable[str]) -> int:
        """Add domain terms (2–12 chars, with a Han character) to the dictionary; returns how many
        were new."""
        new = 0
        with self._lock:
            if self._frozen:
                raise RuntimeError("this tokenizer is frozen (shared): build your own to add words")
            for word in words:
                word = domain_term(word)
                if word is None or word in self._words:
                    continue
                self._words.add(word)
                new += 1
                if self._seg is not None:
                    self._seg.add_word(word, 20000, "nz")
        return new

    def freeze(self) -> Tokenizer:
        """Make the dictionary read-only; returns self."""
        with self._lock:
            self._frozen = True
        return self

    @property
    def size(self) -> int:
        """How many domain words were added (changes when the dictionary grows)."""
        return len(self._words)

    def is_word(self, term: str) -> bool:
        """A dictionary word or an English word — not a fragment the segmenter's HMM guessed
        (名农 in 多少名农创客) nor a bigram."""
        if term in self._words:
            return True
        if term.isascii():
            return term.isalpha() and len(term) >= 3
        if self.mode in ("rjieba", "hybrid"):
            return bool(self._seg.has_word(term))
        if self.mode == "jieba":
            return bool(self._seg.FREQ.get(term))
        return False

    def has_word(self, word: str) -> bool:
        return normalise(word) in self._words

    # -- segmentation -------------------------------------------------------------------------
    def segment(self, text: str) -> list[str]:
        """Raw word tokens of `text` (normalised, punctuation dropped), in order."""
        text = normalise(text)
        if self.mode == "bigram":
            return _bigrams(text)
        with self._lock:  # the web app asks from threads while an ingest may add words
            raw = self._seg.cut_for_search(text)
        tokens: list[str] = []
        for token in raw:
            tokens.extend(_clean_token(token))
        return tokens

    def tokens(self, text: str, bigrams: bool = True) -> list[str]:
        """Index tokens: the segments plus the canonical term of every thesaurus synonym (and in
        hybrid mode, unless `bigrams` is False, the Han bigrams)."""
        tokens = self.segment(text)
        if self.mode == "bigram":
            return tokens
        canonical = self.canonical
        extra = [canonical[t] for t in tokens if t in canonical]
        for token in tokens:  # a synonym inside a longer word: 宁波舟山 in 宁波舟山港
            if 4 <= len(token) <= 12:
                extra += [
                    canonical[token[i:j]]
                    for i in range(len(token) - 1)
                    for j in range(i + 2, len(token) + (i > 0))
                    if token[i:j] in canonical
                ]
        if self.mode == "hybrid" and bigrams:
            seen = set(tokens)
            extra += [b for b in _bigrams(normalise(text)) if b not in seen]
        return tokens + extra

    def index_text(self, text: str) -> str:
        """The space-separated token string stored in passages.tokens."""
        return " ".join(self.tokens(text))

    def query_terms(self, text: str, limit: int = 24, bigrams: bool = True) -> list[str]:
        """Distinct content terms of a question in order; at most `limit`."""
        seen: dict[str, None] = {}
        for token in self.tokens(text, bigrams=bigrams):
            if token in STOPWORDS or (len(token) == 1 and _HAN.match(token)):
                continue
            seen.setdefault(token, None)
        return list(seen)[:limit]


_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+")


def _bigrams(text: str) -> list[str]:
    """Overlapping Han character bigrams; Latin/digit runs stay whole words."""
    out: list[str] = []
    for match in _RUNS.finditer(text):
        run = match.group()
        if _HAN.match(run) and len(run) > 1:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            out.append(run)
    return out


@lru_cache(maxsize=4)
def shared_tokenizer(mode: str, words: frozenset[str] = frozenset()) -> Tokenizer:
    """A frozen tokenizer of `mode` that also knows `words` (a store's learned vocabulary):
    a pure function of its arguments, so cached (four at most, ~25 MB each)."""
    tok = Tokenizer(mode)
    tok.add_words(sorted(words))
    return tok.freeze()
