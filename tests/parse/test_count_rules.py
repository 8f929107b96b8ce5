"""The rules that read a count as the count of something (parse/count_rules.py)."""

from __future__ import annotations

import pytest

from paragraph import targets_of
from plantrack.parse.count_rules import weak_unit


def metrics(text: str) -> list[tuple[str, float]]:
    return [(t.metric, t.value) for t in targets_of(text, 2025, 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("为800名独居老年人提供助餐服务。", [("独居老年人提供助餐服务", 800)]),  # whom it serves
        (
            "保持1200万省内劳动力、80万脱贫劳动力稳定就业。",
            [("省内劳动力", 1200), ("脱贫劳动力稳定就业", 80)],
        ),
        ("农村公路60座危桥加固维修。", [("农村公路危桥加固维修", 60)]),  # counted, then the work
        ("对25座小型水库进行除险加固。", [("小型水库除险加固", 25)]),  # a verb's object
    ],
)
def test_the_count_of_something(text: str, expected: list) -> None:
    assert metrics(text) == expected


def test_a_weak_unit_names_no_count_by_itself() -> None:
    assert weak_unit(None) and weak_unit("%") and weak_unit("年") and not weak_unit("座")
