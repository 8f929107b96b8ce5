"""A paragraph's targets less those it restates: a page's headline, lead or summary said again in
its body, a heading's target said again under it, a figure explained below the targets it
explains."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from plantrack.model import Target
from plantrack.parse.found_from import MONEY_SCALES
from plantrack.parse.quantity import is_count

# 旅游总收入同比增长20% / 全州旅游总收入增长20%: the place's scope and 同比 name no other figure;
# nor do 目标 or 预期 before 增长 and a leading 包括 (湖南GDP目标增长 / 其中包括地区生产总值增长)
_NOT_NAMING = re.compile(r"全[州市省县区盟旗]|同比|的|(?:目标|预期)(?=增长)|^包括")


def _restated(
    target: Target, seen: dict[tuple, list[Target]], in_opening: bool, places: dict[str, str]
) -> bool:
    """A target the document's opening stated (a headline, a lead, a summary) that the body
    restates (人均体育场地面积3.6平方米 again): the same value, unit, range and deadline, its metric
    inside the earlier one's or holding it, or, in another paragraph and for no rate, sharing a
    noun phrase of four characters or more with it. One record per target; the first is kept.
    Only the opening counts: a long plan may state one figure in two chapters on purpose. The
    record kept takes 力争 and 左右 from a restatement that says them; a distinctive amount the body
    states of the same thing in other words (`_distinctive`) is one target too, named as the body
    names it."""
    if target.value is None:
        return False
    key = (target.value, target.value_max, _money_scale(target.unit), target.deadline)
    metric, node = _core(target.metric), target.location.node
    place = places.get(node)
    for first in seen.get(key, ()):
        if place and places.get(first.location.node, place) != place:
            continue  # 沈阳's 社会消费品零售总额增长8% after 长春's: a roundup's second government
        if first.span == target.span and first.location.node == node and not _repeats(first.text):
            continue  # 新开工15个小区、完工15个小区: one clause, two figures
        same = _same_target(target, metric, node, first)
        if not same and first.location.node != node and _distinctive(target, first):
            first.metric = target.metric  # a headline's words for it, the body's in full
            same = True
        if same:
            first.aspiration = first.aspiration or target.aspiration  # 力争 said once of the two
            if first.comparator == ">=" and target.comparator == "~":
                first.comparator = target.comparator  # a headline's 5%, the body's 5%左右
            if first.unit in MONEY_SCALES and target.unit == f"{first.unit}元":
                first.unit = target.unit  # a headline's 2500亿, the body's 2500亿元
            if "GDP" in first.metric and ("生产总值" in target.metric or "GDP" in target.metric):
                # a headline's GDP, named in full by the body (北京GDP增速今年定 over GDP增长)
                first.metric = target.metric
            return True
    if in_opening:
        seen.setdefault(key, []).append(target)
    return False


def _distinctive(target: Target, first: Target) -> bool:
    """38.77万套, 1454公顷: an amount (not a rate) of three significant digits or more, which a
    headline and its body share by no chance, when the body's words for it share two characters
    with the headline's, not a generic pair (湖南将建38.77万套保障房 / …改造住房38.77万套: 保障; not
    新建农村公路125公里 / 新建城市道路125公里, nor 城镇就业 / 农村劳动力转移就业)."""
    if not target.unit or target.unit in _RATE_UNITS or target.value_max is not None:
        return False
    digits = f"{target.value:f}".replace(".", "").strip("0")
    thing = _core(first.metric)
    pairs = {thing[i : i + 2] for i in range(len(thing) - 1)} - _GENERIC_PAIRS
    return len(digits) >= _DISTINCT_DIGITS and any(p in target.metric for p in pairs)


# two characters a headline and its body may share of two different things
_GENERIC_PAIRS = frozenset(
    re.findall(
        r"\S+",
        "就业 投资 面积 人口 收入 产值 总量 增长 项目 建设 新建 新增 工程 公里 改造 完成 开工 全年 今年 实现",
    )
)


_DISTINCT_DIGITS = 3


def _money_scale(unit: str | None) -> str | None:
    """亿元 and a headline's bare 亿 as one unit (GDP预破2500亿 / 生产总值预计突破2500亿元)."""
    return unit[:-1] if unit and unit.endswith("元") and unit[:-1] in MONEY_SCALES else unit


def under_headings(
    stated: list[Target],
    path: tuple[str, ...],
    by_heading: dict[tuple[str, ...], list[Target]],
    heading: bool,
) -> list[Target]:
    """A paragraph's or a heading's targets less those the headings above it state
    (（十）新增6个社区“宝宝屋” over 新增6个社区“宝宝屋”。, 一、新增学位2.7万个。 over （一）新增学位2.7万个:
    one target); a heading's targets are kept in `by_heading` under its outline path."""
    above = [t for n in range(1, len(path)) for t in by_heading.get(path[:n], ())]
    if heading:
        by_heading[path] = stated
    return [t for t in stated if not _restates_heading(t, above)]


def _restates_heading(target: Target, heading: list[Target]) -> bool:
    """A paragraph's target that its item heading states (the same value, unit and deadline, a
    metric of the one inside the other's): a report's item restated in its body."""
    if target.value is None:
        return False
    key = (target.value, target.value_max, target.unit, target.deadline)
    metric = _core(target.metric)
    return any(
        key == (h.value, h.value_max, h.unit, h.deadline)
        and _same_target(target, metric, target.location.node, h)
        for h in heading
    )


def _core(metric: str) -> str:
    """A metric's words as restatements share them (湖南GDP目标增长 / 地区生产总值增长)."""
    # (今年GDP预增8.3%, 北京GDP增速今年定5% over 地区生产总值增长…: a headline's growth)
    core = _NOT_NAMING.sub("", metric).replace("GDP", "地区生产总值")
    return core.replace("预增", "增长").replace("增速", "增长")


_FIGURES = re.compile(r"\d+(?:\.\d+)?[万亿]?美?元?")


_REPEATED_RUN = 8  # characters a headline run into its body repeats


def _repeats(text: str) -> bool:
    """新增公交线路38条福建上半年新增公交线路38条: a clause that says one thing twice (a headline glued
    to the body that restates it)."""
    run = _REPEATED_RUN
    return any(text.find(text[i : i + run], i + 1) >= 0 for i in range(len(text) - run))


def _same_target(target: Target, metric: str, node: str, first: Target) -> bool:
    """Whether `target` (its metric's core `metric`, in paragraph `node`) restates `first`."""
    other, where = _core(first.metric), first.location.node
    short, long = sorted((metric, other), key=len)
    named = len(short) >= _MIN_RESTATED or (short.isascii() and short.isalpha())  # GDP
    if (named and short in long) or metric == other:
        return True  # 学校 / 学校: a headline printed twice (标题: … [打印本页], 标题: …)
    if len(short) >= _MIN_HEAD_NOUN and long.endswith(short) and is_count(target.unit or ""):
        return True  # 电动汽车充电站 / 充电站: the headline's noun, its head the body's
    if len(short) >= 2 and long.endswith(short) and target.unit and target.unit not in _RATE_UNITS:
        return True  # 苹果产业产值达170亿元 / 产值达到170亿元: the body's measure, its subject said
    # 新(改、扩)建农村公路 / 小康路及农村公路提等升级改造256.1公里 in a later paragraph: one
    # noun phrase in both (not 城镇居民人均可支配收入和农村居民人均纯收入均增长10%, one sentence)
    if where == node or not target.unit:
        return False
    figures, others = set(_FIGURES.findall(metric)), set(_FIGURES.findall(other))
    if figures and others and not figures & others:
        return False  # 总投资超10亿元的内资产业项目500个 / 总投资超1亿美元项目500个: two classes
    if target.unit in _RATE_UNITS:
        # 地区生产总值增长5% / 进出口总值增长5%: rates coincide, unless the page's opening and its body
        # name one thing (村庄生活垃圾得到处理 / 村庄的生活垃圾得到有效处理; not 城镇/农村居民人均可支配
        # 收入增长8%, 规模以上工业增加值/企业利润增长10%: two things)
        return "." not in node and _one_rate(metric, other)
    shared = SequenceMatcher(None, metric, other, autojunk=False).find_longest_match()
    return shared.size >= _MIN_RESTATED


_FILLER = re.compile(r"有效|全面|基本|目标$")


def _one_rate(metric: str, other: str) -> bool:
    """Two rates' metrics name one thing: the one's words, less filler (有效, 全面, 基本), inside the
    other's; or both open on the same place or thing and end on the same phrase of six characters
    or more (雄安新区2020年城市生活污水处理率 / 雄安新区及白洋淀流域城市生活污水处理率)."""
    a, b = _FILLER.sub("", metric), _FILLER.sub("", other)
    short, long = sorted((a, b), key=len)
    if len(short) >= _MIN_RATE_RESTATED and short in long:
        return True
    if a[:2] != b[:2]:
        return False
    shared = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return (
        shared.size >= _MIN_RATE_RESTATED
        and shared.a + shared.size == len(a)
        and (shared.b + shared.size == len(b))
    )


# 提出上述预期目标，综合考虑了…。经济增长预期目标为5%左右，…: the reasons for the targets above
# 确定经济增长4.5%的预期目标，主要是兼顾…: the same, naming the target again
_EXPLAINS_ABOVE = re.compile(
    r"\s*(?:(?:提出|确定|设定|制定)?上述|(?:提出|确定|设定|制定)[^，。；]{1,20}的)(?:主要)?(?:预期|发展)?目标"
)


def new_targets(
    text: str,
    stated: list[Target],
    found: list[Target],
    seen: dict[tuple, list[Target]],
    in_opening: bool,
    places: dict[str, str],
) -> list[Target]:
    """A paragraph's targets less those it restates: the opening's (`_restated`), and, in a
    paragraph that explains the targets above, any with the value, range, unit and deadline of
    one found before. One record per target."""
    if _EXPLAINS_ABOVE.match(text):
        before = {(t.value, t.value_max, t.unit, t.deadline) for t in found}
        stated = [t for t in stated if (t.value, t.value_max, t.unit, t.deadline) not in before]
    speaker = _SPEAKER.search(text)
    if speaker and stated:
        places[stated[0].location.node] = speaker.group(1).lstrip("在于")
    return [t for t in stated if not _restated(t, seen, in_opening, places)]


# 在长春市第十六届人民代表大会…上,长春市市长…: the government whose report a paragraph of a roundup
# quotes
_SPEAKER = re.compile(
    r"([\u4e00-\u9fff]{2,4}[省市县区州])(?:市长|省长|县长|区长|州长|人民政府"
    r"|第[一二三四五六七八九十]{1,3}届人民代表大会)"
)


_MIN_HEAD_NOUN = 3  # characters of a counted noun a body restates as the end of the headline's


_RATE_UNITS = frozenset(("%", "‰", "个百分点", "倍"))


_MIN_RESTATED = 4  # 农村公路: a shorter metric (投资, 增长) names too little to be the same target
_MIN_RATE_RESTATED = 6  # 村庄生活垃圾: a rate's shared phrase, long enough not to be chance
