"""The eighty-first round: what a document says it is on its first line, and more."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets

BULLETIN = (
    "2023年浙江省国民经济和社会发展统计公报\n"
    "浙江省统计局 国家统计局浙江调查总队\n"
    "全年城镇新增就业116.3万人。城镇调查失业率平均值为4.6%，低于5%的控制目标。\n"
)


def test_a_bulletin_named_on_its_first_line_holds_no_targets_whatever_it_was_filed_as(
    tmp_path: Path,
) -> None:
    assert document_targets(tmp_path, BULLETIN, 2023, 2023, title="浙江省统计数据（摘录）") == []


def test_a_plan_whose_first_line_is_no_bulletin_keeps_its_targets(tmp_path: Path) -> None:
    text = "2024年浙江省政府工作报告\n今年城镇新增就业100万人以上。\n"
    found = document_targets(tmp_path, text, 2024, 2024, title="浙江省统计数据（摘录）")
    assert [(t.value, t.unit) for t in found] == [(100.0, "万人")]


def test_a_name_in_quotes_does_not_turn_a_carried_review_ahead(tmp_path: Path) -> None:
    text = (
        "一、奋发有为，2018年迈出铿锵步伐\n"
        "一年来，我们的主要工作及成效是：\n"
        "（一）强产业、筑平台，经济发展换挡提速。坚定不移强攻产业。\n"
        "一是工业更具实力。新增规模以上工业企业50家，工控“进未来”标准厂房等16个项目开工建设。\n"
    )
    assert document_targets(tmp_path, text, 2018, 2018) == []


def test_words_ahead_outside_quotes_still_end_the_carried_review(tmp_path: Path) -> None:
    text = (
        "一、奋发有为，2018年迈出铿锵步伐\n"
        "一年来，我们的主要工作及成效是：\n"
        "（一）强产业、筑平台，经济发展换挡提速。坚定不移强攻产业。\n"
        "未来，工控“进未来”标准厂房等16个项目将开工建设。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2018, 2018)] == [16.0]


def test_a_bulletin_title_with_a_long_note_after_it_is_still_a_bulletin(tmp_path: Path) -> None:
    text = "巴林右旗统计局\n全年规模以上工业增加值增长3.6%。全旗发电量59.8亿千瓦时。\n"
    title = "巴林右旗2022年国民经济和社会发展统计公报（存储部分：导语至“四、服务业”）"
    assert document_targets(tmp_path, text, 2022, 2022, title=title) == []
