"""The rules that read a share (`%`) as the share of something: places covered, a state
achieved, units, an area, a place's part of a total (`parse.rules` runs them in its order)."""

from __future__ import annotations

import re

from plantrack.model import Target
from plantrack.parse import target_words as vocab
from plantrack.parse.found import total_before
from plantrack.parse.phrases import MAX_METRIC, drop_next_share, strip_trail
from plantrack.parse.reading import ClauseRun, Reading

# 农户治理实现100%覆盖: the share covered is the value; 覆盖 names no other measure
COVERAGE = frozenset(("覆盖", "全覆盖"))

_EACH_PLACE = re.compile(r"^各(?:县|区|市|乡镇|镇|街道|地)[^，。；\d]{0,8}$")


def rule_share_covered(r: Reading, run: ClauseRun) -> str | None:
    """5G网络覆盖95%行政村, 优质公办幼儿园覆盖92%乡镇: the share of the places covered."""
    if r.q.unit != "%" or r.settled or not r.pre.endswith("覆盖"):
        return None
    places = _COVERED_PLACES.match(r.after)
    if places:
        r.metric = f"{strip_trail(r.pre[:-2])}覆盖{places.group(0).removeprefix('的')}比例"
        r.post_metric = r.settled = True
    return None


_COVERED_PLACES = re.compile(r"^[\u4e00-\u9fff（）()、]{1,10}(?=[，。；]|$)")


def rule_share_achieved(r: Reading, run: ClauseRun) -> str | None:
    """城市建成区实现100%清洁取暖: 实现 + a share + what is achieved, to the clause's end."""
    if r.q.unit != "%" or r.settled or r.head.verb != "实现":
        return None
    state = _ACHIEVED.match(r.after)
    if state and state.group(0) not in COVERAGE:
        r.metric = f"{r.metric}{state.group(0)}比例"
        r.post_metric = r.settled = True
    return None


_ACHIEVED = re.compile(r"^(?!的)[\u4e00-\u9fff]{2,8}(?=[，。；]|$)")


def rule_share_of_units(r: Reading, run: ClauseRun) -> str | None:
    """力争90%以上的村生活垃圾得到治理: a share of units; the metric follows the number."""
    scope = _EACH_PLACE.match(r.metric)  # 各县(区)不少于15%的幼儿园…: a scope, not a subject
    if r.q.unit != "%" or (r.metric and r.head.verb is not None and not scope):
        return None  # 成华区50%的城市社区建成…: without a verb, what stands before is a scope
    if vocab.SHARE_OF_UNITS_RE.match(r.after):
        r.metric = strip_trail(drop_next_share(r.after.split("的", 1)[1])[:MAX_METRIC])
        r.post_metric = r.settled = True
    return None


# 不低于70%按照“标准地”制度供地, 不少于80%实现数字化改造: what the share of the subject does
_SHARE_DOES = re.compile(
    r"^(?:按照|实现|完成|开展|实行|实施|采用|设置|配备|具备|接受|参加|纳入|通过|提供)[^，。；]{1,24}$|^(?:达标|覆盖)$"
)
_SHARE_BOUNDS = frozenset(("不低于", "不少于", "至少"))


def rule_share_doing(r: Reading, run: ClauseRun) -> str | None:
    """开发区新增工业用地不低于70%按照“标准地”制度供地: a subject, a bound on a share of it, then
    what that share does; the metric is the subject, what it does, then 比例."""
    bound = r.head.verb in _SHARE_BOUNDS
    every = (
        r.head.verb is None
        and r.q.value == 100
        and (r.pre.startswith("为") or r.after.startswith(("达标", "覆盖")))
    )  # (水源水质100%达标: all of it meets the standard)
    if r.q.unit != "%" or r.settled or not (bound or every) or not r.metric:
        return None  # (为随迁子女100%提供公办学位: every one of them, served)
    does = _SHARE_DOES.match(r.after.rstrip("。；，"))
    if does:
        r.metric, r.post_metric, r.settled = f"{r.metric}{does.group(0)}比例", True, True
    return None


_AREA_SCOPE_LEAD = re.compile(r"^(?:全[省市区县镇乡]|[到至]?20\d\d年[底末]?[，,]?|力争|争取|确保)+")
_AREA_STATE_RE = re.compile(r"^(?:的)?((?:达到|达标|满足|实现)[^，。；、]{2,24})$")


def rule_share_of_area(r: Reading, run: ClauseRun) -> str | None:
    """全区面积80%以上达到海绵城市建设要求, 全市城镇25%面积达到…排水能力: a share of the area
    that reaches a state; the metric is the area's scope, the state, then 面积."""
    if r.q.unit != "%" or r.head.verb is not None or r.settled:
        return None
    after = r.after.removeprefix("面积")
    if after == r.after and not r.pre.endswith("面积"):
        return None
    m = _AREA_STATE_RE.match(after)
    if not m:
        return None
    scope = _AREA_SCOPE_LEAD.sub("", r.pre).removesuffix("面积")
    r.metric, r.post_metric, r.settled = f"{scope}{m.group(1)}面积", True, True
    return None


# 南宁市, 山西, 内蒙古东部地区, 中南地区: a place (a province may be named without 省)
_PLACE_NAME_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}?(?:市|县|区|州|盟|旗|镇|乡|街道|新区|开发区|地区)"
    rf"|(?:{'|'.join(vocab.PROVINCES)})(?:省|市|自治区)?)$"
)


# 水电, 火电, 国家级: a class of the total's things (2–4 characters, no measure of its own)
_CLASS_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_OWN_MEASURE = re.compile(
    r"(?:面积|产量|规模|率|投资|收入|总额|数|量|值|比重|里程|长度|能力|装机|人次|任务|资金|产值|指数|项目)$"
)


def _class_of_total(r: Reading, unit: str | None, total: str) -> bool:
    """水电 after 其中, in the total's unit: a class of the total's things."""
    return (
        r.q.unit == unit
        and _CLASS_NAME_RE.match(r.metric) is not None
        and not _OWN_MEASURE.search(r.metric)
        and r.metric not in total
        and not r.metric.startswith("在")  # 在执行中: an aside, not a class
        and not any(ch.isdigit() for ch in total)  # 2021-2025年全市规划加油站: a heading's words
    )


def rule_share_of_place(r: Reading, run: ClauseRun) -> str | None:
    """…农村危房改造任务4894户。其中，南宁市274户，柳州市369户: a place's share of the total the
    sentence before stated; 竣工投产发电装机1290万千瓦，其中水电320万千瓦: a class's share (水电竣工投产
    发电装机), in the total's unit."""
    total = run.state.total
    if not total and run.state.label and not r.post_metric and _PLACE_NAME_RE.match(r.metric):
        r.metric = r.metric + run.state.label  # 计划作业面积依次为：郭庄镇0.7万亩: each place's
        return None
    if not total or r.post_metric:
        return None
    if _PLACE_NAME_RE.match(r.metric) or _class_of_total(r, run.state.unit, total):
        r.metric = r.metric + total
    elif _builds_the_totals_things(r, run.state.unit, total):
        r.metric = r.metric + total  # 建成1005座超充站，其中，两群地区建成40座
    return None


def _builds_the_totals_things(r: Reading, unit: str | None, total: str) -> bool:
    """两群地区建成 after 其中, in the total's unit: the place builds the total's things."""
    done = _PLACE_THEN_VERB.match(r.metric)
    return (
        done is not None
        and _PLACE_NAME_RE.match(done.group(1)) is not None
        and r.q.unit == unit
        and done.group(2) not in total
    )


# 两群地区建成, 中心城区新建: a place and the verb its share of the total is done by
_PLACE_THEN_VERB = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?)(建成|新建|建设|完成|开工|改造|培育|新增)$"
)


# “九五”国民生产总值以8%的速度增长: a growth rate written as the speed the indicator grows at
_AT_A_SPEED_BEFORE = re.compile(r"以(?:年均|每年|平均每年)?$")
_AT_A_SPEED_AFTER = re.compile(r"^的(?:速度|速率|幅度)(?P<verb>递增|增长|发展|提高|下降|降低)")


def rule_rate_at_a_speed(r: Reading, run: ClauseRun) -> str | None:
    """国民生产总值以8%的速度增长 -> 国民生产总值增长 8%, a rate over each year of the period."""
    if r.q.unit != "%" or r.settled or r.head.verb is not None:
        return None
    before, after = _AT_A_SPEED_BEFORE.search(r.pre), _AT_A_SPEED_AFTER.match(r.after)
    if before is None or after is None:
        return None
    subject = strip_trail(r.pre[: before.start()])[-MAX_METRIC:]
    r.metric = vocab.LEAD_RE.sub("", subject, count=1) + after.group("verb")
    r.kind = r.kind or "annual"
    r.post_metric = r.settled = True
    return None


# 其中：东台市2所、建湖县4所…: a paragraph that opens on the parts of the total before it
_PARTS_LEAD = re.compile(r"\s*其中[：:，,]")


def places_of_the_total_before(text: str, stated: list[Target], before: list[Target]) -> None:
    """Name each place's share in a paragraph that opens on 其中 by the total the paragraph before
    stated (建设幼儿园17所，…。/ 其中：东台市2所… → 东台市幼儿园), as `found.total_before` finds it (the
    sentence-level rule, `rule_share_of_place`, sees one paragraph)."""
    if not stated or not before or not _PARTS_LEAD.match(text):
        return
    total = total_before(before)
    unit = total.unit
    if stated[0].unit != unit:
        return
    for t in stated:
        if t.unit == unit and _PLACE_NAME_RE.match(t.metric) and total.metric not in t.metric:
            t.metric = t.metric + total.metric
