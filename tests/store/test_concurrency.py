"""Twenty writers at once, each with its own Workspace (engine, connections), on SQLite (WAL,
busy timeout) and PostgreSQL: no lost update, no duplicate, every write audited."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from plantrack.errors import Conflict
from plantrack.store.schema import audit, observations, plans
from plantrack.workspace import Workspace

WRITERS = 20


def run_at_once(url: str, work: Callable[[Workspace, int], object]) -> tuple[list, list]:
    """Run `work(ws, i)` in WRITERS threads released together; return (results, errors)."""
    workspaces = [Workspace(url, actor=f"writer{i}") for i in range(WRITERS)]
    barrier = threading.Barrier(WRITERS)
    results: list = [None] * WRITERS
    errors: list = []

    def one(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work(workspaces[i], i)
        except Exception as exc:  # collected and asserted by the caller
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ws in workspaces:
        ws.close()
    return results, errors


def scalar(ws: Workspace, query) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(query).scalar_one()


@pytest.mark.slow
def test_concurrent_ingests_of_identical_and_different_files(
    workspace: Workspace, tmp_path: Path, sample_path: Path
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    same = tmp_path / "same.txt"
    same.write_text(text, encoding="utf-8")
    # ten drafts of ONE plan (same title, different content): they race for version numbers
    drafts = []
    for i in range(WRITERS // 2):
        path = tmp_path / f"draft{i}.txt"
        path.write_text(text + f"\n（第{i + 1}稿）\n", encoding="utf-8")
        drafts.append(path)

    def work(ws: Workspace, i: int):
        return ws.ingest(same if i % 2 == 0 else drafts[i // 2])

    results, errors = run_at_once(workspace.url, work)
    assert errors == []
    same_plans = {r.plan.id for i, r in enumerate(results) if i % 2 == 0}
    assert len(same_plans) == 1  # the same file ten times at once: one plan
    assert sum(r.created for r in results) == 1 + WRITERS // 2
    families = workspace.plans()
    assert sorted(p.version for p in families) == list(range(1, WRITERS // 2 + 2))
    assert scalar(workspace, select(func.count()).select_from(plans)) == WRITERS // 2 + 1
    ingest_audits = select(func.count()).select_from(audit).where(audit.c.action == "ingest")
    assert scalar(workspace, ingest_audits) == WRITERS // 2 + 1


def _numeric_targets(ws: Workspace) -> list:
    return [t for t in ws.targets() if t.value is not None and t.kind == "level" and t.unit]


def test_twenty_writers_recording_different_figures(sample_ws: Workspace) -> None:
    targets = _numeric_targets(sample_ws)[:4]

    def work(ws: Workspace, i: int):
        target = targets[i % len(targets)]
        return ws.record(target.id, period=2026 + i // len(targets), value=i + 1, unit=target.unit)

    results, errors = run_at_once(sample_ws.url, work)
    assert errors == []
    live = select(func.count()).select_from(observations).where(observations.c.deleted.is_(False))
    assert scalar(sample_ws, live) == WRITERS
    records = select(func.count()).select_from(audit).where(audit.c.action == "record")
    assert scalar(sample_ws, records) == WRITERS
    stored = {(o.target_id, o.period): o.value for o in sample_ws.observations()}
    for i, obs in enumerate(results):
        assert stored[(obs.target_id, obs.period)] == i + 1


def test_twenty_writers_on_one_figure_lose_no_update(sample_ws: Workspace) -> None:
    """Each writer adds 1 to the same figure: read, write with the version it saw, and on a
    Conflict (someone wrote in between) read again and retry. All twenty increments survive."""
    target = _numeric_targets(sample_ws)[0]
    first = sample_ws.record(target.id, period=2026, value=0, unit=target.unit)

    def work(ws: Workspace, i: int) -> int:
        conflicts = 0
        while True:
            current = next(o for o in ws.observations(target_id=target.id) if o.id == first.id)
            try:
                ws.update_observation(
                    first.id, expected_version=current.version, value=current.value + 1
                )
                return conflicts
            except Conflict:
                conflicts += 1

    conflicts, errors = run_at_once(sample_ws.url, work)
    assert errors == []
    assert all(c is not None for c in conflicts)
    final = next(o for o in sample_ws.observations(target_id=target.id) if o.id == first.id)
    assert final.value == WRITERS
    assert final.version == WRITERS + 1
    updates = select(func.count()).select_from(audit).where(audit.c.action == "update")
    assert scalar(sample_ws, updates) == WRITERS


def test_stale_writers_get_a_conflict_not_a_silent_overwrite(sample_ws: Workspace) -> None:
    target = _numeric_targets(sample_ws)[0]
    first = sample_ws.record(target.id, period=2026, value=0, unit=target.unit)

    def work(ws: Workspace, i: int):
        # every writer saw version 1
        return ws.update_observation(first.id, expected_version=1, value=100 + i)

    results, errors = run_at_once(sample_ws.url, work)
    winners = [r for r in results if r is not None]
    assert len(winners) == 1 and len(errors) == WRITERS - 1
    assert all(isinstance(e, Conflict) for e in errors)
    final = next(o for o in sample_ws.observations(target_id=target.id) if o.id == first.id)
    assert (final.value, final.version) == (winners[0].value, 2)
