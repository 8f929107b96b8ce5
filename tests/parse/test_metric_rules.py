"""The rule that a target names what it measures (parse/metric_rules.py)."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    "text",
    [
        "规划提出3项指标。",  # the plan's own parts
        "今年的民生项目清单，一共35件。",  # a list's items
        "20项民心工程涉及60个子项。",
        "围绕完善社会保障体系类2项。",  # one class of a list's items
        "全年共部署14项消防建设任务。",  # the plan's own tasks
    ],
)
def test_counts_of_the_plan_s_own_parts_are_no_targets(text: str) -> None:
    assert targets_of(text, 2025, 2025) == []


def test_a_product_named_by_one_character_is_a_metric() -> None:
    found = targets_of("到1957年，钢四百一十二万吨。", 1953, 1957)
    assert [(t.metric, t.value, t.unit) for t in found] == [("钢", 412.0, "万吨")]


def test_the_verb_alone_names_new_things_counted_right_after_the_work() -> None:
    found = targets_of("我省今年将加快干线公路在建项目建设，新开工1200公里。", 2022, 2022)
    assert [(t.metric, t.value, t.kind) for t in found] == [("新开工", 1200.0, "increment")]
