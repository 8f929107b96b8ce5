"""The rule that a target names what it measures (`rule_has_metric`): two letters at least, a
bare verb of new things when nothing else is named, and not a count of the plan's own parts, of a
list's items or of a scope."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.quantity import is_count
from plantrack.parse.reading import ClauseRun, Reading

# 钢三千九百万吨，纱三百五十九万吨: the products of an older plan's list, named by one character
_PRODUCTS = frozenset(
    "钢铁煤油纸糖纱布盐粮棉肉蛋奶茶麻丝铜铝锌碱表牛羊猪马驴骡鸡鸭鹅"
)  # 其中牛42万头
_OUTPUT_UNIT = re.compile(
    r"^(?:万|亿)?(?:吨|米|只|辆|台|架|度|千瓦|千瓦时|立方米|担|斤|匹|件|双|艘|头|口|羽)$"
)


def _one_product(r: Reading) -> bool:
    """钢三千九百万吨 (an output), 钢…，增长百分之五点一 (its growth)."""
    unit = r.q.unit or ""
    return r.metric in _PRODUCTS and (
        bool(_OUTPUT_UNIT.match(unit)) or (unit in ("%", "倍") and r.head.verb is not None)
    )


# 10项民生实事项目名单正式出炉, 15件大事和民生实事, 10件为民办实事重点项目, 20项民心工程涉及…:
# the list the items are counted in
_LIST_NAMED = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}[和与及])?(?:重点|重大)?(?:民生|惠民|为民办)?(?:实事|大事)|^民心工程|^民生工程$"
    r"|^民生事项"  # …等10件民生事项蓄势待发
)
_PART_UNITS = frozenset(("项", "个", "条", "类", "方面"))
_TOTAL_WORDS = frozenset(("一共", "共计", "总共", "共有"))


# 分别上调0.5个、5个…百分点, 增长目标则下调1个百分点: this year's targets set against last year's
_TARGET_MOVED = re.compile(r"(?:^|目标[则也]?)(?:分别)?(?:上调|下调|调高|调低)(?:[\d.]+个、)*$")
_IS_ONE_OF = re.compile(
    r"[是为]"
)  # …300公里农村公路是十件民生实事项目之一: the work is one of them


def _moved_or_one_of(r: Reading) -> str | None:
    """A change of last year's target, or one of a number of things: no target."""
    if r.q.unit == "个百分点" and _TARGET_MOVED.search(r.metric):
        return "how far a target was moved from last year's (…增速目标，分别上调0.5个百分点), not a target"
    if r.metric.endswith("之一") and not _IS_ONE_OF.search(r.metric):
        return "one of a number of things (入选8个国家算力枢纽节点之一), not a target"
    return None


def _measure_after(r: Reading, part: re.Match[str]) -> bool:
    """新增措施年减少土壤流失量1亿吨: a measure named after the word of the plan's parts that
    opens the metric, in a unit of measure, not of count."""
    unit = r.q.unit
    return (
        part.start() == 0 and len(r.metric) - part.end() >= 3 and bool(unit) and not is_count(unit)
    )


def _without_indicator(metric: str, unit: str | None) -> str:
    """粮食的指标为三千九百二十亿斤, 单位生产总值能源消耗指标必须下降19.5%: the target set for the
    measure named before 指标 (not 提出3项指标: the plan's own parts). Before a rate any indicators'
    growth is one (5大结构性指标增长10%, 主要指标年均增长20%: the gold labels them so)."""
    if metric.endswith("的指标") and len(metric) > 3 and unit not in _PART_UNITS:
        return metric[:-3]
    if metric.endswith("指标") and len(metric) > 4 and unit in vocab.SHARE_UNITS:
        return metric[:-2]
    return metric


def rule_has_metric(r: Reading, run: ClauseRun) -> str | None:
    """A target names what it measures: two letters at least, and not the plan's own structure
    (提出3项指标, 10个方面工作)."""
    if not r.metric:
        bare = _BARE_NEW.search(r.pre)
        # …加装自动扶梯和无障碍电梯，…，年均新增15台左右; …在建项目建设，新开工1200公里: the
        # things just named, counted by the verb alone
        if bare and (bare.group(1) or bare.group(2) in _BARE_NEW_VERBS):
            r.metric = bare.group(2)
    if len(vocab.CJK_OR_ALNUM.findall(r.metric)) < 2 and not _one_product(r):
        return "no metric before or after the number"
    r.metric = _without_indicator(r.metric, r.q.unit)
    if r.metric in vocab.STRUCTURE_NOUNS or (
        (part := vocab.STRUCTURE_METRIC_RE.search(r.metric)) and not _measure_after(r, part)
    ):
        return "a count of the plan's own parts, not a target"
    if why := _moved_or_one_of(r):
        return why
    if (r.metric in _TOTAL_WORDS and r.q.unit in ("项", "个", "件")) or (
        r.q.unit in ("项", "件", "个") and _LIST_NAMED.match(r.metric)
    ):
        return "a count of a list's items (…民生项目清单，一共35件), not a target"
    if r.metric == "子项" and r.pre.endswith("涉及"):
        return "the parts a list's items hold (20项民心工程涉及60个子项), not a target"
    if r.q.unit in ("项", "个", "件") and r.metric.endswith(("类", "领域")) and not r.post_metric:
        return "a count of one class of a list's items (…等完善社会保障体系类2项), not a target"
    if r.metric.endswith(("(项目", "（项目")):
        return "a count of a list heading's items (一、科教惠民工程(项目6个…)), not a target"
    if r.q.unit == "项" and r.metric.endswith("任务"):
        return "a count of the plan's own tasks (14项消防建设任务), not a target"
    if r.q.unit in ("个", "项") and r.metric.endswith(("类目标", "类指标")):
        return "a count of the plan's own targets (经济发展类目标(13个)), not a target"
    if r.post_metric and r.metric.endswith("中") and r.q.unit in ("项", "件", "个"):
        return "a scope: the things among which others are counted (20项民生实事中，…已完成12项)"
    if r.post_metric and _SHARE_INSIDE.search(r.metric):
        return "a scope count: the noun after it holds a share of its own (4个新城…面积50%…)"
    return None


_BARE_NEW = re.compile(r"(?:^|[，；。])(年均|每年|平均每年)?(新[\u4e00-\u9fff]{1,3})$")
_BARE_NEW_VERBS = frozenset(("新开工", "新建成", "新开通", "新投运"))


# (a share in brackets after it: 6个老旧小区改造正在施工中(90%) is the part done, a progress report)
# (not a threshold that qualifies the noun: 3万平方米节能率不低于15%的既有公共建筑)
_SHARE_INSIDE = re.compile(r"\d%(?![）)]|(?:以上|以下)?的)")
