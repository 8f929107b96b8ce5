"""The target a reading gives (`found_from`): the metric with its change verb, the comparator, the
unit as the text means it (万人 of people, 亿元 of money, 万户 of households after a bare 万), the
kind of a multiple of a year's level, and the baseline the clause carries."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.found import Found
from plantrack.parse.reading import ClauseRun, Reading

_TIMES_OF_A_YEAR = re.compile(r"(?:达到|为|是|相当于)((?:19|20)\d\d)年的$")
# 财政总收入过50亿元 (not 经过, 通过, 超过, 不超过 …: a bare 过 after the measure)
_PAST_THE_MARK = re.compile(rf"(?:{vocab.MONEY_MEASURES}|总额|总量|规模|产量)过$")
# 常住人口, 参与冰雪运动人数, 常住人口规模, 贫困人口脱贫: people counted by the metric before a bare 万
_PEOPLE_METRIC = re.compile(r"(?:人口|人数)(?:规模|总量|总数|脱贫|增加|增长)?$")
# 万, 亿, 万亿: the scales a figure of money may be written in without its 元
MONEY_SCALES = frozenset(("万", "亿", "万亿"))
# 地方财政收入, 全产业链营收, 主营业务收入: money named by the metric before a bare 亿
_MONEY_METRIC = re.compile(rf"(?:{vocab.MONEY_MEASURES}|GDP)$")
# 500万农村沼气用户: households named after a bare 万 (people: vocab.PEOPLE_AFTER_WAN)
_HOUSEHOLD_NOUN = re.compile(r"^[^，。；、\d]{0,8}?(?:用户|农户)")


def _counted_in(unit: str | None, after: str) -> str | None:
    """万 or 亿 before the people or households it counts: 万人, 万户 (as the text means)."""
    if unit not in ("万", "亿"):
        return unit
    if vocab.PEOPLE_AFTER_WAN.match(after):
        return unit + "人"
    if _HOUSEHOLD_NOUN.match(after):
        return unit + "户"
    return unit


def found_from(r: Reading, run: ClauseRun, span: tuple[int, int]) -> Found:
    """The target a reading gives: 能耗下降 keeps its change verb; 由X提高到Y sets the baseline."""
    head, q = r.head, r.q
    metric = r.metric
    if head.verb in vocab.CHANGE_VERBS and not r.post_metric:
        metric = metric + head.verb
    verb = head.verb or (run.verb if r.chained and r.post_metric else None)
    comp = q.comparator or r.comparator or (vocab.MEASURE_VERBS[verb] if verb else ">=")
    if verb is None and _PAST_THE_MARK.search(metric) and not r.post_metric:
        metric, comp = metric[:-1], ">"  # 工业产品销售收入过500亿元: past the mark
    unit = _counted_in(q.unit, r.after)
    if unit in ("万", "亿") and metric.endswith("人次"):
        unit += "人次"  # 年流通人次大于等于400万: the visits the metric counts
    elif unit == "万" and _PEOPLE_METRIC.search(metric):
        # 常住人口达到1000万: the people the metric counts (GUIDE: 万人; a nation's 人口12亿
        # stays 亿, as b40–b47 label it)
        unit += "人"
    elif unit in MONEY_SCALES and _MONEY_METRIC.search(metric):
        unit += "元"  # 地方财政收入超过1000亿: money the metric names
    f = Found(q.start, span, metric, q.value, unit, comp, r.kind or "level", subject=r.metric)
    f.value_max = q.high
    f.baseline_year = head.base_year
    times = _TIMES_OF_A_YEAR.search(r.pre) if q.unit == "倍" else None
    if times and f.baseline_year is None:
        # 地区生产总值达到2010年的三倍以上: a multiple of that year's level
        f.kind, f.baseline_year = "multiple", int(times.group(1))
    if run.since and q.unit in ("%", "倍") and f.baseline_year is None:
        f.baseline_year = run.since  # …的4972亿元增长21.7%: the growth since that year
    run.since = None
    if run.pending:
        f.baseline, f.baseline_year = run.pending[0], run.pending[1] or f.baseline_year
        run.pending = None
    return f
