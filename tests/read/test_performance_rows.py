"""A performance-target table's rows from any stream of cells: never an error, every row as
wide as the header, and the cells used never more than were given (read/performance_rows.py);
the targets of any such table never raise either (parse/performance.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.model import Location
from plantrack.parse.performance import performance_targets
from plantrack.parse.targets import read_words
from plantrack.read.performance_rows import (
    glued_performance_rows,
    performance_header,
    performance_rows,
    run_on_performance_rows,
)

HEADERS = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标内容",
        "绩效指标描述",
        "指标值及单位",
        "绩效标准",
    ],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"],
]
CELLS = [
    *("产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标"),
    *("社会效益", "指标", "服务对象满意度指标(必填)", "社会公众或服务", "产出 指标"),
    *("培训人次", "群众满意度", "完成时限", "项目成本", "新增和改善灌溉面积", "正向指标"),
    *("≥95%", "100", "100百分比", "=300天", "≥80M", "≥70村", "≤120万元", "3,309,840.00"),
    *("2025年12月", "1年", "长期", "定性", "≥", "=", "%", "个", "10", "计划标准", ""),
    *("—", "/", "|", "自愿咨询检测1000人次以上，重点人群检测500人次以上", "一级指标"),
    "包括必要的办公用品费、水电费、报刊费等村社区办公经费，基层党组织开展组织活动、党员干部教育培训等。",
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    st.sampled_from(HEADERS),
    st.lists(st.sampled_from(CELLS), max_size=40),
    st.sets(st.integers(0, 40)),
)
def test_any_stream_of_cells_gives_rows_as_wide_as_the_header(
    header: list[str], cells: list[str], starts: set[int]
) -> None:
    found = performance_header(header)
    assert found is not None
    rows, used = performance_rows(found, cells, frozenset(starts))
    assert 0 <= used <= len(cells)
    assert all(len(row) == len(header) for row in rows)


@SETTINGS
@given(st.lists(st.sampled_from(CELLS), max_size=30))
def test_glued_and_run_on_text_never_raise(cells: list[str]) -> None:
    rows, used = glued_performance_rows(cells)
    assert 0 <= used <= len(cells)
    assert all(len(row) == 4 for row in rows)
    assert all(len(row) == 4 for row in run_on_performance_rows("".join(cells)))


@SETTINGS
@given(
    st.sampled_from(HEADERS),
    st.lists(st.lists(st.sampled_from(CELLS), max_size=9), max_size=12),
)
def test_the_targets_of_any_such_table_never_raise(
    header: list[str], rows: list[list[str]]
) -> None:
    found = performance_targets(
        [["年度绩效目标", "完成培训280人次，满意度达到95%以上"], header, *rows],
        node_id="t1",
        location=Location(node="t1"),
        deadline=2025,
        read_words=read_words,
    )
    assert all(t.value is not None and t.deadline == 2025 for t in found)
