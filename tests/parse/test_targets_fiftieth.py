"""Fiftieth round: a measure bound that picks a class of things (…平方米以上商场…), a year's
housing starts by area, a boiler's steam tons — in words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


@pytest.mark.parametrize(
    "text",
    [
        "推动1万平方米以上超市开展节能诊断。",
        "督促年用水量10万立方米以上工业企业开展水平衡测试。",
        "推进年综合能耗5000吨标准煤以上重点用能单位建设能耗在线监测系统。",
        "加快高速公路服务区120千瓦以上充电设施提档升级。",
        "推动20蒸吨/小时以上燃煤锅炉完成超低排放改造。",
    ],
)
def test_a_bound_that_picks_a_class_of_things_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2027) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("累计完成80万平方米以上老旧厂房更新。", 80.0, "万平方米"),
        ("新建5000平方米以上口袋公园绿地。", 5000.0, "平方米"),
        ("建成30个以上城市更新示范企业。", 30.0, "个"),
    ],
)
def test_an_amount_of_work_or_a_count_is_still_a_target(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2027)] == [(value, unit)]


def test_the_years_housing_starts_by_area_are_a_target() -> None:
    found = targets_of("加快优质地块出让，新开工面积35万平方米，竣工面积28万平方米。", 2026, 2026)
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("新开工面积", 35.0, "万平方米"),
        ("竣工面积", 28.0, "万平方米"),
    ]


def test_the_size_of_a_place_stays_no_target() -> None:
    assert targets_of("建设数字经济产业园，规划面积12平方公里。", 2026, 2026) == []


def test_steam_tons_are_a_unit() -> None:
    found = targets_of("完成城区燃气锅炉低氮改造860蒸吨。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(860.0, "蒸吨")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("现代物流业营业收入在500亿元以上持续增长。", 500.0, "亿元"),
        ("全市规上工业增加值在6%以上稳定增长。", 6.0, "%"),
    ],
)
def test_a_bound_held_while_it_grows_is_a_target(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2028)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("为辖区登记在册的2650名残疾人购买意外伤害保险。", 2650.0, "残疾人购买意外伤害保险"),
        ("为两年内未接受过筛查的18000名适龄妇女免费检查。", 18000.0, "适龄妇女免费检查"),
        ("为12个老旧小区新增电动自行车集中充电设施。", 12.0, "老旧小区新增电动自行车集中充电设施"),
        ("为9个街道社区服务中心配置专职社工。", 9.0, "街道社区服务中心配置专职社工"),
    ],
)
def test_the_people_or_places_a_service_reaches(text: str, value: float, metric: str) -> None:
    assert [(t.value, t.metric) for t in targets_of(text, 2026, 2026)] == [(value, metric)]


def test_new_things_for_the_places_are_an_increment() -> None:
    (found,) = targets_of("为12个老旧小区新增电动自行车集中充电设施。", 2026, 2026)
    assert found.kind == "increment"


def test_a_notice_that_lists_each_task_as_its_schemes_title() -> None:
    text = (
        "《关于新建80个社区嵌入式托育点的实施方案》《关于开展12万人次职业技能培训的实施方案》"
        "《关于5万名老年人免费体检的实施方案》等8件民生实事方案，已经市政府同意，现印发给你们。"
    )
    found = targets_of(text, 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(80.0, "个"), (12.0, "万人次"), (5.0, "万名")]


@pytest.mark.parametrize(
    "text",
    [
        "现将《关于2026年民生实事项目的实施方案》印发给你们。",
        "印发《关于推进5G网络建设的工作方案》。",
        "根据《2030年前碳达峰行动方案》，制定本方案。",
    ],
)
def test_a_schemes_title_without_a_count_stays_a_name(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


@pytest.mark.parametrize(
    "text",
    [
        "全年推出六大行动、32项硬核举措，全力促进消费。",
        "全省继续实施15项民生工程，兜牢民生底线。",
    ],
)
def test_a_count_of_the_plans_own_measures_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


def test_a_count_of_livelihood_works_of_one_kind_is_still_a_target() -> None:
    found = targets_of("实施农村饮水安全民生工程12项。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(12.0, "项")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全省人工智能核心产业规模力争突破3000亿元人民币。", 3000.0, "亿元"),
        ("力争取得15项以上原创性重大科技成果。", 15.0, "项"),
        ("选树500家数字化转型标杆企业。", 500.0, "家"),
        ("劳动年龄人口平均受教育年限达到11.5年。", 11.5, "年"),
        ("新增劳动力平均受教育年限14年。", 14.0, "年"),
    ],
)
def test_goals_in_the_words_of_recent_plans(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2027)] == [(value, unit)]


def test_a_progress_report_of_the_year_reports_no_target(tmp_path: Path) -> None:
    text = (
        "为民办实事工程稳步推进\n"
        "昨日，记者从全省为民办实事工程阶段性成效新闻发布会上获悉，今年截至9月30日，"
        "全省已筹措下达为民办实事工程资金96.5亿元，资金筹措下达进度达到103.2%。\n"
        "发布会透露，今年以来，全省新开工棚户区改造2310套，开工改造城镇老旧小区3.2万套。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == []


def test_a_review_since_the_period_began_goes_on_past_its_estimate(tmp_path: Path) -> None:
    text = (
        "市商务局副局长王明：“十四五”以来，我市把握扩大内需的热点，消费中心活力涌动。\n"
        "一是消费规模稳步增长。全市社零额从“十三五”末的600亿元预计提升到2025年的980亿元。\n"
        "二是消费结构不断优化。5年开展促消费活动420余次，核销消费券2.1亿元，累计拉动消费超40亿元。\n"
    )
    assert 420.0 not in document_values(tmp_path, text, 2025, 2025)
    assert 2.1 not in document_values(tmp_path, text, 2025, 2025)


def test_the_items_of_a_spending_plan_are_allotted_not_targets(tmp_path: Path) -> None:
    text = (
        "第二节　财政支出\n"
        "　　五年合计，全市财政总支出900亿元。在五年合计的财政总支出中，各项主要开支安排如下：\n"
        "　　、基本建设拨款300亿元，平均每年60亿元，占财政总支出的33.3%。\n"
        "　　二、教育、科学、文化事业费150亿元，平均每年30亿元，占财政总支出的16.7%，比上期提高2.5%。\n"
        "各个部门的投资分配如下：\n"
        "　　能源工业120亿元。其中，电力工业70亿元，煤炭工业50亿元。\n"
        "第三节　增收节支的措施\n"
        "　　五年内新建农村公路1500公里。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [900, 1500]


@pytest.mark.parametrize(
    "text",
    [
        "本规划范围为市域 12187 平方公里，规划期限为2021—2035年。",
        "发布时间：2026-03-05　2318 次浏览",
        "全市首批2600多座农村公厕已经改造完成。",
    ],
)
def test_a_scope_a_view_count_or_work_already_done_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2030) == []


def test_a_goal_a_report_quotes_whole_is_a_target() -> None:
    text = "从“一刻钟便民生活圈”到“新能源汽车渗透率达50%”，一个个跳动的数字勾勒出消费强市的图景。"
    found = targets_of(text, 2026, 2026)
    assert [(t.metric, t.value, t.unit) for t in found] == [("新能源汽车渗透率", 50.0, "%")]


@pytest.mark.parametrize("text", ["打造“15分钟生活圈”。", "实施“百县千镇万村”工程。"])
def test_a_name_in_quotes_stays_a_name(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


def test_a_training_goal_quoted_is_a_target() -> None:
    found = targets_of("从“评选美食推介官”到“培训‘鄂菜大厨’800名”，一项项创新的场景。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(800.0, "名")]


def test_a_heading_naming_last_years_work_report_does_not_make_a_review(tmp_path: Path) -> None:
    text = (
        "继续解读\n"
        "2025年某市政府工作报告\n"
        "1、优化教育资源布局。2026年启动城东小学等8所学校新建，完成实验中学等5所学校改造。\n"
        "2、加快城市更新步伐。2026年启动6200户老旧小区改造。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [8, 5, 6200]


def test_the_rest_of_a_work_is_counted_in_its_object() -> None:
    found = targets_of("今年，全省将对剩余1800公里通村公路破损路面进行整治。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(1800.0, "公里")]


@pytest.mark.parametrize(
    "text",
    [
        "经广泛征集，形成了18个候选项目，最终确定6大类15个民生实事项目全部按期完成。",
        "其中教育惠民领域3个、生态环境领域2个。",
        "在1月12日经县第十八届人民代表大会第五次会议票决产生10件。",
        "联系电话：0851-86812345　只争朝夕不负韶华",
    ],
)
def test_how_a_list_was_made_and_a_phone_number_are_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


@pytest.mark.parametrize(
    ("heading", "verdict"),
    [
        ("“五个中心”建设既定目标如期实现", True),
        ("“十三五”规划目标任务胜利完成", True),
        ("确保“十五五”目标如期实现", False),
        ("主要目标", False),
    ],
)
def test_a_heading_that_says_the_goals_were_met_reviews(heading: str, verdict: bool) -> None:
    from plantrack.parse.review import heading_verdict

    assert heading_verdict(heading, 2021) is verdict
