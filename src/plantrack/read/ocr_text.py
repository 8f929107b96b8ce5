"""Post-OCR cleaning of one recognised line, before the usual cleaning of `read/clean.py`.

Tesseract returns a line as words separated by spaces; in Chinese text those spaces are noise
(`推进 产业`, `（ 华东 ）`, `达到 2000 亿元`). A line is re-joined without them, except between two
Latin letters or digits (`5G NR`, `2026 2030`). Then, changing no text length so that each
word's confidence stays on its characters:

- ASCII punctuation next to a Chinese character becomes the full-width form the plan was set in
  (`,` → `，`, `(` → `（`, `:` → `：` …; `10:30` keeps its colon);
- letters read inside a number, where only a digit can stand, become that digit: `2O00` → `2000`,
  `1O%` → `10%`, `达到l5家` → `达到15家` (O o D 〇 → 0, l I | 丨 → 1). A letter next to other
  letters (`EFLOPS`, `5G-A`, `IoT`) is never touched.

A short line without a full stop is a title, where the grammar of a heading is fixed: a stray
mark before it goes (`“第三节…` → `第三节…`, `.专栏3…` → `专栏3…`), so does one right after its
number, where the printed heading has a space (`第一节.构建…` → `第一节 构建…`, `专栏2生产…` →
`专栏2 生产…`), and a `第` lost at its start is put back (`三节前瞻布局…` → `第三节 前瞻布局…`: a
line cannot start with 三节 otherwise).
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026"
_ZERO = "OoD〇"
_ONE = "lI|丨"
# a look-alike between digits, or after a digit before % or a decimal point
_ZERO_RE = re.compile(rf"(?<=\d)[{_ZERO}](?=\d|[%％]|\.\d)")
_ONE_RE = re.compile(rf"(?<=\d)[{_ONE}](?=\d|[%％]|\.\d)")
# a look-alike opening a number: not after a letter, and followed by digits (l5家, I0%)
_LEADING_ONE_RE = re.compile(rf"(?<![A-Za-z\d])[{_ONE}](?=\d+(?:[.%％]|[{_CJK}]|$))")
_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_TITLE_MAX = 40
_NUMERAL = "一二三四五六七八九十百零〇"
_NOISE = r"[“”\"'‘’.,，。·、:：;；\-—_~`|]"
_LEAD_NOISE_RE = re.compile(rf"^{_NOISE}+(?=第|专栏)")
_LOST_DI_RE = re.compile(rf"^(?=[{_NUMERAL}]{{1,3}}[编章节])")
_AFTER_NUMBER_RE = re.compile(
    rf"^(第[{_NUMERAL}]{{1,3}}[编章节]|专栏\d{{1,2}}){_NOISE}*(?=[^\s\d])"
)
_PUNCT_RE = re.compile(rf"(?<=[{_CJK}])[,;:!?()]|[,;:!?()](?=[{_CJK}])")


def _spaced(left: str, right: str) -> bool:
    """Keep a space between two words only when both sides are Latin letters or digits."""
    a, b = left[-1], right[0]
    return a.isascii() and a.isalnum() and b.isascii() and b.isalnum()


def _fix_digits(text: str) -> str:
    text = _ZERO_RE.sub("0", text)
    text = _ONE_RE.sub("1", text)
    return _LEADING_ONE_RE.sub("1", text)


def _fix_punct(text: str) -> str:
    return _PUNCT_RE.sub(lambda m: _PUNCT[m.group(0)], text)


def clean_ocr_line(words: list[tuple[str, float]]) -> tuple[str, list[tuple[int, float]]]:
    """(text, [(end offset, confidence) per word]) of one OCR line given as (word, confidence)."""
    parts: list[str] = []
    confidences: list[tuple[int, float]] = []
    length = 0
    for word, confidence in words:
        word = "".join(word.split())
        if not word:
            continue
        if parts and _spaced(parts[-1], word):
            parts.append(" ")
            length += 1
        parts.append(word)
        length += len(word)
        confidences.append((length, round(float(confidence), 1)))
    text = _fix_punct(_fix_digits("".join(parts)))
    if len(text) <= _TITLE_MAX and "。" not in text:
        text, confidences = _fix_title(text, confidences)
    return text, confidences


def _fix_title(
    text: str, confidences: list[tuple[int, float]]
) -> tuple[str, list[tuple[int, float]]]:
    """A heading's fixed grammar restored (module doc); word offsets follow the text."""
    for pattern, replace in (
        (_LEAD_NOISE_RE, ""),
        (_LOST_DI_RE, "第"),
        (_AFTER_NUMBER_RE, r"\1 "),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        fixed = match.expand(replace)
        shift = len(fixed) - (match.end() - match.start())
        text = text[: match.start()] + fixed + text[match.end() :]
        confidences = [
            (max(end + shift, 0) if end > match.start() else end, value)
            for end, value in confidences
        ]
    return text, confidences
