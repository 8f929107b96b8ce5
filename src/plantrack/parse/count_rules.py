"""The rules that read a count as the count of something: the people a service reaches, the
nouns after a verb, a count over a noun, the things counted then the work done on them, the
count in a verb's object (`parse.rules` runs them in its order)."""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.phrases import MAX_METRIC, post_metric, split_list, strip_lead, strip_trail
from plantrack.parse.quantity import COUNT_UNITS, WEAK_UNITS, is_count
from plantrack.parse.reading import ClauseRun, Reading

_SECTORS_END = re.compile(r"(?:领域|行业|产业|方面|环节)$")
# 、15个农村幸福院建设已完成8个: the progress after a count
_PROGRESS_AFTER = re.compile(r"已(?:经)?完成.*$")


def weak_unit(unit: str | None) -> bool:
    """No unit, %, or a unit too weak to name a count by itself (年, 天 …)."""
    return unit is None or unit == "%" or unit in WEAK_UNITS


PEOPLE_UNITS = frozenset(("人", "名", "户", "人次", "例", "万人", "万名", "万户", "万人次", "万例"))
# 为1000名…老年人提供居家上门服务, 免费为1000人筛查脑卒中: what is done for them
_SERVICE_RE = re.compile(
    r"^[^，。；]{0,24}?(?:提供|开展|筛查|接种|体检|培训|安装|配备|配送|实施|办理|购买|发放|资助|减免|启动"
    r"|增设|开设|设立|建设|设置|进行|改造|新增|配置|加装|检查|形成|取得|落实|解决|兑现|代缴)"  # 为300户老年人进行适老化改造
    # (…服务、设立200个…: the next item of a list, with its own figure, ends it)
    r"(?:[^，。；、]|、(?![^，。；、\d]{0,8}\d))*"
)
# 减免0.94万名…保教费, 资助1200名困难学生: a service verb right before the people it reaches
_SERVICE_BEFORE = ("减免", "免除", "资助", "救助", "帮扶", "慰问", "解决", "巩固")
_FLOORS = frozenset(("不低于", "不少于", "超过", "约"))
_SERVICE_FLOOR = re.compile(
    rf"(?P<service>{'|'.join(_SERVICE_BEFORE)})(?:全[县市区省镇乡])?(?:{'|'.join(_FLOORS)})$"
)


# 为全县1600名儿童提供…, 向1.45万名…, 在161个景区实施…, 对全省957个村寨实施… (a bare 对30个…
# 实施改造 is read by rule_count_in_object)
_FOR_SCOPE = re.compile(r"[为向在对]全[县市区省镇乡州国盟旗]")
# 为市辖区在册的3480名…, 为三年内未参加过“两癌”检查的21510名…: whom, described, then counted
_FOR_DESCRIBED = re.compile(r"为[^，。；、为]{2,20}的$")
# 为全省65岁以上老年人、4.5万名…干部免费体检: a later item of the people a service is for
_FOR_LISTED = re.compile(r"为[^，。；、为]{2,16}、$")


def _for_scope(pre: str) -> bool:
    """为全县 / 向 / 在 / 为…的 right before the number (tested on the last characters only:
    speed)."""
    if pre.endswith(("向", "在")) or _FOR_SCOPE.fullmatch(pre[-3:]):
        return True
    if pre.endswith("、"):
        return _FOR_LISTED.search(pre[-18:]) is not None
    return pre.endswith("的") and _FOR_DESCRIBED.search(pre[-22:]) is not None


def rule_for_beneficiaries(r: Reading, run: ClauseRun) -> str | None:
    """为1000名失能老年人提供居家上门服务, 为17个小区安装报警监控, 向1.45万名学生发放助学金: the
    people or places a service reaches are the target; the service (and whom) is the metric;
    减免0.94万名幼儿保教费: the service is named before them."""
    if r.settled:
        return None
    unit = r.q.unit or ""
    # (走访慰问全市不低于120名困境儿童: a floor, and the place, between the service and them)
    floor = _SERVICE_FLOOR.search(r.pre) if r.head.verb in _FLOORS else None
    before = (r.head.verb is None and r.pre.endswith(_SERVICE_BEFORE)) or floor is not None
    # 为200万中小学生开展…: a bare 万 before the people it counts
    people = unit in PEOPLE_UNITS or (
        unit == "万" and vocab.PEOPLE_AFTER_WAN.match(r.after) is not None
    )
    if before and people and r.after:
        service = floor.group("service") if floor else r.pre[-2:]
        metric = service + r.after.split("，")[0].removeprefix("的")  # 解决6700人的…问题
        r.metric, r.post_metric, r.settled = strip_trail(metric[:MAX_METRIC]), True, True
        return None
    if r.head.verb != "为" and not _for_scope(r.pre):
        return None
    if not (people or unit in COUNT_UNITS):
        return None  # 为1000名老年人提供…, 为17个小区安装…
    m = _SERVICE_RE.match(r.after)
    if m:
        r.metric, r.post_metric, r.settled = strip_trail(m.group(0)[:MAX_METRIC]), True, True
        if "新增" in r.metric:
            r.kind = "increment"  # 为8个住宅小区新增…充电设施: new things for them
    return None


def rule_people_reach_a_state(r: Reading, run: ClauseRun) -> str | None:
    """贫困地区实现1万人脱贫, 实现85万人口脱贫: the people and the state they reach name the metric."""
    if r.settled or r.head.verb != "实现" or (r.q.unit or "").lstrip("万") != "人":
        return None
    state = vocab.PEOPLE_STATE_AFTER.match(r.after.split("，")[0])
    if state is None:
        return None
    people = "人" + state.group(0) if state.group(0).startswith("口") else state.group(0)
    r.metric, r.post_metric, r.settled = strip_trail((r.metric + people)[:MAX_METRIC]), True, True
    return None


def rule_each_has(r: Reading, run: ClauseRun) -> str | None:
    """每个市州不少于2个电子商务示范县: what each place shall have, named after the count."""
    if r.settled or not r.metric.startswith("每") or not is_count(r.q.unit):
        return None
    if r.head.verb not in ("不少于", "不低于", "至少") or not EACH_NOUN.fullmatch(r.after):
        return None
    r.metric, r.post_metric, r.settled = (r.metric + r.after)[:MAX_METRIC], True, True
    return None


# 每个市州不少于2个电子商务示范县: the things each place shall have, named after the count
EACH_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def rule_noun_after_verb(r: Reading, run: ClauseRun) -> str | None:
    """保持2300万省外劳动力、240万省外脱贫劳动力…: a verb, then number-noun pairs."""
    if r.settled or weak_unit(r.q.unit):
        return None  # 为60岁以上老年人…: an age is not a count
    if not r.after[:1].isalpha() and not vocab.GRADE_RE.match(r.after):
        return None  # 打造生猪、苹果2个500亿级产业集群: a grade may open the noun
    counted = is_count(r.q.unit)
    # 重点行业和领域突破100项…技术: the sectors where the breakthroughs fall, not a subject
    scoped = _SECTORS_END.search(r.metric) is not None
    achieved = r.head.verb in vocab.QUALIFIER_VERBS and counted and (not r.metric or scoped)
    verb_only = (r.head.verb is None and bool(r.metric) and _names_a_verb_or_list(r.metric)) or (
        r.head.verb in _BOUND_WORDS and r.metric in vocab.OBJECT_VERBS
    )  # 提供不少于N个X: a work verb, a bound, then the count and its noun
    threshold = r.head.verb in vocab.QUALIFIER_VERBS and not achieved and not verb_only
    if threshold or r.head.verb == "为":
        return None  # 超千亿元企业: a threshold; but 突破百项关键技术: what is achieved, counted
    if r.metric and not verb_only and not achieved:
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
    """建成12所以上的标准化学校: a creation verb, a count with 以上, then 的 and the noun (and
    each count of a list of them: 打造3个以上的A、5个以上的B)."""
    # 、5个以上的B: the list's next count, right after the previous count's noun
    listed = r.chained and not r.pre.strip() and run.last_unit == r.q.unit
    if r.settled or r.metric or r.q.suffix not in ("以上", "及以上"):
        return None
    if not (r.head.lead_verb or listed):
        return None
    if not r.after.startswith("的") or not is_count(r.q.unit):
        return None
    metric = post_metric(r.after[1:])
    if len(vocab.CJK_OR_ALNUM.findall(metric)) >= 2:
        r.metric, r.post_metric, r.settled = metric, True, True
    return None


_LIST_INTRO = re.compile(r"^[^，。；：:\d]{0,24}?(?:分别)?(?:是|为|如下|包括)(?:[：:]|$)")


def rule_list_intro(r: Reading, run: ClauseRun) -> str | None:
    """2个计划建成项目分别是：A和B: the count of the items listed after it (the targets are
    stated where the plan counts them), not a target."""
    if _LIST_INTRO.match(r.after) and not r.after.startswith(vocab.DISTRIBUTED_AFTER):
        return "a count that opens a list (N个…分别是：), not a target"
    return None


# 建设提升滇池、阳宗海、抚仙湖3个国家级旅游度假区: short names, then their number (after a name:
# 1、完成2所… is an item's number, not a first name)
_NAMED_SET = re.compile(r"(?<=[\u4e00-\u9fff])(?:、[\u4e00-\u9fff]{2,5})+(?<!等)$")
# 新建兰州东、兰州北2个收费站, 建成小麦、家禽两个省实验室: the named things are new, each a target
_NEW_NAMED = re.compile(r"新建|建成|新增|投用|开放")


def rule_named_set(r: Reading, run: ClauseRun) -> str | None:
    """建设提升滇池、阳宗海、抚仙湖3个国家级旅游度假区, 打造京广、沪昆、许广3条氢能示范线: a count
    that only sums the short names written right before it is the scope of the work on them,
    not a target; 新建/建成 such named things stays one, and so does a list that ends in 等
    (北蔡、吴淞等5块楔形绿地启动建设: the names are examples)."""
    q = r.q
    if r.chained or q.value is None or q.value < 2 or not is_count(q.unit):
        return None
    m = _NAMED_SET.search(r.pre, max(0, len(r.pre) - 60))
    if not m or m.group(0).count("、") + 1 != q.value:
        return None
    if _NEW_NAMED.search(r.pre[-40:]) or _NEW_NAMED.search(r.after[:24]):
        return None
    return "a count of the names just listed (滇池、阳宗海、抚仙湖3个…): a scope, not a target"


# 确保10个在建项目竣工投产: the works under way that are to be finished, a goal (not 36个在建未竣工项目:
# not yet finished)
_UNDER_WAY_FINISHED = re.compile(
    r"\s*在建[^，。；,;\d未]{0,8}?(?:全部|基本)?(?:竣工|建成|完工|投产|交付)"
)


def rule_under_way(r: Reading, run: ClauseRun) -> str | None:
    """在建项目24个, 在建1个: work under way is the plan's state, not a goal (not 确保10个在建项目
    竣工投产: their finishing is)."""
    if _UNDER_WAY_FINISHED.match(r.after):
        return None
    if r.metric.startswith("在建") or r.pre.endswith("在建") or r.after.lstrip().startswith("在建"):
        return "work under way (在建): a state, not a target"
    return None


# 23个省市重点项目完成投资71.6亿元, 1299个重大项目完成投资1.2万亿元: the projects the investment
# after them is of
_PROJECTS_INVESTING = re.compile(
    r"^[^，。；\d]{0,14}?项目(?:年度|全年)?(?:要|将)?(?:计划)?(?:完成|实现)?投资(?:额)?"
    r"(?:达到|超过|突破)?\d"
)


def rule_projects_that_invest(r: Reading, run: ClauseRun) -> str | None:
    """确保23个省市重点项目完成投资71.6亿元以上: the count names the projects whose investment is
    the target, not a target of its own."""
    if r.q.unit in ("个", "项") and _PROJECTS_INVESTING.match(r.after):
        return "the projects counted are those whose investment is the target"
    return None


# 百亿企业8家, 十亿企业60家: a bare scale (no 元) that names the tier of the firms then counted
_FIRMS_COUNTED = re.compile(r"^(?:级|元)?(?:以上)?(?:龙头)?(?:企业|集团)\d")


def rule_tier_of_firms(r: Reading, run: ClauseRun) -> str | None:
    """其中超千亿企业2家、百亿企业8家: 百亿 names the firms' tier, their count is the target."""
    if r.q.chinese and r.q.unit in ("亿", "万亿") and _FIRMS_COUNTED.match(r.after):
        return "a tier of firms counted after it (百亿企业8家), not a target"
    return None


def rule_count_then_done(r: Reading, run: ClauseRun) -> str | None:
    """全市首批100个示范社区全面建成: a count, its noun, then the verb that completes it."""
    if r.settled or r.head.verb is not None or weak_unit(r.q.unit):
        return None
    m = vocab.COUNT_DONE_RE.match(r.after)
    if m and len(vocab.CJK_OR_ALNUM.findall(m.group(1))) >= 2:
        r.metric, r.post_metric, r.settled = strip_trail(m.group(1)), True, True
        if len(r.metric) <= 3:  # 确保25个项目竣工: a bare noun is named by what is done to it
            r.metric += m.group("done")
        r.kind = r.kind or "level"  # its own verb, after it: no 新增 of a clause before carries
    return None


# the work done on the things counted after 对 (对78处重点路口优化配时方案)
_DUI_WORK = ("进行", "开展", "实施", "安装", "提档升级", "改造", "优化", "整治", "维修", "更新")
_WITH_REWORK = re.compile(r"[、和及与]?(?:改|扩|提升|优化)")  # 新建、改建, 新辟优化: not all new


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
    if q.suffix and q.unit.endswith(("人", "户")) and vocab.THRESHOLD_PLACE_RE.match(r.after):
        return None  # 常住200人以上自然村: a threshold that qualifies the place
    if q.suffix and q.unit == "座" and _SEATED_RE.match(r.after):
        return None  # 淘汰57座以上大客车: the seats that qualify the bus
    if q.suffix and classes_a_noun(q.unit, r.pre, r.after):
        return None  # 推动5万平方米以上商场复评: the size that picks the malls, not the work
    after = r.after.lstrip('“"')  # 认定启动3个“城中村”整体改造类项目
    after = _THRESHOLD_FIRST.sub("", after, count=1)  # 500个5000万元以上重大项目
    if extent_of_work(q.unit, after):
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
    # (对69个小区污水管网重建性提升、补充性改造: the work named at the end; 对78处重点路口优化
    # 配时方案)
    dui_verb = next((v for v in _DUI_WORK if v in after), None)
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
    if dui and not verb:
        r.kind = "level"  # 对…4500名学生实施…: the work done on them, not something new
    cut = dui and dui_verb and dui_verb != "改造"  # (改造 names the work: kept)
    metric = post_metric(after.replace(dui_verb, "", 1) if cut and dui_verb else after)
    if verb and len(metric) == 1 and metric in _ONE_CHARACTER_THINGS and is_count(q.unit):
        metric = verb.group(0) + metric  # 改造提升192栋楼: the work names the one-character thing
    if len(vocab.CJK_OR_ALNUM.findall(metric)) < 2 or metric in vocab.STRUCTURE_NOUNS:
        return None
    metric = _with_examples(metric, window, verb)
    r.metric, r.post_metric, r.settled = metric, True, True
    return None


def _with_examples(metric: str, window: str, verb: re.Match[str] | None) -> str:
    """开工建设深圳外环高速公路等3个项目: a count of bare 项目 is named by its work and examples
    (the window's text from its work verb on, when it ends in 等)."""
    if verb is None:
        return metric
    if not window.endswith("等"):
        # 续建10个项目1307公里: bare projects named by their work (续建项目, 建设项目)
        return verb.group(0) + metric if metric in ("项目", "工程") else metric
    named = window[verb.start() :]
    if _BARE_PROJECTS.match(metric) and len(named) <= _MAX_NAMED:
        return named + metric
    return metric


# 项目, 项目建设, 工程建成投用: a count of projects that says no more of them than that
_BARE_PROJECTS = re.compile(r"^(?:项目|工程)(?:建设|建成投用|建成|开工)?$")
_MAX_NAMED = 40  # characters of a work verb and the examples it names


# 储备500个5000万元以上重大项目, 新建宁夏电网7个750千伏输变电工程: a money threshold or a voltage
# class between the count and the projects it counts
_THRESHOLD_FIRST = scan_first_chars(
    re.compile(
        r"^\d[\d.]*[万亿千百]*元(?:以上|及以上)的?(?=[\u4e00-\u9fff]{0,8}(?:项目|企业|工程))"
        r"|^\d{2,4}(?:千伏|kV|KV)(?=[\u4e00-\u9fff]{0,8}(?:工程|变电站|线路|输电通道|换流站))"
    )
)
GROWTH_VERBS = frozenset(("增长", "增速", "增幅", "增长率"))
# 改造提升192栋楼, 新建3座桥: things a count names with one character
_ONE_CHARACTER_THINGS = frozenset("楼桥路井站校厂馆房")
_ABOUT = frozenset(("约", "大约", "近"))
# an extent of work (…万平方米以上的…改造): the amount done, not a size that qualifies a noun
_EXTENT_UNIT_RE = re.compile(r"(?:万|千)?(?:平方米|平方公里|公顷|亩|公里|千米|米)$")
_WORK_NOUN_RE = re.compile(r"^的[^，。；、]{0,16}(?:改造|修缮|整修|整治|治理|修复|更新|项目|工程)")


def extent_of_work(unit: str | None, after: str) -> bool:
    """2000万平方米以上的既有建筑节能改造, 400万平方米的旧楼区整修: the extent of the work after 的."""
    if unit is None or _EXTENT_UNIT_RE.match(unit) is None:
        return False
    return _WORK_NOUN_RE.match(after) is not None


_SEATED_RE = re.compile(r"的?[大中小]?(?:型)?(?:客车|巴士|汽车|车辆|飞机|客机)")
# 推动5万平方米以上商场复评…, 年综合能耗2000吨标准煤以上用能企业…建设, 3吨以下叉车使用新能源: a
# measure with a bound right before a class of things that the clause goes on to say something of
_CLASSED_NOUN_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:企业|商场|超市|工地|绿地|设施|叉车|机组|锅炉|煤矿|用户|单位|公共建筑"
    r"|场所|车辆|船舶)(?=[\u4e00-\u9fff、\d])"
)
_MEASURE_UNIT_RE = re.compile(
    r"(?:平方米|立方米|吨标准煤|吨标煤|吨|千瓦|千伏安|千瓦时|蒸吨)(?:/年|/小时)?$"
)


def classes_a_noun(unit: str, before: str, after: str) -> bool:
    """A measure bound (5万平方米以上) that picks a class of things named right after it, the
    clause going on past the noun: a threshold, not an amount of work (累计完成50万平方米以上
    商业设施更新: what is done is measured)."""
    if before.endswith("完成") or not _MEASURE_UNIT_RE.search(unit):
        return False
    return _CLASSED_NOUN_RE.match(after) is not None


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
