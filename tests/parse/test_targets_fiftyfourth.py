"""Fiftieth round: words quoted as said, counts of things that reach a state, and a news item's
review of a period that ends the year it is written — in words other than the retired
documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


def test_numbers_in_a_quoted_speech_are_read() -> None:
    text = "“今年要新建15所公办幼儿园，完成8万人职业技能培训。”李明表示，全区将尽力办好。"
    assert sorted(t.value for t in targets_of(text, 2026, 2026)) == [8.0, 15.0]


@pytest.mark.parametrize(
    "text",
    [
        "打造“一核两翼、三带多点”发展格局。",  # a slogan, no clause break: a name
        "实施“十百千万”工程。",
        "推进“3个100”重点项目建设。",
    ],
)
def test_numbers_in_a_quoted_name_stay_names(text: str) -> None:
    assert targets_of(text, 2026, 2030) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2026年，实现1850个撤并村公路通达。", 1850.0),
        ("实现360个行政村5G网络全覆盖。", 360.0),
    ],
)
def test_a_count_of_things_that_reach_a_state_is_a_target(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2026, 2026)] == [value]


NEWS_REVIEW = """城市管网提档升级让生活更安心
记者从省政府新闻办公室举办的“高质量完成‘十四五’规划”系列新闻发布会上获悉，“十四五”期间，我省坚持问题导向，全力推进市政设施改造升级。

在供水保障中，我省累计新增城市供水能力45万吨/日，新建改造供水管网3200公里。
在供热保障中，全省改造老旧供热管网2100公里。
"""


def test_a_news_item_on_a_period_ending_this_year_reviews_it(tmp_path: Path) -> None:
    assert document_targets(tmp_path, NEWS_REVIEW, 2025, 2025) == []


NEWS_PLAN = NEWS_REVIEW.replace("全力推进市政设施改造升级", "将全力推进市政设施改造升级").replace(
    "累计新增", "将新增"
)


def test_the_same_item_with_words_ahead_keeps_its_targets(tmp_path: Path) -> None:
    values = sorted(t.value for t in document_targets(tmp_path, NEWS_PLAN, 2025, 2025))
    assert 45.0 in values and 3200.0 in values


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("修复提升60所受损中小学校。", "修复提升受损中小学校", 60.0),
        ("整体提升120所学校周边环境。", "整体提升学校周边环境", 120.0),
    ],
)
def test_improve_counts_the_places_it_improves(text: str, metric: str, value: float) -> None:
    [target] = targets_of(text, 2026, 2026)
    assert (target.metric, target.value, target.unit) == (metric, value, "所")


def test_improve_by_a_share_is_unchanged() -> None:
    [target] = targets_of("到2027年，学校办学条件达标率提升到95%。", 2026, 2030)
    assert (target.value, target.unit) == (95.0, "%")


def test_what_each_place_has_is_a_count_target() -> None:
    found = targets_of("每个街道有1处综合养老服务设施；每个社区有1处养老服务场所。", 2026, 2026)
    assert [(t.metric, t.value) for t in found] == [
        ("每个街道综合养老服务设施", 1.0),
        ("每个社区养老服务场所", 1.0),
    ]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("目前，全市已建成充电桩1万个，到2027年达到3万个。", "充电桩", 3.0),
        ("全市现有养老床位2万张，到2027年达到3万张。", "养老床位", 3.0),
    ],
)
def test_a_goal_after_the_state_of_today_takes_its_subject(
    text: str, metric: str, value: float
) -> None:
    [target] = targets_of(text, 2026, 2030)
    assert (target.metric, target.value, target.deadline) == (metric, value, 2027)


CHOSEN = (
    "前日闭幕的区人代会票决确定了20项2026年区政府民生实事项目。2025年10月下旬开始，区政府办公室向社会"
    "征集意见和建议。经过电子票决，最终确定了20项重点民生实事项目。具体为：项目(1)新增托位300个。"
    "项目(2)建设星海幼儿园等3所幼儿园。项目(3)城镇新增就业2.5万人。\n"
)


def test_the_story_of_how_the_projects_were_chosen_ends_in_them(tmp_path: Path) -> None:
    found = document_targets(tmp_path, CHOSEN, 2026, 2026)
    assert [(t.value, t.deadline) for t in found] == [(300.0, 2026), (3.0, 2026), (2.5, 2026)]


def test_a_past_year_without_projects_chosen_still_reviews(tmp_path: Path) -> None:
    text = CHOSEN.replace("最终确定了20项重点民生实事项目", "各项工作有序推进")
    assert document_targets(tmp_path, text, 2026, 2026) == []


def _results_table(done: str, aim: str) -> str:
    cells = ["序号", "指标", "单位", *done.split("/"), *aim.split("/")]
    rows = [
        ["1", "孕产妇死亡率", "1/10万", "2.65", "≤8"],
        ["2", "居民健康素养水平", "%", "27.5", "≥24"],
    ]
    return "\n\n".join(
        ["某市“十三五”卫生健康主要指标完成情况", *cells, *(c for r in rows for c in r)]
    )


def test_a_plan_s_results_beside_its_targets_for_the_same_year_set_none(tmp_path: Path) -> None:
    text = _results_table("2020年/完成情况", "2020年/规划目标")
    assert document_targets(tmp_path, text, 2016, 2020) == []


def test_progress_of_no_stated_year_beside_its_targets_keeps_them(tmp_path: Path) -> None:
    text = _results_table("完成情况", "2020年/规划目标")  # progress so far, no year of its own
    assert sorted(t.value for t in document_targets(tmp_path, text, 2020, 2020)) == [8.0, 24.0]


CLOSED = (
    "任务目标：新扩建30所公办幼儿园。进展情况：截至去年12月底，30所幼儿园已全部建成。\n"
    "任务目标：对80个老旧小区进行改造。进展情况：改造工作已于2025年11月20日前完工。\n"
)


def test_tasks_reported_done_at_the_end_of_a_past_year_set_none(tmp_path: Path) -> None:
    assert document_targets(tmp_path, CLOSED, 2026, 2026) == []


def test_tasks_whose_progress_is_of_this_year_keep_their_targets(tmp_path: Path) -> None:
    text = CLOSED.replace("截至去年12月底", "截至今年6月底").replace(
        "已于2025年11月20日前完工", "正在推进"
    )
    assert sorted(t.value for t in document_targets(tmp_path, text, 2026, 2026)) == [30.0, 80.0]


SITE_NEWS = """平安2025年水利建设投资8600万 解决7.5万人饮水安全
某某新闻讯 2025年，平安县以加强工程建设为重点，大力发展民生水利。
全面完成了2025年各项水利工程建设任务，总投资8600万元，完成：农村饮水安全项目75个，解决7.5万农村人口饮水安全问题；抗旱应急水源工程18个。
"""


def test_a_site_s_story_of_last_year_sets_no_targets(tmp_path: Path) -> None:
    assert document_targets(tmp_path, SITE_NEWS, 2026, 2026) == []


def test_the_same_work_planned_for_this_year_is_read(tmp_path: Path) -> None:
    text = SITE_NEWS.replace(
        "全面完成了2025年各项水利工程建设任务", "今年要完成各项水利工程建设任务"
    )
    assert 75.0 in [t.value for t in document_targets(tmp_path, text.split("\n", 2)[2], 2026, 2026)]


def test_a_speaker_before_a_past_year_lead_still_dates_what_follows() -> None:
    text = (
        "他表示，2025年，全省持续释放消费潜力。消费对经济增长的贡献率达52%，比上年提高5个百分点。"
    )
    assert targets_of(text, 2026, 2026) == []


def test_a_speaker_before_a_deadline_lead_dates_the_goal() -> None:
    [target] = targets_of("他表示，到2028年，全省消费对经济增长的贡献率达到60%。", 2026, 2030)
    assert (target.value, target.deadline) == (60.0, 2028)


def test_tapping_parking_spaces_counts_them() -> None:
    text = "建成不少于15个社区商业中心；积极挖潜3000个停车位，提供地下人防工程500个停车位。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [15.0, 3000.0, 500.0]


RESTATED = """本报讯今年起，某县计划用三年时间，新（改、扩）建农村公路318.6公里。

从今年起，该县以县乡公路改造为重点，到2028年完成小康路及农村公路提等升级改造318.6公里。
"""


def test_a_figure_the_lead_restates_in_other_words_is_one_target(tmp_path: Path) -> None:
    found = document_targets(tmp_path, RESTATED, 2026, 2028)
    assert [t.value for t in found] == [318.6]


def test_two_rates_alike_in_two_paragraphs_stay_two(tmp_path: Path) -> None:
    text = "地区生产总值增长5%左右。\n\n进出口总值增长5%左右。\n"
    assert [t.value for t in document_targets(tmp_path, text, 2026, 2026)] == [5.0, 5.0]


@pytest.mark.parametrize(
    "text",
    ["到2030年全民健身主要目标共有九项。", "本规划主要指标共20项，其中约束性指标8项。"],
)
def test_how_many_goals_a_plan_sets_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2030) == []


def test_etc_after_a_count_and_its_note_closes_the_item() -> None:
    text = "开展各类职业技能培训3.2万人次（其中开发区0.3万人次）等。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [3.2, 0.3]


BRIEFING = (
    "发布会上，县交通运输局通报了农村道路提升工程成果。2025年，全县新改建农村公路26公里，"
    "行政村通硬化路率达100%。\n县民政局介绍了养老服务情况。建成老年食堂15个、助餐点70个。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "某县2025年度重点民生实事项目完成情况新闻发布会",
        "某县2025年重點民生實事項目任務完成情況公示（轉載頁）",
    ],
)
def test_a_briefing_or_notice_of_completion_reviews_its_text(tmp_path: Path, title: str) -> None:
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "发布会.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    parsed = parse_document(read_document(path), title=title, period=(2025, 2025))
    assert [t.value for t in parsed.targets if t.value is not None] == []


def test_the_same_text_under_a_plan_s_title_keeps_its_targets(tmp_path: Path) -> None:
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "方案.txt"
    path.write_text(BRIEFING.replace("2025年，", ""), encoding="utf-8")
    parsed = parse_document(
        read_document(path), title="某县2025年民生实事实施方案", period=(2025, 2025)
    )
    assert 15.0 in [t.value for t in parsed.targets]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("再解决农村260万人的饮水安全问题。", 260.0),
        ("新(改、扩)建300所农村义务教育阶段寄宿制学校食堂。", 300.0),
    ],
)
def test_more_ways_to_say_a_count_of_work(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2026, 2026)] == [value]


def test_a_measure_before_task_sizes_the_task() -> None:
    text = "完成节水灌溉面积3.5万亩任务，推进落实6方面20项任务。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2026)] == [(3.5, "万亩")]


NOTICE = (
    "现将教育局2025年民生实事项目建设情况公示如下：\n"
    "1、省实事工程：扩大公办学前教育资源，增加公办幼儿园学位 860 个。\n"
    "2、市民生实事工程：提质改造乡村小规模学校 25 所。\n"
    "{closing}\n"
)


def _notice_targets(tmp_path: Path, closing: str) -> list[float]:
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "公示.txt"
    path.write_text(NOTICE.format(closing=closing), encoding="utf-8")
    title = "某县教育局2025年重点民生实事项目任务完成情况公示"
    parsed = parse_document(read_document(path), title=title, period=(2025, 2025))
    return [t.value for t in parsed.targets if t.value is not None]


def test_a_notice_of_a_year_done_sets_no_targets(tmp_path: Path) -> None:
    assert (
        _notice_targets(tmp_path, "至2025年12月底，教育局圆满完成2025年民生实事工程建设任务。")
        == []
    )


def test_a_notice_of_progress_midyear_keeps_the_tasks(tmp_path: Path) -> None:
    closing = "至2025年6月底，各项工程正在有序推进。"
    assert sorted(_notice_targets(tmp_path, closing)) == [25.0, 860.0]


def test_each_item_that_names_examples_then_counts_is_a_target() -> None:
    text = "建设滨江幼儿园等3所幼儿园、城东实验小学北校区等6所小学、湖滨初中等2所初中。"
    found = targets_of(text, 2026, 2026)
    assert [(t.metric, t.value) for t in found] == [("幼儿园", 3.0), ("小学", 6.0), ("初中", 2.0)]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("完成城北公园等5处18公顷公园绿地建设。", (5.0, "处")),
        ("建设18条45公里农村通畅工程。", (18.0, "条")),
    ],
)
def test_a_count_before_the_size_counts_the_same_things(text: str, counted: tuple) -> None:
    found = targets_of(text, 2026, 2026)
    assert counted in [(t.value, t.unit) for t in found] and len(found) == 2


def test_the_things_a_dui_object_counts_and_the_work_on_them() -> None:
    [target] = targets_of("对滨河路、青年路等12条老旧道路进行大整修。", 2026, 2026)
    assert (target.metric, target.value, target.unit) == ("老旧道路大整修", 12.0, "条")
