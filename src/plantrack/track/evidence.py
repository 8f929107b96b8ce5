"""Evidence files (佐证材料) of a figure: attached, listed, read back and removed, each write
with an audit row ("attach" / "remove", subject "evidence") that names the figure's target, so
the target's history shows it.

The file is checked before it gets here (read/evidence.py: size, type from the bytes, a safe
name); who may attach is the Workspace's question (access/permissions.py). Every function takes
an open connection and commits nothing. The bytes are read only by `content`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from plantrack.errors import NotFound
from plantrack.model import Observation
from plantrack.read.evidence import EvidenceFile
from plantrack.store.plans import now, write_audit
from plantrack.store.schema import evidence, observations
from plantrack.track.observations import row_to_observation

_META = (
    evidence.c.id,
    evidence.c.plan_id,
    evidence.c.observation_id,
    evidence.c.target_id,
    observations.c.period,
    observations.c.is_baseline,
    evidence.c.name,
    evidence.c.media_type,
    evidence.c.size,
    evidence.c.sha256,
    evidence.c.attached_by,
    evidence.c.attached_at,
)


@dataclass(slots=True)
class Evidence:
    """One attached file, without its bytes."""

    id: int
    plan_id: int
    observation_id: int
    target_id: str
    period: str
    is_baseline: bool
    name: str
    media_type: str
    size: int
    sha256: str
    attached_by: str
    attached_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def audit(self) -> dict[str, Any]:
        """What the audit row keeps of it (never the bytes)."""
        data = self.to_dict()
        data.pop("plan_id")
        return data


def _period(period: Any) -> str:
    if isinstance(period, float) and period.is_integer():
        period = int(period)
    text = str(period if period is not None else "").strip()
    return text[:4] if re.fullmatch(r"\d{4}年", text) else text


def find_observation(conn: Connection, plan_id: int, target_id: str, period: Any) -> Observation:
    """The live figure of `target_id` for `period` (the baseline when that is all there is)."""
    text = _period(period)
    row = (
        conn.execute(
            select(observations)
            .where(
                observations.c.plan_id == plan_id,
                observations.c.target_id == target_id,
                observations.c.period == text,
                observations.c.deleted.is_(False),
            )
            .order_by(observations.c.is_baseline)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(
            f"target {target_id}: no figure for period {text or '(none)'}; record it first"
            " (plantrack record), then attach its evidence"
        )
    return row_to_observation(row)


def _query():
    return select(*_META).join(observations, observations.c.id == evidence.c.observation_id)


def list_evidence(
    conn: Connection,
    plan_id: int,
    target_id: str | None = None,
    observation_id: int | None = None,
) -> list[Evidence]:
    """The files of a plan's live figures (of one target, of one figure), oldest first."""
    query = _query().where(evidence.c.plan_id == plan_id, observations.c.deleted.is_(False))
    if target_id is not None:
        query = query.where(evidence.c.target_id == target_id)
    if observation_id is not None:
        query = query.where(evidence.c.observation_id == observation_id)
    return [Evidence(**row) for row in conn.execute(query.order_by(evidence.c.id)).mappings()]


def get_evidence(conn: Connection, evidence_id: int) -> Evidence:
    """One file of a live figure (NotFound otherwise)."""
    row = (
        conn.execute(
            _query().where(evidence.c.id == evidence_id, observations.c.deleted.is_(False))
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"evidence {evidence_id}: no such file (see plantrack observations)")
    return Evidence(**row)


def content(conn: Connection, evidence_id: int) -> tuple[Evidence, bytes]:
    """A file and its bytes."""
    found = get_evidence(conn, evidence_id)
    data = conn.execute(select(evidence.c.content).where(evidence.c.id == evidence_id)).scalar()
    return found, bytes(data or b"")


def attach(
    conn: Connection, obs: Observation, file: EvidenceFile, *, actor: str
) -> tuple[Evidence, bool]:
    """Attach `file` to the figure `obs`; returns it and whether it is new (the same bytes
    attached to the same figure again are not stored twice)."""
    assert obs.id is not None and obs.plan_id is not None
    digest = hashlib.sha256(file.content).hexdigest()
    same = conn.execute(
        select(evidence.c.id).where(
            evidence.c.observation_id == obs.id, evidence.c.sha256 == digest
        )
    ).scalar()
    if same is not None:
        return get_evidence(conn, same), False
    new_id = conn.execute(
        insert(evidence)
        .values(
            plan_id=obs.plan_id,
            observation_id=obs.id,
            target_id=obs.target_id,
            name=file.name,
            media_type=file.media_type,
            size=file.size,
            sha256=digest,
            content=file.content,
            attached_by=actor,
            attached_at=now(),
        )
        .returning(evidence.c.id)
    ).scalar_one()
    found = get_evidence(conn, new_id)
    write_audit(
        conn,
        actor=actor,
        action="attach",
        subject="evidence",
        subject_id=str(new_id),
        plan_id=obs.plan_id,
        new=found.audit(),
    )
    return found, True


def remove(conn: Connection, evidence_id: int, *, actor: str) -> Evidence:
    """Delete a file (its metadata stays in the audit row)."""
    found = get_evidence(conn, evidence_id)
    conn.execute(delete(evidence).where(evidence.c.id == evidence_id))
    write_audit(
        conn,
        actor=actor,
        action="remove",
        subject="evidence",
        subject_id=str(evidence_id),
        plan_id=found.plan_id,
        old=found.audit(),
    )
    return found
