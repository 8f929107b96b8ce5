"""The words and patterns the target grammar reads (data only; the reading is in targets.py).

Measure verbs and their comparators, change/increment/creation verbs, kind adverbs (累计, 每年,
年均), connectives dropped before a metric, deadline and baseline phrases, milestone words
(全覆盖, 基本建成 …), 翻番 multiples, and the qualifiers and names that mark a number as not a
target. Word lists are sorted longest first so that 不超过 wins over 超过.
"""

from __future__ import annotations

import re

from plantrack.parse.first_chars import scan_first_chars

# A sentence ends at 。！？ or a line break; a clause at ，；：.
SENTENCE_END = re.compile(r"[。！？!?\n|｜]")  # a bar ends a table cell copied as text
# not the comma before a verb to a level (由2012年的18%，降至2023年的14.4%): one change, its base first
CLAUSE_SEP = re.compile(
    r"[，,](?!(?:提高|提升|降低|下降|增加|减少|扩大|缩小|[降增])[到至])|[；;：:]|——"
)


def _words(spec: str) -> list[str]:
    """Space-separated words, longest first (so 不超过 wins over 超过)."""
    return sorted(spec.split(), key=len, reverse=True)


def _verbs(spec: str, comparator: str) -> dict[str, str]:
    return dict.fromkeys(spec.split(), comparator)


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


# 不得超过当年计划任务量的30%: a bound on a share of a base named before the number
SHARE_BOUND_RE = re.compile(
    r"(?P<verb>不得超过|不得高于|不超过|不高于|不得低于|不低于|不少于|不得少于)"
    r"(?P<base>[^，。；、\d]{2,14})的$"
)
# Verb right before a number -> comparator.
MEASURE_VERBS: dict[str, str] = {
    **_verbs(
        "达到 到达 达 为 提高到 提高至 提升到 提升至 增加到 增加至 增长到 增长至 增至 扩大到"
        " 扩大至 上升到 上升至 不少于 不低于 不小于 实现 迈上 跨上 冲刺 至少达到 至少 达到或超过 定为"
        " 大于等于 大于或等于 设定在 设置在 确定在 锚定在 锚定 设为 定为"  # 目标增速设定在5%以上
        " 达到目标值 达到预计值 达到预期值"  # 资金支出率达到目标值95%: a form's target value
        " 达到并稳定在 达到并保持在 达到并保持"  # 森林覆盖率达到并稳定在40%: reached, then held
        # 种植面积调增到600万亩, 发展到100万亩, 跃升至2万亿元: a verb + 到/至, the level reached
        " 调增到 调增至 调高到 调高至 扩增到 扩增至 发展到 发展至 扩展到 扩展至 拓展到 拓展至"
        " 跃升到 跃升至 攀升到 攀升至 恢复到 恢复至",
        ">=",
    ),
    **_verbs("超过 突破 高于 多于 大于 超 逾 超出 跨越", ">"),  # 经济总量跨越6万亿元
    **_verbs(
        "不超过 不高于 不大于 控制在 控制到 降至 降到 下降到 下降至 降低到 降低至 减少到"
        " 减少至 缩小到 缩小至 缩短到 缩短至 压减到 压减至 压降到 压降至 减至 减到 压缩到 压缩至"
        " 不多于 不突破 不超出 不超 不得超过 不得高于 不得大于 不得多于 不宜超过 降为 下降为 降低为 减少为 减为"
        " 缩短为 压缩为 缩小为 压减为"  # 将身份证办理时限缩短为30天
        " 小于等于 小于或等于 调减到 调减至 调低到 调低至 调降到 调降至",
        "<=",
    ),
    **_verbs("不得低于 不得少于 不得小于 不宜低于", ">="),
    **_verbs("低于 少于 小于 < ＜", "<"),
    **_verbs("≥ >= ＞＝", ">="),
    **_verbs("≤ <= ＜＝", "<="),
    **_verbs("> ＞", ">"),
    **_verbs("保持在 稳定在 维持在 保持 维持 = ＝", "="),
    # 里程达到约13万公里: about, not at least; 近1220亿元, 接近90%: nearly
    **_verbs(
        "约为 大约 约 达到约 达约 达到大约 近 将近 接近 达到近 达近 接近或达到 接近或超过", "~"
    ),
    # The number after these is a change, not a level: the verb stays in the metric (能耗下降).
    **_verbs("增长 提高 提升 增加 上升 下降 降低 减少 压减 压降 缩短 递增 递减", ">="),
}
CHANGE_VERBS = frozenset(_words("增长 提高 提升 增加 上升 下降 降低 减少 压减 压降 缩短 递增 递减"))
_VERB_ALT = "|".join(map(re.escape, _words(" ".join(MEASURE_VERBS))))
# 分别达到, 达到了, and 达到每万名工人 (a per-unit phrase between verb and number).
# (Written as a branch of literals, not an optional 分别 first: the regex engine then skips the
# positions where no verb starts, 4–5 times faster on the 20 characters before each number.)
VERB_RE = re.compile(
    rf"(?:分别(?:{_VERB_ALT})|{_VERB_ALT})(?:了)?(?:分别)?(?:每[^\d，。；]{{1,6}})?$"
)
# 占比要达全省六分之一: a measure verb, then the whole the share is of
VERB_THEN_WHOLE_RE = scan_first_chars(re.compile(r"(?P<verb>达到?)全[国省市区县]的?$"))
# What a VERB_RE match carries besides the verb.
VERB_DECORATION_RE = re.compile(r"分别|了|每.*$")

_LEAD_WORDS = _words(
    "中国 我国 力争 争取 努力 确保 推动 推进 促进 使 让 实现 全市 全县 全区 全省 全国 我省将 我市将 我县将 我区将 其中 同时 此外 并 且 要"
    " 逐步 进一步 持续 稳步 积极 大力 加快 力求 预计 规划期内 期间 届时 共 总计 合计 全年 分别"
    " 以及 、 今年 明年 全年 年内 今后五年 今后三年 前两年 前三年 计划 拟 还将 也将 将 把 原则上 一定要 坚决 守住"
    " 继续"  # 继续新增大容量绿色环保公交车300台 (not 继续教育: a metric's own word)
    " 即"  # 三年滚动计划：即2018年实现…: the plan spelled out by year (not 即新建2座)
)
# lead words that open words of a metric too: 使用寿命, 计划投资 (the planned investment, an
# indicator), 并网风电装机 (grid-connected), 继续教育
_LEAD_GUARDS = {
    "使": "使(?!用)",
    "计划": "计划(?!总?投资)",
    "并": "并(?!网)",
    "继续": "继续(?!教育)",
    "即": "即(?=(?:19|20)\\d\\d年)",
}


def _guarded(alternation: str, guards: dict[str, str]) -> str:
    """`alternation` with each guarded word followed by the lookahead that keeps it a lead word."""
    for word, guarded in guards.items():
        alternation = alternation.replace(word, guarded)
    return alternation


KIND_ADVERBS: dict[str, str] = {
    "累计": "cumulative",
    "平均每年": "annual",  # 平均每年递增4%: the whole adverb, not 每年 after 平均
    "每年": "annual",
    "年均实际": "annual",  # 年均实际增长7%: a real growth rate each year (before 年均)
    "年均": "annual",
}
# A metric ending in these is a yearly figure.
GROWTH_RATE_ENDS = ("增速", "增长率", "年均增长", "年均实际增长", "增幅")
INCREMENT_VERBS = _words(
    "新增 新建 新培养 新集聚 新认定 新引进 新创建 新招引 新设立 新培育 新开工 新落地"
    " 新建成 新开通 新投运 新增加 新打造 新布局 新招收 新评定 新入选 新获批 新入库 新立项 新签约 新实施"
    " 新认证 新获评 新注册 新登记 新上市 新挂牌 新招录 新招聘 新开设 新开办 新成立 新组建"
    " 新安装 新铺设 新种植 新栽植 新修 新修建 新开发 新开业 新开辟"
    " 新铺 新发展"  # 新铺天然气管道400公里, 新发展用户30000户
    " 新辟 新购置 新选派 新纳统 新发放"  # 新辟公交线路18条, 新纳统项目60个, 新发放贷款
    " 新推广 新启用 新分配 新安排"  # 新推广新能源汽车12万辆, 新分配公廉租房200套
    " 增创"  # 增创2条省级食品安全示范街: more of them, made anew
    " 新上"  # 新上8条生产线: new lines put up
    " 新扩"  # 新扩双季稻面积6.7万公顷: more area, newly added
    " 新启动 新植"  # 新启动川西林盘保护修复200个, 新植茶园10000亩
    " 新办 新创 新购"  # 新办民营企业1500家, 新创国家级名牌产品2—3个, 新购公交车1000辆
)
# Creation and recruiting verbs: not part of the metric (建成10个场景 -> 场景).
ACTION_VERBS = _words(
    "创建 建成 建设 培育 打造 引进 引育 集聚 招引 选聘 选派 招收 部署 布局 培养 认定 创成 争创"
    " 建立 设立 组建 开通 投运 实施 形成 落地 开工 评定 入选 获批 吸引 撬动 推出 增设 配置 改建 扩建"
    " 提质扩能 提质改造 扩容提质 提档升级 升级改造 招募派遣 招募 派遣 抽调"  # 民生实事: 提质扩能40个…
    " 招聘 公开招聘 招录"  # 公开招聘8000名农村义务教育学校教师
    " 挖潜"  # 积极挖潜5000个停车位
    " 邀请 改编 攻关 举办 培树"  # 邀请500名国际文化名人, 改编20台左右优秀昆曲剧目, 攻关100项关键技术
    " 启用 投用"  # 启用1所学校、2所幼儿园: put into use
    " 开办"  # 开办两处公办幼儿园
    " 打响 叫响"  # 打响2至3个影响全国乃至全球的茶油品牌: brands made known
    " 评选"  # 评选10条全省“最美农村路”: the roads chosen, counted
    " 锻造"  # 锻造纺织鞋服、石油化工、建材家居等3个万亿级产业集群
    " 升级"  # 升级8个老旧市场: the things upgraded, counted
    " 划定"  # 划定1500万亩的粮食功能区: the zones designated, measured
    " 育成"  # 育成…农作物新品种16个: bred, not new things of a 新 verb
    " 增补"  # 增补3万平方米小微绿地: added where there was none
    " 新、改（扩）建 新、改(扩)建 新、改扩建 改（扩）建 改(扩)建 新（改）建 新(改)建"  # 新、改(扩)建110个托位
    " 新（改、扩）建 新(改、扩)建"  # 新(改、扩)建500所…食堂
)
# A clause starting with one of these has a verb of its own: it does not inherit the kind of the
# clause before it (新集聚A500名、B800名，参与流动共享高层次人才1500名 -> the last is a level).
OWN_VERB_START = tuple(
    _words(
        "参与 服务 带动 吸纳 支持 帮助 惠及 覆盖 吸引 改造 培训 完成 续建 改建 扩建 建成 实施 种植 栽植 维修"
        " 竣工 完工 投入使用 投用 延伸 优化 搬迁 再投放"  # 新建幼儿园5所，竣工幼儿园3所: its own stage
        " 基本建成"  # 新开工11万套，基本建成13.2万套: its own stage
        " 发展"  # 新建养殖园区10个，发展股份制牧场5个: more of what there is, a level
        " 盘活"  # 新增…楼宇10幢、盘活低效用地1.3万亩: land put back to use, a level
        " 整治"  # 新建250个和美乡村、整治提升2500个清洁乡村: the villages put in order
        " 增加 巩固"  # 新增无公害蔬菜基地9个,增加种植面积2000亩,巩固…基地22个: more, or kept
    )
)
_TRAIL_WORDS = _words(
    "实现 要 将 应 需 均 都 力争 争取 确保 分别 的 达 基本 总共 全部 全面 在 必须 再"
    " 预期目标"  # GDP增长预期目标为5%左右: the indicator is GDP增长
)
# Heads shared by a 分别 list (化学需氧量、氨氮排放总量 -> 化学需氧量排放总量).
# how an indicator's name ends: 率/比重/投资/收入/产值 … (A率、B率均达到40%: two metrics)
MEASURE_END_RE = re.compile(
    r"(?:率|比例|比重|占比|量|出栏|存栏|人次|(?:接待|入境|过夜)游客|投资|投入|收入|花费|值|消费|销售额|营业额|面积"
    r"|规模|数量|人数|个数|里程|指数|强度|浓度|密度|寿命|年限|时长|总额|余额|额)$"
)
SHARED_HEADS = _words(
    "排放总量 排放量 总量 增加值 营业收入 比重 占比 覆盖率 普及率 利用率 达标率 数量 规模"
    " 集群营业收入 产业营业收入 产业增加值 集群规模 产业规模 集群产值 产业产值"
)
# 区财政每年安排…专项资金: the paying body and its verb are not the metric.
AGENT_RE = re.compile(r"^(?:[市区县省]级?|市本级|区本级)?财政(?P<yearly>每年)?(?:安排|投入|统筹)")
# 全长45公里, 总投资120亿元, 建成后年产值200亿元: a project's size, not a target (总投资计划274.7亿元:
# a year's investment plan, a target).
# 总投资亿元以上重大产业项目 / 总投资超10亿元项目, right before their count
THRESHOLD_NOUN_RE = re.compile(
    r"投资(?:超过?|达到?)?[\d.]*[千百]?[万亿]?美?元(?:以上|及以上)?[\u4e00-\u9fff]{0,10}?(?:项目|企业|工程)$"
)
ATTRIBUTE_RE = re.compile(
    # (长度约740米，宽度约33米: the size of the road a work item rebuilds)
    # (力争完成总投资368亿元: the investment to be done, a target)
    r"(?:全长|总长|(?<!完成)总投资(?!计划)|(?<!独立)占地(?!区)|建筑面积|建成后|设计能力|设计规模|^长度|^宽度)[^，。；]{0,12}$"
)
# 十万人口死亡率, 亿元生产总值生产安全事故死亡率: a rate per a population, written bare
RATIO_METRIC = (
    "比", "系数", "指数", "PUE）", "PUE)", "PUE", "PUE值", "效率", "倍数", "倍差", "基尼系数", "死亡率",
    "能效值",  # 数据中心能效值达到1.2: a PUE by another name
    "发展水平",  # 两化融合发展水平达到66: an index's score
)  # fmt: skip
# 二〇三五, 一九九〇: a year in Chinese numerals (DEADLINE_RE reads Arabic years)
CN_YEAR = r"(?:二[〇○][〇○一二三四五]|一九[五六七八九])[〇○零一二三四五六七八九]"
# 比2020年, 比一九八〇年预计, 比“十五”期末: the base year of a change (groups: the year, in
# Arabic or Chinese numerals; 十N)
# “十五”期末, “十一五”末: the last year of a five-year plan (2005, 2010), as a base year
_PERIOD_END = r"“?(十[一二三四五六七八九]?)五”?(?:期末|末)"
BASE_YEAR_RE = re.compile(
    rf"(?:比|较|与)(?:((?:19|20)\d\d|{CN_YEAR})年(?:底|末)?|{_PERIOD_END})(?:相比)?(?:预计)?"
)
PREVIOUS_YEAR_RE = re.compile(r"(?:比|较)上年|同比")
# 比上年提高17.2%: a change on the year before the target's own (同比 names no base year in the gold)
LAST_YEAR_WORDS = r"(?:上年|去年|上一年)"
ON_LAST_YEAR_RE = re.compile(rf"(?:比|较){LAST_YEAR_WORDS}")
# 由45%, 由2020年的483.9亿元, 由目前的近20%: the opening of a baseline before its target
BASELINE_PRE_RE = re.compile(
    # 从目前占全省GDP的4.3%上升到6%: the share now, of what
    rf"(?:由|从)(?:((?:19|20)\d\d|{CN_YEAR})年(?:底|末)?的?|(?:目前|当前|现在|现有)(?:占[^，。；\d]{{1,8}}?)?的?)?"
    r"(?:人均|年均|每万人|年产|每[吨亩人户]|年工日产)?(?:近|约)?\s*$"
)
# 由2020年的483.9亿元到2025年将增加为596.6亿元: the baseline's value followed by the target's year
BASELINE_TO_YEAR_RE = re.compile(rf"(?:到|至)(?:(?:19|20)\d\d|{CN_YEAR})年")
# 工资总额一九八〇年为…: a year in Chinese numerals closing the text before a value
CN_YEAR_END_RE = re.compile(rf"{CN_YEAR}年(?:底|末)?$")
# 2018年1-9月份, 2025年底: a part of the year after it (when within the year a deadline falls)
# …年底建成, …年底前全部竣工: the work a year's end is the deadline of
DONE_BY_YEAR_END = r"(?:前|以前)?(?:全部|基本)?(?:建成|完成|竣工|投产|通车|投用|交付)"
_MONTHS_OR_END = r"(?:\d{1,2}(?:[-—–~～至]\d{1,2})?月份?|底|末)?"
DEADLINE_RE = scan_first_chars(
    re.compile(
        # 到2027—2028年雪季: by the end of a season over two years
        # (not 达到2010年的三倍: the year a multiple is of)
        r"(?:(?<!达)到|至|截至|截止到|截止)(?:(?:19|20)\d\d年?[-—–~～])?((?:19|20)\d\d)年(?:底|末)?"
        r"|((?:19|20)\d\d)年(?:底|末|\d{1,2}月(?:底|末)?)?(?:前|以前|之前)"  # 2025年6月底前
        # a leading year (after an item's number: 1.2025年…), or the end of a leading span
        # (2024年-2025年创建60个…: by 2025)
        # (全市2020年城镇老旧小区改造新开工49个: after the scope)
        # (并确定2012年地区生产总值达到1800亿元: the year a meeting sets the figures for)
        r"|(?:^(?:\d{1,2}[.．、])?|[，。；：\n！？,;:!?（(“「]|力争|争取|确保|预计|(?<![已被])(?:确定|明确)"
        r"|全[市省县区州]|我[市省县区州]"
        r"|(?<=[，,；;]其中)"  # …，其中2025年不低于37.4%: the part due in an earlier year
        r"|(?<=[，,；;]为)"  # …，为2030年旅游总收入突破1万亿元奠定基础: the goal it prepares
        r"|(?<=[：:，,；;]即))"  # 确定了三年滚动计划：即2018年实现…: the plan's years spelled out
        r"(?:(?:19|20)\d\d年?\s*[-—–~～至到]\s*)?"
        r"((?:19|20)\d\d)年"
        rf"{_MONTHS_OR_END}(?![的以比同\d起])"  # 2024年起: from then on
        # 确保2021年开工改造的1623个小区全部完工: the year names a cohort (those begun then)
        r"(?!(?:计划)?新?(?:开工|启动|实施|立项|批复|下达|认定|确定|列入|纳入)[\u4e00-\u9fff]{0,4}的)"
        # 风电、光伏发电装机规模2025年达到2500万千瓦: the year between a subject and its measure verb
        r"|((?:19|20)\d\d)(?<=[\u4e00-\u9fff、]\d{4})年(?:底|末)?"
        r"(?=达到|突破|超过|提高到|提升到|增加到|增长到|降低到|降至|下降到|控制在"
        r"|(?:完成|建成|新建|新增)\d)"  # 建设公办幼儿园2011年完成300所
        # 4个高速公路项目2009年底建成通车: the year's end the things counted before it are done by
        rf"|((?:19|20)\d\d)(?<=[\u4e00-\u9fff、]\d{{4}})年(?:底|末)(?={DONE_BY_YEAR_END})"
        # 2024年850台、2025年1200台: the year of one value of a list of years (the first item, after
        # 其中 or a comma, when a second follows; a later one after 、 and the value before it)
        r"|(?:(?<=其中)|(?<=[，,：:]))((?:19|20)\d\d)年(?=[\d.]+[^\d，。；、]{1,5}、(?:19|20)\d\d年\d)"
        r"|(?<=\D、)((?:19|20)\d\d)年(?=\d)"
        # …2011年完成300所，2012年400所，2013年500所: a later year of a yearly list after a comma
        r"|(?<=[^\d\s，,][，,])((?:19|20)\d\d)年(?=[\d.]+[^\d，。；、]{1,5}(?:[，,；;。]|$))"
    )
)
# 1—8月, 1-5月底: the months of this year so far (a report's progress, not a plan's target)
MONTHS_SO_FAR = r"1[-—–至~](?:[2-9]|1[01])月(?:份|底)?"
YEAR_RE = re.compile(r"(?:19|20)\d\d年")  # in every DEADLINE_RE match: a fast gate before it
# (向上争取资金118亿元, 争取政策性金融工具5亿元: 争取 obtains money, it does not strive)
ASPIRATION_RE = re.compile(
    r"力争|(?<!向上)争取(?![^，。；\d]{0,6}?(?:资金|专项债|政策性|金融工具|债券|补助))|努力|争创"
)  # 争创国家级创新平台1—2家: strive to win, as 力争 (six gold records of seven say so)
# 力争到2010年， : a clause that is only a deadline
DEADLINE_CLAUSE_RE = re.compile(
    r"(?:用[一二两三四五\d]年时间)?(?:到|至)?20\d\d年(?:底|末)?(?:前)?[，,]"
)
# A sentence that reports what was done (实现了, 已达到): its figures are observations.
DONE_RE = scan_first_chars(
    re.compile(
        r"(?:实现|完成|达到|增长|提高|提升|下降|降低|减少|突破|超过|新增|建成|增加|累计|通)了"
        r"|(?:遴选|征集|收集|梳理|筛选)了|初步形成了"  # 遴选了12件候选项目: how the list was made
        r"|(?:成立|组建|设立|召开|举办)了"  # 省发展改革委成立了7个工作专班: what was set up
        r"|初步查明|经(?:初步)?调查"  # 初步查明亟需修复治理的…面积超630万亩: what a survey found
        r"|(?:进行|开展|实施|启动)了"  # 对全国30个省…进行了评价考核, 已经启动了140个…: work done
        # 现已超额完成93个, 现已新增20条: a task's result so far
        r"|已(?:经)?(?:超额)?(?:达到|实现|完成|建成|突破|超过|累计|过半|开工建设|开工|投产|竣工|新增|划定)"
        r"|已经?[对为向](?=[^，。；\d]{0,8}\d)"  # 已对484万贫困人口…进行建档立卡: the work done on them
        # 平顶山市已造林18万亩: any verb done (not 不得已/而已; not 已有, 已将; not 已批复的15个片区, 已于3月启动:
        # a noun the work is done to, a date)
        r"|(?<![而得])已经?(?![将要有于])(?:(?![的于])[\u4e00-\u9fff]){1,3}(?=\d)"
        # 目前实有特种消防车辆43辆, 当前棉花收入占农民收入的35%左右, 现有…: the state today (not 项目前期,
        # 题目前: words that hold it; not 当前和
        # 今后一个时期, 当前要…: the time ahead from now) (not 由目前的9.5提高到11, 在现有基础上,
        # nor 5.0‰（目前8.1‰）: the baseline in brackets after a target, nor 现有矿井净增产量…: what
        # the stock shall add, nor 实现有人机…飞行量: 实现 before 有; nor 实有民营市场主体将达到260万户:
        # the stock a goal is set for)
        r"|(?<![比较由从于（(项题])(?:目前(?!的)|当前(?![的和及，,要重任工阶形]))|(?<![在比较由从于建造级用实进升对])现有(?!基础|水平|[\u4e00-\u9fff]{0,6}(?:净增|新增|增产))"
        r"|实有(?![^，。；,;\d]{1,16}?(?:将|要|力争)?(?:达到|突破|超过))"
    )
)
# 用3年时间, 用三至五年时间, 通过3年攻坚, 经过五年的努力: a span counted from the plan's start
# (context.RELATIVE_RE dates it)
SPAN_FROM_START = (
    r"(?:用(?:[一二两三四五六七八九十\d]{1,2}[—–\-~至到])?"
    r"(?P<taking>[一二两三四五六七八九十]{1,2}|\d{1,2})年(?:左右)?(?:的)?时间"
    r"|(?:通过|经过)(?P<striving>[一二两三四五六七八九]|\d)年(?:左右)?(?:的)?(?:努力|攻坚|奋斗))"
)
# A deadline that opens a sentence (到2025年，… / 力争到2027年，… / 2026年：…): its scope runs on
# to the next deadline or the end of the paragraph.
LEAD_DEADLINE_RE = re.compile(
    r"[\s　]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
    # 近期目标（2022－2025）：到2025年，…: a phase's label before its deadline
    r"(?:(?:近期|中期|远期|阶段性?)(?:目标)?(?:[（(][^（）()]{0,16}[）)])?[：:]\s*)?"
    r"(?:[\u4e00-\u9fff]{1,6}(?:表示|介绍|指出|强调)[，,：:])?"  # 他表示，2025年，…: who says it
    # 而在城乡基础设施统筹方面，今年成都将…, 同时今年将…: a link word or the field, then the year
    r"(?:(?:同时|此外|另外|而)[，,]?)?(?:在[^，。；,;]{1,20}方面[，,])?"
    # 根据《行动方案》，到2025年，… / 《方案》提出，到2025年，…: the document that says it
    r"(?:(?:根据|按照|依据)?《[^》]{1,40}》(?:提出|明确|要求|指出|规定)?[，,：:]\s*"
    # 近日，…印发了《…实施意见》，提出到2025年，…: who issued it, then what it sets out
    r"|[^。；]{0,40}?《[^》]{1,60}》[，,]\s*(?:提出|明确|要求|指出|规定)[，,：:]?\s*"
    r"|(?:根据|按照|依据)(?:规划|方案|计划|纲要|意见)[，,]\s*)?"  # 根据规划，目标到2025年，…
    r"(?:力争|争取|确保|预计|计划|预期|目标)?"
    rf"(?:(?:到|至|截至)?(?:(?:19|20)\d\d|今|明)年{_MONTHS_OR_END}(?:前)?"
    # 2025年海铁联运…翻一番。即…: a year that opens the sentence without a comma, too
    r"(?:[，,：:]|(?=[\u4e00-\u9fff])(?![的以比同起年内度初中]))"
    rf"|{SPAN_FROM_START}[，,]"  # 用3年时间，实现…
    r"|(?:到|至)?[“‘]?十[一二三四五六七八九]五[”’]?(?:时期|期间|末|期末)[，,])"  # 十一五期间，…
)
# A verb that can head a list of number-noun pairs (更新78个A、4500个B、14个C).
LIST_VERBS = frozenset(
    _words("更新 改造 保持 维持 稳定 新建 建设 完成 实施 推广 培训 改造提升 整治提升 新增建设")
)
# a qualifier, not a verb, before a number-noun pair (超千亿元企业, 突破百亿元的企业)
QUALIFIER_VERBS = frozenset(_words("超 超过 突破 过"))
# 倍增计划, 翻番工程: a multiple that names a programme
PROGRAMME_WORDS = ("计划", "工程", "行动", "战略", "方案", "专项", "规划", "三年", "五年")
# 市场主体倍增和培优行动: a programme named after its aims
PROGRAMME_AFTER_RE = re.compile(
    rf"(?:[和与及、][\u4e00-\u9fff]{{1,6}}?)?(?:{'|'.join(PROGRAMME_WORDS)})"
)
# 在2020年的基础上 (翻一番): the base year of a multiple
# 在二〇〇六年基础上, 在“十五”末的基础上 (2005)
BASE_ON_RE = re.compile(rf"在?(?:((?:19|20)\d\d|{CN_YEAR})年(?:底|末)?|{_PERIOD_END})的?基础上")
# 提出3项指标, 10个方面工作: the plan counting its own parts
STRUCTURE_NOUNS = frozenset(
    _words("指标 目标 任务 方面 方面工作 部分 章 节 条 措施 举措 工程 行动")
)
# The counted noun names the plan's own parts (以下14个方面的工作, 工业等17个领域碳达峰工作,
# 20个预期性指标): structure, not a target.
STRUCTURE_METRIC_RE = scan_first_chars(
    re.compile(
        r"^(?:方面|领域|部分|大任务|项任务|举措|措施)|^[章节]$|指标$|(?:方面|领域)的?工作$"
        r"|^(?:硬核|务实|具体|关键|政策)(?:举措|措施)$"  # 推出八大行动、25项硬核举措
        # 实施11项国土绿化重点工程, 细化成73项重大工程、重大行动、重大计划: the plan's programmes
        r"|(?:重点|重大)工程$|重大(?:行动|计划)$"
        r"|(?:机制|制度)$"  # 建立9个…联动机制: the ways of working a plan sets up (no gold counts one)
        r"|候选项目$|票决(?:产生|确定)$"  # 形成了15个候选项目, 经…会议票决产生10件: how a list was made
        r"|^(?:重点|主要|建设|工作|专项)?任务$|^(?:重点)?民生实事(?:项目)?$|^实事$"  # 实施47项民生实事
        r"|^(?:重点)?民生实事[（(]20\d\d年[）)]|^民生实事(?:\(|（|作为|工作方案)"  # 20件民生实事(2024年)
        r"|实事(?:项目)?(?:为牵引|共)?$"  # 办好40件群众急难愁盼民生实事, 10件惠民实事, 实事项目共30项
        r"|实事(?:项目|方案)?(?:按时|是|完成|确定)|实事方案$"  # 十件实事项目按时完成, 50件民生实事是…
        r"|^(?:这一|这个|该|上述)目标"  # 为确保3.99万亩这一目标完成: a target named again
        r"|专栏”?$|^(?:纲要|规划|方案)共?设$"  # 设置27个“专栏”, 纲要共设18篇
        r"|(?:^|》)全文(?:共|约|达)?$"  # 《规划》全文7万余字，共十篇: the document's own length
        # 《建议》共15个部分、61条: a document's own parts (not 《规划》共布设…停车场125处: what it plans)
        r"|^《[^》]{1,30}》共[有分计设]?(?:\d+[个项条篇章节]?(?:部分)?、)*$"
        r"|意见[和、与]?建议$"  # 收到意见建议432条: how a list was made
        # 16项基本符合或快于预期, 4项滞后: the plan's own indicators counted by their progress
        r"|^(?:指标)?(?:基本)?(?:达到或超过|符合|快于|超|超过|慢于|低于|滞后于?)(?:或快于)?(?:规划)?"
        r"(?:预期|进度)|^(?:指标)?滞后$"
    )
)
# money handed out (发放创业担保贷款180亿元, 给予奖励50万元): not a target
HANDOUT_RE = re.compile(
    r"发放|给予|奖励|补助|补贴|财政[将拟]?(?:用于|投入|安排)"
)  # money paid or spent
# 城乡低保标准提高到740元/月, 特困人员基本生活标准: the rate at which money is paid to people
PAID_STANDARD_RE = re.compile(
    r"(?:低保|补贴|补助|救助|供养|生活|抚恤|养老金|津贴|经费)[^，。；]{0,6}标准"
)
# 从每人每月1883元, 分别从每月631元, 经费提高到每人每年50元: an amount paid out per head
PAID_MONTHLY_RE = re.compile(r"每(?:人|户)?每?月|每人每年")
# 补贴标准为产品销售价格的15%, 每类产品可补贴1件, 支持门槛降低至1000万元, 按85%:15%比例共担: how
# a subsidy is paid, whatever the unit
SUBSIDY_RULE_RE = re.compile(
    r"(?:补贴|补助|奖补)(?:标准|额|比例|占)|享受[^，。；]{0,8}(?:补贴|补助)|可补贴|最多可补|补贴可补|[予给]以(?:补贴|补助|奖励|奖补)|支持门槛|比例共担"
    r"|支持(?:比例|金额|额度)|项目支持|补助金额|合同总额|贷款利息|贴息"
    r"|[给对]每(?:个|所|家|户|名)?[\u4e00-\u9fff]{1,4}(?:奖补|补助|补贴|奖励)"  # 给每个班奖补20万元
    r"|给予(?:不超过|最高)?[^，。；]{0,16}(?:投资额?|合同金额)"
)
# 增速, 总量 …: a measure whose subject is the one before (…社零额年均增速11.3%，总量达到2万亿元)
MEASURE_NOUNS = (
    "增速",
    "增加值总量",
    "总量",
    "总规模",
    "规模",
    "比重",
    "占比",
    "增幅",
    "总额",
    "增长",
    "年均增速",
    # 粮食播种面积3320万亩、产量1285万吨: a bare 产量 is the listed subject's (粮食产量)
    "产量",
    "产值",
    "增加值",
    "营业收入",
    "播种面积",
    "面积",
)
# 主要预期目标是：经济增长5%左右: a clause ending like this opens a list; it lends no object
LEAD_IN_ENDS = ("是", "为", "如下", "包括", "目标", "主要有")
# 体育产业融合发展，总规模达到500亿元: a clause that names a sector whose measure follows
TOPIC_RE = re.compile(
    r"^([\u4e00-\u9fff]{1,10}?(?:产业|行业|经济|事业|服务业|制造业|旅游业|农业|工业|消费|贸易|市场))"
)
# 迈上3万亿元台阶: words after a number that are not its metric
# 稳定在17亿亩的水平上, 达到10-15天的水平: the level a value names, not a thing it measures
LEVEL_WORDS = r"的?(?:阶段性)?水平上?"  # 达到250亿斤阶段性水平: the level itself
# 投资5，000亿元的分配如下：: the words after a total that is distributed (the total is a target)
DISTRIBUTED_AFTER = "的分配"
NOT_A_METRIC = frozenset(
    _words("台阶 新台阶 大关 关口 新高 规模 量级 目标 目标任务 任务 人民币 增幅 增速 增长速度")
)  # 力争突破2000亿元人民币: the currency named again; GDP增长将保持10%的增幅: the growth again
# A verb whose object holds the count (开展30个以上…治理, 完成A行业70%以上产能…改造, 推进A等10个
# 产业园建设, 帮助8万户以上群众…): the count is the target, its noun and the rest of the object
# the metric. Read when no measure verb stands before the number (rules.rule_count_in_object).
OBJECT_VERBS = _words(
    "开展 推进 推动 实施 完成 帮助 支持 扶持 抓好 建设 打造 培育 创建 建成 新建 改造 整治 治理"
    " 组织 举办 引导 带动 惠及 服务 培训 吸纳 打通 实现 争创 创成 认定 引进 招引 布局 部署 提供"
    " 成立 组建 设立 启动 开放 修复 修缮 改建 扩建 改扩建 制定 构建 开拓 开设 安装 投保 购买 发放 优化提升"
    " 改善 完善 设置 优化 发布 归集 开办 选择 选取 遴选 办好 建好 建强 增配 配备 推出 攻克 储备 满足 排查"
    " 覆盖 解决"  # 宣传覆盖约500个居委, 解决超1000个自然村生活污水治理问题
    " 更新 更新替代 更新提升 淘汰 替换 更换"  # 设备更新: 更新替代100台（套）以上老旧化工装置
    " 投产"  # 力争2025年投产1台机组
    " 取得 选树 创造"  # 取得10项以上原创性重大科技成果, 选树1000家标杆企业, 创造…岗位
    " 筹措 筹集"  # 筹措3000套(间)保障性租赁住房: housing raised, counted
    " 落实 推广"  # 落实265万亩大豆、508.2万亩油料种植任务, 推广30万亩“多收一茬”新模式
    " 提速"  # 提速高青至商河等34个续建项目: the projects sped up, counted
    " 制作"  # 制作14个道路旅游标识牌
    " 竣工 完工 消灭"  # 竣工3所学校、幼儿园, 消灭20条城区“断头路”
    " 续建 开工建设 建成通车"  # 续建10个项目1307公里, 建成通车5个项目869公里
    " 迁建"  # 整体迁建6家卫生院
    " 招聘 招录"  # 公开招聘8000名农村义务教育学校教师
    " 消除 关停 关闭 拆除 维修 维修更换 提档升级 升级改造 提升改造"  # 基本消除45个隐患点, 关停11座填埋场
    # 退出500家污染企业, 破获不少于400起食品犯罪案件
    " 退出 破获 侦破"
    " 处置"  # 计划处置4家钢铁僵尸企业: the firms dealt with, counted
    " 将有"  # 全年将有91个县通高速公路: what the year will bring, counted
)
# 对32座一线水闸进行防洪能力达标建设: the count in a 对… object, the work after 进行
# 对其中的约24公里进行修复, 对车流量较大的85个服务区充电站进行扩容
DUI_OBJECT_RE = re.compile(
    r"对(?:全[省市县区镇乡]|辖区|本[省市县区])?"
    # 对环河13座桥梁进行…, 对新民洲大寨河等3公里河道实施…: a place or the named ones first
    r"(?:[^，。；、对]{1,6}的|[^，。；、对的\d]{2,8}?等?)?(?:约|近|大约|剩余|其余|余下)?\s?$"
)  # 对全县17所幼儿园…, 对辖区80条背街小巷…, 对剩余2700公里…路面进行整治, 对 6个…
# 人均生产总值超过7万元，折合9000美元: the same value in another unit
EQUIVALENT_WORDS = frozenset(_words("折合 约合 合 相当于"))
# 达到3.85人（其中中医类别0.62人）: a part named in brackets
BRACKET_PART_RE = re.compile(r"[（(](其中|含)([^（()）]{1,20})$")
# 换乘时间缩短至8分钟（新建枢纽5分钟内）: a part named in brackets without 其中, right after a value
BRACKET_SCOPE_RE = re.compile(r"^[（(]([\u4e00-\u9fff]{2,12})$")
# 打造生猪、苹果2个500亿级产业集群: a grade that opens the counted noun
GRADE_RE = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*(?:吨|千瓦|瓦|伏|A)?级")  # 500亿级, 10万吨级
# 全市首批100个示范社区全面建成: the noun a count names, then the verb that completes it
# (大空港片区43个项目全面动工, 1270个排水小区年内完工: the works' start or end, in the year)
COUNT_DONE_RE = re.compile(
    r"^(?![将要均都在于])([^，。；、\d已]{2,30}?)(?:要|将|均|都)?(?:年内|年底前)?"
    r"(?P<done>(?:全面|基本|全部|如期|按期|率先)?"
    r"(?:建成|完成|投入使用|投用|投运|竣工|完工|动工|开工|挂牌|通过验收|达标)"
    r"(?:投用|投运|投产|运营|运行|建设|开园|开放)?)(?:$|(?=、))"
)
# a share: a kind (increment, annual) carries between like units only
SHARE_UNITS = frozenset(("%", "个百分点", "‰", "百分点"))
# 文旅产业增加值和旅游总收入年均增速: a measure shared by the listed indicators
SHARED_MEASURE_RE = re.compile(r"(?:年均)?(?:增速|增长率|增幅)$|年均(?:实际)?增长$")
# 一二三产增加值分别增长A、B、C, 第一、二、三产业增加值…分别为A、B和C
THREE_SECTORS_RE = re.compile(r"^第?(?:一二三|一、二、三)(产业?|次产业)(.+)$")
# Y（以下简称X）: X names Y from here on
ALIAS_RE = re.compile(r"[^（(，,。；]*[（(]以下简称[“\"]?([^）)”\"]{1,12})[”\"]?[）)]")
# money handed out or budgeted is not a plan target (安排资金5000亿元, 扶贫资金增长43.4%)
BUDGET_RE = scan_first_chars(
    re.compile(
        r"预算内[\u4e00-\u9fff]{0,4}投资|预算安排|财政资金|国债资金|扶贫资金|专项资金|补助资金|奖补资金|引导基金|奖励资金|安排资金|财政投入"
        r"|投入[\u4e00-\u9fff]{0,4}资金|衔接资金|帮扶资金"  # 预计投入资金2.5亿元, 投入衔接资金1.1亿元
        r"|公益金"  # 计划投入体彩公益金5000万元: a lottery fund's money spent
        r"|拟(?:投入|投资)|筹资"  # 今年拟投入277亿元, 先后共筹资4974.44万元: spending proposed or raised
        r"|安排(?:(?!的)[\u4e00-\u9fff]){0,4}投资|投资资金|预算资金|债券资金"  # 安排投资5.1亿元, 安排城建投资256亿元, 计划投资资金16.8亿元: money budgeted
        # 在教育方面的投入达到6.6亿元, 李沧区还将投资1200万元: what a government spends on a field
        r"|在[\u4e00-\u9fff]{1,8}(?:方面|上)的投入|(?<![国家])[省市县区]还?将投资"
        r"|资金安排|[安拨]付|补贴资金|(?:筹集|筹措)[\u4e00-\u9fff]{0,4}资金|财政性资金|建设性资金|三公[”\"]?经费|资本金"
        r"|匹配$|(?:中央|省|市|县|区)级?(?:安排|补助)$"  # 县(市、区)匹配479万元, 市级安排68万元
        r"|资金中(?:每年)?安排"  # 中央从…建设资金中每年安排50亿元: money a fund hands out
    )
)
# 90%以上的村生活垃圾得到治理: a share of units that reach a state
SHARE_OF_UNITS_RE = re.compile(
    r"^(?:以上|以下)?的[^，。；]{1,30}?(?:得到|实现|达到|完成|开展|建立|具备|配备|覆盖|建成|通过|达标|设置|设立|开设|配置|拥有|执行|采用|普及|都能|均能|享有|享受|接受|参加|参与|使用)"
)
# characters without which no relative deadline (今年, 明年, 去年, “十四五”末, 3年内, 二〇三五年) stands
RELATIVE_HINT_RE = re.compile(
    r"今年|明年|去年|本年度|当年|计划全年|全年计划|五|年内|年底|[\d一二两三四六七八九十]年(?:突破|达到|超过|跨越|跨赿|实现)|\d月(?:\d{1,2}日|底|末)|二〇|一九|今后|未来|第[一二三四五]年|年(?:左右)?(?:的)?(?:时间|努力|攻坚|奋斗)|世纪"
)
# 今年以来: a review, not a deadline.
YEAR_AS_NAME_RE = re.compile(r"以来")
QUALITATIVE_RE = re.compile(
    r"基本全覆盖|全面覆盖|全覆盖|零的突破|基本建成|全面建成|初步建成|基本实现|全面实现|基本形成"
    r"|基本消除|全面消除|完成(?:国家|省|市|上级)?下达(?:的)?(?:目标任务|任务|目标)(?:要求)?"
    r"|全部完成|与[\u4e00-\u9fff]{2,8}?(?:基本)?同步"
    r"|“零[^”]{1,4}”"
)
MULTIPLE_RE = re.compile(  # not 成倍增长 (manyfold), 倍增效应 (a multiplier effect)
    r"翻(一|两|二|三)?番|(?:增加|增长|提高)(一|1|两|2|三|3)倍|(?<!成)(双?倍增)(?!效应|作用)"
    r"|翻(\d(?:\.\d{1,2})?)番"  # 翻1.88番: 2 to that power (3.68 倍)
)
MULTIPLE_VALUE = {None: 2, "一": 2, "两": 4, "二": 4, "三": 8}
TIMES_VALUE = {"一": 2, "1": 2, "两": 3, "2": 3, "三": 4, "3": 4}  # 增加一倍 = ×2
CJK_OR_ALNUM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# 增加一倍 after these is a multiple (read with 翻番), not a count in 倍.
TIMES_VERB_RE = re.compile(r"(?:增加|增长|提高)$")
# A metric starting with a numeral is a name (五个一批), not a metric.
# (not a spec of the things counted: 846座10千伏开关站, 20台500千瓦机组)
NUMERAL_NAME_RE = re.compile(
    # (not 4万个5G基站: a generation's code, 5G)
    r"\d(?![\d.]*(?:千伏|kV|KV|伏|千瓦|兆瓦|吨级|万吨级|米级|G(?![a-zA-Z])))|[一二两三四五六七八九十]+[批些大个项]"
)
# A number followed by one of these is a qualifier or a name (世界500强, 10万吨级 …).
QUALIFIER_AFTER = ("强", "级", "型", "大", "位", "倍")
# A metric ending in these, with no verb, is a project's size.
ATTRIBUTE_ENDS = (
    "总投资",
    "建筑面积",
    "占地面积",
    "占地",
    "总面积",
    "海拔",
    "红线宽",
    "红线宽度",
    "办学规模",
)
# 公共建筑面积1.2亿平方米, 节能改造建筑面积18万平方米, 新增建筑面积8万平方米: the floor area of a class of
# buildings (or of the buildings a plan renovates or adds), not one project's size
BUILDING_CLASS_AREA_RE = re.compile(
    r"(?:公共|绿色|装配式|超低能耗|近零能耗|节能|星级|改造|新增)建筑面积[约为]?$"
)
# A bracketed note after a number: （折合8英寸）.
BRACKET_NOTE_RE = re.compile(r"[（(][^）)]*[）)]")
# Milestone words whose subject follows them (基本建成…体系).
MILESTONE_BEFORE_SUBJECT = ("基本建成", "全面建成", "初步建成", "基本实现", "全面实现", "基本形成")
FULL_COVERAGE = ("全覆盖", "全面覆盖")
# 第一章, 第三节 …: numbered headings, the ones whose titles can mark a review of the past.
NUMBERED_HEADING_RE = re.compile(r"第\S{1,3}[编章节]")


# The provinces by their short names (山西7，800万吨, 河北1，500万吨: shares of a total)
PROVINCES = _words(
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南"
    " 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门"
)
# 山南市, 该市, 宁夏: a place named before its aim (…力争…), the scope and not the indicator
AIMING_PLACE = (
    rf"(?:(?!在)[\u4e00-\u9fff]{{2,4}}(?:市|县|区|州|盟|旗)|该[市县区州]|我[市县区州]"
    rf"|(?:{_alt(PROVINCES)})(?:省|市|自治区)?)"
)
# 云南将力争A…，B…: the place and the 将 of its aim
AIMING_PLACE_RE = re.compile(rf"{AIMING_PLACE}(?:将|也将|还将)?")
# Connectives, deadline phrases and kind adverbs dropped at the start of a metric.
LEAD_RE = re.compile(
    # a byline or dateline: 本报讯（记者 王某）, 新华社北京3月5日电, 日前，
    rf"[^，。；]{{0,16}}?(?:讯|电)\s*[（(]记者[^）)]{{0,20}}[）)]|[^，。；]{{0,16}}?\d{{1,2}}月\d{{1,2}}日电"
    rf"|[^，。；]{{0,16}}?(?:新闻|网|报)讯"  # 贵阳网·甲秀新闻讯 新增…: a site's byline, no reporter
    rf"|日前，?|近日，?|(?:纲要|规划|方案|意见|计划|文件|通知)?提出(?=到|至)"  # 纲要提出到2025年: by when
    rf"|即(?=到|至)"  # …矩阵，即至2027年底打造…: namely, by when
    rf"|[“‘]?十[一二三四五六七八九]五[”’]?(?:时期)?以来"  # 力争“十四五”以来累计降低10%: since when
    # 李沧区要新建两所小学: the district that builds, before its verb (the scope, as 全区)
    # (not 城镇新增就业, 确保城镇新增…: an indicator's own word)
    rf"|(?:(?!在)[\u4e00-\u9fff]{{2,4}}(?:区|县|市|镇)(?<![城乡村集]镇)|(?:中心|主)?城区|市区|县城)"
    rf"(?=(?:要|将|还将|拟|计划)?(?:{_alt(INCREMENT_VERBS)}))"
    # 山南市力争今年…, 该市力争2023年…: the place whose aim it is (the aim word follows alone)
    rf"|{AIMING_PLACE}(?=(?:将|要)?(?:力争|争取|确保|努力))"
    # 海南计划新建250个和美乡村: a place named bare, then its plan's verb
    rf"|(?:{_alt(PROVINCES)})(?=(?:要|将|还将|拟|计划)(?:{_alt(INCREMENT_VERBS)}))"
    rf"|(?:{_alt(PROVINCES)})(?=(?:今年|明年)(?:要|将|还将|拟|计划))"  # 新疆今年将造林200万亩
    # 在公共场所新增配置…, 优先在边境地区、…村新建…: where the new things go, before their verb
    # (not 在马桥镇新建…水厂一座, 在清溪路…处新建一座…: the site of one project)
    rf"|(?:优先)?在[^，。；\d]{{2,16}}?(?<![镇乡处])(?=(?:要|将|拟)?(?:{_alt(INCREMENT_VERBS)}))"
    rf"|[（(][一二三四五六七八九十]{{1,3}}[)）](?=(?:{_alt(INCREMENT_VERBS)}))"  # (一)新购置公交车200辆
    rf"|[*＊※]?(?:[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d)|[①-⑳])"  # a list number: 1. / （2） / ③ / *4.
    rf"|0\d\s*(?=[\u4e00-\u9fff])"  # 01新增共享充电桩示范小区10个: a list number padded with 0
    # 八、新增机动车位1500个; ▶新增公共停车位 (not 一、二、三产…, nor 二、10万平方米…: a figure there
    # opens the heading's own words)
    rf"|[一二三四五六七八九十]{{1,3}}、(?=[^\d一二三四五六七八九十])|[▶►▸●■◆▲★☆]\s*"
    rf"|[—－-]{{2}}"  # ——新引进大学生5万名: a plan's dash item
    rf"|[”’」』]"  # “十二五期间”计划投资近1220亿元: the close of a quote the clause opened
    # …2691座(含充电桩5.87万根、换电站20座)、个人自用充电桩29.45万根: a bracket of parts around it
    rf"|[)）]、"
    rf"|【[^】]{{1,12}}】\s*"  # 【颐养暖心】新增家庭养老床位750张: an item's label
    rf"|[一二三四五六七八九十]{{1,3}}是(?=[^\d一二三四五六七八九十是])"  # 二是建设农村公路30条: an item
    rf"|(?:到|至|截至|截止到|截止)?(?:(?:19|20)\d\d年?[、和及])*(?:19|20)\d\d年(?:度|底|末)?(?:前|以前|之前)?，?"
    rf"|(?:到|至)?{CN_YEAR}年(?:底|末)?(?:前|以前)?，?"
    rf"|用?[一二两三四五\d]年(?:时间|内)?"  # 力争三年累计回收…: a duration, not the metric
    rf"|第[一二三四五]年"  # 第一年全区应完成…: when, not the metric
    rf"|(?:到|至)?[“‘]?十[一二三四五六七八九]五[”’]?(?:时期|期间|期内|末|期末)?，?"  # 到“十四五”末，
    # 使用寿命; 计划投资 (the planned investment: an indicator, not 计划 + a verb)
    rf"|(?P<kind>{'|'.join(KIND_ADVERBS)})"
    # (并网风电装机: grid-connected, a word of the metric, not 并 “and”)
    rf"|{_guarded(_alt(_LEAD_WORDS), _LEAD_GUARDS)}"
    rf"|预期(?=(?:{_alt(INCREMENT_VERBS)}))"  # 预期新增清洁取暖面积15亿平方米: expected, then its verb
)
# LEAD_RE without its three byline alternatives (they come first, before 日前): the same match
# when no 讯 or 电 stands in a text's first 24 characters, where the bylines' ends fall; their lazy
# runs of 0–16 characters, tried at every lead, cost half of LEAD_RE's time (speed)
LEAD_NO_BYLINE_RE = re.compile(LEAD_RE.pattern[LEAD_RE.pattern.index("|日前") + 1 :])
# 新建改造, 新建改扩建, 新建和改造提升: new and renovated together is a level (GUIDE.md, kind)
# (新开工改造老旧小区716个: the renovations newly started are new)
# 新增就业2100人: the indicator 新增就业 (as 城镇新增就业), not new 就业; 新建提升…, 新建（更新）…:
# new or upgraded ones together, a level; but 新增和美乡村: new ones (和美 is a word)
INCREMENT_RE = re.compile(
    rf"新开工(?![或和的及、])|新开(?![工通设办发业辟或和的及、])(?=[\u4e00-\u9fff])"
    rf"|(?:{_alt(INCREMENT_VERBS)})"
    r"(?![或的及、改扩]|优(?![质良秀势])|续建|更新|和(?!美)|提升|提档|提质|[（(](?:更新|改造|改建|提升)|[\u4e00-\u9fff]{0,8}就业$)"
)
# ACTION_RE strips these compounds as one verb
COMPOUND_WORK_VERBS = _words(
    "新建改造 新建改扩建 新改扩建 新改建 改扩建 新建改建 新建和改造提升 新建和改造"
    " 改建或新建 改造或新建 改扩建或新建 新建或改建 新建或改造 新建或改扩建"  # 改建或新建21个…中心
)
# 改造提升11万亩高标准农田: 提升 closes a work verb here, it is not a change of a measure
WORK_THEN_CHANGE_RE = re.compile(r"(?:改造|整治|建设|优化|更新)(?:提升|提高)$")
# 每个乡镇至少建成1家…中心: a creation verb right before the number puts the metric after it.
VERB_BEFORE_NUMBER = scan_first_chars(
    re.compile(
        rf"(?:至少|最少)?(?:{_alt(INCREMENT_VERBS + ACTION_VERBS)})$|(?:要|应|至少|均|都|建|设)有$|配备$|配齐$"
        # 开发1—2个…食品, 守住18亿亩耕地红线, 我省将建100个运动休闲基地: the metric follows
        r"|开发$|守住$|守牢$|严守$|坚守$|(?:将|要|拟|再)建$"
        r"|(?<=年)建$"  # 到2020年建100个绿色有机农产品生产基地: a year, then its works
    )
)
ACTION_RE = re.compile(rf"{_alt(COMPOUND_WORK_VERBS + ACTION_VERBS)}")
OBJECT_VERB_RE = re.compile(rf"{_alt(OBJECT_VERBS + ACTION_VERBS + INCREMENT_VERBS)}")
OBJECT_VERB_END_RE = re.compile(rf"(?:{_alt(OBJECT_VERBS + ACTION_VERBS + INCREMENT_VERBS)})$")
# a clause that opens with a verb of its own (新增和改建…, 更新…, 新辟和优化…) inherits no kind
OWN_VERB_RE = scan_first_chars(
    re.compile(
        rf"(?:{_alt(OBJECT_VERBS + ACTION_VERBS + list(OWN_VERB_START))}"
        r"|新辟|更新|规范设置|提升|新增和|新建和)"
    )
)
# money is a threshold or a budget inside an object (实施5000万元以上项目), never its count
MONEY_UNIT_RE = scan_first_chars(re.compile(r"元$"))
# 应 is a modal after a metric (总量应), but the end of a word in 供应/响应/适应/效应 …
_TRAIL_ALT = _alt(_TRAIL_WORDS).replace("应", "(?<![供响适对反效相回感呼答])应")
TRAIL_RE = scan_first_chars(re.compile(rf"(?:{_TRAIL_ALT})(?:{_TRAIL_ALT})*$"))  # see VERB_RE
# …装机规模2030年达到: the deadline between a subject and its verb (DEADLINE_RE) ends no metric
TRAIL_YEAR_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d年(?:底|末)?$")
# Where a metric written after its number ends: 等, or the next number of a list.
# (等 of a list, not of a word: 高等职业学校, 中等职业学校, 等级)
POST_CUT = re.compile(
    r"(?<![高中初同平均优上次对])等(?!级)|[、和及与](?=[\d一二两三四五六七八九十百千]|累计|其中)"
    # …等4所幼儿园、星河实验小学东龙路校区等7所小学: the next item names its examples first
    r"|、(?=[^、，。；,;]{1,24}?等[\d一二两三四五六七八九十])"
    r"|…|⋯"  # 改造42个老旧小区……还有更多好消息: the list trails off, a headline goes on
    # 完成26亿元水利投资任务以及完成7亿元…: the next item, its verb before its number
    r"|(?:以及|并|和|及|与)(?=(?:完成|实现|新建|建成|新增|开工|建设|改造)[\d一二两三四五六七八九十])"
    # 新建250个和美乡村、整治提升2500个清洁乡村: an item whose work puts things in order
    r"|、(?=(?:整治|改造)(?:提升)?[\d一二两三四五六七八九十])"
    r"|的基础上$"  # 确保1623个小区全部完工的基础上，…: the ground the next goal stands on
)
# A number with no unit, for --explain.
BARE_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")


# 最终确定了30项重点民生实事项目, 票决产生10件民生实事: the story of how the year's projects were
# chosen ends in them (what follows is the plan, not the past)
PROJECTS_DECIDED_RE = re.compile(
    r"(?:确定|票决|选定|产生)(?:了|出)?\d+(?:项|件)[^。；]{0,12}(?:实事|项目|工程)"
)

# 常住200人以上自然村, 2000人以上中心村卫生室: the places a count of people with a bound picks
THRESHOLD_PLACE_RE = re.compile(
    r"的?(?!农村)[\u4e00-\u9fff]{0,2}?(?:自然村|行政村|村|乡镇|镇|社区|城市|县|小区|企业|单位|学校)"
)
# What money measures: 主营业务收入, 工业产值, 地区生产总值, 固定资产投资, 销售额 …
MONEY_MEASURES = "收入|营收|产值|总值|增加值|投资|税收|销售额|营业额|交易额|出口额"
# 实现85万人口脱贫, 实现1万人脱贫: the people who reach the state after 实现 (the 口 of 人口 after
# the unit 人)
PEOPLE_STATE_AFTER = re.compile(r"^口?(?:稳定|整体|全部|易地扶贫|易地)?(?:脱贫|搬迁)$")
# 6000万农村人口, 为200万中小学生…, 为80万农村35—64岁妇女…: the people a bare 万 or 亿 counts
PEOPLE_AFTER_WAN = re.compile(
    r"^[^，。；、\d]{0,8}?(?:\d+[—\-－~～至]\d+周?岁)?[^，。；、\d]{0,4}?"
    r"(?:人口|人员|员额|居民|学生|妇女|孕妇|孕产妇|老年人|老人|儿童|青少年|幼儿|新生儿|群众|农民|职工"
    r"|劳动者|残疾人|患者|农牧民|牧民|渔民|市民|村民|移民"  # 使约46万农牧民住进…
    # 14万农村“五保”对象, 14万重点优抚对象: the people a scheme serves
    r"|(?<=[保抚助扶」”])对象)"
)
