"""The named rules a quantity of a clause passes (`clause.read_clause` runs them in order).

Each rule takes a `Reading` (the quantity, the text before and after it, its head phrase and the
metric so far) and the `ClauseRun` (what the clause and the clause before carry); it refines the
reading or returns the reason the number is not a target (what `--explain` shows). Each
docstring is the rule's example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from plantrack.parse import target_words as vocab
from plantrack.parse.money import money_reason
from plantrack.parse.not_targets import programme_name, said_not_a_target
from plantrack.parse.numbers import COUNT_UNITS, WEAK_UNITS, Quantity
from plantrack.parse.phrases import (
    MAX_METRIC,
    Head,
    completion_after,
    elided,
    post_metric,
    read_head,
    split_list,
    strip_lead,
    strip_trail,
)


@dataclass(slots=True)
class ClauseState:
    """What a sentence carries from clause to clause."""

    kind: str | None = None
    subject: str = ""
    clause: str = ""
    unit: str | None = None  # the unit of the last target (a kind carries only to a like unit)
    comparator: str | None = None  # the comparator of the last target (折合9000美元)
    subjects: list[str] = field(default_factory=list)  # what the clause before found
    total: str = ""  # 其中，南宁市274户…: the subject of the total the sentence before stated
    label: str = ""  # 钢：从…增加到…: the words before a colon that opens the sentence


_OPEN_NOTE_TAIL = re.compile(r"^\s*[（(][^）)]*$")
_OPEN_NOTE = re.compile(r"[（(][^）)]*$")
# 农村公路90座三类桥梁加固维修, 不少于300个更新项目实施: the things counted, then the work done on
# them, ending the clause (a 民生实事 list's way of writing 完成90座…桥梁加固维修)
_WORK_ON_THEM = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,16}?(?:加固维修|维修加固|改造|维修|修缮|整治|改扩建|新建|实施|建设|治理)$"
)


# 80%以上钢铁产能完成超低排放改造, 充电电量60%以上集中在低谷时段: a share of things that do
# something, the clause ending on what they do
_SHARE_DOING = re.compile(
    r"^的?([\u4e00-\u9fff（）()]{0,16}?(?:完成|实现|达到|集中在|具备|单独设置|采用)"
    r"[\u4e00-\u9fff（）()]{1,20})$"
)


# 配置一辆通信保障车, 增设一座消防站: one thing a work verb right before the numeral provides
_ONE_OF_A_KIND = re.compile(r"(?:配置|配备|增设|新建|建设|建成|改造|提升改造)$")


# 农户治理实现100%覆盖: the share covered is the value; 覆盖 names no other measure
_COVERAGE = frozenset(("覆盖", "全覆盖"))


_WORK_CHARS = re.compile(r"[修造缮治建施]")
_DONE_SO_FAR = re.compile(r"(?:已|累计)完成.*$")
_PROGRESS_AFTER = re.compile(r"已(?:经)?完成.*$")


def _work_on_them(after: str) -> str | None:
    """The things counted and the work on them when that is all the clause has left."""
    if not _WORK_CHARS.search(after):
        return None  # most clauses: no work verb at all (a fast gate: speed)
    rest = _OPEN_NOTE.sub("", vocab.BRACKET_NOTE_RE.sub("", after))  # …维修(其中:县道17座
    rest = _DONE_SO_FAR.sub("", rest)  # 15个农村幸福院建设已完成8个(53%): the progress after it
    m = _WORK_ON_THEM.match(rest.strip())
    return m.group(0) if m else None


# 2小时内到达…, 5分钟内到场: the time within which something arrives or is done is the target
_TIME_UNITS = frozenset(("分钟", "小时", "天", "日", "个工作日", "工作日"))
_WITHIN_DONE = re.compile(r"^(?:到达|抵达|赶到|到场|响应|送达|办结|处置完毕)[^，。；]*")


def _time_to_reach(q: Quantity, after: str) -> str | None:
    """What must be reached within the time `q` (2小时内到达灾害现场 → 到达灾害现场), or None."""
    if q.unit not in _TIME_UNITS or q.suffix not in ("内", "以内"):
        return None
    m = _WITHIN_DONE.match(after)
    return m.group(0) if m else None


# 加强38个老旧小区消防水源建设, 支持20个…: a verb before the count makes it a scope
_SCOPE_VERB_END = ("加强", "推进", "支持", "深化", "强化", "完善", "提升", "加快", "扶持", "指导")


def _counted_work(q: Quantity, metric: str, after: str) -> str | None:
    """The work on the things a count names (90座…桥梁加固维修, 15个农村幸福院建设), when the
    count is of things (座, 个, 条 …, not 万亩 or 米) and no verb before it makes it a scope."""
    if q.chinese or metric.endswith(_SCOPE_VERB_END):
        return None
    if q.unit == "%":
        share = _SHARE_DOING.match(after) or _CAPABILITY.match(after)  # 80%以上钢铁产能完成…
        return share.group(1) if share else None
    if (q.unit or "").lstrip("万亿") not in COUNT_UNITS:
        return None
    return _work_on_them(after)


# 1697户。 right after 25个: a second count of the same thing, ending the clause (改造老旧小区
# 25个1697户; 每5公里1个 is a density)
_SECOND_COUNT = re.compile(r"^\d[\d.]*[万千]?[\u4e00-\u9fff]{1,2}(?=[，。；,;]|$)")


def _weak_unit(unit: str | None) -> bool:
    """No unit, %, or a unit too weak to name a count by itself (次, 项 …)."""
    return unit is None or unit == "%" or unit in WEAK_UNITS


# 需求侧具备3%左右的尖峰负荷响应能力: a share that sizes a capability is the capability's target
_CAPABILITY = re.compile(r"^的([\u4e00-\u9fff]{2,16}能力)$")


def reject(q: Quantity, head: Head, after: str, metric: str, chained: bool) -> str | None:
    """Why a quantity is not a target, or None."""
    if "完成" in after[:8] and completion_after(after, q.unit):
        after = ""  # 新增技能人才4000人 完成736人: the row's target ends where its progress starts
    # 下降2.5%(分管副省长、…负责, …): a note whose bracket the clause's end cuts open
    if after[:2].lstrip()[:1] in "（(":
        after = _OPEN_NOTE_TAIL.sub("", after)
    strong_context = head.verb is not None or q.suffix is not None
    if q.unit is None and head.verb is None:
        return "number without unit or verb"
    if q.unit in WEAK_UNITS and not (q.suffix or head.verb not in (None, "为")):
        return f"{q.unit} without a target verb or 以上/以内: a name or a duration"
    if q.unit == "岁" and q.suffix and head.verb in (None, "为"):
        return "an age that qualifies people (65岁以上老年人), not a target"
    at_end = not after.strip() and q.unit not in WEAK_UNITS
    if q.chinese and not (strong_context or head.lead_verb or chained or at_end):
        return "Chinese numeral without a target verb"
    one_thing = bool(_ONE_OF_A_KIND.search(head.verb_word or metric))
    if q.chinese and q.value == 1 and not strong_context and not one_thing:
        return "一 + measure word is not a count target"
    if after.startswith("的") and head.verb is None and not _CAPABILITY.match(after):
        return "modifies a noun (…的): not a target"
    if after[:1] in vocab.QUALIFIER_AFTER and not head.verb:
        return "a qualifier or name"
    if (
        head.verb is None
        and metric
        and vocab.BRACKET_NOTE_RE.sub("", after).strip()  # （以市级下达目标为准） is a note
        and not after.startswith(("、", "和", "用于"))
        and not (after.startswith("及") and not after.startswith(("及以", "及其以")))
        and not (_SECOND_COUNT.match(after) and not metric.endswith("每"))
        and not _counted_work(q, metric, after)
        and not (head.lead_verb and after.startswith(metric))  # 改建6家社区…: counts its noun
        and not (after.strip() == "安排" and metric.endswith("按"))  # 赤字率拟按3%安排
    ):
        return "number inside a phrase, no target verb"
    if (
        metric.endswith(vocab.ATTRIBUTE_ENDS)
        and head.verb is None
        and not head.lead_verb
        and not vocab.BUILDING_CLASS_AREA_RE.search(metric)
    ):
        return "a project attribute, not a target"
    rest = _rest_of_phrase(after, q.unit)
    if (
        rest.removeprefix("的") in vocab.NOT_A_METRIC
        or rest in _COVERAGE
        or (rest == "安排" and head.verb in _GROWTH_VERBS)
    ):
        rest = ""  # 迈上3万亿元台阶; 地区生产总值按增长5%安排: the growth the year is planned on
    if head.verb and rest and not rest.startswith(("、", "和", "及", "用于", "等")):
        return f"{head.verb} + number inside a longer phrase (…{rest[:6]})"
    if head.verb == "为" and not metric:
        return "为 + number without a subject"
    return None


_PLACES = re.compile(
    r"^的?(?:全国)?(?:县|地市|市县|城市|乡镇|区县|地级市|省份)(?:[（(][^）)]*[）)])?$"
)


def _rest_of_phrase(after: str, unit: str | None) -> str:
    """The words after a value that may make it part of a longer phrase, without a note (（折合8
    英寸）), 的水平 (达到10-15天的水平), the 级 of a size (达到万辆级规模以上) or the places a
    share or a count is of (试点范围扩大到23%的县, 扩大到1000个县: the value itself)."""
    rest = vocab.BRACKET_NOTE_RE.sub("", after).strip(" ）)”…⋯")
    rest = rest.removeprefix("的水平").removeprefix("水平")
    if rest.startswith("级规模"):
        rest = rest[1:].removesuffix("以上")
    if unit in ("%", "个") and _PLACES.match(rest):
        rest = ""
    return rest


@dataclass(slots=True)
class Reading:
    """One quantity of a clause on its way through the rules."""

    q: Quantity
    pre: str  # the text before it, from the clause (or the previous list value) on
    after: str  # the text after it, to the end of the clause (bounded)
    chained: bool  # it follows 、/和 after an earlier value of the same list
    head: Head = field(init=False)
    metric: str = ""
    kind: str | None = None
    post_metric: bool = False  # the metric is written after the number
    settled: bool = False  # a rule has read the metric from the words after the number
    comparator: str | None = None  # set by a rule (折合9000美元: the comparator before)

    def __post_init__(self) -> None:
        self.head = read_head(self.pre)
        self.metric = self.head.metric
        self.kind = self.head.kind


@dataclass(slots=True)
class ClauseRun:
    """What one clause carries from value to value."""

    clause: str
    state: ClauseState
    chain_kind: str | None = None
    last: str = ""  # the subject of the clause's last target (…、迈上3万亿元台阶)
    last_unit: str | None = None
    verb: str | None = None  # the verb of a number-noun list (保持2300万A和240万B)
    pending: tuple[float | None, int | None, str] | None = None  # 由45%提高到60%: 45, its year


Rule = Callable[[Reading, ClauseRun], str | None]


# （公交V2G示范项目: a part of the value before, named in full in brackets (its noun the same)
_NAMED_PART = re.compile(r"^[（(]([\u4e00-\u9fffA-Za-z0-9]{4,24})$")


def rule_bracketed_part(r: Reading, run: ClauseRun) -> str | None:
    """达到3.85人（其中中医类别0.62人）: a part of the value before, named in brackets."""
    m = vocab.BRACKET_PART_RE.search(r.pre) if run.last else None
    if m and r.after.lstrip()[:1] in "）)":
        part = strip_trail(m.group(1))
        # （其中城镇就业困难对象再就业0.25万人）: a part that says its own measure stands alone
        own = len(part) >= 4 and part[-2:] == run.last[-2:]
        r.metric, r.settled = (part if own else run.last + part), True
    named = _NAMED_PART.match(r.pre) if run.last and not m else None
    if named and named.group(1)[-2:] != run.last[-2:]:
        named = None
    scope = vocab.BRACKET_SCOPE_RE.match(r.pre) if run.last and not (m or named) else None
    if scope and r.after.lstrip()[:1] in "）)" and r.q.unit == run.last_unit:
        r.metric, r.settled = f"{run.last}（{scope.group(1)}）", True  # the same measure, a part
        return None
    if named and r.after.lstrip()[:1] in "）)" and r.q.unit == run.last_unit:
        r.metric, r.settled = named.group(1), True  # 示范项目45个（公交V2G示范项目23个）
    return None


_HEADING_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def rule_count_in_brackets(r: Reading, run: ClauseRun) -> str | None:
    """补建健身点(60个), 参与赛事活动人次(7.5万人次): a list item's count in brackets after its
    noun (not a part: 其中… is `rule_bracketed_part`'s)."""
    q = r.q
    if r.pre[-1:] not in ("(", "（") or r.settled or r.after.lstrip()[:1] not in "）)":
        return None
    if _weak_unit(q.unit) or _HEADING_MARK.match(r.pre):
        return None  # 一、促进就业(3项): a heading's count of its items
    head = read_head(r.pre[:-1].lstrip("）)、，, "))  # after the item before: )、
    if len(vocab.CJK_OR_ALNUM.findall(head.metric)) >= 2:
        r.metric, r.settled = strip_trail(head.metric), True
        r.kind = r.kind or head.kind
    return None


def rule_equivalent(r: Reading, run: ClauseRun) -> str | None:
    """人均生产总值超过7万元，折合9000美元: the same target in another unit."""
    state = run.state
    if r.head.metric in vocab.EQUIVALENT_WORDS and (run.last or state.subject):
        r.metric, r.settled = run.last or state.subject, True
        r.comparator, r.kind = state.comparator, state.kind
    return None


def rule_borrowed_noun(r: Reading, run: ClauseRun) -> str | None:
    """其中研发投入超亿元的10家: the counted noun is the subject before (…机构)."""
    if r.pre.endswith("的") and r.head.verb is None and run.state.subject and r.q.unit != "%":
        r.metric = r.metric + "的" + run.state.subject
    if run.pending and not r.metric:
        r.metric = read_head(run.pending[2] + "达到").metric
    return None


_BOUNDS_AFTER_VERB = frozenset(("超", "超过", "不少于", "不低于", "至少", "约"))


def rule_bound_after_verb(r: Reading, run: ClauseRun) -> str | None:
    """增加超350个行政村通双车道公路, 为超2.5万名老年人提供…: a bound between a creation verb (or
    为/向) and the number; the verb's reading holds, the bound gives the comparator."""
    verb = r.head.verb
    if verb not in _BOUNDS_AFTER_VERB or r.settled or not r.pre.endswith(verb):
        return None
    unit = (r.q.unit or "").lstrip("万亿千百")
    if not (unit in COUNT_UNITS or r.q.unit in _PEOPLE_UNITS):
        return None  # 培育超千亿元企业5家: a threshold of the things counted after it
    base = r.pre[: -len(verb)]
    if not (
        vocab.VERB_BEFORE_NUMBER.search(base[-8:])
        or base.endswith(("增加", "为", "向"))
        or vocab.OBJECT_VERB_END_RE.search(base)  # 归集发布不少于10万个就业岗位
    ):
        return None
    r.comparator = vocab.MEASURE_VERBS[verb]
    r.head = read_head(base)
    r.metric, r.kind = r.head.metric, r.head.kind
    return None


def rule_time_to_reach(r: Reading, run: ClauseRun) -> str | None:
    """航空应急力量基本实现2小时内到达灾害现场: the subject, what is reached, and 用时."""
    reached = None if r.settled else _time_to_reach(r.q, r.after)
    if reached:
        subject = r.metric or run.last or run.state.subject
        r.metric, r.settled, r.post_metric = f"{subject}{reached}用时", True, True
        r.comparator = "<="
    return None


def rule_verb_before_number(r: Reading, run: ClauseRun) -> str | None:
    """每个乡镇至少建成1家…中心: a creation verb right before the number; the metric follows."""
    if r.head.verb is not None or not r.metric:
        return None
    vb = vocab.VERB_BEFORE_NUMBER.search(r.pre[-8:])
    if vb and r.after and not r.after.startswith(("、", "和", "用于", "以上", "的")):
        r.metric = ""
        if vb.group(0).lstrip("至少最") in vocab.INCREMENT_VERBS:
            r.kind = r.kind or "increment"
    return None


_PEOPLE_UNITS = frozenset(("人", "名", "户", "人次", "万人", "万名", "万户", "万人次"))
# 为1000名…老年人提供居家上门服务, 免费为1000人筛查脑卒中: what is done for them
_SERVICE_RE = re.compile(
    r"^[^，。；]{0,24}?(?:提供|开展|筛查|接种|体检|培训|安装|配备|配送|实施|办理|购买|发放|资助|减免|启动"
    r"|增设|建设|设置|进行|改造)"  # 在5所幼儿园增设托班, 为300户老年人进行适老化改造
    r"[^，。；]*"
)
# 减免0.94万名…保教费, 资助1200名困难学生: a service verb right before the people it reaches
_SERVICE_BEFORE = ("减免", "资助", "救助", "帮扶", "慰问")


# 为全县1600名儿童提供…, 向1.45万名…, 在161个景区实施…, 对全省957个村寨实施… (a bare 对30个…
# 实施改造 is read by rule_count_in_object)
_FOR_SCOPE = re.compile(r"[为向在对]全[县市区省镇乡州国盟旗]")


def _for_scope(pre: str) -> bool:
    """为全县 / 向 / 在 right before the number (tested on the last characters only: speed)."""
    return pre.endswith(("向", "在")) or bool(_FOR_SCOPE.fullmatch(pre[-3:]))


def rule_for_beneficiaries(r: Reading, run: ClauseRun) -> str | None:
    """为1000名失能老年人提供居家上门服务, 为17个小区安装报警监控, 向1.45万名学生发放助学金: the
    people or places a service reaches are the target; the service (and whom) is the metric;
    减免0.94万名幼儿保教费: the service is named before them."""
    if r.settled:
        return None
    unit = r.q.unit or ""
    before = r.head.verb is None and r.pre.endswith(_SERVICE_BEFORE)
    if before and unit in _PEOPLE_UNITS and r.after:
        metric = r.pre[-2:] + r.after.split("，")[0]
        r.metric, r.post_metric, r.settled = strip_trail(metric[:MAX_METRIC]), True, True
        return None
    if r.head.verb != "为" and not _for_scope(r.pre):
        return None
    if not (unit in _PEOPLE_UNITS or unit in COUNT_UNITS):
        return None  # 为1000名老年人提供…, 为17个小区安装…
    m = _SERVICE_RE.match(r.after)
    if m:
        r.metric, r.post_metric, r.settled = strip_trail(m.group(0)[:MAX_METRIC]), True, True
    return None


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
    if state and state.group(0) not in _COVERAGE:
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
        r.metric = strip_trail(r.after.split("的", 1)[1][:MAX_METRIC])
        r.post_metric = r.settled = True
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


def rule_noun_after_verb(r: Reading, run: ClauseRun) -> str | None:
    """保持2300万省外劳动力、240万省外脱贫劳动力…: a verb, then number-noun pairs."""
    if r.settled or _weak_unit(r.q.unit):
        return None  # 为60岁以上老年人…: an age is not a count
    if not r.after[:1].isalpha() and not vocab.GRADE_RE.match(r.after):
        return None  # 打造生猪、苹果2个500亿级产业集群: a grade may open the noun
    counted = (r.q.unit or "").lstrip("万亿千百") in COUNT_UNITS
    achieved = r.head.verb in vocab.QUALIFIER_VERBS and counted and not r.metric
    verb_only = (r.head.verb is None and bool(r.metric) and _names_a_verb_or_list(r.metric)) or (
        r.head.verb in _BOUND_WORDS and r.metric in vocab.OBJECT_VERBS
    )  # 提供不少于N个X: a work verb, a bound, then the count and its noun
    threshold = r.head.verb in vocab.QUALIFIER_VERBS and not achieved and not verb_only
    if threshold or r.head.verb == "为":
        return None  # 超千亿元企业: a threshold; but 突破百项关键技术: what is achieved, counted
    if r.metric and not verb_only:
        return None
    if r.head.verb is None and not r.chained and not verb_only:
        return None
    after = r.after
    if verb_only and r.head.verb in _BOUND_WORDS and after.startswith("的"):
        after = after[1:]  # 提供超3亿千瓦的公共充电容量: the noun after 的 is what is provided
    if after.startswith(("以上", "以下", "以内", "左右", "的", "等")):
        return None
    after = _PROGRESS_AFTER.sub("", after)  # 、15个农村幸福院建设已完成8个: not the progress
    metric = post_metric(after)
    rest = after[len(metric) :].lstrip("等")
    if len(vocab.CJK_OR_ALNUM.findall(metric)) >= 2 and (not rest or rest[0] in "、和及与"):
        r.metric, r.post_metric, r.settled = metric, True, True
        if achieved:
            r.comparator = ">="  # 突破 here is the work, not a bound
        if verb_only and r.head.verb_word in vocab.INCREMENT_VERBS:
            r.kind = r.kind or "increment"
    return None


def rule_count_above_of_noun(r: Reading, run: ClauseRun) -> str | None:
    """建成12所以上的标准化学校: a creation verb, a count with 以上, then 的 and the noun."""
    if r.settled or r.metric or not r.head.lead_verb or r.q.suffix not in ("以上", "及以上"):
        return None
    if not r.after.startswith("的") or (r.q.unit or "").lstrip("万亿千百") not in COUNT_UNITS:
        return None
    metric = post_metric(r.after[1:])
    if len(vocab.CJK_OR_ALNUM.findall(metric)) >= 2:
        r.metric, r.post_metric, r.settled = metric, True, True
    return None


_LIST_INTRO = re.compile(r"^[^，。；：:\d]{0,24}?(?:分别)?(?:是|为|如下|包括)(?:[：:]|$)")


def rule_list_intro(r: Reading, run: ClauseRun) -> str | None:
    """2个计划建成项目分别是：A和B: the count of the items listed after it (the targets are
    stated where the plan counts them), not a target."""
    if _LIST_INTRO.match(r.after):
        return "a count that opens a list (N个…分别是：), not a target"
    return None


def rule_under_way(r: Reading, run: ClauseRun) -> str | None:
    """在建项目24个, 在建1个: work under way is the plan's state, not a goal."""
    if r.metric.startswith("在建") or r.pre.endswith("在建") or r.after.lstrip().startswith("在建"):
        return "work under way (在建): a state, not a target"
    return None


def rule_count_then_done(r: Reading, run: ClauseRun) -> str | None:
    """全市首批100个示范社区全面建成: a count, its noun, then the verb that completes it."""
    if r.settled or r.head.verb is not None or _weak_unit(r.q.unit):
        return None
    m = vocab.COUNT_DONE_RE.match(r.after)
    if m and len(vocab.CJK_OR_ALNUM.findall(m.group(1))) >= 2:
        r.metric, r.post_metric, r.settled = strip_trail(m.group(1)), True, True
    return None


_WITH_REWORK = re.compile(r"[、和及与](?:改|扩|提升)")


def rule_count_in_object(r: Reading, run: ClauseRun) -> str | None:
    """开展30个以上传统产业集群综合治理, 完成A、B行业70%以上产能超低排放改造, 推进A、B等10个
    产业园建设: no measure verb, but a work verb earlier in the clause whose object holds the
    number; the counted noun and the rest of the object are the metric. Money (a threshold:
    实施5000万元以上项目), durations and grades (10万吨级) are left to the other rules."""
    q = r.q
    about = r.head.verb in _ABOUT  # 同步推进约30万户…工程: 约 says the count is rough
    if r.settled or (r.head.verb is not None and not about) or r.chained or q.unit is None:
        return None
    if q.unit in WEAK_UNITS or vocab.MONEY_UNIT_RE.search(q.unit) or q.suffix in ("以下", "以内"):
        return None
    if q.unit == "米":
        return None  # 设置110米减速车道: the size of one thing, not a count
    if q.suffix and q.unit.endswith(("人", "户")) and _PLACE_RE.match(r.after):
        return None  # 常住200人以上自然村: a threshold that qualifies the place
    if q.suffix and q.unit == "座" and _SEATED_RE.match(r.after):
        return None  # 淘汰57座以上大客车: the seats that qualify the bus
    after = r.after.lstrip('“"')  # 认定启动3个“城中村”整体改造类项目
    after = _MONEY_THRESHOLD_FIRST.sub("", after, count=1)  # 500个5000万元以上重大项目
    if after.startswith("的") and _EXTENT_UNIT_RE.match(q.unit) and _WORK_NOUN_RE.search(after):
        after = after[1:]  # 完成2000万平方米以上的既有建筑节能改造: the extent of the work
    # a Chinese numeral only as a round 百/千 of things right after the work verb (制定百项关键
    # 标准), not 一批, 三次产业
    numeral = q.chinese and not (
        q.num_text in ("百", "千")
        and q.unit in ("项", "个", "家", "所", "座")
        and vocab.OBJECT_VERB_END_RE.search(r.pre)
    )
    if not after[:1].isalpha() or after[:1] in "的级强倍位型等和及与或月" or numeral:
        return None
    if after.startswith(("范围", "半径")):
        return None  # 关停供热半径30公里范围内的燃煤锅炉: the reach that picks what is closed
    dui_verb = next((v for v in ("进行", "开展", "实施", "安装", "提档升级") if v in after), None)
    dui = vocab.DUI_OBJECT_RE.search(r.pre) and dui_verb
    window = r.pre if r.pre.endswith("等") else r.pre[-24:]  # 推进A、B、C等N个…: a long list
    verb = vocab.OBJECT_VERB_RE.search(window)
    if not dui and not verb:
        return None
    if verb and r.kind is None and strip_lead(run.clause)[0].startswith(verb.group(0)):
        # 新改建10座A，开放5处B: the clause's own verb gives the kind, none is inherited
        joined = _WITH_REWORK.match(window, verb.end()) is not None  # 新建、改建: not all new
        new = verb.group(0) in vocab.INCREMENT_VERBS and not joined
        r.kind = "increment" if new else "level"
    metric = post_metric(after.replace(dui_verb, "", 1) if dui and dui_verb else after)
    if len(vocab.CJK_OR_ALNUM.findall(metric)) < 2 or metric in vocab.STRUCTURE_NOUNS:
        return None
    r.metric, r.post_metric, r.settled = metric, True, True
    return None


# 储备500个5000万元以上重大项目: a money threshold between the count and the projects it counts
_MONEY_THRESHOLD_FIRST = re.compile(
    r"^\d[\d.]*[万亿千百]*元(?:以上|及以上)的?(?=[\u4e00-\u9fff]{0,8}(?:项目|企业|工程))"
)
_GROWTH_VERBS = frozenset(("增长", "增速", "增幅", "增长率"))
_ABOUT = frozenset(("约", "大约"))
# an extent of work (…万平方米以上的…改造): the amount done, not a size that qualifies a noun
_EXTENT_UNIT_RE = re.compile(r"(?:万|千)?(?:平方米|平方公里|公顷|亩|公里|千米|米)$")
_WORK_NOUN_RE = re.compile(r"^的[^，。；、]{0,16}(?:改造|修缮|整治|治理|修复|更新|项目|工程)")
_SEATED_RE = re.compile(r"的?[大中小]?(?:型)?(?:客车|巴士|汽车|车辆|飞机|客机)")
_PLACE_RE = re.compile(r"的?(?:自然村|行政村|村|乡镇|镇|社区|城市|县|小区|企业|单位|学校)")
_BOUND_WORDS = frozenset(("不少于", "不低于", "超过", "超", "至少", "多于", "逾"))


def _names_a_verb_or_list(metric: str) -> bool:
    """更新 (78个…) or 黄石、十堰、荆门、孝感 (4个…城市): what stands before the number is not the
    metric but the verb or the list of names that the number counts."""
    if metric in vocab.LIST_VERBS:
        return True
    if "、" not in metric:
        return False
    names = split_list(metric)
    return len(names) >= 2 and all(len(n) <= 3 for n in names)


def rule_not_a_budget(r: Reading, run: ClauseRun) -> str | None:
    """中央预算内投资安排5000亿元, 扶贫资金增长43.4%: money budgeted, not a plan target."""
    return money_reason(
        r.q, r.pre, r.after, r.metric, head_metric=r.head.metric, verb=r.head.verb,
        post_metric=r.post_metric,
    )  # fmt: skip


# 总规划面积约60.61平方公里, 面积约8.5平方公里: an area with no subject describes a place
_BARE_AREA = frozenset(("面积", "总面积", "规划面积", "总规划面积", "占地面积", "规划总面积"))
_AREA_UNITS = frozenset(("平方公里", "公顷", "亩", "万亩", "平方米", "万平方米", "km²", "㎞²"))


def rule_not_a_value(r: Reading, run: ClauseRun) -> str | None:
    """5000万元以上的项目, 世界500强, 15分钟生活圈, 全长45公里: not a target (see `reject`)."""
    said = said_not_a_target(r.q, r.head.verb, r.pre, r.after, r.metric, run.clause)
    if said:
        return said
    if (
        r.head.verb in (None, "约", "为")
        and vocab.ATTRIBUTE_RE.search(r.pre)
        and not _counted(r)
        and not vocab.BUILDING_CLASS_AREA_RE.search(r.pre)
    ):
        return "a project attribute (全长, 总投资, 建成后…), not a target"
    if r.metric in _BARE_AREA and r.q.unit in _AREA_UNITS:
        return "the size of a place (…片区，面积约8.5平方公里), not a target"
    if r.settled:
        return None
    if r.metric.endswith("按") and r.head.verb in _GROWTH_VERBS:
        r.metric = r.metric[:-1]  # 地区生产总值按增长5%安排
    reason = reject(r.q, r.head, r.after, r.metric, r.chained)
    if reason is None and r.metric and r.after.strip(" 。；，") in _COVERAGE:
        r.metric += "覆盖率"  # 家庭医生签约服务实现100%覆盖: its coverage
    return reason


def _counted(r: Reading) -> bool:
    """总投资X亿元的120个项目; 总投资亿元以上重大产业项目3000个: the count of projects above a
    threshold (the threshold qualifies the noun, the count is the target)."""
    if (r.q.unit or "").lstrip("万亿千百") not in COUNT_UNITS:
        return False
    return r.pre.endswith("的") or bool(vocab.THRESHOLD_NOUN_RE.search(r.pre))


_AVERAGE_MEASURE = re.compile(r"平均|人均|年限|比重|占比|比例|密度|强度")


def rule_rate_after_increment_verb(r: Reading, run: ClauseRun) -> str | None:
    """新建数据中心PUE低于1.3, 新增从业人员平均工作年限8年: a level (a rate or an average) of
    what is new, not an increment."""
    unit = r.q.unit
    if r.head.verb_word in vocab.INCREMENT_VERBS and (
        unit in (None, "%") or unit.endswith("率") or _AVERAGE_MEASURE.search(r.metric)
    ):
        r.metric, r.kind = r.head.verb_word + r.metric, None
    return None


# 230个50户以上木质房屋连片村寨: a threshold opens the counted noun (not a name like 五个一批)
_THRESHOLD_LEAD = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*[\u4e00-\u9fff]{1,3}以上[\u4e00-\u9fff]")


def rule_metric_after(r: Reading, run: ClauseRun) -> str | None:
    """建成10个以上高水平示范应用场景: the metric follows the number; 农村公路90座三类桥梁加固
    维修: the scope before it, the things and the work after it."""
    work = None if r.head.verb or r.settled else _counted_work(r.q, r.metric, r.after)
    if work:
        r.metric, r.post_metric = r.metric.lstrip(")）、，,;；") + work, True
        return None
    if r.settled or (
        r.metric and not (r.head.lead_verb is False and r.metric in vocab.ACTION_VERBS)
    ):
        return None
    r.metric = post_metric(r.after)
    r.post_metric = bool(r.metric)
    if (
        vocab.NUMERAL_NAME_RE.match(r.metric)
        and not vocab.GRADE_RE.match(r.metric)
        and not _THRESHOLD_LEAD.match(r.metric)
    ):
        return "a name (五个一批): numeral after numeral"
    return None


def rule_not_a_programme(r: Reading, run: ClauseRun) -> str | None:
    """实施千座公园计划, 百亿斤粮食产能提升工程: a programme named by a round Chinese number
    (not 工农业总产值计划增长百分之四: a measure verb stands between)."""
    return None if r.head.verb else programme_name(r.q, r.metric)


_NAMELY = frozenset(("即", "亦即", "也就是", "也就是说"))


def rule_elided_subject(r: Reading, run: ClauseRun) -> str | None:
    """地区生产总值年均增长5.5%，到2030年突破2.4万亿元: the subject of the clause before;
    …增加值突破3000亿元，占地区生产总值比重…; 财政资金用于科技的比例."""
    state = run.state
    if r.metric in _NAMELY or vocab.TRAIL_RE.fullmatch(r.metric):
        r.metric = ""  # 翻两番，即由…增加到…; …增长率，必须控制在…: the subject is before
    if r.metric in vocab.MEASURE_NOUNS and (run.last or state.subject or state.clause):
        # …社零额年均增速11.3%，总量达到2万亿元: 总量 of the subject before;
        # 体育产业融合发展，总规模达到500亿元: of the sector the clause before names
        r.metric = _measure_of(run, r.metric)
    elif not r.metric and run.last and not r.head.work_verb:
        r.metric = run.last  # 确保GDP超过2500亿元、力争达到3000亿元 (not 新开工2个、建成2个)
    elif not r.metric and state.label:
        r.metric = state.label  # 钢：从一百三十五万吨增加到四百十二万吨
    elif not r.metric or (
        len(r.metric) <= 2
        and not r.post_metric  # 202万亩耕地: the noun after the number is the metric
        and r.metric in state.clause
        and not state.clause.endswith(vocab.LEAD_IN_ENDS)
    ):
        r.metric = elided(r.head, r.metric, state) or r.metric
    if (r.q.unit or "").lstrip("万亿") in COUNT_UNITS and len(
        vocab.CJK_OR_ALNUM.findall(r.metric)
    ) < 2:
        r.metric = _work_before(state.clause) or r.metric  # …加装电梯，全年新增80部
    if r.metric.startswith("占") and state.subject:
        r.metric = state.subject + r.metric
    if r.after.startswith("用于") and r.head.metric:
        r.metric = strip_trail(r.head.metric) + post_metric(r.after)
    return None


# 既有车站出入口增加电扶梯 / 推进老旧小区加装电梯: a clause that names the things a work adds
_WORK_CLAUSE = re.compile(
    r"(?:加装|增加|增设|安装|配备|配置|购置|更新|新建|建设|启动|实施|推进)[\u4e00-\u9fff]{2,}$"
)


def _work_before(clause: str) -> str | None:
    """The clause before, without its lead words, when it names the work and its things and
    holds no figure of its own: the metric of a count that names none."""
    clause = clause.strip()
    if not _WORK_CLAUSE.search(clause) or any(ch.isdigit() for ch in clause):
        return None
    return strip_trail(strip_lead(clause)[0][-MAX_METRIC:]) or None


_PLACE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:市|县|区|州|盟|旗|镇|乡|街道|新区|开发区)$")


def rule_share_of_place(r: Reading, run: ClauseRun) -> str | None:
    """…农村危房改造任务4894户。其中，南宁市274户，柳州市369户: a place's share of the total the
    sentence before stated."""
    total = run.state.total
    if total and _PLACE_NAME_RE.match(r.metric) and not r.post_metric:
        r.metric = r.metric + total
    return None


def _measure_of(run: ClauseRun, measure: str) -> str:
    """The subject a bare measure (总量, 总规模, 增加值总量) belongs to."""
    state = run.state
    topic = vocab.TOPIC_RE.match(strip_lead(state.clause)[0]) if not state.subjects else None
    if run.last or not topic:
        base = run.last or state.subject
        for noun in vocab.MEASURE_NOUNS:
            base = base.removesuffix(noun)
        base = base.removesuffix("年均")
    else:
        base = topic.group(1)
    return base + measure if base else measure


# 钢三千九百万吨，纱三百五十九万吨: the products of an older plan's list, named by one character
_PRODUCTS = frozenset("钢铁煤油纸糖纱布盐粮棉肉蛋奶茶麻丝铜铝锌碱表")
_OUTPUT_UNIT = re.compile(
    r"^(?:万|亿)?(?:吨|米|只|辆|台|架|度|千瓦|千瓦时|立方米|担|斤|匹|件|双|艘)$"
)


def _one_product(r: Reading) -> bool:
    """钢三千九百万吨 (an output), 钢…，增长百分之五点一 (its growth)."""
    unit = r.q.unit or ""
    return r.metric in _PRODUCTS and (
        bool(_OUTPUT_UNIT.match(unit)) or (unit in ("%", "倍") and r.head.verb is not None)
    )


def rule_has_metric(r: Reading, run: ClauseRun) -> str | None:
    """A target names what it measures: two letters at least, and not the plan's own structure
    (提出3项指标, 10个方面工作)."""
    if len(vocab.CJK_OR_ALNUM.findall(r.metric)) < 2 and not _one_product(r):
        return "no metric before or after the number"
    if r.metric in vocab.STRUCTURE_NOUNS or vocab.STRUCTURE_METRIC_RE.search(r.metric):
        return "a count of the plan's own parts, not a target"
    if r.q.unit == "项" and r.metric.endswith("任务"):
        return "a count of the plan's own tasks (14项消防建设任务), not a target"
    if r.q.unit in ("个", "项") and r.metric.endswith(("类目标", "类指标")):
        return "a count of the plan's own targets (经济发展类目标(13个)), not a target"
    if r.post_metric and r.metric.endswith("中") and r.q.unit in ("项", "件", "个"):
        return "a scope: the things among which others are counted (20项民生实事中，…已完成12项)"
    if r.post_metric and _SHARE_INSIDE.search(r.metric):
        return "a scope count: the noun after it holds a share of its own (4个新城…面积50%…)"
    return None


# (a share in brackets after it: 6个老旧小区改造正在施工中(90%) is the part done, a progress report)
_SHARE_INSIDE = re.compile(r"\d%(?![）)])")


# 线上线下开展…, 全面完成…: a manner before the clause's own verb
_MANNER = re.compile(r"^(?:线上线下|线上|线下|全面|深入|广泛|统筹|扎实|集中|免费)")


def _own_verb(clause: str) -> bool:
    """The clause opens with a verb of its own (after lead words and a manner): it inherits no
    kind from the clause before."""
    if vocab.OWN_VERB_RE.match(clause):
        return True
    rest, _, _, verb = strip_lead(clause)
    return bool(
        vocab.OWN_VERB_RE.match(_MANNER.sub("", rest)) or (verb and vocab.OWN_VERB_RE.match(verb))
    )


def rule_kind(r: Reading, run: ClauseRun) -> str | None:
    """新培养A1200名以上，B1000名以上: a clause without a verb inherits the kind before it."""
    if r.kind is None and _PLANNED_NEW.match(r.metric) and r.q.unit not in vocab.SHARE_UNITS:
        r.kind = "increment"  # 规划新建各类充电桩7000个: what the plan adds
    if r.kind is not None:
        return None
    for_whom = _FOR_WHOM.match(r.metric)
    if for_whom:  # 为高龄独居老人家庭新增烟感报警装置3000台: the verb after whom it is for
        r.kind = "increment" if vocab.INCREMENT_RE.fullmatch(for_whom.group("verb")) else "level"
        return None
    head, state, unit = r.head, run.state, r.q.unit
    own_verb = bool(head.work_verb)  # 新开工2个、建成2个: each its own kind
    if r.chained and run.chain_kind and _alike(unit, run.last_unit) and not own_verb:
        r.kind = run.chain_kind
    elif (
        head.verb is None
        and not head.lead_verb
        and state.kind
        and _alike(unit, state.unit)
        and not _own_verb(run.clause)
    ):
        r.kind = state.kind
    elif (
        run.clause.startswith("其中")
        and state.kind == "increment"
        and unit == state.unit
        and not own_verb
    ):
        r.kind = state.kind  # 新培育智能工厂100家，其中国家级不少于10家: a part of the new ones
    else:
        r.kind = "level"
    if r.kind in ("qualitative", "multiple"):
        r.kind = "level"  # …与经济增长同步，城镇新增就业4.5万人: a milestone's kind is its own
    if r.kind == "annual" and _SHARE_MEASURE.search(r.metric) and not _GROWTH.search(r.metric):
        r.kind = "level"  # 年均增长5%，其中A占比25%: a share inherits no yearly growth
    return None


_SHARE_MEASURE = re.compile(r"占比|比重|比例|率$")
# 为老旧小区…充电场所安装消防设施: whom the work is for, then its own verb
_FOR_WHOM = re.compile(
    rf"^为[^，。；]{{2,24}}?(?P<verb>{vocab.INCREMENT_RE.pattern}|安装|加装|配备|配置|建设|建成|改造)"
)
_PLANNED_NEW = re.compile(r"^(?:规划|计划)(?:新建|新增)")
_GROWTH = re.compile(r"增长|增速|增幅|提高|下降|降低|年均|每年")


def _alike(unit: str | None, other: str | None) -> bool:
    """A kind carries between like units only: 年均增长5%，人均…8万元 is a level."""
    return (unit in vocab.SHARE_UNITS) == (other in vocab.SHARE_UNITS)


def rule_unit(r: Reading, run: ClauseRun) -> str | None:
    """A number without a unit is a target only for a ratio (城乡居民收入比, 基尼系数, PUE)."""
    if r.q.unit is None and not r.metric.endswith(vocab.RATIO_METRIC):
        return "number without unit"
    return None


RULES: tuple[Rule, ...] = (
    rule_bracketed_part,
    rule_count_in_brackets,
    rule_list_intro,
    rule_under_way,
    rule_equivalent,
    rule_borrowed_noun,
    rule_bound_after_verb,
    rule_time_to_reach,
    rule_verb_before_number,
    rule_for_beneficiaries,
    rule_share_covered,
    rule_share_of_units,
    rule_share_achieved,
    rule_share_of_area,
    rule_noun_after_verb,
    rule_count_above_of_noun,
    rule_count_then_done,
    rule_count_in_object,
    rule_not_a_value,
    rule_rate_after_increment_verb,
    rule_metric_after,
    rule_not_a_programme,
    rule_elided_subject,
    rule_share_of_place,
    rule_has_metric,
    rule_not_a_budget,
    rule_kind,
    rule_unit,
)
