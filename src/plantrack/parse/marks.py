"""Marks around numbers in running text: quotation and title marks, list marks, separators.

`quote_spans` finds what lies inside “…”, 《…》 and the like (a number there is a name: “1510”,
“4+X”), leaving out a quotation of what someone said; `unmark_items` rewrites, at the same length,
the marks that would make a figure misread (a list item in title marks, an item number before a
count, a star, a thousands comma, the colon of a ratio to one).
"""

from __future__ import annotations

import bisect
import re

# 2.1：1, 2︰1: the colon of a ratio to one written as the ratio sign, so that no clause ends there
_RATIO_TO_ONE = re.compile(r"(?<=\d)[:：︰](?=1(?![\d.．:：]))")
# 34，250万吨, 1，000万吨: the full-width comma of older texts as a thousands separator — before
# groups of exactly three digits, after a bare group of one to three (the comma first: speed)
_GROUP_COMMA = re.compile(r"，(?=\d{3}(?:[,，]\d{3})*(?![\d.．]))")


def _ungrouped(text: str) -> str:
    """34，250万吨 -> 34,250万吨; 12，300，400 -> 12,300,400 (the same length)."""
    hits: list[int] = []
    for m in _GROUP_COMMA.finditer(text):
        at = m.start()
        k = 0
        while k < 4 and at - k - 1 >= 0 and text[at - k - 1].isdigit():
            k += 1
        before = text[at - k - 1] if at - k - 1 >= 0 else " "
        if before == "，" and not text[at - k - 2 : at - k - 1].isdigit():
            before = " "  # 自行车，3，300万辆: the comma before ends the words, not a figure
        if (1 <= k <= 3 and before not in ".,，．") or (k == 3 and hits and hits[-1] == at - 4):
            hits.append(at)
    if not hits:
        return text
    chars = list(text)
    for at in hits:
        chars[at] = ","
    return "".join(chars)


_QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "‘": "’", "〔": "〕"}
_MAX_QUOTE = 40  # an unclosed quote shields at most this many characters


_OPENER_RE = re.compile('[“《「‘〔"]')


_TITLE_RE = re.compile(
    r"关于[^。；！？\n“”《》]{1,60}?的(?:实施意见|指导意见|通知|意见|决定|批复|公告)"
)


# what a document, a book or a newspaper is called ends so: 《…方案》, 《…规划》, 《人民日报》
_TITLE_END = re.compile(
    r"(?:方案|规划|纲要|意见|通知|办法|条例|计划|报告|决定|规定|细则|标准|指南|目录|清单|公告|批复"
    r"|法|函|令|书|报|志|刊|典|集|录)$"
)
_TASK_TITLE = re.compile(
    r"关于((?:建设|新建|开展|实施|完成|支持|改造|新增|提供|(?=\d))[^《》]{2,60}?)的(?:实施|工作)?方案"
)
_COUNT_IN_ITEM = re.compile(r"\d(?:\.\d+)?[万亿]?(?![\d.年月日号])[\u4e00-\u9fff%]")


def _item_in_title_marks(inner: str) -> bool:
    """《城镇新增就业2000人以上》: a list item in title marks (a 政策解读 page's way), not a name —
    a count with its unit inside, and no ending of a document's or a book's name."""
    return bool(_COUNT_IN_ITEM.search(inner)) and not _TITLE_END.search(inner.strip())


# 2.50个小区新增充电设施: item 2 of a list, then 50 — a count unit takes no decimal
_ITEM_NUMBER_DOT = re.compile(r"^\s*\d{1,2}\.(?=\d+[个所家名人户座条项处台辆间张套])")
_ITEM_NUMBER_SPACE = re.compile(
    r"^[ \t\u3000]*\d{1,2}[ \t\u3000]+(?![万亿千百])(?=[\u4e00-\u9fff]{6})"
)
_PART_IN_BRACKETS = re.compile(r"(?<=[，,；;])[（(](其中[^（()）]{1,30})[）)]")
# -新升规企业1500家以上, •新增…: a bullet before an item's words
_BULLETS = frozenset("-－–•·")
_BULLET = re.compile(r"[-－–•·](?=[\u4e00-\u9fff])")
_ITEM_MARKS = re.compile(r"《([^《》]{2,80})》")
# *新增1家…、*3家…: the star a list puts before the items of a chosen kind
_STAR_MARK = re.compile(r"(?:(?<=^)|(?<=[；;：:。.\s])|([、，,]))\*(?=[\d\u4e00-\u9fff])")


_RESPECTIVELY_THEN_ADVERB = re.compile(r"分别((?:平均每年|年均|每年|累计)(?:实际)?|实际)")
_POWER_ENERGY = re.compile(r"(?<=千瓦)/(?=\d[\d.]*[万亿]?千瓦时)")


def unnumber_spaced_item(text: str) -> str:
    """2 对完成清洁取暖改造的农户进行补助。: an item's number and a space before its words, blanked
    (the same length) before the spaces of typography are squeezed out and 2 对 reads as two
    pairs."""
    if not (text[:1].isdigit() or text[:1] in " \t\u3000"):
        return text  # most paragraphs (a fast gate: speed)
    return _ITEM_NUMBER_SPACE.sub(lambda m: " " * len(m.group(0)), text)


def unmark_items(text: str) -> str:
    """List items marked so that their numbers would be misread, unmarked (the same length, so
    positions hold): 《城镇新增就业2000人以上》《建成幼儿园3所》 become clauses of their own (《 → ，,
    》 → ；; a document's name keeps its marks); 2.50个小区 at the start is item 2 (blanked) and
    50个; a star before an item is blanked; 100万千瓦/200万千瓦时 is two values (/ → 、); the
    colon of a ratio to one (2.1：1) is the ratio sign ∶, which ends no clause; a full-width comma
    between groups of digits (34，250万吨) is a thousands separator."""
    if text[:1] in _BULLETS and _BULLET.match(text):
        text = " " + text[1:]  # -新升规企业1500家以上: a dash that marks an item, not a minus
    if "." in text[:6]:  # an item number opens the text (a fast gate: speed)
        text = _ITEM_NUMBER_DOT.sub(lambda m: " " * len(m.group(0)), text)
    if "分别" in text:
        # …能耗、…用水量分别累计下降16%、30%, …年均分别实际增长6%: the adverb before 分别, as
        # 累计分别下降 is read (分别 next to its verb, the adverb's kind kept)
        text = _RESPECTIVELY_THEN_ADVERB.sub(lambda m: m.group(1) + "分别", text)
    if "千瓦/" in text:  # 100万千瓦/200万千瓦时: a store's power and its energy, two values
        text = _POWER_ENERGY.sub("、", text)
    if "*" in text:
        # 新增1家食堂、*3家照护之家: a mark, not a word; the list's 、 stays next to the item
        text = _STAR_MARK.sub(lambda m: f" {m.group(1)}" if m.group(1) else " ", text)
    if "，" in text:
        text = _ungrouped(text)  # 34，250万吨: a thousands separator, not a clause
    if ":" in text or "：" in text or "︰" in text:
        text = _RATIO_TO_ONE.sub("∶", text)
    if "其中" in text:
        # 幼儿园80所，(其中公办30所以上)未建…: a part in brackets that opens a clause of its own
        text = _PART_IN_BRACKETS.sub(lambda m: f"，{m.group(1)}，", text)
    if "“" in text:
        # 包括：“新建23公里碧道”、“新建3所公办幼儿园”: list items quoted, each a work and its count;
        # “社会消费品零售总额力争达到1800亿元”目标: a goal a report quotes
        text = _QUOTED_CLAUSE.sub(lambda m: f"，{m.group(1)}；", text)
    if "《" not in text:
        return text

    def clause(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _item_in_title_marks(inner):
            return f"，{inner}；"
        task = _TASK_TITLE.fullmatch(inner)
        if task and _COUNT_IN_ITEM.search(task.group(1)):
            # 《关于建设120个…中心的实施方案》: a 实事 notice lists each task as its scheme's title
            body = task.group(1)
            return f"，  {body}{' ' * (len(inner) - len(body) - 2)}；"
        return m.group(0)

    return _ITEM_MARKS.sub(clause, text)


# 包括：“新建23公里碧道”、“新建3所公办幼儿园”: a work and its count quoted as a list item, its
# scope before it (“全市全年新增1万个公共充电桩”建设目标)
_QUOTED_WORK = (
    r"(?:全[市省县区]|全年|今年|年内){0,2}(?:新建|新增|建设|建成|改造|改扩建|实施|完成|开工|提升|打造|培育|培训|引进)[^“”，。；]{0,8}?"
    r"\d+(?:\.\d+)?[万亿]?(?![\d.年月日])[\u4e00-\u9fff][^“”，。；]{0,20}"
)
# “社会消费品零售总额力争达到1800亿元”目标, “新能源汽车渗透率达45%”: a measure, its verb and the
# figure quoted whole (not a name: “15分钟生活圈”)
_QUOTED_GOAL = (
    r"[^“”。；]{0,24}[\u4e00-\u9fff]{2}(?:达到|达|突破|超过|提高到|提升到|下降到|降低到|控制在)"
    r"\d+(?:\.\d+)?[万亿]?(?:%|[\u4e00-\u9fff]{1,3})"
)
# either, in one pass over the text (each quote is read once)
_QUOTED_CLAUSE = re.compile(rf"“((?:{_QUOTED_WORK})|(?:{_QUOTED_GOAL}))”")


# “并实现520个行政村光纤和410个乡镇4G网络全覆盖，完成20万人就业技能培训。”黄奇帆表示: words quoted
# as said, clauses and all, not a name
_SPEECH_BREAK = re.compile(r"[，,。；;][^”\"]{6}")


def _is_speech(text: str, opener: int, closer: int) -> bool:
    """A quotation of what someone said: “ or " opening clauses with a break inside."""
    if text[opener] not in '“"':
        return False
    inner = text[opener + 1 : closer if closer >= 0 else opener + 1 + _MAX_QUOTE]
    return len(inner) >= 15 and _SPEECH_BREAK.search(inner) is not None


# “由2020年的32.7%提高至33.3%左右”: a plan's own words for a change, quoted by a report
_QUOTED_CHANGE = re.compile(
    r"(?:由|从)[^“”]{0,16}?\d[\d.]*%?[^“”\d]{0,4}(?:提高|提升|增加|增长|下降|降低|减少)(?:至|到)\d"
)


def _quotes_a_change(text: str, opener: int, closer: int) -> bool:
    """A quotation that states a change from one figure to another: a target, not a name."""
    return (
        closer > opener
        and text[opener] in '“"'
        and bool(_QUOTED_CHANGE.match(text, opener + 1, closer))
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…”, 《…》, "…" and the like: numbers there are names (“1510”, “4+X”)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        m = _OPENER_RE.search(text, i)
        if not m:
            break
        j = m.start()
        closer = _QUOTE_PAIRS.get(text[j], '"')
        k = text.find(closer, j + 1, j + 1 + _MAX_QUOTE)
        end = k if k >= 0 else min(n, j + 1 + _MAX_QUOTE)
        if not _is_speech(text, j, k) and not _quotes_a_change(text, j, k):
            spans.append((j, end + 1))
        i = end + 1
    if "关于" in text:
        # 关于2024年实施47项民生实事的通知: a document's title without 《》 is a name too
        titles = [m.span() for m in _TITLE_RE.finditer(text)]
        spans = sorted(
            spans + [t for t in titles if not any(a < t[1] and t[0] < b for a, b in spans)]
        )
    return spans


def in_spans(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when `pos` lies inside one of `spans` (sorted; `starts` their first positions)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
