"""The rules that settle a value's kind and unit last (`rules.RULES` runs them after every rule
that may take the number back): the kind a clause without a verb inherits from the value or the
clause before it, a growth whose % a scan lost, and a bare number that is a target only as a ratio
or after a bound's sign."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.phrases import strip_lead
from plantrack.parse.reading import ClauseRun, Reading
from plantrack.read.lexicon import RATIO_UNIT

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


_SHARE_OF = re.compile(r"占(?!地)")
# 新增污水管网12.59万公里，老旧污水管网改造2.77万公里: the noun, then its own work (not new ones)
_REWORKED = re.compile(r"(?:改造|改建|改扩建|提标改造)$|^提标改造")


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
    # 新开工2个、建成2个, 新增楼宇10幢、盘活低效用地1.3万亩: each its own kind
    own_verb = bool(head.work_verb) or (
        r.metric != run.last
        and (
            vocab.OWN_VERB_RE.match(r.metric) is not None
            or vocab.OWN_VERB_RE.match(r.pre) is not None
            # 新增5000张养老床位、开设500个…: the verb of this item of the list, after its 、
            or vocab.OWN_VERB_RE.match(r.pre.rpartition("、")[2]) is not None
            or _REWORKED.search(r.metric) is not None
        )
    )  # (新开工改造城镇老旧小区1227个、3011万平方米: the same things measured again)
    if r.chained and run.chain_kind and _alike(unit, run.last_unit) and not own_verb:
        r.kind = run.chain_kind
    elif (
        head.verb is None
        and not head.lead_verb
        and state.kind
        and _alike(unit, state.unit)
        and not _own_verb(run.clause)
        # (…楼宇10幢、盘活低效用地1.3万亩: a verb of its own ends what is new, not 每年 nor 其中)
        and not (own_verb and state.kind == "increment" and not run.clause.startswith("其中"))
        and "新增"
        not in r.metric  # …160亿元，城镇新增就业41万人: an indicator named with 新增 is a level
        and _SHARE_OF.search(r.metric) is None  # …年均增速20%，…增加值占GDP的12%: a share
        and not r.metric.endswith("到")  # 新增1亿亩…，使…面积扩展到1.59亿亩: the level reached
        # 新增林果面积30万亩，果品总产135万吨: a total or a stock is a level, whatever came before
        and not (state.kind == "increment" and _TOTAL_OR_STOCK.search(r.metric))
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


# (计划投资: 新开工项目25项，2010年计划投资123.3亿元 is the year's investment, a level)
_TOTAL_OR_STOCK = re.compile(r"总产|总量|存栏|保有量|总规模|总里程|计划投资额?$")
_SHARE_MEASURE = re.compile(r"占比|比重|比例|率$")
# 为老旧小区…充电场所安装消防设施: whom the work is for, then its own verb; 利用道路连接带、
# 隔离带等新增白玉兰特色道路: what the work uses, then its verb
_FOR_WHOM = re.compile(
    r"^(?:为[^，。；]{2,24}?|(?:利用|依托|结合)[^，。；]{2,40}?等)"
    rf"(?P<verb>{vocab.INCREMENT_RE.pattern}|安装|加装|配备|配置|建设|建成|改造)"
)
_PLANNED_NEW = re.compile(r"^(?:规划|计划)(?:新建|新增)")
_GROWTH = re.compile(r"增长|增速|增幅|提高|下降|降低|年均|每年")


def _alike(unit: str | None, other: str | None) -> bool:
    """A kind carries between like units only: 年均增长5%，人均…8万元 is a level."""
    return (unit in vocab.SHARE_UNITS) == (other in vocab.SHARE_UNITS)


# 比1980年的535万吨增长12, 平均每年下降2.6、3.5: a growth whose % a scan lost (only a share
# can follow these verbs bare); the words after it end the clause or bound the value
_CHANGED_BY = frozenset(("增长", "提高", "下降", "降低", "递增", "递减"))
_FROM_SHARE = re.compile(r"由[^，。；]{0,12}?\d%(?:提高|提升|上升|下降|降低)[到至]")
_BARE_GROWTH_END = re.compile(r"^(?:左右|以上)?(?:[，。；、,;]|$)")


def rule_lost_percent(r: Reading, run: ClauseRun) -> str | None:
    """比1980年增长82, 由1980年的38%提高到50 (an old plan as scanned): a share, its % lost."""
    if (
        r.q.unit is None
        and not r.q.fraction
        and not r.q.chinese
        and (r.head.verb in _CHANGED_BY or _FROM_SHARE.search(run.clause) is not None)
        and r.q.value is not None
        and r.q.value < 1000
        and _BARE_GROWTH_END.match(r.after)
        and not r.metric.endswith(vocab.RATIO_METRIC)
    ):
        r.q.unit = "%"
    return None


# ≥, ≤, ＞ …: a bound written as a sign (人均健康期望寿命≥71: a reprint that lost the unit)
_SIGN_VERBS = frozenset(
    v for v, comp in vocab.MEASURE_VERBS.items() if not v[0].isalpha() and comp != "="
)


_INCOME_RATIO = re.compile(r"收入之?比$")


def rule_unit(r: Reading, run: ClauseRun) -> str | None:
    """A number without a unit is a target only for a ratio (城乡居民收入比, 基尼系数, PUE) or
    after a bound's sign; an income ratio's is a ratio to one (unit `:1`)."""
    if r.q.unit is None and not r.q.fraction and not r.metric.endswith(vocab.RATIO_METRIC):
        if r.head.verb in _SIGN_VERBS and r.metric and r.q.value is not None:
            return None
        return "number without unit"
    if r.q.unit is None and _INCOME_RATIO.search(r.metric):
        r.q.unit = RATIO_UNIT  # 城乡居民收入比缩小至1.7: a ratio to one, as gold writes it (收入倍差 stays bare)
    return None
