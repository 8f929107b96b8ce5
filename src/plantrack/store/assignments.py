"""Lead and partner departments (牵头单位 / 责任单位) of a task or target, with a due year.

One subject (a task's node id or a target id) has one set of rows, one per department; all rows
of a subject share a `version` that every change increments, so a caller that read version N can
ask to write only if it is still N (optimistic concurrency). Every change writes an audit row
with the old and the new assignment; a write that changes nothing writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from plantrack.errors import Conflict, NotFound, ValidationError
from plantrack.store.plans import write_audit
from plantrack.store.schema import assignments, departments, nodes, targets

MAX_NAME = 200
MIN_YEAR, MAX_YEAR = 1949, 2100
# 市发改委、市经信局 / 市发改委，市经信局 / one per line: the ways a cell lists several departments
_SPLIT = re.compile(r"[、，,；;／/\n\r\t]+|\s{2,}")
_STRIP = " \u3000\t\r\n。.:：\"'“”‘’（）()[]【】"


@dataclass(slots=True)
class Assignment:
    """Who leads a task or target, who takes part, by when."""

    plan_id: int
    subject: str  # "node" (a task) or "target"
    ref: str  # the node id or the target id
    lead: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    due_year: int | None = None
    version: int = 0  # 0: never assigned

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def same_as(self, lead: Sequence[str], partners: Sequence[str], due_year: int | None) -> bool:
        return (list(lead), list(partners), due_year) == (self.lead, self.partners, self.due_year)

    def snapshot(self) -> dict[str, Any]:
        """The part the audit trail keeps."""
        return {
            "lead": self.lead,
            "partners": self.partners,
            "due_year": self.due_year,
            "version": self.version,
        }


def clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", str(name)).strip(_STRIP)


def split_departments(value: str | Iterable[str] | None) -> list[str]:
    """ "市发改委、市经信局" or ["市发改委", "市经信局"] -> ["市发改委", "市经信局"] (order kept, no repeats)."""
    if value is None:
        return []
    parts = [value] if isinstance(value, str) else list(value)
    names: list[str] = []
    for part in parts:
        for piece in _SPLIT.split(str(part)):
            name = clean_name(piece)
            if name and name not in names:
                if len(name) > MAX_NAME:
                    raise ValidationError(
                        f"department {name[:20]!r}…: longer than {MAX_NAME} characters"
                    )
                names.append(name)
    return names


def check_year(year: int | None, what: str = "due year") -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"{what} {year!r}: expected a year like 2027")
    return year


def resolve_subject(conn: Connection, plan_id: int, ref: str) -> str:
    """ "target" if `ref` is a target id of the plan, "node" if it is a node id, else NotFound."""
    found = conn.execute(
        select(targets.c.id).where(targets.c.plan_id == plan_id, targets.c.target_id == ref)
    ).first()
    if found:
        return "target"
    found = conn.execute(
        select(nodes.c.id).where(nodes.c.plan_id == plan_id, nodes.c.node_id == ref)
    ).first()
    if found:
        return "node"
    raise NotFound(
        f"{ref}: no task or target with this id in plan {plan_id} "
        "(see plantrack outline / plantrack targets)"
    )


def _query(plan_id: int, ref: str | None = None):
    """A plan's assignments (of one ref) with their departments, in the order they were made."""
    query = (
        select(
            assignments.c.subject,
            assignments.c.ref,
            assignments.c.role,
            assignments.c.due_year,
            assignments.c.version,
            departments.c.id.label("department_id"),
            departments.c.name,
        )
        .join(departments, departments.c.id == assignments.c.department_id)
        .where(assignments.c.plan_id == plan_id)
        .order_by(assignments.c.id)
    )
    if ref is not None:
        query = query.where(assignments.c.ref == ref)
    return query


def _collect(plan_id: int, rows: Iterable[Any]) -> dict[str, Assignment]:
    result: dict[str, Assignment] = {}
    for row in rows:
        item = result.setdefault(row.ref, Assignment(plan_id, row.subject, row.ref))
        (item.lead if row.role == "lead" else item.partners).append(row.name)
        item.due_year = row.due_year
        item.version = max(item.version, row.version)
    return result


def list_assignments(conn: Connection, plan_id: int) -> dict[str, Assignment]:
    """Every assigned subject of a plan, keyed by ref."""
    return _collect(plan_id, conn.execute(_query(plan_id)))


def get_assignment(conn: Connection, plan_id: int, ref: str) -> Assignment:
    """The assignment of one subject; version 0 and no departments when it has none."""
    subject = resolve_subject(conn, plan_id, ref)
    found = _collect(plan_id, conn.execute(_query(plan_id, ref)))
    return found.get(ref) or Assignment(plan_id, subject, ref)


def department_id(conn: Connection, name: str) -> int:
    """The id of a department, created on first use."""
    existing = conn.execute(select(departments.c.id).where(departments.c.name == name)).scalar()
    if existing is not None:
        return existing
    if conn.dialect.name == "sqlite":  # one writer at a time: no race, and no SAVEPOINT quirks
        return conn.execute(insert(departments).values(name=name)).inserted_primary_key[0]
    try:
        with conn.begin_nested():
            return conn.execute(insert(departments).values(name=name)).inserted_primary_key[0]
    except IntegrityError:  # created by a concurrent writer meanwhile
        return conn.execute(select(departments.c.id).where(departments.c.name == name)).scalar_one()


def assign(
    conn: Connection,
    plan_id: int,
    ref: str,
    *,
    lead: str | Sequence[str],
    partners: str | Sequence[str] = (),
    due_year: int | None = None,
    actor: str,
    expected_version: int | None = None,
) -> tuple[Assignment, bool]:
    """Set the lead and partner departments and the due year of one task or target.

    Replaces what was there. Returns the assignment and whether anything changed. With
    `expected_version`, raises Conflict if someone else changed it since that version was read.
    """
    ref = str(ref).strip()
    subject = resolve_subject(conn, plan_id, ref)
    leads = split_departments(lead)
    if not leads:
        raise ValidationError(f"{ref}: 牵头单位 (lead department) is empty")
    partner_names = [p for p in split_departments(partners) if p not in leads]
    due_year = check_year(due_year)
    # Lock the subject's rows where the database can (PostgreSQL); SQLite serialises writers.
    rows = conn.execute(_query(plan_id, ref).with_for_update(of=assignments)).all()
    current = _collect(plan_id, rows).get(ref) or Assignment(plan_id, subject, ref)
    if expected_version is not None and expected_version != current.version:
        raise Conflict(
            f"{ref}: assignment changed meanwhile (you saw version {expected_version}, "
            f"it is now {current.version}): reload and try again"
        )
    if current.same_as(leads, partner_names, due_year):
        return current, False
    version = current.version + 1
    conn.execute(
        delete(assignments).where(
            assignments.c.plan_id == plan_id,
            assignments.c.subject == subject,
            assignments.c.ref == ref,
        )
    )
    conn.execute(
        insert(assignments),
        [
            {
                "plan_id": plan_id,
                "subject": subject,
                "ref": ref,
                "department_id": department_id(conn, n),
                "role": role,
                "due_year": due_year,
                "version": version,
            }
            for role, names in (("lead", leads), ("partner", partner_names))
            for n in names
        ],
    )
    new = Assignment(plan_id, subject, ref, leads, partner_names, due_year, version)
    write_audit(
        conn,
        actor=actor,
        action="assign",
        subject="assignment",
        subject_id=ref,
        plan_id=plan_id,
        old=current.snapshot() if current.version else None,
        new=new.snapshot(),
    )
    return new, True


def list_departments(conn: Connection) -> list[str]:
    return list(conn.execute(select(departments.c.name).order_by(departments.c.id)).scalars())


# -- a department's share of a plan (department pages, editors' permissions) --------------------
def _contains(node_id: str, ref: str) -> bool:
    """True when task node `ref` is `node_id` or one of its ancestors."""
    return node_id == ref or node_id.startswith(ref + ".")


def department_target_ids(
    conn: Connection, plan_id: int, dept_id: int, roles: Collection[str] | None = None
) -> set[str]:
    """Target ids of a plan assigned to a department, directly or through a task node; with
    `roles`, only assignments in those roles ("lead", "partner")."""
    query = select(assignments.c.subject, assignments.c.ref).where(
        assignments.c.plan_id == plan_id, assignments.c.department_id == dept_id
    )
    if roles is not None:
        query = query.where(assignments.c.role.in_(list(roles)))
    rows = conn.execute(query).all()
    found = {ref for subject, ref in rows if subject == "target"}
    node_refs = [ref for subject, ref in rows if subject == "node"]
    if node_refs:
        for target_id, node_id in conn.execute(
            select(targets.c.target_id, targets.c.node_id).where(targets.c.plan_id == plan_id)
        ):
            if any(_contains(node_id, ref) for ref in node_refs):
                found.add(target_id)
    return found


def department_tasks(conn: Connection, plan_id: int, dept_id: int) -> list[dict[str, Any]]:
    """The task nodes assigned to a department: ref, role (lead | partner), due year."""
    rows = conn.execute(
        select(assignments.c.ref, assignments.c.role, assignments.c.due_year).where(
            assignments.c.plan_id == plan_id,
            assignments.c.department_id == dept_id,
            assignments.c.subject == "node",
        )
    ).mappings()
    return [dict(r) for r in rows]


def target_owners(
    conn: Connection, plan_id: int, target_id: str | None, node_id: str
) -> list[dict[str, Any]]:
    """Departments assigned to a target or to a node containing it, lead first (with no target:
    the departments of a task node, assigned to it or to a node containing it)."""
    rows = conn.execute(_query(plan_id)).mappings()
    owners = [
        {
            "department_id": row["department_id"],
            "department": row["name"],
            "role": row["role"],
            "due_year": row["due_year"],
            "via": row["subject"],
            "ref": row["ref"],
        }
        for row in rows
        if (
            row["ref"] == target_id
            if row["subject"] == "target"
            else _contains(node_id, row["ref"])
        )
    ]
    owners.sort(key=lambda o: (o["role"] != "lead", str(o["department"])))
    return owners


def owners_within(conn: Connection, plan_id: int, node_id: str) -> list[dict[str, Any]]:
    """Departments assigned to what lies inside a task node: the targets it (or a node inside
    it) states and the nodes inside it, in document order, lead first: department_id,
    department, role, due_year, subject, ref, label (the target's metric or the node's title),
    node (the node stating the target, or the assigned node)."""
    rows = conn.execute(_query(plan_id)).mappings().all()
    target_rows = {
        r.target_id: r
        for r in conn.execute(
            select(targets.c.target_id, targets.c.node_id, targets.c.metric, targets.c.id).where(
                targets.c.plan_id == plan_id
            )
        )
    }
    node_rows = {
        r.node_id: r
        for r in conn.execute(
            select(nodes.c.node_id, nodes.c.title, nodes.c.ordinal).where(
                nodes.c.plan_id == plan_id
            )
        )
        if r.node_id.startswith(node_id + ".")
    }
    found = []
    for row in rows:
        if row["subject"] == "target":
            target = target_rows.get(row["ref"])
            if target is None or not _contains(target.node_id, node_id):
                continue
            label, node, order = (
                target.metric,
                target.node_id,
                (node_rows.get(target.node_id), target.id),
            )
        elif row["ref"] in node_rows:
            label, node, order = node_rows[row["ref"]].title, row["ref"], (node_rows[row["ref"]], 0)
        else:
            continue
        found.append(
            {
                "department_id": row["department_id"],
                "department": row["name"],
                "role": row["role"],
                "due_year": row["due_year"],
                "subject": row["subject"],
                "ref": row["ref"],
                "label": label,
                "node": node,
                "order": (order[0].ordinal if order[0] is not None else -1, order[1]),
            }
        )
    found.sort(key=lambda o: (o["order"], o["role"] != "lead"))
    for owner in found:
        del owner["order"]
    return found
