"""Forty-sixth round: baselines stated beside their targets, and list headings' counts, in
words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values, targets_of
from plantrack.parse.plan import parse_document
from plantrack.read import read_document


def test_a_baseline_after_its_target_belongs_to_it_and_dates_the_growth() -> None:
    text = "到2030年，全区软件业务收入1500亿元，比2025年的980亿元增长53%，年均增长9%。"
    found = [(t.metric, t.value, t.unit, t.baseline, t.baseline_year) for t in targets_of(text)]
    assert found == [
        ("软件业务收入", 1500, "亿元", 980, 2025),
        ("软件业务收入增长", 53, "%", None, 2025),
        ("软件业务收入增长", 9, "%", None, None),
    ]


def test_a_baseline_in_another_unit_is_no_baseline() -> None:
    text = "到2030年，全区软件业务收入1500亿元，比2025年的35%提高。"
    assert [t.baseline for t in targets_of(text) if t.value == 1500] == [None]


def test_from_a_year_to_a_year_keeps_the_subject_and_the_baseline() -> None:
    text = "全市研发经费支出由2025年的420亿元到2030年将增加为700亿元。"
    (target,) = targets_of(text)
    assert (target.metric, target.value, target.baseline, target.baseline_year) == (
        "研发经费支出",
        700,
        420,
        2025,
    )


def test_a_thousands_comma_does_not_cut_the_clause() -> None:
    text = "到2030年，全市粮食产量达到1，250万吨，比2025年的1，180万吨增长5.9%。"
    found = [(t.value, t.unit, t.baseline) for t in targets_of(text)]
    assert found == [(1250, "万吨", 1180), (5.9, "%", None)]


def test_the_count_of_a_list_headings_items_is_no_target() -> None:
    text = (
        "一、教育惠民工程（项目5个，其中基建工程类4个、服务提升类1个）。"
        "新建幼儿园12所，新增学位3600个。"
    )
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2026)] == [(12, "所"), (3600, "个")]


def test_a_report_quoted_by_its_speaker_still_opens_a_review(tmp_path: Path) -> None:
    text = (
        "市长代表市政府作报告。李明说，过去的一年，我们圆满完成了年度目标任务，实现了“十四五”良好开局。"
        "全市实现地区生产总值2100亿元，增长7.5%；一般公共预算收入180亿元，增长6%。\n"
        "今后五年的主要目标是：到2026年，全市地区生产总值达到3000亿元以上。\n"
    )
    assert document_values(tmp_path, text, 2022, 2026) == [3000]


def test_the_money_a_listed_project_takes_is_no_target() -> None:
    text = "投资860万元，实施城区供水管网改造工程，解决5200人的饮水不安全问题；投资300万元，新建社区食堂3个。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2026, 2026)]
    assert found == [("解决饮水不安全问题", 5200, "人"), ("社区食堂", 3, "个")]


def test_the_total_of_a_list_is_no_target() -> None:
    text = "2026年重点民生项目清单，一共28件。新建幼儿园4所。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2026)] == [(4, "所")]


def test_a_dash_a_converter_wrote_otherwise_still_makes_a_range() -> None:
    text = "到2030年，食糖产量比2025年增长23.6一34.8%，粮食产量45,000万---48,000万吨，比重提高到60―70%。"
    found = [(t.value, t.value_max, t.unit) for t in targets_of(text)]
    assert found == [(23.6, 34.8, "%"), (45000, 48000, "万吨"), (60, 70, "%")]


def test_the_level_now_in_brackets_is_the_targets_baseline(tmp_path: Path) -> None:
    text = (
        "2035年的主要指标：\n"
        "孕产妇死亡率 10/10万(目前16.9/10万) |\n"
        "婴儿死亡率 4.0‰（目前5.6‰） |\n"
        "经常参加体育锻炼人数 6亿人(2024年为5.2亿人) |\n"
        "人均预期寿命达到80岁(2030年人均预期寿命达到79岁) |\n"
    )
    path = tmp_path / "健康规划.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), period=(2026, 2035))
    found = [(t.value, t.baseline, t.baseline_year) for t in parsed.targets]
    assert found == [
        (10, 16.9, None),
        (4.0, 5.6, None),
        (6, 5.2, 2024),
        (80, None, None),
        (79, None, None),
    ]


def test_indicators_counted_by_their_progress_are_no_targets() -> None:
    text = "规划实施进度已过半，25项主要指标中，19项基本符合或快于预期，4项滞后，2项达到或超过规划进度要求。"
    assert targets_of(text, 2023, 2025) == []


def test_a_people_in_round_words_and_the_places_a_task_is_done_in_are_no_targets() -> None:
    text = (
        "进一步提升百万市区人民的幸福指数。完成东关、西关、南关3个街道安置房建设，"
        "新建甲、乙、丙3个村级服务站。"
    )
    assert [(t.value, t.unit, t.metric) for t in targets_of(text, 2026, 2026)] == [
        (3, "个", "村级服务站")
    ]
