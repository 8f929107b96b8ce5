"""The tracking operations behind the Workspace methods (record, assess, status, import ...).

Each write runs in one transaction with its audit rows; the Workspace methods only delegate here so
that workspace.py stays small.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plantrack.errors import NotFound
from plantrack.model import Assessment, Observation
from plantrack.track import observations as store
from plantrack.track.status import StatusReport, as_stretch, assess_safely, build_report

if TYPE_CHECKING:
    from plantrack.workspace import Workspace


def _plan_targets(ws: Workspace, conn, plan: int | str | None) -> store.PlanTargets:
    return store.load_plan_targets(conn, ws.plan(plan))


def find_plan_of_target(ws: Workspace, target_id: str, plan: int | str | None) -> Any:
    """The plan holding `target_id`: the given plan, else the latest plan that has it."""
    if plan is not None:
        return ws.plan(plan)
    for candidate in reversed(ws.plans()):
        with ws.engine.connect() as conn:
            if target_id in store.load_plan_targets(conn, candidate).targets:
                return candidate
    raise NotFound(f"target {target_id}: in no stored plan (see plantrack targets)")


def record(
    ws: Workspace,
    target_id: str,
    *,
    period: Any = None,
    value: Any = None,
    unit: str | None = None,
    plan: int | str | None = None,
    source: str | None = None,
    vintage: str | None = None,
    note: str | None = None,
    milestone: str | None = None,
    baseline: bool = False,
    basis: str | None = None,
    expected_version: int | None = None,
) -> tuple[Observation, str]:
    """Validate and store one figure (a revision of the same period keeps the old one in history).

    `baseline` with a period and no value takes the figure already recorded for that period as
    the baseline (one step for a target shown as 待评估：缺基期值)."""
    the_plan = find_plan_of_target(ws, target_id, plan)
    with ws.engine.begin() as conn:
        pt = store.load_plan_targets(conn, the_plan)
        taking = baseline and value is None and milestone is None and period is not None
        if taking:
            taken = _figure_of(conn, the_plan.id, target_id, str(period).strip())
            value, unit = taken.value, unit or taken.unit
            source = source or taken.source or f"{taken.period}年监测值"
            note = note or f"{taken.period}年监测值设为基期值 the {taken.period} figure as baseline"
        obs = store.validate(
            pt,
            target_id=target_id,
            period=period,
            value=value,
            unit=unit,
            source=source,
            vintage=vintage,
            note=note,
            milestone=milestone,
            baseline=baseline,
            basis=basis,
            from_figure=taking,
        )
        return store.record(conn, pt, obs, actor=ws.actor, expected_version=expected_version)


def _figure_of(conn, plan_id: int, target_id: str, period: str) -> Observation:
    """The live figure recorded for a period (not a baseline), or a one-line NotFound."""
    for obs in store.list_observations(conn, plan_id, target_id):
        if str(obs.period) == period and not obs.is_baseline and obs.value is not None:
            return obs
    raise NotFound(
        f"target {target_id}: no figure recorded for {period} to take as the baseline"
        " (give --value, or record the figure first)"
    )


def update_observation(
    ws: Workspace, obs_id: int, *, expected_version: int, **changes: Any
) -> Observation:
    with ws.engine.begin() as conn:
        current = store.get(conn, obs_id)
        pt = store.load_plan_targets(conn, ws.plan(current.plan_id))
        return store.update_observation(
            conn, pt, obs_id, expected_version=expected_version, actor=ws.actor, **changes
        )


def delete_observation(ws: Workspace, obs_id: int, *, expected_version: int) -> None:
    with ws.engine.begin() as conn:
        current = store.get(conn, obs_id)
        store.delete_observation(
            conn, current.plan_id, obs_id, expected_version=expected_version, actor=ws.actor
        )


def observations(
    ws: Workspace, plan: int | str | None = None, target_id: str | None = None
) -> list[Observation]:
    the_plan = find_plan_of_target(ws, target_id, plan) if target_id else ws.plan(plan)
    with ws.engine.connect() as conn:
        return store.list_observations(conn, the_plan.id, target_id)


def history(
    ws: Workspace, plan: int | str | None = None, target_id: str | None = None
) -> list[dict[str, Any]]:
    the_plan = find_plan_of_target(ws, target_id, plan) if target_id else ws.plan(plan)
    with ws.engine.connect() as conn:
        return store.history(conn, the_plan.id, target_id)


def assess(
    ws: Workspace,
    target_id: str,
    plan: int | str | None = None,
    *,
    as_of_year: int | None = None,
) -> Assessment:
    the_plan = find_plan_of_target(ws, target_id, plan)
    with ws.engine.connect() as conn:
        pt = store.load_plan_targets(conn, the_plan)
        target = pt.target(target_id)
        found = store.list_observations(conn, the_plan.id, target_id)
    result = assess_safely(target, found, base_year=pt.base_year, as_of_year=as_of_year)
    return as_stretch(target, result, list(pt.targets.values()))


def status(
    ws: Workspace,
    plan: int | str | None = None,
    *,
    chapter: int | None = None,
    status: str | None = None,
    as_of_year: int | None = None,
) -> StatusReport:
    with ws.engine.connect() as conn:
        pt = _plan_targets(ws, conn, plan)
        found = store.list_observations(conn, pt.plan.id)
    return build_report(
        pt.plan.id,
        pt.plan.title,
        list(pt.targets.values()),
        found,
        base_year=pt.base_year,
        as_of_year=as_of_year,
        chapter=chapter,
        status=status,
    )


def import_observations(
    ws: Workspace, path: str | Path, plan: int | str | None = None, *, skip_invalid: bool = False
):
    from plantrack.track.imports import import_file

    return import_file(ws, Path(path), plan, skip_invalid=skip_invalid)


def export_observations(ws: Workspace, plan: int | str | None, path: str | Path) -> int:
    from plantrack.track.imports import export_file

    return export_file(ws, plan, Path(path))


def bulletin(
    ws: Workspace,
    path: str | Path,
    plan: int | str | None = None,
    *,
    year: int | None = None,
    apply: bool = False,
    threshold: float | None = None,
):
    from plantrack.track.bulletin import run_bulletin

    return run_bulletin(ws, Path(path), plan, year=year, apply=apply, threshold=threshold)
