"""Why a number found in text is a name, not a value: a date, a code, an ordinal, a rank, a
telephone number, a view count, an idiom, a qualifier (5G, 第6版, 世界500强, 千家万户). `numbers`
sets a `Quantity`'s `name` to the reason `name_reason` gives, so `--explain` can say why it was
skipped."""

from __future__ import annotations

import re

from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.marks import in_spans
from plantrack.parse.quantity import LIST_JOIN_CHARS, Quantity, is_count

_ASCII_ALNUM = scan_first_chars(re.compile(r"[A-Za-z0-9]"))
# 023-61520697, 0851-86812345: an area code and a number (a page's footer)
_PHONE = re.compile(r"0\d{2,3}[-－]\d{7,8}(?!\d)")

_DATE = re.compile(r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)")


def _in_date(text: str, s: int) -> bool:
    """Whether the number at s is part of a date written with dashes (2023-12-14: its year, its
    month-day)."""
    near = text[max(0, s - 8) : s + 12]
    if "-" not in near and "/" not in near:
        return False  # most numbers (a fast gate: speed)
    for start in range(max(0, s - 8), s + 1):
        m = _DATE.match(text, start)
        if m and m.end() > s:
            return True
    return False


# 全省排名上升10位, 位次前移5位: a rank or its change
_RANK_BEFORE = re.compile(r"(?:排名|位次|排位)[^，。；、\d]{0,4}$")


def _position_reason(text: str, q: Quantity, s: int, before: str) -> str | None:
    """A number that is a date, a code, an ordinal or a rank by what stands before it."""
    if _in_date(text, s):
        return "a date (2023-12-14)"
    if before and _ASCII_ALNUM.match(before):
        return f"part of a code ({before}{q.num_text}…)"
    if before in ("第", "专栏") or text[max(0, s - 2) : s] == "专栏":
        return "an ordinal (第N / 专栏N)"
    if q.unit in ("位", "名") and (
        before in ("前", "后") or _RANK_BEFORE.search(text, max(0, s - 10), s)
    ):
        return "a rank (居全国前10位, 全省排名上升10位, 退出后10位)"
    if before and before in "∶:" and text[max(0, s - 2) : s - 1] == "1":
        return "a map's scale (1∶5万区域地质调查)"
    if len(q.num_text) >= 7 and _PHONE_BEFORE.search(text, max(0, s - 8), s):
        return "a telephone number (联系电话 13452649655)"
    if (
        before in "（("
        and not (q.unit or "").endswith(("%", "％"))  # 已完成1个(50%): the share done, not a unit
        and _CLOSES.match(text, q.end)
        and _FIGURE_END.search(text, 0, s - 1)
    ):
        return "the figure before it in another unit (24万吨(3亿瓶))"
    return None


# …24万吨: a figure and its unit just before a bracket that holds only another figure
_FIGURE_END = re.compile(r"\d(?:[万亿千百]?[\u4e00-\u9fff]{1,2}|%|％)$")
_CLOSES = re.compile(r"[\u4e00-\u9fff]{0,2}[）)]")  # (3亿瓶): the bracket closes after its unit


# 联系电话 13452649655, 电话：0571-87051234: a number to call
_PHONE_BEFORE = re.compile(r"(?:电话|手机|传真|联系方式)[号码]*[：:\s]*$")


# 惠及千家万户, 千方百计: four-character idioms that open on a numeral and a measure word;
# 一次能源, 一次性用品, 二次供水: terms that open on 一次 or 二次
_IDIOMS = (
    "千家万户", "千方百计", "万家灯火", "千家百业", "一次能源", "一次性", "二次供水", "二次加压",
    "二次污染",
    # 经济总量迈上一个新台阶, 再上一个大台阶: a figure of speech, not one of anything
    "一个新台阶", "一个新的台阶", "一个大台阶", "一个新水平", "一个新的水平", "一个新高度",
    "一个新阶段", "一个新的阶段", "一个新境界", "一个更高水平",
)  # fmt: skip


# 點擊:1271次, 浏览次数：35, 阅读量: 2万: how often a web page was opened
_VIEWS = re.compile(
    r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀|访问|訪問)(?:量|数|數|次数|次數)?\s*[：:]\s*$"
)
_WEATHER = re.compile(
    r"(?:晴|多云|阴|[小中大暴阵]雨|雷阵雨|[小中大]雪|雨夹雪|雾|霾)(?:转\S{1,3})?(?:-?\d+℃[~～\-—/])?$"
)
# 万亩片, 千亩方, 百亩攻关田: a round size in words that names a kind of field, not a value
_ROUND_SIZES = frozenset(("十", "百", "千", "万", "十万"))
_SIZE_NOUN = re.compile(r"(?![以左的])[\u4e00-\u9fff]{0,2}[片方田园区基坝]")


def _named_by_its_words(text: str, q: Quantity, s: int) -> str | None:
    """A phase of a project (二期工程), the weather of a page's banner (多云28℃~19℃), a round
    size in words that names a kind of field (千亩方, 百亩攻关田): no value."""
    after = text[q.end] if q.end < len(text) else ""
    if q.unit == "期" and (q.chinese or after in "工项改扩建"):
        return "a phase of a project (三期改扩建, 二期工程)"
    if q.unit in ("℃", "摄氏度") and _WEATHER.search(text, max(0, s - 10), s):
        return "the weather a page's banner shows (毕节市多云28℃~19℃)"
    if (
        q.chinese
        and q.num_text in _ROUND_SIZES
        and q.unit == "亩"
        and _SIZE_NOUN.match(text, q.end)
    ):
        return f"the size that names a kind of field ({q.text}{after}: 千亩方, 百亩攻关田)"
    return None


def _furniture_reason(text: str, s: int) -> str | None:
    """A telephone number or a web page's view count at `s`: the page's, not the plan's."""
    if _PHONE.match(text, s):
        return "a telephone number (023-61520697)"
    if _VIEWS.search(text, max(0, s - 8), s):
        return "a page's view count (点击:1271次): page furniture"
    return None


def name_reason(
    text: str, q: Quantity, quotes: list[tuple[int, int]], starts: list[int]
) -> str | None:
    """Why this number is a name or not a value, or None when it may be a target value."""
    s = q.start + (3 if text.startswith(("百分之", "千分之"), q.start) else 0)
    num_end = s + len(q.num_text)
    unit_end = num_end + len(q.unit or "")
    before = text[s - 1] if s > 0 else ""
    after_num = text[num_end] if num_end < len(text) else ""
    after = text[q.end] if q.end < len(text) else ""
    if q.value is None:
        return f"malformed number {q.num_text!r}"
    if q.chinese and text.startswith(_IDIOMS, s):
        return f"an idiom or a term ({text[s : s + 4]})"
    furniture = _furniture_reason(text, s)
    if furniture:
        return furniture
    if after == "%" or (q.unit and q.unit.endswith("%") and text[unit_end : unit_end + 1] == "%"):
        return "malformed number (repeated %)"
    if in_spans(s, quotes, starts):
        return "inside quotes or a title: a name"
    reason = _position_reason(text, q, s, before)
    if reason:
        return reason
    if q.unit is None:
        return _unitless_reason(text, q, num_end)
    if not q.unit[0].isascii() or q.unit[0] in "%":
        # 810个V2G桩: a count of V2G桩; 2万千瓦V2G反向充电能力: a measure of what V2G names
        counted = is_count(q.unit) or len(q.unit) >= 2
        if after and after.isascii() and after.isalpha() and not counted:
            return f"part of a code ({q.text}{after})"
    elif after_num.isalpha() and after.isascii() and after.isalnum():
        return f"part of a code ({q.text}{after})"
    if not q.chinese and q.unit == "年" and len(q.num_text) == 4 and 1900 <= (q.value or 0) <= 2100:
        return "a year"
    opens_noun = after in "大型" and is_count(q.unit)  # 16处大宗…
    opens_noun = opens_noun or text.startswith(("大关", "级规模"), q.end)  # 突破1万亿元大关
    # 3万亩大豆玉米带状复合种植, 500亩大棚: a crop or a shed the 大 opens, not a size class
    opens_noun = opens_noun or text.startswith(_BIG_NOUNS, q.end)
    if after in ("强", "级", "型", "大", "位") and q.suffix is None and not opens_noun:
        return f"a qualifier or name ({q.text}{after})"
    named = _named_by_its_words(text, q, s)
    if named:
        return named
    if q.unit.endswith(("级", "星")):
        return f"a grade or scale class ({q.text}): a qualifier, not a value"
    return None


_BIG_NOUNS = (
    "大豆",
    "大棚",
    "大米",
    "大蒜",
    "大麦",
    "大葱",
    "大闸蟹",
    "大白菜",
    "大樱桃",
    "大中型",
)


# 407、262万千瓦: a bare number, 、 and the next value of the list, which states the unit
_SHARED_UNIT_NEXT = re.compile(
    rf"\d+(?:\.\d+)?(?:[{LIST_JOIN_CHARS}]\d+(?:\.\d+)?)*(?:万亿|亿|千万|百万|万)?[^\d、，。；\s]"
)


def _unitless_reason(text: str, q: Quantity, num_end: int) -> str | None:
    """Why a unitless number is a list number, code or name; None when it may be a value."""
    after_num = text[num_end] if num_end < len(text) else ""
    if after_num == "." or (after_num == "、" and not _SHARED_UNIT_NEXT.match(text, num_end + 1)):
        return "a list number"
    next2 = text[num_end + 1 : num_end + 2]
    if after_num.isascii() and (
        after_num.isalnum() or (after_num in "-+" and next2.isascii() and next2.isalpha())
    ):
        return f"part of a code ({q.num_text}{after_num}…)"
    if after_num in ("强", "级", "型", "大", "位") and q.suffix is None:
        return f"a qualifier or name ({q.num_text}{after_num})"
    return None
