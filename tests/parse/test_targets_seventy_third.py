"""The round after the performance-table reader: forms of the retired b92–b94 texts."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("根据企业需求精准开展订单式培训。年培训2万人次以上，1.7万人取得证书。", "annual"),
        ("组建“科技轻骑兵”服务队，年培训6000人次。", "annual"),
        # a year's 年 is a deadline, not 每年
        ("2025年培训1万人次。", "level"),
    ],
)
def test_年_right_before_the_work_means_each_year(text: str, kind: str) -> None:
    found = targets_of(text, 2021, 2025)
    assert found
    assert found[0].kind.value == kind


def test_the_things_counted_then_a_quoted_work_on_them_is_a_target() -> None:
    text = "对听涛山庄、雅林西苑、西城华庭等28个小区进行“液改气”改造，安装燃气安全装置13000套。"
    found = [(t.value, t.unit) for t in targets_of(text, 2023, 2023)]
    assert found == [(28.0, "个"), (13000.0, "套")]


def test_how_many_items_a_list_was_chosen_with_is_no_target() -> None:
    text = (
        "扬中市公布2026年市政府民生实事项目10项。经票决，从13项候选项目中选出10项。新建公厕10座。"
    )
    found = [(t.value, t.unit) for t in targets_of(text, 2026, 2026)]
    assert found == [(10.0, "座")]


def test_what_a_total_holds_in_brackets_is_its_own_target() -> None:
    text = "到2025年，完成60万人次职业技能培训、45万人（含新增高技能人才15万人）取得相应证书。"
    found = [(t.metric, t.value, t.kind.value) for t in targets_of(text, 2021, 2025)]
    assert found[-1] == ("新增高技能人才", 15.0, "increment")


def test_a_yearly_new_count_without_its_noun_is_still_a_target() -> None:
    text = "在车站出入口加装自动扶梯和无障碍电梯，提高通行效率，年均新增15台左右。"
    found = [(t.value, t.unit, t.kind.value) for t in targets_of(text, 2024, 2027)]
    assert found == [(15.0, "台", "annual")]
