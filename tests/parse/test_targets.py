"""Sentence targets: every form of the issue, names that are not targets, bad input."""

from __future__ import annotations

import pytest

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import explain_targets, extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def one(text: str, end_year: int = 2030) -> dict:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    assert len(targets) == 1, [t.to_dict() for t in targets]
    return targets[0].to_dict()


def all_of(text: str, end_year: int = 2030) -> list[dict]:
    return [
        t.to_dict() for t in extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    ]


def pick(d: dict, *keys: str) -> tuple:
    return tuple(d[k] for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争国家5A级物流企业达到15家。", ("国家5A级物流企业", 15, "家", ">=", "level")),
        ("金融业增加值达到2000亿元。", ("金融业增加值", 2000, "亿元", ">=", "level")),
        (
            "科技服务业增加值占生产性服务业比重达到12%左右。",
            ("科技服务业增加值占生产性服务业比重", 12, "%", "~", "level"),
        ),
        ("研发投入强度达到10%以上。", ("研发投入强度", 10, "%", ">=", "level")),
        ("高性能算力规模超过10EFLOPS。", ("高性能算力规模", 10, "EFLOPS", ">", "level")),
        ("累计招收博士后突破3000名。", ("博士后", 3000, "名", ">", "cumulative")),
        ("创建部级卓越孵化器不少于8个。", ("部级卓越孵化器", 8, "个", ">=", "level")),
        ("城镇调查失业率控制在3%以内。", ("城镇调查失业率", 3, "%", "<=", "level")),
        (
            "细颗粒物平均浓度降至30微克/立方米以下。",
            ("细颗粒物平均浓度", 30, "微克/立方米", "<=", "level"),
        ),
        ("新增国家级创新中心2家以上。", ("国家级创新中心", 2, "家", ">=", "increment")),
        ("新建行业数据流通平台5个以上。", ("行业数据流通平台", 5, "个", ">=", "increment")),
        ("新培养工程硕博生1200名以上。", ("工程硕博生", 1200, "名", ">=", "increment")),
        ("新集聚海外优秀人才800名以上。", ("海外优秀人才", 800, "名", ">=", "increment")),
        ("每年新认定高新技术企业500家以上。", ("高新技术企业", 500, "家", ">=", "annual")),
        ("地区生产总值年均增长5.5%左右。", ("地区生产总值增长", 5.5, "%", "~", "annual")),
        ("培育专精特新企业三家。", ("专精特新企业", 3, "家", ">=", "level")),
        ("新建口袋公园二十个。", ("口袋公园", 20, "个", ">=", "increment")),
        ("省级未来工厂达到一百五十家。", ("省级未来工厂", 150, "家", ">=", "level")),
        ("建成10个以上高水平示范应用场景。", ("高水平示范应用场景", 10, "个", ">=", "level")),
        ("全市森林覆盖率保持在61%。", ("森林覆盖率", 61, "%", "=", "level")),
        (
            "单位地区生产总值能耗比2025年下降15%。",
            ("单位地区生产总值能耗下降", 15, "%", ">=", "level"),
        ),
    ],
)
def test_sentence_forms(text: str, expected: tuple) -> None:
    assert pick(one(text), "metric", "value", "unit", "comparator", "kind") == expected


def test_record_shape_ids_span_and_value_base() -> None:
    text = "壮大科技金融等新业态，金融业增加值达到2000亿元。"
    (t,) = extract_targets(text, node_id="c2.s4.box2.i3", end_year=2030, location=LOC, offset=100)
    d = t.to_dict()
    assert d["id"] == "c2.s4.box2.i3.t1"
    assert d["value_base"] == 2e11 and d["unit_base"] == "元"
    assert d["text"] == "金融业增加值达到2000亿元"
    assert t.span == (111, 125)
    assert d["deadline"] == 2030 and d["aspiration"] is False
    assert d["location"]["node"] == "c1.p1"


def test_wan_ren_value_base() -> None:
    d = one("常住人口达到1000万人左右。")
    assert (d["value"], d["unit"], d["value_base"], d["unit_base"]) == (1000, "万人", 1e7, "人")


def test_fenbie_list_splits_with_shared_suffix() -> None:
    got = all_of("国家级制造业单项冠军企业、专精特新“小巨人”企业分别达到160家、700家以上。")
    assert [pick(d, "metric", "value", "comparator") for d in got] == [
        ("国家级制造业单项冠军企业", 160, ">="),
        ("专精特新“小巨人”企业", 700, ">="),
    ]
    assert [d["id"] for d in got] == ["c1.p1.t1", "c1.p1.t2"]


def test_fenbie_chinese_numerals() -> None:
    got = all_of("省级示范村、美丽庭院分别达到三十个、一百五十户左右。")
    assert [pick(d, "metric", "value", "unit", "comparator") for d in got] == [
        ("省级示范村", 30, "个", "~"),
        ("美丽庭院", 150, "户", "~"),
    ]


def test_list_without_fenbie_shares_suffix_and_kind() -> None:
    got = all_of("创建市级以上概念验证中心30个、中试平台30个以上。")
    assert [pick(d, "metric", "value", "comparator") for d in got] == [
        ("市级以上概念验证中心", 30, ">="),
        ("中试平台", 30, ">="),
    ]
    got = all_of("新集聚国内一流科技领军人才500名左右、海外优秀人才800名以上。")
    assert [pick(d, "metric", "comparator", "kind") for d in got] == [
        ("国内一流科技领军人才", "~", "increment"),
        ("海外优秀人才", ">=", "increment"),
    ]


def test_clause_without_verb_inherits_kind() -> None:
    got = all_of(
        "新培养工程硕博生1200名以上，数字技术工程师1000名以上，高技能人才占技能人才比例达到38%。"
    )
    assert [pick(d, "metric", "kind") for d in got] == [
        ("工程硕博生", "increment"),
        ("数字技术工程师", "increment"),
        ("高技能人才占技能人才比例", "level"),
    ]


def test_baseline_from_you_to() -> None:
    d = one("研发经费投入强度由3.1%提高到3.6%。")
    assert pick(d, "metric", "value", "baseline", "baseline_year") == (
        "研发经费投入强度",
        3.6,
        3.1,
        None,
    )
    d = one("城镇化率从2025年的72%提高到76%左右。")
    assert pick(d, "metric", "value", "comparator", "baseline", "baseline_year") == (
        "城镇化率",
        76,
        "~",
        72,
        2025,
    )


def test_deadlines_per_clause_and_sentence() -> None:
    # the lead 到2027年 governs the next sentence too; 2028年前 holds for its own clause only
    got = all_of(
        "到2027年，PM2.5平均浓度控制在28微克/立方米以内，2028年前建成污水零直排区80个。"
        "地表水优良比例达到95%。"
    )
    assert [pick(d, "value", "deadline") for d in got] == [(28, 2027), (80, 2028), (95, 2027)]


def test_deadline_mid_sentence_does_not_carry() -> None:
    got = all_of("推进超低排放改造，到2027年完成改造企业不少于20家。新能源公交车占比达到95%以上。")
    assert [pick(d, "value", "deadline") for d in got] == [(20, 2027), (95, 2030)]


def test_aspiration() -> None:
    got = all_of("建成产业园3个，力争本土世界500强企业实现零的突破。争取2个学科进入全国一流行列。")
    assert [pick(d, "value", "aspiration") for d in got] == [(3, False), (1, True), (2, True)]


def test_multiples() -> None:
    d = one("推动基础研发经费投入实现翻番。")
    assert pick(d, "metric", "value", "unit", "kind") == ("基础研发经费投入", 2, "倍", "multiple")
    d = one("数字经济核心产业增加值比2025年翻两番。")
    assert pick(d, "value", "kind", "baseline_year") == (4, "multiple", 2025)
    assert all_of("实施博士后“双翻番三覆盖”专项行动。") == []
    assert all_of("实施博士后双翻番三覆盖专项行动。") == []


def test_qualitative() -> None:
    d = one("到2030年基本建成全域高水平创新型城市。")
    assert pick(d, "metric", "kind", "milestone", "value", "deadline") == (
        "全域高水平创新型城市",
        "qualitative",
        "基本建成",
        None,
        2030,
    )
    d = one("推动规上工业企业研发机构基本全覆盖。")
    assert pick(d, "metric", "milestone") == ("规上工业企业研发机构", "基本全覆盖")
    d = one("力争本土世界500强企业实现零的突破。")
    assert pick(d, "metric", "value", "comparator", "milestone") == (
        "本土世界500强企业",
        1,
        ">=",
        "零的突破",
    )
    assert all_of("健全覆盖科技型企业全生命周期的保险产品和服务体系。") == []


@pytest.mark.parametrize(
    "text",
    [
        "深入实施“1510”人才强市体系建设工程。",
        "迭代实施“科创甬江2035”重点研发计划。",
        "推进5G网络向5G-A升级，加快6G技术攻关，部署50G-PON光纤接入网络，推进IPv6布局。",
        "推动甬江科创区与G60科创走廊联动发展。",
        "专栏2 生产性服务业发展重点工程",
        "1.港航物流。大力发展国际海运。",
        "加快构建“三网一平台”低空基础设施，打造“两带多园”产业空间格局。",
        "打造一批“制造+服务”标杆企业，坚持“一区一品牌”方向，聚焦五大科技创新赛道。",
        "加快数字政府2.0建设，推行“新八级工”职业技能等级制度。",
        "【上接第6版】提速发展新一代信息技术产业。",
        "培育百亿级企业，打造千亿级产业集群，构建“4+X”产业体系。",
        "打造15分钟便民生活圈，实施三年行动计划，高效办成一件事。",
        "实施投资10亿元以上的重大项目。",
        "为60岁以上老年人提供上门服务。",
        "实施五个一批工程，推进一张网建设。",
    ],
)
def test_names_are_not_targets(text: str) -> None:
    assert all_of(text) == []


@pytest.mark.parametrize(
    "text",
    ["金融业增加值达到1,2.3.4亿元。", "比重达到12%%。", "企业数量达到15。", "", "。。，，"],
)
def test_bad_input_invents_nothing(text: str) -> None:
    assert all_of(text) == []


def test_very_long_sentence_no_crash() -> None:
    text = "推动产业协同发展" * 2500 + "，金融业增加值达到2000亿元" + "和" * 100
    assert len(text) > 20000
    got = all_of(text)
    assert [pick(d, "metric", "value") for d in got] == [("金融业增加值", 2000)]
    text = "和" * 20000 + "达到15家"
    got = all_of(text)
    assert len(got) <= 1 and all(len(d["metric"]) <= 60 for d in got)


def test_explain_says_why() -> None:
    rows = explain_targets(
        "力争本土世界500强企业实现零的突破，实施“1510”工程，金融业增加值达到2000亿元。",
        end_year=2030,
    )
    by_text = {r["text"]: r for r in rows}
    assert by_text["2000亿元"]["taken"] is True
    assert by_text["零的突破"]["taken"] is True
    assert by_text["500"]["taken"] is False and "name" in by_text["500"]["reason"]
    assert by_text["1510"]["taken"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全市规上工业增加值年均增长6.5%，力争突破千亿元。",
            [
                ("规上工业增加值增长", 6.5, "%", ">=", "annual"),
                ("规上工业增加值", 1000, "亿元", ">", "level"),
            ],
        ),
        (
            "地区生产总值年均增长5.5%左右，到2030年突破2.4万亿元。",
            [
                ("地区生产总值增长", 5.5, "%", "~", "annual"),
                ("地区生产总值", 2.4, "万亿元", ">", "level"),
            ],
        ),
        (
            "数字经济核心产业增加值突破3000亿元，占地区生产总值比重达到13%。",
            [
                ("数字经济核心产业增加值", 3000, "亿元", ">", "level"),
                ("数字经济核心产业增加值占地区生产总值比重", 13, "%", ">=", "level"),
            ],
        ),
        (
            "加快淘汰国三及以下排放标准营运柴油货车，累计淘汰不低于1.2万辆。",
            [("国三及以下排放标准营运柴油货车", 1.2, "万辆", ">=", "cumulative")],
        ),
        (
            "培育形成3个千亿级产业集群和5个百亿级产业集群。",
            [
                ("千亿级产业集群", 3, "个", ">=", "level"),
                ("百亿级产业集群", 5, "个", ">=", "level"),
            ],
        ),
        ("打造省级示范区3-5个。", [("省级示范区", 3, "个", ">=", "level")]),
        ("地区生产总值年均增长5%—6%。", [("地区生产总值增长", 5, "%", ">=", "annual")]),
        ("地区生产总值年均增速保持在6%左右。", [("地区生产总值年均增速", 6, "%", "~", "annual")]),
        ("城乡居民收入比缩小到1.6以内。", [("城乡居民收入比", 1.6, ":1", "<=", "level")]),
        (
            "新建数据中心电能利用效率（PUE）不高于1.25。",
            [("新建数据中心电能利用效率（PUE）", 1.25, None, "<=", "level")],
        ),
        ("危险废物处置能力不低于50万吨/年。", [("危险废物处置能力", 50, "万吨/年", ">=", "level")]),
        (
            "孕产妇死亡率、婴儿死亡率分别控制在8/10万、3‰以下。",
            [("孕产妇死亡率", 8, "/10万", "<=", "level"), ("婴儿死亡率", 3, "‰", "<=", "level")],
        ),
        (
            "化学需氧量、氨氮排放总量比2025年分别下降8%、9%。",
            [
                ("化学需氧量排放总量下降", 8, "%", ">=", "level"),
                ("氨氮排放总量下降", 9, "%", ">=", "level"),
            ],
        ),
        (
            "省级、市级农业龙头企业分别达到十二家、六十家以上。",
            [
                ("省级农业龙头企业", 12, "家", ">=", "level"),
                ("市级农业龙头企业", 60, "家", ">=", "level"),
            ],
        ),
        (
            "每个乡镇（街道）至少建成1家具备综合功能的养老服务中心。",
            [("具备综合功能的养老服务中心", 1, "家", ">=", "level")],
        ),
        ("新建、改扩建中小学校60所。", [("新建、改扩建中小学校", 60, "所", ">=", "level")]),
        (
            "新增或更新的出租车中新能源汽车比例不低于80%。",
            [("新增或更新的出租车中新能源汽车比例", 80, "%", ">=", "level")],
        ),
        (
            "细颗粒物（PM2.5）年均浓度控制在27微克/立方米以内。",
            [("细颗粒物（PM2.5）年均浓度", 27, "微克/立方米", "<=", "level")],
        ),
        (
            "每千人口拥有3岁以下婴幼儿托位数达到5个。",
            [("每千人口拥有3岁以下婴幼儿托位数", 5, "个", ">=", "level")],
        ),
        (
            "引育年营业收入超10亿元的软件企业20家。",
            [("年营业收入超10亿元的软件企业", 20, "家", ">=", "level")],
        ),
        ("工业机器人密度达到每万名工人500台以上。", [("工业机器人密度", 500, "台", ">=", "level")]),
        (
            "农村居民人均可支配收入年均增长百分之七左右。",
            [("农村居民人均可支配收入增长", 7, "%", "~", "annual")],
        ),
        ("粮食产量稳定在12亿斤以上。", [("粮食产量", 12, "亿斤", ">=", "level")]),
        ("地区生产总值比上年增长6%。", [("地区生产总值增长", 6, "%", ">=", "level")]),
        ("工业投资增速达到8%。", [("工业投资增速", 8, "%", ">=", "annual")]),
        (
            "新开工5000万元以上产业项目200个。",
            [("5000万元以上产业项目", 200, "个", ">=", "increment")],
        ),
        ("推出舞台艺术精品30部。", [("舞台艺术精品", 30, "部", ">=", "level")]),
        (
            "晶圆制造产能达到每月20万片（折合8英寸）。",
            [("晶圆制造产能", 20, "万片", ">=", "level")],
        ),
        (
            # a budget allocation is not a target (evaluation/real/GUIDE.md); what it levers is
            "区财政每年安排城市更新专项资金不少于5亿元，撬动社会投资50亿-80亿元。",
            [("社会投资", 50, "亿元", ">=", "level")],
        ),
        (
            "其中绿色石化、汽车及零部件集群营业收入分别达到5000亿元、3000亿元。",
            [
                ("绿色石化集群营业收入", 5000, "亿元", ">=", "level"),
                ("汽车及零部件集群营业收入", 3000, "亿元", ">=", "level"),
            ],
        ),
        ("财政科技支出每年递增10%以上。", [("财政科技支出递增", 10, "%", ">=", "annual")]),
        ("打造两个千亿级产业集群。", [("千亿级产业集群", 2, "个", ">=", "level")]),
        (
            "60岁以上老年人健康管理率达到75%。",
            [("60岁以上老年人健康管理率", 75, "%", ">=", "level")],
        ),
    ],
)
def test_harder_forms(text: str, expected: list[tuple]) -> None:
    got = [pick(d, "metric", "value", "unit", "comparator", "kind") for d in all_of(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "metric", "milestone"),
    [
        ("到2027年，重污染天气基本消除。", "重污染天气", "基本消除"),
        ("城市建成区黑臭水体全面消除。", "城市建成区黑臭水体", "全面消除"),
        (
            "单位地区生产总值能源消耗降低完成省下达任务。",
            "单位地区生产总值能源消耗降低",
            "完成省下达任务",
        ),
        ("原生生活垃圾实现“零填埋”。", "原生生活垃圾", "零填埋"),
        ("一村一品、一镇一业格局基本形成。", "一村一品、一镇一业格局", "基本形成"),
        ("到2027年底，全区危旧房屋全部完成解危治理。", "危旧房屋解危治理", "全部完成"),
        ("单位地区生产总值能耗完成省下达目标任务。", "单位地区生产总值能耗", "完成省下达目标任务"),
        ("居民收入增长与经济增长同步。", "居民收入增长", "与经济增长同步"),
        ("省级全域旅游示范区实现区县（市）全覆盖。", "省级全域旅游示范区", "全覆盖"),
        ("实现县级医院达到三级医院水平全覆盖。", "县级医院达到三级医院水平", "全覆盖"),
    ],
)
def test_more_qualitative(text: str, metric: str, milestone: str) -> None:
    d = one(text)
    assert pick(d, "metric", "milestone", "kind", "value") == (
        metric,
        milestone,
        "qualitative",
        None,
    )


def test_quoted_zero_word_without_shixian_is_a_name() -> None:
    assert all_of("开展“零碳”园区建设。") == []


def test_baseline_year_from_comparison_and_deadline_before_plan_end() -> None:
    d = one("2029年底前，单位工业增加值用水量较2025年下降12%。")
    assert pick(d, "metric", "value", "baseline_year", "deadline") == (
        "单位工业增加值用水量下降",
        12,
        2025,
        2029,
    )


@pytest.mark.parametrize(
    "text",
    [
        "一" * 20000,
        "的" * 20000,
        "和" * 20000,
        "5%" * 10000,
        "由5%" * 5000,
        "（5）" * 5000,
        "“" + "一" * 20000,
        "“" * 20000,
        "\t" * 20000,
        "分别" * 10000,
        "1." * 10000,
    ],
)
def test_pathological_input_finishes_without_inventing(text: str) -> None:
    """Each of these once took seconds to minutes (regex backtracking, quadratic scans)."""
    got = all_of(text)
    assert len(got) <= 1
    assert all(len(d["metric"]) <= 60 for d in got)
    assert isinstance(explain_targets(text, end_year=2030), list)


def test_unknown_plan_period_gives_no_deadline_but_keeps_stated_ones() -> None:
    got = all_of("城镇化率达到80%。到2027年，森林覆盖率达到62%。", end_year=0)
    assert [d["deadline"] for d in got] == [None, 2027]


def test_review_figures_of_past_years_are_not_targets() -> None:
    text = "2025年，全市地区生产总值达到1.8万亿元。到2030年，地区生产总值达到2.4万亿元。"
    assert [pick(d, "value", "deadline") for d in all_of(text)] == [(2.4, 2030)]
    got = all_of("开展汽车以旧换新，2026年全省新能源汽车渗透率提高3个百分点。", end_year=2028)
    assert [pick(d, "metric", "value", "unit", "deadline") for d in got] == [
        ("新能源汽车渗透率提高", 3, "个百分点", 2026)
    ]


def test_increase_one_fold_is_a_multiple() -> None:
    d = one("报废汽车回收量较2025年增加一倍。")
    assert pick(d, "metric", "value", "unit", "kind", "baseline_year") == (
        "报废汽车回收量",
        2,
        "倍",
        "multiple",
        2025,
    )


def test_qizhong_borrows_the_noun_and_durations_are_dropped() -> None:
    got = all_of("培育省级新型研发机构40家，其中研发投入超亿元的10家。")
    assert [d["metric"] for d in got] == ["省级新型研发机构", "研发投入超亿元的省级新型研发机构"]
    d = one("力争三年累计回收废旧家电500万台。")
    assert pick(d, "metric", "kind", "aspiration") == ("回收废旧家电", "cumulative", True)


def test_signs_rates_and_urban_rural_split() -> None:
    got = all_of("到2030年，细颗粒物浓度≤25微克/立方米，优良天数比例≥90%。")
    assert [pick(d, "metric", "value", "comparator") for d in got] == [
        ("细颗粒物浓度", 25, "<="),
        ("优良天数比例", 90, ">="),
    ]
    d = one("放射源辐射事故年发生率低于1起/万枚。")
    assert pick(d, "metric", "value", "unit", "comparator") == (
        "放射源辐射事故年发生率",
        1,
        "起/万枚",
        "<",
    )
    got = all_of("城乡居民人均可支配收入分别达到8.5万元、4.6万元。")
    assert [pick(d, "metric", "value") for d in got] == [
        ("城镇居民人均可支配收入", 8.5),
        ("农村居民人均可支配收入", 4.6),
    ]


def test_project_attributes_are_not_targets() -> None:
    assert all_of("建设沿海高速公路，全长45公里，总投资120亿元。") == []
    assert all_of("建设新能源装备产业园，总投资80亿元，建成后年产值200亿元。") == []
    d = one("全年完成投资2000亿元。")
    assert pick(d, "metric", "value", "unit") == (
        "完成投资",
        2000,
        "亿元",
    )  # the investment made: 完成投资 names it


def test_review_chapter_has_no_targets() -> None:
    review = Location(node="c1.p1", chapter=1, path=["第一章 发展基础", "“十四五”时期"])
    text = "城镇化率提高到62%，较2020年提高5个百分点。"
    assert extract_targets(text, node_id="c1.p1", end_year=2030, location=review) == []
    goals = Location(node="c2.p1", chapter=2, path=["第二章 发展目标", "经济发展"])
    assert len(extract_targets(text, node_id="c2.p1", end_year=2030, location=goals)) == 2


def test_goals_section_inside_a_review_chapter_has_targets() -> None:
    # 第一章 发展基础与总体要求 › 第二节 主要目标: the innermost heading decides
    text = "城镇化率提高到62%。"
    goals = Location(
        node="c1.s2.p1",
        chapter=1,
        section=2,
        path=["第一章 发展基础与总体要求", "第二节 主要目标", "经济发展"],
    )
    assert len(extract_targets(text, node_id="c1.s2.p1", end_year=2030, location=goals)) == 1
    past = Location(
        node="c1.s1.p1",
        chapter=1,
        section=1,
        path=["第一章 发展基础与总体要求", "第一节 发展基础", "“十四五”时期"],
    )
    assert extract_targets(text, node_id="c1.s1.p1", end_year=2030, location=past) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces (ASCII, full-width, non-breaking) and thousands separators are typography
        ("规上工业增加值超过 15 亿元。", [("规上工业增加值", 15, None, "亿元", ">")]),
        ("装机容量达到3.7\u3000亿千瓦。", [("装机容量", 3.7, None, "亿千瓦", ">=")]),
        ("高新技术企业超过\u00a01,000 家。", [("高新技术企业", 1000, None, "家", ">")]),
        ("营业收入超15亿元。", [("营业收入", 15, None, "亿元", ">")]),
        # numbers before their nouns after a verb
        (
            "更新78个老旧小区、4500部电梯、14个供水厂。",
            [
                ("老旧小区", 78, None, "个", ">="),
                ("电梯", 4500, None, "部", ">="),
                ("供水厂", 14, None, "个", ">="),
            ],
        ),
        # a parallel list without 分别
        (
            "主要农作物耕种收综合机械化率、农业科技进步贡献率超过84.5%、64%。",
            [
                ("主要农作物耕种收综合机械化率", 84.5, None, "%", ">"),
                ("农业科技进步贡献率", 64, None, "%", ">"),
            ],
        ),
        ("新增工业机器人15台（套）左右。", [("工业机器人", 15, None, "台（套）", "~")]),
        ("实现投资40亿元以上。", [("投资", 40, None, "亿元", ">=")]),
        # ranges keep both ends
        (
            "地区生产总值增长4.5%—5%，投资增长6%-7%。",
            [("地区生产总值增长", 4.5, 5, "%", ">="), ("投资增长", 6, 7, "%", ">=")],
        ),
        (
            "城镇居民、农村居民人均可支配收入分别增长7%、8%。",
            [
                ("城镇居民人均可支配收入增长", 7, None, "%", ">="),
                ("农村居民人均可支配收入增长", 8, None, "%", ">="),
            ],
        ),
        ("力争90%以上的村生活垃圾得到治理。", [("村生活垃圾得到治理", 90, None, "%", ">=")]),
    ],
)
def test_real_typography_and_lists(text: str, expected: list[tuple]) -> None:
    got = [pick(d, "metric", "value", "value_max", "unit", "comparator") for d in all_of(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("实现地区生产总值和城乡居民收入“双倍增”。", ["地区生产总值", "城乡居民收入"]),
        ("生产总值、城乡居民收入比2010年翻一番。", ["生产总值", "城乡居民收入"]),
        ("城乡居民收入实现“翻一番”。", ["城乡居民收入"]),
    ],
)
def test_multiples_apply_to_each_listed_subject(text: str, metrics: list[str]) -> None:
    got = all_of(text)
    assert [d["metric"] for d in got] == metrics
    assert {(d["value"], d["unit"], d["kind"]) for d in got} == {(2, "倍", "multiple")}


@pytest.mark.parametrize(
    "text",
    [
        "特制定数字经济五年倍增计划。",
        "打造“双翻番三覆盖”工程。",
        "中央预算内投资安排5000亿元。",
        "初步统计，去年全省地区生产总值48810亿元、增长8.0%。",
        "2019年已完成了1.04万亩调整任务。",
        "超过 15 亿元的项目加快建设。",
    ],
)
def test_not_targets_on_real_text(text: str) -> None:
    got = extract_targets(
        text,
        node_id="p1",
        end_year=2022,
        location=LOC,
        context=ParagraphContext(DocFacts(year=2022, start_year=2022, end_year=2022)),
    )
    assert [t.to_dict() for t in got] == []


def test_value_max_is_in_the_json_contract() -> None:
    single = one("地区生产总值增长5%。")
    ranged = all_of("地区生产总值增长4.5%—5%。")[0]
    assert single["value_max"] is None
    assert (ranged["value"], ranged["value_max"]) == (4.5, 5)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("本报讯（记者 王某）到2027年，全市规上工业企业达到3000家。", "规上工业企业"),
        ("新华社北京3月5日电 国内生产总值增长5%左右。", "国内生产总值增长"),
    ],
)
def test_bylines_and_datelines_are_not_part_of_a_metric(text: str, metric: str) -> None:
    assert one(text)["metric"] == metric


def test_one_value_for_each_listed_metric() -> None:
    found = all_of("工业投资、民间投资年均增长6%左右，森林覆盖率、建成区绿地率均达到40%。")
    assert [(t["metric"], t["value"]) for t in found] == [
        ("工业投资增长", 6),
        ("民间投资增长", 6),
        ("森林覆盖率", 40),
        ("建成区绿地率", 40),
    ]
    # items that do not end like an indicator stay one target
    assert one("高新技术、科技型中小企业数量增长10%以上。")["metric"].startswith("高新技术、")


def test_a_deadline_before_the_plans_own_start_is_the_past() -> None:
    context = ParagraphContext(DocFacts(year=2021, start_year=2021, end_year=2025))
    text = "全市财政总收入从2015年的50.22亿元增加到2020年的62.89亿元。到2025年，全市财政总收入达到90亿元。"
    found = extract_targets(text, node_id="c1.p1", end_year=2025, location=LOC, context=context)
    assert [(t.value, t.deadline) for t in found] == [(90, 2025)]


@pytest.mark.parametrize(
    "text",
    ["两年内基本取消全国高速公路省界收费站。", "结合六大优势产业提质倍增、“智改数转”等重点工作。"],
)
def test_time_spans_and_slogans_are_not_targets(text: str) -> None:
    assert all_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生态经济占地区生产总值50%以上。", ("生态经济占地区生产总值", 50, "%")),
        (
            "火电平均供电煤耗控制在300克标煤/千瓦时以下。",
            ("火电平均供电煤耗", 300, "克标煤/千瓦时"),
        ),
        ("规上工业销售产值增长5%以上……", ("规上工业销售产值增长", 5, "%")),
    ],
)
def test_real_typography(text: str, expected: tuple) -> None:
    assert pick(one(text), "metric", "value", "unit") == expected
