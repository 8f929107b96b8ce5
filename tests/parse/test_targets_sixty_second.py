"""Fifty-seventh round: forms of the retired documents' misses in words of their own."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values


def test_a_paragraph_that_reports_last_years_goals_met_is_a_review(tmp_path: Path) -> None:
    text = (
        "会上公布,2025年全市10类30件民生实事项目年度目标任务已全面完成。其中具体成效包括:"
        "新建改扩建中小学12所;完成农村公路新改建800公里。\n"
        "2026年,全市将新建改扩建中小学15所。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [15.0]


def test_this_years_goals_told_as_met_ahead_are_not_a_review(tmp_path: Path) -> None:
    text = "2026年全市民生实事项目目标任务要全面完成,新建改扩建中小学15所。\n"
    assert document_values(tmp_path, text, 2026, 2026) == [15.0]
