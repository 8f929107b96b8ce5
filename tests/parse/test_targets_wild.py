"""Error classes of the real wild set (third round), each in a sentence of the same pattern but
other words than the document it was seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.targets import extract_targets
from saved_text import parse_lines

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, end_year: int = 2027) -> list[tuple]:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    return [
        (t.metric, t.value, t.unit, t.comparator, t.kind) for t in targets if t.value is not None
    ]


def test_a_count_whose_noun_is_followed_by_its_completing_verb() -> None:
    # 全市首批100个…示范社区全面建成: the count is the target, 全面建成 its verb (no milestone)
    got = found("到2026年，全县首批30个智慧农贸市场改造提升全面完成，形成可推广的经验。")
    assert got == [("智慧农贸市场改造提升", 30, "个", ">=", "level")]
    assert found("第二批12座乡镇污水处理厂如期建成投运。") == [
        ("乡镇污水处理厂", 12, "座", ">=", "level")
    ]


def test_a_share_of_units_after_a_scope_of_places() -> None:
    # 锦江区、成华区50%的城市社区建成…: the places are a scope, the metric follows 的
    got = found("确保城关镇、河口镇、东坝镇80%的行政村建成标准化卫生室。")
    assert got == [("行政村建成标准化卫生室", 80, "%", ">=", "level")]


def test_a_list_of_names_then_a_count_with_a_grade() -> None:
    # 打造生猪、苹果2个500亿级产业集群: a grade (500亿级) may open the counted noun
    got = found("培育茶叶、竹木3个50亿级特色产业链。")
    assert got == [("50亿级特色产业链", 3, "个", ">=", "level")]


def test_a_part_named_in_brackets_after_a_value() -> None:
    # 达到3.85人（其中中医类别0.62人）
    got = found("每万人口全科医生数达到4.2人（其中乡村医生1.5人），每千人口托位数达到4.5个。")
    assert got == [
        ("每万人口全科医生数", 4.2, "人", ">=", "level"),
        ("每万人口全科医生数乡村医生", 1.5, "人", ">=", "level"),
        ("每千人口托位数", 4.5, "个", ">=", "level"),
    ]


def test_a_count_after_a_have_verb() -> None:
    # 每个乡镇要有2-3个…作为示范点
    got = found("每个街道至少有1个嵌入式养老服务站点。")
    assert got == [("嵌入式养老服务站点", 1, "个", ">=", "level")]


def test_a_growth_rate_shared_by_two_indicators() -> None:
    # 文旅产业增加值和旅游总收入年均增速达到15%以上: one value for each
    got = found("数字经济核心产业增加值和软件业务收入年均增速达到12%以上。")
    assert [g[0] for g in got] == ["数字经济核心产业增加值年均增速", "软件业务收入年均增速"]
    assert {g[1:] for g in got} == {(12, "%", ">=", "annual")}


def test_fenbie_whose_subjects_are_in_the_clause_before() -> None:
    # A和B在2022年的基础上实现“双倍增”，分别超过90家和870家
    got = found("全市专精特新企业和创新型中小企业实现倍增，分别超过120家和1500家。")
    assert ("专精特新企业", 120, "家", ">", "level") in got
    assert ("创新型中小企业", 1500, "家", ">", "level") in got


def test_a_doubling_named_in_a_programme_is_not_a_target() -> None:
    # 深入实施市场主体倍增和培优行动
    assert found("全面实施规上企业倍增与提质工程，推动企业上规模。") == []


def test_a_bare_measure_belongs_to_the_sector_the_clause_before_names() -> None:
    # 体育产业融合发展，总规模达到500亿元
    got = found("到2025年，冰雪经济加快发展，总规模突破300亿元。")
    assert got == [("冰雪经济总规模", 300, "亿元", ">", "level")]


def test_an_elided_subject_within_one_clause() -> None:
    # …年均增长5%左右、迈上3万亿元台阶 / 确保超过2500亿元、力争达到3000亿元
    got = found("全县财政总收入年均增长6%、迈上百亿元台阶。")
    assert got[1][:3] == ("财政总收入", 100, "亿元") and got[1][4] == "level"
    got = found("确保工业总产值超过800亿元、力争达到1000亿元。")
    assert got[1] == ("工业总产值", 1000, "亿元", ">=", "level")


def test_a_measure_of_the_subject_before_in_the_same_list() -> None:
    # 一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元
    got = found("服务业年均增速保持在7%以上、增加值总量冲刺420亿元。")
    assert got[1] == ("服务业增加值总量", 420, "亿元", ">=", "level")


def test_an_equivalent_in_another_unit_keeps_subject_and_comparator() -> None:
    # 人均生产总值超过7万元，折合9000美元
    got = found("居民人均可支配收入超过6万元，约合8500美元。")
    assert got[1] == ("居民人均可支配收入", 8500, "美元", ">", "level")


def test_a_kind_carries_between_like_units_only() -> None:
    # 新增电力装机2000万千瓦以上，其中绿色能源占比60%以上: the share is a level
    got = found("新增城市绿道300公里，其中滨水绿道占比40%以上。")
    assert [g[4] for g in got] == ["increment", "level"]
    # 新培育智能工厂100家，其中国家级不少于10家: a part of the new ones
    got = found("新培育绿色工厂50家，其中国家级绿色工厂不少于8家。")
    assert [g[4] for g in got] == ["increment", "increment"]
    # a milestone's kind is its own: …与经济增长同步，城镇新增就业… is a level
    got = found("居民收入增长与经济增长同步，城镇新增就业5万人以上。")
    assert [g[4] for g in got] == ["level"]


def test_a_growth_kept_by_a_verb_is_annual_with_nian_jun() -> None:
    got = found("“十五五”时期地区生产总值年均增长保持在5%左右。")
    assert got == [("地区生产总值年均增长", 5, "%", "~", "annual")]


def test_a_list_of_counts_shares_the_verb() -> None:
    # 保持2300万A和240万B在浙稳定就业: both 保持 (=)
    got = found("保持1200万亩粮田和300万亩菜田稳定。")
    assert [g[3] for g in got] == ["=", "="]


def test_a_word_that_starts_with_he_keeps_it() -> None:
    # 和美乡村覆盖率达60%以上: 和 is part of the word, not a connective
    assert found("全域推进和美乡村建设，和美乡村创建率达70%以上。")[0][0] == "和美乡村创建率"


def test_three_sectors_split() -> None:
    got = found("其中一二三产业增加值分别增长3%、7%、6%左右。")
    assert [g[0] for g in got] == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"]


def aspired(text: str) -> list[bool]:
    targets = extract_targets(text, node_id="c1.p1", end_year=2027, location=LOC)
    return [t.aspiration for t in targets if t.value is not None]


def test_aspiration_scope() -> None:
    # 力争 before the sentence's first value governs up to a ；
    assert aspired("力争全县粮食产量达到50万吨，蔬菜产量达到30万吨；生猪出栏20万头。") == [
        True,
        True,
        False,
    ]
    # a clause that holds only the deadline: the whole sentence (力争到2010年，…；…)
    assert aspired("争取到2026年，农业总产值达到90亿元；渔业产值达到8亿元。") == [True, True]
    # after a value, only its own clause (…增长5%，一般公共预算收入增长2%)
    assert aspired("地区生产总值增长5%，工业增加值力争增长6%，税收收入增长3%。") == [
        False,
        True,
        False,
    ]


def test_more_than_a_number_and_a_rough_count_in_an_object() -> None:
    # ninth round: 1900多个 / 50余人 are "more than" (>); 约 before a count in a work verb's object
    assert found("实施市级重点项目800多个。") == [("市级重点项目", 800, "个", ">", "level")]
    assert found("新增乡村医生30余人。") == [("乡村医生", 30, "人", ">", "increment")]
    got = found("同步推进约12万户农村改厕工程。")
    assert got == [("农村改厕工程", 12, "万户", "~", "level")]


def test_a_note_in_brackets_after_the_figure_leaves_it_a_target() -> None:
    got = found("新增风电装机规模5000千瓦（以省级下达目标为准）。")
    assert got == [("风电装机规模", 5000, "千瓦", ">=", "increment")]


def test_new_thing_verbs_beyond_xinzeng() -> None:
    assert found("新认证绿色食品企业20家。") == [("绿色食品企业", 20, "家", ">=", "increment")]


def test_counts_after_dui_with_kaizhan_or_shishi() -> None:
    # 对N家A开展B / 对N个A实施B: the counts are the targets, as with 对…进行
    got = found("对30个老旧小区实施改造。")
    assert got == [("老旧小区改造", 30, "个", ">=", "level")]
    assert [v for _, v, *_ in found("对8家公共机构和3家公共建筑开展能源审计。")] == [8, 3]


def test_the_state_today_is_no_target() -> None:
    # 目前/现有/实有: an observation; 由目前的…提高到… keeps its target
    assert found("区消防救援局目前实有特种消防车辆共43辆。") == []
    got = found("到2027年，人均公园绿地面积由目前的9.5平方米提高到11平方米。")
    assert [(v, u) for _, v, u, *_ in got] == [(11, "平方米")]


def test_a_count_of_the_plans_own_tasks_is_no_target() -> None:
    assert found("重点完成5个方面14项消防建设任务。") == []
    assert found("主要实施四大专项行动9项重点任务。") == []
    got = found("到2027年，全市光伏装机、风电装机力争分别达到407、262万千瓦。")
    assert [(m, v, u) for m, v, u, *_ in got] == [
        ("光伏装机", 407, "万千瓦"),
        ("风电装机", 262, "万千瓦"),
    ]


def test_a_list_of_years_gives_each_value_its_year() -> None:
    targets = extract_targets(
        "2027、2030年，全市天然气供应能力分别达到137、165亿立方米左右。",
        node_id="c1.p1",
        end_year=2030,
        location=LOC,
    )
    got = [(t.metric, t.value, t.deadline) for t in targets]
    assert got == [("天然气供应能力", 137, 2027), ("天然气供应能力", 165, 2030)]


def test_dates_durations_and_parts_of_a_named_structure_are_no_targets() -> None:
    # b34: a release date (2023-12-14所在行业), a pilot's term (一般不超过3年) and the parts of a
    # named system (由10个…和30条…组成的“1030”体系) hold no target; the sentence's target stays
    assert found("发布日期：2024-03-15，到2027年建成充电站120座。") == [
        ("充电站", 120, "座", ">=", "level")
    ]
    assert found("示范项目建设周期一般不超过2年，最长不得超过4年。") == []
    assert found("加快形成由8个先进制造业集群和20条重点产业链组成的“820”产业体系。") == []
    # a cap on a measure counted in years is still a target
    assert found("到2027年，新建住宅平均审批年限不超过1年。") == [
        ("新建住宅平均审批年限", 1, "年", "<=", "level")
    ]


def test_a_count_whose_noun_opens_with_a_threshold() -> None:
    # b34 黔东南: 完成超230个50户以上木质房屋连片村寨…建设 — 50户以上 qualifies the things
    # counted; it is no name like 五个一批
    got = found("完成超120个30户以上传统村落消防管网建设。")
    assert got == [("30户以上传统村落消防管网建设", 120, "个", ">", "level")]


def test_one_value_for_each_item_of_a_list_before_各() -> None:
    # b34 云南: 建设稻谷、玉米、马铃薯示范基地各10万亩 — three bases of 10万亩 each
    got = found("2026年，建设水稻、小麦、油菜示范基地各5万亩。新建城东、城西污水处理厂各1座。")
    assert [(m, v, u) for m, v, u, _, _ in got] == [
        ("水稻示范基地", 5, "万亩"),
        ("小麦示范基地", 5, "万亩"),
        ("油菜示范基地", 5, "万亩"),
        ("城东污水处理厂", 1, "座"),
        ("城西污水处理厂", 1, "座"),
    ]


def test_标箱_位_and_攻克_counts() -> None:
    # b34 苏州: 集装箱吞吐量达到1000万标箱, 引进培育100位…人才, 攻克…30项…问题; a rank (前10位) stays out
    got = found(
        "到2027年，港口集装箱吞吐量达到500万标箱，引进培育80位高层次人才，"
        "攻克新能源领域20项关键技术，经济总量保持全国前10位。"
    )
    assert got == [
        ("港口集装箱吞吐量", 500, "万标箱", ">=", "level"),
        ("高层次人才", 80, "位", ">=", "level"),
        ("关键技术", 20, "项", ">=", "level"),
    ]


def test_what_may_happen_setbacks_and_what_there_is_are_no_targets() -> None:
    # b34 崇阳: 保有量或达6万辆 (may reach), 出入口距离应在50米以上 (a siting rule), 其中在营
    # 加油站48座 (what there is); the plan's own count stays
    got = found(
        "预计到2030年，全县汽车保有量或达8万辆以上。加油站出入口与学校的距离应在60米以上。"
        "现有加油站52座，其中在营加油站45座。到2030年新建加油站6座。"
    )
    assert got == [("加油站", 6, "座", ">=", "increment")]
    # 存量 work is still a target
    assert found("到2026年完成3000亩存量违法用地整治。") == [
        ("存量违法用地整治", 3000, "亩", ">=", "level")
    ]


def test_a_part_named_in_full_in_brackets_after_a_count() -> None:
    # b34 重庆: 打造…V2G示范项目45个（公交V2G示范项目23个）: the bracket names a part of the count
    got = found("到2026年，全市建成智慧停车示范项目30个（医院智慧停车示范项目12个）。")
    assert [(m, v) for m, v, *_ in got] == [("智慧停车示范项目", 30), ("医院智慧停车示范项目", 12)]


def test_a_programme_named_by_a_round_number_is_no_target() -> None:
    # b33: 着力实施千座公园计划; b24: 实施千个宜居宜业和美乡村建设行动 — names, not counts
    assert found("着力实施百座口袋公园计划，推进千村示范工程。") == []
    assert found("实施百亿斤粮食产能提升工程，实施千万亩高标准农田改造提升行动。") == []
    assert found("到2027年新建口袋公园100座。") == [("口袋公园", 100, "座", ">=", "increment")]


def test_bounds_of_a_list_that_qualifies_a_noun_are_no_targets() -> None:
    # b13: 入井人数超过30人、井深超过800米的金属非金属地下矿山 — the mines such bounds pick out
    assert found("重点整治从业人员超过50人、库容超过100万立方米的尾矿库。") == []
    got = found("确保地区生产总值增长6%、一般公共预算收入增长5%的目标。")
    assert [(m, v) for m, v, *_ in got] == [("地区生产总值增长", 6), ("一般公共预算收入增长", 5)]


def test_what_a_plan_plans_to_add_is_new() -> None:
    # b35 吉林: “十四五”期间，规划新建各类电动汽车充电桩7000个 — increment, like 新建
    got = found("“十四五”期间，规划新建公共充电桩5000个，计划新增换电站60座。", 2025)
    assert [(v, k) for _, v, _, _, k in got] == [(5000, "increment"), (60, "increment")]


def test_a_second_count_of_the_same_work_and_a_count_before_及() -> None:
    # b35 天水: 改造老旧小区25个1697户 — two counts; 涉县: 铺设污水管网348米及其他附属设施
    got = found("2026年改造老旧小区30个2100户，铺设污水管网500米及其他附属设施。", 2026)
    assert [(v, u) for _, v, u, _, _ in got] == [(30, "个"), (2100, "户"), (500, "米")]
    # …500万元及以下的小微企业: a threshold, and 每5公里1个 a density, stay out
    assert found("重点支持单户担保金额500万元及以下的小微企业。") == []


def test_a_forecast_and_what_spending_may_bring_are_no_targets() -> None:
    # b35 朝阳: 预测规划期间全市成品油销售量年均增长约4%; 吉林: 可拉动省内电动汽车消费约414亿元
    assert found("预测规划期间全市天然气消费量年均增长约6%，可拉动相关产业投资约200亿元。") == []
    # 带动…投资1000亿元以上 (no 可) is what the plan sets out to bring
    got = found("到2027年，带动制造业投资800亿元以上。")
    assert [(v, u) for _, v, u, _, _ in got] == [(800, "亿元")]


def test_kva_a_count_before_latin_letters_and_a_need_estimated() -> None:
    # b36 广州: 场站并网容量达到85万千伏安, 建成810个V2G桩; 通许: 共需公用充电桩约1383个 is a
    # demand estimate, not what the plan sets
    got = found(
        "到2026年，场站并网容量达到90万千伏安，建成500个V2G桩。全县规划期末共需公用充电桩约900个。"
    )
    assert [(v, u) for _, v, u, _, _ in got] == [(90, "万千伏安"), (500, "个")]


def test_储备_takes_the_count_in_its_object() -> None:
    # b36 湖北: 储备25-30个…特色型县域冠军产业
    got = found("到2027年，储备20个具有较高知名度的县域特色产业集群。")
    assert [(v, u) for _, v, u, _, _ in got] == [(20, "个")]


def test_an_ordinal_or_a_bullet_before_a_new_thing_verb_keeps_it_an_increment() -> None:
    # b35 天水/金凤: 八、新增机动车位1500个, ▶新增公共停车位800个, 年内新增学位1000个, 新修产业路
    assert found("八、新增停车泊位2000个。", 2026) == [("停车泊位", 2000, "个", ">=", "increment")]
    assert found("▶新建口袋公园3个", 2025) == [("口袋公园", 3, "个", ">=", "increment")]
    assert found("年内新增托位500个。", 2026) == [("托位", 500, "个", ">=", "increment")]
    assert found("新修通村公路35公里。", 2026) == [("通村公路", 35, "公里", ">=", "increment")]
    # a figure right after the ordinal is the heading's own words, not a lead
    assert found("二、10万平方米老旧小区改造项目", 2024) == []


def test_padded_list_numbers_分别_and_whom_the_work_is_for() -> None:
    # b36 长宁: 01 新增共享充电桩示范小区10个; 为…安装消防设施157处 (level after an increment)
    got = found("01 新增社区食堂8个;为老旧小区电动自行车集中充电场所安装消防设施120处。", 2022)
    assert got == [
        ("社区食堂", 8, "个", ">=", "increment"),
        ("为老旧小区电动自行车集中充电场所安装消防设施", 120, "处", ">=", "level"),
    ]
    assert [g[4] for g in found("为困难老人家庭新增适老化设施2000套。", 2022)] == ["increment"]
    # b36 国务院: “十四五”、“十五五”期间分别新增水电装机容量4000万千瓦左右
    assert [g[4] for g in found("两年内分别新增储能装机100万千瓦。", 2022)] == ["increment"]


def test_当年新增_names_a_share_and_is_no_date(tmp_path) -> None:
    # b36 国务院: 到2030年，当年新增新能源…交通工具比例达到40%左右 (due 2030, not this year)
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "plan.txt"
    path.write_text(
        "一、主要目标\n\n到2030年，当年新增新能源公交车比例达到60%左右，"
        "城市公交车辆碳排放强度下降8%。\n",
        encoding="utf-8",
    )
    parsed = parse_document(read_document(path), title=None, period=(2021, 2030))
    assert [(t.value, t.deadline) for t in parsed.targets] == [(60, 2030), (8, 2030)]


def test_a_stores_power_and_energy_are_two_values() -> None:
    # b36 重庆: 用户侧储能规模100万千瓦/200万千瓦时
    got = found("到2027年，新型储能装机规模达到50万千瓦/100万千瓦时。")
    assert [(g[1], g[2]) for g in got] == [(50, "万千瓦"), (100, "万千瓦时")]


def test_what_is_provided_or_met_beyond_a_bound_is_counted() -> None:
    # b36 国务院 / b35 吉林: 提供超3亿千瓦的公共充电容量，满足超过8000万辆电动汽车充电需求
    got = found("到2027年，提供超 2 亿千瓦的充电容量，满足超过 500 万辆新能源汽车的充电需求。")
    assert got == [
        ("充电容量", 2, "亿千瓦", ">", "level"),
        ("新能源汽车的充电需求", 500, "万辆", ">", "level"),
    ]
    # a threshold that qualifies a noun stays no target
    assert found("培育年营收超100亿元的企业。") == []


def test_figures_under_a_forecast_heading_are_no_targets(tmp_path) -> None:
    # b36 通许: 第四章 需求预测 … 2030年通许县新能源汽车保有量约为9681辆左右
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "plan.txt"
    path.write_text(
        "第四章 需求预测\n\n2030年全县新能源汽车保有量约为9000辆左右。\n\n"
        "第五章 发展形势及需求预测\n\n到2030年，全县建成公共充电桩1000个。\n\n"
        "第六章 规划目标\n\n到2030年，全县建成充电站50座。\n\n"
        "（一）实施效果预测\n\n到2030年，满足超过2万辆电动汽车的充电需求。\n",
        encoding="utf-8",
    )
    parsed = parse_document(read_document(path), title=None, period=(2025, 2030))
    assert [t.value for t in parsed.targets if t.value is not None] == [1000, 50, 2]


def test_how_far_apart_stations_stand_is_a_siting_rule() -> None:
    # b34 崇阳, b35 朝阳, b36 六安: 服务半径不少于0.9公里, 每百公里原则上不超过6对
    assert found("1.城区加油站的服务半径不少于0.9公里。", 2030) == []
    assert found("2.国道、省道加油站每百公里原则上不超过6对。", 2030) == []
    # how near a service comes is a target (b36 通许: 中心城区服务半径≤2公里)
    assert found("到2027年，实现中心城区充电服务半径不超过2公里。") == [
        ("中心城区充电服务半径", 2, "公里", "<=", "level")
    ]


def test_whom_a_service_reaches_across_a_prefecture() -> None:
    # b34 黔东南: 为全州7万名35-64岁妇女免费做宫颈癌筛查
    got = found("为全州5万名适龄儿童免费开展口腔检查。", 2024)
    assert [(g[1], g[2]) for g in got] == [(5, "万名")]


def test_新改建_is_new_and_rebuilt_together_and_新开工改造_new_starts() -> None:
    # 新改建农村公路1万公里 (b23 云南/湖北, b24 安徽, …): new and rebuilt together, a level;
    # 新开工改造老旧小区716个 (b23 江西, b24 重庆): the renovations started this year are new
    assert found("新改建农村公路3000公里。", 2025) == [("农村公路", 3000, "公里", ">=", "level")]
    assert [g[4] for g in found("新开工改造城镇老旧小区500个。", 2025)] == ["increment"]


def test_a_projects_capacity_is_an_attribute() -> None:
    # b25 陕西: 建成榆能西南70万千瓦热电项目; b36 山东: 开工建设A120万千瓦、B180万千瓦等项目
    assert found("建成某某能源60万千瓦热电联产项目。", 2025) == []
    assert found("开工建设甲地100万千瓦、乙地120万千瓦等项目。", 2025) == []
    # an amount of capacity to add stays a target
    assert found("新增新能源装机300万千瓦。", 2025) == [
        ("新能源装机", 300, "万千瓦", ">=", "increment")
    ]


def test_what_is_expected_to_happen_is_a_forecast() -> None:
    # b35 中山, b36 南川/通许: 预计将达到2942公里, 预计…保有量到2025年为500辆
    assert found("全市公路里程预计将达到 3000 公里。", 2025) == []
    assert found("预计到2030年全区私人电动汽车拥有量为20000辆。", 2030) == []
    # 预计控制在 is a bound the plan sets (sp 上海十三五能源)
    assert [g[1] for g in found("全社会用电量预计控制在1600亿千瓦时左右。", 2020)] == [1600]


def test_in_a_review_the_figures_before_a_look_ahead_are_past(tmp_path) -> None:
    # b34 吕梁: 加气站目标共建设82座，较“十三五”增长90%，预计十五五期间，增速将逐步放缓。
    lines = [
        "第一章 发展现状",
        "“十四五”期间，全市加气站共建设60座，较“十三五”增长50%，到2030年，加气站达到80座。",
    ]
    parsed = parse_lines(tmp_path, lines, "", (2025, 2030), sep="\n\n")
    assert [t.value for t in parsed.targets if t.value is not None] == [80]


def test_a_forecast_section_keeps_what_the_plan_decides_or_sets(tmp_path) -> None:
    # b35 中山: under 第四章 …需求预测, 实际规划新增加油站布点21个 and 铁路客运分担率提升至12%左右
    lines = [
        "第四章 成品油分销企业需求预测",
        "2025年全市机动车保有量约为150万辆。",
        "铁路客运分担率提升至12%左右。",
        "实际规划新增加油站布点21个。",
    ]
    parsed = parse_lines(tmp_path, lines, "", (2021, 2025), sep="\n\n")
    assert [t.value for t in parsed.targets if t.value is not None] == [12, 21]


def test_the_size_of_the_projects_just_counted_is_no_target() -> None:
    # b37 黔江: 风电场5座，总装机容量460兆瓦；光伏发电项目8项，总装机容量955兆瓦
    assert found("实施风电场5座，总装机容量460兆瓦。", 2025) == [("风电场", 5, "座", ">=", "level")]
    # a total to reach stays a target (b36 国务院)
    assert [g[1] for g in found("风电、太阳能发电总装机容量达到12亿千瓦以上。", 2030)] == [12]


def test_a_phase_label_and_its_years_govern_the_phases_paragraphs(tmp_path) -> None:
    # b37 吕梁: 近期目标（2022－2025）：到2025年，… / 供氢网络基本形成…氢能供应能力20万吨/年以上 /
    # 中期目标（2026－2030）：到2030年，…
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "plan.txt"
    path.write_text(
        "（三）发展目标。\n\n近期目标（2022－2025）：到2025年，积极利用工业副产氢。氢能产业总产值超过200亿元。"
        "\n\n供氢网络基本形成，氢能供应能力20万吨/年以上。\n\n"
        "中期目标（2026－2030）：到2030年，形成规模化供氢格局。氢能产业总产值超过1000亿元。\n",
        encoding="utf-8",
    )
    parsed = parse_document(read_document(path), title=None, period=(2022, 2035))
    got = [(t.value, t.deadline) for t in parsed.targets if t.value is not None]
    assert got == [(200, 2025), (20, 2025), (1000, 2030)]
