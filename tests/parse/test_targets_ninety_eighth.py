"""The ninety-fourth round: the years just past written mid-sentence (天津近年来投入…新建40万亩温室大棚,
柴河林业局3年来在局址新建…) report, as 5年来， at a sentence's head does; a sentence that opens a
paragraph with a change from one year to a later one before the plan's first (由二〇〇二年的…增加到二〇〇七年的…)
opens a review."""

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


def test_a_change_between_two_years_gone_by_opens_a_review(tmp_path: Path) -> None:
    text = (
        "黄华华在《政府工作报告》中表示，广东省生产总值由二〇〇二年的一万三千五百多亿元增加到"
        "二〇〇七年的三万零六百多亿元，五年年均增长百分之十四点五。来源于广东的财政总收入由二千八百亿元"
        "增加到七千七百五十亿元。社会消费品零售总额达到一万零五百多亿元。"
    )
    assert document_targets(tmp_path, text, 2008, 2008) == []


def test_a_change_to_a_year_of_the_plan_is_a_goal(tmp_path: Path) -> None:
    text = "全市生产总值由2020年的500亿元增加到2025年的800亿元。财政总收入达到80亿元。"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [(800.0, "亿元"), (80.0, "亿元")]
