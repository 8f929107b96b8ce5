"""Explanations are written when read (track/explain.py): the same lines as a loud run, the
amendments of the deadline and stretch rules kept, and the JSON record unchanged."""

from __future__ import annotations

import pickle

from plantrack.model import Location, Observation, Target
from plantrack.track.assess import _assess_once, assess, period_time, period_year
from plantrack.track.explain import explained
from plantrack.track.status import build_report


def _target(tid: str = "c1.s1.p1.t1", value: float = 2000.0, **kw) -> Target:
    fields = dict(
        id=tid,
        metric="金融业增加值",
        value=value,
        unit="亿元",
        comparator=">=",
        kind="level",
        deadline=2030,
        text="金融业增加值达到2000亿元",
        location=Location(node="c1.s1.p1", chapter=1),
        baseline=1500.0,
        baseline_year=2025,
    )
    return Target(**{**fields, **kw})


def _figures(tid: str, values: dict[str, float]) -> list[Observation]:
    return [Observation(tid, period, value, "亿元") for period, value in values.items()]


def test_the_explanation_is_written_only_when_read():
    target = _target()
    found = assess(target, _figures(target.id, {"2026": 1600}), base_year=2025)
    assert callable(found.explanation)  # nothing written yet
    loud = _assess_once(target, _figures(target.id, {"2026": 1600}), 2025, None, None, loud=True)
    assert found.explain == loud.explanation
    assert found.explain[0].startswith("指标 target: 金融业增加值 >= 2000 亿元")
    assert found.explain[-1] == f"状态 status: {found.status_zh} {found.status}"
    assert isinstance(found.explanation, list)  # written once, kept


def test_a_pending_explanation_is_written_when_pickled():
    """A worker process or a pickled report gets the lines, not the closure that writes them."""
    target = _target()
    found = assess(target, _figures(target.id, {"2026": 1600}), base_year=2025)
    assert callable(found.explanation)
    back = pickle.loads(pickle.dumps(found))
    assert back == found and back.explain == found.explain and back.explain[-1].startswith("状态")


def test_the_deadline_rule_amends_the_written_lines():
    target = _target(deadline=2027)
    found = assess(target, _figures(target.id, {"2026": 1600, "2028": 2100}), base_year=2025)
    assert found.status == "completed_late"
    assert found.explain[-2] == "期限 2027 时未达到，2028年才达到 met only after the deadline"
    assert found.explain[-1] == "状态 status: 逾期完成 completed_late"


def test_the_status_record_keeps_its_keys_and_lines():
    target = _target()
    report = build_report(1, "p", [target], _figures(target.id, {"2026": 1600}), base_year=2025)
    record = report.to_dict()["targets"][0]
    assert list(record) == [
        "target",
        "target_id",
        "status",
        "as_of",
        "expected",
        "actual",
        "ratio",
        "projected",
        "required_pace",
        "method",
        "explain",
        "gap",
        "form",
        "status_zh",
    ]
    assert record["explain"] and record["explain"][-1].startswith("状态 status:")


def test_periods_parse_once_and_still_refuse_bad_ones():
    assert period_time("2026") == period_time(" 2026 ") == 2026.0
    assert period_year("2026-06-30") == 2026
    for bad in ("2026-13", "2026-02-30", "26"):
        try:
            period_time(bad)
        except Exception as exc:
            assert "period" in str(exc)
        else:
            raise AssertionError(f"{bad} accepted")


def test_explained_writes_the_lines_in_the_one_run():
    target = _target(deadline=2027)
    figures = _figures(target.id, {"2026": 1600, "2028": 2100})
    lazy = assess(target, figures, base_year=2025)
    with explained():
        found = assess(target, figures, base_year=2025)
    assert isinstance(found.explanation, list)  # written already
    assert found.explanation == lazy.explain
    assert callable(assess(target, figures, base_year=2025).explanation)  # the block is over
