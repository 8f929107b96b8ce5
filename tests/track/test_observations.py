"""Recording figures in a real SQLite store: validation, audit trail, history, version conflicts."""

import pytest
from sqlalchemy import select

from plantrack.errors import Conflict, NotFound, UnitMismatch, ValidationError
from plantrack.store.schema import audit, observations
from plantrack.workspace import Workspace

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值达到2000亿元
TALENT = "c3.s3.box4.i2.t1"  # 新集聚国内一流科技领军人才500名左右 (increment)
COVER = "c3.s1.p1.t1"  # 省级以上高能级科创平台重点科技创新领域全覆盖 (qualitative)


def test_record_converts_units_and_assesses(sample_ws):
    sample_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True)
    obs = sample_ws.record(FIN, period="2026", value="16000000", unit="万元", source="2026年公报")
    assert (obs.value, obs.unit, obs.version, obs.entered_by) == (16_000_000, "万元", 1, "test")
    a = sample_ws.assess(FIN)
    assert a.actual == pytest.approx(1600)  # stored in 万元, compared in 亿元
    assert a.status == "ahead"  # see test_assess: ratio 1.126
    with sample_ws.engine.connect() as conn:
        stored = conn.execute(
            select(observations.c.value_in_target_unit).where(observations.c.id == obs.id)
        ).scalar_one()
    assert stored == pytest.approx(1600)


def test_default_unit_is_the_targets(sample_ws):
    obs = sample_ws.record(TALENT, period=2026, value=120)
    assert obs.unit == "名"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"target_id": "c9.t9", "period": 2026, "value": 1},
            NotFound,
            "target c9.t9: in no stored plan",
        ),
        (
            {"target_id": FIN, "period": 2026, "value": 5, "unit": "%"},
            UnitMismatch,
            "cannot convert % to 亿元",
        ),
        ({"target_id": FIN, "period": 2031, "value": 5}, ValidationError, "after the plan ends"),
        (
            {"target_id": FIN, "period": 2020, "value": 5},
            ValidationError,
            "record it with --baseline",
        ),
        (
            {"target_id": FIN, "period": 2027, "value": 5, "baseline": True},
            ValidationError,
            "baseline must be at or before the base year 2025",
        ),
        ({"target_id": FIN, "period": 2026, "value": "约2150"}, ValidationError, "write 2150"),
        ({"target_id": FIN, "period": 2026, "value": "—"}, ValidationError, "no figure given"),
        (
            {"target_id": TALENT, "period": 2026, "value": -3},
            ValidationError,
            "a count of 名 cannot be negative",
        ),
        ({"target_id": FIN, "period": "2026-13-01", "value": 5}, ValidationError, "month 13"),
        (
            {"target_id": COVER, "period": 2026, "milestone": "finished"},
            ValidationError,
            "milestone 'finished'",
        ),
    ],
)
def test_record_rejects_bad_input(sample_ws, kwargs, error, message):
    kwargs = dict(kwargs)
    target_id = kwargs.pop("target_id")
    with pytest.raises(error, match=message):
        sample_ws.record(target_id, **kwargs)
    assert sample_ws.observations() == []


def test_baseline_defaults_to_base_year(sample_ws):
    obs = sample_ws.record(FIN, value=1500, baseline=True)
    assert (obs.period, obs.is_baseline) == ("2025", True)


def test_qualitative_milestone(sample_ws):
    sample_ws.record(COVER, period=2027, milestone="in_progress")
    assert sample_ws.assess(COVER).status == "on_track"
    sample_ws.record(COVER, period=2028, milestone="done")
    assert sample_ws.assess(COVER).status == "achieved"


def test_every_change_is_audited_with_old_and_new(sample_ws):
    first = sample_ws.record(FIN, period=2026, value=1600)
    again = sample_ws.record(FIN, period=2026, value=1600)  # same figure: nothing written
    assert again.version == 1
    revised = sample_ws.record(FIN, period=2026, value=1620, vintage="最终核实")
    assert (revised.id, revised.version) == (first.id, 2)
    sample_ws.delete_observation(first.id, expected_version=2)
    assert sample_ws.observations() == []
    history = sample_ws.history(target_id=FIN)
    assert [h["action"] for h in history] == ["record", "update", "delete"]
    assert history[1]["old"]["value"] == 1600 and history[1]["new"]["value"] == 1620
    assert history[1]["new"]["vintage"] == "最终核实"
    assert history[2]["old"]["version"] == 2 and history[2]["new"] is None
    assert all(h["actor"] == "test" and h["at"] for h in history)
    with sample_ws.engine.connect() as conn:  # the deleted row is kept, marked
        rows = conn.execute(select(observations.c.deleted)).scalars().all()
    assert rows == [True]


def test_concurrent_edits_conflict_instead_of_losing_one(sample_ws, tmp_path):
    obs = sample_ws.record(FIN, period=2026, value=1600)
    # a second user on the same database file, through a separate engine
    other = Workspace(sample_ws.engine.url.render_as_string(hide_password=False), actor="other")
    try:
        seen_by_both = obs.version
        other.update_observation(obs.id, expected_version=seen_by_both, value=1610)
        with pytest.raises(Conflict, match=r"changed by other .*your version 1, now 2"):
            sample_ws.update_observation(obs.id, expected_version=seen_by_both, value=1590)
        with pytest.raises(Conflict):
            sample_ws.record(FIN, period=2026, value=1590, expected_version=1)
        with pytest.raises(Conflict):
            sample_ws.delete_observation(obs.id, expected_version=1)
    finally:
        other.close()
    assert [o.value for o in sample_ws.observations()] == [1610]
    history = sample_ws.history(target_id=FIN)
    assert [(h["action"], h["actor"]) for h in history] == [("record", "test"), ("update", "other")]


def test_failed_write_leaves_no_audit_row(sample_ws):
    with sample_ws.engine.connect() as conn:
        before = conn.execute(select(audit)).all()
    with pytest.raises(UnitMismatch):
        sample_ws.record(FIN, period=2026, value=1, unit="%")
    with sample_ws.engine.connect() as conn:
        assert conn.execute(select(audit)).all() == before


def test_status_summarises_by_chapter(sample_ws):
    sample_ws.record(FIN, period=2026, value=2100)  # achieved
    report = sample_ws.status()
    summary = {row["chapter"]: row for row in report.summary()}
    assert summary[2]["achieved"] == 1
    assert summary["total"]["total"] == len(sample_ws.targets())
    only = sample_ws.status(chapter=2, status="achieved")
    assert [r.target.id for r in only.rows] == [FIN]
    with pytest.raises(ValidationError, match="--status 'late'"):
        sample_ws.status(status="late")


def test_history_includes_assignment_changes(sample_ws):
    sample_ws.assign(None, FIN, lead="市金融办", partners=["市统计局"])
    sample_ws.assign(None, FIN, lead="市地方金融管理局", expected_version=1)
    sample_ws.record(FIN, period=2026, value=2150)
    history = sample_ws.history(target_id=FIN)
    assert [(h["subject"], h["action"]) for h in history] == [
        ("assignment", "assign"),
        ("assignment", "assign"),
        ("observation", "record"),
    ]
    assert history[1]["old"]["lead"] == ["市金融办"]
    assert history[1]["new"]["lead"] == ["市地方金融管理局"]
