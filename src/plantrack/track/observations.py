"""Observations in the store: validation, record/update/delete with an audit row, history.

Every function takes an open connection and commits nothing: the Workspace wraps each call in one
transaction, so a figure and its audit row are written together or not at all. Updates carry the
version the caller saw; a stale version raises `Conflict` instead of overwriting someone's edit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from plantrack.errors import Conflict, NotFound, UnitMismatch, ValidationError
from plantrack.model import Form, Observation, Plan, Target, TargetKind
from plantrack.store.plans import list_targets, now, write_audit
from plantrack.store.schema import audit, observations
from plantrack.track import plausible
from plantrack.track.assess import MILESTONES, period_time, period_year
from plantrack.track.forms import form_of
from plantrack.track.units import convert, dimension

# counts that cannot be negative (a negative growth rate or profit is fine)
COUNT_DIMENSIONS = frozenset(
    {
        "people",
        "person_times",
        "households",
        "organisations",
        "things",
        "items",
        "pieces",
        "structures",
        "schools",
        "machines",
        "sets",
        "vehicles",
        "lines",
        "sites",
        "teu",
        "compute",
    }
)
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_DASHES = {"", "—", "——", "-", "--", "–", "/", "／", "…", "...", "n/a", "na", "null", "无", "空"}
_APPROX = re.compile(
    r"^(约|大约|近|接近|超过|逾|达|达到|不到|左右)?\s*([+-]?[\d,，.]+)\s*(左右|以上|以下|多)?$"
)


@dataclass(slots=True)
class PlanTargets:
    """What validation needs to know about one plan."""

    plan: Plan
    targets: dict[str, Target]

    @property
    def base_year(self) -> int:
        return plan_base_year(self.plan, list(self.targets.values()))

    @property
    def last_year(self) -> int | None:
        deadlines = [t.deadline for t in self.targets.values() if t.deadline]
        ends = [y for y in (self.plan.period_end, max(deadlines, default=None)) if y]
        return max(ends) if ends else None

    def target(self, target_id: str) -> Target:
        target = self.targets.get(target_id.strip())
        if target is None:
            raise NotFound(
                f"target {target_id}: not in plan {self.plan.id} (see plantrack targets)"
            )
        return target


def load_plan_targets(conn: Connection, plan: Plan) -> PlanTargets:
    return PlanTargets(plan, {t.id: t for t in list_targets(conn, plan.id)})


def plan_base_year(plan: Plan, targets: list[Target] | None = None) -> int:
    """The year before the plan period (2025 for 2026–2030)."""
    if plan.period_start:
        return plan.period_start - 1
    deadlines = [t.deadline for t in targets or [] if t.deadline]
    return (max(deadlines) - 5) if deadlines else 2020


def parse_value(raw: Any) -> float | None:
    """A cell or argument as a number; ValidationError saying what to write instead."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValidationError(f"value {raw!r}: not a number")
    if isinstance(raw, int | float):
        if isinstance(raw, float) and (math.isnan(raw) or math.isinf(raw)):
            raise ValidationError(f"value {raw!r}: not a finite number")
        return float(raw)
    text = str(raw).strip().replace("　", " ")
    if text.lower() in _DASHES or set(text) <= {"—", "-", "–", " "}:
        raise ValidationError(
            f"value {text!r}: no figure given; leave the row out or write the number"
        )
    plain = text.replace(",", "").replace("，", "").replace(" ", "")
    if _NUMBER.match(plain):
        return float(plain)
    m = _APPROX.match(text)
    if m and (m.group(1) or m.group(3)):
        number = m.group(2).replace(",", "").replace("，", "")
        raise ValidationError(
            f"value {text!r}: not an exact figure; write {number} and put {text!r} in the note"
        )
    number = re.match(r"^\s*([+-]?[\d,，.]+)\s*(\S+)$", text)
    if number and _NUMBER.match(number.group(1).replace(",", "").replace("，", "")):
        raise ValidationError(
            f"value {text!r}: number and unit in one cell; write {number.group(1)} and unit"
            f" {number.group(2)}"
        )
    raise ValidationError(f"value {text!r}: not a number")


def measure_unit(target: Target) -> str | None:
    """The unit observations of this target are compared in (see assess.py)."""
    if form_of(target) in (Form.PP_CHANGE, Form.REDUCTION):
        return "%"  # 提高2个百分点 is measured on the share itself; 下降13.5% on the yearly cuts
    if target.kind == TargetKind.MULTIPLE and dimension(target.unit) is None:
        return None  # 翻番 (倍): any unit of the figures' own kind
    return target.unit


def validate(
    pt: PlanTargets,
    *,
    target_id: str,
    period: Any,
    value: Any = None,
    unit: str | None = None,
    source: str | None = None,
    vintage: str | None = None,
    note: str | None = None,
    milestone: str | None = None,
    baseline: bool = False,
    basis: str | None = None,
    from_figure: bool = False,
    allow_implausible: bool = False,
) -> Observation:
    """Check one figure against its plan and target; return it ready to store. A baseline must be
    at or before the base year unless it is a recorded figure taken as the baseline
    (`from_figure`: a target with figures only after the base year). A figure beyond the
    plausible size of its unit (track/plausible.py) is refused unless `allow_implausible`."""
    target = pt.target(str(target_id))
    base = pt.base_year
    period = _period_text(period, target, base, baseline)
    _check_period_year(pt, period, base, baseline, from_figure)
    number = parse_value(value)
    milestone = _milestone(milestone)
    if number is None and milestone is None:
        raise ValidationError(
            "value: missing (give a number, or a milestone for a qualitative target)"
        )
    unit = _checked_unit(target, number, unit)
    if number is not None and not allow_implausible:
        plausible.check(number, unit)
    if basis is not None and basis not in ("flow", "total"):
        raise ValidationError(f"basis {basis!r}: expected flow or total")
    return Observation(
        target_id=target.id,
        period=period,
        value=number,
        unit=unit,
        source=_text(source),
        vintage=_text(vintage),
        note=_text(note),
        milestone=milestone,
        plan_id=pt.plan.id,
        basis=basis,
        is_baseline=baseline,
    )


def _period_text(period: Any, target: Target, base: int, baseline: bool) -> str:
    """The period as text (2026.0 and 2026年 as 2026); a baseline without one: its year."""
    if period is None or str(period).strip() == "":
        if not baseline:
            raise ValidationError("period: missing (a year like 2026 or a date like 2026-06-30)")
        period = str(target.baseline_year or base)
    if isinstance(period, float) and period.is_integer():
        period = int(period)
    period = str(period).strip()
    if re.fullmatch(r"\d{4}年", period):
        period = period[:4]
    return period


def _check_period_year(
    pt: PlanTargets, period: str, base: int, baseline: bool, from_figure: bool
) -> None:
    """ValidationError unless the period is a valid one within the plan's years."""
    period_time(period)
    year = period_year(period)
    last = pt.last_year
    if baseline:
        if year > base and not from_figure:
            raise ValidationError(
                f"period {period}: a baseline must be at or before the base year {base}"
            )
    elif year < base:
        raise ValidationError(
            f"period {period}: before the plan's base year {base}; record it with --baseline"
        )
    if last is not None and year > last:
        raise ValidationError(f"period {period}: after the plan ends ({last})")


def _milestone(milestone: str | None) -> str | None:
    """The milestone stripped (blank is None); ValidationError for an unknown one."""
    if milestone is not None:
        milestone = str(milestone).strip() or None
    if milestone is not None and milestone not in MILESTONES:
        raise ValidationError(f"milestone {milestone!r}: expected one of {', '.join(MILESTONES)}")
    return milestone


def _checked_unit(target: Target, number: float | None, unit: str | None) -> str | None:
    """The figure's unit (default: the target's), checked to convert to the target's unit."""
    unit = (str(unit).strip() or None) if unit is not None else None
    target_unit = measure_unit(target)
    if number is not None:
        if unit is None:
            unit = target_unit
        if target_unit is not None or unit is not None:
            _check_convertible(target, number, unit, target_unit)
        if number < 0 and dimension(unit) in COUNT_DIMENSIONS:
            raise ValidationError(f"value {number:g}: a count of {unit} cannot be negative")
    return unit


def _check_convertible(
    target: Target, number: float, unit: str | None, target_unit: str | None
) -> None:
    """UnitMismatch (or ValidationError for 翻番 without a unit) unless `unit` fits the target."""
    if target_unit is None and target.kind == TargetKind.MULTIPLE:
        if unit is None:
            raise ValidationError(f"unit: missing for {target.id} (翻番 needs the figure's unit)")
    elif unit is None or target_unit is None:
        raise UnitMismatch(
            f"unit {unit or '(none)'}: target {target.id} is measured in"
            f" {target.unit or '(no unit)'}"
        )
    else:
        try:
            convert(number, unit, target_unit)
        except UnitMismatch as exc:
            raise UnitMismatch(f"{exc} (target {target.id} is in {target_unit})") from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _in_target_unit(obs: Observation, target: Target) -> float | None:
    unit = measure_unit(target)
    if obs.value is None:
        return None
    if unit is None or obs.unit is None:
        return obs.value
    return convert(obs.value, obs.unit, unit)


def row_to_observation(row: Any) -> Observation:
    return Observation(
        target_id=row["target_id"],
        period=row["period"],
        value=row["value"],
        unit=row["unit"],
        source=row["source"],
        vintage=row["vintage"],
        note=row["note"],
        milestone=row["milestone"],
        entered_by=row["entered_by"],
        entered_at=row["entered_at"],
        id=row["id"],
        version=row["version"],
        plan_id=row["plan_id"],
        basis=row["basis"],
        is_baseline=bool(row["is_baseline"]),
        state=row["state"],
        review_note=row["review_note"],
    )


_FIELDS = ("value", "unit", "source", "vintage", "note", "milestone", "basis")


def _snapshot(obs: Observation) -> dict[str, Any]:
    data = {k: getattr(obs, k) for k in ("target_id", "period", "is_baseline", *_FIELDS)}
    data["version"] = obs.version
    data["state"] = obs.state
    return data


def _live(conn: Connection, plan_id: int, target_id: str, period: str, is_baseline: bool):
    return (
        conn.execute(
            select(observations).where(
                observations.c.plan_id == plan_id,
                observations.c.target_id == target_id,
                observations.c.period == period,
                observations.c.is_baseline == is_baseline,
                observations.c.deleted.is_(False),
            )
        )
        .mappings()
        .first()
    )


def get(conn: Connection, obs_id: int) -> Observation:
    row = conn.execute(select(observations).where(observations.c.id == obs_id)).mappings().first()
    if row is None or row["deleted"]:
        raise NotFound(f"observation {obs_id}: no such observation (see plantrack observations)")
    return row_to_observation(row)


def record(
    conn: Connection,
    pt: PlanTargets,
    obs: Observation,
    *,
    actor: str,
    expected_version: int | None = None,
    state: str = "approved",
) -> tuple[Observation, str]:
    """Store a validated figure in `state` (track/rounds.py `entry_state` picks it): insert, or
    revise the live figure of the same period (which then takes `state`).

    Returns the stored observation and what happened: "recorded", "updated" or "unchanged".
    """
    target = pt.target(obs.target_id)
    existing = _live(conn, pt.plan.id, obs.target_id, obs.period, obs.is_baseline)
    if existing is None:
        if expected_version not in (None, 0):
            raise Conflict(
                f"observation {obs.target_id} {obs.period}: it was deleted since you read it"
            )
        stamp = now()
        try:
            with conn.begin_nested():
                new_id = conn.execute(
                    insert(observations).values(
                        plan_id=pt.plan.id,
                        target_id=obs.target_id,
                        period=obs.period,
                        value=obs.value,
                        unit=obs.unit,
                        value_in_target_unit=_in_target_unit(obs, target),
                        milestone=obs.milestone,
                        is_baseline=obs.is_baseline,
                        source=obs.source,
                        vintage=obs.vintage,
                        note=obs.note,
                        entered_by=actor,
                        entered_at=stamp,
                        version=1,
                        deleted=False,
                        basis=obs.basis,
                        state=state,
                    )
                ).inserted_primary_key[0]
        except IntegrityError:
            raise Conflict(
                f"observation {obs.target_id} {obs.period}: recorded by someone else at the same"
                " moment; reload and retry"
            ) from None
        stored = replace(obs, id=new_id, version=1, entered_by=actor, entered_at=stamp, state=state)
        write_audit(
            conn,
            actor=actor,
            action="record",
            subject="observation",
            subject_id=str(new_id),
            plan_id=pt.plan.id,
            new=_snapshot(stored),
        )
        return stored, "recorded"
    current = row_to_observation(existing)
    if expected_version is not None and expected_version != current.version:
        raise _stale(current, expected_version)
    changes = {k: getattr(obs, k) for k in _FIELDS}
    if all(getattr(current, k) == v for k, v in changes.items()):
        return current, "unchanged"
    return _apply(conn, pt, current, {**changes, "state": state}, actor=actor), "updated"


def _stale(current: Observation, seen: int) -> Conflict:
    return Conflict(
        f"observation {current.id} ({current.target_id} {current.period}): changed by"
        f" {current.entered_by} at {current.entered_at} since you read it (your version {seen},"
        f" now {current.version}); reload and retry"
    )


def _apply(
    conn: Connection, pt: PlanTargets, current: Observation, changes: dict[str, Any], *, actor: str
) -> Observation:
    target = pt.target(current.target_id)
    new = replace(
        current, **changes, version=current.version + 1, entered_by=actor, entered_at=now()
    )
    result = conn.execute(
        update(observations)
        .where(observations.c.id == current.id, observations.c.version == current.version)
        .values(
            **changes,
            value_in_target_unit=_in_target_unit(new, target),
            version=new.version,
            entered_by=actor,
            entered_at=new.entered_at,
        )
    )
    if result.rowcount != 1:  # someone else wrote between our read and our write
        raise _stale(get(conn, current.id), current.version)
    write_audit(
        conn,
        actor=actor,
        action="update",
        subject="observation",
        subject_id=str(current.id),
        plan_id=pt.plan.id,
        old=_snapshot(current),
        new=_snapshot(new),
    )
    return new


def update_observation(
    conn: Connection,
    pt: PlanTargets,
    obs_id: int,
    *,
    expected_version: int,
    actor: str,
    state: str | None = None,
    **changes: Any,
) -> Observation:
    """Change fields of one observation, if it is still at `expected_version`; a revised figure
    takes `state` (None: it keeps its own)."""
    current = get(conn, obs_id)
    if current.version != expected_version:
        raise _stale(current, expected_version)
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise ValidationError(f"observation fields {sorted(unknown)}: cannot be changed")
    merged = {k: changes.get(k, getattr(current, k)) for k in _FIELDS}
    checked = validate(
        pt,
        target_id=current.target_id,
        period=current.period,
        baseline=current.is_baseline,
        **merged,
    )
    new = {k: getattr(checked, k) for k in _FIELDS}
    if state is not None and any(getattr(current, k) != v for k, v in new.items()):
        new["state"] = state
    return _apply(conn, pt, current, new, actor=actor)


def set_state(
    conn: Connection,
    obs_id: int,
    state: str,
    *,
    actor: str,
    action: str,
    allowed_from: Collection[str],
    expected_version: int | None = None,
    review_note: str | None = None,
) -> Observation:
    """Move one figure to `state` (a step of the reporting cycle) with an audit row `action`;
    Conflict unless it is in one of `allowed_from` (and at `expected_version`, when given)."""
    current = get(conn, obs_id)
    if expected_version is not None and current.version != expected_version:
        raise _stale(current, expected_version)
    if current.state not in allowed_from:
        raise Conflict(
            f"observation {obs_id} ({current.target_id} {current.period}): it is {current.state},"
            f" not {' or '.join(sorted(allowed_from))}; reload and retry"
        )
    values: dict[str, Any] = {"state": state, "version": current.version + 1}
    if review_note is not None or state == "approved":
        values["review_note"] = review_note
    result = conn.execute(
        update(observations)
        .where(observations.c.id == obs_id, observations.c.version == current.version)
        .values(**values)
    )
    if result.rowcount != 1:
        raise _stale(get(conn, obs_id), current.version)
    new = replace(current, **values)
    write_audit(
        conn,
        actor=actor,
        action=action,
        subject="observation",
        subject_id=str(obs_id),
        plan_id=current.plan_id,
        old=_snapshot(current),
        new={**_snapshot(new), "review_note": new.review_note},
    )
    return new


def delete_observation(
    conn: Connection, plan_id: int, obs_id: int, *, expected_version: int, actor: str
) -> None:
    """Mark an observation deleted (kept for the history), if it is still at `expected_version`."""
    current = get(conn, obs_id)
    result = conn.execute(
        update(observations)
        .where(observations.c.id == obs_id, observations.c.version == expected_version)
        .values(deleted=True, version=current.version + 1)
    )
    if result.rowcount != 1:
        raise _stale(current, expected_version)
    write_audit(
        conn,
        actor=actor,
        action="delete",
        subject="observation",
        subject_id=str(obs_id),
        plan_id=plan_id,
        old=_snapshot(current),
        new=None,
    )


def list_observations(
    conn: Connection,
    plan_id: int,
    target_id: str | None = None,
    *,
    states: Collection[str] | None = None,
) -> list[Observation]:
    """Live observations of a plan (of one target); `states`: only figures in those states
    (model.counted_states() for status and reports), None: every state."""
    query = select(observations).where(
        observations.c.plan_id == plan_id, observations.c.deleted.is_(False)
    )
    if target_id is not None:
        query = query.where(observations.c.target_id == target_id)
    if states is not None:
        query = query.where(observations.c.state.in_(sorted(states)))
    rows = (
        conn.execute(
            query.order_by(observations.c.target_id, observations.c.period, observations.c.id)
        )
        .mappings()
        .all()
    )
    return [row_to_observation(r) for r in rows]


def history(conn: Connection, plan_id: int, target_id: str | None = None) -> list[dict[str, Any]]:
    """Every recorded change of the plan's observations, their evidence files and the
    assignments, oldest first."""
    rows = (
        conn.execute(
            select(audit)
            .where(
                audit.c.plan_id == plan_id,
                audit.c.subject.in_(("observation", "assignment", "evidence")),
            )
            .order_by(audit.c.id)
        )
        .mappings()
        .all()
    )
    out = []
    for row in rows:
        old, new = row["old"] or {}, row["new"] or {}
        ref = new.get("target_id") or old.get("target_id")
        if ref is None and row["subject"] == "assignment":
            ref = row["subject_id"]  # the assigned node or target id
        if target_id is not None and ref != target_id:
            continue
        out.append(
            {
                "id": row["id"],
                "at": row["at"],
                "actor": row["actor"],
                "action": row["action"],
                "subject": row["subject"],
                "subject_id": row["subject_id"],
                "target_id": ref,
                "old": row["old"],
                "new": row["new"],
            }
        )
    return out
