"""The seventy-second round: forms of the retired texts (shares that open their clause)."""

from __future__ import annotations

from paragraph import targets_of


def test_a_share_of_places_that_have_one_thing_each_is_the_share() -> None:
    found = targets_of("到2025年，70%的行政村有1座卫生公厕。", 2021, 2030)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(70.0, "%", 2025)]
    assert "行政村" in found[0].metric


def test_two_shares_of_one_list_are_two_targets_each_with_its_own_places() -> None:
    found = targets_of(
        "到2025年，30%的县区、40%的乡镇完成自治区级生态文明建设示范创建。", 2021, 2030
    )
    assert [(t.metric, t.value) for t in found] == [
        ("县区完成自治区级生态文明建设示范创建", 30.0),
        ("乡镇完成自治区级生态文明建设示范创建", 40.0),
    ]


def test_a_share_that_qualifies_the_next_count_stays_part_of_its_metric() -> None:
    found = targets_of("培育研发投入占比3%以上的企业100家。", 2026, 2030)
    assert [(t.value, t.unit) for t in found] == [(100.0, "家")]
