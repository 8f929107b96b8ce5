"""Repair the artifacts that printing and extraction leave in a plan's text.

`clean_blocks` runs after a reader and before the outline parser. It normalises full-width
digits/letters/% to half-width, removes newspaper continuation marks (【上接第6版】) and page-number
lines (— 12 —), tidies whitespace, and re-joins paragraphs that a page break cut in two. Every
change that alters content is reported in a human-readable list of repairs.
"""

from __future__ import annotations

import re

from plantrack.model import Block
from plantrack.read.bar_first import bar_first_cells
from plantrack.read.bar_rows import bar_rows
from plantrack.read.bullet_summary import split_bullets
from plantrack.read.converted import positional_numerals, sentence_per_line, wrap_width
from plantrack.read.flat_rows import unflatten_rows
from plantrack.read.headings import CHAPTER_RE, PART_RE, SECTION_RE, is_heading
from plantrack.read.lexicon import (
    FIGURE_SPACE_RE,
    NEWS_BYLINE,
    NEWS_SOURCE,
    YEAR_ITEM_RE,
    row_number,
)
from plantrack.read.nature_rows import nature_rows
from plantrack.read.one_line_table import one_line_tables
from plantrack.read.page_chrome import (
    CONTINUATION_RE,
    numbering,
    page_chrome,
    without_page_marks,
)
from plantrack.read.runon import split_lost_indents, split_run_on
from plantrack.read.scope_column import fold_scope_rows
from plantrack.read.script import to_simplified, without_pinyin
from plantrack.read.text_tables import recover_tables

# Full-width ０-９ Ａ-Ｚ ａ-ｚ ％ -> ASCII. Chinese punctuation （）、，。：；“” is left alone.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_WIDTH_TABLE.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})
_WIDTH_TABLE.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})
_WIDTH_TABLE[0xFF05] = ord("%")
_WIDTH_TABLE[0xFF0F] = ord("/")  # 万吨／年, 吨标准煤／万元: a unit's slash
# ﹔﹐﹑﹕﹖﹗ (small form variants, a People's Daily page's): the ordinary Chinese marks
_WIDTH_TABLE.update({ord(a): ord(b) for a, b in zip("﹐﹑﹔﹕﹖﹗", "，、；：？！", strict=True)})
_FULLWIDTH_RE = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0f\ufe50-\ufe52\ufe54-\ufe57]"
)
# zero-width spaces and joiners a web page leaves inside words (达\u200b到, 1\u200b2%): nothing
# (a line of them alone stays a line: it holds a paragraph together as a page printed it)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH_RE = re.compile(rf"(?<=\S)[{_ZERO_WIDTH}]+(?=\S)")
# ．or ﹒ is a decimal point only between digits (after the digits were made half-width): 5﹒86,
# not 2﹒2026年 (an item)
_FW_POINT_RE = re.compile(r"(?<=\d)[．﹒](?!(?:19|20)\d\d年)(?=\d)")
# 76。7: a converter's decimal point (not a sentence end: no list number 7. or 7、 follows, nor
# a year that opens the next sentence: …增长12。1985年…)
_CN_POINT_RE = re.compile(r"(?<=\d)。(?!(?:19|20)\d\d年)(?=\d+(?![\d.、．]))")
# 增长巧· 2, 火电巧0万千瓦, 2，巧0万吨: a scan's 巧 for the digits 15 (巧 before a digit, a point
# or 万 is no word: 技巧, 巧妙 and 能工巧匠 have a character after it)
_FIFTEEN_RE = re.compile(r"巧(?=\s?[\d·•.．万])")
# 平均每年增长9.2％出口额402亿元: a scan lost the ； between a share and the next subject with its
# own figure (a share is never followed by a noun and a number in one phrase)
_LOST_SEPARATOR_RE = re.compile(
    r"(?<=\d[%％])(?!左右|以上|以下|以内|上下|相当|折合|[的和及或与其即约])"
    # no change verb; not 50%排水用户和40%排水分区: shares of two things, joined by 和
    r"(?=(?:(?![提升降增减扩缩达到至为调改变占比较])[\u4e00-\u9fff]){2,8}(?<![和及与或])\d)"
    # 合格率达95%以上全省体育产业总规模超过…: a bound, then a new subject that names its scope
    r"|(?<=[%％]以上|[%％]左右)(?=全[省市县区国])"
)
# 增长27，4％ (a scan's comma for a point): a thousands separator has three digits after it
_COMMA_POINT_RE = re.compile(r"(?<=\d)[，,](?=\d{1,2}[%％‰])")
# 1 · 2亿吨, 3· 5％, 19·5％: an OCR's or a typesetter's decimal point, a middle dot with a space
# beside it or a per cent after it (the “1·24” of a date or an event's name has neither)
_OCR_POINT_RE = re.compile(r"(?<=\d)(?: [·•]\s*|[·•]\s+|[·•](?=\d+[%％‰]))(?=\d)")


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2014\u2018\u2019\u201c\u201d\u2026"
# (not after a value's bound: 山东将造林160万亩以上 完成森林抚育120万亩 — a headline's two clauses,
# which `parse.squeeze` parts)
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])(?<!以上)(?<!以下)(?<!左右)[ \t\u3000\xa0]+(?=[{_CJK}])")
# 关于1998 年政府工作的建议, 3 月: a space a typesetter put between a date's figure and its word
_DATE_SPACE_RE = re.compile(r"(?<=\d)[ \u3000\xa0](?=[年月日](?![ \u3000\xa0]?\d))")
# 3.2 通许县汽车现状, 专栏2 生产性服务业…, 表 3.2-1: a heading's, a box's or a table's number
_HEADING_NUMBER_RE = re.compile(
    r"\s*(?:(?:专栏|表|图|附件|附表)[ \xa0]?)?\d{1,3}(?:[.．-]\d{1,3})*[.．]?[ \xa0]"
)
# 2011年完成300所 2012年400所 2013年500所: a yearly list whose items a space parts, after a unit
_YEAR_ITEM_SPACE_RE = re.compile(
    rf"(\d[\u4e00-\u9fff%]{{1,3}})[ \u3000\xa0]+(?={YEAR_ITEM_RE.pattern})"
)
# 地区生产总值亿元 3 4 5: figures spaced apart are a row's cells (their spaces stay)
_SPACED_FIGURES_RE = re.compile(r"\d[ \xa0]+\d")
# A sentence ends with one of these, possibly followed by closing quotes/brackets: 。”  ！）
_TERMINATORS = "。！？；：…!?;:."
_CLOSERS = "”’」』）)】》〉]\"'"
_CLAUSE_PUNCT = re.compile(r"[，。；：、！？,;:!?]")
# A short line with no punctuation at all is a title, not half a paragraph.
_TITLE_MAX_CHARS = 40
_JOIN = "re-joined page break: "
# More joins than this (and this share of all blocks) means lines were wrapped, not paged.
_WRAPPED_MIN = 20
_WRAPPED_SHARE = 0.25
_SENTENCE_INSIDE_RE = re.compile(r"[。！？；!?;]")
# a line that is a list item or bullet starts a block of its own: never the tail of a page break
# 一、过去五年的主要成效 “十三五”规划实施以来，… / （二）能源利用效率始终保持全国前列 节能减排…: a
# list heading, a space, then a paragraph's text — not 一、实现城镇新增就业 8500 人: one space before
# a quantity is a typesetter's, inside the sentence
_RUN_IN_HEADING = re.compile(
    r"^(?P<head>(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    # (一、新建、改 ( 扩 ) 建…: a bracket after one space goes on with the words before it)
    r"[^\s，。；：:,;！？\d]{2,24})(?: (?![（(])(?!\d[\d.,]* ?(?![年月日号])[\u4e00-\u9fff%％])|[ \u3000]{2,})"
    r"(?P<body>\S.{20,})$"
    # 第三章　主要目标　　按照…: a chapter's title, then its first paragraph after a wide space
    r"|^(?P<chapter>第[一二三四五六七八九十百\d]{1,4}[章节][ \u3000]{0,4}[^\s，。；：:,;！？\d]{2,24})"
    r"[ \u3000]{2,}"
    r"(?P<text>\S.{20,})$"
)
# ( 一 ) 新建、改 ( 扩 ) 建中小学: an item mark a copy spaced out, at the start of a line
_SPACED_ITEM_MARK = re.compile(r"^[（(]\s+([一二三四五六七八九十]{1,3})\s+[）)]\s*")
_ITEM_RE = re.compile(r"^(?:[•·●○◆◇■□▲△▶►\-\*]\s*|[①-⑳]|[⑴-⒇]|[㈠-㈩])")
_PUNCT_RE = re.compile(r"[，。；：、！？,;:!?]")
# a title may quote or bracket (“十四五”时期工作回顾, 《纲要》解读) but holds its pairs whole;
# an open pair or a joining word at the end means the line runs on (关于印发《…发展 / 实施方案》)
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"))
_RUNS_ON = "的和与及或并、"
# 新增公办幼儿园学位1.5万个 / 完成特殊困难老年人家庭适老化改造2.5万户以上: a list of works, one
# a line (not cut at the wrap width), the next opening on its verb
_OPENS_ON_WORK = re.compile(
    r"^(?:新增|新建|建成|建设|完成|改造|实施|开展|免费|培训|力争|推进|提升|打造|创建|发放|招录|安置)"
)
# a line that opens with closing punctuation or 是：continues the one before, title or not
_CONTINUES_RE = re.compile(r"^(?:[，。；：、！？,;:!?）)》”]|[是为][：:，,])")
# 发布时间：2021年03月09日, 日期:2022-01-14 … 评论:0, 来源：…: a page's own data on a line of its own, never the
# first half of a paragraph a page break cut
# 记者从…获悉, 本报讯（记者…）, 新华社北京1月13日电: a news item's lead opens a paragraph of its own,
# never the second half of a headline above it
# 据中国新闻网报道，…: a news item's lead that names its source
_NEWS_LEAD_RE = re.compile(
    rf"^(?:{NEWS_BYLINE}|{NEWS_SOURCE}|据[^，。；,;]{{2,20}}(?:报道|消息)[，,])"
)
_META_LINE_RE = re.compile(
    r"^\s*(?:发布时间|发布日期|发文日期|成文日期|来源|信息来源|作者|索引号|文号|发文字号|浏览次数|点击数"
    r"|字号|发布机构|发文机关|日期|摘要|导读|核心提示|内容提要|原标题)\s*[：:]"
)


def normalize_width(text: str) -> str:
    """Full-width digits, ASCII letters, % and ／ -> half-width; ． or ﹒ between digits -> '.'; the
    small form variants ﹔﹐﹑﹕﹖﹗ -> ；，、：？！.

    Chinese punctuation （）、，。：；“” is kept as it is.
    """
    if any(mark in text for mark in _ZERO_WIDTH):
        text = _ZERO_WIDTH_RE.sub("", text)
    if not _FULLWIDTH_RE.search(text):
        return text
    text = text.translate(_WIDTH_TABLE)
    return _FW_POINT_RE.sub(".", text)


# ASCII , ; : between Chinese words (a PDF converter's or a typist's): the Chinese marks
_ASCII_CN_PUNCT = re.compile(r"(?<=[\u4e00-\u9fff%）)”])\s*([,;:])\s*(?=[\u4e00-\u9fff“（(\d])")
_CN_FOR_ASCII = {",": "，", ";": "；", ":": "："}
# 总量达到1000万吨. / 菜杆. 菜品…: a sentence a wire copy closes with an ASCII stop (not 1.5, nor the
# 一. of a heading)
_ASCII_STOP = re.compile(
    r"(?<=[\u4e00-\u9fff%）)”])(?<![一二三四五六七八九十])\.(?=\s|$|[\u4e00-\u9fff“”（(])", re.M
)
# 寿命≥71,65至74岁…, 比例≥3,社区: a comma after a figure that no thousands separator can be (not
# three digits after it: 1,000 is kept)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=[\u4e00-\u9fff“（(]|\d{1,2}(?!\d)|\d{4,})")


# "十三五"期间: ASCII quotes around Chinese words (a wire copy's), the Chinese pair; quotes
# pair from the left, and a pair around other words ("GDP") is kept as it is
_ASCII_QUOTED = re.compile(r'"([^"\n]{0,40})"')
_CHINESE_WORDS = re.compile(r"[^a-zA-Z]*[\u4e00-\u9fff][^a-zA-Z]*")


def _chinese_quotes(m: re.Match[str]) -> str:
    return f"“{m.group(1)}”" if _CHINESE_WORDS.fullmatch(m.group(1)) else m.group(0)


def chinese_punctuation(text: str) -> str:
    """嘉定区到2025年底,50平方公里以上… -> 嘉定区到2025年底，50平方公里以上… (1,000 is kept);
    面向"十四五", -> 面向“十四五”，."""
    if '"' in text:
        text = _ASCII_QUOTED.sub(_chinese_quotes, text)
    if "," not in text and ";" not in text and ":" not in text:
        return text
    text = _DIGIT_COMMA.sub("，", text) if "," in text else text
    text = _ASCII_CN_PUNCT.sub(lambda m: _CN_FOR_ASCII[m.group(1)], text)
    return _ASCII_STOP.sub("。", text) if "." in text else text


def _cut_at(text: str, width: int | None) -> bool:
    """An item's line as long as the width a hard-wrapped text is cut at ((10)改造15万户…、285个旅
    / 游厕所): cut there, not a heading that stands alone."""
    return width is not None and abs(len(text) - width) <= 1 and not ends_sentence(text)


def _cut_decimal(before: str, after: str) -> bool:
    """城镇新增就业1. / 9万人: a line cut inside a figure's decimal point, not after a sentence."""
    return before.endswith(".") and before[-2:-1].isdigit() and after[:1].isdigit()


# 涉及居民3961 / 0户, 再就业1.2 / 万人以上, 培育10 / -15个: a line cut inside a quantity, the next line its rest
# (a word, then the figure: not a table row's last cell, 4906.1 29.1 / 1 实施…)
_FIGURE_CUT_RE = re.compile(r"[\u4e00-\u9fff]\d+(?:\.\d*)?$")
_FIGURE_REST_RE = re.compile(
    r"^(?:[-—~～]?\d+(?:\.\d+)?(?=[^\s\d.])|[%‰万亿千百个人户家所座台套辆吨元亩条项次名](?![、.．]))"
)


def _cut_figure(before: str, after: str) -> bool:
    """城镇新增就业1. / 9万人, 涉及居民3961 / 0户: a line cut inside a figure or between a figure
    and its unit, whatever the line above opened with."""
    return bool(_FIGURE_CUT_RE.search(before) and _FIGURE_REST_RE.match(after))


def ends_sentence(text: str) -> bool:
    """True if `text` ends a sentence: 。！？；： (or ASCII), optionally followed by ”）】 etc."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINATORS


def is_title_heading(text: str) -> bool:
    """A heading that stands alone (第三节 …, （一）…), unlike a list item with sentences
    (1.港航物流。大力发展…), which a page break may cut and which then runs on."""
    return is_heading(text) and not _SENTENCE_INSIDE_RE.search(text)


def _is_title_like(text: str) -> bool:
    """A short line without clause punctuation, its quotes and brackets closed: a title."""
    if len(text) > _TITLE_MAX_CHARS or _PUNCT_RE.search(text) or text.endswith(tuple(_RUNS_ON)):
        return False
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def _collapse_spaces(text: str) -> str:
    """Drop spaces between Chinese characters; keep the one after 第三章 / 第二节 / 第一编."""
    for pattern in (PART_RE, CHAPTER_RE, SECTION_RE):
        match = pattern.match(text)
        if match and match.group("title"):
            start = match.start("title")
            head = text[:start].rstrip()
            return head + " " + _CJK_SPACE_RE.sub("", text[start:])
    if " " in text or "\u3000" in text or "\xa0" in text:
        text = _DATE_SPACE_RE.sub("", text)
        if len(YEAR_ITEM_RE.findall(text)) > 1:
            text = _YEAR_ITEM_SPACE_RE.sub(r"\1，", text)
        number = _HEADING_NUMBER_RE.match(text)
        cut = number.end() if number else 0
        if not _SPACED_FIGURES_RE.search(text, cut):
            text = text[:cut] + FIGURE_SPACE_RE.sub("", text[cut:])
    return _CJK_SPACE_RE.sub("", text)


def _break_label(left: str, right: str) -> str:
    """Name a page break by the text either side of it: 体/系, 全/覆盖, 提高国/创投资机构.

    Before the break: the clause fragment after the last punctuation when it is short (≤ 3
    characters), else the part of the word the break cut (or the last word, when the break fell
    between words; segmented with rjieba). After it: the clause fragment, at most 5 characters.
    """
    tail = _CLAUSE_PUNCT.split(left)[-1]
    head = _CLAUSE_PUNCT.split(right)[0][:5] or right[:5]
    if not tail:
        tail = left[-3:]
    elif len(tail) > 3:
        tail = _cut_word(tail[-8:], right[:8])
    return f"{tail}/{head}"


def _cut_word(before: str, after: str) -> str:
    """The part of `before` that belongs to the word spanning (or ending at) the break."""
    try:
        import rjieba
    except ImportError:  # segmentation is a nicety for the message only
        return before[-3:]
    position = 0
    for token in rjieba.cut(before + after):
        end = position + len(token)
        if position < len(before) <= end:
            return before[position:]
        position = end
    return before[-3:]


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


_SHORT_LINE = 30  # characters: a line this short before a blank line ends its paragraph


# 志愿服务参与率达到20% / 社会工作服务机构达到1万家 / 生产总值增长9%左右,工业增加值增长12%左右:
# a short line closed by its figure (its last clause states a whole target)
_FIGURE_LINE_RE = re.compile(
    r"^(?:[^。；;：:]{2,40}[，,])?"  # the line's earlier clauses
    r"[^，。；：,;:]{2,40}?(?:达到|不低于|不高于|不少于|超过|突破|控制在|稳定在|保持在|[提升降]到|降至"
    r"|低于|高于|增长|下降|减少|提高|增加)"
    r"(?:[\d.%‰~、]*[、和])?\d+(?:\.\d+)?(?:~\d+(?:\.\d+)?)?"  # 60%、30% / 3.9%和3% / 35~40张
    r"(?:%|‰|个百分点|[万亿]{0,2}(?:人次|平方米|[个家名人台座处所项条吨元亩户张辆套]))"
    r"(?:以上|以下|以内|左右)?$"
)
_FIGURE_LINE_MAX = 60  # characters: longer lines are a page's width, wrapped
_GOES_ON_RE = re.compile(r"^(?![以左的和及与或等之])[\u4e00-\u9fff“\d]")  # a new subject, not 以上…
# 回顾2017年 / 展望2018年 / 2018年主要目标: a line that turns to a year stands alone
_YEAR_TURN_RE = re.compile(
    r"^(?:回顾|展望|盘点|聚焦)(?:19|20)\d\d年?$"
    r"|^(?:19|20)\d\d年(?:工作)?(?:回顾|展望|主要目标|预期目标|目标任务|主要任务|重点工作)$"
)


_BULLETS = frozenset("●•■◆▪◇○□►▶")
# 2030年，… / 到2030年，…: a line that opens on a year and a comma
_YEAR_LEAD_LINE = re.compile(r"^(?:到|至)?(?:19|20)\d\d年(?:底|末)?[，,]")
# 中国砂石网综合多方信息显示：, 数据显示，: a line that opens by naming what it reports from
_SOURCE_LINE = re.compile(r"^[^，。；：,;:]{2,20}(?:显示|获悉|了解到)[：:，,]")
_LEADS_ON = frozenset("到至在于从自截的和与及、，,")  # a line ending on these goes on below


def _item_ends(tail: tuple[int | None, int | None, str], block: Block) -> bool:
    """A short line (or one that opens like this one), then a blank line, then this one: the
    lines are items of a list copied from a web page (新增5家老年人助餐点 / 新增10家家门口养老服务站),
    not one paragraph wrapped. A paragraph broken by a page keeps a full line before the break.
    Right below each other, a short line that states a whole target (志愿服务参与率达到20%) ends
    an item too."""
    page, line, text = tail
    if line is None or block.line is None or block.page != page:
        return False
    if block.line - line == 1:
        return bool(
            len(text) <= _FIGURE_LINE_MAX
            and _FIGURE_LINE_RE.match(text)
            and _GOES_ON_RE.match(block.text)
        )
    if block.line - line < 2:
        return False
    # 推出5处…、18个… / 推出不少于200场…: two items that open alike, whatever their length;
    # ●…新增技能人才240万人(含…) then a blank line: a bullet's item ends there
    if _YEAR_LEAD_LINE.match(block.text) and text[-1:] not in _LEADS_ON:
        return True  # …典型应用场景 / (blank) / 2030年，…: the next year's goals, a paragraph of its own
    if _SOURCE_LINE.match(block.text) and text[-1:] not in _LEADS_ON:
        return True  # …约280个 / (blank) / 某某网综合多方信息显示：…: another source speaks
    return len(text) < _SHORT_LINE or _opens_alike(text, block.text) or text[:1] in _BULLETS


def _opens_alike(text: str, after: str) -> bool:
    """Two lines that open with the same two-character verb (推出… / 推出…, 新增… / 新增…)."""
    head = text[:2]
    return (
        len(head) == 2 and after.startswith(head) and all("\u4e00" <= c <= "\u9fff" for c in head)
    )


def _joinable(block: Block) -> bool:
    return block.kind == "paragraph"


def _clean_cell(cell: str) -> str:
    """A cell width-normalised, without the typesetter's space in a date (2024 年推进任务) or
    beside a figure (优化提升 50 条背街后巷) — figures spaced from each other are kept apart."""
    cell = _DATE_SPACE_RE.sub("", normalize_width(cell))
    return cell if _SPACED_FIGURES_RE.search(cell) else FIGURE_SPACE_RE.sub("", cell)


def _clean_table(block: Block) -> tuple[Block, bool]:
    """A table block width-normalised cell by cell (never joined); True if a cell changed."""
    cells = [cell for row in block.rows or [] for cell in row]
    changed = any(_clean_cell(cell) != cell for cell in cells)
    rows = [[_clean_cell(cell).strip() for cell in row] for row in block.rows or []]
    rows = fold_scope_rows(rows)  # 婴儿死亡率 | 户籍人口: the 统计口径 joins the name
    text = "\n".join("\t".join(row) for row in rows)
    return Block(text, "table", block.page, block.line, block.level, rows), changed


def _rescaled(block: Block, text: str) -> list[tuple[int, float]] | None:
    """OCR word confidences of `block` moved onto its cleaned `text` (offsets scaled: cleaning
    only drops a few spaces and marks, so each word keeps about its place)."""
    if not block.confidences:
        return None
    old = max(len(block.text), 1)
    return [(min(len(text), round(end * len(text) / old)), c) for end, c in block.confidences]


def _join(prev: Block, block: Block, glue: str) -> None:
    """Append `block` to `prev` (a page break re-joined), word confidences included."""
    offset = len(prev.text) + len(glue)
    prev.text += glue + block.text
    if block.confidences:
        shifted = [(end + offset, c) for end, c in block.confidences]
        prev.confidences = [*(prev.confidences or []), *shifted]


def _split_run_in(block: Block, text: str, cleaned: list[Block], repairs: list[str]) -> str:
    """一、过去五年的主要成效 “十三五”规划实施以来…: a PDF's heading run into its text goes into
    `cleaned` as a line of its own; the rest of the text is returned."""
    if block.kind != "paragraph":
        return text
    # 第二章　经济增长率　　（一）工农业总产值　　1990年…: a chapter, then a section, then text;
    # 六、…　　第三十三章　…　　第一节　…　　五年内…: a part, a chapter, a section, then text
    for _ in range(3):
        run_in = _RUN_IN_HEADING.match(text)
        if run_in is None:
            break
        head = run_in.group("head") or run_in.group("chapter")
        cleaned.append(Block(head, "paragraph", block.page, block.line, block.level))
        repairs.append(f"split a heading from the text run into it: {head}")
        text = run_in.group("body") or run_in.group("text")
    return text


# 广义货币M / 2 / 预期增长12%左右: a web page's subscript (M₂, CO₂, PM₂.₅) copied onto a line of its own
_SUBSCRIPT_RE = re.compile(r"\d(?:\.\d)?")


def _join_subscripts(blocks: list[Block], repairs: list[str]) -> list[Block]:
    """A subscript's digits on a line of their own go back after the letters they belong to,
    and the rest of the sentence after them (a line that is no heading or item)."""
    out: list[Block] = []
    joining = False  # the block before was a subscript put back: its sentence goes on here
    for block in blocks:
        prev = out[-1] if out else None
        paragraphs = prev is not None and prev.kind == block.kind == "paragraph"
        if paragraphs and _latin(prev.text[-1]) and _SUBSCRIPT_RE.fullmatch(block.text):
            repairs.append(f"re-joined a subscript: {prev.text[-2:]}{block.text}")
            _join(prev, block, "")
            joining = True
            continue
        if joining and paragraphs and not is_heading(block.text) and not _ITEM_RE.match(block.text):
            _join(prev, block, "")
            joining = False
            continue
        joining = False
        out.append(block)
    return out


# ]995年, ] 980年, 1g80年, 19b0年: a year whose digit an OCR misread (] for 1, g for 9, b for 8)
_GARBLED_YEAR_RE = re.compile(r"(?<![\dA-Za-z])(?:\] ?(?=9\d\d ?年)|1g(?=\d\d ?年)|19b(?=\d ?年))")
_YEAR_DIGITS = str.maketrans({"]": "1", "g": "9", "b": "8", " ": None})
# 二0一二年, 二O一O年: a year in Chinese numerals whose zero was typed as a Latin 0 or O
_LATIN_ZERO_YEAR_RE = re.compile(
    r"(?<![\dA-Za-z〇○零一二三四五六七八九])(?:二[0O][0O〇○一二三四五六七八九]|一九[0O一二三四五六七八九])"
    r"[0O〇○一二三四五六七八九](?=年)"
)
_LATIN_ZERO = str.maketrans("0O", "〇〇")
# 2011 长安GDP预期增长9.4%: a headline that opens on its year, a space for 年
_HEADLINE_YEAR_RE = re.compile(r"((?:19|20)\d\d)[ \u3000]+(?=[\u4e00-\u9fff][^\t]*$)")
# 控制在⒋2以内: a number whose digit and point a copy wrote as one character (⒋, U+248B, "4."),
# and 提高到2?5%: a point an encoding lost
_DIGIT_STOP_RE = re.compile(r"[⒈-⒐](?=\d)|(?<=\d)\?(?=\d{1,2}[%％])")


def _digit_stop(m: re.Match[str]) -> str:
    """⒋ -> "4.", ? -> ".": the digit and point a `_DIGIT_STOP_RE` match stands for."""
    mark = m.group(0)
    return "." if mark == "?" else f"{ord(mark) - 0x2487}."


# 接待入境旅游者204.O万人次: a letter O typed for the zero after a decimal point
_LETTER_O_DECIMAL_RE = re.compile(r"(?<=\d\.)[Oo](?=\d*(?:[%％‰]|[万亿千百]|[\u4e00-\u9fff]))")


def _number_repairs(text: str) -> str:
    """Numbers as a converter or a scan left them, read back: 76。7, 1 · 2 and 27，4％ (a decimal
    point) -> 76.7, 1.2 and 27.4%; ]995年 and 巧0万千瓦 (misread digits) -> 1995年 and 150万千瓦;
    二0一二年 (a Latin zero) -> 二〇一二年; 204.O万 (a letter O) -> 204.0万; ⒋2 and 2?5% -> 4.2
    and 2.5%;
    增长9.2％出口额402亿元 (a lost ；) -> 增长9.2％；出口额402亿元."""
    if "巧" in text:
        text = _FIFTEEN_RE.sub("15", text)
    if "年" in text:
        text = _GARBLED_YEAR_RE.sub(lambda m: m.group(0).translate(_YEAR_DIGITS), text)
        text = _LATIN_ZERO_YEAR_RE.sub(lambda m: m.group(0).translate(_LATIN_ZERO), text)
    if "。" in text:
        text = _CN_POINT_RE.sub(".", text)
    text = _DIGIT_STOP_RE.sub(_digit_stop, text)  # (a scan in C: no gate needed)
    if "·" in text or "•" in text:
        text = _OCR_POINT_RE.sub(".", text)
    if "O" in text or "o" in text:
        text = _LETTER_O_DECIMAL_RE.sub("0", text)
    if "，" in text or "," in text:
        text = _COMMA_POINT_RE.sub(".", text)
    if "%" in text or "％" in text:
        text = _LOST_SEPARATOR_RE.sub("；", text)
    return positional_numerals(text)


# 1 9 9 8 年, 稳定在4 9 2 5 0 万吨, 增长1 0 ％: a typesetter's digits spaced one by one, between
# words (a table row's cells stand between spaces, not words)
_SPACED_DIGITS_RE = re.compile(
    r"(?:^|(?<=[\u4e00-\u9fff（(“，、：])|(?<=[\u4e00-\u9fff（(“，、：] ))\d(?: \d)+(?= ?[\u4e00-\u9fff%‰])"
)


def _spaced_digits(text: str) -> str:
    """1 9 9 8 年 -> 1998 年: digits spaced one by one, joined."""
    if " " not in text:
        return text
    return _SPACED_DIGITS_RE.sub(lambda m: m.group(0).replace(" ", ""), text)


def _news_lead(blocks: list[Block], index: int, width: int | None) -> bool:
    """A news item's lead opens this block — with the line below when the text is wrapped at
    `width` (记者从省委宣传部、…系列 / 主题新闻发布会上获悉，…)."""
    text = blocks[index].text
    if _NEWS_LEAD_RE.match(text):
        return True
    after = blocks[index + 1].text if index + 1 < len(blocks) else ""
    return _cut_at(text, width) and bool(_NEWS_LEAD_RE.match(text + after))


# 8%、500万人: a news story's subheading of bare figures (the paragraph under it states them)
_FIGURES_ONLY_RE = re.compile(
    r"^(?:\d+(?:\.\d+)?[%‰万亿千百]*[\u4e00-\u9fff]{0,2}\s*[、，,]\s*)+\d+(?:\.\d+)?[%‰万亿千百]*[\u4e00-\u9fff]{0,2}$"
)


# 登记失业率5.5%左右 / (blank) / 居民消费价格涨幅3.5%左右: a line that ends on a whole figure, a
# blank line, then a line with its own figure — two items of a list, not one line cut in two
_ENDS_ON_FIGURE = re.compile(r"\d(?:%|％|[万亿]?[\u4e00-\u9fff]{1,2})(?:左右|以上|以内|以下)$")
_HAS_FIGURE = re.compile(r"[\u4e00-\u9fff]{2,}\d")


def _ends_on_a_figure(text: str, after: str) -> bool:
    return _ENDS_ON_FIGURE.search(text) is not None and _HAS_FIGURE.search(after) is not None


def _join_lines(cleaned: list[Block], repairs: list[str]) -> list[Block]:
    """The paragraphs a page break, a hard wrap or a converter cut into lines, joined again
    (one repair each), and subscripts copied onto a line of their own put back."""
    width = wrap_width([b.text for b in cleaned if b.kind == "paragraph"])
    stops = sentence_per_line(cleaned, width)
    joined: list[Block] = []
    tail: tuple[int | None, int | None, str] = (None, None, "")  # the last line: page, line, text
    for index, block in enumerate(cleaned):
        prev = joined[-1] if joined else None
        # the line above cut at the wrap width, or inside a quantity: whatever it opened, it runs on
        above, above_line = tail[2], tail[1]
        # a blank line between the two (not every copy keeps one)
        apart = above_line is not None and block.line is not None and block.line - above_line > 1
        figure_cut = _cut_figure(above, block.text)
        cut = figure_cut or _cut_at(above, width)
        item_ends, tail = _item_ends(tail, block), (block.page, block.line, block.text)
        if (
            prev is not None
            and not item_ends
            and _joinable(prev)
            and _joinable(block)
            and (not ends_sentence(prev.text) or _cut_decimal(prev.text, block.text))
            and (not _is_title_like(prev.text) or _CONTINUES_RE.match(block.text) or cut)
            and (not is_title_heading(prev.text) or cut)
            and not is_heading(block.text)
            and not _YEAR_TURN_RE.match(block.text)
            and (figure_cut or not _ITEM_RE.match(block.text))  # 培育10 / -15个: no bullet
            and not row_number(prev.text)
            and not row_number(block.text)
            and not _META_LINE_RE.match(prev.text)
            and not _FIGURES_ONLY_RE.match(prev.text)
            and not _news_lead(cleaned, index, width)
            and not (_OPENS_ON_WORK.match(block.text) and not cut)
            and not (apart and not cut and _ends_on_a_figure(prev.text, block.text))
        ):
            repairs.append(f"{_JOIN}{_break_label(prev.text, block.text)}")
            latin = _latin(prev.text[-1]) and _latin(block.text[0])
            glue = " " if latin and not _cut_at(above, width) else ""  # 5.25EFl / ops: one word
            if stops and not _PUNCT_RE.match(prev.text[-1]):
                glue = "。"  # a converter dropped every full stop: each line was a sentence
            _join(prev, block, glue)
            continue
        joined.append(block)
    return _join_subscripts(joined, repairs)


def clean_blocks(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Return cleaned blocks and a list of human-readable repairs.

    Repairs look like "re-joined page break: 体/系", "removed continuation mark: 【上接第6版】",
    "removed page number: — 12 —". Table blocks are width-normalised cell by cell, never joined.
    """
    blocks, glosses = without_pinyin(blocks)
    blocks, script = to_simplified(blocks)
    page_numbers = numbering(blocks)
    blocks, pages = without_page_marks(blocks)
    blocks, natured = nature_rows(blocks)
    blocks, flat = unflatten_rows(blocks)
    blocks, broken = bar_rows(blocks)
    blocks, bars = bar_first_cells(blocks)
    blocks, one_line = one_line_tables(blocks)
    blocks, repairs = recover_tables(blocks)
    blocks, indents = split_lost_indents(blocks)
    blocks, run_on = split_run_on(blocks)
    blocks, digest = split_bullets(blocks)
    repairs = (
        glosses
        + script
        + pages
        + natured
        + flat
        + broken
        + bars
        + one_line
        + repairs
        + indents
        + run_on
        + digest
    )
    widened = repaired_punct = 0
    cleaned: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind == "table":
            table, changed = _clean_table(block)
            widened += changed
            cleaned.append(table)
            continue
        text = normalize_width(block.text)
        if text != block.text:
            widened += 1
        punctuated = chinese_punctuation(text)
        if punctuated != text:
            repaired_punct += 1
            text = punctuated
        text = _spaced_digits(_number_repairs(text)).strip()
        text = _SPACED_ITEM_MARK.sub(r"（\1）", text)  # ( 一 ) 新建…: a copy's spaced item mark
        if len(text) <= _TITLE_MAX_CHARS and _HEADLINE_YEAR_RE.match(text):
            text = _HEADLINE_YEAR_RE.sub(r"\1年", text, count=1)  # 2011 长安GDP预期增长9.4%
        chrome = page_chrome(blocks, index, text, page_numbers)
        if chrome:
            repairs.append(chrome)
            continue
        for mark in CONTINUATION_RE.findall(text):
            repairs.append(f"removed continuation mark: {mark}")
        if "版" in text:
            text = CONTINUATION_RE.sub("", text).strip()
        text = _collapse_spaces(_split_run_in(block, text, cleaned, repairs))
        if not text:
            continue
        cleaned.append(
            Block(
                text,
                block.kind,
                block.page,
                block.line,
                block.level,
                block.rows,
                _rescaled(block, text),
            )
        )

    joined = _join_lines(cleaned, repairs)
    joins = [r for r in repairs if r.startswith(_JOIN)]
    if joins:  # a digest hard-wrapped over lines is whole only now
        joined, rejoined_digest = split_bullets(joined)
        repairs += rejoined_digest
    if len(joins) > _WRAPPED_MIN and len(joins) > _WRAPPED_SHARE * len(blocks):
        # A hard-wrapped text file, not page breaks: one line says it, not thousands.
        repairs = [r for r in repairs if not r.startswith(_JOIN)]
        repairs.append(f"re-joined {len(joins)} hard-wrapped lines into paragraphs")
    if widened:
        repairs.append(f"normalised full-width digits/letters in {widened} block(s)")
    if repaired_punct:
        repairs.append(
            f'ASCII , ; : " between Chinese words made ，；：“” in {repaired_punct} block(s)'
        )
    return joined, repairs
