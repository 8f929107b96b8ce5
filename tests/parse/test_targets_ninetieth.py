"""The eighty-sixth round: a county's target table in pipe rows with a bar line between rows,
a category row of one cell, two indicators in one row, and values that look like row numbers."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of

TABLE = (
    "序号 | 任务名称 | 嘉善现值 | 2023年目标 | 2025年目标 | 2027年目标 | 责任单位 |\n"
    "|\n"
    "一、发展目标 |\n"
    "1 | 滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | — | 40、500 | 县发改局、县经信局 |\n"
    "|\n"
    "2 | 常住人口城镇化率(%) | 74.5 | 74.5 | 75 | 77 | 县发改局、县统计局 |\n"
    "|\n"
    "3 | 农家乐休闲农业年直接营收(亿元) | 9.5 | 9.5 | 10 | 12 | 县农业农村局、县文旅体局 |\n"
    "|\n"
    "4 | 3A景区村庄累计创建(个) | 0 | 0 | 1 | 2 | 县文旅体局、县农业农村局 |\n"
    "|\n"
    "5 | 农业经济开发区累计农业投资(亿元)、引进亿元项目(个) | 13、5 | 20、7 | 35、11 | 50、15 | 县农业农村局 |\n"
)


def test_pipe_rows_with_bar_lines_between_are_one_table(tmp_path: Path) -> None:
    found = document_targets(tmp_path, TABLE, 2023, 2027)
    got = sorted((t.metric, t.deadline, t.value) for t in found)
    assert ("常住人口城镇化率", 2023, 74.5) in got
    assert ("常住人口城镇化率", 2027, 77) in got
    assert ("农家乐休闲农业年直接营收", 2027, 12) in got
    assert [v for m, _, v in got if m == "3A景区村庄累计创建"] == [0, 1, 2]
    assert not any("县" in m for m, _, _ in got)  # no 责任单位 read as a name


def test_two_indicators_in_one_row_share_its_listed_values(tmp_path: Path) -> None:
    found = document_targets(tmp_path, TABLE, 2023, 2027)
    by = {(t.metric, t.deadline): (t.value, t.unit, t.baseline) for t in found}
    assert by[("滚动推进重大项目", 2023)] == (15, "个", None)
    assert by[("完成投资额", 2027)] == (500, "亿元", None)
    assert by[("引进亿元项目", 2025)] == (11, "个", 5)
    assert by[("农业经济开发区累计农业投资", 2027)][:2] == (50, "亿元")


def test_a_fractional_doubling_is_two_to_its_power() -> None:
    found = targets_of("确保到2020年广西农民人均纯收入比2010年翻1.88番。", 2013, 2020)
    assert [(t.value, t.unit, t.kind, t.baseline_year) for t in found] == [
        (3.68, "倍", "multiple", 2010)
    ]


def test_newly_started_and_newly_planted_are_increments() -> None:
    text = "新启动川西林盘保护修复200个,新植茶园10000亩。"
    assert [t.kind for t in targets_of(text, 2020, 2020)] == ["increment", "increment"]


def test_a_rank_to_leave_is_no_target() -> None:
    text = "其中太原市、临汾市要退出后10位,阳泉市、运城市要退出后20位。"
    assert targets_of(text, 2022, 2023) == []


def test_a_step_taken_opens_a_review(tmp_path: Path) -> None:
    text = (
        "楚雄州“十四五”发展目标\n\n"
        "生态文明示范区建设迈出历史性步伐。25个县级及以上饮用水水源地水质达标率为100%,"
        "10县市空气优良率达98%以上。\n\n"
        "力争在“十四五”时期,全州GDP总量达2500亿元以上。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2021, 2035)] == [2500]


def test_households_a_rent_is_cut_for_are_counted() -> None:
    text = "为2.37万户承租公有住房的低保和优抚家庭核减租金。"
    assert [(t.value, t.unit) for t in targets_of(text, 2008, 2008)] == [(2.37, "万户")]


def test_current_prices_name_no_year() -> None:
    text = "到2020年,按当年价我区农民人均纯收入达1.67万元;按2010年不变价达到1.18万元。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2013, 2020)] == [
        (1.67, 2020),
        (1.18, 2020),
    ]


def test_a_year_column_after_the_plans_start_is_a_stage_not_the_base(tmp_path: Path) -> None:
    text = (
        "附表1:舟山群岛新区发展目标指标体系一览表\n\n"
        "指标\t单位\t2020\t2030\t属性\n"
        "新区海洋生产总值\t亿元\t2500\t-\t预期性\n"
        "新区常住人口\t万人\t150\t180\t预期性\n"
    )
    found = document_targets(tmp_path, text, 2013, 2030)
    assert sorted((t.metric, t.deadline, t.value, t.baseline) for t in found) == [
        ("新区常住人口", 2020, 150, None),
        ("新区常住人口", 2030, 180, None),
        ("新区海洋生产总值", 2020, 2500, None),
    ]


def test_a_year_column_before_the_plans_start_stays_its_base(tmp_path: Path) -> None:
    text = "主要指标\n\n指标\t单位\t2020年\t2025年\t属性\n常住人口\t万人\t150\t180\t预期性\n"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.deadline, t.value, t.baseline, t.baseline_year) for t in found] == [
        (2025, 180, 150, 2020)
    ]


def test_the_best_period_gone_by_opens_a_review(tmp_path: Path) -> None:
    text = (
        "五年发展回顾\n\n"
        "——经济社会结构调整优化最显著的时期。工业比重由43.3%提高到49.8%,城镇化率由50.2%上升到57.7%。\n\n"
        "今后五年,全区生产总值年均增长8%以上。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2013, 2017)] == [8]
