"""The data behind each page, built from the Workspace: the HTML page and its `.json` twin
render the same dict. Nothing here knows about HTTP.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from plantrack.access import permissions
from plantrack.errors import PlantrackError
from plantrack.model import (
    COUNTED_STATES,
    OCR_REVIEW_BELOW,
    STATUS_URGENCY,
    Node,
    Target,
    TargetKind,
    counted_states,
    shown_statuses,
)
from plantrack.track.assess import period_time
from plantrack.track.observations import plan_base_year
from plantrack.track.units import convert
from plantrack.web import charts
from plantrack.workspace import Workspace


def as_dict(obj: Any) -> Any:
    """Records of any part of plantrack as JSON-ready data."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, list | tuple):
        return [as_dict(x) for x in obj]
    return obj


def this_year() -> int:
    return datetime.now(UTC).year


def plan_choices(ws: Workspace) -> list[dict[str, Any]]:
    return [{"id": p.id, "title": p.title, "version": p.version} for p in ws.plans()]


def chapter_titles(nodes: list[Node]) -> dict[int, str]:
    return {n.number: n.text or n.title for n in nodes if n.kind == "chapter" and n.number}


def _target_row(row: Any) -> dict[str, Any]:
    t, a = row.target, row.assessment
    return {
        "id": t.id,
        "metric": t.metric,
        "comparator": t.comparator,
        "value": t.value,
        "unit": t.unit,
        "deadline": t.deadline,
        "kind": t.kind,
        "binding": t.binding,
        "chapter": t.location.chapter,
        "node": t.location.node,
        "status": a.status,
        "status_zh": a.status_zh,
        "as_of": a.as_of,
        "actual": a.actual,
        "expected": a.expected,
        "ratio": a.ratio,
        "projected": a.projected,
    }


def recent_changes(ws: Workspace, plan_id: int, limit: int = 12) -> list[dict[str, Any]]:
    """The latest rows of the audit table for this plan (any kind of write); `label` names what
    was changed for people (the metric of a target, the title of a task), `ref` is its id."""
    rows = ws.recent_audit(plan_id, limit)
    metrics = {t.id: t.metric for t in ws.targets(plan_id)}
    titles: dict[str, str] | None = None
    out = []
    for r in rows:
        new, old = r["new"] or {}, r["old"] or {}
        ref = (
            (
                new.get("target_id")
                or old.get("target_id")
                or new.get("ref")
                or old.get("ref")
                or r["subject_id"]
            )
            if isinstance(new, dict)
            else r["subject_id"]
        )
        link = label = None
        if r["subject"] in ("observation", "assignment") and ref:
            if ref in metrics:
                link, label = f"/targets/{ref}?plan={plan_id}", metrics[ref]
            else:
                if titles is None:
                    titles = {n.node_id: n.text or n.title for n in ws.outline(plan_id)}
                link, label = f"/outline?plan={plan_id}#{ref}", titles.get(ref) or ref
        out.append(
            {
                "at": r["at"],
                "actor": r["actor"],
                "action": r["action"],
                "subject": r["subject"],
                "ref": ref,
                "label": label,
                "link": link,
                "value": new.get("value") if isinstance(new, dict) else None,
                "period": new.get("period") if isinstance(new, dict) else None,
            }
        )
    return out


def dashboard(
    ws: Workspace, plan_ref: str | None, year: int | None = None, preview: bool = False
) -> dict[str, Any]:
    """The dashboard from the approved and published figures (`preview`: submitted ones too)."""
    plan = ws.plan(plan_ref)
    report = ws.status(plan.id, include_submitted=preview)
    counted = counted_states(preview)
    titles = chapter_titles(ws.outline(plan.id))
    summary = report.summary()
    for row in summary:
        row["title"] = titles.get(row["chapter"]) if isinstance(row["chapter"], int) else None
    rows = [_target_row(r) for r in report.rows]
    rows.sort(key=lambda r: (STATUS_URGENCY.index(r["status"]), r["chapter"] or 0))
    year = year or this_year()
    with_figure = {
        o.target_id
        for o in ws.observations(plan.id)
        if not o.is_baseline and o.period[:4] == str(year) and o.state in counted
    }
    stale = [r for r in rows if r["id"] not in with_figure]
    return {
        "page": "dashboard",
        "preview": preview,
        "plan": plan.to_dict(),
        "plans": plan_choices(ws),
        "summary": summary,
        "statuses": shown_statuses(summary[-1]),
        "targets": rows,
        "recent": recent_changes(ws, plan.id),
        "freshness": {
            "year": year,
            "without_figure": len(stale),
            "total": len(rows),
            "targets": [{"id": r["id"], "metric": r["metric"]} for r in stale],
        },
    }


def _segments(text: str, items: list[tuple[Target, str]]) -> list[dict[str, Any]]:
    """Split a paragraph into plain runs and target runs (the target's own words, in place)."""
    marks = []
    for target, status in items:
        start = text.find(target.text) if target.text else -1
        if start >= 0 and all(start >= e or start + len(target.text) <= s for s, e, *_ in marks):
            marks.append((start, start + len(target.text), target, status))
    marks.sort(key=lambda m: m[0])
    out, pos = [], 0
    for start, end, target, status in marks:
        if start > pos:
            out.append({"text": text[pos:start]})
        out.append(
            {
                "text": text[start:end],
                "target": target.id,
                "status": status,
                "metric": target.metric,
            }
        )
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:]})
    unplaced = [t.id for t, _ in items if t.id not in {m[2].id for m in marks}]
    return out + [{"text": "", "target": tid, "unplaced": True} for tid in unplaced]


def outline(ws: Workspace, plan_ref: str | None) -> dict[str, Any]:
    plan = ws.plan(plan_ref)
    nodes = ws.outline(plan.id)
    statuses = {r.target.id: r.assessment.status for r in ws.status(plan.id).rows}
    by_node: dict[str, list[tuple[Target, str]]] = {}
    for t in ws.targets(plan.id):
        by_node.setdefault(t.location.node, []).append((t, statuses.get(t.id, "no_data")))
    depth: dict[str, int] = {}
    out = []
    for n in nodes:
        depth[n.node_id] = depth.get(n.parent, -1) + 1 if n.parent else 0
        heading = n.kind in ("part", "chapter", "section", "box", "heading")
        out.append(
            {
                "id": n.node_id,
                "kind": n.kind,
                "depth": depth[n.node_id],
                "heading": heading,
                "title": n.title,
                "path": n.path,
                "inferred": n.inferred,
                "segments": _segments(n.text, by_node.get(n.node_id, [])),
            }
        )
    return {"page": "outline", "plan": plan.to_dict(), "plans": plan_choices(ws), "nodes": out}


def chart_series(
    target: Target, observations: list[Any], assessment: Any, base_year: int
) -> dict[str, Any]:
    """Numbers for the target chart, all in the target's unit."""
    observed = []
    for o in observations:
        if o.value is None:
            continue
        try:
            value = (
                convert(o.value, o.unit, target.unit)
                if o.unit and target.unit and (o.unit != target.unit)
                else o.value
            )
        except PlantrackError:
            continue
        observed.append((period_time(o.period), value))
    observed.sort()
    base = next((p for p in observed if p[0] <= base_year), None)
    if base is None and target.baseline is not None:
        base = (float(target.baseline_year or base_year), target.baseline)
    expected = []
    if (
        target.kind in (TargetKind.LEVEL, TargetKind.MULTIPLE)
        and base
        and target.value is not None
        and target.deadline
    ):
        goal = target.value * base[1] if target.kind == TargetKind.MULTIPLE else target.value
        expected = charts.expected_path(
            base[0],
            base[1],
            float(target.deadline),
            goal,
            compound=getattr(assessment, "method", "") == "compound",
        )
    goal_value = (
        expected[-1][1]
        if expected
        else (target.value if target.kind in (TargetKind.LEVEL, TargetKind.CUMULATIVE) else None)
    )
    projection = []
    if assessment.projected is not None and observed and target.deadline:
        last = observed[-1]
        if last[0] < target.deadline:
            projection = [last, (float(target.deadline), assessment.projected)]
    points = trend_points(observed, target, assessment)
    return {
        "title": target.metric,
        "unit": target.unit,
        "deadline": target.deadline,
        "target": goal_value,
        "observed": observed,
        "expected": expected,
        "projection": projection,
        "trend_points": points,
        "low_confidence": bool(projection) and points < MIN_TREND_POINTS,
    }


MIN_TREND_POINTS = 3  # a projection from fewer points is shown as indicative (参考)


def trend_points(observed: list[tuple[float, float]], target: Target, assessment: Any) -> int:
    """How many figures the projection's trend rests on: the observed points up to the
    assessment's period, plus the target's stated baseline when no figure stands for it."""
    if not assessment.as_of:
        return 0
    try:
        until = period_time(assessment.as_of)
    except PlantrackError:
        return 0
    times = {t for t, _ in observed if t <= until}
    if target.baseline is not None and target.baseline_year and target.baseline_year not in times:
        times.add(float(target.baseline_year))
    return len(times)


def baseline_of(target: Target, observations: list[Any], base_year: int) -> dict[str, Any] | None:
    """The baseline a page shows, as the status method takes it: the target's own (from the
    plan text), else the latest figure marked as the baseline or dated at or before the base
    year (the target's, else the plan's)."""
    if target.baseline is not None:
        return {
            "value": target.baseline,
            "period": str(target.baseline_year) if target.baseline_year else None,
            "unit": target.unit,
            "from": "target",
        }
    start = target.baseline_year or base_year
    marked = [
        o
        for o in observations
        if o.value is not None and (o.is_baseline or period_time(o.period) <= start)
    ]
    if not marked:
        return None
    last = max(marked, key=lambda o: (period_time(o.period), o.is_baseline))
    return {"value": last.value, "period": last.period, "unit": last.unit, "from": "observation"}


def target_page(
    ws: Workspace, target_id: str, plan_ref: str | None, user: Any = None
) -> dict[str, Any]:
    plan = ws.plan(plan_ref)
    target = ws.target(target_id, plan.id)
    node = ws.node(target.location.node, plan.id)
    every = ws.observations(plan.id, target.id)  # the table shows each figure with its state
    found = [o for o in every if o.state in COUNTED_STATES]  # status and chart count these
    assessment = ws.assess(target.id, plan.id)
    history = ws.history(plan.id, target.id)
    series = chart_series(target, found, assessment, plan_base_year(plan))
    a = assessment
    return {
        "page": "target",
        "plan": plan.to_dict(),
        "target": target.to_dict(),
        "baseline": baseline_of(target, found, plan_base_year(plan)),
        "actual_vs_expected": (
            a.actual / a.expected if a.actual is not None and a.expected else None
        ),
        "projection_points": series["trend_points"],
        "projection_low_confidence": series["low_confidence"],
        "citation": {
            "node": node.node_id,
            "path": node.path,
            "text": node.text,
            "segments": _segments(node.text, [(target, assessment.status)]),
        },
        "owners": ws.target_owners(plan.id, target.id, node.node_id),
        "observations": [as_dict(o) for o in every],
        "assessment": _with_review_note(as_dict(assessment), target),
        "history": list(reversed(history)),
        "chart": series,
        "can_edit": ws.can_edit_target(user, plan.id, target.id),
        "evidence": [e.to_dict() for e in ws.evidence(plan.id, target.id)],
    }


def evidence_for(ws: Workspace, page: dict[str, Any], user: Any) -> dict[str, Any]:
    """A target page as `user` may see it: the evidence files only for a role that may
    download them, and whether the user may attach (access/permissions.py)."""
    can_download = permissions.can(user, permissions.Action.DOWNLOAD_EVIDENCE)
    return {
        **page,
        "evidence": page["evidence"] if can_download else [],
        "can_download": can_download,
        "can_attach": ws.can_edit_target(
            user, page["plan"]["id"], page["target"]["id"], "attach_evidence"
        ),
    }


def review_note(target: Target) -> str | None:
    """The line a target read by OCR with a doubtful word carries on its page."""
    if not target.needs_review:
        return None
    where = f"第{target.page}页" if target.page else "扫描件"
    return (
        f"⚠ 待核对：本指标由扫描件识别（OCR），{where}原文识别置信度 "
        f"{target.ocr_confidence:.0f}%（低于 {OCR_REVIEW_BELOW:.0f}%），请对照原件核对指标名称和数值。"
        f" / Read by OCR with confidence {target.ocr_confidence:.0f}%: check it against the scan."
    )


def _with_review_note(assessment: dict[str, Any], target: Target) -> dict[str, Any]:
    note = review_note(target)
    if note is not None:
        assessment["explain"] = [note, *assessment.get("explain", [])]
    return assessment


def highlight_segments(text: str, spans: list[Any] | None) -> list[dict[str, Any]]:
    """A passage as plain and highlighted runs, from the search module's (start, end) spans."""
    out, pos = [], 0
    for start, end in sorted((int(a), int(b)) for a, b in spans or [] if 0 <= a < b <= len(text)):
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "hit": False})
        out.append({"text": text[start:end], "hit": True})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "hit": False})
    return out


def search_page(
    ws: Workspace, query: str | None, plan_ref: str | None, mode: str, limit: int = 10
) -> dict[str, Any]:
    """The search page's data; `query` None: nothing asked yet (a blank question that was asked
    is refused by the Workspace, one line, 422)."""
    asked = query is not None
    query = (query or "").strip()
    data: dict[str, Any] = {
        "page": "search",
        "q": query,
        "mode": mode,
        "plans": plan_choices(ws),
        "answer": None,
        "results": [],
    }
    if not query and not (asked and mode == "ask"):
        return data
    if len(query) > 500:
        from plantrack.errors import ValidationError

        raise ValidationError(f"q: {len(query)} characters; ask in at most 500")
    plan = ws.plan(plan_ref)
    data["plan"] = plan.to_dict()
    if mode == "ask":
        data["answer"] = answer_dict(ws.ask(query, plan=plan.id))
    else:
        data["results"] = as_dict(ws.search(query, plan=plan.id, limit=limit))
        for hit in data["results"]:
            if isinstance(hit, dict) and isinstance(hit.get("text"), str):
                hit["segments"] = highlight_segments(hit["text"], hit.get("highlights"))
    return data


def answer_dict(answer: Any) -> dict[str, Any]:
    """An Answer as JSON, each link with the page it opens (`href`): a target's or a
    department's."""
    from urllib.parse import quote

    data = as_dict(answer)
    for link in data.get("links", []):
        if link["kind"] == "target":
            link["href"] = f"/targets/{quote(str(link['id']))}?plan={link['plan_id']}"
        else:
            link["href"] = f"/departments/{int(link['id'])}?plan={link['plan_id']}"
    return data


def departments_page(ws: Workspace, plan_ref: str | None) -> dict[str, Any]:
    plan = ws.plan(plan_ref)
    items = [
        {
            "id": d["id"],
            "name": d["name"],
            "targets": len(ws.department_target_ids(plan.id, d["id"])),
        }
        for d in ws.departments()
    ]
    return {
        "page": "departments",
        "plan": plan.to_dict(),
        "plans": plan_choices(ws),
        "departments": items,
    }


def department_page(
    ws: Workspace, department_id: int, plan_ref: str | None, user: Any = None
) -> dict[str, Any]:
    plan = ws.plan(plan_ref)
    dept = ws.department(department_id)
    task_rows = ws.department_tasks(plan.id, department_id)
    ids = ws.department_target_ids(plan.id, department_id)
    leads = ws.department_target_ids(plan.id, department_id, roles=permissions.RECORDING_ROLES)
    report = ws.status(plan.id)
    rows = [_target_row(r) for r in report.rows if r.target.id in ids]
    scoped = permissions.department_scoped(user)
    for row in rows:  # a partner department's editors read its targets, the lead records them
        row["records"] = not scoped or row["id"] in leads
    nodes = {n.node_id: n for n in ws.outline(plan.id)}
    tasks = [
        {
            "node": r["ref"],
            "role": r["role"],
            "due_year": r["due_year"],
            "title": nodes[r["ref"]].title if r["ref"] in nodes else r["ref"],
        }
        for r in task_rows
    ]
    from plantrack.web.rounds_data import department_extras

    return {
        "page": "department",
        "plan": plan.to_dict(),
        "department": {"id": dept["id"], "name": dept["name"]},
        "targets": rows,
        "tasks": tasks,
        "can_edit": permissions.can_edit_department(user, department_id)
        and any(row["records"] for row in rows),
        **department_extras(ws, plan.id, dept, user),
    }


def plans_page(ws: Workspace) -> dict[str, Any]:
    return {"page": "plans", "plans": [p.to_dict() for p in ws.plans()]}
