"""The named rules a quantity of a clause passes (`clause.read_clause` runs them in order).

Each rule takes a `Reading` (the quantity, the text before and after it, its head phrase and the
metric so far) and the `ClauseRun` (what the clause and the clause before carry); it refines the
reading or returns the reason the number is not a target (what `--explain` shows). Each
docstring is the rule's example.
"""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.aside_rules import rule_goals_counted, rule_only_so_much, rule_remark
from plantrack.parse.count_rules import (
    GROWTH_VERBS,
    PEOPLE_UNITS,
    rule_count_above_of_noun,
    rule_count_in_object,
    rule_count_then_done,
    rule_each_has,
    rule_for_beneficiaries,
    rule_list_intro,
    rule_named_set,
    rule_noun_after_verb,
    rule_people_reach_a_state,
    rule_projects_that_invest,
    rule_tier_of_firms,
    rule_under_way,
    weak_unit,
)
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.kind_rules import rule_kind, rule_lost_percent, rule_unit
from plantrack.parse.metric_rules import rule_has_metric
from plantrack.parse.money import money_reason
from plantrack.parse.not_targets import programme_name, said_not_a_target
from plantrack.parse.phrases import (
    post_metric,
    read_head,
    strip_trail,
)
from plantrack.parse.quantity import COUNT_UNITS, WEAK_UNITS, is_count
from plantrack.parse.reading import ClauseRun, Reading, Rule
from plantrack.parse.reject import (
    CLASS_BOUND,
    EACH_HAS,
    GOALS_NAMED_AFTER,
    HOLDS_LEVEL,
    LEVEL_AFTER,
    SECOND_COUNT,
    SECOND_MEASURE,
    TIME_UNITS,
    bounded_work,
    counted_work,
    improves_things,
    measured_too,
    named_then_counted,
    reject,
    task_sized,
    time_to_reach,
    worked_on,
)
from plantrack.parse.share_rules import (
    COVERAGE,
    rule_rate_at_a_speed,
    rule_share_achieved,
    rule_share_covered,
    rule_share_doing,
    rule_share_of_area,
    rule_share_of_place,
    rule_share_of_units,
)
from plantrack.parse.subject_rules import (
    rule_borrowed_noun,
    rule_elided_subject,
    rule_equivalent,
    rule_events_named_before,
    rule_investment_of_sector,
    rule_output_of_industry_before,
    rule_places_of_measure_before,
    rule_sibling_noun,
    rule_work_on_things_before,
    rule_yearly_item,
)

# （公交V2G示范项目: a part of the value before, named in full in brackets (its noun the same)
_NAMED_PART = re.compile(r"^[（(]([\u4e00-\u9fffA-Za-z0-9]{4,24})$")


def rule_class_bound(r: Reading, run: ClauseRun) -> str | None:
    """20万元（含）以上的, 300万以上人口城市: a bound that classes things, whatever the verb."""
    if CLASS_BOUND.match(r.after):
        return "a bound that classes things (20万元（含）以上的, 300万以上人口城市), not a target"
    if _MONEY_UNITS.match(r.q.unit or "") and _COUNTED_AFTER.match(r.after):
        return "a sum that names a class of the things counted after it (百亿元县市区30个)"
    if r.q.suffix == "以上" and _MONEY_UNITS.match(r.q.unit or "") and _CLASSED_NOUN.match(r.after):
        return "a sum that names a class of the noun after it (百亿元以上产业集群…全覆盖)"
    # (not 占百分之六十八 in an old plan, whose shares of its totals are targets)
    if (
        r.q.unit == "%"
        and not r.q.chinese
        and _SHARE_OF_FIGURE_BEFORE.fullmatch(r.pre.strip(" ，,、；;"))
    ):
        return "the share the figure before it has of a whole (…582个，个数占比65.9%)"
    if _COUNTED_BEFORE.search(r.pre):
        return "a bound in the description of the things counted before it (1-2家营业收入过千亿)"
    return None


_MONEY_UNITS = re.compile(r"^[十百千万亿]*元$")
# 百亿元县市区30个、亿元乡镇30个以上: the noun the sum names, then its own count
_COUNTED_AFTER = re.compile(r"^[\u4e00-\u9fff]{2,8}\d+(?:\.\d+)?[个家座所项]")
# 实现百亿元以上产业集群“产业大脑”应用…全覆盖: the clusters of that size (not 投资40亿元以上，)
_CLASSED_NOUN = re.compile(r"^(?:产业集群|集群|产业园区?|园区|企业|工业企业|项目|重大项目|产业链)")
# 安排…项目582个，个数占比65.9%; 政府投资575.5亿元，占25.7%: how a total is split, clause by clause
_SHARE_OF_FIGURE_BEFORE = re.compile(
    r"(?:其中)?(?:个数|投资|数量|资金|金额|项目数|投资额)?占比?为?"
)
# 培育1-2家营业收入过千亿、3-4家…的龙头企业: a count, then what each of them exceeds
_COUNTED_BEFORE = re.compile(r"\d+(?:[-—–~]\d+)?[个家座所项][\u4e00-\u9fff]{2,8}(?:过|超过?|突破)$")


# 保有量达到1万辆以上（全国约5万辆）: a wider area's figure beside the target, in brackets
_WIDER_AREA = re.compile(r"[（(](?:全国|全省|全球|全世界)[^（）()，。；]{0,6}$")


def rule_wider_area_in_brackets(r: Reading, run: ClauseRun) -> str | None:
    """…1万辆以上（全国约5万辆）: the nation's figure a bracket sets beside the target."""
    if _WIDER_AREA.search(r.pre) and r.after.lstrip()[:1] in "）)":
        return "a wider area's figure in brackets (（全国约5万辆）), not this target"
    return None


# 旅游总收入1800亿元（年均增长率15%）: the yearly growth of the level before, in brackets
_BRACKET_RATE = re.compile(r"[（(]\s*(?:年均|年平均|平均每年)(增长率?|增速|递增)(?:为|达到?)?\s*$")


def rule_bracketed_part(r: Reading, run: ClauseRun) -> str | None:
    """达到3.85人（其中中医类别0.62人）: a part of the value before, named in brackets."""
    rate = _BRACKET_RATE.search(r.pre) if run.last and r.q.unit == "%" else None
    if rate and r.after.lstrip().lstrip("左右以上")[:1] in "）)":
        # 年均增长8%: the verb is the head's and joins the metric later; 年均增长率15%: a noun
        noun = rate.group(1) in ("增长率", "增速")
        r.metric = f"{run.last}年均{rate.group(1)}" if noun else run.last
        r.kind, r.settled = "annual", True
        return None
    m = vocab.BRACKET_PART_RE.search(r.pre) if run.last else None
    if m and r.after.lstrip()[:1] in "）)":
        held, part = m.group(1) == "含", strip_trail(m.group(2))
        # （其中城镇就业困难对象再就业0.25万人）: a part that says its own measure stands alone, and so
        # does what a total holds (45万人（含新增高技能人才15万人）取得证书)
        own = len(part) >= 4 and (held or part[-2:] == run.last[-2:])
        r.metric, r.settled = (part if own else run.last + part), True
        if own and held and vocab.INCREMENT_RE.match(part):
            r.kind = "increment"  # （含新增高技能人才15万人）: the new ones the total holds
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


# 北同蒲线的太原到朔县（210公里）实现电气化, 成渝线（505公里）: a named line's length beside it
_ROUTE_NAMED = re.compile(
    r"[\u4e00-\u9fff]到[\u4e00-\u9fff]{1,8}(?:段|线)?$|[\u4e00-\u9fff]{1,8}[线段]$"
)
_LENGTH_UNITS = frozenset(("公里", "千米", "米", "km"))


# 福建闽清水口水电站（140万千瓦）, 安徽淮南（洛河、平圩各60万千瓦）: a named plant's capacity
_PLANT = re.compile(r"电站|电厂|发电厂|核电|水电|火电")
_IN_OPEN_BRACKET = re.compile(r"[（(](?!其中)[^（()）]{0,12}$")


def rule_plant_size(r: Reading, run: ClauseRun) -> str | None:
    """主要建设湖北宜昌葛洲坝（271万千瓦）、…等大型水电站: the size of each named plant, in brackets
    beside its name, is not a target (GUIDE: project attributes)."""
    if (
        (r.q.unit or "").endswith("千瓦")
        and r.after.lstrip()[:1] in ("）", ")")
        and _IN_OPEN_BRACKET.search(r.pre)
        and _PLANT.search(run.clause)
    ):
        return "the capacity of a named plant, in brackets (水口水电站（140万千瓦）)"
    return None


def rule_count_in_brackets(r: Reading, run: ClauseRun) -> str | None:
    """补建健身点(60个), 参与赛事活动人次(7.5万人次): a list item's count in brackets after its
    noun (not a part: 其中… is `rule_bracketed_part`'s)."""
    q = r.q
    if r.pre[-1:] not in ("(", "（") or r.settled or r.after.lstrip()[:1] not in "）)":
        return None
    if weak_unit(q.unit) or _HEADING_MARK.match(r.pre):
        return None  # 一、促进就业(3项): a heading's count of its items
    if q.unit in _LENGTH_UNITS and _ROUTE_NAMED.search(r.pre[:-1]):
        return "the length of a named line or section, in brackets (太原到朔县（210公里）)"
    head = read_head(r.pre[:-1].lstrip("）)、，, "))  # after the item before: )、
    if len(vocab.CJK_OR_ALNUM.findall(head.metric)) >= 2:
        r.metric, r.settled = strip_trail(head.metric), True
        r.kind = r.kind or head.kind
    return None


_BOUNDS_AFTER_VERB = frozenset(("超", "超过", "不少于", "不低于", "至少", "约"))


def rule_bound_after_verb(r: Reading, run: ClauseRun) -> str | None:
    """增加超350个行政村通双车道公路, 为超2.5万名老年人提供…: a bound between a creation verb (or
    为/向) and the number; the verb's reading holds, the bound gives the comparator."""
    verb = r.head.verb
    if verb not in _BOUNDS_AFTER_VERB or r.settled or not r.pre.endswith(verb):
        return None
    unit = (r.q.unit or "").lstrip("万亿千百")
    if not (unit in COUNT_UNITS or unit.endswith("次") or r.q.unit in PEOPLE_UNITS):
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


_WORKING_DAYS = frozenset(("个工作日", "工作日"))


def rule_time_to_reach(r: Reading, run: ClauseRun) -> str | None:
    """航空应急力量基本实现2小时内到达灾害现场: the subject, what is reached, and 用时."""
    reached = None if r.settled else time_to_reach(r.q, r.after)
    within = r.q.suffix in ("内", "以内") and r.head.verb is None  # 压缩至40个工作日以内: a goal
    counted_from = r.pre.endswith(("之日起", "后", "起"))  # 执法决定作出之日起20个工作日内
    if (
        reached is None
        and within
        and (r.q.unit in _WORKING_DAYS or (counted_from and r.q.unit in TIME_UNITS))
        and (r.after[:1].isalpha() or r.after[:1] in "，,")  # …内完成…, …内，公布…: an action
    ):
        # 完成测试后，15个工作日内完成信息录入: a procedure's time limit, not a goal
        return "a procedure's time limit (N个工作日内完成…): a rule, not a target"
    if reached:
        subject = r.metric or run.last or run.state.subject
        r.metric, r.settled, r.post_metric = f"{subject}{reached}用时", True, True
        r.comparator = "<="
    return None


# 保障中小学生每天2小时体育活动, 学生每天至少参加1小时体育锻炼活动: a time each one shall have
_DAILY = re.compile(r"每(?:天|日|周)(?:至少|不少于|不低于)?(?:参加|参与|开展)?$")


def rule_daily_time(r: Reading, run: ClauseRun) -> str | None:
    """学生在校期间每天至少参加1小时体育锻炼活动: the daily time is the target; who, the day
    and the activity after the number are the metric."""
    if r.settled or r.q.unit not in ("小时", "个小时", "分钟") or r.head.verb is not None:
        return None
    daily = _DAILY.search(r.pre)
    activity = post_metric(r.after)
    if daily is None or len(activity) < 2:
        return None
    who = (
        r.metric[: len(r.metric) - len(daily.group(0))] if r.metric.endswith(daily.group(0)) else ""
    )
    r.metric, r.settled, r.post_metric = f"{who}每{daily.group(0)[1]}{activity}", True, True
    r.comparator = ">="
    return None


def rule_verb_before_number(r: Reading, run: ClauseRun) -> str | None:
    """每个乡镇至少建成1家…中心: a creation verb right before the number; the metric follows."""
    if r.head.verb is not None or not r.metric:
        return None
    vb = vocab.VERB_BEFORE_NUMBER.search(r.pre[-8:])
    if (
        vb
        and r.after
        and not r.after.startswith(("、", "和", "用于", "以上", "的"))
        and not SECOND_COUNT.match(r.after)  # 湿地公园建设2个1万亩: the things before the verb
    ):
        r.metric = ""
        at = len(r.pre) - len(r.pre[-8:]) + vb.start()
        rework = _REWORK_BEFORE.search(r.pre, 0, at)  # 改建或新建21个…: not all new
        if vb.group(0).lstrip("至少最") in vocab.INCREMENT_VERBS and not rework:
            r.kind = r.kind or "increment"
    return None


_REWORK_BEFORE = re.compile(r"(?:改建|改造|改扩建|扩建|提升|维修)[或和、及与]$")


def rule_not_a_budget(r: Reading, run: ClauseRun) -> str | None:
    """中央预算内投资安排5000亿元, 扶贫资金增长43.4%: money budgeted, not a plan target."""
    return money_reason(
        r.q, r.pre, r.after, r.metric, head_metric=r.head.metric, verb=r.head.verb,
        post_metric=r.post_metric,
    )  # fmt: skip


# 总规划面积约60.61平方公里, 面积约8.5平方公里: an area with no subject describes a place
# 培育年产值超100亿元、具备较强国际竞争力的龙头企业2家: the figure is one attribute of the noun a
# verb of making counts after another attribute and its 的
_ATTRIBUTE_BESIDE = re.compile(
    # (新建日处理能力5万吨、服务人口20万人的污水处理厂2座: the other attribute has a figure too)
    r"、[^，。；、]{2,16}的[^，。；、\d]{1,12}(?:\d|[一二两三四五六七八九十]+[个家])"
)
_MAKES_THINGS = frozenset(vocab.ACTION_VERBS + vocab.INCREMENT_VERBS)
_BARE_AREA = frozenset(("面积", "总面积", "规划面积", "总规划面积", "占地面积", "规划总面积"))
# …基地建设，面积突破11万亩: an area the work is to reach, not the size a place has
_REACHED = frozenset(("突破", "达到", "超过", "不少于", "不低于", "稳定在", "保持在"))
_BUILT_CLAUSE = re.compile(
    r"\s*(?:推进|加快|实施|开展|加强)?(?P<what>[^，,；;。：:\d]{2,24}?)(?:建设|改造)$"
)
_STARTS = frozenset(("新开工", "开工", "竣工", "建设"))  # 建设面积约153.4万平方米: housing built
_ZONE_AREA = ("区域面积", "启动区面积", "核心区面积", "片区面积")
_AREA_UNITS = frozenset(("平方公里", "公顷", "亩", "万亩", "平方米", "万平方米", "km²", "㎞²"))


# 实现8%左右的国内生产总值增长目标, 城镇新增就业1200万人以上的预期目标: a goal named after its value
# (…控制在4.5‰以内的目标进一步统一思想: the goal, then what the sentence does for it; 建成通组公路
# 5万公里的目标任务: the goal and its task)
_GOAL_AFTER = re.compile(
    r"^的(?P<what>[^，。；、\d]{0,16}?)(?:预期)?目标(?:任务)?"
    r"(?=[，。；]|$|而|进一步|努力|奋斗|迈进|前进|扎实|稳步|凝心|统一)"
)
_GOAL_KINDS = frozenset(("奋斗", "发展", "工作", "总体", "主要", "年度", "既定", "战略"))
# 力争具备300万千瓦以上调节能力: a capability sized by the value before it
_SIZED_CAPABILITY = re.compile(r"^(?:的)?(?P<what>[\u4e00-\u9fff]{2,12}能力)(?=[，。；]|$)")
_HAVE = ("具备", "具有", "形成")
# 保持7%左右的增长速度, 实现8%的经济增长: a growth named after the value a verb keeps or reaches
_GROWTH_AFTER = re.compile(
    r"^的?(?P<what>(?:国民经济|经济|国内生产总值|地区生产总值|工业|农业|投资|出口)?"
    r"(?:增长速度|增长率|增速|增长))(?=[，。；]|$)"
)
_KEEP = ("保持", "实现", "达到", "继续保持")
_BARE_GROWTH = frozenset(("增长速度", "增长率", "增速", "增长"))


def rule_goal_named_after(r: Reading, run: ClauseRun) -> str | None:
    """实现8%左右的国内生产总值增长目标 (the goal named after the value); 具备300万千瓦以上调节
    能力 (the capability the value sizes); 保持7%左右的增长速度 (the growth it keeps)."""
    if r.settled or r.q.unit is None or r.q.unit in WEAK_UNITS:
        return None  # 今后五年的主要发展目标: a span of years, not a value
    goal = _GOAL_AFTER.match(r.after)
    sized = None if goal else _SIZED_CAPABILITY.match(r.after)
    if sized and not r.pre.endswith(_HAVE):
        sized = None
    growth = None if goal or sized or r.q.unit != "%" else _GROWTH_AFTER.match(r.after)
    if growth and not r.pre.endswith(_KEEP):
        growth = None
    # 保持13.7%增长速度: a rate kept, as a report tells it (保持20%以上增长: a bound)
    if growth and not r.after.startswith("的") and not r.q.suffix:
        growth = None
    found = goal or sized or growth
    what = strip_trail(found.group("what")) if found is not None else ""
    if what in _GOAL_KINDS:
        what = ""  # 林业产值再增加15%的奋斗目标: a kind of goal, its metric before the value
    if what and growth and what in _BARE_GROWTH and r.metric:
        # 全市工业增加值保持20%以上增长: the subject before the verb grows
        r.metric, r.settled = r.metric.removesuffix("继续") + what, True
    elif what:
        r.metric, r.post_metric, r.settled = what, True, True
    elif goal and r.metric:
        r.settled = True  # 城镇新增就业1200万人以上的预期目标: the metric stands before
    return None


# 经济总量将向7万亿元冲刺: the value the subject heads for, a bound it strives to reach
_HEADED_FOR = re.compile(r"^(?:的目标)?(?:冲刺|迈进|进军|挺进|奋进)(?=[，。；]|$)")
_TOWARDS = scan_first_chars(re.compile(r"(?:将|要|力争|加快)?(?:朝|向)(?:着)?$"))


def rule_headed_for(r: Reading, run: ClauseRun) -> str | None:
    """经济总量将向7万亿元冲刺: 向 + the value + 冲刺/迈进 — the value is the subject's target."""
    if r.settled or r.head.verb is not None or r.q.unit is None or r.q.unit in WEAK_UNITS:
        return None
    towards = _TOWARDS.search(r.metric)
    if towards and towards.start() > 1 and _HEADED_FOR.match(r.after):
        r.metric, r.settled, r.comparator = strip_trail(r.metric[: towards.start()]), True, ">="
    return None


def rule_held_level(r: Reading, run: ClauseRun) -> str | None:
    """原油产量保持年产1亿吨的水平: a level the plan holds, named before the verb."""
    held = HOLDS_LEVEL.search(r.metric)
    if r.head.verb is None and held and not r.q.suffix and LEVEL_AFTER.match(r.after):
        r.metric, r.comparator = strip_trail(r.metric[: held.start()]), "="
    return None


# 建设…算力中心东阳分节点(700PFlops)、…项目(400PFlops): a named project's size in brackets
_BRACKETED_SIZE = re.compile(r"(?:项目|工程|中心|节点|基地|园区|电站)[（(]$")
# 建成年输气量2亿方门站, 完成输气能力20万方/小时门站: the capacity of the facility named right after
_CAPACITY_BEFORE = ("输气量", "输气能力", "处理能力", "处理规模", "年产能", "年产")
_FACILITY_AFTER = re.compile(r"^的?[\u4e00-\u9fff]{0,4}(?:门站|站|厂|中心|基地)(?=[，。；、]|$)")


def _bare_area(r: Reading, run: ClauseRun) -> str | None:
    """A bare 面积: an area to reach (…基地建设，面积突破11万亩, named after what the clause before
    builds), housing started (新开工面积20万平方米), or the size a place has (片区，面积约8.5平方公里)."""
    if r.head.verb in _REACHED:
        built = _BUILT_CLAUSE.match(run.state.clause)
        if built:
            r.metric = built.group("what") + r.metric
        return None
    if r.head.verb_word not in _STARTS:
        return "the size of a place (…片区，面积约8.5平方公里), not a target"
    # 新开工面积20万平方米: the year's housing starts (a level of the year), not a size
    r.metric, r.kind = r.head.verb_word + r.metric, None
    return None


def rule_not_a_value(r: Reading, run: ClauseRun) -> str | None:
    """5000万元以上的项目, 世界500强, 15分钟生活圈, 全长45公里: not a target (see `reject`)."""
    said = said_not_a_target(r.q, r.head.verb, r.pre, r.after, r.metric, run.clause)
    if said:
        return said
    if r.after[:1] in "）)" and _BRACKETED_SIZE.search(r.pre) and not is_count(r.q.unit):
        return "a named project's size in brackets, not a target"  # (not 次中心（15个）: a count)
    if r.pre.endswith(_CAPACITY_BEFORE) and _FACILITY_AFTER.match(r.after):
        return "the capacity of the facility named after it (年输气量2亿方门站), not a target"
    if (
        r.head.verb in (None, "约", "为")
        and vocab.ATTRIBUTE_RE.search(r.pre)
        and not _counted(r)
        and not vocab.BUILDING_CLASS_AREA_RE.search(r.pre)
    ):
        return "a project attribute (全长, 总投资, 建成后…), not a target"
    if (
        r.metric.endswith(_ZONE_AREA)
        and r.q.unit in _AREA_UNITS
        and r.head.verb in (None, "约", "为", "约为")
    ):
        return "the size of a zone (先行启动区域面积约1平方公里), not a target"
    if r.metric in _BARE_AREA and r.q.unit in _AREA_UNITS:
        said = _bare_area(r, run)
        if said:
            return said
    if (
        _ATTRIBUTE_BESIDE.match(r.after)
        and r.head.lead_verb
        and r.head.verb_word in _MAKES_THINGS
        and not is_count(r.q.unit)
    ):
        return (
            "an attribute of a counted noun (培育年产值超100亿元、具备…的龙头企业2家), not a target"
        )
    if r.settled:
        return None
    if r.metric.endswith("按") and r.head.verb in GROWTH_VERBS:
        r.metric = r.metric[:-1]  # 地区生产总值按增长5%安排
    reason = reject(r.q, r.head, r.after, r.metric, r.chained)
    if reason is None and r.metric and r.after.strip(" 。；，") in COVERAGE:
        r.metric += "覆盖率"  # 家庭医生签约服务实现100%覆盖: its coverage
    return reason


def _counted(r: Reading) -> bool:
    """总投资X亿元的120个项目; 总投资亿元以上重大产业项目3000个: the count of projects above a
    threshold (the threshold qualifies the noun, the count is the target)."""
    if not is_count(r.q.unit):
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


def _named_after(r: Reading) -> str:
    """The metric a count's own form reads from the words after it, or "": the work on the
    things a 对… object counts (对…等10条超期服役道路进行大整修), the things before their size
    (7处26公顷公园绿地建设), the things a list item counts after its examples (B小学等7所小学), what
    each place has (每个街道有1处综合养老服务设施), the places 提升 improves (修复提升80所因灾受损学校)."""
    q, after = r.q, r.after
    if worked_on(q, r.metric, after):
        things = post_metric(after).replace("进行", "")
        if things:
            return things
    size = SECOND_MEASURE.match(after) if measured_too(q, after) else None
    if size:
        things = post_metric(after[size.end() :])
        if things:
            return things
    if named_then_counted(q, r.metric, r.chained):
        things = post_metric(after)
        if things:
            return things
    if not r.head.verb and EACH_HAS.search(r.metric):
        things = post_metric(after)
        if things:
            return f"{r.metric[:-1]}{things}"
    if bounded_work(q, r.head, after.strip(" 。；，,;")):
        return f"{r.metric}{after.strip(' 。；，,;')}"  # 重点片区内不少于300个更新项目实施
    if r.head.verb == "提升":
        things = post_metric(after)
        if things and improves_things(q, r.head, things):
            return f"{r.metric}提升{things}"
    if not r.head.verb and r.q.unit not in vocab.SHARE_UNITS and (task := _TASK_AFTER.match(after)):
        return task.group(1)  # 紧扣…4.95万公顷粮油菜种植任务目标: the task its size opens
    return ""


# 4.95万公顷粮油菜种植任务目标, 30万亩造林任务: a task whose size is written before it, the clause
# ending on it
# (not 20万等各项任务, 5万人及各项任务, 7.5% 完成节能减排任务: a list's end, a rate beside a work)
_TASK_AFTER = re.compile(
    r"(?![等各完的及和与、])((?:(?!各项|等)[\u4e00-\u9fff]){2,12}?任务)(?:目标)?(?=[，。；,;]|$)"
)


# 7亿元63项重点水利项目: a count right after money, then what both are of
_COUNT_AFTER_MONEY = re.compile(r"\d+(?:\.\d+)?[个项座所家条处件]")


# 紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标: the goals, each named after its
# figure, that a verb of keeping to them governs
_GOAL_LEAD = re.compile(r"(?:围绕|落实|完成|确保|守住|实现)(?:我[市县区省]|全[市县区省])?$")
_GOAL_NAMED = re.compile(r"(?P<noun>[^，。；,;\d和、及]{2,16}?)(?:保护)?(?:目标|[和、及])")


def rule_goals_named_after(r: Reading, run: ClauseRun) -> str | None:
    """围绕68.59万亩耕地保有量和58.24万亩永久基本农田保护目标: each figure names its goal after it."""
    task = task_sized(r.q, r.after)
    if task:  # 全面完成1130万亩、246.8万吨的粮食生产任务: each size is the task's
        r.metric, r.settled, r.post_metric = task.group("noun"), True, True
        return None
    led = r.chained or _GOAL_LEAD.search(r.pre)  # (…和58.24万亩…: the next of the list)
    if r.head.verb or not led or not GOALS_NAMED_AFTER.match(r.after):
        return None
    named = _GOAL_NAMED.match(r.after)
    if named:
        r.metric, r.settled, r.post_metric = named.group("noun"), True, True
    return None


_FIGURE_OF_THEM = re.compile(r"(?:实现|达到|突破|超过)[^，。；\d]{0,8}\d")
_ONE_AFTER_ANOTHER = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:陆续|先后|相继)")
_ONE_AFTER_ANOTHER_WHY = (
    "places that do a thing one after another (11个设区市陆续进入…): an event, not a target"
)


def rule_metric_after(r: Reading, run: ClauseRun) -> str | None:
    """建成10个以上高水平示范应用场景: the metric follows the number; 农村公路90座三类桥梁加固
    维修: the scope before it, the things and the work after it."""
    work = None if r.head.verb or r.settled else counted_work(r.q, r.metric, r.after)
    named = "" if r.settled else _named_after(r)
    if named:
        r.metric, r.settled, r.post_metric = named, True, True
        return None
    if work:
        r.metric, r.post_metric = r.metric.lstrip(")）、，,;；") + work, True
        return None
    if r.head.verb == "约" and r.metric in ("完成", "实现"):
        r.metric = ""  # 完成约300亿元的中央水利投资: the verb alone, the metric after
    if r.settled or (
        r.metric and not (r.head.lead_verb is False and r.metric in vocab.ACTION_VERBS)
    ):
        return None
    if not r.pre and run.last and r.after[:1] == "、":
        return None  # 生态修复133.8公里512公顷、…: a second count of the item before
    after = r.after
    counted = (
        _COUNT_AFTER_MONEY.match(after) if vocab.MONEY_UNIT_RE.search(r.q.unit or "") else None
    )
    if counted:
        after = after[
            counted.end() :
        ]  # 完成7亿元63项重点水利项目…: the money of the things counted
    r.metric = post_metric(after)
    r.post_metric = bool(r.metric)
    if not r.head.lead_verb and _FIGURE_OF_THEM.search(r.metric):
        return "the places counted whose figure follows (全市6个产业园实现综合产值268亿元): a scope"
    if not r.head.verb and _ONE_AFTER_ANOTHER.match(r.metric):
        return _ONE_AFTER_ANOTHER_WHY
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


RULES: tuple[Rule, ...] = (
    rule_remark,
    rule_only_so_much,
    rule_goals_counted,
    rule_class_bound,
    rule_wider_area_in_brackets,
    rule_bracketed_part,
    rule_plant_size,
    rule_count_in_brackets,
    rule_list_intro,
    rule_named_set,
    rule_under_way,
    rule_equivalent,
    rule_yearly_item,
    rule_borrowed_noun,
    rule_bound_after_verb,
    rule_time_to_reach,
    rule_daily_time,
    rule_verb_before_number,
    rule_for_beneficiaries,
    rule_each_has,
    rule_people_reach_a_state,
    rule_share_covered,
    rule_share_of_units,
    rule_share_achieved,
    rule_share_doing,
    rule_share_of_area,
    rule_noun_after_verb,
    rule_projects_that_invest,
    rule_tier_of_firms,
    rule_count_above_of_noun,
    rule_count_then_done,
    rule_count_in_object,
    rule_goal_named_after,
    rule_headed_for,
    rule_goals_named_after,
    rule_held_level,
    rule_rate_at_a_speed,
    rule_not_a_value,
    rule_rate_after_increment_verb,
    rule_metric_after,
    rule_not_a_programme,
    rule_events_named_before,
    rule_output_of_industry_before,
    rule_investment_of_sector,
    rule_elided_subject,
    rule_places_of_measure_before,
    rule_work_on_things_before,
    rule_sibling_noun,
    rule_share_of_place,
    rule_has_metric,
    rule_not_a_budget,
    rule_kind,
    rule_lost_percent,
    rule_unit,
)
