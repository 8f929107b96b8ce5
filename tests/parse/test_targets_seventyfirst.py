"""Sixty-sixth round: forms of the retired eighty-seventh batch the extractor misread."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_shares_of_two_things_joined_by_he_are_one_phrase(tmp_path: Path) -> None:
    """50%排水用户和40%排水分区达标: no ； was lost after the first share (a scan's lost
    separator is a share, then a new subject that has a figure of its own)."""
    text = "1.完善污水系统治理体系。力争实现全市50%排水用户和40%排水分区达标。"
    found = [(t.value, t.unit) for t in document_targets(tmp_path, text, 2025, 2025)]
    assert found == [(50.0, "%"), (40.0, "%")]


def test_a_years_investment_plan_is_a_target_a_projects_total_is_not() -> None:
    text = "今年水务海洋项目建设总投资计划274.7亿元。建设污水处理厂，总投资12亿元。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [("水务海洋项目建设总投资计划", 274.7, "亿元")]


def test_a_crop_opened_by_da_is_no_size_class() -> None:
    """3万亩大豆玉米…: 大豆 is the crop, not 3万亩大 (a 10万吨大型… class of plant)."""
    found = targets_of("完成3万亩大豆玉米带状复合种植任务。", 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(3.0, "万亩")]


def test_an_area_to_reach_is_a_target_a_places_size_is_not() -> None:
    text = "推进绿色蔬菜保供基地建设，面积突破11万亩。打造滨江片区，面积约8.5平方公里。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [("绿色蔬菜保供基地面积", 11.0, "万亩")]


def test_the_head_a_slaughter_project_handles_is_its_size() -> None:
    found = targets_of("启动蔡甸区150万头生猪定点屠宰项目建设，出栏生猪150万头。", 2025, 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [("出栏生猪", 150.0, "万头")]
