"""Fifty-sixth round: forms of the retired documents' misses in words of their own — the sizes
that describe a project, the digits that spell a programme's name."""

from __future__ import annotations

from paragraph import targets_of


def test_two_sizes_that_describe_a_project_are_no_targets() -> None:
    text = (
        "构建主水网骨架，突出抓好受益灌面770万亩、惠及3600万人的引水“世纪工程”。"
        "建设年产10万吨、产值5亿元的新材料项目。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_two_targets_named_by_the_goal_after_them_stay() -> None:
    text = "实现城镇新增就业1.2万人、城镇登记失业率控制在3%以内的目标。"
    found = sorted((t.value, t.unit) for t in targets_of(text, 2023, 2023))
    assert found == [(1.2, "万人"), (3.0, "%")]


def test_a_count_of_projects_after_their_sizes_stays() -> None:
    text = "新建日处理能力5万吨、服务人口20万人的污水处理厂2座。"
    found = [(t.value, t.unit) for t in targets_of(text, 2023, 2023)]
    assert found == [(2.0, "座")]
