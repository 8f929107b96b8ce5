"""Sixty-fifth round: forms of the retired documents the extractor misread."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_count_right_after_a_count_is_the_same_thing_counted_twice() -> None:
    text = "到2025年，外受电通道达到18条37回路、输电能力增加到4300万千瓦。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2021, 2025)]
    assert found == [
        ("外受电通道", 18.0, "条"),
        ("外受电通道", 37.0, "回路"),
        ("输电能力", 4300.0, "万千瓦"),
    ]


def test_cases_all_handled_are_reported_not_set() -> None:
    text = (
        "2023年，市卫生健康委工作取得新成效。46项市级绩效任务全部完成，318件建议提案全部办理完毕。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_cases_to_be_handled_all_are_a_target() -> None:
    found = targets_of("今年，确保100件建议提案全部办结。", 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(100.0, "件")]


_PROFILE = (
    "2024年,崇左市坚持以新发展理念为指导,全力推动高质量发展,全市经济持续巩固回升向好。\n\n"
    "(一)矢志不渝拼经济稳增长,高质量发展质效更加显著。推出168项稳增长措施。"
    "回顾“十四五”时期以来,我市地区生产总值增速连续四年超过6%,排全区第2位。"
    "规上工业总产值、增加值分别年均增长22.2%、16%,均排全区前列。"
    "地区生产总值总量等指标提前一年完成“十四五”规划目标任务。\n\n"
    "(二)矢志不渝强园区壮实体。46项重点产业项目开工建设,"
    "铜锰稀土新材料及循环经济产业产值突破500亿元。"
)


def test_a_goal_reached_ahead_of_time_does_not_turn_a_review_ahead(tmp_path: Path) -> None:
    assert document_targets(tmp_path, _PROFILE, 2025, 2025) == []


def test_a_rank_in_the_region_is_reported() -> None:
    text = "一季度、全年全市GDP分别增长6.7%、6.0%,分别排全区第2、第3位。另有两项指标均排全区前列。"
    assert targets_of(text, 2025, 2025) == []


def test_projects_a_budget_backs_are_counted() -> None:
    text = "争取中央预算内投资、地方政府专项债券支持项目20个以上。"
    found = [(t.value, t.unit, t.aspiration) for t in targets_of(text, 2026, 2026)]
    assert found == [(20.0, "个", True)]


def test_money_a_budget_allocates_is_still_no_target() -> None:
    assert targets_of("今年争取中央预算内投资5亿元以上。", 2026, 2026) == []


def test_a_bare_output_is_of_the_industry_the_clause_before_builds() -> None:
    text = "发展精品粮油、亳州花茶、绿色蔬果、调味品等特色产业，实现产值850亿元。"
    assert [t.metric for t in targets_of(text, 2024, 2024)] == [
        "精品粮油、亳州花茶、绿色蔬果、调味品等特色产业产值"
    ]


def test_each_figure_names_its_goal_after_it() -> None:
    text = "紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标，全力推进耕地恢复。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [("耕地保有量", 68.59, "万亩"), ("永久基本农田", 58.24, "万亩")]


def test_a_count_of_the_aspects_of_goals_is_no_target() -> None:
    text = "方案提出了构建绿色低碳循环发展经济体系、提升能源利用效率等5个方面主要目标。"
    assert targets_of(text, 2023, 2030) == []


def test_a_trend_up_to_the_plans_first_year_is_reported(tmp_path: Path) -> None:
    text = (
        "第三章 新能源汽车充电设施发展现状\n\n"
        "燃油车保有量在2019年至2025年间呈现先增后缓的趋势，从2019年的59,952辆增至2025年的"
        "80,244辆。新能源汽车渗透率从2019年的0.10%逐步提升至2025年的4.0%。\n\n"
        "第四章 发展目标\n\n到2030年，全县公共充电桩达到2000个。"
    )
    found = [(t.value, t.deadline) for t in document_targets(tmp_path, text, 2025, 2030)]
    assert found == [(2000.0, 2030)]


def test_a_round_size_in_words_names_a_kind_of_field() -> None:
    text = "2025年，建设万亩片18个、千亩方100个、百亩攻关田40个以上。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [("万亩片", 18.0, "个"), ("千亩方", 100.0, "个"), ("百亩攻关田", 40.0, "个")]


def test_the_weather_a_pages_banner_shows_is_no_target() -> None:
    assert targets_of("中国政府网贵州省人民政府网毕节市多云28℃~19℃", 2025, 2025) == []
    kept = targets_of("办公场所冬季空调设置温度不高于20℃。", 2025, 2025)
    assert [(t.value, t.unit) for t in kept] == [(20.0, "℃")]


def test_the_sizes_listed_before_a_task_are_the_tasks() -> None:
    found = targets_of("全面完成1130万亩、246.8万吨的粮食生产任务。", 2025, 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("粮食生产任务", 1130.0, "万亩"),
        ("粮食生产任务", 246.8, "万吨"),
    ]
    assert targets_of("确定今后五年的主要发展目标。", 2021, 2025) == []


def test_things_upgraded_and_land_sown_per_crop_are_counted() -> None:
    assert [(t.metric, t.value) for t in targets_of("到2028年，升级8个老旧市场。", 2026, 2028)] == [
        ("老旧市场", 8.0)
    ]
    sown = targets_of("2025年，蔬菜播种面积 36万亩次。", 2025, 2025)
    assert [(t.value, t.unit) for t in sown] == [(36.0, "万亩次")]


def test_the_places_counted_whose_figure_follows_are_its_scope() -> None:
    found = targets_of("2022年，全市6个现代农业产业园实现综合产值268亿元以上。", 2022, 2022)
    assert [(t.value, t.unit) for t in found] == [(268.0, "亿元")]


def test_a_value_before_以及_ends_its_phrase() -> None:
    text = "实现农业增加值增长4%，农村居民人均可支配收入增长8%以及“两个高于”的目标。"
    assert [t.value for t in targets_of(text, 2022, 2022)] == [4.0, 8.0]
