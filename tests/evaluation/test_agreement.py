"""The labeller-agreement scorer: two labellings of one text compared field by field."""

from evaluation.eval_agreement import _totals, as_prediction, compare


def _target(metric: str, value: float, unit: str, **fields) -> dict:
    return {
        "text": f"{metric}{value:g}{unit}",
        "metric": metric,
        "key": metric,
        "value": value,
        "unit": unit,
        "comparator": ">=",
        "kind": "level",
        "deadline": 2025,
        **fields,
    }


def test_labellings_that_agree_score_one() -> None:
    first = [_target("地区生产总值增长", 5.0, "%"), _target("新增城镇就业", 60.0, "万人")]
    totals = _totals()
    compare(first, [dict(t) for t in first], totals, verbose=False)
    value = totals["fields"]["value+unit"]
    assert (value["gold"], value["pred"], value["tp"]) == (2, 2, 2)


def test_a_target_one_labeller_left_out_and_a_field_they_read_differently() -> None:
    first = [_target("地区生产总值增长", 5.0, "%"), _target("新增城镇就业", 60.0, "万人")]
    second = [_target("地区生产总值增长", 5.0, "%", comparator="~")]
    totals = _totals()
    compare(first, second, totals, verbose=False)
    fields = totals["fields"]
    assert (fields["value+unit"]["gold"], fields["value+unit"]["pred"]) == (2, 1)
    assert fields["value+unit"]["tp"] == 1
    assert fields["comparator"]["tp"] == 0  # >= against ~ (增长5%左右 read two ways)


def test_a_label_without_the_optional_fields_is_scored() -> None:
    bare = {"metric": "粮食产量", "key": "粮食产量", "value": 1.3, "unit": "万亿斤"}
    filled = as_prediction(bare)
    assert filled["value_max"] is None and filled["aspiration"] is False
    assert filled["metric"] == "粮食产量"


def test_a_document_labelled_once_awaits_its_second_and_is_not_compared(
    tmp_path, monkeypatch
) -> None:
    import evaluation.eval_agreement as agreement

    (tmp_path / "b1-a.first.json").write_text('{"targets": []}', encoding="utf-8")
    (tmp_path / "b1-a.second.json").write_text('{"targets": []}', encoding="utf-8")
    (tmp_path / "b2-b.first.json").write_text('{"targets": []}', encoding="utf-8")
    monkeypatch.setattr(agreement, "LABELLINGS", tmp_path)
    assert agreement.labelled_twice() == ["b1-a"]
    assert agreement.awaiting_second() == ["b2-b"]
