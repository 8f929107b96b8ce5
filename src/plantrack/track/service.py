"""The tracking operations the Workspace composes: record, revise, assess, status.

Each function works on the connection it is given (the Workspace decides whether that is a
transaction of its own or the caller's `ws.transaction()`), with plain ids and records; nothing
here opens a connection or knows the Workspace.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from plantrack.errors import NotFound
from plantrack.model import Assessment, Observation, Plan, counted_states
from plantrack.store import plans as plan_store
from plantrack.track import observations as store
from plantrack.track.forms import with_row_baseline
from plantrack.track.status import StatusReport, as_stretch, assess_safely, build_report

PlanRef = int | str


def plan_of_target(conn: Connection, target_id: str, plan: PlanRef | None) -> Plan:
    """The plan holding `target_id`: the given plan, else the latest plan that has it."""
    if plan is not None:
        return plan_store.get_plan(conn, plan)
    for candidate in reversed(plan_store.list_plans(conn)):
        if target_id in store.load_plan_targets(conn, candidate).targets:
            return candidate
    raise NotFound(f"target {target_id}: in no stored plan (see plantrack targets)")


def record(
    conn: Connection,
    plan: Plan,
    target_id: str,
    *,
    actor: str,
    period: Any = None,
    value: Any = None,
    unit: str | None = None,
    source: str | None = None,
    vintage: str | None = None,
    note: str | None = None,
    milestone: str | None = None,
    baseline: bool = False,
    basis: str | None = None,
    expected_version: int | None = None,
    allow_implausible: bool = False,
    state: str = "approved",
) -> tuple[Observation, str]:
    """Validate and store one figure in `state` (a revision of the same period keeps the old one
    in history).

    `baseline` with a period and no value takes the figure already recorded for that period as
    the baseline (one step for a target shown as 待评估：缺基期值)."""
    pt = store.load_plan_targets(conn, plan)
    taking = baseline and value is None and milestone is None and period is not None
    if taking:
        taken = _figure_of(conn, plan.id, target_id, str(period).strip())
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
        allow_implausible=allow_implausible,
    )
    return store.record(conn, pt, obs, actor=actor, expected_version=expected_version, state=state)


def _figure_of(conn: Connection, plan_id: int, target_id: str, period: str) -> Observation:
    """The live figure recorded for a period (not a baseline), or a one-line NotFound."""
    for obs in store.list_observations(conn, plan_id, target_id):
        if str(obs.period) == period and not obs.is_baseline and obs.value is not None:
            return obs
    raise NotFound(
        f"target {target_id}: no figure recorded for {period} to take as the baseline"
        " (give --value, or record the figure first)"
    )


def update_observation(
    conn: Connection,
    obs_id: int,
    *,
    expected_version: int,
    actor: str,
    changes: dict[str, Any],
    state: str | None = None,
) -> Observation:
    """Revise one observation if it is still at `expected_version` (else Conflict); a changed
    figure takes `state` (None: it keeps its own)."""
    current = store.get(conn, obs_id)
    pt = store.load_plan_targets(conn, plan_store.get_plan(conn, current.plan_id))
    return store.update_observation(
        conn, pt, obs_id, expected_version=expected_version, actor=actor, state=state, **changes
    )


def delete_observation(conn: Connection, obs_id: int, *, expected_version: int, actor: str) -> None:
    """Mark one observation deleted (kept in the history)."""
    current = store.get(conn, obs_id)
    store.delete_observation(
        conn, current.plan_id, obs_id, expected_version=expected_version, actor=actor
    )


def assess(
    conn: Connection,
    plan: Plan,
    target_id: str,
    *,
    as_of_year: int | None = None,
    include_submitted: bool = False,
) -> Assessment:
    """One target's status with its reason (力争 judged beside its floor), from its approved and
    published figures (`include_submitted`: the submitted ones too, a preview)."""
    pt = store.load_plan_targets(conn, plan)
    target = with_row_baseline(pt.target(target_id), list(pt.targets.values()))
    found = store.list_observations(
        conn, plan.id, target_id, states=counted_states(include_submitted)
    )
    result = assess_safely(target, found, base_year=pt.base_year, as_of_year=as_of_year)
    return as_stretch(target, result, list(pt.targets.values()))


def status(
    conn: Connection,
    plan: Plan,
    *,
    chapter: int | None = None,
    status: str | None = None,
    as_of_year: int | None = None,
    include_submitted: bool = False,
) -> StatusReport:
    """Every target of a plan with its status, as of a year, from the approved and published
    figures (`include_submitted`: the submitted ones too, a preview)."""
    pt = store.load_plan_targets(conn, plan)
    found = store.list_observations(conn, plan.id, states=counted_states(include_submitted))
    return build_report(
        plan.id,
        plan.title,
        list(pt.targets.values()),
        found,
        base_year=pt.base_year,
        as_of_year=as_of_year,
        chapter=chapter,
        status=status,
    )
