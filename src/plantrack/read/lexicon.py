"""Words that tell structure from text, shared by the readers (cleaning, table recovery) and the
parsers above them: units, empty table cells, category headers. Nothing here imports parse/."""

from __future__ import annotations

import re

# 累计完成改造煤电机组规模 16 台 980 万千瓦, 增长 7.5 %: one space a typesetter put between a figure and the
# words around it (a run of two or more may part a table's columns: kept)
FIGURE_SPACE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \xa0](?=\d)|(?<=\d)[ \xa0](?=[\u4e00-\u9fff%％‰])"
)
# 2012年400所, 2011年完成300所: an item of a yearly list — its year, a few words, its figure
YEAR_ITEM_RE = re.compile(r"(?:19|20)\d\d年(?:底|末|前)?[\u4e00-\u9fff]{0,4}\d")

# 年, 个月, 分钟, 岁, 级, 星: units of time, age and grade (`parse.quantity.WEAK_UNITS` holds them
# too: a name or a duration unless a verb or 以内/以上 says it is a target)
TIME_AND_GRADE_UNITS = (
    "年",
    "天",
    "个工作日",
    "工作日",
    "个月",  # 在18个月内实施完成: a duration, not a count of 个
    "个小时",  # 近一个小时: a duration, not a count of 个
    "周",
    "岁",
    "小时",
    "分钟",
    "秒",
    "分",
    "级",
    "星",
)
# Base units, longest first so 个百分点 wins over 个 and 千瓦时 over 千瓦.
BASE_UNITS = sorted(
    [
        "%",
        "％",
        "‰",
        "个百分点",
        "百分点",
        "EFLOPS",
        "PFLOPS",
        "TFLOPS",
        "EFlops",
        "PFlops",
        "TFlops",
        "Eflops",  # 算力规模达到150Eflops: the case as a page writes it
        "Pflops",
        "Tflops",
        "P",  # 4万P: computing power in PFLOPS, as reports write it
        "GW",
        "GWh",  # 电池产能达100GWh (not MWh: 50MW/200MWh names a storage project's size)
        "千伏安",  # 场站并网容量达到85万千伏安
        "兆伏安",  # 新增110千伏变电站容量300兆伏安
        "蒸吨",  # 低氮改造城区燃气锅炉1610蒸吨: a boiler's steam output
        "kVA",
        "MVA",
        "MW",
        "kW",
        "TEU",
        "标台",
        "标箱",
        "人年",
        "Tbps",
        "Gbps",
        "Mbps",
        "PB",
        "年一遇",  # 防洪标准提高到20—50年一遇: a flood standard
        "毫秒",  # 市内单向时延小于1毫秒: a network's latency
        "微秒",
        "EB",  # 存储总量超过1800EB: exabytes of storage
        "ZB",
        "TB",
        "km",
        "t",  # 粮食产量稳定在120万t以上: tonnes, as a farming journal writes them
        "hm²",  # 新增耕地1.2万hm²: hectares
        "hm2",
        "km/km²",  # 路网密度 4.8km/km²: kilometres of road per square kilometre
        "公里/时",  # 公交高峰运行车速不低于15公里/时
        "公里/小时",
        "千米/小时",
        "km/h",
        "辆次",
        "km/km2",
        "公里/平方公里",
        "乘次",  # 公共交通日客运量 42万乘次
        "微克/立方米",
        "微克每立方米",
        "μg/m3",  # PM2.5年均浓度低于47μg/m3; the micro sign µ and ³ as typists write them
        "μg/m³",
        "µg/m3",
        "µg/m³",
        "ug/m3",
        "mg/m3",
        "mg/m³",
        "毫克每立方米",
        "克/千瓦时",
        "克标准煤/千瓦时",
        "克标煤/千瓦时",
        "分/千瓦时",
        "分/立方米",
        "元/千瓦时",
        "毫克/立方米",
        "毫克/升",
        "立方米/秒",
        "立方米/小时",
        "m³/小时",
        "m³/h",
        "m³/d",
        "立方米/日",
        "m³/日",
        "元",
        "美元",
        "家",
        "个",
        "名",
        "位",  # 100位领军人才 (前10位, 第3位: a rank, guarded in parse.numbers)
        "人",
        "幢",
        "口",  # 4口深井 (口岸, 口径 are guarded in parse.numbers)
        "眼",  # 升级改造农用机井1500眼: wells (眼光, 眼下 … guarded in parse.numbers)
        "班",  # 新增办学规模40班: school classes (班子, 班车, 班次 … guarded in parse.numbers)
        "宗",
        "笔",
        "颗",
        "份",
        "根",  # 200根充电桩 (根据, 根本 … guarded in parse.numbers)
        "樘",
        "面",  # 62面指路标志, 10面旗帜 (面积, 面向 … guarded in parse.numbers)
        "课时",
        "学时",
        "节",  # 12节车厢 (节能, 节点 … guarded in parse.numbers)
        "成",  # 城镇化率达到六成五, 八成以上: tenths (成都, 成为, 成立 … guarded in parse.numbers)
        "发",  # 50发商业火箭 (发展, 发布 … guarded in parse.numbers)
        "组",  # 抽检1000组 (组织, 组建 … guarded in parse.numbers)
        "毫米",
        "厘米",
        "分贝",
        "℃",  # 室温达到20℃
        "摄氏度",
        "羽",
        "对",  # 开行列车38对 (对口, 对接 … guarded in parse.numbers)
        "人次",
        "亩次",  # 蔬菜播种面积36万亩次: land sown, counted once per crop
        "家次",
        "户次",
        "架次",
        "艘次",
        "场次",
        "项次",  # 开展全民健身活动30项次
        "批次",
        "堂",
        "具",
        "方",  # 清淤10万方: cubic metres of earth or water
        "例",
        "户",
        "项",
        "件",
        "台",
        "台（套）",
        "台(套)",
        "套（台）",
        "个（家）",
        "家（个）",
        "套",
        "辆",
        "艘",
        "架",
        "座",
        "条",
        "回路",  # 外受电通道达到18条37回路: power lines counted in circuits
        "所",
        "处",
        "张",
        "床",
        "只",
        "支",  # 15支志愿者队伍 (not 支持/支撑/支付: see parse/numbers)
        "头",
        "棵",
        "株",
        "场",
        "次",
        "场次",
        "期",  # 培训不少于5期 (a weak unit: 二期工程 is a phase)
        "篇",
        "起",
        "枚",
        "片",
        "块",
        "栋",
        "间",
        "例",
        "册",
        "盏",
        "款",
        "种",
        "部",
        "标准箱",
        "重量箱",  # 压减玻璃产能260万重量箱: flat glass counted in weight cases
        "斤",
        "枪",  # 公共充电桩达到4.5万枪: charging plans count connectors
        "担",  # 棉花三千二百七十万担: older plans weigh crops in dan (50 kg)
        "载重吨",  # 新增轮船四十万载重吨: shipping counted in deadweight tons
        "匹",  # 棉布一亿六千三百七十二万匹: and cloth in bolts
        "批",  # 发布3批开放清单 (批准, 批复 … guarded in parse.numbers)
        "箱",  # 卷烟2,000万箱 (箱体, 箱式 … guarded in parse.numbers)
        "锭",  # 新增纺纱能力9万锭: spinning capacity in spindles
        "吨公里",  # 货物周转量6,600亿吨公里: transport work, tons carried a kilometre
        "人公里",  # 旅客周转量2500亿人公里
        "客位",  # 增加客货轮6.1万客位: ships counted in passenger berths
        "门",  # 市内电话容量70万门: telephone lines (门户, 门槛 … guarded in parse.numbers)
        "吨",
        "吨标准煤",
        "吨标煤",  # 万吨标煤: 吨标准煤 as tables shorten it
        "吨油当量",  # 国内油气供应量达4.4亿吨油当量: oil and gas counted in oil equivalent
        "公斤",
        "千克",
        "克",
        "平米",  # 80万平米: 平方米 as reports shorten it
        "公里",
        "千米",
        "延米",  # 农村公路桥梁36427延米: a bridge's length along its deck
        "延长米",  # 调整边石7780延长米: kerbs and drains counted along their length
        "米",
        "平方公里",
        "平方千米",
        "平方米",
        "㎡",  # 25400㎡, ㎞, ㎏: the unit symbols of CJK compatibility
        "㎞",
        "㎏",
        "m²",
        "km²",
        "m³",
        "m3",  # 用水总量控制在6700亿m3以内: the ASCII digit of a PDF's copy
        "m2",
        "km2",
        "立方米",
        "亩",
        "公顷",
        "千瓦",
        "千瓦时",
        "度",
        "马力",  # 内燃机2000万马力: older plans count engines in horsepower
        "瓦",
        "兆瓦",
        "吉瓦",
        "倍",
        *TIME_AND_GRADE_UNITS,
        "床位",
        "个点",
    ],
    key=len,
    reverse=True,
)

# 本报讯, 本报北京电, 新华社北京1月13日电: a paper's byline; 记者从…获悉: a news report's source
# (a news lead opens a paragraph of its own, `read.clean`; it is no part of a review's lead,
# `parse.review`)
NEWS_BYLINE = (
    r"本报讯|本报[\u4e00-\u9fff]{0,4}[讯电]|新华社[\u4e00-\u9fff\d]{0,12}电"
    r"|[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日电"  # 中新网哈尔滨12月12日电: any agency's dateline
)
NEWS_SOURCE = r"(?:昨日|近日|日前|今天|今日)?[，,]?记者(?:昨日|近日|日前|今天|今日)?从[^，。；]{2,60}(?:获悉|了解到)"
# cells that say "no value"; a unit as a 单位 cell or a name's bracket writes it
# a ratio to one (车桩比2.5:1, 城乡居民收入比以农为1): its unit, as the gold writes it
RATIO_UNIT = ":1"
EMPTY_CELLS = frozenset({"", "—", "——", "-", "--", "－", "/", "…", "无", "暂无", "/ ", "／"})
# 条（段）, 块（条）: a count with the other count it may be written in
ALT_COUNT = r"(?:[（(][个家处座所条项件台套辆艘架张场次款种部名户批只间栋块片段][）)])?"
UNIT_RE = re.compile(
    r"^(?:万亿|亿|千万|百万|万)?(?:"
    + "|".join(re.escape(u) for u in BASE_UNITS)
    + r")"
    + ALT_COUNT
    + r"(?:/[\u4e00-\u9fff]{1,4})?$"
    # L/d, kg/d, m3/s: a Latin unit per a Latin unit (城镇人均日生活用水量 75L/d)
    + r"|^[A-Za-z]{1,3}[23²³]?/[A-Za-z]{1,3}[23²³]?$"
    # 1/10万, /10万: a rate per 100,000 (孕产妇死亡率), as a 单位 cell writes it
    + r"|^1?/(?:10万|十万|1万|万|1000|千|100|百)$"
)

GROUP_HEADER = re.compile(r"类别|领域|分类|维度|方面")

# The words of a table's columns beside its values, one list for every reader.
# 落实情况, 完成进度: a progress report's column; its cells report what was done
PROGRESS_WORDS = (
    r"(?:\d{1,2}(?:[-—至]\d{1,2})?月(?:份)?)?(?:落实|完成|进展|推进|进度|执行)情况|工作进展|完成进度"
    r"|序时进度|进展|是否达序|是否序时|\d{1,2}月(?:计划)?进度|实际进度(?:情况)?|完成率"
    r"|形象进度(?:[（(]%[）)])?"
)
NOTE_WORDS = r"备注|说明"
# 牵头单位, 责任部门: who answers for a row
OWNER_WORDS = (
    r"(?:牵头|责任|配合|参与|主责|协同)(?:部门|单位|主体)|责任(?:部门|单位|主体)|(?:牵头|配合)单位"
    r"|牵头责任(?:部门|单位)|数据(?:提供|来源)(?:部门|单位)"  # 数据提供部门: who reports a row's figure
    r"|(?:具体)?分管领导|牵头[市区县]?领导|责任(?:人|股室|科室|处室)|(?:监督|联系)电话|联系人|责任主体与协同单位|协同单位"
)
# 目标任务, 年度目标: the column of a progress report that still states the plan
TARGET_WORDS = r"目标任务|年度目标(?:任务)?|目标值|计划目标|任务目标|年度任务|(?:计划|规划)任务"
PROGRESS_COLUMN = re.compile(rf"^(?:{PROGRESS_WORDS})$")
OWNER_COLUMN = re.compile(rf"^(?:{OWNER_WORDS})$")
TARGET_COLUMN = re.compile(rf"^(?:{TARGET_WORDS})$")
_NOTE_COLUMN = re.compile(rf"^(?:{NOTE_WORDS})$")


def words_column(cell: str) -> bool:
    """完成情况, 牵头单位, 备注: a column of words after the values (progress, owner or note)."""
    return bool(PROGRESS_COLUMN.match(cell) or OWNER_COLUMN.match(cell) or _NOTE_COLUMN.match(cell))


# the 属性 column (约束性/预期性) under its other words; 类型 names it only after the name column
# (类型 before the name is a category: 类型 | 指标 | …)
ATTR_HEADER = re.compile(r"属性|性质|^(?:指标)?类型$")


def attr_column(cells: list[str], name: int) -> int | None:
    """The 属性 column of a header row whose name column is `name`."""
    return next(
        (i for i, c in enumerate(cells) if ATTR_HEADER.search(c) and ("类型" not in c or i > name)),
        None,
    )


def category_column(cells: list[str], name: int) -> int | None:
    """The 类别/领域 column of a header row (类型 before the name column is one too)."""
    return next(
        (
            i
            for i, c in enumerate(cells)
            if i != name and (GROUP_HEADER.search(c) or (i < name and ATTR_HEADER.search(c)))
        ),
        None,
    )


# (指标1:开展精品示范村建设数量: a form's row number)
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.、．。]|指标\d{1,2}[:：])\s*")


# a table's 序号 cell on its own line: 24, or 三 before a category row
# 36（2021年-2025年）, 20左右（2030年较2025年下降）: a note on a value's period, after the value
VALUE_PERIOD_NOTE = re.compile(
    r"(?<=[\d%％‰上下内右])\s*[（(]\s*(?:19|20)\d\d\s*年?[^（）()]{0,16}[）)]$"
)
ROW_INDEX_RE = re.compile(r"^\d{1,3}$")
ROW_CATEGORY_RE = re.compile(r"^[一二三四五六七八九十]{1,3}$")


def row_number(text: str) -> bool:
    """24 or 三 alone: a table's 序号 cell, never half of a wrapped sentence."""
    return bool(ROW_INDEX_RE.match(text) or ROW_CATEGORY_RE.match(text))


def unit_header(cell: str) -> bool:
    """单位, 单位（万元）, 计量单位, 指标单位, 计算单位: the header of a unit column (never the name's)."""
    return cell.startswith("单位") or cell in ("计量单位", "指标单位", "计算单位")


def strip_list_number(text: str) -> str:
    """1.空气质量 / 2。水环境质量 -> 空气质量: a category's own list number dropped."""
    return _LIST_NUMBER.sub("", text)


# the 单位 cell of an indicator-table row measured in words (定性), or said to be a number (定量)
QUALITATIVE_UNITS = ("定性", "定量")
