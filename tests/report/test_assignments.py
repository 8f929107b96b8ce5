"""Assignments (牵头单位/责任单位/完成时限): departments by name, versions, audit, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from plantrack.errors import Conflict, NotFound, ValidationError
from plantrack.store.assignments import list_departments, split_departments
from plantrack.store.schema import audit, departments
from plantrack.workspace import Workspace


def audit_rows(ws: Workspace) -> list[dict]:
    with ws.engine.connect() as conn:
        rows = (
            conn.execute(select(audit).where(audit.c.subject == "assignment").order_by(audit.c.id))
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


def test_assign_task_creates_departments_and_audit(sample_ws: Workspace) -> None:
    got = sample_ws.assign(
        None, "c3.s1.p1", lead="市科技局", partners=["市发改委", "市财政局"], due_year=2027
    )
    assert (got.subject, got.lead, got.partners, got.due_year, got.version) == (
        "node",
        ["市科技局"],
        ["市发改委", "市财政局"],
        2027,
        1,
    )
    with sample_ws.engine.connect() as conn:
        assert list_departments(conn) == ["市科技局", "市发改委", "市财政局"]
    rows = audit_rows(sample_ws)
    assert len(rows) == 1
    assert rows[0]["action"] == "assign" and rows[0]["subject_id"] == "c3.s1.p1"
    assert rows[0]["actor"] == "test" and rows[0]["old"] is None
    assert rows[0]["new"]["lead"] == ["市科技局"]


def test_assign_target_and_read_back(sample_ws: Workspace) -> None:
    sample_ws.assign(None, "c4.s1.p1.t1", lead="市经信局、市大数据局", due_year=2030)
    got = sample_ws.assignment("c4.s1.p1.t1")
    assert got.subject == "target"
    assert got.lead == ["市经信局", "市大数据局"]
    assert list(sample_ws.assignments()) == ["c4.s1.p1.t1"]
    assert sample_ws.assignment("c3.s1.p2").version == 0  # never assigned


def test_change_bumps_version_and_keeps_old_in_audit(sample_ws: Workspace) -> None:
    sample_ws.assign(None, "c3.s1.p1", lead="市科技局", due_year=2027)
    second = sample_ws.assign(None, "c3.s1.p1", lead="市发改委", partners="市科技局", due_year=2028)
    assert second.version == 2 and second.partners == ["市科技局"]
    rows = audit_rows(sample_ws)
    assert [r["old"] and r["old"]["lead"] for r in rows] == [None, ["市科技局"]]
    assert rows[1]["new"] == {
        "lead": ["市发改委"],
        "partners": ["市科技局"],
        "due_year": 2028,
        "version": 2,
    }


def test_same_assignment_twice_writes_nothing(sample_ws: Workspace) -> None:
    sample_ws.assign(None, "c3.s1.p1", lead="市科技局", partners=["市发改委"])
    again = sample_ws.assign(None, "c3.s1.p1", lead=" 市科技局 ", partners=["市发改委"])
    assert again.version == 1
    assert len(audit_rows(sample_ws)) == 1


def test_stale_version_is_a_conflict(sample_ws: Workspace) -> None:
    first = sample_ws.assign(None, "c3.s1.p1", lead="市科技局")
    sample_ws.assign(None, "c3.s1.p1", lead="市发改委", expected_version=first.version)
    with pytest.raises(Conflict, match="version 1, it is now 2"):
        sample_ws.assign(None, "c3.s1.p1", lead="市财政局", expected_version=first.version)
    assert sample_ws.assignment("c3.s1.p1").lead == ["市发改委"]


def test_two_workspaces_editing_the_same_version(sample_ws: Workspace) -> None:
    """Two users read version 1; the second save must fail, not silently overwrite."""
    other = Workspace(sample_ws.url, actor="other")
    try:
        seen = sample_ws.assign(None, "c3.s1.p1", lead="市科技局").version
        other.assign(None, "c3.s1.p1", lead="市经信局", expected_version=seen)
        with pytest.raises(Conflict):
            sample_ws.assign(None, "c3.s1.p1", lead="市发改委", expected_version=seen)
    finally:
        other.close()
    assert sample_ws.assignment("c3.s1.p1").lead == ["市经信局"]


def test_partner_that_also_leads_is_dropped(sample_ws: Workspace) -> None:
    got = sample_ws.assign(None, "c3.s1.p1", lead="市科技局", partners=["市科技局", "市发改委"])
    assert got.partners == ["市发改委"]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"ref": "c9.s9.p9", "lead": "市科技局"}, NotFound, "no task or target"),
        ({"ref": "c3.s1.p1", "lead": "  "}, ValidationError, "牵头单位"),
        ({"ref": "c3.s1.p1", "lead": "市科技局", "due_year": 20270}, ValidationError, "due year"),
        ({"ref": "c3.s1.p1", "lead": "局" * 201}, ValidationError, "longer than 200"),
    ],
)
def test_bad_assignments_change_nothing(sample_ws: Workspace, kwargs, error, match) -> None:
    kwargs = dict(kwargs)  # parametrize shares the dict between backends
    ref = kwargs.pop("ref")
    with pytest.raises(error, match=match):
        sample_ws.assign(None, ref, **kwargs)
    assert sample_ws.assignments() == {}
    with sample_ws.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(departments)).scalar_one() == 0


def test_split_departments() -> None:
    assert split_departments("市发改委、市经信局，市科技局;市财政局\n市商务局") == [
        "市发改委",
        "市经信局",
        "市科技局",
        "市财政局",
        "市商务局",
    ]
    assert split_departments(["市发改委", "市发改委 "]) == ["市发改委"]
    assert split_departments(None) == []
