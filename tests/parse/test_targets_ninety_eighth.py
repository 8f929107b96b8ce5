"""The ninety-fourth round: the years just past written mid-sentence (天津近年来投入…新建40万亩温室大棚,
柴河林业局3年来在局址新建…) report, as 5年来， at a sentence's head does; a sentence that opens a
paragraph with a change from one year to a later one before the plan's first (由二〇〇二年的…增加到二〇〇七年的…)
opens a review; a progress report's task stated (目标任务为6.13万套, 基本建成任务为52454套) is read, and a
year's plan to start projects (2021年秭归计划开工建设项目299个) turns a review run ahead; a one-year plan told the December before, its goals due by a month of
明年 (争取在明年6月前完成…) and its 今年以来 a report, is dated by its own year; a count of the places that reach a standard (全市20个左右的乡镇达到美丽乡镇
示范镇要求) is a target, as a share of them is; the year's end right after the things counted (10个万吨级泊位
在年底建成, 4个高速公路项目2009年底建成通车) dates them; the projects a year's plan takes on (拟安排200个
重点建设项目, not 安排9个预备项目) and the works under way it finishes (确保10个在建项目竣工投产) are counted; floor area added (新增建筑面积8万平方米) is no project's size; the years since a work began (自2009年起实施
农村危房改造以来，…共完成113万户; 工程实施以来共改造…) report, mid-sentence too; a headline's rate the
body restates in other words (90%村庄生活垃圾得到处理 / 90%村庄的生活垃圾得到有效处理) is one target, two
things a phrase ends alike (肉类/水产品产地低温处理率) two; what a place has (湖南省共有乡镇1992个) is no target; a short metric the clause before lists (公路、水路投资…，
其中公路465亿元) is a noun, not a verb whose object follows; a task whose size is written before it
(4.95万公顷粮油菜种植任务目标) is named by it."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def test_the_years_just_past_mid_sentence_report(tmp_path: Path) -> None:
    text = (
        "天津近年来投入上百亿元集中新建40万亩温室大棚等农业设施。"
        "柴河林业局3年来在局址新建和改造住房1.4万余套。"
        "今年全市新建温室大棚2万亩。"
    )
    found = document_targets(tmp_path, text, 2015, 2015)
    assert [(t.value, t.unit) for t in found] == [(2.0, "万亩")]


def test_years_taken_to_do_the_work_are_no_past(tmp_path: Path) -> None:
    text = "用3年来完成棚户区改造10万套。"
    found = document_targets(tmp_path, text, 2015, 2017)
    assert [(t.value, t.unit) for t in found] == [(10.0, "万套")]


def test_a_change_between_two_years_gone_by_opens_a_review(tmp_path: Path) -> None:
    text = (
        "黄华华在《政府工作报告》中表示，广东省生产总值由二〇〇二年的一万三千五百多亿元增加到"
        "二〇〇七年的三万零六百多亿元，五年年均增长百分之十四点五。来源于广东的财政总收入由二千八百亿元"
        "增加到七千七百五十亿元。社会消费品零售总额达到一万零五百多亿元。"
    )
    assert document_targets(tmp_path, text, 2008, 2008) == []


def test_a_change_to_a_year_of_the_plan_is_a_goal(tmp_path: Path) -> None:
    text = "全市生产总值由2020年的500亿元增加到2025年的800亿元。财政总收入达到80亿元。"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [(800.0, "亿元"), (80.0, "亿元")]


def test_a_progress_report_states_its_task(tmp_path: Path) -> None:
    text = (
        "二、全区保障性租赁住房目标任务完成情况\n"
        "2022年，全区保障性租赁住房建设目标任务为6.13万套。截至6月25日，已开工3.29万套，"
        "完成年度目标任务的53.73%。\n"
        "三、全区棚户区改造目标任务完成情况\n"
        "2022年，全区棚户区改造基本建成任务为52454套。截至6月25日，已基本建成18036套，"
        "完成年度任务的34.38%。"
    )
    found = document_targets(tmp_path, text, 2022, 2022)
    assert [(t.value, t.unit) for t in found] == [(6.13, "万套"), (52454.0, "套")]


def test_a_plan_to_start_projects_turns_a_review_ahead(tmp_path: Path) -> None:
    text = (
        "近年来，秭归县以重点项目为龙头，统筹推进项目建设。"
        "2021年秭归计划开工建设项目299个，总投资349.3亿元，其中新开工项目228个。"
    )
    found = document_targets(tmp_path, text, 2021, 2021)
    assert [(t.value, t.unit) for t in found][:1] == [(299.0, "个")]
    assert (228.0, "个") in [(t.value, t.unit) for t in found]


def test_a_goal_due_by_a_month_of_next_year_dates_a_one_year_plan(tmp_path: Path) -> None:
    text = (
        "会议提出，争取在明年6月前完成林分优化提升200万亩的目标任务，并创建30个省级森林城镇。\n"
        "今年以来，广东先后发布3道省总林长令，全面推动绿美广东生态建设。"
    )
    found = document_targets(tmp_path, text, 2024, 2024)
    assert [(t.value, t.deadline) for t in found] == [(200.0, 2024), (30.0, 2024)]


def test_a_count_of_places_that_reach_a_standard(tmp_path: Path) -> None:
    text = "到2023年，全市20个左右的乡镇达到美丽乡镇示范镇要求。全市有12个的乡镇位于山区。"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.value, t.unit, t.comparator, t.deadline) for t in found] == [(20.0, "个", "~", 2023)]
    assert found[0].metric == "乡镇达到美丽乡镇示范镇要求"


def test_the_year_end_after_the_things_counted_dates_them(tmp_path: Path) -> None:
    text = (
        "舟山六横煤炭中转码头一期等10个万吨级泊位在年底建成。"
        "其中要力争4个高速公路项目2009年底建成通车。"
    )
    found = document_targets(tmp_path, text, 2008, 2012)
    assert [(t.value, t.deadline) for t in found] == [(10.0, 2008), (4.0, 2009)]


def test_the_projects_a_year_takes_on_and_the_works_to_finish(tmp_path: Path) -> None:
    text = (
        "今年北京拟安排200个重点建设项目。同时安排9个预备项目。"
        "确保10个在建项目竣工投产。全市在建项目24个。"
    )
    found = document_targets(tmp_path, text, 2012, 2012)
    assert [(t.value, t.unit) for t in found] == [(200.0, "个"), (10.0, "个")]
    assert "重点建设项目" in found[0].metric


def test_floor_area_added_is_no_project_attribute(tmp_path: Path) -> None:
    text = "今年竣工交付使用15所幼儿园、新增建筑面积8万平方米、新增学位6000个。该校建筑面积1.2万平方米。"
    found = document_targets(tmp_path, text, 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(15.0, "所"), (8.0, "万平方米"), (6000.0, "个")]


def test_since_a_year_the_work_began_reports(tmp_path: Path) -> None:
    text = (
        "从安徽省扶贫办获悉，安徽省自2009年起实施农村危房改造以来，全省共完成113万户危房改造。"
        "2018年计划完成10万户危房改造。"
    )
    found = document_targets(tmp_path, text, 2018, 2018)
    assert [(t.value, t.unit) for t in found] == [(10.0, "万户")]


def test_since_the_work_began_reports(tmp_path: Path) -> None:
    text = (
        "吉林省棚户区改造工程实施以来共改造建设保障性住房1.49亿平方米，670万住房困难群众从中受益。"
        "今年全省计划改造棚户区5万户。"
    )
    found = document_targets(tmp_path, text, 2013, 2013)
    assert [(t.value, t.unit) for t in found] == [(5.0, "万户")]


def test_a_headline_rate_the_body_restates_in_other_words_is_one(tmp_path: Path) -> None:
    text = (
        "湖南：到2018年90%村庄生活垃圾得到处理\n\n"
        "日前在长沙召开的全国村镇建设处长会议透露，我国农村生活垃圾治理工作还处于起步阶段。\n"
        "湖南省住房和城乡建设厅透露，到2018年，全省90%村庄的生活垃圾得到有效处理。\n"
        "到2025年，肉类产地低温处理率达到85%。\n"
        "到2025年，水产品产地低温处理率达到85%。"
    )
    found = document_targets(tmp_path, text, 2014, 2025)
    assert [(t.value, t.deadline) for t in found] == [(90.0, 2018), (85.0, 2025), (85.0, 2025)]


def test_what_a_place_has_is_no_target(tmp_path: Path) -> None:
    text = "湖南省共有乡镇1992个，行政村4.2万个，自然村约15万个。全省计划改造农村公路1万公里。"
    found = document_targets(tmp_path, text, 2014, 2018)
    assert [(t.value, t.unit) for t in found] == [(1.0, "万公里")]


def test_a_share_named_by_a_noun_the_total_lists(tmp_path: Path) -> None:
    text = "全年公路、水路投资计划完成570亿元，其中公路465亿元，水路105亿元。"
    found = document_targets(tmp_path, text, 2009, 2009)
    assert [(t.metric, t.value) for t in found][1:] == [("公路", 465.0), ("水路", 105.0)]


def test_a_task_whose_size_is_written_before_it(tmp_path: Path) -> None:
    text = "海北州紧扣“十五五”开局之年4.95万公顷粮油菜种植任务目标，全力推进春耕备播各项工作。"
    found = document_targets(tmp_path, text, 2026, 2026)
    assert [(t.metric, t.value) for t in found] == [("粮油菜种植任务", 4.95)]


def test_what_the_review_found_stays_read(tmp_path: Path) -> None:
    """Sentences the round's first rules misread (the review of its diff)."""
    cases = [
        ("城镇居民人均可支配收入增长8%。\n农村居民人均可支配收入增长8%。", 2021, 2025, [8.0, 8.0]),
        ("规模以上工业增加值增长10%。\n规模以上工业企业利润增长10%。", 2021, 2025, [10.0, 10.0]),
        ("到2025年，全省自退耕还林工程实施以来累计完成造林500万亩。", 2021, 2025, [500.0]),
        ("计划分3年来完成棚户区改造10万套。", 2015, 2017, [10.0]),
        ("到年底全市共有养老床位5万张。届时全省共有三甲医院50家。", 2020, 2020, [5.0, 50.0]),
        ("今年拟安排30个储备项目。全年续建36个在建未竣工项目。", 2012, 2012, []),
    ]
    for text, start, end, values in cases:
        found = document_targets(tmp_path, text, start, end)
        assert [t.value for t in found] == values, text


def test_this_years_end_after_the_things_counted(tmp_path: Path) -> None:
    found = document_targets(tmp_path, "10个万吨级泊位今年底建成。", 2008, 2012)
    assert [(t.value, t.deadline) for t in found] == [(10.0, 2008)]


def test_a_winter_campaigns_next_spring_is_this_years_plan(tmp_path: Path) -> None:
    text = "今冬明春农田水利建设全面启动，力争明年3月底前完成土方1亿立方米。"
    found = document_targets(tmp_path, text, 2019, 2019)
    assert [(t.value, t.deadline) for t in found] == [(1.0, 2020)]
