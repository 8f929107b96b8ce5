"""The wild set's scorer: how a gold field and a predicted one are compared."""

from __future__ import annotations

from evaluation.eval_real import _in_review, align, field_equal


def test_a_glossed_traditional_key_matches_the_simplified_metric() -> None:
    gold = {"metric": "地區(qū)生產(chǎn)總值增長", "key": "生產(chǎn)總值"}
    assert field_equal("metric", gold, {"metric": "地区生产总值增长"})
    assert not field_equal("metric", gold, {"metric": "地区增加值增长"})


def test_a_key_with_toneless_glosses_matches_the_metric_the_reader_leaves() -> None:
    gold = {
        "metric": "畜(chu)禽(qin)(qin)(qin)養殖(zhi)(zhi)標準(zhun)化示范場(chang)占比(bi)",
        "key": "示范場(chang)占比(bi)",
    }
    assert field_equal("metric", gold, {"metric": "畜禽养殖标准化示范场占比"})
    assert not field_equal("metric", gold, {"metric": "畜禽养殖标准化示范场数量"})


def test_a_unit_in_full_width_or_traditional_characters_is_the_same_unit() -> None:
    gold = {"value": 8.0, "unit": "萬套（間）"}
    assert field_equal("value+unit", gold, {"value": 8.0, "unit": "万套(间)"})
    assert not field_equal("value+unit", gold, {"value": 8.0, "unit": "万套"})


def test_a_traditional_review_passage_holds_the_reader_s_simplified_citation() -> None:
    """The label writes the passage as the text is (traditional, glossed); the reader leaves
    the text simplified, so a past figure cited from it is found in the passage."""
    text = "一是事故总量和死亡人数持续下降。全省发生各类事故15385起,死亡2464人。\n二是……"
    label = {"review_passages": ["一是事故總量和死亡人(rén)數持續下降。全省發生各類事故15385起"]}
    assert _in_review({"text": "死亡2464人"}, text, label)
    assert not _in_review({"text": "二是"}, text, label)


def test_a_review_passage_written_with_ascii_commas_is_found_in_the_cleaned_text() -> None:
    # the label quotes the file (ASCII commas); the reader's text has them full-width
    label = {"review_passages": ["会上公布,2025年江苏省政府12类45件民生实事项目"]}
    text = "会上公布，2025年江苏省政府12类45件民生实事项目年度目标任务已全面完成。其中：新建普通高中30所。\n今年实施45件。"
    assert _in_review({"text": "新建普通高中30所"}, text, label)
    assert not _in_review({"text": "今年实施45件"}, text, label)


def test_a_citation_a_review_repeats_counts_where_its_span_places_it() -> None:
    review = "2022年，全州城镇登记失业率控制在3%以内。"
    goals = "2023年预期目标：城镇登记失业率控制在3%以内。"
    text = f"{review}\n{goals}"
    label = {"review_passages": ["2022年，全州城镇登记失业率"]}
    cited = "城镇登记失业率控制在3%以内"
    in_goals = text.index(cited, len(review))
    assert not _in_review({"text": cited, "span": (in_goals, in_goals + len(cited))}, text, label)
    in_review = text.index(cited)
    assert _in_review({"text": cited, "span": (in_review, in_review + len(cited))}, text, label)
    assert _in_review({"text": cited}, text, label)  # no span: the citation's words decide


def test_recorded_blind_runs_print_one_a_row(tmp_path, monkeypatch, capsys) -> None:
    import json

    from evaluation import eval_real

    runs = {
        "blind9 start (abc)": {
            "split": "blind9",
            "f1": {"value+unit": 0.5},
            "totals": {"review_errors": 3},
        },
        "blind9 end (def)": {"split": "blind9", "f1": {"value+unit": 0.75}},
    }
    (tmp_path / "blind-scores.json").write_text(json.dumps(runs), encoding="utf-8")
    monkeypatch.setattr(eval_real, "HERE", tmp_path)
    eval_real.print_recorded()
    rows = capsys.readouterr().out.strip().splitlines()[-2:]
    assert rows[0].startswith("blind9 start (abc)") and "0.500" in rows[0] and rows[0].endswith("3")
    assert rows[1].startswith("blind9 end (def)") and "0.750" in rows[1] and rows[1].endswith("—")


def test_a_table_row_pairs_with_the_predicted_row_not_the_prose_restating_it() -> None:
    """Two predictions of one value (the prose sentence, then the table row that restates it):
    the gold row pairs with the one whose baseline it has, the prose is the extra record."""
    gold = [
        {
            "metric": "森林覆盖率",
            "key": "森林覆盖率",
            "value": 66.92,
            "unit": "%",
            "deadline": 2025,
            "baseline": 66.92,
            "baseline_year": 2020,
            "text": "森林覆盖率",
        }
    ]
    prose = {
        "metric": "森林覆盖率",
        "value": 66.92,
        "unit": "%",
        "deadline": 2025,
        "baseline": None,
        "baseline_year": None,
        "text": "森林覆盖率保持在66.92%以上",
    }
    row = {**prose, "baseline": 66.92, "baseline_year": 2020, "text": "2\t森林覆盖率\t%\t≥66.92"}
    assert align(gold, [prose, row]) == [(0, 1)]
