"""Status of a whole plan: one assessment per target, a summary by chapter (pure, no database)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from plantrack.errors import UnitMismatch, ValidationError
from plantrack.model import STATUS_ZH, STATUSES, Assessment, Observation, Status, Target
from plantrack.track.assess import assess, fmt
from plantrack.track.forms import stretch_floor, with_row_baseline


@dataclass(slots=True)
class StatusRow:
    target: Target
    assessment: Assessment

    def to_dict(self) -> dict[str, Any]:
        t = self.target
        return {
            "target": {
                "id": t.id,
                "metric": t.metric,
                "value": t.value,
                "unit": t.unit,
                "comparator": t.comparator,
                "kind": t.kind,
                "deadline": t.deadline,
                "binding": t.binding,
                "text": t.text,
                "chapter": t.location.chapter,
            },
            **self.assessment.to_dict(),
        }


@dataclass(slots=True)
class StatusReport:
    plan_id: int
    plan_title: str
    base_year: int
    rows: list[StatusRow] = field(default_factory=list)

    def summary(self) -> list[dict[str, Any]]:
        """Counts per chapter (None = outside any chapter), then a total row."""
        by_chapter: dict[int | None, Counter] = {}
        for row in self.rows:
            by_chapter.setdefault(row.target.location.chapter, Counter())[
                row.assessment.status
            ] += 1
        out = []
        for chapter in sorted(by_chapter, key=lambda c: (c is None, c or 0)):
            counts = by_chapter[chapter]
            out.append(
                {
                    "chapter": chapter,
                    **{s: counts.get(s, 0) for s in STATUSES},
                    "total": sum(counts.values()),
                }
            )
        total = Counter(r.assessment.status for r in self.rows)
        out.append(
            {"chapter": "total", **{s: total.get(s, 0) for s in STATUSES}, "total": len(self.rows)}
        )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": {"id": self.plan_id, "title": self.plan_title, "base_year": self.base_year},
            "statuses": {s: STATUS_ZH[s] for s in STATUSES},
            "summary": self.summary(),
            "targets": [r.to_dict() for r in self.rows],
        }


def assess_safely(target: Target, observations: list[Observation], **kw: Any) -> Assessment:
    """`assess`, but a bad stored figure gives no_data with the reason instead of failing the plan."""
    try:
        return assess(target, observations, **kw)
    except (UnitMismatch, ValidationError) as exc:
        return Assessment(
            target_id=target.id,
            status=Status.NO_DATA,
            explanation=[f"无法评估 cannot assess: {exc}"],
        )


def build_report(
    plan_id: int,
    plan_title: str,
    targets: list[Target],
    observations: list[Observation],
    *,
    base_year: int,
    as_of_year: int | None = None,
    chapter: int | None = None,
    status: str | None = None,
) -> StatusReport:
    """Assess every target (of one chapter, with one status if asked)."""
    if status is not None and status not in STATUSES:
        raise ValidationError(f"--status {status!r}: expected one of {', '.join(STATUSES)}")
    grouped: dict[str, list[Observation]] = {}
    for obs in observations:
        grouped.setdefault(obs.target_id, []).append(obs)
    report = StatusReport(plan_id, plan_title, base_year)
    for target in targets:
        if chapter is not None and target.location.chapter != chapter:
            continue
        found = assess_safely(
            with_row_baseline(target, targets),  # 〔0.6〕 points from the row's 基期 figure
            grouped.get(target.id, []),
            base_year=base_year,
            as_of_year=as_of_year,
        )
        found = as_stretch(target, found, targets)
        if status is None or found.status == status:
            report.rows.append(StatusRow(target, found))
    return report


def as_stretch(target: Target, found: Assessment, siblings: list[Target]) -> Assessment:
    """A 力争 stretch beside a floor is shown as 力争 with its own gap, not judged a second time
    (the floor carries the verdict); its numbers stay for the reader."""
    floor = stretch_floor(target, siblings)
    if floor is None or found.status in (Status.NO_DATA, Status.NO_BASELINE):
        return found
    found.status = Status.STRETCH
    if found.actual is not None and target.value is not None:
        found.gap = target.value - found.actual
    gap_value = found.gap

    def stretch(lines: list[str]) -> list[str]:
        gap = f"，距力争目标 gap {fmt(gap_value)} {target.unit or ''}".rstrip() if gap_value else ""
        return [
            *lines[:-1],
            f"力争目标：底线指标 {floor.id}（{floor.metric} {fmt(floor.value)}）单独评估{gap}"
            f" a stretch beside the floor {floor.id}, which carries the verdict",
            f"状态 status: {STATUS_ZH[Status.STRETCH]} stretch",
        ]

    found.amend(stretch)
    return found
