"""Traditional characters (正體/繁體) read as simplified, so one lexicon serves every text.

A plan of Macao or Hong Kong, or a reprint of a mainland plan, may come in traditional
characters (每萬人擁有5G基站30個); the units, verbs and header words plantrack knows are simplified.
A document whose characters change under OpenCC's `t2s` conversion in more than a small share is
converted block by block (cells of a table one by one) and the repair says so; a simplified text
is left as it is (t2s would still touch a few characters of it, such as 乾 or 著).

A page with pinyin glosses after its characters (經(jīng)濟, a reading aid some government sites
add) is read without them: 产(chǎn)值 is 产值; a page that glosses without tone marks (低(di)(di)空,
a mirror's) is read without those where it holds many of them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from plantrack.model import Block

# Share of CJK characters that t2s changes above which a text is traditional: a simplified
# plan changes well under 0.5 % (乾, 著 …), a traditional one about 15–30 %.
_TRADITIONAL_SHARE = 0.03
_SAMPLE = 20_000  # characters looked at to decide


@lru_cache(maxsize=1)
def _converter():  # opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def _cjk(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters."""
    sample = text[:_SAMPLE]
    cjk = _cjk(sample)
    if cjk < 20:
        return False
    converted = _converter().convert(sample)
    changed = sum(1 for a, b in zip(sample, converted, strict=False) if a != b)
    return changed > _TRADITIONAL_SHARE * cjk


def simplified(text: str) -> str:
    """A short text (a title) in simplified characters and without pinyin glosses, for matching
    its words; too short for `is_traditional` to judge, so converted whatever its script."""
    return str(_converter().convert(strip_pinyin(text)[0]))


def to_simplified(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks in simplified characters when the document is traditional, and a repair line
    saying so; otherwise the blocks unchanged and no repair."""
    text = "\n".join(b.text for b in blocks[:400])
    if not is_traditional(text):
        return blocks, []
    convert = _converter().convert
    out = []
    for block in blocks:
        rows = [[convert(cell) for cell in row] for row in block.rows] if block.rows else block.rows
        out.append(replace(block, text=convert(block.text), rows=rows))
    return out, [f"converted {len(blocks)} block(s) from traditional to simplified characters"]


# (jīng) after a character: a pinyin gloss, one syllable with its tone mark
# 經(jīng)濟, 社會(huì ) (a space before the bracket closes), 以?xún) (a character and its opening
# bracket lost in a mirror's encoding: the gloss goes; the lost character comes back only where
# the garbling is known, `_LOST_WITHIN`)
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（?【][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*\s?[)）】]"
)


_LOST_WITHIN = re.compile(r"以\?xún\)(取\?)?\??")
# 低(di)(di)空產(chan)業(ye): glosses without tone marks (a mirror's); a syllable of pinyin in
# brackets after a character (or after another gloss), read as one only where a page has many
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
    r"|ui|un|ve|a|o|e|i|u|v)"
)
_TONELESS_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff)])\({_SYLLABLE}\)")
_TONELESS_MIN = 8  # glosses a document must hold before toneless ones are read as glosses


# 定居[DingJi], 牧民[MuMin]: a word's pinyin in square brackets, a capital for each syllable
_WORD_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\[((?:[A-Z][a-z]{0,5}){2,4})\]")


def _is_word_gloss(m: re.Match[str]) -> bool:
    return all(re.fullmatch(_SYLLABLE, p.lower()) for p in re.findall(r"[A-Z][a-z]*", m.group(1)))


def strip_pinyin(text: str) -> tuple[str, int]:
    """`text` without the pinyin glosses after its characters (經(jīng)濟 -> 經濟) or words
    (定居[DingJi] -> 定居), and how many."""
    # 以?xún): 以内 as one mirror of glossed pages garbles it (seen on three sites' copies),
    # 以?xún)取? with the full stop after it
    text = _LOST_WITHIN.sub(lambda m: "以内。" if m.group(1) else "以内", text)
    glosses = [m for m in _WORD_GLOSS.finditer(text) if _is_word_gloss(m)] if "[" in text else []
    for m in reversed(glosses):
        text = text[: m.start()] + text[m.end() :]
    text, n = _PINYIN_GLOSS.subn("", text)
    return text, n + len(glosses)


def strip_toneless_glosses(text: str) -> tuple[str, int]:
    """`text` without toneless glosses (規(gui)模 -> 規模), and how many: only for a text known to
    be glossed (a document with `_TONELESS_MIN` of them, or a label written from one)."""
    return _TONELESS_GLOSS.subn("", text)


def without_pinyin(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks without pinyin glosses after their characters (經(jīng)濟 -> 經濟), and a repair
    line saying how many were dropped; blocks without any are returned as they are."""
    dropped = 0
    out = []
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and "(" in b.text]
    toneless = sum(len(_TONELESS_GLOSS.findall(t)) for t in paragraphs) >= _TONELESS_MIN
    for block in blocks:
        if block.kind != "paragraph" or not any(b in block.text for b in "(（?【["):
            out.append(block)
            continue
        text, n = strip_pinyin(block.text)
        if toneless:
            text, more = strip_toneless_glosses(text)
            n += more
        dropped += n
        out.append(replace(block, text=text) if n else block)
    return out, [f"dropped {dropped} pinyin gloss(es) after characters"] if dropped else []
