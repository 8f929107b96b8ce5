"""The reporting cycle through the Workspace (track/rounds.py): rounds, the states of a figure,
what status and reports count, and migration 0010 keeping older figures counted. Runs on SQLite
and, with PLANTRACK_TEST_PG, on PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from plantrack.errors import Conflict, NotFound, ValidationError
from plantrack.workspace import Workspace

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 ≥ 2000 亿元 (市发改委)
EFLOPS = "c4.s1.p1.t1"  # 高性能算力规模 > 10 EFLOPS (市发改委)
RD = "c3.s2.p1.t3"  # 省级以上企业研发机构 ≥ 1500 家 (市科技局)


@pytest.fixture
def ws(sample_ws: Workspace) -> Workspace:
    sample_ws.assign(None, FIN, lead="市发改委")
    sample_ws.assign(None, EFLOPS, lead="市发改委")
    sample_ws.assign(None, RD, lead="市科技局")
    sample_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="公报")
    return sample_ws


def _status(ws: Workspace, target: str, preview: bool = False) -> str:
    rows = ws.status(include_submitted=preview).rows
    return next(r.assessment.status.value for r in rows if r.target.id == target)


def _item(ws: Workspace, target: str) -> dict:
    _, progress = ws.round_progress()
    return next(i.to_dict() for d in progress for i in d.items if i.target_id == target)


def test_a_round_end_to_end(ws: Workspace) -> None:
    made = ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    assert (made.state, made.year, made.due) == ("open", 2026, "2027-02-28")
    assert _item(ws, FIN)["state"] == "missing"
    draft = ws.record(FIN, period=2026, value=1520, unit="亿元", source="部门", needs_review=True)
    assert draft.state == "draft" and _status(ws, FIN) == "no_data"
    sent = ws.submit_figure(draft.id, expected_version=draft.version)
    assert sent.state == "submitted"
    assert (_status(ws, FIN), _status(ws, FIN, preview=True)) == ("no_data", "lagging")
    back = ws.return_figure(sent.id, "口径应为现价")
    item = _item(ws, FIN)
    assert (item["state"], item["review_note"]) == ("returned", "口径应为现价")
    fixed = ws.record(FIN, period=2026, value=1600, unit="亿元", source="部门", needs_review=True)
    assert (fixed.id, fixed.state) == (back.id, "draft")
    ws.submit_figure(fixed.id)
    approved = ws.approve_figure(fixed.id)
    assert approved.state == "approved" and approved.review_note is None
    assert _status(ws, FIN) != "no_data"
    closed, published = ws.close_round()
    assert closed.state == "closed" and published == [fixed.id]
    assert ws.observation(fixed.id).state == "published"
    actions = [h["action"] for h in ws.history(None, FIN)]
    assert actions[-6:] == ["submit", "return", "update", "submit", "approve", "publish"]
    with pytest.raises(NotFound, match="no open round"):
        ws.round_progress()


def test_a_planners_figure_is_approved_and_an_editors_outside_a_round_is_submitted(ws) -> None:
    assert ws.record(RD, period=2026, value=1400, unit="家", source="x").state == "approved"
    outside = ws.record(EFLOPS, period=2026, value=9, unit="EFLOPS", source="x", needs_review=True)
    assert outside.state == "submitted"
    ws.open_round(None, name="2027年度监测", year=2027, due="2028-02-28")
    inside = ws.record(EFLOPS, period=2027, value=11, unit="EFLOPS", source="x", needs_review=True)
    assert inside.state == "draft"
    # revising a counted figure puts a department's revision back into review
    revised = ws.update_observation(
        ws.observations(None, RD)[0].id, expected_version=1, value=1450, needs_review=True
    )
    assert revised.state == "submitted"


def test_steps_refused_from_the_wrong_state_change_nothing(ws: Workspace) -> None:
    ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    draft = ws.record(FIN, period=2026, value=1520, unit="亿元", source="x", needs_review=True)
    with pytest.raises(Conflict, match="it is draft, not submitted"):
        ws.approve_figure(draft.id)
    with pytest.raises(ValidationError, match=r"^reason: missing"):
        ws.return_figure(draft.id, "  ")
    ws.submit_figure(draft.id)
    with pytest.raises(ValidationError, match=r"^reason: missing"):
        ws.return_figure(draft.id, "")
    with pytest.raises(Conflict, match="your version 1"):
        ws.approve_figure(draft.id, expected_version=1)
    assert ws.observation(draft.id).state == "submitted"
    with pytest.raises(NotFound):
        ws.submit_figure(987654)


@pytest.mark.parametrize(
    ("name", "year", "due", "message"),
    [
        ("", 2026, "2027-02-28", "^name: missing"),
        ("x", "二〇二六", "2027-02-28", "^year '二〇二六': expected"),
        ("x", 2040, "2027-02-28", "^year 2040: outside the plan's period"),
        ("x", 2026, "28/02/2027", "^due '28/02/2027': expected a date"),
        ("x", 2026, "2027-02-30", "^due '2027-02-30': no such date"),
    ],
)
def test_a_bad_round_is_refused_naming_the_field(ws, name, year, due, message) -> None:
    with pytest.raises(ValidationError, match=message):
        ws.open_round(None, name=name, year=year, due=due)
    assert ws.rounds() == []


def test_one_open_round_per_year_and_unique_names(ws: Workspace) -> None:
    ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    with pytest.raises(Conflict, match="already open for 2026"):
        ws.open_round(None, name="2026年度监测（补报）", year=2026, due="2027-03-31")
    ws.close_round()
    with pytest.raises(ValidationError, match="already has a round of that name"):
        ws.open_round(None, name="2026年度监测", year=2026, due="2027-03-31")
    with pytest.raises(Conflict, match="already closed"):
        ws.close_round(None, "2026年度监测")
    audit = [h for h in ws.recent_audit(1, 5) if h["subject"] == "round"]
    assert [a["action"] for a in audit] == ["close", "open"]


def test_a_department_is_late_after_the_due_date(ws: Workspace) -> None:
    made = ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    _, progress = ws.round_progress()
    fgw = next(d for d in progress if d.department == "市发改委")
    assert fgw.to_dict(made, today=date(2027, 3, 1))["late"] is True
    assert fgw.to_dict(made, today=date(2027, 2, 28))["late"] is False
    ws.record(FIN, period=2026, value=1520, unit="亿元", source="x", needs_review=True)
    ws.submit_department(None, fgw.department_id)
    ws.record(EFLOPS, period=2026, value=11, unit="EFLOPS", source="x")  # the office's own
    _, progress = ws.round_progress()
    fgw = next(d for d in progress if d.department == "市发改委")
    assert fgw.to_dict(made, today=date(2027, 3, 1))["late"] is False
    assert [i.state for i in fgw.items] == ["submitted", "approved"]


def test_reports_and_answers_count_approved_figures_only(ws: Workspace) -> None:
    ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    obs = ws.record(FIN, period=2026, value=1520, unit="亿元", source="x", needs_review=True)
    ws.submit_figure(obs.id)
    line = next(x for x in ws.report(None, "annual", 2026).targets if x.target.id == FIN)
    preview = next(
        x
        for x in ws.report(None, "annual", 2026, include_submitted=True).targets
        if x.target.id == FIN
    )
    assert (line.status, preview.status) == ("no_data", "lagging")
    assert "1520" not in ws.ask("金融业增加值进展如何").answer
    ws.approve_figure(obs.id)
    assert next(
        x for x in ws.report(None, "annual", 2026).targets if x.target.id == FIN
    ).status == ("lagging")
    assert "1520" in ws.ask("金融业增加值进展如何").answer


def test_migration_0010_keeps_older_figures_counted(tmp_path: Path, sample_path: Path) -> None:
    """A store at 0009 with a figure: after the upgrade the figure is published and counted."""
    from alembic import command

    from plantrack.store.db import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0009_ocr_provenance")
    engine.dispose()
    with Workspace(str(tmp_path / "scratch.db")) as other:  # the sample's rows, to copy over
        other.ingest(sample_path)
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as conn:
        conn.execute(text(f"ATTACH DATABASE '{tmp_path / 'scratch.db'}' AS s"))
        for table in ("plans", "nodes", "targets"):
            cols = [r[1] for r in conn.execute(text(f"PRAGMA main.table_info({table})")).fetchall()]
            names = ", ".join(cols)
            conn.execute(text(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM s.{table}"))
        conn.execute(
            text(
                "INSERT INTO observations (plan_id, target_id, period, value, unit, is_baseline,"
                " entered_at, version, deleted) VALUES (1, :t, '2025', 1500, '亿元', 1, 'x', 1, 0),"
                " (1, :t, '2026', 1520, '亿元', 0, 'x', 1, 0)"
            ),
            {"t": FIN},
        )
    old.dispose()
    with Workspace(str(path)) as ws:  # migrates to head
        assert {o.state for o in ws.observations(None, FIN)} == {"published"}
        assert _status(ws, FIN) == "lagging"
        assert ws.departments() == [] and ws.rounds() == []
