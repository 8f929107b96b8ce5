"""Targets of a budget performance-target table (parse/performance.py)."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Location, Target
from plantrack.parse.performance import performance_table, performance_targets
from plantrack.parse.plan import parse_document
from plantrack.parse.targets import read_words
from plantrack.read import read_document

HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值"]


def _targets(rows: list[list[str]], header: list[str] = HEADER) -> list[tuple]:
    found = performance_targets(
        [header, *rows], node_id="t1", location=Location(node="t1"), deadline=2025
    )
    return [(t.metric, t.value, t.unit, t.comparator.value, t.kind.value) for t in found]


def _form_targets(
    tmp_path: Path, text: str, title: str | None, period: tuple[int, int] | None
) -> list[Target]:
    """The targets of `text` read as a whole document (a .txt file) with this title and period."""
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return parse_document(read_document(path), title=title, period=period).targets


def test_sign_value_and_unit_columns_make_one_target() -> None:
    rows = [
        ["产出指标", "数量指标", "培训基层干部人次", "≥", "280", "人次", "10"],
        ["", "质量指标", "培训合格率", "=", "100", "%", "10"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", "95", "百分比", "10"],
    ]
    assert _targets(rows) == [
        ("培训基层干部人次", 280, "人次", ">=", "level"),
        ("培训合格率", 100, "%", "=", "level"),
        ("学员满意度", 95, "%", ">=", "level"),
    ]


def test_money_time_limits_and_words_are_not_targets() -> None:
    rows = [
        ["产出指标", "成本指标", "人均培训成本", "≤", "470", "元/人", "10"],
        ["", "成本指标", "成本控制率", "≤", "100", "%", "10"],
        ["", "时效指标", "项目完成时限", "≤", "1", "年", "10"],
        ["", "时效指标", "资金拨付及时率", "=", "100", "%", "10"],
        ["", "时效指标", "完成时间", "", "2025年12月", "", "10"],
        ["效益指标", "可持续影响指标", "长效机制", "定性", "健全", "", "10"],
    ]
    assert _targets(rows) == [
        ("成本控制率", 100, "%", "<=", "level"),
        ("资金拨付及时率", 100, "%", "=", "level"),
    ]


def test_a_new_thing_is_an_increment() -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    rows = [["产出指标", "数量指标", "新增高新技术企业", "15家"]]
    assert _targets(rows, header) == [("新增高新技术企业", 15, "家", ">=", "increment")]


def test_a_value_cut_inside_以上_keeps_its_unit() -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    rows = [
        ["产出指标", "数量指标", "培训人次", "200人以上"],
        ["", "", "开展宣传活动次数", "20次以"],
    ]
    assert _targets(rows, header) == [
        ("培训人次", 200, "人", ">=", "level"),
        ("开展宣传活动次数", 20, "次", ">=", "level"),
    ]


def test_the_header_is_found_under_the_project_rows() -> None:
    rows = [
        ["项目名称", "科技创新专项"],
        ["年度绩效目标", "新增高新技术企业15家，企业满意度达到90%以上。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新增高新技术企业", "15"],
    ]
    assert performance_table(rows) is not None
    assert performance_table(rows)[0] == 2
    found = performance_targets(
        rows, node_id="t1", location=Location(node="t1"), deadline=2021, read_words=read_words
    )
    # the text cell's 15家 is the row's 15: one target, with the text's unit; 90% is the text's own
    assert sorted((t.metric, t.value, t.unit) for t in found) == [
        ("企业满意度", 90, "%"),
        ("新增高新技术企业", 15, "家"),
    ]


def test_an_indicator_table_is_not_a_performance_table() -> None:
    rows = [
        ["指标类别", "指标名称", "2025年", "目标值（2030年）", "属性"],
        ["经济", "GDP", "1", "2", "预期性"],
    ]
    assert performance_table(rows) is None


def test_the_years_value_column_beats_the_medium_terms() -> None:
    header = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows = [["产出指标", "数量指标", "改造农村公路", "≥120公里", "≥30公里"]]
    assert _targets(rows, header) == [("改造农村公路", 30, "公里", ">=", "level")]


def test_a_unit_in_the_value_header_is_every_bare_values() -> None:
    header = ["一级指标", "二级指标", "三级指标", "目标值（%）"]
    rows = [["效益指标", "社会效益指标", "适龄儿童入学率", "≥99"]]
    assert _targets(rows, header) == [("适龄儿童入学率", 99, "%", ">=", "level")]


def test_two_tables_rows_are_no_restatements_of_each_other(tmp_path) -> None:
    table = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 时效指标 | {} | 100% |\n"
    text = "项目一\n" + table.format("资金支付及时率") + "项目二\n" + table.format("补助发放及时率")
    targets = _form_targets(tmp_path, text, "绩效目标表", (2023, 2023))
    assert sorted(t.metric for t in targets) == ["补助发放及时率", "资金支付及时率"]


def test_without_a_plan_period_the_rows_are_due_in_the_year_the_form_names(tmp_path) -> None:
    text = (
        "2024年度项目支出绩效目标表\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 培训基层干部 | 300人次 |\n"
    )
    targets = _form_targets(tmp_path, text, None, None)
    assert [(t.metric, t.deadline) for t in targets] == [("培训基层干部", 2024)]


def test_a_计算符号_column_and_a_unit_in_the_rows_name() -> None:
    header = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位"]
    rows = [
        ["产出指标", "数量指标", "保障在职职工人数(人)", "=", "116", "人"],
        ["", "", "实施营造林总面积(亩)", "≥", "80000", ""],
    ]
    assert _targets(rows, header) == [
        ("保障在职职工人数(人)", 116, "人", "=", "level"),
        ("实施营造林总面积(亩)", 80000, "亩", ">=", "level"),
    ]


def test_the_comparator_from_whichever_sense_column_holds_a_sign() -> None:
    # b98 乌海: 指标性质 holds 正向/反向, 指标方向 the sign
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位"]
    rows = [
        ["产出指标", "数量指标", "出差人次", "正向", "=", "24", "人/次"],
        ["", "质量指标", "工作任务完成率", "正向", "≥", "100", "%"],
    ]
    assert _targets(rows, header) == [
        ("出差人次", 24, "人/次", "=", "level"),
        ("工作任务完成率", 100, "%", ">=", "level"),
    ]


def test_a_figure_the_form_states_in_万_before_its_table_is_the_rows(tmp_path) -> None:
    text = (
        "年度总体目标：新造林3万亩。\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 实施新造林总面积(亩) | 30000 |\n"
    )
    targets = _form_targets(tmp_path, text, "绩效目标表", (2022, 2022))
    assert [(t.value, t.unit) for t in targets] == [(30000, "亩")]


def test_rows_whose_levels_a_copy_lost_are_read_by_their_bound_figures(tmp_path) -> None:
    text = (
        "年度资金总额:50万 | 中央衔接推进乡村振兴补助资金50 | ||||||\n"
        "年度目标 | |||||||\n"
        "沙湾子村是少数民族聚居村,户籍人口76户174人,常住户26户56人。项目实施后受益人口76户174人。\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 | ||||\n"
        "贫困地区新增特色产业数量 | ≥1个 | |||||||\n"
        "项目(工程)验收合格率 | 100% | |||||||\n"
        "时效指标 | 开工时限 | 2021年7月 | ||||||\n"
    )
    targets = _form_targets(tmp_path, text, "绩效目标申报表", (2021, 2021))
    assert sorted((t.value, t.unit) for t in targets if t.value is not None) == [
        (1, "个"),
        (76, "户"),
        (100, "%"),
        (174, "人"),
    ]


def test_a_table_whose_name_column_holds_the_second_level(tmp_path) -> None:
    text = (
        "指标类型 | 指标名称 | 指标值 | 指标描述 |\n"
        "产出指标 | 数量指标 | 375万平方米 | 完成全市375万平方米的绿地养护、维护等 |\n"
        "质量指标 | 100% | 达到绿化绿地全覆盖 |\n"
        "时效指标 | 全年 | 全年 |\n"
    )
    targets = _form_targets(tmp_path, text, "项目绩效目标", (2024, 2024))
    # the level names the row; its 指标描述 says what it measures
    assert [(t.metric, t.value, t.unit) for t in targets] == [
        ("完成全市375万平方米的绿地养护、维护等", 375, "万平方米"),
        ("达到绿化绿地全覆盖", 100, "%"),
    ]
