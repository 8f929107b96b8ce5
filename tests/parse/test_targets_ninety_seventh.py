"""The ninety-third round: a ratio of the three industries' shares is no target (the GUIDE's new line;
see test_targets_fiftythird); kerbs and drains are counted in 延长米; 处置 counts the firms it deals
with, and 将有 the things the year will bring (全年将有91个县通高速公路); an income ratio written bare
is a ratio to one (城乡居民收入比缩小至1.7: unit :1); money expected to be spent (预计投资6.9亿元)
is no target, the year's investment expected (预计完成投资1000亿元) is; a place, a year and the figure
it reached (天津2014年温室大棚蔬菜产量超362万吨) are dated by that year; a table of the half year's
results (上半年实绩) beside the year's targets (目标) keeps the targets, even in a review section; a
table of cities copied a cell a line, each row closed by a bar alone and numbered bare, is read (建设地点
is a place column); paragraphs a copy joined into one line, their indents turned to `????`, are split
there, so a past flood does not date the goals after it; 全年预计 is the year's outcome as estimated (not
全年预计将…, what the year's plan expects); a place's share after 其中 is named by the total before it, the
largest of the run of values in its unit (建设幼儿园17所，9所年内主体竣工，8所…。其中：东台市2所 → 东台市幼儿园),
in the same paragraph or the next; a title naming the issuing year's list of projects (山东17市2016年惠民实事有哪些)
dates the undated body by that year, as a 今年 title does."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def test_kerbs_are_counted_along_their_length(tmp_path: Path) -> None:
    text = "今年，站前区将调整边石7780延长米，新建透视墙4453延长米。"
    found = document_targets(tmp_path, text, 2011, 2011)
    assert [(t.value, t.unit) for t in found] == [(7780.0, "延长米"), (4453.0, "延长米")]


def test_the_firms_dealt_with_are_counted(tmp_path: Path) -> None:
    text = "今年河北省还计划处置4家钢铁僵尸企业。"
    found = document_targets(tmp_path, text, 2017, 2017)
    assert [(t.value, t.unit) for t in found] == [(4.0, "家")]


def test_what_the_year_will_bring_is_counted(tmp_path: Path) -> None:
    text = "全年将有91个县通高速公路。今年本市将有100个村完成改建。"
    found = document_targets(tmp_path, text, 2019, 2019)
    assert [(t.value, t.unit) for t in found] == [(91.0, "个"), (100.0, "个")]
    assert "县" in found[0].metric


def test_an_income_ratio_written_bare_is_a_ratio_to_one(tmp_path: Path) -> None:
    text = "到2023年，城乡居民收入比缩小至1.7以内，城乡居民收入倍差缩小到1.9。"
    found = document_targets(tmp_path, text, 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(1.7, ":1"), (1.9, None)]


def test_money_expected_to_be_spent_is_no_target(tmp_path: Path) -> None:
    text = (
        "今年改造泥草房1万户，预计投资6.9亿元；今年预计完成投资1000亿元以上。"
        "今年预计完成固定资产投资1200亿元。"
    )
    found = document_targets(tmp_path, text, 2011, 2011)
    assert [(t.value, t.unit) for t in found] == [(1.0, "万户"), (1000.0, "亿元"), (1200.0, "亿元")]


def test_a_place_a_past_year_and_the_figure_it_reached_report_the_past(tmp_path: Path) -> None:
    text = "天津2014年温室大棚蔬菜产量超362万吨\n天津2016年温室大棚蔬菜产量达到400万吨。"
    found = document_targets(tmp_path, text, 2015, 2015)
    assert [(t.value, t.deadline) for t in found] == [(400.0, 2016)]


def test_a_half_years_results_beside_the_targets_leave_the_targets(tmp_path: Path) -> None:
    text = (
        "一、上半年我市国民经济和社会发展计划执行情况\n"
        "今年以来，全市经济社会发展总体平稳，48项指标中29项总体进展良好。\n"
        "表 上半年国民经济和社会发展计划主要指标完成情况\n"
        "序号 | 指标名称 | 单位 | 目标 | 上半年实绩 | |||||\n"
        "1 | 地区生产总值(GDP) | 亿元 | 增长6%以上 | 4297.8 | 6.2 | |||\n"
        "2 | 常住人口城镇化率 | % | 74.5 | 年度指标 | |||||\n"
        "3 | 固定资产投资 | 亿元 | 增长7% | — | 0.7 | ||||\n"
    )
    found = document_targets(tmp_path, text, 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(6.0, "%"), (74.5, "%"), (7.0, "%")]


def test_a_table_of_cities_copied_a_cell_a_line_gives_each_citys_targets(tmp_path: Path) -> None:
    rows = [
        ["1", "宁波市", "3", "8.12"],
        ["2", "温州市", "8", "9.54"],
        ["3", "嘉兴市", "1", "1.35"],
    ]
    lines = ["各市2010-2012年圈围实施计划表", "序号", "| 建设地点", "| 圈围项目(个)"]
    lines += ["| 总圈围面积(万亩)", "|"]
    for row in rows:
        lines += [row[0], *(f"| {c}" for c in row[1:]), "|"]
    found = document_targets(tmp_path, "\n".join(lines) + "\n", 2010, 2012)
    assert [(t.value, t.unit) for t in found] == [
        (3.0, "个"),
        (8.12, "万亩"),
        (8.0, "个"),
        (9.54, "万亩"),
        (1.0, "个"),
        (1.35, "万亩"),
    ]
    assert found[0].metric.startswith("宁波市") and found[0].deadline == 2012


def test_a_past_flood_before_a_lost_indent_does_not_date_the_goals_after_it(
    tmp_path: Path,
) -> None:
    text = (
        "????2013年夏秋之际，黑龙江流域发生洪水，导致3处溃口。 ????据悉，汛期前黑龙江省将修复河道水毁"
        "工程699处，完成106座病险水库除险加固。\n"
    )
    found = document_targets(tmp_path, text, 2014, 2014)
    assert [(t.value, t.unit, t.deadline) for t in found] == [
        (699.0, "处", 2014),
        (106.0, "座", 2014),
    ]


def test_the_years_outcome_as_estimated_is_no_target(tmp_path: Path) -> None:
    text = (
        "全年预计完成地区生产总值达到506亿元。\n"
        "今年，交通运输部将扎实推进各项工作，全年预计将新增铁路新线3300公里以上。\n"
    )
    found = document_targets(tmp_path, text, 2022, 2022)
    assert [(t.value, t.unit) for t in found] == [(3300.0, "公里")]


def test_each_places_share_is_named_by_the_total_before_it(tmp_path: Path) -> None:
    text = (
        "建设幼儿园 17 所,9 所年内主体竣工,8 所年内竣工交付。\n"
        "其中:东台市 2 所、建湖县 4 所、射阳县 1 所。\n"
        "新建学校10所，其中：亭湖区3所、盐都区7所。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2021)
    metrics = [t.metric for t in found if t.value in (2.0, 4.0, 1.0, 3.0, 7.0)]
    assert metrics == [
        "东台市幼儿园",
        "建湖县幼儿园",
        "射阳县幼儿园",
        "亭湖区学校",
        "盐都区学校",
    ]


def test_a_title_naming_the_issuing_years_projects_dates_the_body(tmp_path: Path) -> None:
    text = "随着2016年各市两会的闭幕，民生清单陆续出炉。\n日照将招标购买公租房300套。\n"
    dated = document_targets(tmp_path, text, 2016, 2018, "山东17市2016年惠民实事有哪些")
    undated = document_targets(tmp_path, text, 2016, 2018, "山东17市惠民清单有哪些")
    assert [(t.value, t.deadline) for t in dated] == [(300.0, 2016)]
    assert [(t.value, t.deadline) for t in undated] == [(300.0, 2018)]
