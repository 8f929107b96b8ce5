"""The ninety-fourth round: the years just past written mid-sentence (天津近年来投入…新建40万亩温室大棚,
柴河林业局3年来在局址新建…) report, as 5年来， at a sentence's head does."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def test_the_years_just_past_mid_sentence_report(tmp_path: Path) -> None:
    text = (
        "天津近年来投入上百亿元集中新建40万亩温室大棚等农业设施。"
        "柴河林业局3年来在局址新建和改造住房1.4万余套。"
        "今年全市新建温室大棚2万亩。"
    )
    found = document_targets(tmp_path, text, 2015, 2015)
    assert [(t.value, t.unit) for t in found] == [(2.0, "万亩")]


def test_years_taken_to_do_the_work_are_no_past(tmp_path: Path) -> None:
    text = "用3年来完成棚户区改造10万套。"
    found = document_targets(tmp_path, text, 2015, 2017)
    assert [(t.value, t.unit) for t in found] == [(10.0, "万套")]
