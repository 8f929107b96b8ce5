"""The seventy-seventh round: forms of the retired texts b119 to b122 and the older batches."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def _values(found: list) -> list[tuple]:
    return [(t.value, t.unit) for t in found]


def test_a_news_reports_word_of_what_it_learned_before_a_past_year_opens_a_review(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "记者从自治区交通运输厅获悉,2023年,广西力争完成新建或改造农村公路里程6300公里。",
            "据了解,2022年,自治区交通运输厅在农村寄递物流体系建设等方面进行了大量卓有成效的工作。",
            "在农村寄递物流体系建设方面,全区农村公路总里程突破14万公里,建制村通硬化路率达100%。",
            "下一步,交通运输厅将继续推进农村寄递物流体系建设。",
        ]
    )
    found = document_targets(tmp_path, text, 2023, 2023, "广西2023年农村公路建设目标")
    assert _values(found) == [(6300.0, "公里")]


def test_a_report_said_to_name_a_past_year_beside_the_plans_year_is_no_review(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "报告指出,2015年,全区民生支出16.23亿元,同比增长39.5%。2016年,区政府将办好10件民生实事。",
            "据介绍,十件民生实事包括:一是精准脱贫530户;二是建设农村公路30条。",
        ]
    )
    found = document_targets(tmp_path, text, 2016, 2016, "琼山区2016年民生实事")
    assert (530.0, "户") in _values(found)
    assert (30.0, "条") in _values(found)
