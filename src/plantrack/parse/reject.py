"""Why a number in its phrase is not a target (`reject`, which `rules.rule_not_a_value` asks),
and the phrase shapes other rules share with it: a class bound, a held level, a time to reach."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.count_rules import EACH_NOUN, GROWTH_VERBS, classes_a_noun, extent_of_work
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.phrases import Head, completion_after
from plantrack.parse.quantity import COUNT_UNITS, WEAK_UNITS, Quantity
from plantrack.parse.share_rules import COVERAGE

_OPEN_NOTE_TAIL = re.compile(r"^\s*[（(][^）)]*$")
_OPEN_NOTE = re.compile(r"[（(][^）)]*$")
# 整机新产品50项(其中…不少于3项)、示范应用场景30个: a subset stated in brackets, then the list goes on
_SUBSET_NOTE = re.compile(r"^\s*[（(]其中[^（()）]*[）)]")
# 农村公路90座三类桥梁加固维修, 不少于300个更新项目实施: the things counted, then the work done on
# them, ending the clause (a 民生实事 list's way of writing 完成90座…桥梁加固维修)
_WORKS = "加固维修|维修加固|改造|维修|修缮|整治|改扩建|新建|实施|建设|治理|开放|投入使用|投用"
# 630所学校体育场试点向社会开放: the things and what is done with them (28个小区进行“液改气”
# 改造: a quoted name of the work counts as its words)
_WORK_ON_THEM = re.compile(rf"^[\u4e00-\u9fff（）()“”]{{1,16}}?(?:{_WORKS})$")
# 49条重点道路、20座立交桥、海河12座跨河桥梁进行整治维修: the counted items of one work
_COUNTED_ITEM = re.compile(r"、[\u4e00-\u9fff]{0,4}\d")
# 实现大棚蔬菜700亩、时令蔬菜700亩种植: the work that closes a list is every item's
_LIST_WORK = re.compile(rf"(?:{_WORKS}|种植|栽植|造林|绿化)")
_WORK_AT_END = re.compile(rf"(?:进行|实施)?(?:{_WORKS})+$")


# 80%以上钢铁产能完成超低排放改造, 充电电量60%以上集中在低谷时段, 70%以上的县（市、区）设有
# 康复机构: a share of things that do something, the clause ending on what they do
_SHARE_DOING = re.compile(
    r"^的?([\u4e00-\u9fff（）()、]{0,16}?"
    r"(?:完成|实现|达到|集中在|具备|单独设置|采用|设有|建有|配有|拥有|有|接受|普及|享有"
    # 通硬化路, 通客车, 通宽带: a service that reaches the places counted
    r"|转化为|投放|消纳|配备|开展|纳入|参加|使用|培育出|形成"  # 60%以上的县(市)培育出…产业
    r"|通(?=[\u4e00-\u9fff]{0,4}路|客车|公交|班车|宽带|光纤|自来水|天然气|动力电))"
    r"(?:[\u4e00-\u9fff（）()]|[1-9]\d?(?=[座个所家处名]))"  # 70%的行政村有1座卫生公厕
    r"[\u4e00-\u9fff（）()]{0,20})$"
)


# 今年北京拟安排200个(左右的)重点建设项目: the projects a year's plan takes on (not 安排9个预备项目, 30个
# 储备项目: held in reserve; money arranged is money.py's)
_PROJECTS_ARRANGED = re.compile(
    r"(?:左右)?的?([\u4e00-\u9fff]{0,8}?(?<!预备)(?<!储备)(?<!后备)项目)"
)
# 全市20个左右的乡镇达到美丽乡镇示范镇要求: a count of the places that reach a standard
_REACHES_STANDARD = re.compile(
    r"^的([\u4e00-\u9fff（）()、]{1,10}?(?:达到|达标|符合|通过)[^，。；,;]{0,20}?(?:要求|标准|验收))"
)
# 试点范围扩大到全国80%以上的县: a scheme spread to a share of the places, its target
_SPREAD_TO = re.compile(r"(?:扩大|覆盖|推广|延伸)[到至]?(?:全国|全省|全市|全区|全县)?$")
# 淘汰50%左右的国四…柴油环卫车, 将75%的降雨就地消纳和利用: the verb acts on a share of the things
_ACTS_ON_SHARE = re.compile(r"(?:^|[，,])(?:淘汰|将)$")
_SHARE_OF = re.compile(r"^的([\u4e00-\u9fff（）()]{2,24})$")


def _share_acted_on(metric: str, after: str) -> re.Match[str] | None:
    """淘汰50%左右的国四…柴油环卫车: the things whose share the verb before the value acts on."""
    return _SHARE_OF.match(after) if _ACTS_ON_SHARE.search(metric) else None


# 配置一辆通信保障车, 增设一座消防站: one thing a work verb right before the numeral provides
_ONE_OF_A_KIND = re.compile(r"(?:配置|配备|增设|新建|建设|建成|改造|提升改造)$")


_WORK_CHARS = re.compile(r"[修造缮治建施放用]")
_DONE_SO_FAR = re.compile(r"(?:已|累计)完成.*$")


def _work_on_them(after: str) -> str | None:
    """The things counted and the work on them when that is all the clause has left."""
    if not _WORK_CHARS.search(after):
        return None  # most clauses: no work verb at all (a fast gate: speed)
    rest = _OPEN_NOTE.sub("", vocab.BRACKET_NOTE_RE.sub("", after))  # …维修(其中:县道17座
    rest = _DONE_SO_FAR.sub("", rest).strip()  # 15个农村幸福院建设已完成8个(53%): progress
    if _COUNTED_ITEM.search(rest):  # the first item with the work at the list's end
        work = _WORK_AT_END.search(rest)
        rest = rest.partition("、")[0] + work.group(0) if work else rest
    m = _WORK_ON_THEM.match(rest)
    return m.group(0) if m else None


# 2小时内到达…, 5分钟内到场: the time within which something arrives or is done is the target
TIME_UNITS = frozenset(("分钟", "小时", "个小时", "天", "日", "个工作日", "工作日"))
_WITHIN_DONE = re.compile(r"^(?:到达|抵达|赶到|到场|响应|送达|办结|处置完毕)[^，。；]*")


def time_to_reach(q: Quantity, after: str) -> str | None:
    """What must be reached within the time `q` (2小时内到达灾害现场 → 到达灾害现场), or None."""
    if q.unit not in TIME_UNITS or q.suffix not in ("内", "以内"):
        return None
    m = _WITHIN_DONE.match(after)
    return m.group(0) if m else None


# 加强38个老旧小区消防水源建设, 支持20个…: a verb before the count makes it a scope
_SCOPE_VERB_END = ("加强", "推进", "支持", "深化", "强化", "完善", "提升", "加快", "扶持", "指导")


def counted_work(q: Quantity, metric: str, after: str) -> str | None:
    """The work on the things a count names (90座…桥梁加固维修, 15个农村幸福院建设), when the
    count is of things (座, 个, 条 …, not 万亩 or 米) and no verb before it makes it a scope."""
    if q.chinese or metric.endswith(_SCOPE_VERB_END):
        return None
    if q.unit == "%":
        share = _SHARE_DOING.match(after) or _CAPABILITY.match(after)  # 80%以上钢铁产能完成…
        share = share or _share_acted_on(metric, after)
        return share.group(1) if share else None
    if (q.unit or "").lstrip("万亿") not in COUNT_UNITS:
        return None
    named = _REACHES_STANDARD.match(after)
    if named is None and metric.endswith("安排"):
        named = _PROJECTS_ARRANGED.match(after)
    return named.group(1) if named else _work_on_them(after)


# 1697户。 right after 25个: a second count of the same thing, ending the clause (改造老旧小区
# 25个1697户; 每5公里1个 is a density)
SECOND_COUNT = re.compile(r"^\d[\d.]*[万千]?[\u4e00-\u9fff]{1,2}(?=[，。；,;、]|$)")


# 需求侧具备3%左右的尖峰负荷响应能力: a share that sizes a capability is the capability's target
# 原油产量保持年产1亿吨的水平: the verb that holds a level, a yearly measure word after it
HOLDS_LEVEL = re.compile(r"(?:保持|维持)在?(?:年产|年均|每年)?$")
_CAPABILITY = re.compile(r"^的([\u4e00-\u9fff]{2,16}能力)$")
# 受益灌面770万亩、惠及3600万人的引大济岷“世纪工程”: the first of two sizes that describe a project
_PROJECT_SIZES = scan_first_chars(
    re.compile(
        r"^、[^，。；、\d]{0,8}\d[\d.]*[^\d，。；、]{0,4}的[^，。；、\d]{0,12}(?:工程|项目|基地|枢纽)"
    )
)


# 解决6700人的饮水不安全问题: the people whose problem the plan solves are its target
_PROBLEM = re.compile(r"^的[\u4e00-\u9fff]{2,16}问题")
_SOLVES = re.compile(r"解决(?:农村|城镇|城乡|全[市县区省])?$")


# 10万元（含）至20万元的, 20万元（含）以上的: a bracket of a rule; 300万以上人口城市, 建设50万人口的
# 地区副中心城市 (its 人 read into the unit): a class of cities by their population
CLASS_BOUND = re.compile(
    r"^(?:[（(]含[）)](?:以上|以下|及以上|及以下|至[^，。；]{1,12})?的|人口的?(?:城市|大城市|县城|县|镇)"
    r"|口(?:以上|以下|及以上|及以下)?的[\u4e00-\u9fff]{0,8}(?:城市|县城|城区|镇))"
)


# 法律服务业营收在200亿元以上持续增长: a bound the measure stays above while it grows
_GOES_ON = re.compile(r"^[，,]?并?(?:持续|稳定|保持)(?:增长|提升|发展|稳定|向好)?$")


def _held(q: Quantity, head: Head, after: str) -> bool:
    """原油产量保持年产1亿吨的水平, 营收在200亿元以上持续增长: a level the plan holds."""
    if HOLDS_LEVEL.search(head.metric) and LEVEL_AFTER.match(after):
        return True
    return q.suffix in ("以上", "及以上") and _GOES_ON.match(after) is not None


# 300万人口以上的城市, 100-300万人口的城市: a population bound before the places it picks
_POPULATION_CLASS = re.compile(r"口(?:以上|以下|及以上|及以下)?的")


def _classes_things(q: Quantity, head: Head, after: str) -> str | None:
    """A bound that picks the people or things the clause speaks of, not a value to reach."""
    if (q.unit or "").endswith("人") and _POPULATION_CLASS.match(after):
        return "a population that picks a class of places (300万人口以上的城市), not a target"
    if q.unit in _SCALE_WORDS and _GRADE_AFTER.match(after):
        return "a grade (4千亿级, 3百万吨级): a class of the noun after it, not a target"
    if q.chinese and q.unit in ("亿", "万亿") and _INDUSTRY_NAMED.match(after):
        return "a grade that names an industry (打造千亿云茶大产业), not a target"
    if not q.suffix or not q.unit:
        return None
    if q.unit == "岁" and head.verb in (None, "为"):
        return "an age that qualifies people (65岁以上老年人), not a target"
    if classes_a_noun(q.unit, head.verb_word or head.metric, after):
        return "a bound that picks a class of things (5万平方米以上商场复评…), not a target"
    return None


# 1个4千亿级产业集群: a number in 千 before 亿级 grades the noun
_SCALE_WORDS = frozenset(("十", "百", "千", "万", "亿", "千万", "百万"))
# 千亿云茶大产业, 千亿产业集群: a bare scale (no 元) that names the industry after it
_INDUSTRY_NAMED = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:产业|产业集群|产业链|集群)(?=[，。；、]|$)")
_GRADE_AFTER = re.compile(r"[十百千万亿]*(?:吨|千瓦|瓦|伏)?级")


# 三千九百亿元, 一千六百九十公里, 十六个: a numeral of many places is a figure (三网一平台, 五个一批,
# 十大工程 are names of one)
_COMPOUND_NUMERAL = re.compile(
    r"[一二两三四五六七八九十][十百千万亿零〇][一二两三四五六七八九十百千万亿零〇]*"
)
# …，/…。, or 、 and the next item's name (钢产量一千八百万吨、煤产量…; not 六十斤、八十斤: a list of values)
_CLAUSE_CLOSE = re.compile(r"(?:人民币)?(?:[，。；,;]|$|、(?![\d零〇一二两三四五六七八九十百千]))")


# 城镇化率将达到六成五左右, 比重达到七成以上: a rate the tenths measure
_RATE_NAMED = re.compile(r"率|比重|占比|比例")


def _loose_tenths(q: Quantity, metric: str, after: str) -> str | None:
    """九成以上幼儿园, 降两成: tenths (成) not of a rate the clause names."""
    if q.unit == "成" and (not _RATE_NAMED.search(metric) or after.startswith("的")):
        return "tenths (成) not of a rate the clause names: a share told loosely"
    return None


def _figure_closing(q: Quantity, metric: str, after: str) -> bool:
    """钢产量一千八百万吨，: a figure of many places that closes its clause after its metric."""
    return (
        bool(metric)
        and not metric.endswith("了")  # 带来了五十二个、…: what came
        and bool(_COMPOUND_NUMERAL.match(q.text))
        and bool(_CLAUSE_CLOSE.match(after))
    )


def reject(q: Quantity, head: Head, after: str, metric: str, chained: bool) -> str | None:
    """Why a quantity is not a target, or None."""
    if "完成" in after[:8] and completion_after(after, q.unit):
        after = ""  # 新增技能人才4000人 完成736人: the row's target ends where its progress starts
    # 下降2.5%(分管副省长、…负责, …): a note whose bracket the clause's end cuts open
    if after[:2].lstrip()[:1] in "（(":
        after = _OPEN_NOTE_TAIL.sub("", _SUBSET_NOTE.sub("", after))
    strong_context = head.verb is not None or q.suffix is not None
    if q.unit is None and head.verb is None and not (q.fraction and _SHARE_OF_WHOLE.search(metric)):
        return "number without unit or verb"  # (规模工业应税销售占全市1/8: a share, written as a fraction)
    if (
        q.unit in WEAK_UNITS
        and not (q.suffix or head.verb not in (None, "为"))
        and not (q.unit in ("岁", "年") and metric.endswith(("寿命", "年限")))  # 人均预期寿命78.3岁
    ):
        return f"{q.unit} without a target verb or 以上/以内: a name or a duration"
    classed = _loose_tenths(q, metric, after) or _classes_things(q, head, after)
    if classed:
        return classed
    at_end = not after.strip() and q.unit not in WEAK_UNITS
    if q.chinese and not (
        strong_context or head.lead_verb or chained or at_end or _figure_closing(q, metric, after)
    ):
        return "Chinese numeral without a target verb"
    one_thing = bool(_ONE_OF_A_KIND.search(head.verb_word or metric))
    # 解决6700人的…问题, 再解决农村300万人的…问题
    solved = _SOLVES.search(metric) is not None and _PROBLEM.match(after) is not None
    if q.chinese and q.value == 1 and not strong_context and not one_thing:
        return "一 + measure word is not a count target"
    share = q.unit == "%" and (
        # 70%以上的县设有…, 试点扩大到全国80%以上的县
        _SHARE_DOING.match(after) is not None
        or _SPREAD_TO.search(metric) is not None
        or _share_acted_on(metric, after) is not None
    )
    counted = (q.unit or "").lstrip("万亿") in COUNT_UNITS
    share = share or (counted and _REACHES_STANDARD.match(after) is not None)
    held = _held(q, head, after)
    distributed = after.startswith(vocab.DISTRIBUTED_AFTER)
    if head.verb is None and (
        (
            after.startswith("的")
            and not _CAPABILITY.match(after)
            and not (solved or share or held or distributed)
            and not task_sized(q, after)
            and not _EXPECTATION_AFTER.match(after)  # 经济增长年均7.5%的预期，…: the goal itself
            and not _amount_done(q, _doing(head, metric), after)
            and not (head.work_verb and extent_of_work(q.unit, after))  # 实施400万平方米的…整修
            # 新增2000个左右的建制村通沥青路: the count of what the verb right before adds
            and not (head.work_verb in vocab.INCREMENT_VERBS and not head.metric)
        )
        or _PROJECT_SIZES.match(after)  # 受益灌面770万亩、惠及3600万人的…工程
    ):
        return "modifies a noun (…的): not a target"
    # (not 5件大中型水库: a class of size, the counted noun's adjective)
    if after[:1] in vocab.QUALIFIER_AFTER and not head.verb and not after.startswith("大中型"):
        return "a qualifier or name"
    unnoted = vocab.BRACKET_NOTE_RE.sub("", after)  # what follows the value, its notes dropped
    if (
        head.verb is None
        and metric
        # （以市级下达目标为准） is a note; …3.48万人次（其中…）等。: 等 closes the item, and so does
        # 任务 (节水灌溉面积2.25万亩任务: the size of the task)
        and not _closes_item(q, unnoted.strip(), metric)
        and not after.startswith(("、", "和", "用于"))
        # 建设充换电站2691座(含充电桩5.87万根、换电站20座)、个人…: an item, its parts in brackets
        and not (after[:1] in "（(" and unnoted.startswith("、"))
        and not (chained and after[:1] in "）)")  # …、换电站20座): the last part in the brackets
        and not (after.startswith("及") and not after.startswith(("及以", "及其以")))
        and not (chained and _LIST_WORK.fullmatch(after.strip(" 。；，")))
        and not (SECOND_COUNT.match(after) and not metric.endswith("每"))
        and not counted_work(q, metric, after)
        and not _counts_by_form(q, metric, after, chained)
        and not (head.lead_verb and after.startswith(metric))  # 改建6家社区…: counts its noun
        and not (after.strip() == "安排" and metric.endswith("按"))  # 赤字率拟按3%安排
        and not (solved or share or held or distributed)
        and not _next_item_follows(q, after)
        and not GOALS_NAMED_AFTER.match(after)
        and not _EXPECTATION_AFTER.match(after)
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
        or _RED_LINE.match(rest)
        or _FOUNDATION_FOR.match(rest)
        or _NAMED_A_TASK.match(rest)
        or rest in COVERAGE
        or (rest == "安排" and head.verb in GROWTH_VERBS)
        # 防洪标准提高到20—50年一遇洪水标准: the standard named again (not 30%面积达到5年一遇…)
        or (q.unit == "年一遇" and metric.endswith("标准") and rest.endswith("标准"))
    ):
        rest = ""  # 迈上3万亿元台阶; 地区生产总值按增长5%安排: the growth the year is planned on
    if (
        head.verb
        and rest
        # 达到70%或较2020年提高5个百分点: either of two targets
        and not rest.startswith(
            (
                "、",
                "和",
                "及",
                "以及",
                "用于",
                "等",
                "或较",
                "或比",
                "或达到",
                "或提高到",
                "或提升到",
                "——",  # 力争达到2100亿元——合肥市“十一五”规划…: a dash closes the clause
            )
        )
        and not _reach_a_state(q, head, rest)
        and not SECOND_COUNT.match(rest)  # 达到18条37回路、…: the same thing counted twice
        # 达到60%以上实现新增…: a clause whose comma a copy lost, the next opening on its verb
        and not (q.suffix and _NEXT_CLAUSE_VERB.match(rest))
        # 达到75%左右规模养殖场草畜配套: 左右 closes a value; a noun right after it opens the next
        # clause, its comma lost (75%左右的… would qualify a noun)
        and not (q.suffix == "左右" and not rest.startswith("的"))
        and not _done_for(q, head.verb, rest)
        and not _amount_done(q, _doing(head, metric), rest)
    ):
        return f"{head.verb} + number inside a longer phrase (…{rest[:6]})"
    if head.verb == "为" and not metric and not head.priced and not _done_for(q, "为", rest):
        return "为 + number without a subject"
    return None


def _done_for(q: Quantity, verb: str | None, rest: str) -> bool:
    """为9万户居民的老式住宅楼增添消防安全设施: the households or people a work is done for,
    counted (the work named after them)."""
    return verb == "为" and (q.unit or "").lstrip("万") in _PEOPLE and bool(_WORK_FOR.match(rest))


_PEOPLE = frozenset(("户", "人", "名", "家庭", "例"))  # 为6万例白内障患者…: cases, people
_WORK_FOR = re.compile(
    r"[^，。；,;\d]{0,20}?(?:增添|安装|改造|更新|配备|配置|加装|提供|解决|核减|减免|实施)"
)  # 为2.37万户承租公有住房的低保和优抚家庭核减租金, 为6万例白内障患者免费实施复明手术


# 实现2606个撤并村公路通达, 实现12户30人易地扶贫搬迁: 实现 counts the things that reach a state
_STATE_REACHED = re.compile(
    r"^[\u4e00-\u9fff0-9A-Za-z]{0,12}(?:通达|全覆盖|覆盖|脱贫|搬迁|达标|通车|通硬化路|通客车|并网|投产)$"
)


def _counts_things(q: Quantity) -> bool:
    """2606个, 5.4万户: a count of things (万 of them too), not a measure."""
    return (q.unit or "").lstrip("万") in COUNT_UNITS


# 粮食面积68万亩 产量4.54亿斤 (a headline whose space the reader drops), 实际利用外资1亿美元规模工业
# 应税销售占全市1/8 (a page that lost its commas): a measure, then the next item's measure and
# value with no separator between them
_NEXT_ITEM = re.compile(
    r"[\u4e00-\u9fff“”]{0,24}?(?:产量|总产|面积|产值|增加值|收入|总额|总量|规模|数|额|率|比重|占比"
    r"|占全[市省县区国])(?:达到?|为|超过?)?\d"
)


# 完成约300亿元的中央水利投资, 实现80亿元的销售收入: the amount of the money measure named after it
_MONEY_MEASURE_AFTER = re.compile(
    rf"^的[\u4e00-\u9fff]{{0,10}}?(?:{vocab.MONEY_MEASURES}|增量)(?=[，。；,;、]|$)"
)


def _doing(head: Head, metric: str) -> str | None:
    """The verb an amount is done by: 完成 of 完成300亿元, 实现, or the 完成 before 约."""
    if head.verb == "约" and metric.endswith(("完成", "实现")):
        return metric[-2:]
    return head.work_verb or head.verb


def _amount_done(q: Quantity, work_verb: str | None, after: str) -> bool:
    """完成300亿元的投资: an amount the verb right before completes, named after 的."""
    return (
        work_verb in ("完成", "实现", "形成")  # 确保形成1000亿元以上的投资增量
        and (q.unit or "").endswith("元")
        and _MONEY_MEASURE_AFTER.match(after) is not None
    )


# 围绕68.59万亩耕地保有量和58.24万亩永久基本农田保护目标: each figure of the goals named after it
_EXPECTATION_AFTER = re.compile(r"的(?:预期|预期目标|目标)(?=[，。；,;]|$)")
GOALS_NAMED_AFTER = re.compile(
    r"^(?![个大项类]?方面)[^，。；,;\d]{2,16}(?:[和、及][\d.]+[万亿]?[^\d，。；,;]{1,16})*(?<!的)目标(?=[，。；,;]|$)"
)


# 全面完成1130万亩、246.8万吨的粮食生产任务: the sizes, listed, of the task named after them
TASK_NAMED_AFTER = re.compile(
    r"^(?:[、和及][\d.]+[万亿千]?[^\d，。；,;、的]{1,4})*的"
    # (not …8万人以上的预期目标: a goal named after its value, its metric before)
    # (nor …5万公里的目标任务: the goal and its task, no noun of their own)
    r"(?P<noun>(?!(?:预期|年度|发展|主要|工作|总体|既定|各项)?(?:目标任务|目标|任务)(?:[，。；,;]|$))"
    r"[^，。；,;\d的]{2,12}(?:任务|目标))(?=[，。；,;]|$)"
)


def task_sized(q: Quantity, after: str) -> re.Match[str] | None:
    """1130万亩、246.8万吨的粮食生产任务: the task a size is of (not 今后五年的…目标: a span, nor
    下降15%以上的…任务: a bar the task meets)."""
    return None if q.unit in ("年", "%", "‰", "个百分点", "倍") else TASK_NAMED_AFTER.match(after)


def _next_item_follows(q: Quantity, after: str) -> bool:
    """The words after a value name the next item of a run-together list and its value."""
    return bool(q.unit) and _NEXT_ITEM.match(after) is not None


_SHARE_OF_WHOLE = re.compile(r"占(?:全[市省县区国]|[\u4e00-\u9fff]{1,6}的?)?$")


# 新增学位8000个以上等一系列…举措: 等 and the words that sum the list up close the item
_SUMMED_UP = re.compile(r"等(?:一系列|一批|多项|系列|各项)")


_SCORE_CELL = re.compile(r"分值\s*\d+(?:\.\d+)?分?$")


def _closes_item(q: Quantity, rest: str, metric: str) -> bool:
    """Nothing after the figure, 等, or 任务 after a measure (节水灌溉面积2.25万亩任务 sizes the
    task; 6方面20项任务 counts tasks)."""
    if rest in ("", "等") or _SUMMED_UP.match(rest) or _SCORE_CELL.match(rest):
        return True  # (年度预算执行率 100% 分值 10分: a form's row, then its score)
    if rest in (")", "）") and not any(b in metric for b in "(（"):
        return True  # (开工9398套，竣工950套): the last item of a breakdown in brackets
    return rest == "任务" and q.unit not in ("项", "个", "条", "件", "类")


def named_then_counted(q: Quantity, metric: str, chained: bool) -> bool:
    """…建设A幼儿园等4所幼儿园、B小学等7所小学: a later item of the list names its examples, then
    counts the things (the verb before the first item governs it)."""
    return chained and metric.endswith("等") and _counts_things(q)


# 7处26公顷公园绿地建设: a count of things, then their size, then what they are
SECOND_MEASURE = re.compile(
    r"^\d[\d.]*[万千]?(?:公顷|亩|平方米|平方公里|公里|千米|米)(?=[\u4e00-\u9fff])(?![以左上])"
)


def measured_too(q: Quantity, after: str) -> bool:
    """太舟坞公园等7处26公顷公园绿地建设: the count (处, 个, 所 …) before the size counts the same."""
    return (
        q.unit in ("处", "个", "所", "座", "条", "片") and SECOND_MEASURE.match(after) is not None
    )


# 对南阳路、蒙阴路等10条超期服役道路大整修: the things 对 names, then the work done on them
_WORK_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{2,16}?(?:大整修|整修|改造|提升|整治|修缮|维修|治理|提质|改扩建)$"
)


def worked_on(q: Quantity, metric: str, after: str) -> bool:
    """对A、B等10条道路大整修: a count in a 对… object with the work after the things."""
    return (
        _counts_things(q)
        and metric.startswith("对")
        and _WORK_AFTER.match(after.rstrip("。；，")) is not None
    )


# 每个街道有1处综合养老服务设施: what each place has, counted
EACH_HAS = re.compile(r"^每个?[\u4e00-\u9fff]{1,6}?(?:都|均)?(?:至少)?有$")


# 整体提升100所学校周边环境, 修复提升80所因灾受损学校: the places a work improves, counted
_IMPROVED_THINGS = ("所", "座", "处", "个", "家", "条", "栋", "村", "户")
_THINGS_PHRASE = re.compile(r"^[\u4e00-\u9fff]{2,16}$")


def improves_things(q: Quantity, head: Head, rest: str) -> bool:
    """整体提升100所学校周边环境: 提升 + a count of the places it improves."""
    return (
        head.verb == "提升"
        and not q.chinese
        and q.unit in _IMPROVED_THINGS
        and _THINGS_PHRASE.match(rest) is not None
    )


def _counts_by_form(q: Quantity, metric: str, after: str, chained: bool) -> bool:
    """A count with no verb of its own that its form makes a target: what each place has, a list
    item after its examples, a count before its size, a 对… object with the work after it."""
    return (
        EACH_HAS.search(metric) is not None
        or named_then_counted(q, metric, chained)
        or measured_too(q, after)
        or worked_on(q, metric, after)
    )


# 推动重点片区内不少于300个更新项目实施: a bound on how many things get under way
_BOUNDED_WORK = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?<!的)(?:实施|开工|建成|完工|竣工|投用|投产|落地|开业)$"
)
_BOUND_VERBS = frozenset(("不少于", "不低于", "至少", "超过"))


def bounded_work(q: Quantity, head: Head, rest: str) -> bool:
    """不少于300个更新项目实施: a bound on how many of the things named after it get under way."""
    return head.verb in _BOUND_VERBS and _counts_things(q) and _BOUNDED_WORK.match(rest) is not None


def _reach_a_state(q: Quantity, head: Head, rest: str) -> bool:
    """实现 + a count or share of things that reach a state, 提升 + a count of the places it improves,
    不少于 + a count of things that get under way."""
    if head.verb == "实现":
        if q.unit == "%":  # 实现15%以上的难利用矿产转化为可利用资源: a share of things that do it
            return _SHARE_DOING.match(rest) is not None
        if (q.unit or "").lstrip("万") == "人":  # 实现85万人口脱贫: the people who reach it
            return vocab.PEOPLE_STATE_AFTER.match(rest) is not None
        return _counts_things(q) and _STATE_REACHED.match(rest) is not None
    if bounded_work(q, head, rest):
        return True
    if head.verb in _BOUND_VERBS and _counts_things(q) and head.metric.startswith("每"):
        return EACH_NOUN.fullmatch(rest) is not None  # 每个市州不少于2个电子商务示范县
    return improves_things(q, head, rest)


_RATED = re.compile(r"^额定(?:容量|负荷|功率|出力)(?:以上|以下|及以上|及以下)?$")
# 守住耕地不少于18亿亩这条红线: the line the value draws
_RED_LINE = re.compile(r"^(?:这条|这一|的)?(?:红线|底线)$")
# 确保粮食总产稳定在500亿斤以上列为湖北三农工作首要任务: the goal, named the first task
_NAMED_A_TASK = re.compile(r"^(?:被)?(?:列为|作为|确定为)[^，。；]{0,16}(?:任务|目标|重点)$")
# 为2030年旅游总收入突破1万亿元奠定坚实基础: the goal beyond the plan it lays the ground for
_FOUNDATION_FOR = re.compile(r"^(?:目标)?(?:奠定|打下)了?(?:坚实|良好|扎实|坚强)?(?:的)?基础$")
_PLACES = re.compile(
    r"^的?(?:全国)?(?:县|地市|市县|城市|乡镇|区县|地级市|省份)(?:[（(][^）)]*[）)])?$"
)


LEVEL_AFTER = re.compile(vocab.LEVEL_WORDS)


_NEXT_CLAUSE_VERB = re.compile(r"(?:实现|完成|确保|力争|新增|建成|推动|培育|打造)")


def _rest_of_phrase(after: str, unit: str | None) -> str:
    """The words after a value that may make it part of a longer phrase, without a note (（折合8
    英寸）), 的水平 (达到10-15天的水平), the 级 of a size (达到万辆级规模以上) or the places a
    share or a count is of (试点范围扩大到23%的县, 扩大到1000个县: the value itself)."""
    if after.lstrip(" ）)”").startswith(("…", "⋯")):
        return ""  # 村庄绿化率将达到25%……2月14日下午: the ellipsis closes the phrase
    rest = vocab.BRACKET_NOTE_RE.sub("", after).strip(" ）)”…⋯")
    level = LEVEL_AFTER.match(rest)  # 稳定在17亿亩的水平上
    rest = rest[level.end() :] if level else rest
    if rest.startswith("级规模"):
        rest = rest[1:].removesuffix("以上")
    if unit == "%" and _RATED.match(rest):
        rest = ""  # 最小出力达到30%额定负荷以下: the share is of the rated load
    if unit in ("%", "个") and _PLACES.match(rest):
        rest = ""
    return rest
