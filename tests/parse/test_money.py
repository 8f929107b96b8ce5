"""parse/money.py: money a plan budgets, hands out or pays is no target of its own."""

from __future__ import annotations

from plantrack.parse.money import money_reason
from plantrack.parse.numbers import find_quantities


def reason(text: str, metric: str = "", verb: str | None = None) -> str | None:
    """The reason for the first quantity of `text`, read with the text around it."""
    q = find_quantities(text)[0]
    pre, after = text[: q.start], text[q.end :]
    return money_reason(
        q, pre, after, metric or pre, head_metric=metric or pre, verb=verb, post_metric=False
    )


def test_the_deficit_and_the_debt_are_the_budgets_own_figures() -> None:
    assert "deficit" in (reason("今年拟安排财政赤字1.2万亿元") or "")
    assert "deficit" in (reason("拟发行超长期特别国债1.3万亿元") or "")
    assert reason("赤字率拟按3%安排") is None  # the ratio is the report's target


def test_a_raise_of_pensions_is_money_paid_out_but_a_raise_of_income_is_not() -> None:
    assert "pensions" in (reason("基本养老金提高10%", "基本养老金", "提高") or "")
    assert reason("居民人均可支配收入提高6%", "居民人均可支配收入", "提高") is None


def test_the_share_of_a_cost_a_grant_pays() -> None:
    assert "subsidy" in (reason("给予项目建设总投入的30%以内补助") or "")
    assert reason("项目建设总投入的30%用于研发") is None
