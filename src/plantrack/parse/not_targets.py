"""What the words around a number say it is not: a target of the plan (`rules.rule_not_a_value`).

Each check reads the text before and after a number, the metric read so far and the clause: a
factor of a formula, a forecast or what spending may bring, a siting rule, a count of what there
is, the bounds that pick out a noun, the parts of a named structure, a term in years, the
weather, a programme named by a round number. Each returns the reason `--explain` shows.
"""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.quantity import Quantity

# 现辖6镇6乡，人口37万，土地面积1140.76平方公里: what a place is, told without a verb (a goal
# for them says 控制在, 达到, 不低于)
_PLACE_FACT = scan_first_chars(
    re.compile(
        r"^(?:全[县市区省镇])?(?:年末)?(?:总人口|人口|农业人口|非农业人口|土地面积|土地总面积|总面积"
        r"|国土面积|辖区面积|耕地面积)$"
    )
)
# 幅员面积约2402平方公里，东西宽约45公里, 中心城区范围总面积为50.99平方公里: the extent of the
# place the plan covers, told bare or with 约 or 为 (not a goal: 控制在, 达到)
_PLACE_EXTENT = scan_first_chars(
    re.compile(
        r"^(?:全[县市区省镇])?(?:幅员面积|幅员|东西宽|东西长|南北长|南北宽|国土面积|辖区面积|土地面积"
        r"|土地总面积|[\u4e00-\u9fff]{0,6}范围(?:总)?面积)$"
    )
)
_TELLING_VERBS = frozenset(("约", "为", "约为"))
# 年平均雨量, 平均梅雨量, 年均气温: what a place's weather is, which no plan sets
_CLIMATE = re.compile(r"(?:降雨|降水|梅雨|雨|蒸发)量|气温|无霜期|日照时数")


# 、井深超过800米的金属非金属地下矿山: the list goes on to a bound that ends in 的 + a noun
_QUALIFIER_LIST = re.compile(
    # (过50亿元、过百亿元的龙头企业: a bound word of a figure in words too)
    r"^、[^，。；,;、]{0,16}?(?:超过|不足|低于|高于|大于|小于|以上|以下|过|超)?(?:\d[\d.]*|[十百千万亿])"
    r"[^，。；,;\d]{0,6}?"
    r"(?:以上|以下)?的(?!目标|任务|要求|水平|基础|预期|增长)[\u4e00-\u9fff]"
)
# 实际利用外资超1亿美元的区县达到8个、利用内资超10亿元的区县达到15个: the count of one kind of
# place, then the next kind and its count (not a list of thresholds of the noun after it)
_NEXT_OF_A_KIND = re.compile(
    r"^、[^，。；,;]{1,24}?的[\u4e00-\u9fff]{1,8}?(?:达到|达|超过|突破|增加到|增至)\d"
)
# 预计…将达到 / 为 / 约为 / 可建成: what is expected to happen (预计控制在 is a bound: a target)
_FORECAST_VERB = re.compile(
    r"(?:将达到|将达|将为|约为|为|将超过|可达到?|可建成|可实现|增长至|增加到)$"
)
# 本次大会应到代表490人, 因事因病请假缺席13人, 实到代表477人: a meeting's attendance
_ATTENDANCE = re.compile(r"(?:应到|实到|出席|列席|缺席|请假)[\u4e00-\u9fff]{0,4}$")
# 共收到代表建议875件, 被承办单位采纳、解决204件: the proposals a congress handed in and their fate
# (…征求意见，共收到书面来信、网上意见反馈和电子邮件60余件: the public's letters on a draft)
_PROPOSALS = re.compile(r"建议|提案|议案|来信|意见反馈|电子邮件")
_HANDLED = re.compile(r"收到|提出|交办|办理|办复|办结|采纳|答复|解决|列入")
# 523名市人大代表出席会议: the attendance named after its figure
_ATTENDING = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:代表|委员)(?:和[\u4e00-\u9fff]{1,6})?(?:出席|列席)"
)
# 市政府19次常务会议审议通过, 第六届人民政府14次常务会议: which sitting of a body met
_SITTING = re.compile(r"^(?:全体|常务|常委|主任|党组)?(?:会议|会)(?:审议|研究|讨论|通过|决定)")
# 百万长安人民的幸福指数: a population in round words before the people it names
_PEOPLE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:人民|群众|市民|居民|农民|职工|干部|儿女)")
# 把14亿多中国人的饭碗…, 14亿人民的…: a nation's population before the people it names
_NATION_AFTER = re.compile(r"^多?(?:中国人|中华儿女|人民|同胞)的")
# 将可减少284万吨标准煤, 可以少用标准煤600万吨: the saving a measure can bring
_SAVES = re.compile(r"(?<![不])可以?(?:节约|少用|节省|减少)[^，。；,;]{0,12}?(?:约|近)?$")
_NEEDED = re.compile(r"^(?:规划期末)?(?:共需|需要|需新建|需新增|需)")
_PULLS = re.compile(r"^(?:同时)?[，,]?可(?:拉动|带动|撬动)")
_PROGRAMME_ENDS = ("计划", "行动", "工程", "战略", "攻坚")
_MAY_VERBS = frozenset(("达", "达到", "超", "超过", "突破", "将达", "将超"))
_SETBACK = re.compile(r"(?:间距|距离)宜?$")
# 加油站的服务半径不少于0.9公里, 每百公里原则上不超过6对: how far apart stations stand (a
# radius at most 2公里 is how near a service comes: a target)
_RADIUS = re.compile(r"服务半径(?:原则上)?$")
_PER_100KM = re.compile(r"每(?:百|\d+)公里")
_AT_LEAST = ("不少于", "不低于", "不小于")
# 建成榆能西南70万千瓦热电项目, 蒙阴垛庄120万千瓦、沂源石桥180万千瓦等项目, 日处理120吨垃圾集中处理中心:
# a project's capacity
# 风电场5座，总装机容量460兆瓦: what the projects counted before add up to, with no verb
_PROJECTS_TOTAL = frozenset(("总装机容量", "总装机", "总装机规模", "总规模", "总容量"))
# (150万头生猪定点屠宰项目: the head a slaughterhouse project handles a year)
_CAPACITY_UNIT = re.compile(r"^(?:万|亿)?(?:千瓦|千瓦时|吨|兆瓦|吉瓦|头|只|羽)$")
_OF_A_PROJECT = re.compile(
    r"^(?:[\u4e00-\u9fff（）()]{0,12}?(?:项目|工程|电厂|机组|处理中心|处理厂|处理站)"
    r"|(?:、[^，。；,;]{1,24}?)+等(?:\d+个)?项目)"
)
_AREA_UNIT = re.compile(r"^(?:万|亿)?(?:亩|公顷)$")
# 1000万亩优质林果工程建设, 1000万亩棉花高产田建设行动: a programme its area names
_AREA_PROGRAMME = re.compile(
    r"^(?!的)[\u4e00-\u9fff]{2,14}?(?:工程|行动)(?:建设)?(?:[和、，,。；]|$)"
)
_RUN_A_PROGRAMME = re.compile(r"(?:实施|推进|启动)$")
# 投资9530万元，实施…易地扶贫搬迁工程: a list item that opens with what its project costs
_MONEY_CLAUSE = re.compile(r"(?:即|共|计划|拟)?投资[\d.,]+(?:万|亿)?元")
# 完成2.2亿千瓦火电机组灵活性改造: the capacity a work on generating units reaches (but 30万千瓦以上
# 煤电机组改造: a class of units)
_WORK_ON_UNITS = re.compile(r"^[\u4e00-\u9fff]{0,12}?机组[^，。；]{0,8}(?:改造|升级)")
# 关停5000万千瓦小火电机组: the capacity a plan shuts down
_SHUT_DOWN = ("关停", "淘汰", "关闭", "退役", "拆除")
# 在营加油站, 现有…, 结转（在建）…: a count of what there is
_STOCK_LEAD = re.compile(r"^(?:其中)?(?:在营|现有|现存|已有|已建|结转)")
# 现有矿井净增产量1，800万吨: what the existing stock shall add is a goal
_STOCK_GROWS = re.compile(r"净增|新增|增产|增加(?!值)|提高")
# 多达1.12万个, 高达85%, 不足30万吨: how much (or how little) there is, words no goal uses
_STATE_WORDS = ("多达", "高达", "不足")
# 真正达到定居标准的仅占牧民总户数的37%, 仅为全国平均水平的60%: how little there is now
_ONLY_SHARE = re.compile(r"仅(?:占|为|有|相当于)[^，。；,;\d]{0,16}$")
# 今年高校毕业生1179万人: the size of the year's cohort, which the report plans for
_COHORT = re.compile(
    r"(?:^|今年|明年|全年|[，,；;])(?:全国|全市|全省)?(?:应届)?(?:普通)?高校毕业生(?:人数|规模)?"
    r"(?:预计)?(?:将)?(?:超过|达到?)?$"
)
# 《规划》设置19个任务专栏，共部署了105项重大工程: the parts a document laid out, told
_LAID_OUT = re.compile(r"(?:部署|设置|列出|安排)了(?:共)?$")
_FIELDS_OF_A_LIST = re.compile(r"(?:共|包括)?(?:\d+|[一二三四五六七八九十]+)(?:个|大)?方面")
# 较上年7.5%的目标增速: last year's figure, a noun's qualifier in a comparison
_LAST_YEARS = re.compile(rf"(?:较|比|低于|高于){vocab.LAST_YEAR_WORDS}$")
_MADE_OF = re.compile(r"^[^，。；,;]{0,24}?(?:组成|构成)的")
# 总体发展格局是建设6个旅游板块、5条…: the parts of the layout a plan describes
_LAYOUT_IS = re.compile(r"(?:格局|布局|框架)(?:是|为)[^，。；,;]{0,60}$")
# 建设6个口岸旅游城市、8个精品旅游区…等支撑发展体系: the parts of a system, named at the list's end
_PARTS_OF_A_SYSTEM = re.compile(
    r"^[^，。；,;]{0,60}?等[^，。；,;\d]{0,6}(?:体系|格局|布局)(?=[，。；,;]|$)"
)
# 平均受教育年限, 预期寿命: measures counted in years (a cap on them is a target)
_YEARS_MEASURE = re.compile(r"年限|寿命|年龄|工龄")
_CAP_WORDS = ("不超过", "不得超过", "不高于", "控制在", "最长")


def _capped(q: Quantity, verb: str | None) -> bool:
    """不超过3年, 3年以内, 五年之内: a number of years as a ceiling."""
    return (verb or "").endswith(_CAP_WORDS) or q.suffix in ("以内", "以下", "之内")


# 原煤增产了一千八百二十六万吨, 水泥增产了将近三十万吨: a change verb with 了 right before the value
_DONE_WITH_LE = re.compile(
    r"(?:增产|减产|增加|增长|提高|下降|降低|减少|达到|完成|新增|建成|突破)了(?:将近|近|约|大约)?$"
)


# 1-5月实际完成恢复和改善灌溉面积0.12万亩, 全县实际完成水利总投资32.67亿元, 占市级计划144%:
# what was done by now, and its share of the plan
_DONE_SO_FAR = re.compile(
    r"实际完成[^，。；]{0,20}$|占(?:市级|省级|县级|年度|全年)?(?:计划|年计划|目标任务)的?$"
    rf"|{vocab.MONTHS_SO_FAR}[^，。；]{{0,16}}完成[^，。；]{{0,16}}$"
)
# 粮食总产量连续9年稳定在1300亿斤以上, 城镇新增就业连续4年超过90万人: what years so far showed
_STREAK = re.compile(
    r"连续[\d一二两三四五六七八九十]{1,3}年(?:稳定在|保持在?|实现|达到|超过|位居|居)[^，。；]{0,6}$"
)
_AIMED = re.compile(r"力争|争取|确保|努力|要|将|继续")


def _done_before(pre: str) -> str | None:
    """Why the words right before the value report it done, or None."""
    if _STREAK.search(pre) and not _AIMED.search(pre):
        return "a streak of years so far (连续9年稳定在1300亿斤以上): the past, not a target"
    if _DONE_WITH_LE.search(pre) and "比" not in pre[-24:]:  # 比去年预计数增加了22亿元: planned
        return "reported as done (原煤增产了1826万吨): a past figure, not a target"
    if _DONE_SO_FAR.search(pre):
        return "progress so far (1-5月实际完成…0.12万亩, 占计划130%): a past figure, not a target"
    return None


# 第一季度下降0.2%, 上半年增长5.6%: a part of the year a change was reported for (开工率一季度达到
# 50%, 上半年达到80% set milestones)
_CHANGE_REPORTED = frozenset(("增长", "下降", "回升", "回落", "增加", "减少"))
_QUARTER = re.compile(r"^[^，。；]{0,12}?(?:第?[一二三四1-4]季度|前三季度|上半年|1-[369]月)")


def _quarter_reported(q: Quantity, verb: str | None, clause: str) -> str | None:
    """第一季度下降0.2%: a quarter's change, reported."""
    if q.unit == "%" and verb in _CHANGE_REPORTED and _QUARTER.match(clause.strip()):
        return "a quarter's figure (第一季度下降0.2%, 第二季度增长1.7%): an observation"
    return None


# 罗湖区2010年的基数是0.41吨标准煤/万元: the base a target is measured from
_BASE_STATED = re.compile(r"基数(?:是|为)?$")
# 20户以上具备条件的自然村, 常住人口1000人以上的行政村: how big the places are that the work reaches
_SIZE_UNITS = frozenset(("户", "人", "万人"))
_PLACES_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}的)?[\u4e00-\u9fff]{0,3}(?:自然村|行政村|村庄|村组|社区|小区|乡镇|集镇)"
)
# 5万公里连通工程尚未启动: what the things counted have not yet done (not 150处尚未达到设计能力的矿井:
# 尚未… then 的 qualifies the noun)
_NOT_YET = re.compile(
    r"[^，。；的]{0,16}(?:尚未|仍未|还未|还没有|仍没有|尚无|未能)[^，。；的]*(?:[，。；]|$)"
)
# 还有17.3万户、64万人没有用上电: what is still lacking, counted (not 90%以上行政村没有垃圾乱堆乱放现象: a
# goal of none left)
_STILL_HAVE = re.compile(r"(?:还|仍|尚)有[^，。；]{0,16}$")
_LACKING = re.compile(r"[^，。；的]{0,16}没有")
# (流域面积200平方公里到3000平方公里的河流): a size range or bound, then 的 and the noun it defines
_DEFINED_NOUN = re.compile(
    r"[^，。；的]{0,16}(?:以上|以下|及以上|以内|之间)?的[\u4e00-\u9fff]{1,8}"
)
# 规划共6章35节: how a document is divided
_DOC_PARTS = re.compile(r"(?:\d+|[一二三四五六七八九十]+)[章篇编]$")
_DOC_PART_UNITS = frozenset(("节", "条", "款"))
# 妇女儿童健康主要目标共有十二项, 主要指标共20项: the plan's goals counted
_GOALS_COUNTED = re.compile(r"(?:目标|指标|任务)共(?:有|计)?$")
# 该指标为每万人口居民拥有的…: an indicator's definition (not 该指标为60%)
DEFINITION_RE = re.compile(r"\s*(?:该|此|本)指标(?:是指|指|为|是)(?!\s*[\d约])")


def _in_brackets_of(pre: str, after: str) -> str | None:
    """The words in the bracket a number stands in, after it (流域面积3000平方公里以上的河流 in
    大江大河主要支流(流域面积3000平方公里以上的河流)), or None when it stands in none."""
    opened = max(pre.rfind("("), pre.rfind("（"))
    if opened < 0 or opened < max(pre.rfind(")"), pre.rfind("）")):
        return None
    closed = [i for i in (after.find(")"), after.find("）")) if i >= 0]
    return after[: min(closed)] if closed else None


# 赤字率拟按4%左右安排: what a budget is drawn up on, not a goal
_ARRANGED = re.compile(r"(?:左右|以内)?安排")


def _hedged(verb: str | None, pre: str, after: str, metric: str) -> str | None:
    """保有量或达6万辆 (what may come), 赤字率拟按4%左右安排 (what a budget is drawn up on)."""
    # (not 提升15个百分点或达到75%以上: either of two targets)
    if verb and metric.endswith("或") and verb in _MAY_VERBS and metric != "或":
        return "a forecast (保有量或达6万辆): may reach, not a target"
    if pre.endswith("拟按") and _ARRANGED.match(after):
        return "a budget's arrangement (赤字率拟按4%左右安排), not a target"
    return None


def _explained(pre: str, after: str, clause: str) -> str | None:
    """A factor of a formula, a clause that defines an indicator, or a bracket that defines a
    noun by its size (…支流(流域面积3000平方公里以上的河流)): how it is measured."""
    inside = _in_brackets_of(pre, after)
    if inside and _DEFINED_NOUN.fullmatch(inside):
        return "a bracket that defines a noun by its size (流域面积3000平方公里以上的河流)"
    if pre.rstrip().endswith(("×", "*", "＊")):
        return "a factor of a formula (…/建成区总面积）×100%), not a target"
    if DEFINITION_RE.match(clause):
        return "an indicator's definition (该指标为每万人口…维持年限超过10年的…), not a target"
    return None


# 开工率达102%, 任务完成率129%: a rate past the whole is a result reported (no plan sets a share of
# its task above 100%); a growth rate may be (年复合增长率超过200%)
_GROWTH_WORDS = re.compile(r"增长|增速|增幅|增加|提高|倍")


def _over_full(q: Quantity, metric: str) -> str | None:
    """A completion, coverage or start rate above 100%: what was done, not a target."""
    if q.unit != "%" or (q.value or 0) <= 100 or not metric.endswith("率"):
        return None
    if _GROWTH_WORDS.search(metric):
        return None
    return "a rate above 100% (开工率达102%): a result reported, not a target"


# 同比增长25%，较上年回落5个百分点: the pace of growth against last year's pace, a clause of its
# own after the rate (not 比重较上年提高1个百分点: a share's change is a target)
_PACE_ON_LAST_YEAR = re.compile(r"^\s*(?:较|比)(?:上年|去年)(?:同期)?(?:回落|放缓|加快|回升)$")


def said_not_a_target(
    q: Quantity, verb: str | None, pre: str, after: str, metric: str, clause: str
) -> str | None:
    """Why the words around the number say it is no target, or None."""
    explained = _explained(pre, after, clause)
    if explained:
        return explained
    done = _done_before(pre) or _quarter_reported(q, verb, clause) or _over_full(q, metric)
    if done:
        return done
    if q.unit == "个百分点" and _PACE_ON_LAST_YEAR.search(pre):
        return "how a growth rate compares with last year's (同比增长25%，较上年回落5个百分点)"
    hedged = _hedged(verb, pre, after, metric)
    if hedged:
        return hedged
    if _SETBACK.search(metric) and q.unit in ("米", "公里", "千米"):
        return "a setback distance (…出入口距离不少于50米): a siting rule, not a target"
    if (_RADIUS.search(metric) and (verb or "").endswith(_AT_LEAST)) or (
        _PER_100KM.search(metric) and q.unit in ("对", "座")
    ):
        return "a spacing of stations (服务半径不少于0.9公里, 每百公里不超过6对): a siting rule"
    if verb is None and metric in _PROJECTS_TOTAL:
        return "the size of the projects just counted (…16项，总装机容量2474兆瓦), not a target"
    project = _of_a_project(q, pre, after, clause)
    if project:
        return project
    there_is = _what_there_is(q, pre, after, metric)
    if there_is:
        return there_is
    if verb is None and _RESIDENTS.match(metric):
        return "who lives there now (户籍人口76户174人, 常住户26户), not a target"
    if (
        (verb or metric.endswith(("过", "超")))
        and _QUALIFIER_LIST.match(after)
        and not ("的" in metric and _NEXT_OF_A_KIND.match(after))
    ):
        return "a threshold of a list that qualifies a noun (入井人数超过30人、井深超过800米的矿山)"
    expected = _expected(q, pre, metric)
    if expected:
        return expected
    if verb == "约" and _NEEDED.search(metric):
        return "a need estimated (共需公用充电桩约1383个), not a target"
    if _MADE_OF.match(after) or _LAYOUT_IS.search(pre) or _PARTS_OF_A_SYSTEM.match(after):
        return "a part of a named structure (由10个…和30条…组成的“1030”体系), not a target"
    return (
        _what_picks_or_lists(q, after, metric)
        or _named_in_passing(q, pre, after, metric)
        or _subject_counted(q, verb, pre, after)
        or _a_format_or_a_time(q, verb, after, metric)
        or _at_a_meeting(q, pre, after, metric)
        or _of_the_place(q, verb, metric, clause)
    )


# 全省14个工业重点产业实现主营业务收入2.5万亿元, 51个贫困县交通基础设施计划投资240亿元: the count
# of the subject, then what the subject shall reach
_SUBJECT_OPENING = re.compile(r"(?:全[省市县区国州]|我[省市县区州])?")
_SUBJECT_THEN_FIGURE = re.compile(
    # (not 2个嵌入式养老机构建设已完成1个: a task, then how much of it is done)
    r"^[^，。；、\d]{2,16}?(?<!已)(?:实现|计划投资|完成投资|完成|达到|增长|投资)[^，。；\d]{0,10}?\d"
)


def _subject_counted(q: Quantity, verb: str | None, pre: str, after: str) -> str | None:
    """全省14个重点产业实现主营业务收入2.5万亿元: how many things the subject is, not a target."""
    if (
        verb is None
        and q.unit in ("个", "家", "所", "户")
        and _SUBJECT_OPENING.fullmatch(pre.strip())
        and _SUBJECT_THEN_FIGURE.match(after)
    ):
        return "how many things the subject is (全省14个重点产业实现…2.5万亿元), not a target"
    return None


def _named_in_passing(q: Quantity, pre: str, after: str, metric: str) -> str | None:
    """How many items a list has in how many fields (共10方面32项), a count of people with a bound
    before the places it picks, the parts a document laid out (共部署了105项…), or last year's
    figure named in a comparison, or a tally of those that did (达到进度要求的有26项)."""
    if metric.endswith("的有"):
        return "a tally of those that did (达到进度要求的有26项), not a target"
    if _FIELDS_OF_A_LIST.fullmatch(metric):
        return "how many items a list has in how many fields (共10方面32项), not a target"
    picks = q.suffix == "以上" and (q.unit or "").endswith(("人", "户"))
    if picks and vocab.THRESHOLD_PLACE_RE.match(after):
        return "a threshold that picks the places (实现2000人以上中心村卫生室达标全覆盖)"
    if _LAID_OUT.search(pre):
        return "what a document laid out (《规划》…共部署了105项重大工程), a count of its parts"
    if after.startswith("的") and _LAST_YEARS.search(pre):
        return "last year's figure named in a comparison (较上年7.5%的目标增速有所下调)"
    return None


# 重点打造30万亩县2个、20万亩县2个: a size, then the one-character place it classes and their count
_SIZE_CLASSES_PLACE = re.compile(
    r"^(?:级)?[县市区镇乡村园场]\s*(?:\d+|[一二两三四五六七八九十]{1,3})[个座家]"
)
_MEASURE_OF_LAND = re.compile(r"(?:亩|公顷|平方公里|平方米|吨|头|只|元)$")


def _what_picks_or_lists(q: Quantity, after: str, metric: str) -> str | None:
    """30万亩县2个: a size that classes the places counted after it; 公布…民生实事项目10项: the
    items a list was announced with."""
    if _SIZE_CLASSES_PLACE.match(after) and _MEASURE_OF_LAND.search(q.unit or ""):
        return "the size that classes the places counted after it (30万亩县2个), not a target"
    if q.unit in ("项", "件") and _CHOSEN.search(metric):
        return "the items a list was chosen or announced with (公布…民生实事项目10项), not a target"
    return None


# 扬中市公布2026年民生实事项目10项, 从13项候选项目中选出10项: how many items a list holds
_CHOSEN = re.compile(r"(?:公布|选出|票决出|遴选出)[^，。；]{0,20}$")


# 大会还邀请了18名荣誉市民参加, 200多名人大代表齐聚一堂: who came to a meeting
# 242名区人大代表现场投票表决, 47名人大代表为…建言献策: the deputies at their work of the day
_MEETING_AFTER = re.compile(r"(?:参加|出席|列席|齐聚一堂)$|人大代表|政协委员")
_MEETING_NEXT = re.compile(
    r"^[^，。；\d]{0,12}?(?:参加|出席|列席|齐聚一堂|投票|表决|票决)(?:[，。；,]|$)"
)
_MEETING_BEFORE = re.compile(r"(?:邀请了|应到|实到)$")


def _at_a_meeting(q: Quantity, pre: str, after: str, metric: str) -> str | None:
    """The people a meeting invited or that came to it: a fact of the day, not a target."""
    if not (q.unit or "").endswith(("名", "人", "位")):
        return None
    if (
        _MEETING_AFTER.search(metric)
        or _MEETING_NEXT.match(after)
        or _MEETING_BEFORE.search(pre.rstrip())
    ):
        return "who came to a meeting (大会还邀请了18名荣誉市民参加), not a target"
    return None


def _a_format_or_a_time(q: Quantity, verb: str | None, after: str, metric: str) -> str | None:
    """五人制足球场, 保持近两年的水平, 试点示范一般不超过3年: a format, the recent years, a duration."""
    if q.unit == "人" and after.startswith("制"):
        return "a format (五人制足球场), not a target"
    if verb == "近" and q.unit in ("年", "个月", "天", "日"):
        return "the recent years (保持近两年的水平), not a target"
    if q.unit == "年" and _capped(q, verb) and not _YEARS_MEASURE.search(metric):
        return "a duration (试点示范一般不超过3年), not a target"
    return None


def _of_the_place(q: Quantity, verb: str | None, metric: str, clause: str) -> str | None:
    """年平均雨量约1500毫米, 人口37万, 土地面积1140.76平方公里: what a place is like."""
    if _CLIMATE.search(metric) or (q.unit == "毫米" and _CLIMATE.search(clause)):
        return "a figure of the climate (年平均雨量约1500毫米), not a target"
    extent = _PLACE_EXTENT.match(metric)
    told = verb is None or (extent and verb in _TELLING_VERBS)
    if told and not q.suffix and (extent or _PLACE_FACT.match(metric)):
        return "a fact of the place (人口37万, 土地面积1140.76平方公里), not a target"
    return None


def _of_a_project(q: Quantity, pre: str, after: str, clause: str) -> str | None:
    """建成70万千瓦热电项目, 投资9530万元，实施…搬迁工程: what a project has or costs."""
    if (
        _CAPACITY_UNIT.match(q.unit or "")
        and _OF_A_PROJECT.match(after)
        and not (q.suffix is None and (_WORK_ON_UNITS.match(after) or pre.endswith(_SHUT_DOWN)))
    ):
        return (
            "a project's capacity (建成70万千瓦热电项目): an attribute of the project, not a target"
        )
    if (
        _AREA_UNIT.match(q.unit or "")
        and _AREA_PROGRAMME.match(after)
        and _RUN_A_PROGRAMME.search(pre)
    ):
        return (
            "a programme named by its area (实施1000万亩高效节水农业工程): its name, not a target"
        )
    if (
        (q.unit or "").endswith("元")
        and "投资" in clause[:8]
        and _MONEY_CLAUSE.fullmatch(clause.strip())
    ):
        return "the money a project takes (投资9530万元，实施…工程): an attribute, not a target"
    return None


# 出租车需求约286万千瓦时, 机动车燃油需求总量297万吨: a demand the plan forecasts (not 需求侧,
# 需求响应); 满足/保障/服务…需求 is what the plan commits to meet
_DEMAND = re.compile(r"需求(?:总?量)?$")
_DEMAND_MET = re.compile(r"满足|保障|服务|解决|适应|匹配")


# 预计全年地区生产总值增长7.8%左右, 预计全年完成固定资产投资158.43亿元: the year's estimate
# 预计全年…, 全年预计新改造农村公路1.2万公里 (not 全年预计将新增…: what the year's plan expects)
_YEAR_ESTIMATED = re.compile(r"(?:预计全年|全年预计(?!将))(?![^，。；]*?(?:力争|确保|目标|争取))")
# 年GDP有望突破140万亿元, 或将达到九千亿: what a writer expects may happen, no one's goal
_PROSPECT = re.compile(r"有望|或将|可望")
_PROSPECT_REACH = 12
# 预计投资6.9亿元, 今年我省预计投入近10亿元, 工程预计至2011年将投资28.42亿元: money expected to be spent
# (预计完成投资1000亿元, 预计完成固定资产投资…: the year's investment goal, a target)
_SPENDING_EXPECTED = re.compile(
    r"预计(?![^，。；]{0,12}?完成)[^，。；]{0,12}?(?:投资|投入|引导[^，。；]{0,8}资金)[^，。；\d]{0,4}$"
)


def _expected(q: Quantity, pre: str, metric: str) -> str | None:
    """预计…将达到2942公里, 可拉动消费约414亿元, 可减少284万吨标准煤: what is expected or what a
    measure can bring, not what the plan sets."""
    if "预计" in pre and _FORECAST_VERB.search(pre.rstrip()):
        return "a forecast (预计…将达到2942公里, 预计…为500辆), not a target"
    if _YEAR_ESTIMATED.search(pre):
        return "the year's outcome as estimated (预计全年地区生产总值增长7.8%左右), not a target"
    if (q.unit or "").endswith("元") and _SPENDING_EXPECTED.search(pre[-24:]):
        return "money expected to be spent (预计投资6.9亿元), not a target"
    if _PROSPECT.search(pre[-_PROSPECT_REACH:]):
        return "a prospect (有望突破140万亿元, 或将达到九千亿), not a target"
    if _DEMAND.search(metric) and not _DEMAND_MET.search(pre[-24:] + metric):
        return "a demand forecast (公交车辆需求约3011万千瓦时, 燃油需求总量297万吨), not a target"
    if "预测" in metric or (_PULLS.match(metric) and (q.unit or "").endswith("元")):
        return "a forecast or an effect (预测…年均增长约4%, 可拉动消费约414亿元), not a target"
    if _SAVES.search(pre):
        return "what a measure can save (可减少284万吨标准煤, 可以节约标准煤200万吨), not a target"
    return None


# 户籍人口76户174人, 常住户26户56人: a village's people as they are (a figure without a verb)
_RESIDENTS = re.compile(r"(?:其中)?(?:户籍|常住)(?:人口|户|少数民族|居民)?(?:\d+户)?$")


def _what_there_is(q: Quantity, pre: str, after: str, metric: str) -> str | None:
    """在营加油站48座, 多达1.12万个, 今年高校毕业生1179万人, 实到代表477人: a count of what
    there is (a meeting's record among it)."""
    stock = _STOCK_LEAD.match(metric) and not _STOCK_GROWS.search(metric)
    if stock or pre.rstrip().endswith(_STATE_WORDS) or _ONLY_SHARE.search(pre.rstrip()):
        return "what there is now (在营加油站48座, 多达1.12万个, 不足30万吨), not a target"
    if (q.unit or "").endswith("人") and _COHORT.search(pre.rstrip()):
        return "the size of a cohort (今年高校毕业生1179万人), not a target"
    if q.chinese and q.unit in ("万", "亿") and _PEOPLE_AFTER.match(after):
        return "a people in round words (百万长安人民, 千万市民), not a target"
    if q.unit == "亿" and _NATION_AFTER.match(after):
        return "a nation's people (14亿多中国人的饭碗), not a target"
    if q.unit in _DOC_PART_UNITS and _DOC_PARTS.search(pre.rstrip()):
        return "how a document is divided (规划共6章35节), not a target"
    if q.unit in ("项", "个", "条") and _GOALS_COUNTED.search(metric):
        return "how many goals a plan sets (主要目标共有十二项), not a target"
    if _BASE_STATED.search(metric):
        return "a baseline stated (罗湖区2010年的基数是0.41吨标准煤/万元), not a target"
    if q.suffix in ("以上", "及以上") and q.unit in _SIZE_UNITS and _PLACES_AFTER.match(after):
        return "a size that qualifies the places (20户以上具备条件的自然村), not a target"
    if _NOT_YET.match(after) or (_STILL_HAVE.search(pre) and _LACKING.match(after)):
        return "a state now (5万公里连通工程尚未启动, 86座站点尚未办理…), not a target"
    if "规划范围" in metric:
        return "the area a plan covers (本规划范围为市域16410平方公里), not a target"
    if q.unit == "次" and after.lstrip().startswith(("浏览", "阅读", "点击")):
        return "a web page's view count (1751 次浏览), not a target"
    if _ALREADY_DONE.match(after):
        return "what is already done (首批3700多座已经改造完成), not a target"
    return _meeting_record(q, pre, after)


# 3700多座已经改造完成, 120个农村公厕已建成投用: the things counted are done already
_ALREADY_DONE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:已经|已)[\u4e00-\u9fff]{0,4}?(?:完成|建成|投用|投运|到位)"
    r"(?![\d一二两三四五六七八九十百千万])"  # 15个…建设已完成8个: a task and its progress
)


def _meeting_record(q: Quantity, pre: str, after: str) -> str | None:
    """实到代表477人, 523名代表出席会议, 收到代表建议875件: a congress's own record."""
    if (q.unit or "").endswith(("人", "名")) and (
        _ATTENDANCE.search(pre.rstrip()) or _ATTENDING.match(after)
    ):
        return "who attend a meeting (应到代表490人, 523名代表出席会议), not a target"
    if q.unit == "件" and _PROPOSALS.search(pre[-120:]) and _HANDLED.search(pre[-40:]):
        return "the proposals a congress received or handled (收到代表建议875件), not a target"
    if q.unit == "次" and _SITTING.match(after):
        return "which sitting of a body (市政府19次常务会议审议通过), not a target"
    return None


def programme_name(q: Quantity, metric: str) -> str | None:
    """实施千座公园计划, 百亿斤粮食产能提升工程: a programme named by a round Chinese number."""
    if q.chinese and metric.endswith(_PROGRAMME_ENDS):
        return "a programme's name (实施千座公园计划), not a target"
    return None
