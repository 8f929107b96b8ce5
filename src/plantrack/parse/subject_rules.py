"""The rules that find what a value measures when its own words do not say it: the subject of
the clause before, the thing a clause names alone, a measure of the subject before (总量, 总规模),
the same target in another unit (`parse.rules` runs them in its order)."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.phrases import (
    GROWING_SUBJECT,
    MAX_METRIC,
    elided,
    named_alone,
    post_metric,
    read_head,
    strip_lead,
    strip_trail,
)
from plantrack.parse.quantity import COUNT_UNITS
from plantrack.parse.reading import ClauseRun, Reading


def rule_equivalent(r: Reading, run: ClauseRun) -> str | None:
    """人均生产总值超过7万元，折合9000美元: the same target in another unit."""
    state = run.state
    if r.head.metric in vocab.EQUIVALENT_WORDS and (run.last or state.subject):
        r.metric, r.settled = run.last or state.subject, True
        r.comparator, r.kind = state.comparator, state.kind
    return None


# 2024年5家、2027年10家; 其中2024年850台、2025年1200台: the year of one value of a list of years
# (with the value before it, for a later item)
_YEARLY_ITEM = re.compile(r"^(?:[\d.]+[^\d、，。；]{0,4}、)?(?:其中)?(?:19|20)\d\d年(?:底|末)?$")
_NEXT_YEARLY_ITEM = re.compile(r"^[^\d，。；、]{0,2}、(?:19|20)\d\d年[\d.]")


def rule_yearly_item(r: Reading, run: ClauseRun) -> str | None:
    """推动企业实施污防设施提升改造，2024年5家、2027年10家: each value of a list of years counts
    what the words before the list name (not the value or the year before it)."""
    if not _YEARLY_ITEM.match(r.pre.strip()) or not (r.chained or _NEXT_YEARLY_ITEM.match(r.after)):
        return None
    state = run.state
    subject = run.last or state.subject or _work_before(state.clause)
    if subject:
        r.metric, r.settled = subject, True
    return None


def rule_borrowed_noun(r: Reading, run: ClauseRun) -> str | None:
    """其中研发投入超亿元的10家: the counted noun is the subject before (…机构)."""
    if r.pre.endswith("的") and r.head.verb is None and run.state.subject and r.q.unit != "%":
        r.metric = r.metric + "的" + run.state.subject
    if run.pending and (not r.metric or vocab.BASELINE_TO_YEAR_RE.match(r.pre)):
        # 由…的483.9亿元到2025年将增加为: the subject before 由 names the target
        named = read_head(run.pending[2] + "达到").metric  # 可由现在的…: 可 names nothing
        if len(vocab.CJK_OR_ALNUM.findall(named)) < 2 and not run.state.subjects:
            named = named_alone(run.state.clause) or named
        r.metric = named
    return None


# 比1980年增长, 比“六五”期间增加, 较上年提高, (比1980年)的8,500亿元增加: a change measured from a
# baseline, no subject
_COMPARED_ONLY = scan_first_chars(
    re.compile(
        r"^(?:(?:分别|合计|都|均|也|将|要)?[比较][^，。；、]{1,24}?|的[\d.,，]+[^\d，。；、]{1,6}?)"
        r"(?P<verb>增长|增加|提高|下降|降低|减少|扩大)?(?:近|约|了|为)?$"
    )
)
# 即, 也就是: what follows restates the subject; 或 (达到70%或较2020年提高5个百分点): another
# target of the same subject
_NAMELY = frozenset(("即", "亦即", "也就是", "也就是说", "或", "或者"))
# …国内游客量为2.44亿人次，目标是2015年达到5亿人次: the aim for the subject of the clause before
_AIM_ONLY = frozenset(("目标是", "目标为", "目标"))


_EVENT_VERBS = frozenset(("安排", "举办", "开展", "组织"))
_EVENT_CLAUSE = re.compile(r"\s*(?:开展|举办|组织|实施)(?P<what>[^，,；;。：:\d]{2,24})$")


def rule_events_named_before(r: Reading, run: ClauseRun) -> str | None:
    """开展青少年心理健康服务进村(社区)行动，全年安排不少于120场次: a bare 安排/举办 counts the
    events the clause before names."""
    event = _EVENT_CLAUSE.match(run.state.clause) if r.metric in _EVENT_VERBS else None
    if event:
        r.metric = event.group("what") + r.metric
    return None


# 发展精品粮油、亳州花茶…等特色产业，实现产值850亿元: the output of the industry the clause names
_INDUSTRY_CLAUSE = re.compile(
    r"\s*(?:发展|培育|做强|做大|壮大|打造)(?P<what>[^，,；;。：:\d]{2,30}?(?:产业|产业集群|产业链))$"
)
_INDUSTRY_OUTPUT = frozenset(("产值", "总产值", "产量", "营业收入", "营收", "销售收入", "规模"))


def rule_output_of_industry_before(r: Reading, run: ClauseRun) -> str | None:
    """发展…特色产业，实现产值850亿元: a bare 产值 is the output of the industry the clause before
    builds."""
    industry = _INDUSTRY_CLAUSE.match(run.state.clause) if r.metric in _INDUSTRY_OUTPUT else None
    if industry:
        r.metric = industry.group("what") + r.metric
    return None


def rule_investment_of_sector(r: Reading, run: ClauseRun) -> str | None:
    """其中，水利12项，计划完成投资20.4亿元: a bare investment right after a sector's count of
    projects is the sector's."""
    state = run.state
    if (
        _BARE_INVESTMENT.fullmatch(r.metric)
        and _SECTOR.fullmatch(state.subject)
        and state.unit == "项"
    ):
        r.metric = state.subject + r.metric
    return None


def rule_elided_subject(r: Reading, run: ClauseRun) -> str | None:
    """地区生产总值年均增长5.5%，到2030年突破2.4万亿元: the subject of the clause before;
    …增加值突破3000亿元，占地区生产总值比重…; 财政资金用于科技的比例."""
    state = run.state
    compared = _COMPARED_ONLY.match(r.metric)
    if compared and (run.last or state.subject):
        # 粮食产量达到3.6亿吨，比1980年增长12%: the change of the subject before
        r.metric = (run.last or state.subject) + (compared.group("verb") or "")
    if r.metric in _AIM_ONLY and (run.last or state.subject):
        r.metric = ""
    if r.metric in _NAMELY or vocab.TRAIL_RE.fullmatch(r.metric):
        r.metric = ""  # 翻两番，即由…增加到…; …增长率，必须控制在…: the subject is before
    if r.metric in vocab.MEASURE_NOUNS and (run.last or state.subject or state.clause):
        # …社零额年均增速11.3%，总量达到2万亿元: 总量 of the subject before;
        # 体育产业融合发展，总规模达到500亿元: of the sector the clause before names
        r.metric = _measure_of(run, r.metric)
    elif not r.metric and run.last and not r.head.work_verb:
        r.metric = run.last  # 确保GDP超过2500亿元、力争达到3000亿元 (not 新开工2个、建成2个)
    elif not r.metric and r.head.work_verb and (done := vocab.OBJECT_VERB_END_RE.search(run.last)):
        # …提升工程建成4000公里、开工8000公里: the same work, another stage of it
        r.metric = run.last[: done.start()] + r.head.work_verb
    elif r.metric in _BARE_OUTPUT and state.item:
        r.metric = state.item + r.metric  # 四、原盐。1985年生产1，650万吨: the item's output
    elif not r.metric and state.label:
        r.metric = state.label  # 钢：从一百三十五万吨增加到四百十二万吨
    elif not r.metric and not r.pre.strip() and (named := named_alone(state.clause, 8)):
        r.metric = named  # 自行车，3,300万辆: the thing, then its figure
    elif (
        not r.metric
        and r.head.work_verb
        and not vocab.INCREMENT_RE.match(r.head.work_verb)
        and (work := named_alone(state.clause, 16))
    ):
        # 县乡公路路面改善提升工程，开工8000公里: the work named alone, then its verb and figure
        # (not …加装电梯，全年新增120部: what is new is the thing the work adds)
        r.metric = work + r.head.work_verb
    elif not r.metric or (
        len(r.metric) <= 2
        and not r.post_metric  # 202万亩耕地: the noun after the number is the metric
        and r.metric in state.clause
        and not state.clause.endswith(vocab.LEAD_IN_ENDS)
    ):
        r.metric = elided(r.head, r.metric, state) or r.metric
    if (r.q.unit or "").lstrip("万亿") in COUNT_UNITS and (
        len(vocab.CJK_OR_ALNUM.findall(r.metric)) < 2 or r.metric in _COUNT_ONLY
    ):
        # …加装电梯，全年新增80部; 要实施城市更新项目，数量为500个
        r.metric = _work_before(state.clause) or r.metric
    if r.metric.startswith("占") and state.subject:
        r.metric = state.subject + r.metric
    if r.after.startswith("用于") and r.head.metric:
        r.metric = strip_trail(r.head.metric) + post_metric(r.after)
    return None


# 邢台、邯郸(下降30%): places listed with no measure
_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[、和]){1,6}[\u4e00-\u9fff]{2,3}")


def rule_places_of_measure_before(r: Reading, run: ClauseRun) -> str | None:
    """…石家庄、唐山的细颗粒物浓度比2012年下降33%，邢台、邯郸下降30%: the places' change is of
    the measure the clause before names after its own places (…的细颗粒物浓度)."""
    if not _PLACES.fullmatch(r.metric) or not r.head.verb:
        return None
    before = run.last or run.state.subject
    if "的" in before:
        measure = before.rsplit("的", 1)[1]
    else:  # 秦皇岛、沧州、衡水下降25%: the measure of the places before, if it is still theirs
        measure = run.state.measure if before.endswith(run.state.measure) else ""
    if len(measure) >= 2 and measure not in r.metric:
        r.metric += measure
        run.state.measure = measure  # 秦皇岛、沧州、衡水下降25%: the same measure again
    return None


def rule_work_on_things_before(r: Reading, run: ClauseRun) -> str | None:
    """公共消防站达到7个，开工建设1个; 大中型建设项目890个，计划全部建成400个: a work's verbs alone
    work on the things the clause before counts, in its unit."""
    before = run.last or run.state.subject
    if _WORK_ONLY.fullmatch(r.metric) and before and r.q.unit == run.state.unit:
        r.metric = r.metric + before
    return None


# 开工建设, 计划全部建成, 关停: a work's verbs alone, naming nothing it works on
_WORK_ONLY = re.compile(
    r"(?:计划|全部|基本|累计|开工|建设|建成|新建|扩建|关停|更新|改造|完成|实施)+"
)


# 既有车站出入口增加电扶梯 / 推进老旧小区加装电梯: a clause that names the things a work adds
_WORK_CLAUSE = re.compile(
    r"(?:加装|增加|增设|安装|配备|配置|购置|更新|新建|建设|启动|实施|推进)[\u4e00-\u9fff]{2,}$"
)


# 数量为500个: a count that names nothing but that it counts
_COUNT_ONLY = frozenset(("数量", "总数", "个数", "数目"))
# 完成投资, 年度投资: an investment that names no projects (the count before does)
_BARE_INVESTMENT = re.compile(r"(?:完成|年度|计划)*投资")
_SECTOR = re.compile(r"[\u4e00-\u9fff]{2,6}")
# 生产, 产量: an output that names no product (its list item's heading does)
_BARE_OUTPUT = frozenset(("生产", "产量", "总产量", "年产量", "生产能力", "产能"))


# 13 推动…, 13、推动…, （13）推动…: the number of a list item before its words
# (the reader drops the space between a digit and a Chinese character: 13推动…)
_ITEM_NUMBER = re.compile(
    r"^(?:[（(]\d{1,2}[)）]|\d{1,2}(?:[.．、]|\s+)(?!\d)|\d{1,2}(?=推动|推进|加快|实施|开展|加强))\s*"
)


def _work_before(clause: str) -> str | None:
    """The clause before, without its lead words, when it names the work and its things and
    holds no figure of its own: the metric of a count that names none."""
    clause = _ITEM_NUMBER.sub("", clause.strip(), count=1)  # 13 推动…加装电梯建设
    if not _WORK_CLAUSE.search(clause) or any(ch.isdigit() for ch in clause):
        return None
    return strip_trail(strip_lead(clause)[0][-MAX_METRIC:]) or None


# 规模以上工业完成总产值…，实现增加值…: the doing verb is not the subject's
_WORK_DONE_END = re.compile(r"(?:完成|实现)$")


def _measure_of(run: ClauseRun, measure: str) -> str:
    """The subject a bare measure (总量, 总规模, 增加值总量) belongs to."""
    state = run.state
    topic = vocab.TOPIC_RE.match(strip_lead(state.clause)[0]) if not state.subjects else None
    if run.last or not topic:
        base = run.last or state.subject
        for noun in vocab.MEASURE_NOUNS:
            if noun != "增加值" or measure == noun:  # 产业增加值…，增速16%: the value's growth
                base = base.removesuffix(noun)
        # 苹果总产量…，产值…: the 总 was the output's, not the value's (苹果产值)
        base = _WORK_DONE_END.sub("", base.removesuffix("年均").removesuffix("总"))
        if not base and (grown := GROWING_SUBJECT.match(strip_lead(state.clause)[0])):
            base = grown.group(1)  # 地区生产总值年均增速高于全省，总量达到1600亿元
    else:
        base = topic.group(1)
    return base + measure if base else measure


# 基本建成, 提升改造, 竣工: work verbs only, no noun
_WORK_VERBS_ONLY = re.compile(rf"(?:基本|全面)?(?:{vocab.OBJECT_VERB_RE.pattern}|竣工|完工)+")


def rule_sibling_noun(r: Reading, run: ClauseRun) -> str | None:
    """新开工国省干线1000公里、建成1500公里; 新建幼儿园10所、改扩建20所: a work verb and a count in
    the same unit right after a list value, no noun of its own: the noun of the value before,
    with this value's verb."""
    if not r.chained:
        return None
    if r.metric:
        verb = r.metric if _WORK_VERBS_ONLY.fullmatch(r.metric) else None
    else:
        verb = r.head.verb_word if r.head.lead_verb else None
    if not verb:
        return None
    if r.q.unit is None or r.q.unit != run.last_unit or r.q.unit in vocab.SHARE_UNITS:
        return None
    # 保障性住房新开工2万套、竣工1.5万套, 新开工建设安置房60万平方米、竣工80万平方米: the noun
    # without the verbs written around it
    noun = _WORK_AROUND.sub("", run.last) or run.last
    if len(vocab.CJK_OR_ALNUM.findall(noun)) < 2 or post_metric(r.after):
        return None
    r.metric, r.settled = verb + noun, True
    if verb in _FINISHED:
        r.kind = "level"  # 新开工…、竣工80万平方米: what is finished is no new start
    return None


_WORK_AROUND = re.compile(
    rf"^(?:{vocab.OBJECT_VERB_RE.pattern})+|(?:{vocab.OBJECT_VERB_RE.pattern}|开工|竣工)+$"
)
_FINISHED = frozenset(("竣工", "完工"))
