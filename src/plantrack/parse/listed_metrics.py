"""How a list of subjects shares one value: the metric of each item when the measure, the
shared noun or the place is written once after the last (森林覆盖率、建成区绿地率 -> both;
稻谷、玉米、马铃薯示范基地 -> each 示范基地; 甲市、乙市城市绿色出行比例 -> each city's); and the metrics a
分别 list pairs with when they are written before it (`metrics_of_list`)."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.phrases import split_list, strip_lead

# 示范基地, 产业园, 合作社: the noun a list of short heads shares, written once after the last
_SHARED_NOUN = re.compile(r"示范|基地|产业|园区|项目|工程|中心|企业|合作社|种植|养殖|生产|基础设施")


def heads_of_shared_noun(subject: str) -> list[str] | None:
    """稻谷、玉米、马铃薯示范基地 -> 稻谷示范基地, 玉米示范基地, 马铃薯示范基地: short heads, the
    last carrying the noun they share."""
    parts = [p.strip() for p in split_list(subject)]
    if len(parts) < 2 or any(not 2 <= len(p) <= 6 for p in parts[:-1]):
        return None
    shared = _SHARED_NOUN.search(parts[-1], 2)
    sizes = {len(p) for p in parts[:-1]}
    if shared is not None:
        noun = parts[-1][shared.start() :]
    elif len(sizes) == 1 and len(parts[-1]) > min(sizes) + 1:
        noun = parts[-1][min(sizes) :]  # 城东、城西污水处理厂: heads of one length
    else:
        return None
    return [p + noun for p in parts[:-1]] + [parts[-1]]


_ITEM_MEASURE_RE = re.compile(r"(?:[产总销存]量|[产总]值|总额|数量|规模|面积|占比|比重)$")


# a rate of a kind the items of a list share (…和…资源化利用率, …、…安全利用率)
_SHARED_RATE_RE = re.compile(r"(?:资源化|综合|安全|无害化)(?:利用率|处理率|处置率|回收率)$")


def _bare_item(part: str) -> bool:
    """An item of a list that names a thing, no measure of its own (畜禽粪污, not …利用率)."""
    return len(part) >= 2 and not vocab.MEASURE_END_RE.search(part)


# the pollutants a plan caps by name; a list of them shares the measure its last item states
_POLLUTANTS = frozenset(
    [
        "化学需氧量",
        "氨氮",
        "二氧化硫",
        "氮氧化物",
        "挥发性有机物",
        "总磷",
        "总氮",
        "烟粉尘",
        "颗粒物",
        "重点重金属",
    ]
)
# 山西省二氧化硫: a pollutant, the place whose emissions it is before it
_SCOPE = re.compile(rf"(?:{vocab.AIMING_PLACE}|全[省市县区国])")


def _pollutant(part: str) -> bool:
    """二氧化硫, 山西省二氧化硫: a pollutant a plan caps by name, a scope before it or not."""
    if part in _POLLUTANTS:
        return True
    return any(part.endswith(name) and _SCOPE.fullmatch(part[: -len(name)]) for name in _POLLUTANTS)


_POLLUTION_MEASURE = re.compile(r"(?:排放总量|排放量|重点工程减排量|减排量|排放)(?:下降|减少)?$")


# 贵阳市、遵义市城市绿色出行比例: places listed before the measure the last one states
_PLACE = re.compile(
    r"^(?![^，]*[一二三四五六七八九十两几]个)[\u4e00-\u9fff]{1,8}(?<![社园小景片街城])[省市县区州盟旗]$"
)
_ADMIN_CHAR = re.compile(r"[省市县区州盟旗]")
# a rate, a share, a level per head or per area: what two places cannot have together
_RATE_END = re.compile(r"(?:率|比例|比重|占比|指数|浓度|密度|强度)$")


def _places_sharing(parts: list[str]) -> list[str] | None:
    """甲市、乙市城市绿色出行比例 -> 甲市城市绿色出行比例, 乙市城市绿色出行比例: each place has the
    rate written once after the last; None unless every item is a place and the measure is a
    rate or a share. The last place ends as the one before it does (市 … 市), else at
    its first place-ending word."""
    if not all(_PLACE.match(p) for p in parts[:-1]):
        return None
    end = parts[-1].find(parts[-2][-1], 1) + 1
    if not end and (admin := _ADMIN_CHAR.search(parts[-1], 1)):
        end = admin.end()  # 甲市、乙县: the first place-ending word
    measure = parts[-1][end:]
    if not end or not _PLACE.match(parts[-1][:end]) or not _RATE_END.search(measure):
        return None  # 甲区、乙区充电桩数量达到1000个 may be the two together
    return [p + measure for p in parts[:-1]] + [parts[-1]]


_RATIO_OF_TWO = re.compile(r"与.*(?:比例|比值|之比|比|差距|差)$")


def parallel_metrics(subject: str, each: bool = False) -> list[str] | None:
    """森林覆盖率、建成区绿地率 -> both; 财政总收入和地方财政收入 -> both; else None.

    `each`: 均/都 follows the list, so items need not end like an indicator (A、B产量均…)."""
    short = 2 if each else 3
    if "、" in subject:
        parts = split_list(subject)
    elif "和" in subject:
        parts = subject.split("和")
    elif _RATIO_OF_TWO.search(subject):
        return None  # 城市居民收入与农民人均纯收入的比例: one ratio of the two
    else:
        parts = subject.split("与")  # 用水普及率与供水水质综合合格率: 与 joins as 和 does
    parts = [p.strip() for p in parts]
    if len(parts) < 2 or (("、" not in subject) and len(parts) != 2):
        return None
    shared = vocab.SHARED_MEASURE_RE.search(parts[-1])
    if shared and not any(vocab.SHARED_MEASURE_RE.search(p) for p in parts[:-1]):
        # 文旅产业增加值和旅游总收入年均增速: the growth rate of each
        bare = [*parts[:-1], parts[-1][: shared.start()]]
        if all(len(p) >= short and (each or vocab.MEASURE_END_RE.search(p)) for p in bare):
            return [p + shared.group(0) for p in bare]
        return None
    places = _places_sharing(parts)
    if places:
        return places
    emitted = _POLLUTION_MEASURE.search(parts[-1])
    if emitted and all(_pollutant(p) for p in [*parts[:-1], parts[-1][: emitted.start()]]):
        # 二氧化硫、氮氧化物排放量下降3%: each pollutant's emissions
        return [p + emitted.group(0) for p in parts[:-1]] + [parts[-1]]
    rate = _SHARED_RATE_RE.search(parts[-1])
    if rate and rate.start() >= 2 and all(_bare_item(p) for p in parts[:-1]):
        # 畜禽粪污和秸秆资源化利用率: each item's rate of the same kind
        return [p + rate.group(0) for p in parts[:-1]] + [parts[-1]]
    measure = _ITEM_MEASURE_RE.search(parts[-1])
    if each and measure and not any(vocab.MEASURE_END_RE.search(p) for p in parts[:-1]):
        # 棉花、油料、糖料产量均… / 电机、风机、泵占比均…: the last item's measure is each item's
        if all(len(p) >= 1 for p in parts[:-1]) and measure.start() >= 2:
            return [p + measure.group(0) for p in parts[:-1]] + [parts[-1]]
        return None
    if all(len(p) >= 3 and vocab.MEASURE_END_RE.search(p) for p in parts):
        return parts
    if each and all(len(p) >= 3 for p in parts):
        return parts  # 游客人次、旅游花费均增长…: 均 gives each listed noun the value
    return None


# 在固定资产投资、社会消费品零售总额、进出口方面，分别保持增长20%、13%和14%: the aspects a
# 分别 list counts, named in the clause before
_ASPECTS = re.compile(r"(?:^|[。；;：:\n])在([^，。；,;：:\n\d]{2,80}?)(?:等)?方面[，,]$")


def _aspects_before(text: str, c0: int, count: int) -> str:
    """The 、 list of the clause before `c0` when it names `count` aspects (在A、B、C方面，), or ""."""
    m = _ASPECTS.search(text[max(0, c0 - 90) : c0])
    if m and len(split_list(m.group(1))) == count:
        return m.group(1)
    return ""


# 蔬菜、水果等: the things a clause lists before 等
_THINGS_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+)等")


def _things_listed_before(text: str, c0: int, count: int) -> list[str]:
    """The `count` things the clause just before `c0` lists before 等, or []."""
    if c0 == 0 or text[c0 - 1] not in "，,":
        return []  # the clause before is in the same sentence only
    start = max(text.rfind(mark, 0, c0 - 1) for mark in "，,；;。")
    m = _THINGS_BEFORE.search(text, start + 1, c0)
    things = split_list(m.group(1)) if m else []
    if things:  # 推进蔬菜、水果等…: the verb before the first thing is no part of it
        things[0] = _LEAD_VERB.sub("", strip_lead(things[0])[0]) or things[0]
    return things if len(things) == count else []


# 大力发展, 推进, 稳定: the work a clause does on the things it lists
_LEAD_VERB = re.compile(
    r"^(?:大力|积极)?(?:发展|推进|推动|加快|培育|做强|做大|壮大|扩大|稳定|保障|提升)"
)


_BARE_MEASURE = re.compile(r"总?[产总销存]量|总?[产总]值|总额|规模")


def _items_of(subjects: list[str]) -> list[str]:
    """肉牛出栏, 肉羊出栏 -> 肉牛, 肉羊: the subjects without the measure they all end with (if
    what they share is a measure)."""
    shortest = min(map(len, subjects))
    n = 0
    while n + 1 < shortest and len({s[-1 - n] for s in subjects}) == 1:
        n += 1
    if not n or not vocab.MEASURE_END_RE.search(subjects[0][-n:]):
        return subjects  # 高新技术企业和科技型企业…，总量分别…: the things themselves
    return [s[: len(s) - n] for s in subjects]


def metrics_of_list(text: str, c0: int, metric: str, count: int, subjects: list[str]) -> str:
    """The metrics a 分别 list of `count` values pairs with: those before 分别, or, when none or
    only a bare measure is written there, those of the clause before."""
    bare = _BARE_MEASURE.fullmatch(metric) is not None
    if not metric and len(subjects) == count:
        return "、".join(subjects)
    if bare and len(subjects) == count:
        # 肉牛、肉羊出栏分别达到…，产量分别达到…: the items of the list before, each's 产量
        return "、".join(i + metric for i in _items_of(subjects))
    if bare and (things := _things_listed_before(text, c0, count)):
        # 蔬菜、水果等产品供应稳定增加，总产量分别达到…: each listed thing's 总产量
        return "、".join(i + metric for i in things)
    return metric or _aspects_before(text, c0, count)
