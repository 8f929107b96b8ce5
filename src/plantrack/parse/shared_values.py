"""One value shared by the metrics a list names: 工业投资、民间投资年均增长6%左右 (each item),
A、B分别增长20%左右 (分别 before one value), 宫颈癌、乳腺癌各完成筛查8.1万人 (各), and the items of a
list that lend each other a noun, a comparator or a subject (新建12万亩、改造提升9万亩高标准农田)."""

from __future__ import annotations

import re
from itertools import pairwise

from plantrack.parse import target_words as vocab
from plantrack.parse.found import Found, Scan
from plantrack.parse.listed_metrics import heads_of_shared_noun, parallel_metrics
from plantrack.parse.phrases import split_list
from plantrack.parse.quantity import Quantity


def share_value(scan: Scan, f: Found) -> None:
    """工业投资、民间投资年均增长6%左右 / A率和B率均达到40%: one value for each listed metric.

    Split only when every item ends like an indicator (率, 投资, 收入 …): 高新技术、科技型中小企业
    数量 stays one target; or when 均/都 after the list says each item has the value
    (棉花、油料、糖料产量均稳定在…: 棉花产量, 油料产量, 糖料产量)."""
    window = scan.text[max(0, f.pos - _EACH_WINDOW) : f.pos]
    counted = _COUNTED_INDICATORS.search(f.subject)
    if counted and "分别" in window[-8:]:  # A、B、C等三项主要指标分别保持20%以上的增长速度
        items = split_list(f.subject[: counted.start()])
        if len(items) > 1:
            _copy_for_each(scan, f, [item + counted.group("measure") for item in items])
            return
    told = (
        _EACH_RE.search(window[window.rfind(f.subject) + len(f.subject) :])
        if f.subject and f.subject in window
        else None
    )
    each = told is not None and not told.group(0).endswith("分别")
    subject = f.subject
    if told is not None and not each:
        _share_respectively(scan, f)
        return
    pair = _VERB_PAIR_EACH.search(window) if subject.endswith("各") else None
    if pair:  # 开工和投产新能源项目各1600万千瓦: each work on the things
        copies = _copy_for_each(
            scan, f, [pair.group(1) + pair.group(3), pair.group(2) + pair.group(3)]
        )
        for g, work in zip(copies, pair.group(1, 2), strict=True):
            g.kind = "increment" if work in vocab.INCREMENT_VERBS else g.kind
        return
    listed = _LIST_EACH_WORK.match(subject)
    if listed:  # 宫颈癌、乳腺癌各完成筛查8.1万人: each item, the work after 各 done on it
        items = re.split(r"[、和及与]", listed.group(1))
        _copy_for_each(scan, f, [item + listed.group(2) for item in items])
        return
    if subject.endswith("各") and ("、" in subject or "和" in subject):
        # 稻谷、玉米、马铃薯示范基地各10万亩, 城镇新增就业和转移农业劳动力各4500万人: each item
        subject, each = subject[:-1], True
        parts = parallel_metrics(subject, each) or heads_of_shared_noun(subject)
    else:
        parts = parallel_metrics(subject, each)
    if parts is None:
        return
    _copy_for_each(scan, f, parts, _verb_after(f))


def _share_respectively(scan: Scan, f: Found) -> None:
    """进出口总额、实际利用外资、引进外省到位资金分别增长20%左右: 分别 before one value gives it to each
    listed indicator — items that end like one (二氧化硫、氮氧化物排放总量分别下降…), or whole names
    of four characters or more; not a bracketed list (…居民和0-36个月儿童)…管理率) nor short
    heads of a shared rate (传染病、突发公共卫生事件报告率)."""
    subject = f.subject
    if any(ch in subject for ch in "(（"):
        return
    parts = parallel_metrics(subject, False)
    if parts is None and "城乡居民" in subject and "、" not in subject:
        parts = urban_and_rural(subject)  # 城乡居民人均可支配收入分别增长7.5%左右
    elif parts is None and "、" in subject:
        items = [p.strip() for p in split_list(subject)]
        parts = items if len(items) > 1 and all(len(p) >= 4 for p in items) else None
    if parts is not None:
        _copy_for_each(scan, f, parts, _verb_after(f))


def _verb_after(f: Found) -> str:
    """The words of `f`'s metric after its subject (增长 of 进出口总额增长)."""
    return f.metric[len(f.subject) :] if f.metric.startswith(f.subject) else ""


def urban_and_rural(metric: str) -> list[str]:
    """城乡居民人均可支配收入 -> 城镇居民…, 农村居民…: the two a 分别 after 城乡 gives."""
    return [metric.replace("城乡", "城镇", 1), metric.replace("城乡", "农村", 1)]


def _copy_for_each(scan: Scan, f: Found, parts: list[str], verb: str = "") -> list[Found]:
    """One target of `f`'s value for each of `parts` (the metrics it is shared by), in its place;
    the copies."""
    at = scan.found.index(f)
    copies = []
    for part in parts:
        g = Found(f.pos, f.span, part + verb, f.value, f.unit, f.comparator, f.kind, subject=part)
        g.value_max, g.baseline, g.baseline_year = f.value_max, f.baseline, f.baseline_year
        copies.append(g)
    scan.found[at : at + 1] = copies
    scan.ex.add(scan.text, f.pos, f.pos + 1, True, f"one value for {len(parts)} listed metrics")
    return copies


_WORKS = "新开工|开工|新建|改建|扩建|改造|建成|建设|投产|竣工|实施|培育|引进"
# 开工和投产新能源项目各1600万千瓦, 新建、改造农村公路各500公里: two works, each of the value
_VERB_PAIR_EACH = re.compile(rf"({_WORKS})[和、及与]({_WORKS})([\u4e00-\u9fff]{{2,12}}?)各$")
# 宫颈癌、乳腺癌各完成筛查: a list, 各, then the work done on each
_LIST_EACH_WORK = re.compile(
    r"^((?:(?![和及与])[\u4e00-\u9fff]){1,12}(?:[、和及与](?:(?![和及与])[\u4e00-\u9fff]){1,12}){1,8})各"
    r"((?:完成|实施|开展|新建|建成|建设|改造|培育|引进|新增|培训|救助)[\u4e00-\u9fff]{0,6})$"
)
# 工业增加值、主营业务收入、利税总额等三项主要指标: the list, then its count and what it is
_COUNTED_INDICATORS = re.compile(
    r"(?<=[\u4e00-\u9fff])等[二三四五六七八九两\d]项(?:主要)?(?:经济)?指标(?P<measure>[^、，。；]*)$"
)
_EACH_RE = re.compile(
    r"^[^，。；、\d]{0,2}(?:(?<![年平人户])[均都](?!衡|匀|等|值)|分别)"
)  # 均稳定在, 都达到, and 分别 before a single value: each listed item
_EACH_WINDOW = 60


def share_last_noun(items: list[tuple[Quantity, Found]]) -> None:
    """新建12万亩、改造提升9万亩高标准农田: a value after a bare verb counts the noun that the
    next value names."""
    for (_, f), (_, g) in reversed(list(pairwise(items))):
        if f.metric in vocab.LIST_VERBS and g.subject and g.subject not in vocab.LIST_VERBS:
            f.metric = f.subject = f.metric + g.subject


def share_subject_of_a_second_measure(items: list[tuple[Quantity, Found]]) -> None:
    """贫困人口脱贫计划任务数70万人、奋斗目标数100万人: a second figure of the same subject, named by
    its measure only (目标数, 任务数, 目标值), takes the subject the first names before its own."""
    for (_, f), (_, g) in pairwise(items):
        head = _MEASURE_ONLY.fullmatch(g.metric)
        own = _MEASURE_ONLY.search(f.metric)
        if head and own and own.start() > 0 and own.end() == len(f.metric):
            g.metric = g.subject = f.metric[: own.start()] + g.metric


# a figure's name that says only which of a subject's figures it is: 计划任务数, 奋斗目标数, 目标值
_MEASURE_ONLY = re.compile(r"(?:计划|奋斗|预期|考核|约束)?(?:任务|目标)(?:数|值)")


def share_last_comparator(items: list[tuple[Quantity, Found]]) -> None:
    """概念验证中心30个、中试平台30个以上: 以上 after the last value applies to the bare ones;
    左右 does not (铁路投资7320亿元、公路水运投资1.8万亿元左右: the one before is exact)."""
    if len(items) > 1 and items[-1][0].comparator not in (None, "~"):
        for q, f in items[:-1]:
            if q.comparator is None and f.comparator == ">=":
                f.comparator = items[-1][0].comparator
