"""The review vs plan model: which passages report the past and which set goals.

A plan document mixes two tenses. A review passage (工作回顾, 过去五年, “十四五”时期主要成就,
发展基础 …) reports what was done; its figures are observations. A plan passage sets what shall
be done. Three independent signals say which is which, from the widest to the narrowest:

1. **Headings**, in any style (第X章, 一、, （一）, 1., a style heading, a plain short line). A
   heading is read part by part (parts joined by 和/与/及/、): in each part the *last* marker
   decides, because a Chinese noun phrase ends in its head (主要目标完成情况 is a report on
   targets, 发展目标 a goal). Review markers: 回顾, 成就, 成效, 成绩, 进展, 过去一年/五年, 发展基础,
   发展现状, 完成情况 …; forward markers: 目标, 任务, 要求, 思路, 重点工作, 安排, 建议, 展望, a
   year from the plan's own start on (2026年重点工作), the next five-year period. A heading is a
   review when every part that says something is a review; any forward part makes it forward.
   A review section ends only at the next heading of the same or a higher level that is not a
   review (`context.ContextTracker`), not at the first paragraph without a review word.
2. **Paragraphs**: one that opens by reporting the past (过去一年, 这五年, ——这是…的五年,
   刚刚过去的2025年, 2025年，全市… before the plan's start) is a review; so is one in which two
   or more sentences with a number report completed facts and none looks ahead (`PAST_RE`,
   `FORWARD_RE`).
3. **Sentences**: in a review passage, a sentence that looks ahead (到2030年, 力争, 确保, 今年 …)
   and reports nothing done is still read for targets (a review may end on a goal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.target_words import CN_YEAR, SENTENCE_END
from plantrack.read.headings import cn_number, five_year_period
from plantrack.read.lexicon import NEWS_BYLINE, NEWS_SOURCE

_REVIEW_WORDS = re.compile(
    r"回顾|过去一年|过去五年|过去的一年|过去的五年|发展基础|发展成就|主要成就"
    r"|取得的成绩|工作成绩|现实基础|发展现状|成效|成绩|成就|主要成果|主要进展|工作进展|进展情况"
    # (not 进一步完善基础条件，为稳增长提供坚实支撑: a task that improves them)
    r"|(?<!完善)(?<!改善)(?<!夯实)(?<!优化)(?<!提升)(?<!加强)(?<!筑牢)(?<!创造)基础条件"
    r"|完成情况|实施情况|执行情况|总结|发展成果|建设成果|工作成果|取得的成果|工作基础"
    r"|决算|编制背景|规划背景"
    # 二、全市三农工作亮点: the highlights of a year's work are what was done
    r"|工作亮点$|主要亮点$|特色亮点$"
    r"|基本情况|现状分析|现状评估|实施评估|实现良好开局|开局良好|圆满收官|胜利收官|顺利收官"
    # 转型升级中砥砺奋进的五年, 极不平凡的一年: the years a heading looks back on
    r"|(?<!未来)(?<!今后)(?<!下一个)的(?:五|一|三|十)年$"
)
# 夯实发展基础, 筑牢工作基础, 持续夯实都市工业发展基础: a base to build, ahead (a news item's
# section line over its goals, a task line), not 发展基础 the heading of a review
_BASE_BUILT = re.compile(
    r"(?:夯实|筑牢|打牢|巩固|厚植|奠定|打下|筑实|增强|强化)[\u4e00-\u9fff]{0,8}?(?:发展|工作)基础"
)


class _ReviewWordsOutsideBuiltBases:
    """`_REVIEW_WORDS`, blind to a base a verb builds (夯实发展基础, 持续夯实都市工业发展基础); positions
    are kept."""

    def _seen(self, text: str) -> str:
        if "基础" not in text:
            return text
        return _BASE_BUILT.sub(lambda m: "　" * len(m.group(0)), text)

    def search(self, text: str) -> re.Match[str] | None:
        return _REVIEW_WORDS.search(self._seen(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return _REVIEW_WORDS.finditer(self._seen(text))


REVIEW_WORDS = _ReviewWordsOutsideBuiltBases()
# a report on the progress of tasks: each item restates its task, then reports on it
# (上半年…“成绩单”: a year's tasks, each told with how far it has come)
PROGRESS_HEADING = re.compile(
    r"(?:进展|完成|落实|执行|推进)情况|(?:上半年|一季度|前三季度|年中)[^，。；]{0,16}成绩单"
)
# 申报条件, 申报主体和要求, 准入标准: what an applicant must meet, not what the plan sets
CRITERIA_HEADING = re.compile(
    r"(?:申报|申请|准入|认定|遴选|评选|入选|参评|创建)(?:主体|对象|单位)?(?:和|与|及)?(?:基本)?"
    r"(?:条件|要求|标准)"
)
# 第四章 需求预测, 4.2 电动汽车保有量预测, 充换电站需求量分析: what a plan expects to happen, from
# which it then derives its targets; a heading that names more (发展形势及成品油需求预测) is no such,
# nor are the effects the plan's targets are expected to have (实施效果预测)
FORECAST_HEADING = re.compile(
    r"^(?:第\S{1,3}[章节条]|[\d.．]+|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．])?\s*"
    r"[^和与及、，,]{0,14}?(?<!效果)(?<!效益)(?:预测|预测分析|需求量?分析)$"
)
GOAL_WORDS = re.compile(r"目标|总体要求|指标|任务|思路|举措|安排|建议|计划|重点工作|工作要求|展望")
_PART_RE = re.compile(r"以及|[和与及、]")
_HEADING_YEAR_RE = re.compile(r"(20\d\d)年|[“\"]?(十[一二三四五六七八九])五[”\"]?")

# Sentences that report completed facts (the figures in them are observations). Every
# alternative opens with a literal character, so the regex engine skips ahead by a character set
# (ten times faster than alternatives that open with a group: the paragraph score is cheap).
_N = r"[\d一二三四五六七八九十]"
# achievements both PAST_RE and ACHIEVED_RE know: 创历年新高, 如期完成, 荣获, 入选国家首批 …
_ACHIEVEMENTS = (
    # (not 确保圆满完成今年目标任务, 力争如期完成: the aim of completing)
    r"创(?:历史|历年|近年)新高|(?<!确保)(?<!力争)(?<!要)(?<!将)(?:如期完成|圆满完成)"
    r"|顺利完工|有效应对|率先实现|正式发布|获批实施"
    r"|入选(?:全国|国家|首批)|荣获|喜摘|位列|获得\d+枚|提前[一两三\d]年|提前完成"
    r"|成功跻身|成效显著(?=[，。；])"  # 合肥市…发展成效显著，成功跻身…第一梯队: done
)
_DONE_VERBS = (
    "实现|完成|达到|取得|增长|提高|提升|下降|降低|减少|突破|超过|新增|建成|增加|累计|扩大|缩小"
    "|扭转|摆脱|改善|发生|出现"
)
# 五年来, 几年来, 近年来: the years up to now
_YEARS_SINCE = r"[一二两三四五六七八九十几多近]年来"
# 完成投资5.04亿元，比年度计划高20.3个百分点; 完成年计划的30.19%; 占年度目标任务的143.05%;
# 占今年确定目标的73.6%;
# 分别高于年度目标任务14.31个百分点: progress against the year's plan or target (not 确保完成年度
# 目标任务: an aim); a paragraph that holds it is a progress report (`past_scan.reviews`)
_AGAINST_PLAN = (
    r"(?:比|较)(?:年度|全年)?(?:目标)?(?:计划|任务)(?:投资)?(?:高|多|超出?)"
    # (一季度即要完成全年任务的70%以上: what is due, an aim)
    r"|(?:完成(?<![要应将需]完成)(?<!确保完成|力争完成|争取完成)|占|为)"
    r"(?:今年|本年|当年|年度?|全年)(?:确定的?)?[^，。；,;的]{0,8}?(?:目标(?:计划|任务)?|计划|任务)的"
    r"|(?:高于|超过|超出)(?:年度|全年)(?:目标)?(?:计划|任务)"
    r"|[与和](?:年度|全年)(?:目标)?(?:计划|任务)持平"  # 完成投资0.4亿元，与年度计划持平
    # 增长10.2%，高于预期目标0.2个百分点; 与预期目标持平; 符合3%左右的预期目标: a result against its goal
    r"|(?:高于|低于|超过|超出|快于|慢于)(?:年初)?预期(?:目标)?\d|[与和](?:年初)?预期目标持平"
    r"|符合[^，。；]{0,12}预期目标"
)
PAST_RE = scan_first_chars(
    re.compile(
        rf"了(?<=(?:{_DONE_VERBS})了)|翻了|有了(?<!没有了)"  # 有了较快的发展: a change that came
        r"|已(?:经)?(?:达到|实现|完成|建成|突破|超过|累计)"
        r"|比上年|比去年|较上年|较去年|同比"
        r"|于全(?<=[高低快慢]于全)[国省市区县](?:平均水平|平均)?[\d.]+个百分点"
        rf"|全(?<=[居列名持入排]全)[国省市区](?:第|前){_N}+"  # 排全区第2: a rank held
        rf"|全[国省市]第{_N}+(?:位|名)?(?=[，。；、]|$)"
        # 居副省级城市第2: a rank held (居 and a peer group), 首破8万元: a mark passed the first time
        rf"|居[^，。；、\d]{{1,8}}第{_N}+(?:位|名)?(?=[，。；、,]|$)|首破"
        r"|首次(?:突破|超过|降到|降至|跃上)"  # 事故死亡首次降到420人以下: a mark passed
        # 二是反映安全发展水平的主要相对指标明显下降。: an item of a report headed by what improved
        r"|[一二三四五六七八九十](?<![^。；！？\n].)是[^，。；]{2,30}"
        r"(?:明显|持续|普遍|稳步|大幅|显著)(?:下降|改善|提升|提高|增长|增强|好转)(?=。|$)"
        r"|超额完成"
        rf"|{_AGAINST_PLAN}"  # 比年度计划高20.3个百分点, 占年度目标任务的143.05%: progress
        rf"|连续{_N}+(?:年|个月|个季度)"
        # not 应累计完成: what shall be done; nor 三年累计完成 (not 过去三年/近三年…): a plan's span
        r"|累计(?<![应要将需]累计)(?<![^去近过][一二两三四五六七八九十]年累计)(?:完成|建成|实现)"
        rf"|这是[^。]{{2,30}}的[一二两三五]年|这一年|这五年|这几年|{_YEARS_SINCE}"
        # (not 截至2025年底，海南将新增…: the date a goal is due)
        r"|初步(?:统计|核算)|截至20\d\d(?![^。；]{0,16}将)"
        r"|统计(?:公报|年鉴)》?(?:还|也)?显示"  # 《…统计公报》显示: what a bulletin reports was
        # an achievement stated as a state reached: 任务全部完成。, 创历史新高, 荣获, 位列第2位 …
        # (not 年底前全部完工: a deadline)
        r"|(?<![前底])全部(?:完成|完工|交付|兑现|办结|办复|办理完毕)(?=[，。；！!]|$)|正式获批|预计(?:分别)?增长"
        r"|获[^，。；]{1,12}奖(?=[，。；]|$)|居全国首位"
        # 成功入选…品牌, 顺利通过市级验收, 开业运营, 获评…称号, 年度任务全面完成。: a year's work told
        # as done (a plan's 确保…全面完成 looks ahead, and a paragraph that does is no review)
        r"|成功(?:入选|举办|举行|承办)|获评|顺利通过[^，。；]{0,8}验收|开业运营"
        r"|(?:(?<=任务)全面完成|(?<![前底])全面完工)(?=[，。；！!]|$)"
        rf"|{_ACHIEVEMENTS}"
    )
)
AGAINST_PLAN_RE = scan_first_chars(re.compile(_AGAINST_PLAN))
# Achievements no plan states as a goal (创历年新高, 荣获, 比上年): with bare figures, a paragraph
# that holds one reports a year gone by (`past_scan.bare_statistics`); 累计完成 and 全部完成 are not
# among them (a plan says 到2025年累计完成977个)
ACHIEVED_RE = scan_first_chars(
    re.compile(
        rf"{_ACHIEVEMENTS}|比上年|比去年|较上年|为上年的|同比|超额完成|连续[\d一二三四五六七八九十]+年"
        r"|居全国(?:第|首位|前)|(?<![前底])全部(?:完工|办复|办结|办理完毕|兑现|交付)"
        r"|(?<!争)排(?:在)?全[区省市国](?:第|前列)"  # 分别排全区第2、第1位; 均排全区前列
        r"|(?:实现|完成|达到|取得|创造)了|\d\.\d\d(?=亿元|万亿元)"
    )
)
# the words of an aim (a plan's, or a goal restated in a review): `targets._GOAL_WORDS` adds bounds
# 争取 (not the 斗争取得 of 反腐败斗争取得新进展)
STRIVE = r"(?<!斗)争取"
AIM_WORDS = rf"力争|确保|{STRIVE}|(?<![主重需纲])要|计划|目标"
AIM_RE = re.compile(rf"{AIM_WORDS}|努力|将|预计")
# Sentences that look ahead. A year counts only from the plan's own start on (`looks_ahead`).
# 今年实施了4条通乡油路改造: after 今年, a verb of work done — the year's work, not ahead
THIS_YEAR_DONE = r"[\u4e00-\u9fff]{1,4}了"
# 目标是, 目标为, 目标：: a goal stated (a sentence that looks ahead; `reports_past_beyond_goal`)
# 目标为…, 目标任务为6.13万套: a goal stated
GOAL_SAID = r"目标(?:任务)?(?:是|为|[:：])"
# 2022年,全区棚户区改造基本建成任务为52454套: a progress report's task stated (read in its review)
TASK_SAID_RE = re.compile(r"任务(?:数|量)?(?:是|为)(?=[\d一二两三四五六七八九十])")
FORWARD_RE = scan_first_chars(
    re.compile(
        r"到(?P<to>20\d\d)年|至(?<!截至)(?P<by>20\d\d)年"
        r"|年(?<=(?P<before>20\d\d)年)(?:底|末)?(?:前|以前)"
        rf"|力争|确保|今年(?!以来|截[至止]|前\d|上半年|1-\d月|一季度|{THIS_YEAR_DONE})|明年|今后"
        r"|未来(?=[一二两三五几十\d]{1,2}年|，)"
        r"|争取(?=到|在|达到|实现|突破|超过|进入)"
        # 全省将…，努力实现森林覆盖率再提高1个百分点 (not 经过共同努力实现了…: done)
        r"|(?<![的过同])努力(?=实现|达到)(?![^，。；]{0,4}了)"
        rf"|{GOAL_SAID}|预期增长|预期目标是"
        # 为实现13%的增长目标，…还确定了…增长10%…等一揽子目标计划: the goals set for the aim ahead
        # (not 为实现这一目标，自治区启动了…: the goal named before, the story of what was done)
        r"|为(?:实现|完成)(?!这|该|上述|此)[^，。；！？]{1,20}?目标[，,]"
        r"|(?<!招生)(?<!年度)(?<!生产)(?<!投资)(?<!工作)计划(?=到|于|在|新|完成|实施|建设|投资|开工|竣工)"
        r"|(?<=全年)计划(?=[\u4e00-\u9fff]{1,8}\d)"  # 今年以来，…，全年计划营造林137万亩: the year's plan
        # 将稳定在3400万亩, 将控制在…: a bound to hold, ahead
        r"|将(?=达到|实现|超过|突破|建成|增长|提高|新增|保持在|稳定在|维持在|控制在|有|建设完成|新建|开工"
        # 2013年西藏将再安排8.75亿元，完成52035户…; 将继续扩大, 将认真贯彻落实: will, then work
        r"|完成|再安排|实施|启动|继续|认真|全力|着力|进一步|加快|大力|积极|深入)"
        r"|十(?P<nth>[一二三四五六七八九])五"
    )
)
# 十四五, 十五五: a five-year period's name
# 十四五, and the tenth and the plans before it: “十五”, “九五” (only inside quotes)
PERIOD_NAME_RE = re.compile(r"(十[一二三四五六七八九]|(?<=“)(?:十|[六七八九]))五")
# 截止到11月末，… / 截至9月30日，…: this year so far (a month without a year)
_YEAR_TO_DATE = r"截[至止]到?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?[，,]"
YEAR_TO_DATE_RE = re.compile(_YEAR_TO_DATE)
# A paragraph that opens by reporting the past.
REVIEW_LEAD_RE = re.compile(
    # 此外,为方便群众候车出行,近年来,…: a link word and the purpose of the works before the lead
    r"^(?:——)?(?:(?:此外|另外|同时)[，,])?(?:为[^，。；！？,]{2,20}[，,](?=[一二两三四五六七八九十几多近]年来))?"
    # 世界农化网中文网报道: 据国家统计局公布，…: a news line's source, then what statistics report
    r"(?:[^，。：:！？,]{2,16}报道[:：]\s*)?"
    # 从近日…召开的…座谈会上了解到，截至目前，…: where the news was heard, then the state now
    r"(?:(?:记者)?[从据][^，。！？,；]{2,40}?(?:了解到|获悉)[，,](?=截[至止](?:目前|当前)))?"
    r"(?:(?:据)?初步(?:统计|核算)|据统计(?:预测|预计)?|今年以来|去年"
    r"|据[\u4e00-\u9fff]{1,6}?统计局(?:公布|发布|数据显示|统计)?[，,]"
    # 过去一年，…; 县文旅委在过去一年，主要围绕…: who worked, then the past year
    r"|(?:[\u4e00-\u9fff]{2,12}?在)?(?:过去|刚刚过去)的?(?:一|五|两|三|[1-5])年"
    rf"|{_YEARS_SINCE}"
    r"|这[一五]年|这是[^。！？]{2,30}的[一二两三五]年|刚刚过去的(?:20\d\d年|“十[一二三四五]五”)"
    r"|“(?:十[一二三四五]?|[六七八九])五”(?:以来|时期|期间)|十[一二三四五]五以来|党的[十二]+大以来|回顾过去"
    r"|20\d\d年以来"
    # 自2008年江西省启动“一大四小”工程以来，累计造林…: since something began, what it has done
    r"|自(?:19|20)\d\d年[^，。；！？,]{0,30}?以来[，,]"
    # 在回顾2015年和“十二五”工作时，贾建刚说：…: a report's review, introduced
    r"|在?回顾[^。！？；]{2,30}?时[，,]"
    # …发布的《2018年我国卫生健康事业发展统计公报》显示，…: what a statistical bulletin reports
    r"|[^。！？；，,]{0,40}统计(?:公报|年鉴)》?(?:还|也)?显示[，,]"
    rf"|截[至止](?:目前|当前)[，,]|(?:今年(?:以来[，,])?)?{_YEAR_TO_DATE}"
    # 前三季度，全市社会消费品零售总额完成574.0亿元: the year so far, quarter by quarter
    # 另外，上半年五大战役重点项目建设完成投资2031.16亿元: what the half year has done so far
    r"|(?:(?:另外|此外)[，,])?(?:今年|20\d\d年)?(?:前三季度|一季度|上半年|1[-—至][2-9]月)"
    r"(?:[，,]|(?=[^，。；]{0,24}完成))"
    # 决战脱贫攻坚取得决定性胜利。…: a report's line that names what was won (——高质量发展取得显著
    # 成效。 opens a goal of an outline's list)
    r"|(?<!—)[^，。！？；,—]{2,14}(?:取得了?(?:历史性|决定性|重大战略)(?:成就|胜利|成果)"
    # 生态文明示范区建设迈出历史性步伐。25个…达标率为100%: the same, a step taken
    r"|迈出了?(?:历史性|坚实|重要|关键性?)的?(?:步伐|一步))。"
    # ——综合经济实力提升最快的时期。…: a review's line on the years gone by, the best they were
    r"|[^，。！？；,—]{2,20}(?:最快|最好|最大|最多|最显著|最明显|最突出|最集中)的(?:时期|五年|阶段)。"
    # 黎平县…围绕…规划确定的目标任务，…，取得了新的成就。: a story's opening sentence that sums up
    # what was achieved (取得 with 了: done, not 努力取得新的成就)
    r"|(?P<achieved>[^。！？]{8,160}[，,]取得了(?:新的|显著的?|明显的?|长足的?|丰硕的?|可喜的?"
    r"|积极的?)?(?:成就|成效|成绩|进展)。))"
)
# 据了解,2022年,…进行了大量…工作: a news report's word of where it learned what it tells
_LEARNED = r"(?:据(?:了解|悉|介绍)|记者(?:了解到|获悉))[，,]"
_LEARNED_RE = re.compile(_LEARNED)
# 王喜良说，过去的一年，… / 纲要显示，“十三五”期间…: a speaker (or a document) before the words of a report
_SPEAKER_RE = re.compile(
    # (重庆市交通委员会相关负责人介绍，…: a body's officer, up to 16 characters)
    r"^(?:[\u4e00-\u9fff]{2,16}(?:说|指出|提出|提到|表示|介绍|强调|透露|显示)"
    # 青海省林业厅副厅长邓尔平在此间举行的青海省两会上表示,2017年…: an official, where he spoke
    r"|[\u4e00-\u9fff]{2,20}?(?:厅长|局长|主任|书记|市长|省长|县长|区长|负责人)[\u4e00-\u9fff]{2,4}"
    r"在[^，。；！？,]{2,30}?(?:上|时|中)(?:表示|指出|介绍|说)"
    # 本报讯 (首席记者仲亮) 记者日前从省住建厅获悉,…: a paper's byline before its source
    rf"|(?:本报讯\s*(?:[（(][^（）()]{{2,20}}[）)])?\s*)?{NEWS_SOURCE})[，,:：]"
    r"|^[^，。；：:“”]{2,30}?(?:局长|主任|书记|市长|县长|区长|负责人)[\u4e00-\u9fff]{0,4}[:：]"
    rf"|^{_LEARNED}"
)  # 发布会透露，今年以来…; 记者从…获悉，今年截至9月30日…; 副局长柯友鹏：…: a news report's source
# 本报讯(特约记者 寸红亮) 2023年,…, 新华社北京1月13日电（记者…）: a paper's byline before its lead
_BYLINE_RE = re.compile(
    rf"(?:{NEWS_BYLINE}"
    r"|[\u4e00-\u9fff\d]{2,16}[讯电](?=\s*[（(][^（）()]{0,20}记者)"
    # 亮点黔西南讯 2011年，…: a site's byline right before the year its story opens with
    r"|[\u4e00-\u9fff]{2,10}讯(?=\s*(?:19|20)\d\d年))"
    r"\s*(?:[（(][^（）()]{2,24}[）)])?\s*"
)
# 2025年，… / 2025年底，… / 2024年我们…: a paragraph that opens with a year (compared with the plan's first
# year by `review_lead`)
_PAST_YEAR_LEAD_RE = re.compile(
    rf"^(?:[（(]?[一二三四五六七八九十\d]{{1,2}}[)）、.．]\s*)?(?:截[至止]|从)?((?:19|20)\d\d|{CN_YEAR})年"
    r"(?:\d{1,2}月)?(?:底|末|全年)?"
    r"(?:的?(?:完成|执行|实施|运行)情况(?:来)?看)?"  # 从2021年完成情况来看，…: that year's results
    r"(?:[，,]|(?=我们|全[省市县区国]|本[省市县区]))"
)
# 凤冈2014年整合县级涉农部门资金9832.69万元 (after 据了解): a place, its year, what it did
_PLACE_YEAR_LEAD_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{2,4}?(?<![到至在于比较])((?:19|20)\d\d)年(?![底末前内以起])"
)
# 报告显示，2023年鄂州市…, 《政府工作报告》公布，2023年鄂州市民生支出…: a report's account of a
# year (compared with the plan's first year by `reported_year_before`)
_REPORTED_YEAR_RE = re.compile(
    r"^[^，。；！？,;]{0,16}?(?:公布|显示|指出|介绍|透露)[，,:：]((?:19|20)\d\d)年"
    r"(?:[，,]|[\u4e00-\u9fff]{2,5}[省市县区州](?![级域属内])"
    # 报告指出,2023年江西出台…: a place named bare, then what it did
    r"|[\u4e00-\u9fff]{2,3}(?=出台|实现|完成|新增|累计|建成|共))"
)
# (陈永高说，)2025年是…极不平凡的一年。: the year a paragraph (or its speaker) tells of
# 2025年作为“十四五”收官与攻坚决胜之年，…: the same, as the year the text looks back on
_YEAR_TOLD_RE = scan_first_chars(
    re.compile(r"((?:19|20)\d\d)年(?:是|作为)(?=[^。！？]{2,40}(?:的一年|之年))")
)
# 会上公布,2025年…民生实事项目年度目标任务已全面完成。: a year's goals reported met (compared with
# the plan's first year by `review_lead`)
_GOALS_DONE_LEAD_RE = re.compile(
    r"^(?:[^，。；！？,;]{2,12}[，,])?((?:19|20)\d\d)年[^。！？；]{0,40}?(?:目标|任务)(?:任务)?"
    r"已(?:经)?(?:如期|全面|胜利|圆满|顺利|全部|超额)?(?:实现|完成)"
)
# 如某矿务局在一九七八年…, 例如某县2024年…: an example of what someone did in a year (compared
# with the plan's first year by `review_lead`)
_EXAMPLE_YEAR_LEAD_RE = scan_first_chars(
    re.compile(
        rf"^(?:如|例如|比如)[^，。；：]{{2,20}}?(?:在|于)?((?:19|20)\d\d|{CN_YEAR})年(?!以[前后来内])"
    )
)
# …政府工作报告展示的5年成就振奋人心。…让我们感受了真正的“广西速度”——: the achievements named, then
# a list of them introduced (its first item may run on after the dash)
_ACHIEVEMENTS_LISTED_RE = re.compile(
    r"(?:[一二两三四五六七八九十\d]年|取得|展示)[^。！？，,]{0,6}?的?(?:成就|成绩)[^。！？]{0,8}[。！，,]"
    r"(?:(?!目标|任务|今后|未来|将)[^。！？])*(?:——|：|:)"
)
# 广东省生产总值由二〇〇二年的一万三千五百多亿元增加到二〇〇七年的三万零六百多亿元: a change from
# one year to a later one (a review when the later is before the plan's first; compared by `review_lead`)
_PAST_SPAN_RE = scan_first_chars(
    re.compile(
        rf"由(?:(?:19|20)\d\d|{CN_YEAR})年(?:底|末)?的?[^，。；！？,;]{{1,30}}?"
        r"(?:增加|增长|提高|提升|上升|扩大|下降|降低|减少|缩小|发展)?(?:到|至)"
        rf"((?:19|20)\d\d|{CN_YEAR})年(?:底|末)?的"
    )
)
# A plain short line that is a heading: no clause punctuation, no figure but a year.
_PLAIN_HEADING_MAX = 30
_BARE_YEAR_RE = re.compile(r"^((?:19|20)\d\d)年?$")
_NOT_PLAIN_RE = re.compile(r"[，。；、！？,;!?]|[:：].|\d(?!\d*年|\d*[-—–~至]\d)")
_INTO_NEXT_PERIOD = 3  # years a plan from a period's last year runs on to belong to the next
PAST_SENTENCES = 2  # a paragraph with this many past sentences and no forward one is a review


def first_year(start_year: int | None, year: int | None) -> int | None:
    """The first year the plan plans for (its start, or the year it was issued)."""
    return start_year or year


def _period_end(nth: str) -> int:
    return five_year_period(cn_number(nth))[1]


_GOALS_MET = re.compile(r"(?:目标|任务)(?:任务)?(?:如期|全面|胜利|圆满|顺利)(?:实现|完成)$")
_AIMING = re.compile(r"确保|力争|努力|奋力|推动|争取|为")


def _part_verdict(part: str, first: int | None) -> bool | None:
    """The verdict of one part of a heading: its last marker decides (the head of the phrase)."""
    if _GOALS_MET.search(part) and not _AIMING.search(part):
        return True  # “五个中心”建设既定目标如期实现: goals met (not 确保目标如期实现)
    marks = [(m.end(), True) for m in REVIEW_WORDS.finditer(part)]
    marks += [(m.end(), False) for m in GOAL_WORDS.finditer(part)]
    if marks:
        return max(marks)[1]
    if first is None or "工作" not in part:
        return None
    for m in _HEADING_YEAR_RE.finditer(part):
        end = int(m.group(1)) if m.group(1) else _period_end(m.group(2))
        if end >= first:
            return False  # 2026年工作 / “十五五”时期工作
    return None


def heading_verdict(heading: str, first: int | None = None) -> bool | None:
    """True for a heading that reviews the past, False for one that looks ahead, else None.

    Part by part, the last marker of each part deciding: “十四五”时期发展成就和2025年工作回顾 is a
    review; 发展基础与总体要求 and 成就和“十五五”时期主要目标 look ahead (their sections hold goals,
    and their review paragraphs are found by their own lead); 主要目标完成情况 is a review."""
    bare = _BARE_YEAR_RE.match(heading)
    if bare and first:
        return int(bare.group(1)) < first  # a page's 2019 over its review, 2020 over its goals
    if _REPORT_NAME.search(heading) and not REVIEW_WORDS.search(heading):
        return None  # 2022年武穴市政府工作报告: a report of a year reviews it and plans the next
    if _only_past_periods(heading, first):
        return True  # 顺利实现“十四五”发展目标, “十四五”时期…迈出坚实步伐 in a plan from 2026
    if _RESULT_HEADING.search(heading):
        return True  # 【强力推进创新驱动,动能转换迈出新步伐】: the work, then the result it had
    if not (REVIEW_WORDS.search(heading) or GOAL_WORDS.search(heading) or "工作" in heading):
        return None
    verdicts = [_part_verdict(part, first) for part in _PART_RE.split(heading)]
    if False in verdicts:
        return False
    return True if True in verdicts else None


# (一)全力以赴抓项目、促创新,转型升级迈出新步伐; 【…,年度战役赢得新胜利】: a review's heading (not
# 一、在着力扩大内需上迈出新步伐、取得新成效, a task, nor a goal list's ——经济发展取得新成效。)
# (nor （一）聚焦扩大内需，在提振投资消费上开创新局面: where the work shall break new ground)
_RESULT_HEADING = re.compile(
    r"[，,](?![^，,。；]*在[^，,。；]{2,16}上)[^，,。；]{2,20}(?:取得|获得|迈出|赢得|开启|跃上|迈上|再上)新"
    r"(?:进展|步伐|胜利|篇章|成效|突破|局面|成绩|台阶)】?$"
)
_BRACKET_HEADING = re.compile(r"【([^】]{4,40})】")
_REPORT_NAME = re.compile(r"(?:政府工作|计划执行情况|计划草案的)报告$")


def _only_past_periods(heading: str, first: int | None) -> bool:
    """A heading whose every year or five-year period ended before the plan's first year: it
    is about the past, its goal words (目标, 任务) included."""
    if first is None:
        return False
    ends = [
        int(m.group(1)) if m.group(1) else _period_end(m.group(2))
        for m in _HEADING_YEAR_RE.finditer(heading)
    ]
    return bool(ends) and max(ends) < first


def plain_heading(text: str) -> bool:
    """A short line of its own without clause punctuation or figures: a heading in plain style
    (“十四五”时期工作回顾, 2026年重点工作, 发展基础, a bare 2019)."""
    if _BARE_YEAR_RE.match(text):
        return True
    return len(text) <= _PLAIN_HEADING_MAX and not _NOT_PLAIN_RE.search(text)


def period_first(first: int | None, end: int | None, written: int | None = None) -> int | None:
    """The first year a five-year period must reach to be ahead: a plan that starts in the last
    year of one period and runs well into the next (2025–2030) belongs to the next, so its
    “十四五”期间 is the period it reviews; an action plan of 2025–2027 keeps 2025. A text
    `written` in the plan's last year (a page of 2020 on how the 十三五 plan was carried out)
    looks back on the period that ends then."""
    if first and end and written and first < written and written >= end:
        return written + 1
    if first and end and first % 5 == 0 and end >= first + _INTO_NEXT_PERIOD:
        return first + 1
    return first


# Words that look ahead, wherever a passage is weighed for them (not 实施…三年行动计划, a plan
# named as a thing done, nor 重要, 主要, 要素, nor 太要镇, a place, nor 即将通车, what is about to be
# done); `context` adds the words of a year ahead
AHEAD_WORDS = (
    r"(?<!即)将|(?<![重主需纲必摘紧只])要(?![素点闻镇村乡])|力争|" + STRIVE + r"|确保|目标|任务"
    r"|(?<![动年作度资产生])计划(?!生育)|预期|到(?:19|20)\d\d年|今后|未来"
)
_WORDS_AHEAD = re.compile(AHEAD_WORDS + r"|预计|[一二两三四五]年内")


def review_lead(text: str, first: int | None, periods_from: int | None = None) -> bool:
    """过去一年，… / ——这是…的五年 / 2024年，我们… (a year before the plan's start) opens a review.
    “十五五”时期，… in a plan from 2026 looks ahead; “十四五”时期 in it looks back (and in a plan
    of 2025–2030: `period_first`, given as `periods_from`)."""
    byline = _BYLINE_RE.match(text)
    text = text[byline.end() :] if byline else text
    if _ACHIEVEMENTS_LISTED_RE.search(text):
        return True
    bracketed = _BRACKET_HEADING.match(text)
    if bracketed and _RESULT_HEADING.search(bracketed.group(1)):
        return True  # 【…,动能转换迈出新步伐】海龟科技团队…: a summary's review heading run into it
    speaker = _SPEAKER_RE.match(text)
    said = text[speaker.end() :] if speaker else text
    lead = REVIEW_LEAD_RE.match(said)
    if lead:
        if lead.group("achieved"):
            # …围绕“十一五”规划确定的目标任务，…取得了新的成就。: whatever period it names
            return True
        plan = PERIOD_NAME_RE.search(lead.group(0))
        if plan and "以来" in lead.group(0):
            return True  # “十四五”以来: since a period began, whichever: what has been done
        since = periods_from or first
        if plan and since and _period_end(plan.group(1)) >= since:
            # “十四五”期间，我省始终以…全力推进… in 2025: the period ends the year the text is
            # written, told with no word of what is to come
            return _period_end(plan.group(1)) == since and not _WORDS_AHEAD.search(text)
        return True
    learned = _LEARNED_RE.match(text)
    year = lead_year(text[learned.end() :] if learned else text)
    if learned and year is None and (placed := _PLACE_YEAR_LEAD_RE.match(text, learned.end())):
        year = int(placed.group(1))  # 据了解,凤冈2014年整合…资金…: what a place did that year
    said_year = _YEAR_NAMED.match(said.lstrip()) if speaker and year is None else None
    if said_year:
        # …在青海省两会上表示,2017年青海…: the year a speaker opens on, when nothing looks ahead
        # (not 报告指出,2015年,…。2016年,区政府将…)
        own = first and any(int(y) >= first for y in _YEAR_NAMED.findall(text))
        ahead = own or looks_ahead(text, 0, len(text), first)
        year = None if ahead else int(said_year.group(1))
    told = (
        (
            _YEAR_TOLD_RE.match(said)
            or _GOALS_DONE_LEAD_RE.match(said)
            or _YEAR_RESULTS_LINE.match(said)
        )
        if year is None
        else None
    )
    year = int(told.group(1)) if told else year
    if year is None:
        example = _EXAMPLE_YEAR_LEAD_RE.match(text)
        year = cn_number(example.group(1)) if example else None
    if year is None and (span := _PAST_SPAN_RE.search(said, 0, _end_of_first(said))):
        year = cn_number(span.group(1))  # 由二〇〇二年的…增加到二〇〇七年的…: the later year
    return bool(year and first and year < first)


def _end_of_first(text: str) -> int:
    """Where the first sentence of `text` ends."""
    end = SENTENCE_END.search(text)
    return end.start() if end else len(text)


def reported_year_before(
    text: str, s0: int, s1: int, first: int | None, periods_from: int | None = None
) -> bool:
    """报告显示，2023年鄂州市…: text[s0:s1] gives a report's account of a year before the plan's
    first and looks nowhere ahead (not …；报告提出，2020年主要预期目标为…)."""
    reported = _REPORTED_YEAR_RE.match(text[s0:s1].lstrip())
    if not (reported and first and int(reported.group(1)) < first):
        return False
    return not looks_ahead(text, s0, s1, first, periods_from=periods_from)


# 2016成绩, 2016年成绩单: a line that heads a past year's results (then 2017目标 its goals)
_YEAR_RESULTS_LINE = re.compile(r"\s*((?:19|20)\d\d)年?(?:工作)?(?:成绩单?|成就|回顾|成果)\s*$")


def lead_year(text: str) -> int | None:
    """The year a paragraph opens with (2013年，… / 2013年，全县计划…), or None."""
    m = _PAST_YEAR_LEAD_RE.match(text)
    return cn_number(m.group(1)) if m else None


def looks_ahead(
    text: str,
    s0: int,
    s1: int,
    first: int | None,
    dated: bool = False,
    periods_from: int | None = None,
) -> bool:
    """Whether text[s0:s1] looks ahead: 到2030年 (from the plan's start on), 力争, 确保, 今年 …
    `dated`: only a time ahead counts (到2030年, “十五五”, 明年, 今后五年), not 力争 or 确保, which a
    report's narrative of the past uses too. A five-year period is ahead from `periods_from`
    (`period_first`) on, else from `first`."""
    return ahead_at(text, s0, s1, first, dated, periods_from) is not None


def ahead_at(
    text: str,
    s0: int,
    s1: int,
    first: int | None,
    dated: bool = False,
    periods_from: int | None = None,
) -> int | None:
    """Where text[s0:s1] first looks ahead (`looks_ahead`), or None."""
    for m in FORWARD_RE.finditer(text, s0, s1):
        year, nth = m.group("to") or m.group("by") or m.group("before"), m.group("nth")
        if first and m.group(0).startswith("目标") and _past_goals(text[s0 : m.start()], first):
            continue  # 批准的2003年…主要调控目标是: the goals a past year had, restated
        if year and int(year) == first and _trend_to_now(text, s0, m):
            continue  # 从2019年的0.10%逐步提升至2025年的4.0%: the trend up to the plan's first year
        if year or nth:
            since = first if year else (periods_from or first)
            if since is None or (int(year) if year else _period_end("十" + nth)) >= since:
                return m.start()
        elif not dated or m.group(0) in ("明年", "今后") or m.group(0).startswith("未来"):
            return m.start()
    return None


_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)年")
_TREND_FROM = re.compile(r"从(?:19|20)\d\d年(?:底|末)?的")


def _trend_to_now(text: str, s0: int, m: re.Match[str]) -> bool:
    """从2019年的59,952辆增至2025年的80,244辆, 在2019年至2025年间: a change told from a past
    year to the plan's first (each year's value after its 的), or the span it ran."""
    after = text[m.end() : m.end() + 1]
    if after == "间":
        return True  # 在2019年至2025年间呈现…: the years a trend ran
    return after == "的" and _TREND_FROM.search(text, s0, m.start()) is not None


def _past_goals(before: str, first: int) -> bool:
    """The words before 目标是 name years, all before the plan's first: a past year's goals."""
    years = [int(y) for y in _YEAR_NAMED.findall(before)]
    return bool(years) and max(years) < first


def reports_past(text: str, s0: int, s1: int) -> bool:
    """Whether text[s0:s1] reports a completed fact (实现了, 比上年增长, 居全国第3位, 连续5年 …)."""
    return PAST_RE.search(text, s0, s1) is not None


# 旅游预期目标为接待国内外游客4100万人次,同比增长17%: a goal stated, its growth over the year before
_GOAL_STATED = re.compile(GOAL_SAID)
_GROWTH_OF_GOAL = re.compile(r"(?:同比|比上年|较上年)(?=增长|提高|下降)")
_DONE_AFTER_GOAL = re.compile(r"完成|实现了|\d{1,2}月|截至|累计")


def reports_past_beyond_goal(text: str, s0: int, s1: int) -> bool:
    """`reports_past`, bar a goal's own growth on the year before after a stated goal (…目标为接待
    游客4100万人次,同比增长17%) when nothing between tells what was done."""
    goal = _GOAL_STATED.search(text, s0, s1)
    for m in PAST_RE.finditer(text, s0, s1):
        if (
            goal is None
            or m.start() < goal.end()
            or not _GROWTH_OF_GOAL.match(text, m.start())
            or _DONE_AFTER_GOAL.search(text, goal.end(), m.start())
        ):
            return True
    return False


def past_paragraph(
    text: str, sentences: list[tuple[int, int]], first: int | None, periods_from: int | None = None
) -> bool:
    """Two or more of the sentences report completed facts, none looks ahead: the paragraph
    reviews the past whatever its heading."""
    past = 0
    for s0, s1 in sentences:
        ahead = looks_ahead(text, s0, s1, first, periods_from=periods_from)
        if ahead and not _achieved_only(text, s0, s1):
            return False
        past += reports_past(text, s0, s1)
    return past >= PAST_SENTENCES


def _achieved_only(text: str, s0: int, s1: int) -> bool:
    """提前完成“十四五”…减排任务: an achievement that names a period, not a goal for it."""
    return bool(ACHIEVED_RE.search(text, s0, s1)) and not AIM_RE.search(text, s0, s1)
