"""Reporting rounds (填报 → 审核 → 发布): open a round for a plan and a year, see what each
department still owes, move figures through draft → submitted → approved | returned, and close
the round, which publishes the approved figures (docs/reporting-cycle.md).

A round's figures are the plan's live figures (not baselines) whose period falls in the round's
year, one per target (the latest period when there are several). The targets due in a round are
the targets each department leads (access/permissions.py `RECORDING_ROLES`). Every function takes
an open connection; the Workspace decides the transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from plantrack.errors import Conflict, NotFound, ValidationError
from plantrack.model import FIGURE_STATE_ZH, FigureState, Observation, Plan
from plantrack.store import assignments as assign_store
from plantrack.store.plans import list_targets, now, write_audit
from plantrack.store.schema import departments, rounds
from plantrack.track import observations as obs_store

OPEN, CLOSED = "open", "closed"
MISSING = "missing"  # no figure for the round's year yet
# what a department still owes in a round: no figure, a draft not sent, a figure sent back
OWED = frozenset({MISSING, FigureState.DRAFT, FigureState.RETURNED})
ITEM_ZH = {MISSING: "未填报", **FIGURE_STATE_ZH}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_REASON = 500


@dataclass(slots=True)
class Round:
    """One reporting round of a plan."""

    id: int
    plan_id: int
    name: str
    year: int
    due: str
    state: str
    opened_by: str
    opened_at: str
    closed_by: str | None = None
    closed_at: str | None = None

    def late(self, today: date | None = None) -> bool:
        """Past its due date and still open."""
        return self.state == OPEN and (today or date.today()).isoformat() > self.due

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class RoundItem:
    """One target due in a round, for one department, with where its figure stands."""

    department_id: int
    department: str
    target_id: str
    metric: str
    unit: str | None
    state: str  # "missing" or a FigureState
    observation_id: int | None = None
    version: int | None = None
    period: str | None = None
    value: float | None = None
    milestone: str | None = None
    review_note: str | None = None

    @property
    def owed(self) -> bool:
        return self.state in OWED

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state_zh"] = ITEM_ZH.get(self.state, self.state)
        data["owed"] = self.owed
        return data


@dataclass(slots=True)
class DepartmentProgress:
    """A department's standing in a round: its items and counts by state."""

    department_id: int
    department: str
    email: str | None
    items: list[RoundItem] = field(default_factory=list)

    def count(self, *states: str) -> int:
        return sum(1 for i in self.items if i.state in states)

    @property
    def owed(self) -> list[RoundItem]:
        return [i for i in self.items if i.owed]

    def to_dict(self, round_: Round | None = None, today: date | None = None) -> dict[str, Any]:
        counts = {s: self.count(s) for s in (MISSING, *(f.value for f in FigureState))}
        return {
            "department_id": self.department_id,
            "department": self.department,
            "counts": counts,
            "owed": len(self.owed),
            "done": not self.owed,
            "late": bool(round_ and round_.late(today) and self.owed),
            "items": [i.to_dict() for i in self.items],
        }


def _row(row: Any) -> Round:
    return Round(**{k: row[k] for k in Round.__slots__})  # type: ignore[attr-defined]


def _checked_due(due: Any) -> str:
    text = str(due or "").strip()
    if not _DATE.match(text):
        raise ValidationError(f"due {text!r}: expected a date like 2027-02-28")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"due {text!r}: no such date") from None
    return text


def _checked_year(plan: Plan, year: Any) -> int:
    text = str(year or "").strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise ValidationError(f"year {text!r}: expected the year the figures are for, like 2026")
    value = int(text)
    start, end = plan.period_start, plan.period_end
    if start and end and not start - 1 <= value <= end:
        raise ValidationError(f"year {value}: outside the plan's period {start}–{end}")
    return value


def open_round(
    conn: Connection, plan: Plan, *, name: str, year: Any, due: Any, actor: str
) -> Round:
    """Open a round (e.g. 2026年度监测, figures for 2026, due 2027-02-28); audited. One open
    round per plan and year; names are unique within a plan."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError("name: missing (e.g. 2026年度监测)")
    if len(name) > 200:
        raise ValidationError(f"name: {len(name)} characters; at most 200")
    the_year, the_due = _checked_year(plan, year), _checked_due(due)
    for other in list_rounds(conn, plan.id):
        if other.state == OPEN and other.year == the_year:
            raise Conflict(f"round {other.name}: already open for {the_year}; close it first")
        if other.name == name:
            raise ValidationError(f"name {name!r}: the plan already has a round of that name")
    stamp = now()
    try:
        with conn.begin_nested():
            new_id = conn.execute(
                insert(rounds).values(
                    plan_id=plan.id,
                    name=name,
                    year=the_year,
                    due=the_due,
                    state=OPEN,
                    opened_by=actor,
                    opened_at=stamp,
                )
            ).inserted_primary_key[0]
    except IntegrityError:
        raise Conflict(f"round {name}: opened by someone else meanwhile") from None
    made = get_round(conn, plan.id, int(new_id))
    write_audit(
        conn,
        actor=actor,
        action="open",
        subject="round",
        subject_id=str(new_id),
        plan_id=plan.id,
        new=made.to_dict(),
    )
    return made


def list_rounds(conn: Connection, plan_id: int) -> list[Round]:
    """The rounds of a plan, newest first."""
    rows = conn.execute(
        select(rounds).where(rounds.c.plan_id == plan_id).order_by(rounds.c.id.desc())
    ).mappings()
    return [_row(r) for r in rows]


def get_round(conn: Connection, plan_id: int, ref: int | str | None = None) -> Round:
    """A round of the plan by id or name; None: the newest open one."""
    found = list_rounds(conn, plan_id)
    if ref is None:
        live = [r for r in found if r.state == OPEN]
        if not live:
            raise NotFound(f"plan {plan_id}: no open round (open one with plantrack rounds open)")
        return live[0]
    text = str(ref).strip()
    for r in found:
        if r.name == text or (text.isdigit() and r.id == int(text)):
            return r
    raise NotFound(f"round {text}: not a round of plan {plan_id} (see plantrack rounds list)")


def get_round_by_id(conn: Connection, round_id: int) -> Round:
    row = conn.execute(select(rounds).where(rounds.c.id == round_id)).mappings().first()
    if row is None:
        raise NotFound(f"round {round_id}: no such round")
    return _row(row)


def open_round_for(conn: Connection, plan_id: int, period: str) -> Round | None:
    """The open round of a plan whose year holds `period`, if any."""
    year = str(period).strip()[:4]
    for r in list_rounds(conn, plan_id):
        if r.state == OPEN and str(r.year) == year:
            return r
    return None


def entry_state(conn: Connection, plan_id: int, period: Any, needs_review: bool) -> str:
    """The state a newly entered figure starts in: a planner's or the command line's is
    approved at once; a department's is a draft within an open round of its year, and
    submitted (to the planning office's review) outside one."""
    if not needs_review:
        return FigureState.APPROVED
    if period is not None and open_round_for(conn, plan_id, str(period)) is not None:
        return FigureState.DRAFT
    return FigureState.SUBMITTED


def _figures_of_year(conn: Connection, plan_id: int, year: int) -> dict[str, Observation]:
    """The figure of each target for `year` (the latest period in it), any state."""
    best: dict[str, Observation] = {}
    for o in obs_store.list_observations(conn, plan_id):
        if o.is_baseline or str(o.period)[:4] != str(year):
            continue
        seen = best.get(o.target_id)
        if seen is None or (o.period, o.id or 0) > (seen.period, seen.id or 0):
            best[o.target_id] = o
    return best


def progress(
    conn: Connection, plan: Plan, round_: Round, department_id: int | None = None
) -> list[DepartmentProgress]:
    """Each department (or one) with the targets it leads and where each figure stands."""
    rows = conn.execute(select(departments).order_by(departments.c.id)).mappings().all()
    targets = {t.id: t for t in list_targets(conn, plan.id)}  # in the plan's order
    order = {tid: n for n, tid in enumerate(targets)}
    figures = _figures_of_year(conn, plan.id, round_.year)
    out = []
    for d in rows:
        if department_id is not None and d["id"] != department_id:
            continue
        owned = assign_store.department_target_ids(conn, plan.id, d["id"], ("lead",))
        if not owned and department_id is None:
            continue
        dept = DepartmentProgress(d["id"], d["name"], d["email"])
        for tid in sorted((t for t in owned if t in targets), key=order.__getitem__):
            dept.items.append(_item(d, targets[tid], figures.get(tid)))
        out.append(dept)
    return out


def _item(dept: Any, target: Any, obs: Observation | None) -> RoundItem:
    item = RoundItem(dept["id"], dept["name"], target.id, target.metric, target.unit, MISSING)
    if obs is not None:
        item.state = obs.state
        item.observation_id, item.version = obs.id, obs.version
        item.period, item.value, item.milestone = obs.period, obs.value, obs.milestone
        item.review_note = obs.review_note if obs.state == FigureState.RETURNED else None
    return item


# -- the steps of a figure ------------------------------------------------------------------------
def submit(
    conn: Connection, obs_id: int, *, actor: str, expected_version: int | None = None
) -> Observation:
    """草稿/退回 → 已提交: the department sends a figure to the planning office."""
    return obs_store.set_state(
        conn,
        obs_id,
        FigureState.SUBMITTED,
        actor=actor,
        action="submit",
        allowed_from=(FigureState.DRAFT, FigureState.RETURNED),
        expected_version=expected_version,
    )


def approve(
    conn: Connection, obs_id: int, *, actor: str, expected_version: int | None = None
) -> Observation:
    """已提交 → 已审核: the planning office accepts a figure (it counts from now on)."""
    return obs_store.set_state(
        conn,
        obs_id,
        FigureState.APPROVED,
        actor=actor,
        action="approve",
        allowed_from=(FigureState.SUBMITTED,),
        expected_version=expected_version,
    )


def return_figure(
    conn: Connection,
    obs_id: int,
    reason: Any,
    *,
    actor: str,
    expected_version: int | None = None,
) -> Observation:
    """已提交/已审核 → 退回 with a reason the department sees."""
    text = " ".join(str(reason or "").split())
    if not text:
        raise ValidationError("reason: missing (say what the department should fix)")
    if len(text) > MAX_REASON:
        raise ValidationError(f"reason: {len(text)} characters; at most {MAX_REASON}")
    return obs_store.set_state(
        conn,
        obs_id,
        FigureState.RETURNED,
        actor=actor,
        action="return",
        allowed_from=(FigureState.SUBMITTED, FigureState.APPROVED),
        expected_version=expected_version,
        review_note=text,
    )


def submit_all(conn: Connection, plan_id: int, round_: Round, department_id: int, *, actor: str):
    """Submit every draft of a department in a round; returns the submitted figures."""
    plan_targets = assign_store.department_target_ids(conn, plan_id, department_id, ("lead",))
    figures = _figures_of_year(conn, plan_id, round_.year)
    drafts = [
        o for tid, o in figures.items() if tid in plan_targets and o.state == FigureState.DRAFT
    ]
    return [submit(conn, int(o.id or 0), actor=actor) for o in drafts]


def close_round(conn: Connection, round_: Round, *, actor: str) -> tuple[Round, list[int]]:
    """Close a round: its approved figures become published (each audited); figures still
    draft, submitted or returned stay as they are. Returns the round and the published ids."""
    if round_.state != OPEN:
        raise Conflict(f"round {round_.name}: already closed")
    published = []
    for obs in _figures_of_year(conn, round_.plan_id, round_.year).values():
        if obs.state == FigureState.APPROVED:
            obs_store.set_state(
                conn,
                int(obs.id or 0),
                FigureState.PUBLISHED,
                actor=actor,
                action="publish",
                allowed_from=(FigureState.APPROVED,),
            )
            published.append(int(obs.id or 0))
    stamp = now()
    result = conn.execute(
        update(rounds)
        .where(rounds.c.id == round_.id, rounds.c.state == OPEN)
        .values(state=CLOSED, closed_by=actor, closed_at=stamp)
    )
    if result.rowcount != 1:
        raise Conflict(f"round {round_.name}: closed by someone else meanwhile")
    closed = get_round_by_id(conn, round_.id)
    write_audit(
        conn,
        actor=actor,
        action="close",
        subject="round",
        subject_id=str(round_.id),
        plan_id=round_.plan_id,
        old=round_.to_dict(),
        new={**closed.to_dict(), "published": len(published)},
    )
    return closed, published


def owed_items(progress_rows: Iterable[DepartmentProgress]) -> list[RoundItem]:
    return [i for d in progress_rows for i in d.owed]
