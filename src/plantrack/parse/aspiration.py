"""Whether 力争/争取/努力 governs a value: the aim before it in its clause or its list, not one that a
clause of its own or a subject in between cuts off."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.found import Found
from plantrack.parse.phrases import strip_lead

# 大陆自然岸线保有率不低于国家下达任务: a bound set in words, whose figure a part after it gives
BOUND_IN_WORDS = re.compile(
    r"([^，。；,;\d]{2,20}?)(?:不低于|不高于|不超过|不少于|控制在|达到|完成)"
    r"(?:国家|上级|省|市|自治区)?(?:下达|规定|确定|分解)?的?(?:任务|目标|要求|指标)(?=[，,；;]|$)"
)


# 到2020年，力争A…；B…: a deadline clause right before 力争 (as 力争到2020年，… does, it heads a list)
_DEADLINE_BEFORE = re.compile(r"(?:^|[。；;：:，,\n])\s*(?:到|至)20\d\d年(?:底|末)?[，,]$")


def one_aim(listed: list[Found], asp: list[int]) -> None:
    """The values of one clause with no 力争 among them (城乡居民人均可支配收入分别增长10%和12%左右)
    share one aim: aspired when any of them is."""
    if len(listed) > 1 and not any(listed[0].pos < p < listed[-1].pos for p in asp):
        aimed = any(f.aspiration for f in listed)
        for f in listed:
            f.aspiration = aimed


def aspired(text: str, first: int, p: int, pos: int, alike: bool = False) -> bool:
    """Whether the 力争 at `p` governs the value at `pos`. Before the sentence's first number
    (力争A达到X，B达到Y；) it governs up to a ；— the whole sentence when its clause holds only
    the deadline (力争到2010年，…)；after a number (…确保超过A、力争达到B，C…) only its own clause, and the verbless clause right
    after it when that counts in the same unit (`alike`: …，力争创建A1家，B1家)."""
    if p >= pos:
        return False
    between = text[p:pos]
    if text.startswith("争创", p):  # 争创国家级创新平台1—2家: its own clause only
        return not vocab.CLAUSE_SEP.search(between)
    if first > p and not _after_subject(text, p):
        if text[p - 1 : p] == "将" and _aim_after_a_clause(text, p, pos):
            return False  # 贵州将争取A46亿元以上,力争完成B…: the second aim leads what follows it
        if vocab.DEADLINE_CLAUSE_RE.match(text, p + 2) or _DEADLINE_BEFORE.search(
            text, max(0, p - 16), p
        ):
            return True  # 力争到2010年，A…；B…; 到2020年，力争A…；B…
        return "；" not in between
    if "；" not in between and (
        vocab.DEADLINE_CLAUSE_RE.match(text, p + 2)
        # …；到2017年，力争实现“…”：即A翻一番，B达到40%: after the sentence's first figures,
        # a deadline's clause opens a part the 力争 leads
        or _DEADLINE_BEFORE.search(text, max(0, p - 16), p)
    ):
        return True  # …为主要承载区，力争到2030年，A突破400亿元: the rest of the sentence
    if not vocab.CLAUSE_SEP.search(between):
        return True
    # A力争突破X，B30亿美元: a clause without a verb of its own shares the 力争 before it
    seps = list(vocab.CLAUSE_SEP.finditer(text, p, pos))
    own = text[seps[-1].end() : pos]
    if "；" in between or vocab.VERB_RE.search(own):
        return False
    # …，力争创建A1家，B1家: after the sentence's first number, the clause right after only, when
    # it counts in the unit of the value before it
    return first > p or (len(seps) == 1 and alike)


_CLAUSE_START = re.compile(r"[，；：,;:。！？\n][^，；：,;:。！？\n]*$")


def _aim_after_a_clause(text: str, p: int, pos: int) -> bool:
    """Another aim word opens a clause between the 力争 at `p` (after a place and its 将) and the
    value at `pos`."""
    for m in vocab.ASPIRATION_RE.finditer(text, p + 2, pos):
        if text[m.start() - 1 : m.start()] in "，,；;":
            return True
    return False


def _after_subject(text: str, p: int) -> bool:
    """A力争达到X，B超过Y: 力争 after its clause's subject marks that clause only (the one
    before the sentence's subject, 力争A达到X，B达到Y, governs the sentence)."""
    m = _CLAUSE_START.search(text, max(0, p - 60), p)
    head = text[m.start() + 1 if m else max(0, p - 60) : p]
    rest = strip_lead(head)[0]
    if vocab.AIMING_PLACE_RE.fullmatch(rest):
        return False  # 宁夏力争A…，B…: the place whose aim it is, not an indicator's subject
    return len(vocab.CJK_OR_ALNUM.findall(rest)) >= 2
